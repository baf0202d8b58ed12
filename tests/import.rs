//! `coopsite import` with the real binary: the two seed articles and our own (five in
//! Vietnamese, four in English, one in French; five of them written after the patterns),
//! each imported into a site, every figure and target compared with what a person reads
//! in the article, every quoted source found in the text, and the site built.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{stderr, Site};
use coopsite::figure_table::FigureTable;
use serde_yaml::{Mapping, Value};

fn article(name: &str) -> String {
    format!("{}/tests/import/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// One article and what a person reads in it.
struct Case {
    file: &'static str,
    args: &'static [&'static str],
    /// Where the report is written.
    path: &'static str,
    /// `date`, `year`, `union`, `region` and `lang`, as YAML.
    head: &'static str,
    /// Exactly the figures and targets written, as YAML.
    written: &'static str,
    /// What a person reads that is not written (two values for one key, a figure
    /// that could be the groups'): `section.key=value`, counted against recall.
    missed: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "seeds/000_155f8a6cce4c3162.txt",
        args: &["--region", "Province A"],
        path: "content/2023/province-a-2023.md",
        head: "{date: 2023-12-28, year: 2023, union: Kesatuan Koperasi Wilayah, region: Province A, lang: ms}",
        written: "figures:
  cooperatives_total: 895
  cooperatives_new: 38
  cooperatives_effective: 520
  avg_revenue_per_cooperative: 2295000000
  avg_income_per_worker: 58000000
  cooperatives_farm_products_linked: 225
  cooperatives_high_tech: 30
  cooperatives_ocop: 79
",
        missed: &["figures.ocop_products_3_star=170", "figures.ocop_products_total=430"],
    },
    Case {
        file: "seeds/003_0c6a1c5f0ce0fe4a.txt",
        args: &["--region", "Province B"],
        path: "content/2024/province-b-2024.md",
        head: "{date: 2025-01-03, year: 2024, union: Union coopérative provinciale, region: Province B, lang: fr}",
        written: "figures:
  cooperatives_total: 1059
  cooperatives_new: 241
  cooperatives_agricultural: 740
  cooperative_groups: 215
  cooperative_group_members: 840
  avg_revenue_per_cooperative: 850000000
  avg_profit_per_cooperative: 300000000
  avg_income_per_worker: {amount: 5600000, per: month}
targets:
  cooperatives_new: 60
",
        missed: &[
            "figures.avg_revenue_per_cooperative_group=280000000",
            "figures.avg_income_per_cooperative_group_member=5000000/month",
        ],
    },
    Case {
        file: "vi_hoa_binh_2023.txt",
        args: &[],
        path: "content/2023/hoa-binh-2023.md",
        head: "{date: 2023-12-28, year: 2023, union: Liên minh HTX tỉnh Hòa Bình, region: Hòa Bình, lang: vi}",
        written: "figures:
  cooperatives_total: 654
  cooperatives_new: 62
  cooperatives_effective: 412
  cooperatives_agricultural: 398
  cooperative_groups: 1235
  cooperative_group_members: 9870
  avg_revenue_per_cooperative: 2200000000
  avg_profit_per_cooperative: 215000000
  avg_income_per_worker: {amount: 5300000, per: month}
  avg_revenue_per_cooperative_group: {amount: 320000000}
  cooperative_members: 12000
  cooperatives_dissolved: 18
  cooperatives_high_tech: 35
  cooperatives_ocop: 86
  ocop_products_3_star: 142
targets:
  cooperatives_total: 700
  cooperatives_new: 60
  avg_revenue_per_cooperative: 2500000000
  avg_income_per_worker: {amount: 5800000, per: month}
",
        missed: &[],
    },
    Case {
        file: "vi_thai_nguyen_2024.txt",
        args: &[],
        path: "content/2024/thai-nguyen-2024.md",
        head: "{date: 2025-01-10, year: 2024, union: Liên minh HTX tỉnh Thái Nguyên, region: Thái Nguyên, lang: vi}",
        written: "figures:
  cooperatives_total: 1012
  cooperatives_new: 97
  cooperatives_effective: 640
  cooperatives_agricultural: 702
  cooperative_groups: 1000
  cooperative_group_members: 7420
  avg_revenue_per_cooperative: 3100000000
  avg_profit_per_cooperative: 290000000
  avg_revenue_per_cooperative_group: {amount: 250000000}
  cooperative_members: 5854
  cooperatives_farm_products_linked: 225
  ocop_products: 48
targets:
  cooperatives_new: 80
",
        missed: &[],
    },
    Case {
        file: "vi_quang_ngai_2023.txt",
        args: &[],
        path: "content/2023/quang-ngai-2023.md",
        head: "{date: 2024-01-05, year: 2023, union: Liên minh HTX tỉnh Quảng Ngãi, region: Quảng Ngãi, lang: vi}",
        written: "figures:
  cooperatives_total: 342
  cooperatives_new: 28
  cooperatives_agricultural: 205
  cooperative_groups: 415
  cooperative_group_members: 3200
  avg_revenue_per_cooperative: 1850000000
  avg_profit_per_cooperative: 120000000
  avg_income_per_worker: 62000000
  avg_income_per_cooperative_group_member: {amount: 3200000, per: month}
  cooperative_members: 21000
targets:
  cooperatives_new: 30
  avg_revenue_per_cooperative: 2000000000
  avg_income_per_worker: 65000000
",
        missed: &[],
    },
    Case {
        file: "vi_nghe_an_2024.txt",
        args: &[],
        path: "content/2024/nghe-an-2024.md",
        head: "{date: 2025-01-08, year: 2024, union: Liên minh HTX tỉnh Nghệ An, region: Nghệ An, lang: vi}",
        written: "figures:
  cooperatives_new: 76
  cooperatives_effective: 735
  cooperative_groups: 1450
  avg_revenue_per_cooperative: 2800000000
  avg_income_per_worker: {amount: 5500000, per: month}
  cooperative_members: 85000
  cooperatives_dissolved: 21
  cooperatives_high_tech: 48
  cooperatives_value_chain: 130
targets:
  cooperatives_new: 100
  avg_income_per_worker: {amount: 6000000, per: month}
",
        // Two totals (1.130 early, 1.185 after the year-end review) and an income
        // after the groups' count that could be theirs: left out, listed.
        missed: &[
            "figures.cooperatives_total=1185",
            "figures.avg_income_per_cooperative_group_member=3800000/month",
        ],
    },
    Case {
        file: "vi_ben_tre_2023.txt",
        args: &[],
        path: "content/2023/ben-tre-2023.md",
        head: "{date: 2023-12-27, year: 2023, union: Liên minh Hợp tác xã tỉnh Bến Tre, region: Bến Tre, lang: vi}",
        written: "figures:
  cooperatives_total: 186
  cooperatives_new: 19
  cooperatives_effective: 97
  cooperatives_agricultural: 104
  cooperative_groups: 2416
  cooperative_group_members: 38460
  avg_revenue_per_cooperative: 4600000000
  avg_profit_per_cooperative: 386000000
  avg_income_per_worker: 72000000
  cooperative_members: 21000
  cooperatives_dissolved: 7
targets:
  cooperatives_new: 20
  avg_income_per_worker: 75000000
",
        missed: &[],
    },
    Case {
        file: "en_bac_giang_2023.txt",
        args: &[],
        path: "content/2023/bac-giang-2023.md",
        head: "{date: 2023-12-27, year: 2023, union: Bac Giang Provincial Cooperative Union, region: Bac Giang, lang: en}",
        written: "figures:
  cooperatives_total: 1108
  cooperatives_new: 58
  cooperatives_effective: 712
  cooperatives_agricultural: 684
  cooperative_groups: 1540
  cooperative_group_members: 11200
  avg_revenue_per_cooperative: 2300000000
  avg_profit_per_cooperative: 245000000
  avg_income_per_worker: 62000000
  avg_revenue_per_cooperative_group: {amount: 310000000}
  ocop_products_3_star: 73
targets:
  cooperatives_new: 65
  avg_income_per_worker: 65000000
",
        missed: &[],
    },
    Case {
        file: "en_lam_dong_2024.txt",
        args: &[],
        path: "content/2024/lam-dong-2024.md",
        head: "{date: 2025-01-08, year: 2024, union: Cooperative Union of Lam Dong province, region: Lam Dong, lang: en}",
        written: "figures:
  cooperatives_total: 574
  cooperatives_new: 49
  cooperatives_agricultural: 402
  cooperative_groups: 310
  avg_revenue_per_cooperative: 4100000000
  avg_profit_per_cooperative: 380000000
  avg_income_per_worker: {amount: 7200000, per: month}
  cooperatives_dissolved: 12
  ocop_products: 215
targets:
  cooperatives_total: 600
  cooperatives_new: 50
",
        missed: &[],
    },
    Case {
        file: "en_ha_tinh_2024.txt",
        args: &[],
        path: "content/2024/ha-tinh-2024.md",
        head: "{date: 2025-01-06, year: 2024, union: Ha Tinh Cooperative Union, region: Ha Tinh, lang: en}",
        written: "figures:
  cooperatives_total: 812
  cooperatives_new: 64
  cooperatives_effective: 356
  cooperative_groups: 2140
  cooperative_group_members: 19800
  avg_revenue_per_cooperative: 3400000000
  avg_profit_per_cooperative: 290000000
  avg_income_per_worker: {amount: 5900000, per: month}
  avg_income_per_cooperative_group_member: {amount: 3100000, per: month}
  cooperatives_dissolved: 23
targets:
  cooperatives_new: 70
  avg_revenue_per_cooperative: 3800000000
",
        missed: &[],
    },
    // Written after the patterns, and imported before any change to them: two wrong
    // figures (a list item's 20 new groups read as all groups; a target income read as
    // the groups'), three missed; both fixed since.
    Case {
        file: "vi_gia_lai_2024.txt",
        args: &[],
        path: "content/2024/gia-lai-2024.md",
        head: "{date: 2025-01-15, year: 2024, union: Liên minh HTX tỉnh Gia Lai, region: Gia Lai, lang: vi}",
        written: "figures:
  cooperatives_total: 418
  cooperatives_new: 46
  cooperatives_effective: 251
  cooperatives_agricultural: 321
  cooperative_groups: 532
  cooperative_group_members: 6200
  avg_revenue_per_cooperative: 2750000000
  avg_profit_per_cooperative: 210000000
  avg_income_per_worker: {amount: 4900000, per: month}
  avg_revenue_per_cooperative_group: {amount: 180000000}
  cooperatives_ocop: 31
targets:
  cooperatives_new: 50
  avg_income_per_worker: {amount: 5300000, per: month}
  cooperative_groups_new: 20
",
        missed: &[],
    },
    Case {
        file: "en_thanh_hoa_2023.txt",
        args: &[],
        path: "content/2023/thanh-hoa-2023.md",
        head: "{date: 2023-12-26, year: 2023, union: Thanh Hoa provincial Cooperative Union, region: Thanh Hoa, lang: en}",
        written: "figures:
  cooperatives_total: 1224
  cooperatives_new: 128
  cooperatives_effective: 702
  cooperatives_agricultural: 790
  cooperative_groups: 3870
  cooperative_group_members: 42500
  avg_revenue_per_cooperative: 3150000000
  avg_profit_per_cooperative: 256000000
  avg_income_per_worker: {amount: 5600000, per: month}
  cooperatives_dissolved: 96
targets:
  cooperatives_new: 130
",
        missed: &[],
    },
    Case {
        file: "fr_binh_dinh_2024.txt",
        args: &[],
        path: "content/2024/binh-dinh-2024.md",
        head: "{date: 2025-01-09, year: 2024, union: Union des coopératives de la province de Binh Dinh, region: Binh Dinh, lang: fr}",
        written: "figures:
  cooperatives_total: 398
  cooperatives_new: 37
  cooperatives_effective: 214
  cooperatives_agricultural: 281
  cooperative_groups: 1250
  cooperative_group_members: 13400
  avg_revenue_per_cooperative: 2900000000
  avg_profit_per_cooperative: 240000000
  avg_income_per_worker: {amount: 5200000, per: month}
targets:
  cooperatives_new: 40
",
        missed: &[],
    },
];

/// The front matter of a report file, parsed, and its body.
fn front_matter(text: &str) -> (Mapping, String, String) {
    let rest = text.strip_prefix("---\n").expect("front matter opens");
    let (yaml, body) = rest.split_once("\n---\n").expect("front matter closes");
    let map: Mapping = serde_yaml::from_str(yaml).expect("front matter is YAML");
    (map, yaml.to_string(), body.to_string())
}

fn section(map: &Mapping, name: &str) -> Mapping {
    match map.get(name) {
        Some(Value::Mapping(m)) => m.clone(),
        None | Some(Value::Null) => Mapping::new(),
        Some(other) => panic!("{name} is not a map: {other:?}"),
    }
}

/// Every `key: value   # "words"` line's words are the article's (around "…").
fn assert_quotes_in_body(yaml: &str, body: &str, file: &str) {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let body = flat(body);
    let mut quoted = 0;
    for line in yaml.lines().filter(|l| l.starts_with("  ")) {
        let (_, comment) = line
            .split_once("# \"")
            .expect("every figure quotes its words");
        let words = comment.strip_suffix('"').expect("the quote closes");
        let words = words.replace("\\\"", "\"");
        for part in words.split('…').map(str::trim).filter(|p| !p.is_empty()) {
            assert!(
                body.contains(&flat(part)),
                "{file}: \"{part}\" is not in the text"
            );
        }
        quoted += 1;
    }
    assert!(quoted > 0, "{file}: no figure quoted");
}

/// `figures.key=value` for every figure and target written.
fn entries(map: &Mapping) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for name in ["figures", "targets"] {
        for (k, v) in section(map, name) {
            let value = match &v {
                Value::Mapping(m) => {
                    let amount = serde_yaml::to_string(&m[&Value::from("amount")]).unwrap();
                    let per = m.get("per").map_or("", |_| "/month");
                    format!("{}{per}", amount.trim())
                }
                other => serde_yaml::to_string(other).unwrap().trim().to_string(),
            };
            out.insert(format!("{name}.{}={value}", k.as_str().unwrap()));
        }
    }
    out
}

#[test]
fn every_article_gives_what_a_person_reads_and_the_site_builds() {
    let site = Site::new();
    let root = site.root().to_str().unwrap().to_string();
    let (mut written, mut built_in_written, mut missed, mut built_in_missed) = (0, 0, 0, 0);
    for case in CASES {
        let file = article(case.file);
        let mut args = vec!["import", file.as_str(), "--root", root.as_str()];
        args.extend_from_slice(case.args);
        let out = site.run(&args);
        let err = stderr(&out);
        assert!(out.status.success(), "{}: {err}", case.file);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(&format!("Wrote {}", case.path)), "{stdout}");

        let text = fs::read_to_string(site.root().join(case.path)).unwrap();
        let (map, yaml, body) = front_matter(&text);
        let head: Mapping = serde_yaml::from_str(case.head).unwrap();
        for (k, v) in &head {
            let got = map.get(k).map(|g| serde_yaml::to_string(g).unwrap());
            let want = serde_yaml::to_string(v).unwrap();
            assert_eq!(got.as_deref(), Some(want.as_str()), "{}: {k:?}", case.file);
        }
        let want: Mapping = serde_yaml::from_str(case.written).unwrap();
        for name in ["figures", "targets"] {
            assert_eq!(
                section(&map, name),
                section(&want, name),
                "{}: {name}",
                case.file
            );
        }
        assert_quotes_in_body(&yaml, &body, case.file);
        // One line printed per figure written.
        let lines = stdout
            .lines()
            .filter(|l| l.starts_with("  figures.") || l.starts_with("  targets."));
        let got = entries(&map);
        assert_eq!(lines.count(), got.len(), "{}: {stdout}", case.file);

        let is_built_in = |e: &String| {
            let key = e.split(['.', '=']).nth(1).unwrap();
            FigureTable::is_built_in(key)
        };
        written += got.len();
        built_in_written += got.iter().filter(|e| is_built_in(e)).count();
        missed += case.missed.len();
        built_in_missed += case
            .missed
            .iter()
            .map(|m| m.to_string())
            .filter(|e| is_built_in(e))
            .count();
    }
    // No written figure is wrong (each is asserted above), so precision is 100%;
    // recall is what is written of what a person reads.
    let recall = written as f64 / (written + missed) as f64;
    let built_in_recall = built_in_written as f64 / (built_in_written + built_in_missed) as f64;
    eprintln!(
        "import: {written} figures written, all right; {missed} a person reads left out: \
         recall {:.1}% (built-in figures: {built_in_written} written, {built_in_missed} left out, {:.1}%)",
        recall * 100.0,
        built_in_recall * 100.0
    );
    assert!(recall >= 0.9, "recall {recall}");
    let err = site.build_ok();
    assert!(!err.contains("error"), "{err}");
    let check = site.run(&["check", "--root", root.as_str()]);
    let err = stderr(&check);
    assert!(check.status.success(), "{err}");
    // Every figure written is one check finds in the report's words, except a count
    // written with a scale word ("21 nghìn thành viên"), which check reads as money.
    let unstated: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("is not stated"))
        .collect();
    assert!(
        unstated
            .iter()
            .all(|l| l.contains("quang-ngai-2023.md") && l.contains("cooperative_members: 21000")),
        "{unstated:?}"
    );
}

#[test]
fn stdout_prints_the_report_and_writes_nothing() {
    let site = Site::new();
    let file = article("vi_hoa_binh_2023.txt");
    let out = site.run(&[
        "import",
        &file,
        "--stdout",
        "--root",
        site.root().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.starts_with("---\ntitle: \"Liên minh HTX tỉnh Hòa Bình"),
        "{report}"
    );
    assert!(report.contains("\n  cooperatives_total: 654 "), "{report}");
    assert!(
        stderr(&out).contains("  figures.cooperatives_total: 654"),
        "{}",
        stderr(&out)
    );
    assert!(!site.root().join("content").exists());
}

#[test]
fn a_second_import_does_not_overwrite() {
    let site = Site::new();
    let file = article("en_bac_giang_2023.txt");
    let root = site.root().to_str().unwrap();
    assert!(site
        .run(&["import", &file, "--root", root])
        .status
        .success());
    let path = site.root().join("content/2023/bac-giang-2023.md");
    fs::write(&path, "edited by hand").unwrap();
    let out = site.run(&["import", &file, "--root", root]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("content/2023/bac-giang-2023.md already exists"),
        "{err}"
    );
    assert!(err.contains("does not overwrite"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "edited by hand");
    // Nor a report of the same name elsewhere in content/.
    fs::create_dir_all(site.root().join("content/old")).unwrap();
    fs::rename(&path, site.root().join("content/old/bac-giang-2023.md")).unwrap();
    let out = site.run(&["import", &file, "--root", root]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("content/old/bac-giang-2023.md"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn no_region_in_the_text_asks_for_region() {
    let site = Site::new();
    let file = article("seeds/000_155f8a6cce4c3162.txt");
    let out = site.run(&["import", &file, "--root", site.root().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("give it with --region"), "{err}");
    assert!(!site.root().join("content").exists());
}

#[test]
fn wrong_usage_exits_2() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let missing = site.root().join("no-such-article.txt");
    let out = site.run(&["import", missing.to_str().unwrap(), "--root", root]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
    site.file("latin1.txt", b"Tr\xe1n\n");
    let out = site.run(&["import", "latin1.txt", "--root", root]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("UTF-8"), "{}", stderr(&out));
    let file = article("en_bac_giang_2023.txt");
    let out = site.run(&["import", &file, "--lang", "de", "--root", root]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("vi, en, fr or ms"),
        "{}",
        stderr(&out)
    );
    let out = site.run(&["import", "--root", root]);
    assert_eq!(out.status.code(), Some(2), "no FILE is a usage error");
    let nowhere = site.root().join("no-site");
    let out = site.run(&["import", &file, "--root", nowhere.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such folder"), "{}", stderr(&out));
    assert!(!nowhere.exists());
}

#[test]
fn several_files_at_once_and_options_over_the_text() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let a = article("vi_ben_tre_2023.txt");
    let b = article("en_ha_tinh_2024.txt");
    let out = site.run(&["import", &a, &b, "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site.root().join("content/2023/ben-tre-2023.md").exists());
    assert!(site.root().join("content/2024/ha-tinh-2024.md").exists());

    // Given the same region and year, the second is refused and the exit code says so.
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let out = site.run(&[
        "import", &a, &b, "--root", root, "--region", "Bình An", "--year", "2023", "--lang", "vi",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("en_ha_tinh_2024.txt: content/2023/binh-an-2023.md already exists"),
        "{}",
        stderr(&out)
    );
    let text = fs::read_to_string(site.root().join("content/2023/binh-an-2023.md")).unwrap();
    assert!(text.contains("\nregion: \"Bình An\" "), "{text}");
    assert!(text.contains("# given with --region"), "{text}");
    assert!(text.contains("\nyear: 2023 "), "{text}");
    assert!(text.contains("\nlang: vi "), "{text}");
}

#[test]
fn a_text_without_the_conference_day_leaves_date_to_fill_in() {
    let site = Site::new();
    site.file(
        "article.txt",
        "Hội nghị tổng kết năm 2023 của Liên minh HTX tỉnh Yên Bái\n\nNăm 2023, toàn tỉnh có 345 HTX.\n",
    );
    let root = site.root().to_str().unwrap();
    let out = site.run(&["import", "article.txt", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("fill in `date:`"), "{}", stderr(&out));
    let text = fs::read_to_string(site.root().join("content/2023/yen-bai-2023.md")).unwrap();
    assert!(
        text.contains(
            "\ndate:                             # the text does not name the conference day"
        ),
        "{text}"
    );
    assert!(text.contains("cooperatives_total: 345"), "{text}");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("date"), "{}", stderr(&out));
}

#[test]
fn a_key_too_close_to_one_the_site_declares_is_left_out() {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "figures:\n  ocop_products_3_stars: {kind: count}\n",
    );
    let root = site.root().to_str().unwrap();
    let file = article("en_bac_giang_2023.txt");
    let out = site.run(&["import", &file, "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = fs::read_to_string(site.root().join("content/2023/bac-giang-2023.md")).unwrap();
    assert!(!text.contains("\n  ocop_products_3_star:"), "{text}");
    assert!(
        text.contains("too close to `ocop_products_3_stars`"),
        "{text}"
    );
    site.build_ok();
}

#[test]
fn the_draft_is_read_by_the_projects_parser() {
    // Titles with quotes and backslashes stay one YAML string.
    let site = Site::new();
    site.file(
        "article.txt",
        "Liên minh HTX tỉnh Sơn La: \"năm bản lề\" \\ 2023\n\nSáng 20/12, Liên minh HTX tỉnh Sơn La tổng kết năm 2023. Toàn tỉnh có 800 HTX.\n",
    );
    let out = site.run(&[
        "import",
        "article.txt",
        "--root",
        site.root().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    site.build_ok();
    let page = site.read("reports/son-la-2023/index.html");
    assert!(page.contains("năm bản lề"), "{page}");
    assert!(page.contains("\\ 2023"), "{page}");
}
