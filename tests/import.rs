//! `coopsite import` with the real binary: the two seed articles and our own (five in
//! Vietnamese, four in English, one in French; five of them written after the patterns),
//! each imported into a site, every figure and target compared with what a person reads
//! in the article, every quoted source found in the text, and the site built.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{key_line, stderr, Site};
use coopsite::figure_table::FigureTable;
use serde_yaml::{Mapping, Value};

fn article(name: &str) -> String {
    format!("{}/tests/import/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[path = "import/cases.rs"]
mod cases;
use cases::CASES;

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

/// Builds with the drafts (an imported report is a draft until its author checks it).
fn build_drafts(site: &Site) -> String {
    let out = site.build(&["--drafts"]);
    let err = stderr(&out);
    assert!(out.status.success(), "build failed:\n{err}");
    err
}

/// Of the built-in figures and targets a person reads in an article (`written` and
/// `missed` of its case), how many are written right, and how many written are not
/// among them: (right, written, read).
fn score(case: &cases::Case, got: &BTreeSet<String>) -> (usize, usize, usize, Vec<String>) {
    let is_built_in = |e: &String| FigureTable::is_built_in(e.split(['.', '=']).nth(1).unwrap());
    let want: Mapping = serde_yaml::from_str(case.written).unwrap();
    let mut read: BTreeSet<String> = entries(&want).into_iter().filter(is_built_in).collect();
    read.extend(
        case.missed
            .iter()
            .map(|m| m.to_string())
            .filter(is_built_in),
    );
    let got: BTreeSet<String> = got.iter().filter(|e| is_built_in(e)).cloned().collect();
    let wrong: Vec<String> = got.difference(&read).cloned().collect();
    (got.len() - wrong.len(), got.len(), read.len(), wrong)
}

#[test]
fn every_article_gives_what_a_person_reads_and_the_site_builds() {
    let site = Site::new();
    let root = site.root().to_str().unwrap().to_string();
    // (right, written, read) for the seeds and for the other articles.
    let mut totals = [(0, 0, 0), (0, 0, 0)];
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
        assert_quotes_in_body(&yaml, &body, case.file);
        // One line printed per figure written.
        let lines = stdout
            .lines()
            .filter(|l| l.starts_with("  figures.") || l.starts_with("  targets."));
        let got = entries(&map);
        assert_eq!(lines.count(), got.len(), "{}: {stdout}", case.file);
        let (right, written, read, wrong) = score(case, &got);
        eprintln!(
            "{}: {right} right of {written} written, {read} read; wrong: {wrong:?}",
            case.file
        );
        let t = &mut totals[usize::from(!case.file.starts_with("seeds/"))];
        *t = (t.0 + right, t.1 + written, t.2 + read);
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let [(sr, sw, sn), (r, w, n)] = totals;
    eprintln!(
        "import, built-in figures: seeds {sr} right of {sw} written, {sn} read \
         (precision {:.1}%, recall {:.1}%); the other articles {r} of {w}, {n} read \
         (precision {:.1}%, recall {:.1}%)",
        pct(sr, sw),
        pct(sr, sn),
        pct(r, w),
        pct(r, n)
    );
    // What the reader of statements reaches today (see docs/import.md): no wrong figure
    // on the seeds; floors on the others, so that a regression fails.
    assert_eq!(sr, sw, "a wrong figure on a seed");
    assert!(
        pct(sr, sn) >= SEED_RECALL_FLOOR,
        "seeds' recall {}",
        pct(sr, sn)
    );
    assert!(pct(r, w) >= PRECISION_FLOOR, "precision {}", pct(r, w));
    assert!(pct(r, n) >= RECALL_FLOOR, "recall {}", pct(r, n));
    let err = build_drafts(&site);
    assert!(!err.contains("error"), "{err}");
    let check = site.run(&["check", "--drafts", "--root", root.as_str()]);
    let err = stderr(&check);
    assert!(check.status.success(), "{err}");
    // Every figure written is one check finds in the report's words, a count written
    // with a scale word ("21 nghìn thành viên") included.
    let unstated: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("is not stated"))
        .collect();
    assert!(unstated.is_empty(), "{unstated:?}");
}

/// Measured with the reader of statements (seeds 100%: every built-in figure of the
/// French and the Malay seed; the others 93.2% precision, 72.6% recall), in percent;
/// raise them as it reads better.
const SEED_RECALL_FLOOR: f64 = 100.0;
const PRECISION_FLOOR: f64 = 92.0;
const RECALL_FLOOR: f64 = 71.0;

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
    assert!(report.contains("\n  cooperatives_new: 62 "), "{report}");
    assert!(
        stderr(&out).contains("  figures.cooperatives_new: 62"),
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
fn a_text_in_a_language_import_does_not_read_is_refused_not_called_english() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    site.file(
        "ja.txt",
        "ディエンビエン省協同組合連盟大会\n\n2025年、省内には協同組合が350あり、\
         新たに30の協同組合が設立された。"
            .as_bytes(),
    );
    let out = site.run(&["import", "ja.txt", "--root", root, "--year", "2025"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("ja.txt"), "{err}");
    assert!(
        err.contains("not written in a language import reads"),
        "{err}"
    );
    assert!(!site.root().join("content").exists());
    // So is one in Latin letters in a language import does not read (a German edition).
    let de = "Die Provinz Điện Biên zählt im Jahr 2025 insgesamt 350 Genossenschaften, davon \
              wurden 30 neu gegründet. Der durchschnittliche Umsatz einer Genossenschaft lag \
              bei 1,8 Milliarden VND, das Einkommen der Mitglieder bei 4,5 Millionen VND pro \
              Monat und Person. ";
    site.file(
        "de.txt",
        format!("Genossenschaften in Điện Biên\n\n{}", de.repeat(3)).as_bytes(),
    );
    let out = site.run(&["import", "de.txt", "--root", root]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        stderr(&out).contains("not written in a language import reads"),
        "{}",
        stderr(&out)
    );
    assert!(!site.root().join("content").exists());
    // The same page's English translation is read.
    site.file(
        "en.txt",
        "In 2025, Dien Bien province had 350 cooperatives, and 30 new cooperatives were \
         established."
            .as_bytes(),
    );
    let out = site.run(&["import", "en.txt", "--stdout", "--root", root]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(draft.contains("lang: en"), "{draft}");
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
    build_drafts(&site);
    let page = site.read("reports/son-la-2023/index.html");
    assert!(page.contains("năm bản lề"), "{page}");
    assert!(page.contains("\\ 2023"), "{page}");
}

#[test]
fn a_copied_news_page_gives_its_headline_the_conference_day_and_a_half_year() {
    let site = Site::new();
    site.file(
        "page.txt",
        "Lào Cai: thành lập mới 14 HTX\n\n10/07/2024 08:15\n\nChia sẻ\n\n\
         Sáng 8/7, Liên minh HTX tỉnh Lào Cai tổ chức hội nghị sơ kết.\n\n\
         Ảnh: Minh Anh\n\n\
         6 tháng đầu năm 2024, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX lên 515 HTX.\n\n\
         Xem thêm: Lào Cai phát triển kinh tế tập thể\n",
    );
    let root = site.root().to_str().unwrap();
    let out = site.run(&["import", "page.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("---\ntitle: \"Lào Cai: thành lập mới 14 HTX\""),
        "{text}"
    );
    assert!(text.contains("\ndate: 2024-07-08 "), "{text}");
    assert!(text.contains("\nyear: 2024 "), "{text}");
    assert!(
        text.contains("# the first half: \"6 tháng đầu năm 2024\""),
        "{text}"
    );
    assert!(text.contains("\ndraft: true "), "{text}");
    assert!(
        text.contains(
            "# Not decided, for the author:\n#   the text reviews the first half of 2024 only"
        ),
        "{text}"
    );
    let (_, _, body) = front_matter(&text);
    assert!(
        body.contains("Sáng 8/7, Liên minh HTX tỉnh Lào Cai"),
        "{body}"
    );
    for gone in ["08:15", "Chia sẻ", "Ảnh: Minh Anh", "Xem thêm"] {
        assert!(!body.contains(gone), "{gone}: {body}");
    }
}

#[test]
fn a_text_of_agricultural_cooperatives_only_keeps_their_averages_out() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    for (text, count, revenue) in [
        (
            "Nam Định: hợp tác xã nông nghiệp\n\nNăm 2023, tỉnh Nam Định có 296 hợp tác xã nông \
             nghiệp.\n\nChuỗi liên kết được mở rộng. Doanh thu bình quân mỗi hợp tác xã đạt 2,1 tỷ đồng/năm.\n",
            "cooperatives_agricultural: 296",
            "avg_revenue_per_cooperative: 2100000000",
        ),
        (
            "Nam Dinh's farm co-operatives\n\nIn 2023 Nam Dinh province had 296 agricultural \
             cooperatives.\n\nLinks with firms grew. The average revenue per cooperative was VND2.1 billion a year.\n",
            "cooperatives_agricultural: 296",
            "avg_revenue_per_cooperative: 2100000000",
        ),
    ] {
        let draft = site.import_draft("a.txt", text);
        assert!(draft.contains(&format!("\n  {count} ")), "{draft}");
        // The average, a paragraph away from the count, is theirs: left out, with why,
        // not written as all cooperatives'.
        assert!(!draft.contains(&format!("\n  {revenue}")), "{draft}");
        assert!(
            key_line(&draft, "# figures.avg_revenue_per_cooperative: 2100000000")
                .contains("only its agricultural cooperatives"),
            "{draft}"
        );
    }
    // Counted with all of them, the average is all cooperatives' and is written.
    site.file(
        "b.txt",
        "Nam Định: kinh tế tập thể\n\nNăm 2023, toàn tỉnh Nam Định có 420 hợp tác xã, trong đó \
         296 hợp tác xã nông nghiệp.\n\nDoanh thu bình quân mỗi hợp tác xã đạt 2,1 tỷ \
         đồng/năm.\n",
    );
    let out = site.run(&["import", "b.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("\n  cooperatives_total: 420 "), "{draft}");
    assert!(
        draft.contains("\n  avg_revenue_per_cooperative: 2100000000 "),
        "{draft}"
    );
}
