//! Search: the box on every page, the search page for readers without JavaScript, and
//! the index `search.js` reads, built with the real binary from the fixture site the
//! browser test also uses (tests/browser/site). What a reader's browser does with the
//! index is tested in tests/browser/search.mjs (headless Chromium, run by .ci/run).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{build_into, coopsite, stderr, Site};
use serde_json::Value;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/site")
}

struct Built {
    _dir: tempfile::TempDir,
    out: PathBuf,
}

impl Built {
    fn read(&self, rel: &str) -> String {
        let p = self.out.join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }
    fn json(&self, rel: &str) -> Value {
        serde_json::from_str(&self.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

fn built() -> Built {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    build_into(&fixture(), &out);
    Built { _dir: dir, out }
}

/// A posting as `search.js` reads it: gaps, or base64 bits.
fn ids(posting: &Value) -> Vec<usize> {
    match posting {
        Value::Array(gaps) => {
            let mut id = 0;
            gaps.iter()
                .map(|g| {
                    id += g.as_u64().unwrap() as usize;
                    id
                })
                .collect()
        }
        Value::String(b64) => {
            let digit = |c: u8| {
                let abc = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                abc.iter().position(|&a| a == c).unwrap() as u32
            };
            let mut bytes: Vec<u8> = Vec::new();
            for quad in b64.as_bytes().chunks(4) {
                let pad = quad.iter().filter(|&&c| c == b'=').count();
                let v = quad
                    .iter()
                    .map(|&c| if c == b'=' { 0 } else { digit(c) })
                    .fold(0, |v, d| (v << 6) | d);
                bytes.extend(&v.to_be_bytes()[1..4 - pad]);
            }
            (0..bytes.len() * 8)
                .filter(|&i| bytes[i / 8] & (1 << (i % 8)) != 0)
                .collect()
        }
        other => panic!("not a posting: {other}"),
    }
}

/// The reports (by title) that hold `token`, in the tree under `prefix`.
fn titles_with(b: &Built, prefix: &str, token: &str) -> Vec<String> {
    let key: String = token.chars().take(2).collect();
    let path = format!("{prefix}search/t/{key}.json");
    if !b.out.join(&path).exists() {
        return Vec::new();
    }
    let shard = b.json(&path);
    let Some(posting) = shard.get(token) else {
        return Vec::new();
    };
    let mut titles: Vec<String> = ids(posting)
        .into_iter()
        .map(|id| {
            let chunk = b.json(&format!("{prefix}search/r/{}.json", id / 20));
            chunk[id % 20]["t"].as_str().unwrap().to_string()
        })
        .collect();
    titles.sort();
    titles
}

#[test]
fn every_page_has_a_search_box_that_loads_nothing_until_used() {
    let b = built();
    for page in [
        "index.html",
        "reports/dak-lak-2024/index.html",
        "regions/index.html",
        "404.html",
    ] {
        let html = b.read(page);
        assert!(
            html.contains(r#"<form class="search" id="search-box" role="search" action="/repo/search/" method="get" data-search="/repo/search/" data-script="/repo/search.js">"#),
            "{page}"
        );
        assert!(
            html.contains(r#"<label class="search-label" for="search-q">Tìm báo cáo</label>"#),
            "{page}"
        );
        assert!(
            html.contains(r#"role="status" aria-live="polite""#),
            "{page}"
        );
        // The script is only named, not loaded: no src= to it, no index fetched.
        assert!(!html.contains(r#"src="/repo/search.js""#), "{page}");
        assert!(!html.contains("index.json"), "{page}");
    }
    // The French tree searches its own index.
    let fr = b.read("fr/index.html");
    assert!(fr.contains(r#"action="/repo/fr/search/" method="get" data-search="/repo/fr/search/" data-script="/repo/search.js""#));
    assert!(fr.contains(">Rechercher dans les rapports</label>"));
    assert!(b.out.join("search.js").is_file() && b.out.join("search.css").is_file());
}

#[test]
fn the_search_page_lists_regions_and_years_for_readers_without_javascript() {
    let b = built();
    let html = b.read("search/index.html");
    assert!(html.contains(r#"<form class="search search-full" id="search-page""#));
    assert!(html.contains(r#"<script src="/repo/search.js" data-coopsite-search=""></script>"#));
    for link in [
        r#"<a href="/repo/regions/dak-lak/">Đắk Lắk</a>"#,
        r#"<a href="/repo/regions/phu-yen/">Phú Yên</a>"#,
        r#"<a href="/repo/years/2024/">2024</a>"#,
        r#"<a href="/repo/years/2023/">2023</a>"#,
    ] {
        assert!(html.contains(link), "{link}");
    }
    assert!(b
        .read("fr/search/index.html")
        .contains(r#"<a href="/repo/fr/regions/dak-lak/">Đắk Lắk</a>"#));
}

#[test]
fn words_typed_without_accents_find_the_reports_that_have_them() {
    let b = built();
    let dak = titles_with(&b, "", "dak");
    assert_eq!(
        dak,
        [
            "Gia Lai học tập mô hình hợp tác xã của Đắk Lắk",
            "Đắk Lắk tổng kết kinh tế tập thể năm 2023",
            "Đắk Lắk tổng kết kinh tế tập thể năm 2024",
            "Đắk Nông tổng kết kinh tế tập thể năm 2024",
        ]
    );
    assert_eq!(
        titles_with(&b, "", "yen"),
        ["Phú Yên: hội nghị tổng kết năm 2024"]
    );
    // "thu nhap": the reports that state an income (the figure's label in the tree's language).
    assert_eq!(
        titles_with(&b, "", "nhap"),
        [
            "Phú Yên: hội nghị tổng kết năm 2024",
            "Đắk Lắk tổng kết kinh tế tập thể năm 2024",
        ]
    );
    assert_eq!(titles_with(&b, "", "2023").len(), 2);
    // A report listed in a tree of another language is found by its own language's
    // figure names too: the Vietnamese reports in the French tree by "thu nhap".
    assert_eq!(
        titles_with(&b, "fr/", "nhap"),
        ["Phú Yên: hội nghị tổng kết năm 2024"]
    );
    // French words in the French tree only: "revenu moyen" finds the incomes there.
    assert_eq!(titles_with(&b, "", "revenu"), Vec::<String>::new());
    let revenu = titles_with(&b, "fr/", "revenu");
    assert_eq!(revenu.len(), 2, "{revenu:?}");
    assert!(revenu.contains(&"Đắk Lắk fait le bilan de l'économie collective en 2024".to_string()));
}

#[test]
fn the_index_names_regions_years_and_results_with_their_links_and_figures() {
    let b = built();
    let meta = b.json("search/index.json");
    assert_eq!(meta["n"], 6);
    let regions: BTreeMap<String, (String, usize, usize)> = meta["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r[1].as_str().unwrap().to_string(),
                (
                    r[2].as_str().unwrap().to_string(),
                    r[3].as_u64().unwrap() as usize,
                    r[4].as_u64().unwrap() as usize,
                ),
            )
        })
        .collect();
    let (url, first, count) = &regions["dak lak"];
    assert_eq!((url.as_str(), *count), ("/repo/regions/dak-lak/", 2));
    // A region's reports are one run of numbers, newest first.
    let records = b.json("search/r/0.json");
    let newest = &records[*first];
    assert_eq!(newest["t"], "Đắk Lắk tổng kết kinh tế tập thể năm 2024");
    assert_eq!(newest["u"], "/repo/reports/dak-lak-2024/");
    assert_eq!(newest["r"], "Đắk Lắk");
    assert_eq!(newest["ru"], "/repo/regions/dak-lak/");
    assert_eq!(
        (newest["y"].as_i64(), newest["yu"].as_str()),
        (Some(2024), Some("/repo/years/2024/"))
    );
    assert_eq!(newest["d"], "2025-01-15");
    assert_eq!(newest["f"][0], "418");
    assert_eq!(newest["f"][1], "46");
    assert_eq!(records[first + 1]["y"], 2023);
    assert!(meta["years"]
        .as_array()
        .unwrap()
        .iter()
        .any(|y| y[0] == 2024 && y[1] == "/repo/years/2024/"));
    // Every shard the index lists exists; the words are the tree's.
    for key in meta["shards"].as_array().unwrap() {
        assert!(b
            .out
            .join(format!("search/t/{}.json", key.as_str().unwrap()))
            .is_file());
    }
    assert_eq!(meta["words"]["total"], "Tổng số");
    assert_eq!(b.json("fr/search/index.json")["words"]["region"], "Région");
}

#[test]
fn search_false_leaves_out_the_box_the_page_and_the_index() {
    let site = Site::new();
    site.file("coopsite.yaml", "search: false\n").file(
        "content/a.md",
        common::front("Đắk Lắk 2024", "Đắk Lắk", 2024, ""),
    );
    site.build_ok();
    let html = site.read("index.html");
    assert!(html.contains("<nav"), "the page is there");
    assert!(!html.contains("search"), "{html}");
    for gone in ["search", "search.js", "search.css", "search/index.html"] {
        assert!(!site.out(gone).exists(), "{gone}");
    }
    // On by default.
    site.file("coopsite.yaml", "title: On\n");
    site.build_ok();
    assert!(site.read("index.html").contains(r#"id="search-box""#));
    assert!(site.out("search/index.json").is_file());
    // A wrong value is an error naming the key.
    site.file("coopsite.yaml", "search: maybe\n");
    let out = site.build(&[]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("coopsite.yaml"), "{}", stderr(&out));
}

#[test]
fn a_site_with_its_own_theme_still_gets_the_search_files() {
    let site = Site::new();
    site.file("coopsite.yaml", "theme: mine\n")
        .file("themes/mine/templates/base.html", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>{% block content %}{% endblock content %}</body></html>")
        .file("themes/mine/templates/index.html", "{% extends \"base.html\" %}{% block content %}home{% endblock content %}")
        .file("content/a.md", common::front("A", "Đắk Lắk", 2024, ""));
    for t in [
        "report", "reports", "regions", "region", "tags", "tag", "years", "year", "404",
    ] {
        site.file(
            &format!("themes/mine/templates/{t}.html"),
            "{% extends \"base.html\" %}",
        );
    }
    for t in ["atom.xml", "sitemap.xml", "robots.txt"] {
        site.file(&format!("themes/mine/templates/{t}"), "");
    }
    let out = site.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site.read("search/index.html").contains("search.js"));
    assert!(site.out("search.js").is_file());
    let _ = coopsite;
}
