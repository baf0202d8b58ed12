//! Figures to take away: `data/figures.csv` with where each figure comes from and what
//! the text says of it, the copy Excel reads, `reports.json` with whole numbers as
//! integers, and `data/datapackage.json` valid against the Data Package standard.

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
    let o = common::build_into(example_root(), &out);
    assert!(o.status.success(), "{}", common::stderr(&o));
    (tmp, out)
}

/// The rows of a CSV text as maps from column to value.
fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn figures_csv_says_where_each_figure_comes_from_for_the_seeds() {
    let (_tmp, out) = example();
    let text = std::fs::read_to_string(out.join("data/figures.csv")).unwrap();
    let header = text.lines().next().unwrap();
    assert_eq!(
        header,
        "region,region_code,year,date,union,title,report_url,source_url,section,key,label,value,unit,period,as_written,sentence,check,lang"
    );
    let rows = csv_rows(&text);
    let row = |slug: &str, section: &str, key: &str| {
        rows.iter()
            .find(|r| r["report_url"].contains(slug) && r["section"] == section && r["key"] == key)
            .unwrap_or_else(|| panic!("{slug} {section}.{key}"))
            .clone()
    };
    let total = row("province-b-2024", "figures", "cooperatives_total");
    assert_eq!(total["region"], "Province B");
    assert_eq!(total["region_code"], "", "no register: no code");
    assert_eq!(total["year"], "2024");
    assert_eq!(total["date"], "2025-01-03");
    assert_eq!(total["union"], "Union coopérative provinciale");
    assert!(total["title"].starts_with("L’Union coopérative provinciale passe en revue 2024"));
    assert_eq!(
        total["report_url"],
        "https://example.github.io/coopsite/reports/province-b-2024/"
    );
    assert_eq!(
        (total["value"].as_str(), total["unit"].as_str()),
        ("1059", "count")
    );
    assert_eq!(total["as_written"], "1059");
    assert_eq!(total["lang"], "fr");
    let income = row("province-b-2024", "figures", "avg_income_per_worker");
    assert_eq!(
        (
            income["value"].as_str(),
            income["unit"].as_str(),
            income["period"].as_str()
        ),
        ("67200000", "VND", "year"),
        "money per month is given per year"
    );
    assert!(
        income["sentence"].contains("5,6 millions de VND"),
        "{income:?}"
    );
    assert_eq!(income["check"], "stated");
    let revenue = row("province-a-2023", "figures", "avg_revenue_per_cooperative");
    assert_eq!(revenue["value"], "2295000000");
    assert_eq!(revenue["as_written"], "2 bilion 295 juta");
    let target = row("province-b-2024", "targets", "cooperatives_new");
    assert_eq!(target["value"], "60");
    for r in &rows {
        assert!(
            ["stated", "not-stated", "differs"].contains(&r["check"].as_str()),
            "{r:?}"
        );
        assert_eq!(r["check"] == "stated", !r["sentence"].is_empty(), "{r:?}");
    }
}

#[test]
fn a_figure_the_text_does_not_state_is_marked_not_stated() {
    let site = Site::new();
    site.file(
        "content/a.md",
        "---\ntitle: A\ndate: 2024-01-05\nyear: 2023\nunion: U\nregion: Bình Định\nfigures:\n  cooperatives_total: 412\n  cooperatives_new: 17\n---\n\nThe province had 412 cooperatives.\n",
    );
    site.build_ok();
    let rows = csv_rows(&site.read("data/figures.csv"));
    let check = |key: &str| {
        let r = rows.iter().find(|r| r["key"] == key).unwrap();
        (r["check"].clone(), r["sentence"].clone())
    };
    assert_eq!(
        check("cooperatives_total"),
        ("stated".into(), "The province had 412 cooperatives.".into())
    );
    assert_eq!(
        check("cooperatives_new"),
        ("not-stated".into(), String::new())
    );
}

#[test]
fn the_excel_copy_starts_with_a_byte_order_mark_and_holds_the_same_rows() {
    let site = Site::new();
    site.file(
        "content/a.md",
        front(
            "A",
            "Bình Định",
            2023,
            "figures:\n  cooperatives_total: 12\n",
        ),
    );
    site.build_ok();
    let plain = std::fs::read(site.out("data/figures.csv")).unwrap();
    let excel = std::fs::read(site.out("data/figures-excel.csv")).unwrap();
    assert_eq!(&excel[..3], b"\xEF\xBB\xBF", "UTF-8 byte-order mark");
    assert_ne!(&plain[..3], b"\xEF\xBB\xBF", "the plain file has none");
    assert_eq!(&excel[3..], &plain[..]);
    assert!(String::from_utf8(plain).unwrap().contains("Bình Định"));
    let home = site.read("index.html");
    assert!(home.contains("href=\"/data/figures-excel.csv\""), "linked");
    assert!(home.contains("href=\"/data/datapackage.json\""), "linked");
}

#[test]
fn reports_json_writes_whole_numbers_as_integers() {
    let (_tmp, out) = example();
    let text = std::fs::read_to_string(out.join("data/reports.json")).unwrap();
    assert!(text.contains("\"value\":1059,"), "a count as an integer");
    assert!(text.contains("\"value\":67200000,"), "money as an integer");
    assert!(
        !text.contains(".0,"),
        "no whole number written with a decimal"
    );
    let data: serde_json::Value = serde_json::from_str(&text).unwrap();
    let b = data
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == "province-b-2024")
        .unwrap();
    assert!(b["figures"][0]["value"].is_u64());
    assert_eq!(b["region_code"], "");
    assert!(b["figures"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["check"] == "stated" || f["check"] == "not-stated"));
}

fn package_schema() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            example_root().join("tests/datapackage/datapackage-2.0.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn the_data_package_is_valid_and_describes_every_file_and_column() {
    let (_tmp, out) = example();
    let text = std::fs::read_to_string(out.join("data/datapackage.json")).unwrap();
    let package: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = package_schema();
    let errors: Vec<String> = validator
        .iter_errors(&package)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        package["licenses"][0]["name"], "CC-BY-4.0",
        "the default licence"
    );
    assert_eq!(
        package["created"], "2025-01-03T00:00:00Z",
        "the newest conference"
    );
    assert_eq!(
        package["sources"][0]["path"],
        "https://example.github.io/coopsite/"
    );
    let resources = package["resources"].as_array().unwrap();
    for r in resources {
        let path = r["path"].as_str().unwrap();
        assert!(out.join("data").join(path).is_file(), "{path} exists");
    }
    let paths: Vec<&str> = resources
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["figures.csv", "figures-excel.csv", "reports.json"]);
    let csv_text = std::fs::read_to_string(out.join("data/figures.csv")).unwrap();
    let header: Vec<&str> = csv_text.lines().next().unwrap().split(',').collect();
    let fields = resources[0]["schema"]["fields"].as_array().unwrap();
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, header, "one field per column, in order");
    for f in fields {
        assert!(f["type"].is_string() && !f["description"].as_str().unwrap().is_empty());
    }
    let value = fields.iter().find(|f| f["name"] == "value").unwrap();
    assert_eq!(value["type"], "number");
    // The schema refuses what is wrong: a package without resources.
    let mut bad = package.clone();
    bad["resources"] = serde_json::json!([]);
    assert!(!validator.is_valid(&bad));
}

#[test]
fn the_licence_comes_from_coopsite_yaml_and_a_bad_one_is_refused() {
    let site = Site::new();
    site.file("coopsite.yaml", "title: T\ndata_license: ODbL-1.0\n");
    site.file("content/a.md", front("A", "Hòa Bình", 2023, ""));
    site.build_ok();
    let package: serde_json::Value =
        serde_json::from_str(&site.read("data/datapackage.json")).unwrap();
    assert_eq!(package["licenses"][0]["name"], "ODbL-1.0");
    assert!(package["licenses"][0]["path"]
        .as_str()
        .unwrap()
        .contains("odbl"));
    assert!(package_schema().is_valid(&package));
    assert!(
        site.read("index.html").contains("ODbL-1.0"),
        "the home page says it"
    );
    site.file("coopsite.yaml", "title: T\ndata_license: CC BY 4.0\n");
    let o = site.build(&[]);
    assert!(!o.status.success());
    let err = common::stderr(&o);
    assert!(
        err.contains("coopsite.yaml:2:")
            && err.contains("not a licence id")
            && err.contains("CC-BY-4.0"),
        "{err}"
    );
}

#[test]
fn the_open_data_is_the_same_bytes_build_after_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    common::build_into(example_root(), &a);
    common::build_into(example_root(), &b);
    for f in [
        "figures.csv",
        "figures-excel.csv",
        "reports.json",
        "datapackage.json",
    ] {
        let (x, y) = (
            std::fs::read(a.join("data").join(f)).unwrap(),
            std::fs::read(b.join("data").join(f)).unwrap(),
        );
        assert!(!x.is_empty());
        assert_eq!(x, y, "{f}");
    }
}
