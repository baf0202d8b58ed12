//! Rebuilds that reuse the last build's work (`serve`) give exactly what a fresh
//! build gives; a build that reads report texts again notices a file changed meanwhile.

mod common;

use common::{front, Site};
use coopsite::build::{plan, Live, Planned};
use coopsite::cache::Cache;
use coopsite::BuildOptions;
use std::fs::File;
use std::time::{Duration, SystemTime};

/// Every file of a build as a reader gets it: its path and its bytes.
fn built(p: &Planned) -> Vec<(String, Vec<u8>)> {
    p.files
        .iter()
        .map(|(path, src)| (path.to_string(), src.bytes().unwrap()))
        .collect()
}

/// Every file `serve` would serve, each made as a browser asks for it.
fn served(live: &Live) -> Vec<(String, Vec<u8>)> {
    live.paths()
        .into_iter()
        .map(|path| {
            let bytes = live
                .get(&path)
                .expect("every listed path is served")
                .unwrap();
            (path, bytes)
        })
        .collect()
}

/// The text of one served file; panics when the site has no such page.
fn page(live: &Live, path: &str) -> String {
    match live.get(path) {
        Some(bytes) => String::from_utf8(bytes.unwrap()).unwrap(),
        None => panic!("no {path} in {:?}", live.paths()),
    }
}

/// A rebuild reusing `cache`, checked file by file against a fresh build of the same
/// sources.
fn rebuild_matches_fresh(opts: &BuildOptions, cache: &Cache, after: &str) -> Live {
    let live = Live::new(opts, Some(cache)).unwrap();
    let fresh = plan(opts).unwrap();
    let (live_files, fresh_files) = (served(&live), built(&fresh));
    let paths = |f: &[(String, Vec<u8>)]| f.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&live_files), paths(&fresh_files), "after {after}");
    for ((path, live), (_, fresh)) in live_files.iter().zip(&fresh_files) {
        assert!(
            live == fresh,
            "after {after}: {path} differs from a fresh build"
        );
    }
    let warned: Vec<_> = live.warnings().iter().cloned().collect();
    assert_eq!(warned, fresh.warnings, "after {after}: the warnings");
    live
}

fn fixture() -> Site {
    let site = Site::new();
    for year in [2021, 2022, 2023] {
        site.file(
            &format!("content/{year}.md"),
            front(
                &format!("Review {year}"),
                "Province A",
                year,
                "tags: [ocop]\nfigures:\n  cooperatives_total: 5\n",
            ),
        );
    }
    site.file("content/other.md", front("Other", "Province B", 2023, ""));
    site.file("static/files/note.txt", "a note");
    site
}

#[test]
fn cached_rebuilds_match_fresh_builds_after_each_edit() {
    let site = fixture();
    // A parse is kept only for files last changed a moment before they were read.
    std::thread::sleep(Duration::from_millis(100));
    let opts = BuildOptions::new(site.root());
    let cache = Cache::default();
    let first = rebuild_matches_fresh(&opts, &cache, "the first build");
    assert!(page(&first, "reports/2022/index.html").contains("Review 2022"));
    assert!(first.has("files/note.txt"));
    // Nothing changed: every report comes from the cache, and it is still the same site.
    assert_eq!(cache.len(), 4, "the parsed reports are kept");
    rebuild_matches_fresh(&opts, &cache, "no change");

    // Each edit, with a page and what a reader must now see on it.
    let edits: &[(&str, String, &str, &str)] = &[
        // A title shown on neighbours, the region, the tag page and the home page.
        (
            "content/2022.md",
            front("Renamed 2022", "Province A", 2022, "tags: [ocop]\n"),
            "tags/ocop/index.html",
            "Renamed 2022",
        ),
        // A report moves to another region and tag.
        (
            "content/2021.md",
            front("Review 2021", "Province B", 2021, "tags: [digital]\n"),
            "tags/digital/index.html",
            "Review 2021",
        ),
        // A figure: its own chart and its region's neighbours' charts change.
        (
            "content/2023.md",
            front(
                "Review 2023",
                "Province A",
                2023,
                "tags: [ocop]\nfigures:\n  cooperatives_total: 9\n",
            ),
            "reports/2023/index.html",
            "<data value=\"9\">9</data>",
        ),
        // A new report.
        (
            "content/2024.md",
            front("Review 2024", "Province A", 2024, ""),
            "reports/2024/index.html",
            "Review 2024",
        ),
        // A template.
        (
            "templates/404.html",
            "{% extends \"base.html\" %}{% block content %}Gone{% endblock content %}".to_string(),
            "404.html",
            "Gone",
        ),
        // A static file.
        (
            "static/files/note.txt",
            "an edited note".to_string(),
            "files/note.txt",
            "an edited note",
        ),
        // The settings.
        (
            "coopsite.yaml",
            "title: Renamed site\nlanguage: fr\n".to_string(),
            "index.html",
            "Renamed site",
        ),
    ];
    for (path, text, shown_on, shown) in edits {
        site.file(path, text);
        let rebuilt = rebuild_matches_fresh(&opts, &cache, &format!("editing {path}"));
        let text = page(&rebuilt, shown_on);
        assert!(text.contains(shown), "after editing {path}: {shown_on}");
    }
    let last = rebuild_matches_fresh(&opts, &cache, "every edit");
    let home = page(&last, "index.html");
    assert!(home.contains("Renamed site") && home.contains("Renamed 2022"));
    assert!(home.contains("lang=\"fr\""), "the settings' language");
    assert!(!page(&last, "tags/ocop/index.html").contains("Review 2021"));
    let region = page(&last, "regions/province-a/index.html");
    assert!(
        region.contains(
            "<th scope=\"row\">2023</th><td class=\"num\"><data value=\"9\">9</data></td>"
        ),
        "the region's table shows the edited figure"
    );
}

#[test]
fn removed_and_broken_reports_are_not_served_stale() {
    let site = fixture();
    site.file(
        "content/2024.md",
        front("Review 2024", "Province A", 2024, ""),
    );
    let opts = BuildOptions::new(site.root());
    let cache = Cache::default();
    let before = rebuild_matches_fresh(&opts, &cache, "the first build");
    assert!(page(&before, "reports/2024/index.html").contains("Review 2024"));
    assert!(page(&before, "index.html").contains("Review 2024"));

    // A removed report disappears from its own address and from the lists.
    site.remove("content/2024.md");
    let after = rebuild_matches_fresh(&opts, &cache, "removing a report");
    assert!(!after.has("reports/2024/index.html"));
    assert!(after.get("reports/2024/index.html").is_none());
    assert!(!page(&after, "index.html").contains("Review 2024"));
    assert!(!page(&after, "regions/province-a/index.html").contains("Review 2024"));

    // A broken one is an error naming the file, not a stale page.
    site.file("content/2023.md", "---\ntitle: broken\n");
    let errors = Live::new(&opts, Some(&cache)).err().expect("an error");
    assert!(errors.to_string().contains("2023.md"), "{errors}");
}

/// Sets a file's modification time, as a coarse file clock does for two writes in the
/// same tick.
fn set_modified(site: &Site, rel: &str, at: SystemTime) {
    let file = File::options()
        .write(true)
        .open(site.root().join(rel))
        .unwrap();
    file.set_modified(at).unwrap();
}

#[test]
fn an_edit_in_the_same_clock_tick_as_the_last_read_is_not_missed() {
    let site = fixture();
    let opts = BuildOptions::new(site.root());
    let cache = Cache::default();
    // A file time not at least 50 ms before the read, however long the read takes (on a
    // loaded machine "now" was already far enough behind it, and the test failed): a
    // time ahead of the clock, as the last tick's or a skewed file system's.
    let written = SystemTime::now() + Duration::from_secs(3600);
    set_modified(&site, "content/2022.md", written);
    let before = Live::new(&opts, Some(&cache)).unwrap();
    assert!(page(&before, "reports/2022/index.html").contains("Review 2022"));

    // The same size and, as file times are coarse, the same time as the version read.
    site.file(
        "content/2022.md",
        front(
            "Revise 2022",
            "Province A",
            2022,
            "tags: [ocop]\nfigures:\n  cooperatives_total: 5\n",
        ),
    );
    set_modified(&site, "content/2022.md", written);
    let after = rebuild_matches_fresh(&opts, &cache, "an edit in the same tick");
    assert!(page(&after, "reports/2022/index.html").contains("Revise 2022"));
}

#[test]
fn a_build_reads_each_text_again_and_refuses_one_changed_meanwhile() {
    use coopsite::config::Config;
    use coopsite::content::{self, frontmatter::Settings};
    use coopsite::figure_table::FigureTable;
    use coopsite::site::{Site, Tree};

    let site = fixture();
    site.file(
        "content/2022.md",
        front("Review 2022", "Province A", 2022, "") + "The [other](other.md) report.\n",
    );
    let (config, table) = (Config::default(), FigureTable::built_in());
    let settings = Settings {
        site_lang: "en",
        table: &table,
    };
    let (loaded, errors) = content::load(site.root(), settings, false);
    assert!(errors.is_empty(), "{errors:?}");
    // A build's model holds no report's text: each is read when its page is made.
    let model = Site::new(&config, &table, loaded.reports, &Tree::single(&config));
    let view = model.reports.iter().find(|r| r.year == 2022).unwrap();
    let html = model.bodies.html(view).unwrap();
    assert!(
        html.contains(r#"<a href="/reports/other/">other</a>"#),
        "{html}"
    );

    site.file(
        "content/2022.md",
        front("Review 2022", "Province A", 2022, "") + "Edited while building.\n",
    );
    let err = model.bodies.html(view).unwrap_err().to_string();
    assert!(err.contains("content/2022.md"), "{err}");
    assert!(
        err.contains("changed while the site was being built"),
        "{err}"
    );
}

/// A rebuild told by `serve`'s watch which files changed: it asks the file system about
/// those alone and lists `content/` again only when something may have been made or
/// removed, and still serves exactly what a fresh build gives after each kind of change.
#[test]
fn rebuilds_told_what_changed_match_fresh_builds() {
    let site = fixture();
    site.file("content/_notes/draft.md", "not a report");
    std::thread::sleep(Duration::from_millis(100));
    let opts = BuildOptions::new(site.root());
    let cache = Cache::default();
    cache.watching();
    rebuild_matches_fresh(&opts, &cache, "the first build");

    // Each change as the watch tells it (paths relative to the site), and a page that
    // must now show (or no longer show) a text.
    let edit = |rel: &str, text: String| {
        site.file(rel, text);
        cache.changed(rel.into());
    };
    edit(
        "content/2022.md",
        front("Renamed 2022", "Province A", 2022, "tags: [ocop]\n"),
    );
    std::thread::sleep(Duration::from_millis(100));
    let live = rebuild_matches_fresh(&opts, &cache, "an edited report");
    assert!(page(&live, "tags/ocop/index.html").contains("Renamed 2022"));

    // A file the watch did not tell of is taken as the last build read it: the
    // rebuild asked only about the files told (a lost track asks about all).
    site.file("content/other.md", front("Untold", "Province B", 2023, ""));
    std::thread::sleep(Duration::from_millis(100));
    let live = Live::new(&opts, Some(&cache)).unwrap();
    let text = page(&live, "reports/other/index.html");
    assert!(text.contains("Other") && !text.contains("Untold"), "{text}");
    cache.lost_track();
    let live = rebuild_matches_fresh(&opts, &cache, "a watch that lost track");
    assert!(page(&live, "reports/other/index.html").contains("Untold"));

    // A new report, and a hidden file (never listed).
    edit(
        "content/2024.md",
        front("Review 2024", "Province A", 2024, ""),
    );
    edit("content/_notes/more.md", "still not a report".into());
    let live = rebuild_matches_fresh(&opts, &cache, "a new report");
    assert!(page(&live, "index.html").contains("Review 2024"));

    // A removed report.
    site.remove("content/2021.md");
    cache.changed("content/2021.md".into());
    let live = rebuild_matches_fresh(&opts, &cache, "a removed report");
    assert!(!live.has("reports/2021/index.html"));

    // A folder of reports moved in: the watch tells only of the folder.
    let outside = tempfile::tempdir_in(site.root()).unwrap();
    let moved = outside.path().join("2030");
    std::fs::create_dir(&moved).unwrap();
    std::fs::write(
        moved.join("moved.md"),
        front("Moved in", "Province B", 2030, ""),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    std::fs::rename(&moved, site.root().join("content/2030")).unwrap();
    cache.changed("content/2030".into());
    let live = rebuild_matches_fresh(&opts, &cache, "a folder moved in");
    assert!(page(&live, "reports/moved/index.html").contains("Moved in"));

    // The same folder moved out and back in with an edited report: the files below a
    // folder the watch names are asked about again.
    std::fs::rename(site.root().join("content/2030"), &moved).unwrap();
    std::fs::write(
        moved.join("moved.md"),
        front("Moved back", "Province B", 2030, ""),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    std::fs::rename(&moved, site.root().join("content/2030")).unwrap();
    cache.changed("content/2030".into());
    let live = rebuild_matches_fresh(&opts, &cache, "a folder replaced");
    assert!(page(&live, "reports/moved/index.html").contains("Moved back"));

    // A template (the templates are kept while none changes).
    edit(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}Gone{% endblock content %}".into(),
    );
    let live = rebuild_matches_fresh(&opts, &cache, "a template");
    assert!(page(&live, "404.html").contains("Gone"));

    // A build that stops before reading anything (broken settings) leaves nothing
    // stale: the report and template edited with them show once the settings are fixed.
    edit("coopsite.yaml", "title: [unclosed\n".into());
    edit(
        "content/2022.md",
        front("Edited meanwhile", "Province A", 2022, ""),
    );
    edit(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}Gone again{% endblock content %}".into(),
    );
    assert!(Live::new(&opts, Some(&cache)).is_err());
    edit("coopsite.yaml", "title: Fixed site\n".into());
    let live = rebuild_matches_fresh(&opts, &cache, "settings fixed");
    assert!(page(&live, "reports/2022/index.html").contains("Edited meanwhile"));
    assert!(page(&live, "404.html").contains("Gone again"));

    // The interface words and the settings.
    edit("i18n/en.yaml", "skip: Straight to the reports\n".into());
    let live = rebuild_matches_fresh(&opts, &cache, "an i18n file");
    assert!(page(&live, "index.html").contains("Straight to the reports"));
    edit("coopsite.yaml", "title: Renamed site\n".into());
    let live = rebuild_matches_fresh(&opts, &cache, "the settings");
    assert!(page(&live, "index.html").contains("Renamed site"));
}
