//! Nothing doubtful goes public unmarked: figures the text check could not confirm are
//! marked where readers see them, warnings are counted and can fail a build, and a
//! new site is right on its first day. The real binary on fixture sites.

mod common;

use common::{coopsite, stderr, tree, Site};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A site published at a host (so no warning about `base_url`), in `language`.
fn site(language: &str) -> Site {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        format!("base_url: https://example.org/\nlanguage: {language}\n"),
    );
    site
}

/// A report of `region` for 2023 whose text states 1,059 cooperatives and 52 new
/// ones; `figures` are its front matter's.
fn report(region: &str, figures: &str) -> String {
    format!(
        "---\ntitle: {region} 2023\ndate: 2024-01-05\nyear: 2023\nunion: U\nregion: {region}\nlang: en\nfigures:\n{figures}---\n\nThe province had 1,059 cooperatives, 52 of them new.\n"
    )
}

#[test]
fn figures_the_text_does_not_state_are_marked_on_pages_and_in_tables() {
    let site = site("en");
    site.file(
        "content/a.md",
        report(
            "Hòa Bình",
            "  cooperatives_total: 1095\n  cooperatives_new: 52\n",
        ),
    );
    site.build_ok();
    let page = site.read("reports/a/index.html");
    // The wrong figure is shown, marked in words; the right one is not marked.
    let mark = "<small class=\"check not-stated\"><span aria-hidden=\"true\">⚠</span> not in the report&#39;s text</small>";
    assert!(page.contains(mark), "{page}");
    assert_eq!(page.matches("class=\"check ").count(), 1, "{page}");
    let total_row = common::between(&page, "<data value=\"1095\">", "</tr>");
    assert!(
        total_row.contains("class=\"check not-stated\""),
        "{total_row}"
    );
    let new_row = common::between(&page, "<data value=\"52\">", "</tr>");
    assert!(!new_row.contains("check"), "{new_row}");
    // In the lists and the year's table too, with the words for screen readers.
    // (The home page shows the newest reports and the latest year's table.)
    for (list, n) in [
        ("index.html", 2),
        ("reports/index.html", 1),
        ("years/2023/index.html", 1),
    ] {
        let html = site.read(list);
        let cell = "<abbr class=\"check not-stated\" title=\"not in the report&#39;s text\">";
        assert_eq!(html.matches(cell).count(), n, "{list}: {html}");
        assert!(
            html.contains("<span class=\"vh\">not in the report"),
            "{list}"
        );
    }
}

/// A Vietnamese report: its text in Vietnamese, as the Vietnamese table reads it (a number
/// followed by a word the table does not count is a count of something else).
fn vi_report(figures: &str) -> String {
    report("Hòa Bình", figures)
        .replace("lang: en", "lang: vi")
        .replace(
            "The province had 1,059 cooperatives, 52 of them new.",
            "Toàn tỉnh có 1.059 hợp tác xã, thành lập mới 52 hợp tác xã.",
        )
}

#[test]
fn marks_speak_the_page_language_and_a_checked_site_has_none() {
    let site = site("vi");
    site.file("content/a.md", vi_report("  cooperatives_total: 1095\n"));
    site.build_ok();
    let page = site.read("reports/a/index.html");
    assert!(
        page.contains("⚠</span> không có trong văn bản báo cáo</small>"),
        "{page}"
    );
    site.file("content/a.md", vi_report("  cooperatives_total: 1059\n"));
    site.build_ok();
    let page = site.read("reports/a/index.html");
    assert!(page.contains("<data value=\"1059\">"), "{page}");
    assert!(!page.contains("class=\"check"), "{page}");
}

#[test]
fn themes_that_make_their_own_rows_get_each_figures_status() {
    let site = site("en");
    site.file(
        "content/a.md",
        report("R", "  cooperatives_total: 1095\n  cooperatives_new: 52\n"),
    );
    site.file(
        "templates/report.html",
        "{% extends \"base.html\" %}{% block content %}{% for f in report.figures %}<p>{{ f.key }}={{ f.checked }} ({{ f.check_reason }})</p>{% endfor %}<p>list: {{ report.headline.checked | join(sep=\",\") }}</p>{% endblock content %}",
    );
    site.build_ok();
    let page = site.read("reports/a/index.html");
    assert!(
        page.contains("<p>cooperatives_total=not-stated (not stated in the report&#39;s text)</p>"),
        "{page}"
    );
    assert!(page.contains("<p>cooperatives_new=stated ()</p>"), "{page}");
    assert!(
        page.contains("<p>list: not-stated,stated,stated,stated</p>"),
        "{page}"
    );
}

#[test]
fn warnings_are_counted_and_fail_a_strict_build_which_keeps_the_previous_output() {
    let site = site("en");
    site.file("content/a.md", report("R", "  cooperatives_total: 1059\n"));
    let clean = site.build(&["--strict"]);
    assert!(clean.status.success(), "{}", stderr(&clean));
    assert!(
        stdout(&clean).starts_with("Built 1 report ("),
        "{}",
        stdout(&clean)
    );
    assert!(!stdout(&clean).contains("warning"), "{}", stdout(&clean));
    let before = tree(&site.root().join("output"));

    site.file("content/a.md", report("R", "  cooperatives_total: 1095\n"));
    // check: the warning, and never "No problems" after it.
    let o = site.run(&["check", "--root", site.root().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("1095 is not stated"), "{}", stderr(&o));
    assert!(!stdout(&o).contains("No problems"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("Checked 1 report (") && stdout(&o).contains("1 warning;"),
        "{}",
        stdout(&o)
    );
    // build --strict: fails, writes nothing, says so.
    let o = site.build(&["--strict"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("content/a.md:"), "{err}");
    assert!(err.contains("with --strict, warnings count"), "{err}");
    assert!(err.contains("was left as it was"), "{err}");
    assert!(
        before == tree(&site.root().join("output")),
        "output changed"
    );
    // No staging folder is left; the charts' PNG cache is no output (any build fills it).
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != ".coopsite-cache")
        .collect();
    assert_eq!(leftovers.len(), 3, "{leftovers:?}"); // coopsite.yaml, content, output
                                                     // build: goes on, and its closing line counts the warning.
    let o = site.build(&[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("Built 1 report (")
            && stdout(&o).contains(" files), 1 warning, in "),
        "{}",
        stdout(&o)
    );
    assert!(before != tree(&site.root().join("output")));
}

#[test]
fn the_pages_action_checks_strictly_unless_told_not_to() {
    let action =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/action.yml")).unwrap();
    let input = common::between(&action, "  strict:\n", "\n  repository:");
    assert!(input.contains("default: \"true\""), "{input}");
    assert!(action.contains("STRICT: ${{ inputs.strict }}"), "{action}");
    assert!(
        action.contains("if [ \"$STRICT\" = true ]; then args+=(--strict); fi"),
        "{action}"
    );
}

#[test]
fn init_uses_the_built_in_theme_writes_a_strict_pages_workflow_and_eject_copies_the_theme() {
    let tmp = tempfile::tempdir().unwrap();
    let o = coopsite(tmp.path(), &["init", "site"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = tmp.path().join("site");
    assert!(!dir.join("themes").exists(), "init copied the theme");
    let config = std::fs::read_to_string(dir.join("coopsite.yaml")).unwrap();
    assert!(config.contains("docs/content-format.md"), "{config}");
    assert!(config.contains("coopsite theme eject"), "{config}");
    let flow = std::fs::read_to_string(dir.join(".github/workflows/pages.yml")).unwrap();
    for step in [
        "actions/configure-pages@v5",
        "/coopsite@v0",
        "strict: true",
        "base-url: ${{ steps.pages.outputs.base_url }}",
        "actions/upload-pages-artifact@v3",
        "actions/deploy-pages@v4",
        concat!("version: ", env!("CARGO_PKG_VERSION")),
    ] {
        assert!(flow.contains(step), "{step}: {flow}");
    }
    let o = coopsite(&dir, &["build", "--strict"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let built = tree(&dir.join("output"));
    assert!(built.iter().any(|(p, _)| p == "style.css"));

    let o = coopsite(&dir, &["theme", "eject"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for f in ["templates/base.html", "static/style.css", "i18n/vi.yaml"] {
        assert!(dir.join("themes/default").join(f).is_file(), "{f}");
    }
    let o = coopsite(&dir, &["build", "--strict"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        built == tree(&dir.join("output")),
        "the copy builds the same site"
    );
    // An edit of the copy shows; a second eject refuses to overwrite it.
    std::fs::write(dir.join("themes/default/static/style.css"), "body{}").unwrap();
    coopsite(&dir, &["build"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("output/style.css")).unwrap(),
        "body{}"
    );
    let again = coopsite(&dir, &["theme", "eject"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
}

/// Gia Lai's 2024 report: `name` in its title, `total` cooperatives (stated).
fn gia_lai(name: &str, total: u32, extra: &str) -> String {
    format!(
        "---\ntitle: Gia Lai 2024 {name}\ndate: 2025-01-05\nyear: 2024\nunion: U\nregion: Gia Lai\nlang: en\n{extra}figures:\n  cooperatives_total: {total}\n---\n\nThe province had {total} cooperatives.\n"
    )
}

#[test]
fn two_reports_of_one_region_and_year_are_an_error_naming_both_with_the_fix() {
    let site = site("en");
    site.file("content/gia-lai-2024.md", gia_lai("draft", 462, ""));
    site.file("content/gia-lai-2024-final.md", gia_lai("final", 498, ""));
    let o = site.build(&[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("content/gia-lai-2024.md:6:1: Gia Lai has two reports for 2024: this one and content/gia-lai-2024-final.md"),
        "{err}"
    );
    assert!(err.contains("mark the other `draft: true`"), "{err}");
    assert!(err.contains("`replaces: gia-lai-2024-final`"), "{err}");
    assert!(!site.out("index.html").exists());

    // A draft: the final one is the only one built.
    site.file(
        "content/gia-lai-2024.md",
        gia_lai("draft", 462, "draft: true\n"),
    );
    site.build_ok();
    assert!(site.read("years/2024/index.html").contains(">498<"));
    assert!(!site.out("reports/gia-lai-2024/index.html").exists());
}

#[test]
fn a_replaced_report_stays_readable_marked_and_is_counted_nowhere() {
    let site = site("en");
    site.file("content/gia-lai-2024.md", gia_lai("draft", 462, ""));
    site.file(
        "content/gia-lai-2024-final.md",
        gia_lai("final", 498, "replaces: gia-lai-2024\n"),
    );
    site.build_ok();
    let old = site.read("reports/gia-lai-2024/index.html");
    assert!(old.contains(">462<"), "{old}");
    assert!(
        old.contains("<p class=\"replaced\" role=\"note\"><strong>This report was replaced by</strong> <a href=\"/reports/gia-lai-2024-final/\">Gia Lai 2024 final</a>."),
        "{old}"
    );
    let new = site.read("reports/gia-lai-2024-final/index.html");
    assert!(
        new.contains(">498<") && !new.contains("class=\"replaced\""),
        "{new}"
    );
    for page in [
        "index.html",
        "reports/index.html",
        "years/2024/index.html",
        "regions/gia-lai/index.html",
        "data/figures.csv",
        "data/reports.json",
        "atom.xml",
        "sitemap.xml",
    ] {
        let text = site.read(page);
        assert!(
            text.contains("498") || text.contains("gia-lai-2024-final"),
            "{page}"
        );
        assert!(!text.contains("462"), "{page} counts the replaced report");
        assert!(!text.contains("Gia Lai 2024 draft"), "{page}");
    }
    for (path, bytes) in tree(&site.root().join("output/charts")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("462"), "{path} draws the replaced report");
    }
    // A `replaces:` that names no report is an error at its line.
    site.file(
        "content/gia-lai-2024-final.md",
        gia_lai("final", 498, "replaces: gia-lai-2042\n"),
    );
    let o = site.build(&[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("content/gia-lai-2024-final.md:8:1: `replaces: gia-lai-2042` names no report of the site"),
        "{err}"
    );
    assert!(err.contains("did you mean `gia-lai-2024`?"), "{err}");
}
