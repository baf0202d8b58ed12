//! Building valid sites: the pages a reader gets, and what they show.

mod common;

use common::{coopsite, front, stderr, tree, Site};
use std::path::Path;

fn example_site(out: &Path) -> String {
    let o = common::build_into(Path::new(env!("CARGO_MANIFEST_DIR")), out);
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn example_site_shows_every_figure_formatted() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let log = example_site(&out);
    assert!(log.contains("Built 2 reports"), "{log}");
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();

    let ms = read("reports/province-a-2023/index.html");
    for shown in [
        ">895<",
        ">38<",
        ">520<",
        ">225<",
        "Cooperatives linked to the consumption of farm products",
        "2.295 billion VND",
        "2,295,000,000 VND per year",
        "2 bilion 295 juta",
        "58 million VND",
        "Cooperatives using high technology",
        "OCOP products rated 3 stars or more",
        ">30<",
        ">79<",
        ">170<",
        ">430<",
        "lang=\"ms\"",
    ] {
        assert!(ms.contains(shown), "Malay report lacks {shown}");
    }
    assert!(
        !ms.contains("Agricultural cooperatives"),
        "225 cooperatives linked to farm products are not agricultural cooperatives"
    );

    let fr = read("reports/province-b-2024/index.html");
    for shown in [
        "1,059",
        ">241<",
        ">740<",
        ">215<",
        ">840<",
        "850 million VND",
        "300 million VND",
        "67.2 million VND",
        "5.6 million VND per month",
        "67,200,000 VND",
        "280 million VND",
        "Targets for 2025",
        ">60<",
        "lang=\"fr\"",
    ] {
        assert!(fr.contains(shown), "French report lacks {shown}");
    }

    let home = read("index.html");
    let b = home.find("province-b-2024").unwrap();
    let a = home.find("province-a-2023").unwrap();
    assert!(b < a, "newest report first");
    for page in [
        "404.html",
        "sitemap.xml",
        "atom.xml",
        "robots.txt",
        ".nojekyll",
        "style.css",
        "regions/index.html",
        "regions/province-a/index.html",
        "tags/index.html",
        "tags/ocop/index.html",
    ] {
        assert!(out.join(page).is_file(), "{page} missing");
    }
}

#[test]
fn example_site_passes_check_with_links() {
    let root = env!("CARGO_MANIFEST_DIR");
    let o = coopsite(Path::new(root), &["check", "--root", root]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("No problems in 2 reports"));
}

#[test]
fn region_pages_link_previous_and_next_years() {
    let site = Site::new();
    for year in [2021, 2022, 2023] {
        site.file(
            &format!("content/{year}/thai-nguyen-{year}.md"),
            front(&format!("Review {year}"), "Thái Nguyên", year, ""),
        );
    }
    site.file("content/2023/other.md", front("Other", "Đắk Lắk", 2023, ""));
    site.build_ok();
    let mid = site.read("reports/thai-nguyen-2022/index.html");
    assert!(
        mid.contains(r#"rel="prev" href="/reports/thai-nguyen-2021/""#),
        "{mid}"
    );
    assert!(
        mid.contains(r#"rel="next" href="/reports/thai-nguyen-2023/""#),
        "{mid}"
    );
    let first = site.read("reports/thai-nguyen-2021/index.html");
    assert!(!first.contains("rel=\"prev\""));
    let region = site.read("regions/thai-nguyen/index.html");
    assert!(region.contains("Thái Nguyên"));
    assert!(region.contains("Review 2021") && region.contains("Review 2023"));
    assert!(!region.contains("Other"));
    assert!(site.out("regions/dak-lak/index.html").is_file());
}

#[test]
fn front_matter_is_escaped_everywhere() {
    let site = Site::new();
    site.file(
        "content/x.md",
        front(
            "<script>alert(1)</script> & co",
            "<b>Region</b>",
            2023,
            "union_placeholder: 1\n",
        )
        .replace(
            "union_placeholder: 1\n",
            "tags: [\"<i>tag</i>\"]\nsummary: \"<img src=x onerror=alert(1)>\"\n",
        ),
    );
    site.build_ok();
    for (path, bytes) in tree(&site.root().join("output")) {
        // Open data keeps the text as written: JSON and CSV are not markup.
        if path.ends_with(".json") || path.ends_with(".csv") {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("<script>alert"), "{path} has a raw script");
        assert!(!text.contains("<b>Region"), "{path} has raw region HTML");
        assert!(!text.contains("<i>tag"), "{path} has raw tag HTML");
        assert!(!text.contains("<img src=x"), "{path} has raw summary HTML");
    }
    let page = site.read("reports/x/index.html");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"),
        "{page}"
    );
}

#[test]
fn raw_html_in_the_body_follows_the_setting() {
    let site = Site::new();
    site.file(
        "content/x.md",
        front("X", "R", 2023, "") + "\n<em class=\"k\">kept</em>\n",
    );
    site.build_ok();
    assert!(site
        .read("reports/x/index.html")
        .contains("<em class=\"k\">kept</em>"));
    site.file("coopsite.yaml", "markdown: {unsafe_html: false}\n");
    site.build_ok();
    let page = site.read("reports/x/index.html");
    assert!(
        page.contains("&lt;em class=\"k\"&gt;kept&lt;/em&gt;"),
        "{page}"
    );
    assert!(!page.contains("<em class"), "{page}");
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    example_site(&tmp.path().join("a"));
    example_site(&tmp.path().join("b"));
    let (a, b) = (tree(&tmp.path().join("a")), tree(&tmp.path().join("b")));
    assert!(a.len() > 10);
    assert_eq!(a, b);
}

#[test]
fn drafts_are_built_only_when_asked() {
    let site = Site::new();
    site.file("content/a.md", front("Published", "R", 2023, ""));
    site.file("content/b.md", front("Drafted", "R", 2024, "draft: true\n"));
    site.build_ok();
    assert!(!site.out("reports/b/index.html").exists());
    assert!(!site.read("index.html").contains("Drafted"));
    let o = site.build(&["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.out("reports/b/index.html").is_file());
}

#[test]
fn files_are_copied_and_hidden_ones_skipped() {
    let site = Site::new();
    site.file(
        "content/2023/a.md",
        front("A", "R", 2023, "") + "\n![chart](images/c.png) [b](../b.md)\n",
    );
    site.file("content/b.md", front("B", "R", 2022, ""));
    site.file("content/2023/images/c.png", b"\x89PNG fake");
    site.file("content/_notes.md", "not a report");
    site.file("content/.hidden/x.md", "not a report");
    site.file("static/favicon.ico", b"icon");
    site.build_ok();
    assert_eq!(
        std::fs::read(site.out("2023/images/c.png")).unwrap(),
        b"\x89PNG fake"
    );
    assert_eq!(std::fs::read(site.out("favicon.ico")).unwrap(), b"icon");
    assert!(!site.out("_notes.md").exists());
    let a = site.read("reports/a/index.html");
    assert!(a.contains(r#"src="/2023/images/c.png""#), "{a}");
    assert!(a.contains(r#"href="/reports/b/""#), "{a}");
}

#[test]
fn site_templates_override_the_theme() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    site.file(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<p>Lost, sorry.</p>{% endblock content %}",
    );
    site.build_ok();
    let page = site.read("404.html");
    assert!(page.contains("Lost, sorry.") && page.contains("<!DOCTYPE html>"));
}

#[test]
fn base_url_path_reaches_every_link() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, "tags: [ocop]\n"));
    site.file(
        "coopsite.yaml",
        "base_url: https://user.github.io/repo/\ncname: reports.example.org\n",
    );
    site.build_ok();
    let home = site.read("index.html");
    assert!(home.contains(r#"href="/repo/style.css""#), "{home}");
    assert!(home.contains(r#"href="/repo/reports/a/""#), "{home}");
    assert!(site.read("404.html").contains(r#"href="/repo/style.css""#));
    assert!(site
        .read("sitemap.xml")
        .contains("<loc>https://user.github.io/repo/reports/a/</loc>"));
    assert!(site
        .read("atom.xml")
        .contains("https://user.github.io/repo/reports/a/"));
    assert_eq!(site.read("CNAME"), "reports.example.org\n");
    let o = site.build(&["--base-url", "https://reports.example.org"]);
    assert!(o.status.success());
    assert!(site.read("index.html").contains(r#"href="/style.css""#));
}

#[test]
fn init_makes_a_site_that_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new-site");
    let o = coopsite(tmp.path(), &["init", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = coopsite(&dir, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir
        .join("output/reports/province-a-2024/index.html")
        .is_file());
    let again = coopsite(tmp.path(), &["init", dir.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn new_writes_a_report_with_every_key() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    let o = site.run(&["new", "content/2025/b.md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(site.root().join("content/2025/b.md")).unwrap();
    for key in [
        "title:", "date:", "year:", "union:", "region:", "lang:", "slug:", "summary:", "source:",
        "tags:", "draft:", "figures:", "targets:", "extra:",
    ] {
        assert!(text.contains(key), "{key} missing");
    }
    // It is a draft, so the site still builds, and with --drafts it builds too.
    site.build_ok();
    assert!(site.build(&["--drafts"]).status.success());
    assert_eq!(
        site.run(&["new", "content/2025/b.md"]).status.code(),
        Some(1)
    );
}

#[test]
fn usage_errors_exit_2() {
    let site = Site::new();
    assert_eq!(site.run(&["build", "--nope"]).status.code(), Some(2));
    assert_eq!(site.run(&["frobnicate"]).status.code(), Some(2));
    assert!(site.run(&["--version"]).status.success());
}

#[cfg(unix)]
#[test]
fn links_out_of_the_site_are_skipped_with_a_warning() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    site.file("outside/secret.txt", "top secret");
    site.file("content/images/inside.png", "png");
    std::os::unix::fs::symlink(
        site.root().join("outside/secret.txt"),
        site.root().join("content/secret.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        site.root().join("content/images/inside.png"),
        site.root().join("content/alias.png"),
    )
    .unwrap();
    let log = site.build_ok();
    assert!(
        log.contains("content/secret.txt: skipped: a link to a file outside its folder"),
        "{log}"
    );
    assert!(!site.out("secret.txt").exists());
    assert_eq!(
        std::fs::read(site.out("alias.png")).unwrap(),
        b"png",
        "links inside the folder are followed"
    );
}

#[test]
fn feed_and_sitemap_are_well_formed_xml() {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "title: \"Reports & <figures>\"\nbase_url: https://user.github.io/repo/\n",
    );
    site.file(
        "content/a.md",
        front("R&D <2023>", "Bà Rịa & Vũng Tàu", 2023, "tags: [\"a&b\"]\n")
            + "\n<b>bold</b> & text\n",
    );
    site.file("content/b.md", front("Second", "Other", 2024, ""));
    site.build_ok();
    let atom = site.read("atom.xml");
    let doc = roxmltree::Document::parse(&atom).expect("atom.xml is XML");
    let ns = "http://www.w3.org/2005/Atom";
    assert_eq!(doc.root_element().tag_name().namespace(), Some(ns));
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "entry")))
        .filter_map(|e| e.children().find(|c| c.has_tag_name((ns, "title")))?.text())
        .collect();
    assert_eq!(
        titles,
        ["Second", "R&D <2023>"],
        "newest first, text unescaped by the parser"
    );
    assert!(
        atom.contains("<updated>2024-12-20T00:00:00Z</updated>"),
        "feed updated = newest report"
    );
    let sitemap = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).expect("sitemap.xml is XML");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        locs.contains(&"https://user.github.io/repo/reports/a/"),
        "{locs:?}"
    );
    assert!(
        locs.iter()
            .all(|l| l.starts_with("https://user.github.io/repo/")),
        "{locs:?}"
    );
    assert!(site
        .read("robots.txt")
        .contains("Sitemap: https://user.github.io/repo/sitemap.xml"));
}

#[test]
fn dates_are_written_in_the_site_language() {
    for (lang, shown) in [
        ("en", "3 January 2025"),
        ("fr", "3 janvier 2025"),
        ("ms", "3 Januari 2025"),
        ("vi", "3 tháng 1 năm 2025"),
    ] {
        let site = Site::new();
        site.file("coopsite.yaml", format!("language: {lang}\n"));
        site.file(
            "content/a.md",
            "---\ntitle: A\ndate: 2025-01-03\nyear: 2024\nunion: U\nregion: R\n---\n",
        );
        site.build_ok();
        for page in ["index.html", "reports/a/index.html"] {
            let html = site.read(page);
            assert!(
                html.contains(&format!("<time datetime=\"2025-01-03\">{shown}</time>")),
                "{lang} {page}"
            );
        }
    }
}
