//! Nothing doubtful goes public unmarked: figures the text check could not confirm are
//! marked where readers see them, warnings are counted and can fail a build, and a
//! new site is right on its first day. The real binary on fixture sites.

mod common;

use common::Site;

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

#[test]
fn marks_speak_the_page_language_and_a_checked_site_has_none() {
    let site = site("vi");
    site.file(
        "content/a.md",
        report("Hòa Bình", "  cooperatives_total: 1095\n")
            .replace("lang: en", "lang: vi")
            .replace("1,059", "1.059"),
    );
    site.build_ok();
    let page = site.read("reports/a/index.html");
    assert!(
        page.contains("⚠</span> không có trong văn bản báo cáo</small>"),
        "{page}"
    );
    site.file(
        "content/a.md",
        report("Hòa Bình", "  cooperatives_total: 1059\n")
            .replace("lang: en", "lang: vi")
            .replace("1,059", "1.059"),
    );
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
