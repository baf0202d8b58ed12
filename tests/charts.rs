//! Charts as a reader gets them: SVG files and inline charts that are valid XML,
//! gaps kept as gaps, readable with many regions, numbers in the site's language.

mod common;

use common::{front, Site};

fn figures(total: Option<u64>, extra: &str) -> String {
    let mut s = String::from("figures:\n");
    if let Some(t) = total {
        s.push_str(&format!("  cooperatives_total: {t}\n"));
    }
    s.push_str(extra);
    s
}

fn report(site: &Site, region: &str, year: i32, yaml: &str) {
    let slug = coopsite::urls::slugify(&format!("{region}-{year}"));
    site.file(
        &format!("content/{year}/{slug}.md"),
        front(&format!("{region} {year}"), region, year, yaml),
    );
}

/// Every SVG file and every inline chart of the output, parsed as XML.
fn all_svgs(site: &Site) -> Vec<(String, String)> {
    let out = site.root().join("output");
    let mut svgs = Vec::new();
    for (path, bytes) in common::tree(&out) {
        // The charts' files and the pages (not the PNGs, nor the site's icon).
        let chart = path.ends_with(".svg") && path.contains("charts/");
        if !(chart || path.ends_with(".html")) {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        if path.ends_with(".svg") {
            svgs.push((path, text));
        } else if path.ends_with(".html") {
            let mut rest = text.as_str();
            while let Some(i) = rest.find("<svg") {
                let end = rest[i..].find("</svg>").expect("closed svg") + i + 6;
                svgs.push((format!("{path} (inline)"), rest[i..end].to_string()));
                rest = &rest[end..];
            }
        }
    }
    for (path, svg) in &svgs {
        let doc =
            roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{path} is not XML: {e}"));
        let root = doc.root_element();
        assert!(root.attribute("viewBox").is_some(), "{path} has no viewBox");
        let first: Vec<&str> = root
            .children()
            .filter(|n| n.is_element())
            .take(2)
            .map(|n| n.tag_name().name())
            .collect();
        assert_eq!(first, ["title", "desc"], "{path}");
        assert!(
            svg.contains("<style>@media screen and (prefers-color-scheme:dark){"),
            "{path} has its dark colours"
        );
    }
    svgs
}

fn svg(site: &Site, path: &str) -> String {
    site.read(path)
}

/// The polylines of one colour, as point counts.
fn lines_of(svg: &str, colour: &str) -> Vec<usize> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(colour))
        .map(|n| {
            n.attribute("points")
                .unwrap_or_default()
                .split_whitespace()
                .count()
        })
        .collect()
}

/// The text of every `<text>` element, trimmed.
fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().trim().to_string())
        .collect()
}

const FIRST_SERIES: &str = "#08306b";

#[test]
fn fixed_site_charts_snapshot() {
    let site = Site::new();
    for (year, total, income) in [
        (2019, 800, 4_500_000),
        (2020, 850, 4_800_000),
        (2022, 900, 5_600_000),
    ] {
        report(&site, "Province A", year, &figures(Some(total), &format!(
            "  cooperatives_new: {}\n  avg_revenue_per_cooperative: 2295000000\n  avg_income_per_worker: {{amount: {income}, per: month}}\n",
            total / 20
        )));
    }
    site.build_ok();
    all_svgs(&site);
    insta::assert_snapshot!("home_counts", svg(&site, "charts/home-counts.svg"));
    insta::assert_snapshot!("home_income", svg(&site, "charts/home-income.svg"));
    let page = site.read("reports/province-a-2020/index.html");
    let shown: Vec<&str> = page
        .match_indices("<object data=\"")
        .map(|(start, m)| {
            let url = &page[start + m.len()..];
            &url[..url.find('"').unwrap()]
        })
        .collect();
    assert_eq!(
        shown,
        [
            "/charts/regions/province-a-report-counts.svg#y2020",
            "/charts/regions/province-a-report-counts-narrow.svg#y2020",
            "/charts/regions/province-a-report-income.svg#y2020",
            "/charts/regions/province-a-report-income-narrow.svg#y2020",
        ],
        "counts and income, wide and narrow: the region's files, opened at the report's year"
    );
    assert!(
        !page.contains("<svg"),
        "a report page carries no drawing of its own"
    );
    assert_eq!(
        page.matches("<tr class=\"current\"><th scope=\"row\">2020</th>")
            .count(),
        2,
        "each chart's table marks the report's own year"
    );
    assert_eq!(
        page.matches("<tr class=\"current\">").count(),
        2,
        "and no other"
    );
    for year in [2019, 2020, 2022] {
        assert_eq!(
            page.matches(&format!(
                "<a href=\"/reports/province-a-{year}/\">{year}</a>"
            ))
            .count(),
            2,
            "each chart's source line links the region's report of {year}"
        );
    }
    let counts = svg(&site, "charts/regions/province-a-report-counts.svg");
    for year in [2019, 2020, 2022] {
        assert!(
            counts.contains(&format!("<g class=\"hly\" id=\"y{year}\">")),
            "{year}'s highlight, shown at #y{year}"
        );
    }
    assert!(
        !counts.contains("id=\"y2021\""),
        "no highlight for a year without figures"
    );
    assert!(counts.contains(".hly{display:none}.hly:target{display:inline}"));
    assert_eq!(
        site.read("charts/regions/province-a-income.csv"),
        "Year,Average income per worker (VND per year)\r\n2019,54000000\r\n2020,57600000\r\n2021,\r\n2022,67200000\r\n",
        "the income chart's numbers, a gap left empty"
    );
    assert!(
        page.contains("href=\"/charts/regions/province-a-income.csv\""),
        "the report links its region's CSV"
    );
    assert!(page.contains("href=\"/charts/regions/province-a-totals.csv\""));
    insta::assert_snapshot!("report_counts_file", counts);
    insta::assert_snapshot!(
        "report_income_narrow_file",
        svg(&site, "charts/regions/province-a-report-income-narrow.svg")
    );
}

#[test]
fn missing_years_are_gaps_not_zeros() {
    let site = Site::new();
    for year in [2019, 2020, 2022] {
        report(
            &site,
            "Province A",
            year,
            &figures(Some(100 + year as u64 - 2019), ""),
        );
    }
    // 2021 has a report without the total: a gap too, not a zero.
    report(
        &site,
        "Province A",
        2021,
        &figures(None, "  cooperatives_new: 3\n"),
    );
    site.build_ok();
    let counts = svg(&site, "charts/regions/province-a-counts.svg");
    let lines = lines_of(&counts, FIRST_SERIES);
    assert!(!lines.is_empty(), "{counts}");
    assert!(
        lines.iter().all(|&n| n <= 2),
        "no line joins 2020 to 2022: {lines:?}"
    );
    assert!(lines.contains(&2), "2019–2020 is one line: {lines:?}");
    let doc = roxmltree::Document::parse(&counts).unwrap();
    let dots = doc
        .descendants()
        .filter(|n| {
            n.has_tag_name("circle")
                && n.parent_element().and_then(|g| g.attribute("fill")) == Some(FIRST_SERIES)
        })
        .count();
    assert_eq!(dots, 3, "a point for each year with a total");
    let page = site.read("regions/province-a/index.html");
    assert!(
        page.contains("<th scope=\"row\">2021</th><td class=\"num\">–</td>"),
        "the data table shows the gap"
    );
}

#[test]
fn one_year_no_figures_and_no_figures_at_all_build() {
    let site = Site::new();
    report(&site, "Lonely", 2023, &figures(Some(12), ""));
    report(&site, "Empty", 2023, "");
    site.build_ok();
    all_svgs(&site);
    assert!(site.out("charts/regions/lonely-counts.svg").is_file());
    assert!(
        !site.out("charts/regions/empty-counts.svg").exists(),
        "no chart without data"
    );
    assert!(site
        .read("reports/lonely-2023/index.html")
        .contains("lonely-report-counts.svg#y2023"));
    assert!(!site
        .read("reports/empty-2023/index.html")
        .contains("<object"));

    let bare = Site::new();
    report(&bare, "A", 2023, "");
    report(&bare, "B", 2024, "");
    bare.build_ok();
    assert!(!bare.out("charts").exists());
    assert!(!bare.read("index.html").contains("class=\"chart\""));
}

#[test]
fn very_large_and_very_small_values() {
    let site = Site::new();
    report(
        &site,
        "Big",
        2022,
        &figures(
            Some(0),
            "  cooperatives_new: 0\n  avg_revenue_per_cooperative: 1000000000000\n",
        ),
    );
    report(
        &site,
        "Big",
        2023,
        &figures(Some(0), "  avg_revenue_per_cooperative: 999000000000\n"),
    );
    site.build_ok();
    all_svgs(&site);
    let incomes = svg(&site, "charts/home-avg-revenue-per-cooperative.svg");
    let labels = texts(&incomes);
    assert!(
        labels.iter().any(|t| t == "Billion VND per year"),
        "large money switches to billions: {labels:?}"
    );
    assert!(
        labels.iter().any(|t| t == "1,000"),
        "a tick at 1,000 billion: {labels:?}"
    );
    let counts = svg(&site, "charts/home-counts.svg");
    assert!(
        !counts.contains("NaN") && !counts.contains("inf"),
        "{counts}"
    );
}

#[test]
fn fifty_regions_become_small_multiples() {
    let site = Site::new();
    for i in 0..50 {
        for year in [2022, 2023] {
            report(
                &site,
                &format!("Region {i:02}"),
                year,
                &figures(Some(100 + i), ""),
            );
        }
    }
    site.build_ok();
    let counts = svg(&site, "charts/home-counts.svg");
    let labels = texts(&counts);
    for i in 0..50 {
        assert!(
            labels.contains(&format!("Region {i:02}")),
            "Region {i:02} has a panel"
        );
    }
    let doc = roxmltree::Document::parse(&counts).unwrap();
    let height: f64 = doc
        .root_element()
        .attribute("height")
        .unwrap()
        .parse()
        .unwrap();
    assert!(height > 1000.0, "panels get room: {height}");
    assert!(
        lines_of(&counts, FIRST_SERIES).len() >= 50,
        "one line per panel"
    );
}

#[test]
fn numbers_and_labels_follow_the_site_language() {
    for (lang, number, unit, tip) in [
        (
            "en",
            "1,059",
            "Cooperatives",
            "A, 2023 – Cooperatives: 1,059",
        ),
        (
            "fr",
            "1\u{202f}059",
            "Coopératives",
            "A, 2023 – Coopératives : 1\u{202f}059",
        ),
        (
            "vi",
            "1.059",
            "Hợp tác xã",
            "A, 2023 – Số hợp tác xã: 1.059",
        ),
        ("ms", "1,059", "Koperasi", "A, 2023 – Koperasi: 1,059"),
    ] {
        let site = Site::new();
        site.file("coopsite.yaml", format!("language: {lang}\n"));
        report(&site, "A", 2023, &figures(Some(1059), ""));
        report(&site, "A", 2024, &figures(Some(1100), ""));
        site.build_ok();
        let region = site.read("regions/a/index.html");
        assert!(
            region.contains(&format!(
                "<td class=\"num\"><data value=\"1059\">{number}</data></td>"
            )),
            "{lang}: table shows {number}"
        );
        let counts = svg(&site, "charts/regions/a-counts.svg");
        let labels = texts(&counts);
        assert!(
            labels.iter().any(|t| t == unit),
            "{lang}: unit {unit} in {labels:?}"
        );
        assert!(
            counts.contains(&format!("<title>{tip}</title>")),
            "{lang}: {tip}"
        );
    }
}

/// Whether `rsvg-convert` can be run. Under CI (`CI=true`, as `.ci/run` is run, which
/// installs it) a missing one fails the test instead of skipping it.
fn rsvg_convert_present() -> bool {
    let ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
    match std::process::Command::new("rsvg-convert")
        .arg("--version")
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "rsvg-convert --version failed");
            true
        }
        Err(e) if ci => panic!(
            "rsvg-convert is needed under CI (apt-get install librsvg2-bin) and cannot run: {e}"
        ),
        Err(_) => {
            eprintln!(
                "note: rsvg-convert not installed, SVG rendering not checked (CI fails here)"
            );
            false
        }
    }
}

#[test]
fn svg_renders_without_warnings_where_rsvg_is_installed() {
    if !rsvg_convert_present() {
        return;
    }
    let site = Site::new();
    for (year, total) in [(2021, 10), (2023, 30)] {
        report(
            &site,
            "Đắk Lắk & Co",
            year,
            &figures(Some(total), "  avg_income_per_worker: 50000000\n"),
        );
    }
    site.build_ok();
    let svgs = all_svgs(&site);
    let names: Vec<&str> = svgs.iter().map(|(p, _)| p.as_str()).collect();
    assert!(
        names.contains(&"charts/home-counts.svg") && names.iter().any(|p| p.ends_with("(inline)")),
        "the chart files and a report's inline chart are checked: {names:?}"
    );
    let (file, png) = (site.root().join("check.svg"), site.root().join("check.png"));
    for (path, svg) in svgs {
        std::fs::write(&file, svg).unwrap();
        let _ = std::fs::remove_file(&png);
        let out = std::process::Command::new("rsvg-convert")
            .arg("-o")
            .arg(&png)
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{path}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let drawn = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
        assert!(drawn > 0, "{path}: rsvg-convert wrote no image");
    }
}

#[test]
fn colours_come_from_the_config_and_need_contrast() {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "charts:\n  colors: [\"#222222\", \"#7a3a9a\"]\n  bar: \"#555555\"\n  highlight: \"#a3195b\"\n",
    );
    report(
        &site,
        "A",
        2022,
        &figures(Some(5), "  cooperatives_new: 1\n"),
    );
    report(
        &site,
        "A",
        2023,
        &figures(Some(7), "  cooperatives_new: 2\n"),
    );
    site.build_ok();
    let counts = svg(&site, "charts/home-counts.svg");
    assert!(
        !lines_of(&counts, "#222222").is_empty(),
        "first series in the first colour"
    );
    assert!(
        !lines_of(&counts, "#7a3a9a").is_empty(),
        "second series in the second colour"
    );
    let report = svg(&site, "charts/regions/a-report-counts.svg");
    assert!(report.contains("fill=\"#555555\"") && report.contains("fill=\"#a3195b\""));

    site.file(
        "coopsite.yaml",
        "charts:\n  colors: [\"#0b5cad\", \"#ffdd00\"]\n",
    );
    let o = site.build(&[]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains("coopsite.yaml:2:3: chart colour #ffdd00 has a contrast of 1.3:1 on white"),
        "{err}"
    );
}

#[test]
fn past_sixty_regions_the_largest_by_latest_total_are_shown() {
    let site = Site::new();
    for i in 0..65u64 {
        // Ranks flip between the years: the latest year decides.
        report(
            &site,
            &format!("Region {i:02}"),
            2022,
            &figures(Some(1000 - i), ""),
        );
        report(
            &site,
            &format!("Region {i:02}"),
            2023,
            &figures(Some(10 + i), ""),
        );
    }
    site.build_ok();
    let counts = svg(&site, "charts/home-counts.svg");
    let labels = texts(&counts);
    for i in 0..5 {
        assert!(
            !labels.contains(&format!("Region {i:02}")),
            "Region {i:02} is among the smallest"
        );
    }
    for i in 5..65 {
        assert!(
            labels.contains(&format!("Region {i:02}")),
            "Region {i:02} is shown"
        );
    }
    let home = site.read("index.html");
    assert!(
        home.contains("60 regions with the most cooperatives, of 65."),
        "the chart says what it leaves out"
    );
}

#[test]
fn figures_share_a_chart_only_when_they_share_a_scale() {
    let site = Site::new();
    for (region, profit) in [("Far", 250_000_000), ("Near", 900_000_000)] {
        for year in [2022, 2023] {
            report(
                &site,
                region,
                year,
                &figures(
                    Some(1000),
                    &format!(
                        "  cooperatives_new: 40\n  cooperatives_effective: 600\n  avg_revenue_per_cooperative: 2000000000\n  avg_profit_per_cooperative: {profit}\n  avg_income_per_worker: 60000000\n"
                    ),
                ),
            );
        }
    }
    site.build_ok();
    // Revenue ten times profit: each its own chart; 2 against 0.9 billion: one chart.
    assert!(site
        .out("charts/regions/far-avg-revenue-per-cooperative.svg")
        .is_file());
    assert!(site
        .out("charts/regions/far-avg-profit-per-cooperative.svg")
        .is_file());
    assert!(site
        .out("charts/regions/near-avg-revenue-per-cooperative.svg")
        .is_file());
    assert!(!site
        .out("charts/regions/near-avg-profit-per-cooperative.svg")
        .exists());
    // New cooperatives (40 of 1,000) get their own axis; effective ones share the total's.
    let counts = svg(&site, "charts/regions/far-counts.svg");
    assert!(texts(&counts).iter().any(|t| t == "Effective cooperatives"));
    assert!(!texts(&counts).iter().any(|t| t == "New cooperatives"));
    assert!(site
        .out("charts/regions/far-cooperatives-new.svg")
        .is_file());
    // Income always alone, whatever its size.
    let income = svg(&site, "charts/regions/near-income.svg");
    assert_eq!(lines_of(&income, FIRST_SERIES).len(), 1);
    assert!(income.contains("<title id=\"regions-near-income-w-title\">Average income per worker over the years: Near</title>"));
}
