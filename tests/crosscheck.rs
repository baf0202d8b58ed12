//! Figures against the report's own words: `check` looks each figure up in the text,
//! in the way the report's language writes numbers; quiet when all agree, a warning
//! naming the key and the near number when not; `--strict` fails on it.

mod common;

use common::{stderr, Site};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A site published at a host (so no warning about `base_url`).
fn site() -> Site {
    let site = Site::new();
    site.file("coopsite.yaml", "base_url: https://example.org/\n");
    site
}

/// A report in `lang` with `figures` and a body `text`.
fn report(lang: &str, figures: &str, text: &str) -> String {
    format!(
        "---\ntitle: T\ndate: 2024-01-05\nyear: 2023\nunion: U\nregion: R\nlang: {lang}\nfigures:\n{figures}---\n\n{text}\n"
    )
}

const CASES: &[(&str, &str, &str)] = &[
    (
        "vi",
        "  cooperatives_total: 1059\n  avg_revenue_per_cooperative: \"2,2 tỷ đồng\"\n  avg_income_per_worker: {amount: 5300000, per: month}\n",
        "Toàn tỉnh hiện có 1.059 hợp tác xã. Doanh thu bình quân đạt 2,2 tỷ đồng/HTX/năm; thu nhập bình quân 5,3 triệu đồng/người/tháng.",
    ),
    (
        "fr",
        "  cooperatives_total: 1059\n  avg_income_per_worker: {amount: 5600000, per: month}\n",
        "La province comptait 1 059 coopératives. Le revenu moyen est de 5,6 millions de VND/personne/mois.",
    ),
    (
        "ms",
        "  cooperatives_total: 895\n  avg_revenue_per_cooperative: 2295000000\n",
        "Terdapat 895 koperasi. Purata hasil koperasi mencecah VND 2 bilion 295 juta/tahun.",
    ),
    (
        "en",
        "  cooperatives_total: 1204\n  avg_income_per_worker: 62000000\n",
        "The province had 1,204 cooperatives. Members earned 62 million VND per year on average.",
    ),
];

#[test]
fn figures_typed_right_are_quiet_in_every_language() {
    for (lang, figures, text) in CASES {
        let site = site();
        site.file("content/a.md", report(lang, figures, text));
        let o = site.run(&["check", "--strict", "--root", site.root().to_str().unwrap()]);
        let err = stderr(&o);
        assert!(o.status.success(), "{lang}: {err}");
        assert!(!err.contains("warning"), "{lang}: {err}");
        site.build_ok();
        let page = site.read("reports/a/index.html");
        assert!(
            page.contains("The report says:"),
            "{lang}: the sentence is shown"
        );
    }
}

#[test]
fn figures_typed_wrong_name_the_key_and_the_near_number() {
    let wrong = [
        ("vi", "1059", "1095", "`1.059`"),
        ("fr", "1059", "1159", "`1 059`"),
        ("ms", "2295000000", "229500000", "`2 bilion 295 juta/tahun`"),
        ("en", "62000000", "5166667", ""),
    ];
    for ((lang, figures, text), (_, right, typo, near)) in CASES.iter().zip(wrong) {
        let site = site();
        site.file(
            "content/a.md",
            report(lang, &figures.replacen(right, typo, 1), text),
        );
        let o = site.run(&["check", "--root", site.root().to_str().unwrap()]);
        let err = stderr(&o);
        assert!(
            o.status.success(),
            "without --strict a warning does not fail: {err}"
        );
        assert!(
            err.contains(&format!("{typo} is not stated in the report's text")),
            "{lang}: {err}"
        );
        assert!(
            err.contains("content/a.md:9:") || err.contains("content/a.md:10:"),
            "{lang}: {err}"
        );
        if !near.is_empty() {
            assert!(
                err.contains(&format!("the text says {near}")),
                "{lang}: {err}"
            );
        }
        let strict = site.run(&["check", "--strict", "--root", site.root().to_str().unwrap()]);
        assert_eq!(strict.status.code(), Some(1), "{lang}: --strict fails");
        let built = site.build(&[]);
        assert!(built.status.success(), "build warns, never fails on this");
        assert!(stderr(&built).contains("is not stated in the report's text"));
    }
}

#[test]
fn json_for_editors_and_ci() {
    let site = site();
    site.file(
        "content/a.md",
        report(
            "vi",
            "  cooperatives_total: 1095\n",
            "Toàn tỉnh có 1.059 hợp tác xã.",
        ),
    );
    let o = site.run(&[
        "check",
        "--format",
        "json",
        "--strict",
        "--root",
        site.root().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["warnings"], 1);
    let p = &doc["problems"][0];
    assert_eq!(p["path"], "content/a.md");
    assert_eq!(p["line"], 9);
    assert_eq!(p["severity"], "warning");
    assert!(p["message"]
        .as_str()
        .unwrap()
        .contains("figures.cooperatives_total"));
    assert!(p["help"].as_str().unwrap().contains("1.059"));

    site.file("content/b.md", "no front matter\n");
    let o = site.run(&[
        "check",
        "--format",
        "json",
        "--root",
        site.root().to_str().unwrap(),
    ]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["problems"][0]["severity"], "error");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn the_example_site_passes_check_strict() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = common::coopsite(
        root,
        &["check", "--strict", "--root", root.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}
