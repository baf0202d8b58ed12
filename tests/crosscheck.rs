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
    assert_eq!(p["kind"], "not-stated");
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
    assert_eq!(doc["problems"][0]["kind"], serde_json::Value::Null);
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

/// A report reviewing 2024 with `figures` (and a target) and a body `text`.
fn report_2024(lang: &str, figures: &str, text: &str) -> String {
    format!(
        "---\ntitle: T\ndate: 2025-01-10\nyear: 2024\nunion: U\nregion: R\nlang: {lang}\nfigures:\n{figures}targets:\n  cooperatives_new: 60\n---\n\n{text}\n"
    )
}

/// Every built-in figure typed right, for the texts below.
const RIGHT: &str = "  cooperatives_total: 498\n  cooperatives_new: 21\n  cooperatives_effective: 250\n  cooperatives_agricultural: 340\n  cooperative_groups: 532\n  cooperative_group_members: 6200\n  avg_revenue_per_cooperative: 2200000000\n  avg_profit_per_cooperative: 210000000\n  avg_income_per_worker: {amount: 4800000, per: month}\n";

/// The same report in three languages, with every distractor of the issue around its
/// figures: last year's total, an increase, a target, shares of the total, groups and
/// their members, revenue beside profit, a monthly income.
const TEXTS: [(&str, &str); 3] = [
    (
        "vi",
        "Năm 2023, toàn tỉnh có 462 HTX.\n\nĐến cuối năm 2024, toàn tỉnh có 498 HTX, tăng 36 HTX so với năm 2023; thành lập mới 21 HTX. Trong đó 340 HTX nông nghiệp, 250 HTX hoạt động hiệu quả. Toàn tỉnh có 532 tổ hợp tác với 6.200 thành viên.\n\nDoanh thu bình quân đạt 2,2 tỷ đồng/HTX/năm; lợi nhuận bình quân 210 triệu đồng/HTX/năm; thu nhập bình quân của người lao động 4,8 triệu đồng/người/tháng.\n\nNăm 2025, phấn đấu thành lập mới 60 HTX.",
    ),
    (
        "fr",
        "En 2023, la province comptait 462 coopératives.\n\nFin 2024, la province comptait 498 coopératives, soit une hausse de 36 coopératives par rapport à 2023 ; 21 nouvelles coopératives ont été créées. Parmi elles, 340 coopératives agricoles et 250 coopératives efficaces. La province compte aussi 532 groupes coopératifs avec 6 200 membres.\n\nLe chiffre d'affaires moyen atteint 2,2 milliards de VND par coopérative et par an ; le bénéfice moyen 210 millions de VND par coopérative ; le revenu moyen des travailleurs est de 4,8 millions de VND/personne/mois.\n\nPour 2025, l'objectif est de créer 60 nouvelles coopératives.",
    ),
    (
        "en",
        "In 2023, the province had 462 cooperatives.\n\nBy the end of 2024, the province had 498 cooperatives, an increase of 36 cooperatives compared with 2023; 21 new cooperatives were established. Of these, 340 were agricultural cooperatives and 250 cooperatives operated effectively. The province also had 532 cooperative groups with 6,200 members.\n\nAverage revenue reached 2.2 billion VND per cooperative per year; average profit was 210 million VND per cooperative; workers earned an average income of 4.8 million VND per person per month.\n\nIn 2025, the province aims to establish 60 new cooperatives.",
    ),
];

/// Each mistake of the issue: the lines typed instead of the right ones, and what
/// the warning must say.
const MISTAKES: &[(&str, &str, &[&str])] = &[
    (
        "  avg_income_per_worker: {amount: 4800000, per: month}\n",
        "  avg_income_per_worker: 4800000\n",
        &["figures.avg_income_per_worker: 4800000 a year is the income per month the text gives", "per: month"],
    ),
    (
        "  cooperatives_effective: 250\n  cooperatives_agricultural: 340\n",
        "  cooperatives_effective: 340\n  cooperatives_agricultural: 250\n",
        &[
            "figures.cooperatives_effective: 340 is the number of agricultural cooperatives the text gives for 2024",
            "figures.cooperatives_agricultural: 250 is the number of effective cooperatives the text gives for 2024",
            "for 2024 it says the number of agricultural cooperatives is 340 (line 24)",
        ],
    ),
    (
        "  cooperatives_total: 498\n",
        "  cooperatives_total: 462\n",
        &["figures.cooperatives_total: 462 is the total of cooperatives the text gives for 2023 (line 22); for 2024 it says the total of cooperatives is 498 (line 24)"],
    ),
    (
        "  cooperatives_new: 21\n",
        "  cooperatives_new: 60\n",
        &["figures.cooperatives_new: 60 is the number of new cooperatives the text gives as a target", "for 2024 it says the number of new cooperatives is 21 (line 24)"],
    ),
    (
        "  cooperatives_new: 21\n",
        "  cooperatives_new: 36\n",
        &["figures.cooperatives_new: 36 is a change in the number of cooperatives the text gives as a change", "for 2024 it says the number of new cooperatives is 21 (line 24)"],
    ),
    (
        "  avg_profit_per_cooperative: 210000000\n",
        "  avg_profit_per_cooperative: 2200000000\n",
        &["figures.avg_profit_per_cooperative: 2200000000 a year is the revenue", "for 2024 it says the average profit per cooperative is 210"],
    ),
    (
        "  cooperatives_total: 498\n",
        "  cooperatives_total: 532\n",
        &["figures.cooperatives_total: 532 is the number of cooperative groups the text gives for 2024", "for 2024 it says the total of cooperatives is 498"],
    ),
    (
        "  cooperatives_total: 498\n",
        "  cooperatives_total: 6200\n",
        &["figures.cooperatives_total: 6200 is the number of members the text gives for 2024"],
    ),
];

fn check_strict(site: &Site) -> std::process::Output {
    site.run(&["check", "--strict", "--root", site.root().to_str().unwrap()])
}

#[test]
fn right_figures_among_distractors_are_quiet_in_vi_fr_and_en() {
    for (lang, text) in TEXTS {
        let site = site();
        site.file("content/a.md", report_2024(lang, RIGHT, text));
        let o = check_strict(&site);
        let err = stderr(&o);
        assert!(o.status.success(), "{lang}: {err}");
        assert!(!err.contains("warning"), "{lang}: {err}");
    }
}

#[test]
fn each_mistake_of_meaning_time_or_period_is_named_in_vi_fr_and_en() {
    for (lang, text) in TEXTS {
        for (right, wrong, said) in MISTAKES {
            assert!(RIGHT.contains(right));
            let site = site();
            let figures = RIGHT.replace(right, wrong);
            site.file("content/a.md", report_2024(lang, &figures, text));
            let o = check_strict(&site);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{lang} {wrong}: {err}");
            for s in *said {
                assert!(err.contains(s), "{lang} {wrong}: wanted {s:?} in {err}");
            }
            assert!(!err.contains("is not stated"), "{lang} {wrong}: {err}");
        }
    }
}

#[test]
fn a_report_in_a_language_without_a_table_is_said_unchecked_not_unstated() {
    let site = site();
    // A Japanese report: its text states the figure, but nothing reads Japanese.
    site.file(
        "content/a.md",
        report(
            "ja",
            "  cooperatives_total: 350\n  cooperatives_new: 30\n",
            "2023年、省内には協同組合が350あり、新たに30の協同組合が設立された。",
        ),
    );
    let o = site.run(&["check", "--strict", "--root", site.root().to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/a.md:7:7: the report's language, `ja`, is not one coopsite reads (vi, fr, ms, en): its 2 figures are not checked"),
        "{err}"
    );
    assert!(!err.contains("not stated in the report's text"), "{err}");
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    // The page shows the figures without a sentence under them that would look sourced.
    site.build_ok();
    let page = site.read("reports/a/index.html");
    assert!(page.contains("350"), "{page}");
    assert!(!page.contains("The report says:"), "{page}");
}

#[test]
fn a_text_in_another_language_than_its_report_is_read_in_its_own() {
    // English wire copy pasted under a Vietnamese report, a Vietnamese text under an
    // English one, a French one under a Vietnamese one: each read with its own table.
    for (lang, (written, text)) in [("vi", TEXTS[2]), ("en", TEXTS[0]), ("vi", TEXTS[1])] {
        let site = site();
        site.file("content/a.md", report_2024(lang, RIGHT, text));
        let o = check_strict(&site);
        let err = stderr(&o);
        assert!(o.status.success(), "{written} under {lang}: {err}");
        assert!(!err.contains("warning"), "{written} under {lang}: {err}");
        // A wrong figure is still named for what the text says it is.
        for (right, wrong, said) in [
            (
                "  cooperatives_total: 498\n",
                "  cooperatives_total: 462\n",
                "figures.cooperatives_total: 462 is the total of cooperatives the text gives for 2023",
            ),
            (
                "  cooperatives_total: 498\n",
                "  cooperatives_total: 532\n",
                "figures.cooperatives_total: 532 is the number of cooperative groups the text gives for 2024",
            ),
        ] {
            let site = self::site();
            site.file("content/a.md", report_2024(lang, &RIGHT.replace(right, wrong), text));
            let o = check_strict(&site);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{written} under {lang}: {err}");
            assert!(err.contains(said), "{written} under {lang}: wanted {said:?} in {err}");
        }
    }
}
