//! A year's page compares its regions in two bar charts (cooperatives, average income
//! per worker): ranked, a `<title>` on every bar, no text over a bar, a note for the
//! regions left out, a CSV equal to the table; with hundreds of regions, the 30 with
//! the most cooperatives, and a page that stays light.

mod common;

use common::{between, front, table_rows, Site};

/// (region, cooperatives, average income per worker a month) of 2023.
const REGIONS: [(&str, u64, Option<u64>); 5] = [
    ("Hòa Bình", 758, Some(5_200_000)),
    ("Thừa Thiên Huế", 1059, Some(4_100_000)),
    ("Bà Rịa – Vũng Tàu", 412, Some(7_500_000)),
    ("Sơn La", 233, None),
    ("Lào Cai", 590, Some(3_900_000)),
];

fn report(site: &Site, region: &str, year: i32, total: u64, income: Option<u64>) {
    let mut yaml = format!("figures:\n  cooperatives_total: {total}\n");
    if let Some(m) = income {
        yaml.push_str(&format!(
            "  avg_income_per_worker: {{amount: {m}, per: month}}\n"
        ));
    }
    let slug = coopsite::urls::slugify(&format!("{region}-{year}"));
    site.file(
        &format!("content/{year}/{slug}.md"),
        front(&format!("{region} {year}"), region, year, &yaml),
    );
}

fn num(n: roxmltree::Node, key: &str) -> f64 {
    n.attribute(key).unwrap_or("0").parse().unwrap()
}

/// A bar: (x0, y0, x1, y1) and its tooltip.
type BarBox = ([f64; 4], String);

/// The bars of a chart, in document order, and its texts' boxes (0.6 em a character,
/// as tests/chart_geometry.rs reads them).
fn geometry(svg: &str) -> (Vec<BarBox>, Vec<([f64; 4], String)>) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let mut bars = Vec::new();
    let mut texts = Vec::new();
    for n in doc.descendants().filter(|n| n.is_element()) {
        if n.has_tag_name("rect") && n.attribute("class") == Some("bar") {
            let (x, y) = (num(n, "x"), num(n, "y"));
            let title = n
                .children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
                .unwrap_or_else(|| panic!("a bar without a <title>"));
            bars.push((
                [x, y, x + num(n, "width"), y + num(n, "height")],
                title.to_string(),
            ));
        }
        if n.has_tag_name("text") {
            let s = n.text().unwrap_or_default().trim().to_string();
            if s.is_empty() {
                continue;
            }
            let fs = num(n, "font-size");
            let w = 0.6 * fs * s.chars().count() as f64;
            let dy = match n.attribute("dy").unwrap_or("0") {
                d if d.ends_with("em") => d[..d.len() - 2].parse::<f64>().unwrap() * fs,
                d if d.ends_with("ex") => d[..d.len() - 2].parse::<f64>().unwrap() * fs * 0.5,
                d => d.parse().unwrap(),
            };
            let (x, base) = (num(n, "x"), num(n, "y") + dy);
            let left = match n.attribute("text-anchor") {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            let b = [
                left + 1.0,
                base - 0.8 * fs + 1.0,
                left + w - 1.0,
                base + 0.2 * fs - 1.0,
            ];
            texts.push((b, s));
        }
    }
    (bars, texts)
}

/// The inline charts of a page: (id of the SVG, SVG text).
fn svgs(html: &str) -> Vec<(String, String)> {
    html.match_indices("<svg")
        .map(|(i, _)| {
            let svg = &html[i..i + html[i..].find("</svg>").unwrap() + 6];
            (
                between(svg, "aria-labelledby=\"", "-title").to_string(),
                svg.to_string(),
            )
        })
        .collect()
}

/// Each chart's bars ranked and labelled, every text clear of every bar; the
/// tooltips in order.
fn check_chart(id: &str, svg: &str) -> Vec<String> {
    let (bars, texts) = geometry(svg);
    assert!(!bars.is_empty(), "{id}: no bars");
    for w in bars.windows(2) {
        let (a, b) = (&w[0].0, &w[1].0);
        assert!(a[2] - a[0] >= b[2] - b[0], "{id}: bars not ranked");
        assert!(a[3] <= b[1], "{id}: bars not one under the other");
    }
    for (t, s) in &texts {
        for (b, tip) in &bars {
            let clear = b[2] < t[0] || t[2] < b[0] || b[3] < t[1] || t[3] < b[1];
            assert!(clear, "{id}: \"{s}\" covers the bar of {tip}");
        }
    }
    bars.into_iter().map(|b| b.1).collect()
}

/// RFC 4180 records (no quotes needed by these names).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    text.split_terminator("\r\n")
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

#[test]
fn a_year_compares_its_regions_in_ranked_bars() {
    let site = Site::new();
    for (region, total, income) in REGIONS {
        report(&site, region, 2023, total, income);
    }
    report(&site, "Hòa Bình", 2022, 700, Some(5_000_000));
    site.build_ok();
    let html = site.read("years/2023/index.html");
    let charts: Vec<&str> = html.split("<div class=\"chart\">").skip(1).collect();
    assert_eq!(charts.len(), 2, "cooperatives and income");
    let all = svgs(&html);
    let ids: Vec<&str> = all.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "years-2023-counts-w",
            "years-2023-counts-n",
            "years-2023-income-w",
            "years-2023-income-n"
        ]
    );
    let counts = [
        "Thừa Thiên Huế, 2023 – Cooperatives: 1,059",
        "Hòa Bình, 2023 – Cooperatives: 758",
        "Lào Cai, 2023 – Cooperatives: 590",
        "Bà Rịa – Vũng Tàu, 2023 – Cooperatives: 412",
        "Sơn La, 2023 – Cooperatives: 233",
    ];
    let income = [
        "Bà Rịa – Vũng Tàu, 2023 – Average income per worker: 90 million VND",
        "Hòa Bình, 2023 – Average income per worker: 62.4 million VND",
        "Thừa Thiên Huế, 2023 – Average income per worker: 49.2 million VND",
        "Lào Cai, 2023 – Average income per worker: 46.8 million VND",
    ];
    for (id, svg) in &all {
        let tips = check_chart(id, svg);
        let want: &[&str] = if id.contains("counts") {
            &counts
        } else {
            &income
        };
        assert_eq!(tips, want, "{id}");
        assert!(svg.contains("prefers-color-scheme:dark"), "{id}");
        // Each value follows its bar: "1,059" after the longest, "90" after income's.
        let first = if id.contains("counts") {
            ">1,059<"
        } else {
            ">90<"
        };
        assert!(svg.contains(first), "{id}");
    }
    let (wide, narrow) = (&all[0].1, &all[1].1);
    assert!(wide.contains("width=\"720\"") && narrow.contains("width=\"360\""));
    // Sơn La states no income: left out of that chart, and said so.
    assert!(
        charts[1].contains("(Left out, with no figure: Sơn La.)"),
        "{}",
        between(charts[1], "<figcaption>", "</figcaption>")
    );
    assert!(!charts[0].contains("Left out"));
    assert!(charts[0].contains("Cooperatives by region, 2023</figcaption>"));
    // Five reports, each linked from the source line.
    let source = between(charts[0], "<p class=\"chart-source\">", "</p>");
    assert!(source.starts_with("From 5 reports, 2023:"), "{source}");
    assert_eq!(source.matches("<a href=").count(), 5, "{source}");
    // The CSV is the table under the chart, and the year's table's numbers.
    for (chart, stem) in charts.iter().zip(["counts", "income"]) {
        let csv = site.read(&format!("charts/years/2023-{stem}.csv"));
        assert_eq!(csv_rows(&csv), table_rows(chart), "{stem}");
        assert!(chart.contains(&format!("href=\"/charts/years/2023-{stem}.csv\"")));
    }
    let csv = site.read("charts/years/2023-income.csv");
    assert_eq!(
        csv,
        "Region,Average income per worker (VND per year)\r\nBà Rịa – Vũng Tàu,90000000\r\n\
         Hòa Bình,62400000\r\nThừa Thiên Huế,49200000\r\nLào Cai,46800000\r\n"
    );
    let year_table = between(&html, "<div id=\"year-table\">", "</table>");
    for row in csv_rows(&csv).iter().skip(1) {
        assert!(
            year_table.contains(&format!("<data value=\"{}\">", row[1])),
            "{row:?}"
        );
    }
    // One region in 2022: nothing to compare, no chart.
    assert!(!site.read("years/2022/index.html").contains("<svg"));
}

#[test]
fn hundreds_of_regions_show_the_largest_thirty() {
    let site = Site::new();
    for i in 0..400u64 {
        let income = (i % 7 != 3).then_some(3_000_000 + i * 10_000);
        report(&site, &format!("Province {i:03}"), 2023, 50 + i * 3, income);
    }
    site.build_ok();
    let html = site.read("years/2023/index.html");
    assert!(html.len() < 1024 * 1024, "{} KB", html.len() / 1024);
    let all = svgs(&html);
    assert_eq!(all.len(), 4);
    for (id, svg) in &all {
        let tips = check_chart(id, svg);
        assert!(tips.len() <= 30, "{id}: {} bars", tips.len());
        // The regions with the most cooperatives: 399, 398, …
        let first = if id.contains("counts") {
            "Province 399, 2023 – Cooperatives: 1,247"
        } else {
            "Province 399, 2023 – Average income per worker: 83.88 million VND"
        };
        assert_eq!(tips[0], first, "{id}");
    }
    let charts: Vec<&str> = html.split("<div class=\"chart\">").skip(1).collect();
    let note = between(charts[0], "<figcaption>", "</figcaption>");
    assert!(
        note.contains(
            "The 30 regions with the most cooperatives, of 400; the table below has them all."
        ),
        "{note}"
    );
    // 57 regions state no income: ten named, the others counted.
    let note = between(charts[1], "<figcaption>", "</figcaption>");
    assert!(
        note.contains("Left out, with no figure: Province 395, Province 388,")
            && note.contains(" and 47 more. The 30 regions with the most cooperatives, of 343;"),
        "{note}"
    );
    // The source sends to the year's table, which links every report.
    let source = between(charts[0], "<p class=\"chart-source\">", "</p>");
    assert!(
        source.contains("From 30 reports of 2023, one per region, each linked in <a href=\"/years/2023/#year-table\">the table below</a>"),
        "{source}"
    );
    assert!(
        !html.contains("class=\"pager\""),
        "400 regions rank on one page"
    );
    let csv = site.read("charts/years/2023-counts.csv");
    assert_eq!(csv_rows(&csv).len(), 31);
    assert_eq!(csv_rows(&csv), table_rows(charts[0]));
    // The same build again writes the same bytes.
    let first = common::tree(&site.root().join("output"));
    site.build_ok();
    assert!(first == common::tree(&site.root().join("output")));
}

#[test]
fn year_charts_speak_the_sites_language() {
    let site = Site::new();
    site.file("coopsite.yaml", "title: T\nlanguage: vi\n");
    for (region, total, income) in REGIONS {
        report(&site, region, 2023, total, income);
    }
    site.build_ok();
    let html = site.read("years/2023/index.html");
    assert!(
        html.contains("Số hợp tác xã theo tỉnh, năm 2023</figcaption>"),
        "vi title"
    );
    assert!(html.contains("Thừa Thiên Huế, 2023 – Số hợp tác xã: 1.059"));
    assert!(html.contains("(Không có trong biểu đồ vì thiếu số liệu: Sơn La.)"));
    assert!(html.contains("Từ 5 báo cáo năm 2023:"));
}

#[test]
fn a_year_of_thousands_of_regions_is_ranked_page_by_page() {
    let site = Site::new();
    for i in 0..1200u64 {
        report(&site, &format!("District {i:04}"), 2023, 10 + i, None);
    }
    site.build_ok();
    let first = site.read("years/2023/index.html");
    let third = site.read("years/2023/page/3/index.html");
    assert!(first.len() < 1024 * 1024 && third.len() < 1024 * 1024);
    assert!(
        first.contains("Regions: 1200"),
        "the count is the year's, not the page's"
    );
    assert!(first.contains("<td class=\"num rank\">1</td>") && first.contains("District 1199"));
    assert!(!first.contains("<td class=\"num rank\">501</td>"));
    assert!(third.contains("<td class=\"num rank\">1001</td>") && third.contains("District 0199"));
    assert!(third.contains("<td class=\"num rank\">1200</td>"));
    assert!(
        !third.contains("<div class=\"chart\">"),
        "the charts are on the first page"
    );
    assert!(first.contains("aria-current=\"page\">1</a>") && first.contains("/years/2023/page/3/"));
    assert!(!site.out("years/2023/page/4").exists());
    // The home page names the regions only while they are few: here it links the list.
    let home = site.read("index.html");
    assert!(home.matches("/regions/district-").count() < 100);
    assert!(home.contains("<a href=\"/regions/\">Regions</a> <small>(1200)</small>"));
}
