//! The theme keeps control of its markup: a theme (or a site's `templates/`) that
//! defines a row template gets its rows from it instead of the rows made in Rust,
//! and a report page's charts give their table as a region's chart does (`columns`,
//! `rows`, `html`) to a theme of its own; a search box of its own sees each page.

mod common;

use common::{front, Site};

fn site() -> Site {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "title: T\nbase_url: https://example.org/\nlanguage: en\n",
    );
    for (region, slug, total) in [("Hòa Bình", "hoa-binh", 758), ("Sơn La", "son-la", 233)] {
        for year in [2023, 2024] {
            let yaml = format!("figures:\n  cooperatives_total: {}\n", total + year - 2023);
            site.file(
                &format!("content/{year}/{slug}-{year}.md"),
                front(&format!("{region} {year}"), region, year, &yaml),
            );
        }
    }
    site
}

#[test]
fn a_row_template_makes_the_rows_of_its_table() {
    let site = site();
    site.build_ok();
    // The rows made in Rust, first.
    let report = site.read("reports/hoa-binh-2024/index.html");
    assert!(
        report.contains("<th scope=\"row\">Cooperatives</th>"),
        "{report}"
    );
    assert!(!report.contains("mine"));
    site.file(
        "templates/figure_row.html",
        "<tr class=\"mine\"><td>{{ row.label }} = {{ row.raw }} ({{ report.lang }})</td></tr>\n",
    );
    site.file(
        "templates/report_row.html",
        "<tr class=\"mine\"><td>{{ row.title }}{% if with_region %} / {{ row.region.name }}{% endif %}</td></tr>\n",
    );
    site.file(
        "templates/year_row.html",
        "<tr class=\"mine\"><td>{{ row.rank }}. {{ row.region.name }}: {% for c in row.cells %}{{ c.text }};{% endfor %}</td></tr>\n",
    );
    site.build_ok();
    let report = site.read("reports/hoa-binh-2024/index.html");
    assert!(
        report.contains("<tr class=\"mine\"><td>Cooperatives = 759 (en)</td></tr>"),
        "{report}"
    );
    assert!(!report.contains("<th scope=\"row\">Cooperatives</th>"));
    let list = site.read("reports/index.html");
    assert!(
        list.contains("<tr class=\"mine\"><td>Hòa Bình 2024 / Hòa Bình</td></tr>"),
        "{list}"
    );
    let region = site.read("regions/son-la/index.html");
    assert!(
        region.contains("<tr class=\"mine\"><td>Sơn La 2023</td></tr>"),
        "{region}"
    );
    let year = site.read("years/2024/index.html");
    assert!(
        year.contains("<tr class=\"mine\"><td>1. Hòa Bình: 759;"),
        "{year}"
    );
    let home = site.read("index.html");
    assert!(
        home.contains("<tr class=\"mine\"><td>2. Sơn La: 234;"),
        "{home}"
    );
}

#[test]
fn a_report_chart_gives_its_table_as_a_region_chart_does() {
    let site = site();
    // The default theme reads the table's HTML.
    site.build_ok();
    let report = site.read("reports/hoa-binh-2024/index.html");
    assert!(report.contains("<table class=\"chart-data\">"), "{report}");
    // A theme of its own reads the same fields on a region's and a report's page.
    let own = "<div class=\"own\">{{ c.table.columns | join(sep=\"|\") }}{% for r in c.table.rows %}[{{ r.label }}:{% for x in r.cells %}{{ x.text }}{% endfor %}]{% endfor %}</div>\n";
    site.file("templates/chart.html", own);
    site.build_ok();
    let region = site.read("regions/hoa-binh/index.html");
    let report = site.read("reports/hoa-binh-2024/index.html");
    for page in [&region, &report] {
        assert!(page.contains("[2023:758][2024:759]"), "{page}");
    }
    assert!(report.contains("<div class=\"own\">Year|"), "{report}");
}

/// The built-in header is rendered once per language; a site's own search box (or
/// header) is included on each page, with that page's values.
#[test]
fn a_search_box_of_its_own_sees_each_page() {
    let site = site();
    site.build_ok();
    let report = site.read("reports/hoa-binh-2024/index.html");
    assert!(
        report.contains("<form class=\"search\" id=\"search-box\""),
        "{report}"
    );
    site.file(
        "templates/search_box.html",
        "<p class=\"mine\">{{ site.t.search }}: {{ page_path }}</p>\n",
    );
    site.build_ok();
    for (page, path) in [
        ("reports/hoa-binh-2024/index.html", "reports/hoa-binh-2024/"),
        ("regions/son-la/index.html", "regions/son-la/"),
    ] {
        let html = site.read(page);
        assert!(
            html.contains(&format!("<p class=\"mine\">Search: {path}</p>\n")),
            "{html}"
        );
        assert!(!html.contains("id=\"search-box\""), "{html}");
        assert!(
            html.contains("<a class=\"brand\" href=\"/\">T</a>"),
            "{html}"
        );
    }
}
