//! Side by side and to take away: year pages comparing every region, paginated lists,
//! `data/reports.json`, `data/figures.csv` and the front matter's JSON Schema.

mod common;

use std::path::Path;

use common::{front, Site};

fn example_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The example site built into a temp dir.
fn example() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    common::build_into(example_root(), &out);
    (tmp, out)
}

/// The `figures:` of a report file, as JSON.
fn front_matter(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let yaml = text
        .split("\n---\n")
        .next()
        .unwrap()
        .trim_start_matches("---\n");
    let v: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap();
    serde_json::to_value(v).unwrap()
}

#[test]
fn reports_json_round_trips_the_example_figures() {
    let (_tmp, out) = example();
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data/reports.json")).unwrap())
            .unwrap();
    let reports = data.as_array().unwrap();
    assert_eq!(reports.len(), 2);
    let fr = reports
        .iter()
        .find(|r| r["slug"] == "province-b-2024")
        .unwrap();
    let fm = front_matter(&example_root().join("content/2024/province-b-2024.md"));
    let value = |key: &str| {
        fr["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == key)
            .unwrap()
            .clone()
    };
    for key in [
        "cooperatives_total",
        "cooperatives_new",
        "cooperatives_agricultural",
        "cooperative_groups",
    ] {
        assert_eq!(
            value(key)["value"].as_f64(),
            fm["figures"][key].as_f64(),
            "{key}"
        );
        assert_eq!(value(key)["kind"], "count");
    }
    assert_eq!(value("avg_revenue_per_cooperative")["value"], 850_000_000.0);
    let income = value("avg_income_per_worker");
    assert_eq!(income["value"], 67_200_000.0, "money normalised to a year");
    assert_eq!(
        (income["currency"].as_str(), income["per"].as_str()),
        (Some("VND"), Some("year"))
    );
    assert!(income["sentence"]
        .as_str()
        .unwrap()
        .contains("5,6 millions de VND"));
    assert_eq!(fr["targets"][0]["key"], "cooperatives_new");
    assert_eq!(fr["targets"][0]["value"], 60.0);
    assert_eq!(
        fr["url"],
        "https://example.github.io/coopsite/reports/province-b-2024/"
    );
    let ms = reports
        .iter()
        .find(|r| r["slug"] == "province-a-2023")
        .unwrap();
    let revenue = ms["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "avg_revenue_per_cooperative")
        .unwrap();
    assert_eq!(revenue["value"], 2_295_000_000.0);
    assert_eq!(revenue["as_written"], "2 bilion 295 juta");
}

#[test]
fn figures_csv_reads_with_a_csv_reader_and_quotes_what_it_must() {
    let site = Site::new();
    site.file(
        "content/a.md",
        front(
            "A",
            "Bà Rịa, \"Vũng\" Tàu",
            2023,
            "figures:\n  cooperatives_total: 12\n",
        ),
    );
    site.file("content/b.md", front("B", "Hòa Bình", 2023, "figures:\n  cooperatives_total: 30\n  avg_income_per_worker: {amount: 5000000, per: month}\n"));
    site.build_ok();
    let text = site.read("data/figures.csv");
    assert!(text.contains("\"Bà Rịa, \"\"Vũng\"\" Tàu\""), "{text}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "region",
            "region_code",
            "year",
            "date",
            "union",
            "title",
            "report_url",
            "source_url",
            "section",
            "key",
            "label",
            "value",
            "unit",
            "period",
            "as_written",
            "sentence",
            "check",
            "lang"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][0], "Bà Rịa, \"Vũng\" Tàu");
    let income = rows
        .iter()
        .find(|r| &r[9] == "avg_income_per_worker")
        .unwrap();
    assert_eq!(
        (&income[11], &income[12], &income[13]),
        ("60000000", "VND", "year")
    );
}

#[test]
fn a_year_page_lists_every_region_of_that_year_ranked() {
    let site = Site::new();
    site.file(
        "content/a.md",
        front(
            "A",
            "Hòa Bình",
            2023,
            "figures:\n  cooperatives_total: 758\n",
        ),
    );
    site.file(
        "content/b.md",
        front(
            "B",
            "Lào Cai",
            2023,
            "figures:\n  cooperatives_total: 1204\n",
        ),
    );
    site.file("content/c.md", front("C", "Sơn La", 2023, ""));
    site.file(
        "content/d.md",
        front(
            "D",
            "Hòa Bình",
            2022,
            "figures:\n  cooperatives_total: 700\n",
        ),
    );
    site.build_ok();
    let page = site.read("years/2023/index.html");
    let (lc, hb, sl) = (
        page.find("Lào Cai").unwrap(),
        page.find("Hòa Bình").unwrap(),
        page.find("Sơn La").unwrap(),
    );
    assert!(lc < hb && hb < sl, "ranked by cooperatives, unstated last");
    assert!(
        page.contains("href=\"/years/2022/\""),
        "a link to the year before"
    );
    assert!(
        page.contains("href=\"/reports/b/\""),
        "each region links its report"
    );
    let years = site.read("years/index.html");
    assert!(years.contains("/years/2023/") && years.contains("/years/2022/"));
    let home = site.read("index.html");
    assert!(
        home.contains("Regions compared in 2023"),
        "the home page compares the latest year"
    );
}

#[test]
fn long_lists_are_paginated() {
    let site = Site::new();
    // Two regions of 115 reports each: a region's list has pages too.
    for i in 0..230 {
        let region = format!("Region {}", i % 2);
        site.file(
            &format!("content/r{i}.md"),
            front(&format!("R{i}"), &region, 1800 + i, "tags: [all]\n"),
        );
    }
    site.build_ok();
    let home = site.read("index.html");
    assert!(site.out("reports/page/3/index.html").exists());
    assert!(!site.out("reports/page/4/index.html").exists());
    assert!(site.out("tags/all/page/3/index.html").exists());
    let region2 = site.read("regions/region-0/page/2/index.html");
    assert!(region2.contains("Page 2 of 2"));
    assert!(region2.contains("rel=\"prev\" href=\"/regions/region-0/\""));
    let page2 = site.read("reports/page/2/index.html");
    assert!(page2.contains("rel=\"prev\" href=\"/reports/\""));
    assert!(page2.contains("rel=\"next\" href=\"/reports/page/3/\""));
    assert!(page2.contains("Page 2 of 3"));
    let newest = &home[home.find("newest-reports").unwrap()..];
    let newest = &newest[newest.find("<tbody>").unwrap()..newest.find("</table>").unwrap()];
    assert_eq!(
        newest.matches("<tr>").count(),
        10,
        "the home page lists the 10 newest"
    );
    assert!(
        home.contains("href=\"/reports/\""),
        "and links the full list"
    );
}

fn schema() -> serde_json::Value {
    let root = example_root();
    let o = common::coopsite(root, &["schema", "--root", root.to_str().unwrap()]);
    assert!(o.status.success());
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn the_schema_validates_reports_and_rejects_a_negative_count() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    for f in [
        "content/2023/tinh-a-2023.md",
        "content/2024/province-b-2024.md",
    ] {
        let fm = front_matter(&example_root().join(f));
        let errors: Vec<String> = validator.iter_errors(&fm).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{f}: {errors:?}");
    }
    let mut bad = front_matter(&example_root().join("content/2024/province-b-2024.md"));
    bad["figures"]["cooperatives_total"] = serde_json::json!(-5);
    assert!(!validator.is_valid(&bad));
    bad["figures"]["cooperatives_total"] = serde_json::json!(5);
    bad["titel"] = serde_json::json!("x");
    assert!(!validator.is_valid(&bad), "unknown keys are refused");
}
