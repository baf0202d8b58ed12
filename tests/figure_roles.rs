//! A figure's roles are data in the figure table: a figure a site declares in
//! `coopsite.yaml` with every role (its region's chart, each year's table and chart,
//! each report page's chart, the headline columns of the lists of reports) shows on
//! the pages, charts, year tables, lists, open data and schema, with no other file
//! edited.

mod common;

use common::{front, Site};

const SITE: &str = "title: T\nbase_url: https://example.org/\nlanguage: en\nfigures:\n  \
    ocop_products:\n    kind: count\n    label: OCOP products\n    chart: counts\n    \
    year_table: true\n    year_chart: true\n    report_chart: true\n    headline: true\n";

/// Two regions over two years, each stating the declared figure.
fn site() -> Site {
    let site = Site::new();
    site.file("coopsite.yaml", SITE);
    for (region, slug, total, ocop) in [
        ("Hòa Bình", "hoa-binh", 758, 41),
        ("Sơn La", "son-la", 233, 12),
    ] {
        for (year, more) in [(2023, 0), (2024, 9)] {
            let yaml = format!(
                "figures:\n  cooperatives_total: {}\n  ocop_products: {}\n",
                total + more,
                ocop + more
            );
            let title = format!("{region} {year}");
            site.file(
                &format!("content/{year}/{slug}-{year}.md"),
                front(&title, region, year, &yaml),
            );
        }
    }
    site
}

#[test]
fn a_declared_figure_takes_every_role() {
    let site = site();
    site.build_ok();
    // Its report's page: its row, and its own chart opened at the report's year.
    let page = site.read("reports/hoa-binh-2024/index.html");
    assert!(
        page.contains("OCOP products") && page.contains(">50<"),
        "report page"
    );
    assert!(page.contains("charts/regions/hoa-binh-report-ocop-products.svg#y2024"));
    let report_chart = site.read("charts/regions/hoa-binh-report-ocop-products.svg");
    assert!(report_chart.contains("OCOP products"), "{report_chart}");
    // Its region's chart over the years (with the cooperatives, or on its own).
    let region = site.read("regions/hoa-binh/index.html");
    let drawn = ["counts", "ocop-products"]
        .iter()
        .map(|stem| site.out(&format!("charts/regions/hoa-binh-{stem}.svg")))
        .filter(|p| p.exists())
        .any(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("OCOP products")
        });
    assert!(drawn && region.contains("OCOP products"), "region chart");
    // Each year's table has its column, and its page its ranked bars.
    let year = site.read("years/2024/index.html");
    assert!(
        year.contains("<th") && year.contains("OCOP products"),
        "year table"
    );
    let bars = site.read("charts/years/2024-ocop-products.svg");
    assert!(
        bars.contains("Hòa Bình") && bars.contains("Sơn La"),
        "{bars}"
    );
    assert!(year.contains("charts/years/2024-ocop-products.csv"));
    // The built-in year chart is still there beside it.
    assert!(site.out("charts/years/2024-counts.svg").exists());
    // Every list of reports has its column after the built-in ones, with its value.
    let list = site.read("reports/index.html");
    assert!(
        list.contains("<th scope=\"col\" class=\"num\">Income per worker</th><th scope=\"col\" class=\"num\">OCOP products</th></tr>"),
        "{list}"
    );
    assert!(list.contains("data-label=\"OCOP products\">50"), "{list}");
    assert!(site
        .read("regions/hoa-binh/index.html")
        .contains("data-label=\"OCOP products\">41"));
    // The open data and the schema know it.
    let csv = site.read("data/figures.csv");
    assert!(
        csv.lines()
            .any(|l| l.contains(",ocop_products,OCOP products,50,")),
        "{csv}"
    );
    let json = site.read("data/reports.json");
    assert!(json.contains("\"ocop_products\""), "reports.json");
    let package = site.read("data/datapackage.json");
    // The package describes figures.csv's columns; the figure is a row's `key`.
    assert!(package.contains("\"path\": \"figures.csv\""), "{package}");
    let schema = site.run(&["schema"]);
    let schema = String::from_utf8_lossy(&schema.stdout);
    assert!(schema.contains("\"ocop_products\"") && schema.contains("OCOP products"));
}

#[test]
fn without_roles_a_declared_figure_is_in_its_table_and_data_only() {
    let site = site();
    let plain = SITE.split("    chart:").next().unwrap();
    site.file("coopsite.yaml", plain);
    site.build_ok();
    assert!(site
        .read("reports/hoa-binh-2024/index.html")
        .contains("OCOP products"));
    assert!(site.read("data/figures.csv").contains(",ocop_products,"));
    assert!(!site.read("years/2024/index.html").contains("OCOP products"));
    let list = site.read("reports/index.html");
    assert!(
        list.contains("data-label=\"Total\">758") && !list.contains("data-label=\"OCOP products\"")
    );
    assert!(!site.out("charts/years/2024-ocop-products.svg").exists());
    assert!(!site
        .out("charts/regions/hoa-binh-report-ocop-products.svg")
        .exists());
    assert!(site.out("charts/years/2024-counts.svg").exists());
    assert!(site
        .out("charts/regions/hoa-binh-report-counts.svg")
        .exists());
}

#[test]
fn a_count_cannot_be_drawn_in_the_money_chart() {
    let site = site();
    site.file(
        "coopsite.yaml",
        SITE.replace("chart: counts", "chart: money"),
    );
    let out = site.build(&[]);
    let err = common::stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("coopsite.yaml:")
            && err.contains("a count figure cannot be drawn in the money chart"),
        "{err}"
    );
}

/// A declared count that is a part of the cooperatives (`part_of`), as the built-in
/// new and effective ones are.
const PART: &str = "title: T\nbase_url: https://example.org/\nlanguage: en\nfigures:\n  \
    cooperatives_high_tech:\n    kind: count\n    part_of: cooperatives_total\n";

#[test]
fn a_declared_part_is_never_more_than_its_whole() {
    let site = Site::new();
    site.file("coopsite.yaml", PART);
    let yaml = "figures:\n  cooperatives_total: 758\n  cooperatives_high_tech: 41\n";
    site.file(
        "content/hoa-binh-2024.md",
        front("Hòa Bình 2024", "Hòa Bình", 2024, yaml),
    );
    site.build_ok();
    assert!(site
        .read("reports/hoa-binh-2024/index.html")
        .contains(">41<"));

    let yaml = "figures:\n  cooperatives_total: 758\n  cooperatives_high_tech: 800\n";
    site.file(
        "content/hoa-binh-2024.md",
        front("Hòa Bình 2024", "Hòa Bình", 2024, yaml),
    );
    let out = site.build(&[]);
    let err = common::stderr(&out);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("content/hoa-binh-2024.md:9:27:")
            && err.contains("`cooperatives_high_tech: 800` is more than `cooperatives_total: 758`")
            && err.contains("a part cannot exceed the whole"),
        "{err}"
    );
    // The page of the last good build is still there.
    assert!(site
        .read("reports/hoa-binh-2024/index.html")
        .contains(">41<"));
}

#[test]
fn part_of_names_a_figure_of_the_same_kind() {
    let site = Site::new();
    for (part_of, said) in [
        (
            "cooperatives_totl",
            "`cooperatives_high_tech`: `part_of: cooperatives_totl` names no figure",
        ),
        (
            "avg_income_per_worker",
            "a count figure cannot be a part of `avg_income_per_worker`, a money figure",
        ),
        ("cooperatives_high_tech", "cannot be a part of itself"),
    ] {
        site.file(
            "coopsite.yaml",
            PART.replace(
                "part_of: cooperatives_total",
                &format!("part_of: {part_of}"),
            ),
        );
        site.file(
            "content/hoa-binh-2024.md",
            front("Hòa Bình 2024", "Hòa Bình", 2024, ""),
        );
        let out = site.build(&[]);
        let err = common::stderr(&out);
        assert!(!out.status.success(), "{err}");
        assert!(
            err.contains("coopsite.yaml:7:") && err.contains(said),
            "{err}"
        );
    }
    site.file(
        "coopsite.yaml",
        PART.replace("cooperatives_total", "cooperatives_totl"),
    );
    let err = common::stderr(&site.build(&[]));
    assert!(err.contains("did you mean `cooperatives_total`?"), "{err}");
}
