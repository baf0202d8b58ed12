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
/// The line of a draft that starts with `key` ("year:", "#   the year under review:"),
/// empty if none does.
fn key_line(text: &str, key: &str) -> String {
    text.lines()
        .find(|l| l.starts_with(key))
        .unwrap_or_default()
        .to_string()
}

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
    let out = site.build(&["--drafts"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("date"), "{}", stderr(&out));
}

#[test]
fn a_text_that_names_no_year_leaves_the_year_to_fill_in() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // A news page copied without its date line: its figures are drafted, the year is
    // the author's to write, and the site does not build the draft until it is written.
    site.file(
        "a.txt",
        "Liên minh HTX tỉnh Yên Bái tổng kết hoạt động\n\nSáng 15/1, Liên minh HTX tỉnh Yên Bái \
         tổ chức hội nghị tổng kết. Hiện toàn tỉnh có 345 HTX, thành lập mới 21 HTX. Phấn đấu \
         năm tới thành lập mới 30 HTX.\n",
    );
    let out = site.run(&["import", "a.txt", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("fill in `year:`"), "{}", stderr(&out));
    let text = fs::read_to_string(site.root().join("content/yen-bai.md")).unwrap();
    let line = |key: &str| key_line(&text, key);
    assert!(line("year:").contains("the text names no year"), "{text}");
    assert!(
        line("date:").contains("\"Sáng 15/1\": write it as YYYY-MM-DD"),
        "{text}"
    );
    assert!(text.contains("\n  cooperatives_total: 345 "), "{text}");
    assert!(text.contains("\n  cooperatives_new: 21 "), "{text}");
    assert!(text.contains("targets:\n  cooperatives_new: 30 "), "{text}");
    let out = site.build(&["--drafts"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("`year`"), "{}", stderr(&out));
    // The same figures with a year the text names are that year's, in its folder.
    site.file(
        "b.txt",
        fs::read_to_string(site.root().join("a.txt"))
            .unwrap()
            .replace("Hiện", "Năm 2024,"),
    );
    let out = site.run(&["import", "b.txt", "--stdout", "--root", root]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\nyear: 2024 "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_text_that_names_years_but_not_which_it_reviews_leaves_the_year_and_its_figures() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // A year of history and a cooperative's story: which year the text reviews, and so
    // which year its figures are of, the author says. The draft names the years, lists
    // the figures left out, and does not build until the year is written.
    site.file(
        "c.txt",
        "Liên minh HTX tỉnh Yên Bái\n\nThành lập từ năm 1998, đến nay toàn tỉnh có 345 HTX. \
         HTX Đồng Tâm, thành lập năm 2016, phấn đấu đến năm 2025 xuất khẩu gạo sang Nhật Bản.\n",
    );
    let out = site.run(&["import", "c.txt", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "the text names 1998, 2016 and 2025 but does not say which year it reviews: \
             import it again with --year YYYY to read its figures, or fill in `year:`"
        ),
        "{}",
        stderr(&out)
    );
    let text = fs::read_to_string(site.root().join("content/yen-bai.md")).unwrap();
    let line = |key: &str| key_line(&text, key);
    assert_eq!(
        line("year:").split_whitespace().nth(1),
        Some("#"),
        "the key is empty: {text}"
    );
    assert!(
        line("year:").contains(
            "# the text names 1998, 2016 and 2025: write the year it reviews (YYYY), or \
             import it again with --year YYYY to read its figures"
        ),
        "{text}"
    );
    assert!(
        line("#   the year under review:").contains("import it again with --year YYYY"),
        "{text}"
    );
    assert!(!text.contains("\nfigures:"), "{text}");
    assert!(
        text.contains(
            "\n# figures.cooperatives_total: 345 (the text does not say which year it \
             reviews): \"Thành lập từ năm 1998, đến nay toàn tỉnh có 345 HTX.\""
        ),
        "{text}"
    );
    let out = site.build(&["--drafts"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("`year`"), "{}", stderr(&out));
    // Given the year, the text is read against it: its figures are that year's.
    let out = site.run(&[
        "import", "c.txt", "--stdout", "--root", root, "--year", "2023",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("\nyear: 2023 "), "{draft}");
    assert!(draft.contains("\n  cooperatives_total: 345 "), "{draft}");
    // The same text in English, with a plan's year.
    site.file(
        "e.txt",
        "Thai Binh cooperatives\n\nThai Binh province currently has 331 agricultural \
         cooperatives. The Dong Xuan cooperative, founded in 2016, plans to export its rice \
         to Korea by 2025.\n",
    );
    let out = site.run(&["import", "e.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(
        draft.contains("# the text names 2016 and 2025: write the year it reviews"),
        "{draft}"
    );
    assert!(
        !draft.contains("\n  cooperatives_agricultural: 331"),
        "{draft}"
    );
    assert!(
        draft.contains("\n# figures.cooperatives_agricultural: 331 (the text does not say"),
        "{draft}"
    );
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
fn the_year_from_the_texts_words_without_year() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    for (text, year) in [
        ("Gia Lai: kinh tế tập thể\n\nTrong năm 2024, toàn tỉnh Gia Lai thành lập mới 46 HTX.\n", 2024),
        ("Gia Lai: kinh tế tập thể\n\nTính đến tháng 12/2020, tỉnh Gia Lai có 418 HTX.\n", 2020),
        ("Gia Lai: kinh tế tập thể\n\nTính đến 31/12/2021, tỉnh Gia Lai có 418 HTX.\n", 2021),
        ("Gia Lai's cooperatives\n\nIn the first half of 2022, Gia Lai province set up 20 cooperatives.\n", 2022),
        // A conference day with its year outweighs an earlier year the text speaks of.
        ("Gia Lai: kinh tế tập thể\n\nSáng 15/1/2024, Liên minh HTX tỉnh Gia Lai tổ chức hội nghị tổng kết.\n\nNăm 2015, toàn tỉnh Gia Lai có 120 HTX; nay có 418 HTX.\n", 2023),
        // A byline gives the page's day: "last year" is the year before it.
        ("Gia Lai's co-operatives\n\nNguyen Van Phuong February 6, 2024 08:23\n\nIn 2018 Gia Lai province had 200 co-operatives. Last year it set up 35 new co-operatives.\n", 2023),
    ] {
        site.file("a.txt", text);
        let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
        let draft = String::from_utf8_lossy(&out.stdout);
        assert!(draft.contains(&format!("\nyear: {year} ")), "{draft}");
    }
}

#[test]
fn a_term_gives_the_year_and_its_counts_of_all_but_not_its_foundings() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    site.file(
        "a.txt",
        "Gia Lai: Đại hội Liên minh HTX\n\nSáng 31-12, Liên minh HTX tỉnh Gia Lai tổ chức Đại hội \
         lần thứ I, nhiệm kỳ 2025-2030.\n\nNhiệm kỳ 2020-2025, toàn tỉnh thành lập mới 353 HTX. \
         Giai đoạn 2020-2025, toàn tỉnh có 507 HTX, trong đó có 380 HTX nông nghiệp.\n",
    );
    let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("\nyear: 2025 "), "{draft}");
    assert!(draft.contains("\n  cooperatives_total: 507 "), "{draft}");
    assert!(!draft.contains("cooperatives_new: 353"), "{draft}");
    // A law's day is no conference day, and a law's year no year under review.
    site.file(
        "b.txt",
        "La loi de 2023 sur les coopératives, qui entrera en vigueur le 1er juillet 2024, \
         soutient l'économie collective.\n\nLa province de Lao Cai compte actuellement 1 419 \
         coopératives.\n",
    );
    let out = site.run(&["import", "b.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(
        draft.contains("# the text names 2023 and 2024: write the year it reviews"),
        "{draft}"
    );
    assert!(!draft.contains("\nfigures:"), "{draft}");
}

#[test]
fn a_day_of_history_is_neither_the_conference_nor_its_year() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // A day recalled from before 1990 (the letter the Cooperative Day remembers): the
    // text then names no year of its own, and the draft leaves the year to the author
    // rather than writing 1946 (or 1945).
    for text in [
        "Ngày Hợp tác xã ở Điện Biên\n\nNgày 11/4/1946, Chủ tịch Hồ Chí Minh gửi thư cho Đại hội nông dân. Hiện toàn tỉnh Điện Biên có 250 HTX.\n",
        "Dien Bien marks Cooperative Day\n\nOn April 11, 1946, President Ho Chi Minh sent a letter to the farmers' congress. Dien Bien province now has 250 cooperatives.\n",
    ] {
        site.file("a.txt", text);
        let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
        let draft = String::from_utf8_lossy(&out.stdout);
        let year = draft.lines().find(|l| l.starts_with("year:")).unwrap_or_default();
        assert!(year.contains("names no year"), "{draft}");
        assert!(!draft.contains("1946-04-11") && !draft.contains("\nyear: 19"), "{draft}");
        assert!(draft.contains("\n  cooperatives_total: 250 "), "{draft}");
        let out = site.run(&["import", "a.txt", "--stdout", "--root", root, "--year", "2021"]);
        let draft = String::from_utf8_lossy(&out.stdout);
        let date = draft.lines().find(|l| l.starts_with("date:")).unwrap_or_default();
        assert!(date.contains("does not name the conference day"), "{draft}");
    }
    // A conference day of today's years is still read, with its year.
    site.file(
        "a.txt",
        "Ngày Hợp tác xã ở Điện Biên\n\nSáng 10/4/2024, Liên minh HTX tỉnh Điện Biên tổ chức hội nghị. Hiện toàn tỉnh có 250 HTX.\n",
    );
    let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("\ndate: 2024-04-10 "), "{draft}");
    assert!(draft.contains("\nyear: 2023 "), "{draft}");
}

#[test]
fn last_year_in_a_conference_held_the_year_after_is_the_year_reviewed() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let text = |day: &str| {
        format!(
            "Hoa Binh reviews its collective economy\n\n{day}, the provincial steering \
             committee reviewed its 2021 activities. Last year, 40 new cooperatives were \
             established in Hoa Binh province, which now has 450 cooperatives.\n"
        )
    };
    site.file("january.txt", text("On January 12, 2022"));
    let out = site.run(&["import", "january.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("\nyear: 2021 "), "{report}");
    assert!(report.contains("\n  cooperatives_new: 40 "), "{report}");
    // Held in the year reviewed, its "last year" is the year before.
    site.file("december.txt", text("On December 28, 2021"));
    let out = site.run(&["import", "december.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("\nyear: 2021 "), "{report}");
    assert!(!report.contains("cooperatives_new: 40"), "{report}");
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
        site.file("a.txt", text);
        let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
        let draft = String::from_utf8_lossy(&out.stdout);
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

#[test]
fn an_anniversary_a_plans_headline_and_counts_to_now_are_no_year_reviewed() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let draft = |name: &str, text: &str| {
        site.file(name, text);
        let out = site.run(&["import", name, "--stdout", "--root", root]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // The two days of an anniversary are neither the conference day nor its year: the
    // union's founding day gave 1993 (the year before 06/3/1994) and a date of 1994.
    for text in [
        "Liên minh HTX tỉnh Yên Bái 30 năm\n\nMới đây, Liên minh HTX tỉnh Yên Bái tổ chức kỷ niệm 30 năm ngày thành lập (06/3/1994 – 06/3/2024). Toàn tỉnh có 345 HTX.\n",
        "Yen Bai union turns 30\n\nRecently, the Yen Bai provincial Cooperative Alliance celebrated its 30th anniversary (March 6, 1994 – March 6, 2024). Yen Bai province has 345 cooperatives.\n",
    ] {
        let d = draft("a.txt", text);
        assert!(key_line(&d, "date:").contains("does not name the conference day"), "{d}");
        assert!(key_line(&d, "year:").contains("# the text names 1994 and 2024: write the year"), "{d}");
        assert!(d.contains("\n# figures.cooperatives_total: 345 (the text does not say"), "{d}");
    }
    // A plan's headline names the year of its aims: the year before is reviewed (a
    // guess, listed) and the aims are its targets.
    for text in [
        "Yên Bái phát triển hợp tác xã năm 2026\n\nTỉnh Yên Bái đề ra mục tiêu năm 2026 sẽ có 400 HTX, thành lập mới 30 HTX.\n",
        "Yen Bai develops cooperatives in 2026\n\nYen Bai province aims to have 400 cooperatives in 2026, with 30 new ones.\n",
    ] {
        let d = draft("p.txt", text);
        assert!(key_line(&d, "year:").starts_with("year: 2025 "), "{d}");
        assert!(d.contains("the year under review: 2025 is a guess"), "{d}");
        assert!(d.contains("\n  cooperatives_total: 400 "), "{d}");
    }
    // Counted from 2013 to now, in a text with no date: the one year said elsewhere is
    // not now's, so the year and the figures are left to the author.
    for text in [
        "Yên Bái thành lập mới 120 HTX\n\nTừ năm 2013 đến nay, toàn tỉnh Yên Bái có 120 HTX thành lập mới; toàn tỉnh đang có 345 HTX.\n\nRiêng năm 2017, thu nhập bình quân của lao động đạt 3 triệu đồng/người/tháng.\n",
        "Yen Bai sets up 120 cooperatives\n\nSince 2013, Yen Bai province has set up 120 new cooperatives, bringing the total to date to 345.\n\nIn 2017 alone, the average income of workers reached VND 3 million a month.\n",
    ] {
        let d = draft("n.txt", text);
        assert!(key_line(&d, "year:").contains("# the text names 2013 and 2017: write the year"), "{d}");
        assert!(!d.contains("\nfigures:"), "{d}");
    }
}

#[test]
fn a_year_said_once_in_a_persons_account_leaves_the_year_to_the_author() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // A feature with no date: the province's count is of now, and the one year is in
    // what a cooperative's director told. The draft names the years, writes no figure.
    for (text, years) in [
        (
            "Hợp tác xã giúp nông dân Yên Bái\n\nHiện nay, tỉnh Yên Bái có trên 345 HTX.\n\nÔng Minh, Giám đốc HTX Đồng Tâm cho biết, HTX thành lập năm 2017. Năm 2019 doanh thu của HTX đạt gần 3 tỷ đồng.\n",
            "2017 and 2019",
        ),
        (
            "Cooperatives help Yen Bai farmers\n\nYen Bai province has 345 cooperatives.\n\nThe head of the hamlet said that after the road was built in 2016, the hamlet's tea found buyers.\n",
            "2016",
        ),
    ] {
        site.file("a.txt", text);
        let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
        let d = String::from_utf8_lossy(&out.stdout);
        let want = format!("# the text names {years}: write the year it reviews");
        assert!(key_line(&d, "year:").contains(&want), "{d}");
        assert!(!d.contains("\nfigures:"), "{d}");
        assert!(d.contains("\n# figures.cooperatives_total: 345 (the text does not say"), "{d}");
    }
}

#[test]
fn a_founding_day_recalled_is_not_the_conference_day() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    for text in [
        "Liên minh HTX tỉnh Yên Bái\n\nNgày 6/3/1994, Liên minh HTX tỉnh Yên Bái được thành lập. Năm 2024, toàn tỉnh có 345 HTX.\n",
        "Yen Bai Cooperative Alliance\n\nOn March 6, 1994, the Yen Bai provincial Cooperative Alliance was founded. In 2024, Yen Bai province had 345 cooperatives.\n",
    ] {
        site.file("a.txt", text);
        let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
        let d = String::from_utf8_lossy(&out.stdout);
        assert!(key_line(&d, "date:").contains("does not name the conference day"), "{d}");
        assert!(key_line(&d, "year:").starts_with("year: 2024 "), "{d}");
        assert!(d.contains("\n  cooperatives_total: 345 "), "{d}");
    }
}
