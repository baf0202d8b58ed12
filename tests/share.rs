//! Charts and pages to share: every chart's SVG and CSV to download, an embed page per
//! chart that works in a frame under a GitHub Pages sub-path, a "Cite" line on every
//! report page, and a description with Open Graph and Twitter cards on every page.

mod common;

use common::{sub_path_site, tree, Site};

/// The value of `attr` in the first tag of `html` that starts with `start`.
fn attr<'h>(html: &'h str, start: &str, attr: &str) -> &'h str {
    let tag = &html[html.find(start).unwrap_or_else(|| panic!("{start}"))..];
    let tag = &tag[..tag.find('>').unwrap()];
    let key = format!("{attr}=\"");
    let v = &tag[tag.find(&key).unwrap_or_else(|| panic!("{attr} in {tag}")) + key.len()..];
    &v[..v.find('"').unwrap()]
}

/// The file of the output a rooted link points to (`/sub/x/` → `x/index.html`).
fn file_of(site: &Site, link: &str) -> std::path::PathBuf {
    let rel = link
        .strip_prefix("/sub/")
        .unwrap_or_else(|| panic!("{link} under /sub/"));
    match rel.ends_with('/') || rel.is_empty() {
        true => site.out(&format!("{rel}index.html")),
        false => site.out(rel),
    }
}

#[test]
fn every_chart_has_its_files_and_an_embed_page_that_works_in_a_frame() {
    let site = sub_path_site();
    let mut embeds = 0;
    for page in [
        "index.html",
        "regions/hoa-binh/index.html",
        "years/2023/index.html",
    ] {
        let html = site.read(page);
        let charts = html.matches("<p class=\"chart-csv\">").count();
        assert!(charts > 0, "{page}");
        for (i, (at, _)) in html.match_indices("<p class=\"chart-csv\">").enumerate() {
            let line = &html[at..at + html[at..].find("</p>").unwrap()];
            let links: Vec<&str> = line
                .match_indices("href=\"")
                .map(|(s, m)| {
                    let v = &line[s + m.len()..];
                    &v[..v.find('"').unwrap()]
                })
                .collect();
            assert!(
                links.iter().any(|l| l.ends_with(".csv")),
                "{page} chart {i}: CSV"
            );
            assert!(
                links.iter().any(|l| l.ends_with(".svg")),
                "{page} chart {i}: SVG"
            );
            let embed = links.iter().find(|l| l.contains("/embed/")).unwrap();
            for l in &links {
                assert!(file_of(&site, l).is_file(), "{page}: {l} exists");
            }
            let frame = std::fs::read_to_string(file_of(&site, embed)).unwrap();
            let img = attr(&frame, "<img", "src");
            assert!(file_of(&site, img).is_file(), "{embed}: {img}");
            let back = attr(&frame, "<a href=\"https://", "href");
            assert!(back.starts_with("https://example.org/sub/"), "{back}");
            assert!(
                frame.contains("target=\"_top\""),
                "the link back leaves the frame"
            );
            assert!(frame.contains("From "), "{embed}: the source line");
            embeds += 1;
        }
        assert!(
            html.contains("&lt;iframe src=\"https://example.org/sub/embed/"),
            "{page}: the code to paste"
        );
    }
    assert!(embeds >= 5, "{embeds}");
    let svg = std::fs::read_to_string(site.out("charts/years/2023-counts.svg")).unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("Lào Cai"),
        "a year's chart as a file"
    );
}

#[test]
fn a_report_page_says_how_to_cite_it() {
    let site = sub_path_site();
    let html = site.read("reports/hoa-binh-2022/index.html");
    let cite = common::between(&html, "<p class=\"cite\">", "</p>");
    for part in [
        "Provincial Cooperative Union",
        "“Union reviews the year”",
        "2022",
        "Co-op reports",
        "https://example.org/sub/reports/hoa-binh-2022/",
        "last updated <time datetime=\"2023-12-20\">20 December 2023</time>",
    ] {
        assert!(cite.contains(part), "{part} in {cite}");
    }
}

#[test]
fn every_page_describes_itself_for_search_and_sharing() {
    let site = sub_path_site();
    let mut pages = 0;
    for (path, bytes) in tree(&site.out("")) {
        if !path.ends_with(".html") || path.starts_with("embed/") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for (start, what) in [
            ("<meta name=\"description\"", "content"),
            ("<meta property=\"og:title\"", "content"),
            ("<meta property=\"og:description\"", "content"),
            ("<meta name=\"twitter:card\"", "content"),
        ] {
            assert!(
                !attr(&html, start, what).trim().is_empty(),
                "{path}: {start}"
            );
        }
        assert_eq!(
            html.matches("<meta name=\"description\"").count(),
            1,
            "{path}"
        );
        pages += 1;
    }
    assert!(pages > 10, "{pages}");
    let report = site.read("reports/hoa-binh-2022/index.html");
    assert_eq!(
        attr(&report, "<meta property=\"og:type\"", "content"),
        "article"
    );
    assert_eq!(
        attr(&report, "<meta property=\"og:url\"", "content"),
        "https://example.org/sub/reports/hoa-binh-2022/"
    );
    let region = site.read("regions/lao-cai/index.html");
    assert!(attr(&region, "<meta name=\"description\"", "content").contains("Lào Cai"));
}

#[test]
fn a_report_prints_without_navigation_on_a4() {
    let site = sub_path_site();
    let css = site.read("style.css");
    assert!(css.contains("@page { size: A4;"), "A4");
    let print = &css[css.rfind("@media print").unwrap()..];
    for hidden in [".site-header", ".chart-csv", ".chart-embed"] {
        assert!(print.contains(hidden), "{hidden} hidden in print");
    }
    let html = site.read("reports/hoa-binh-2022/index.html");
    assert!(html.contains("class=\"site-header\"") && html.contains("class=\"cite\""));
}
