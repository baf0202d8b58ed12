//! `coopsite import` measured on real articles it was not written for: every article of
//! the development set (`tests/reader/articles/*.txt`, what a person reads in each in
//! the `.yaml` beside it, see `tests/reader/README.md`) is imported by the real binary
//! WITHOUT `--year` (and without `--region`, unless import asks for it), and what is
//! written is compared with what a person reads.
//!
//! Printed: each article's mistakes, then precision (the share of the figures and
//! targets written that are right, under the year a person reads: a right number filed
//! under a wrong year counts as wrong; in a draft whose year is left to the author, a text
//! that names no year, it counts by its value) and recall (the share of those a person reads
//! that are written right) per split (dev, test, holdout, fresh, blind2, blind3, blind4,
//! blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13, blind14,
//! blind15, blind16, blind17, blind18, blind19), per language and overall, and how often the year under review,
//! the conference date and the region are right.
//! Run with `cargo test --test import_realworld -- --nocapture` to see them.
//!
//! Rules were developed on `dev`; `test`, `holdout`, `fresh` and `blind2` to `blind15` were
//! collected as text nobody developed rules on, measured, and became development text
//! afterwards (tests/reader/README.md says when; `blind8` was measured at the start and the
//! end of the fourth session of 2026-12-06, `blind9` at the start and the end of the fifth,
//! `blind10` at the start and the end of the sixth, `blind11` of the seventh, `blind12` of
//! the eighth, `blind13` of the ninth, `blind14` of the tenth, `blind15` of the eleventh, on
//! 2026-12-07); `blind12` is development text from the ninth session on, `blind13` from the
//! tenth, `blind14` from the eleventh, `blind15` from the twelfth and `blind16` (the
//! held-out measure of the twelfth session) from the thirteenth, `blind17` (the held-out
//! measure of the thirteenth session) from the fourteenth. `blind18` (collected blind on
//! 2026-12-07) is the held-out measure of the fourteenth session, development text from the
//! fifteenth; `blind19` (collected blind on 2026-12-08) the held-out measure of the
//! sixteenth session's start, development text after it. Only `dev` and `test`
//! have floors: a floor on the others would invite tuning on them.
//!
//! Only the nine built-in keys are judged (the set labels only those); other keys
//! written are counted apart.
//!
//! A second measure, opt-in: with `COOPSITE_REALWORLD_GIVEN_YEAR=1` every article is
//! imported WITH `--year` given as the year a person reads (what an author gets after
//! "import it again with --year YYYY", the advice of a draft whose year import leaves to
//! them). Its summary is headed "WITH --year given as the labelled year" and every mistake
//! line is tagged `[<split>, --year given]`, so it is not confused with the measure without
//! `--year`; the floors are asserted only on the measure without `--year`. Run with
//! `COOPSITE_REALWORLD_GIVEN_YEAR=1 cargo test --test import_realworld -- --nocapture`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::{stderr, Site};
use serde_yaml::{Mapping, Value};

/// What is asserted on the `test` split: the targets of issue #23 (97% precision, 80%
/// recall) or the numbers reached, a little below them (measured on 14 test articles after
/// the recall round of 2026-12-06, 15ff6a9: 97.2% and 89.7%; at the end of the sixth
/// session of 2026-12-06, bd7eeb8: 100% (39/39) and 100%; `test` is development text since
/// 2026-12-06, docs/import.md). Re-measure and raise them when import, the reader or the
/// set changes.
const TEST_PRECISION_FLOOR: f64 = 0.97;
const TEST_RECALL_FLOOR: f64 = 0.94;
/// What is asserted on the `dev` split (tuned on), so it fails on regression
/// (measured on 31 dev articles at 15ff6a9: 97.1% and 85.3%; at 059e4e7, where a right
/// number under a wrong year counts as wrong, 95.1% and 83.6%; at bd7eeb8 95.3% (101/106)
/// and 87.1%).
const DEV_PRECISION_FLOOR: f64 = 0.95;
const DEV_RECALL_FLOOR: f64 = 0.86;

/// The environment variable that switches on the measure with `--year` given.
const GIVEN_YEAR_VAR: &str = "COOPSITE_REALWORLD_GIVEN_YEAR";

/// Whether this run measures import with `--year` given as the labelled year.
fn given_year() -> bool {
    std::env::var(GIVEN_YEAR_VAR).is_ok_and(|v| v == "1")
}

/// The splits of the set (see tests/reader/README.md).
const SPLITS: [&str; 22] = [
    "dev", "test", "holdout", "fresh", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
    "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
    "blind16", "blind17", "blind18", "blind19",
];

const KEYS: [&str; 9] = [
    "cooperatives_total",
    "cooperatives_new",
    "cooperatives_effective",
    "cooperatives_agricultural",
    "cooperative_groups",
    "cooperative_group_members",
    "avg_revenue_per_cooperative",
    "avg_profit_per_cooperative",
    "avg_income_per_worker",
];

/// A value as a person reads it: the amount and whether it is per month.
type Amount = (i64, bool);

/// `section.key` -> value.
type Entries = BTreeMap<String, Amount>;

fn articles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reader/articles")
}

fn amount(v: &Value) -> Option<Amount> {
    match v {
        Value::Number(n) => Some((n.as_f64()?.round() as i64, false)),
        Value::Mapping(m) => {
            let a = amount(m.get("amount")?)?.0;
            let month = m.get("per").and_then(Value::as_str) == Some("month");
            Some((a, month))
        }
        _ => None,
    }
}

/// The nine keys' figures and targets of a YAML map; other keys are counted apart.
fn entries(map: &Mapping, others: &mut usize) -> Entries {
    let mut out = Entries::new();
    for section in ["figures", "targets"] {
        let Some(Value::Mapping(m)) = map.get(section) else {
            continue;
        };
        for (k, v) in m {
            let key = k.as_str().unwrap_or_default();
            match (KEYS.contains(&key), amount(v)) {
                (true, Some(a)) => {
                    out.insert(format!("{section}.{key}"), a);
                }
                (true, None) => panic!("{section}.{key}: {v:?} is not a value"),
                (false, _) => *others += 1,
            }
        }
    }
    out
}

/// The front matter of a drafted report.
fn front_matter(text: &str) -> Mapping {
    let rest = text.strip_prefix("---\n").expect("front matter opens");
    let (yaml, _) = rest.split_once("\n---\n").expect("front matter closes");
    serde_yaml::from_str(yaml).expect("front matter is YAML")
}

fn show(a: Amount) -> String {
    format!("{}{}", a.0, if a.1 { "/month" } else { "" })
}

#[derive(Default, Clone, Copy)]
struct Score {
    articles: usize,
    written: usize,
    right: usize,
    expected: usize,
    year_right: usize,
    date_expected: usize,
    date_right: usize,
    /// A date written that is not the conference day.
    date_wrong: usize,
    region_right: usize,
    refused: usize,
    /// Drafts whose year is left to the author (the text names no year).
    year_left: usize,
    others: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.articles += o.articles;
        self.written += o.written;
        self.right += o.right;
        self.expected += o.expected;
        self.year_right += o.year_right;
        self.date_expected += o.date_expected;
        self.date_right += o.date_right;
        self.date_wrong += o.date_wrong;
        self.region_right += o.region_right;
        self.refused += o.refused;
        self.year_left += o.year_left;
        self.others += o.others;
    }
    fn precision(&self) -> f64 {
        if self.written == 0 {
            return 1.0;
        }
        self.right as f64 / self.written as f64
    }
    fn recall(&self) -> f64 {
        if self.expected == 0 {
            return 1.0;
        }
        self.right as f64 / self.expected as f64
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<10} {:>3} articles  precision {:>5.1}% ({}/{})  recall {:>5.1}% ({}/{})  \
             year {}/{}  date {}/{} ({} wrong)  region {}/{}  refused {}  year left {}  other keys {}",
            self.articles,
            self.precision() * 100.0,
            self.right,
            self.written,
            self.recall() * 100.0,
            self.right,
            self.expected,
            self.year_right,
            self.articles,
            self.date_right,
            self.date_expected,
            self.date_wrong,
            self.region_right,
            self.articles,
            self.refused,
            self.year_left,
            self.others
        )
    }
}

/// Runs import on one article (with `--year YEAR` when `year` is given): the drafted front
/// matter, and whether `--region` had to be given.
fn import(
    site: &Site,
    txt: &Path,
    region: &str,
    year: Option<&str>,
) -> Result<(Mapping, bool), String> {
    let root = site.root().to_str().unwrap();
    let file = txt.to_str().unwrap();
    let mut args = vec!["import", file, "--stdout", "--root", root];
    if let Some(y) = year {
        args.extend(["--year", y]);
    }
    let out = site.run(&args);
    let (out, asked) = if out.status.code() == Some(2) && stderr(&out).contains("--region") {
        args.extend(["--region", region]);
        (site.run(&args), true)
    } else {
        (out, false)
    };
    if !out.status.success() {
        return Err(stderr(&out).trim().replace('\n', " | "));
    }
    Ok((front_matter(&String::from_utf8_lossy(&out.stdout)), asked))
}

/// Imports one article and scores it, printing its mistakes (with `--year` given as the
/// labelled year when `given` is true, each mistake line tagged so).
fn score_article(site: &Site, yaml_path: &Path, given: bool) -> (String, String, Score) {
    let stem = yaml_path.file_stem().unwrap().to_string_lossy().to_string();
    let want: Mapping = serde_yaml::from_str(&fs::read_to_string(yaml_path).unwrap())
        .unwrap_or_else(|e| panic!("{stem}.yaml: {e}"));
    let split = want["split"].as_str().expect("split").to_string();
    assert!(
        SPLITS.contains(&split.as_str()),
        "{stem}.yaml: split {split:?} is not one of {SPLITS:?}"
    );
    let lang = want["lang"].as_str().expect("lang").to_string();
    let region = want["region"].as_str().expect("region").to_string();
    let mut s = Score {
        articles: 1,
        ..Score::default()
    };
    let expected = entries(&want, &mut 0);
    s.expected = expected.len();
    let want_date = want.get("date").and_then(Value::as_str).map(str::to_string);
    s.date_expected = usize::from(want_date.is_some());
    let txt = yaml_path.with_extension("txt");
    let tag = if given {
        format!("{split}, --year given")
    } else {
        split.clone()
    };
    let year_arg = want["year"]
        .as_i64()
        .filter(|_| given)
        .map(|y| y.to_string());
    let (got, asked) = match import(site, &txt, &region, year_arg.as_deref()) {
        Ok(g) => g,
        Err(e) => {
            s.refused = 1;
            eprintln!("{stem} [{tag}]: REFUSED: {e}");
            return (split, lang, s);
        }
    };
    let written = entries(&got, &mut s.others);
    s.written = written.len();
    let mut notes = Vec::new();
    // A figure filed under another year is wrong where a reader finds it: the draft's
    // page is that year's. So it counts as right only under the year a person reads, or
    // in a draft whose year is left to the author (it is on no page until it is written).
    let year = got.get("year").and_then(Value::as_i64);
    let year_right = year == want["year"].as_i64();
    let year_left = got.get("year").is_none_or(Value::is_null);
    s.year_left = usize::from(year_left);
    for (k, v) in &written {
        match expected.get(k) {
            Some(e) if e == v && (year_right || year_left) => s.right += 1,
            Some(e) if e == v => {
                notes.push(format!("{k}: wrote {} under the wrong year", show(*v)))
            }
            Some(e) => notes.push(format!("{k}: wrote {} for {}", show(*v), show(*e))),
            None => notes.push(format!("{k}: wrote {} (not read by a person)", show(*v))),
        }
    }
    for (k, e) in &expected {
        if !written.contains_key(k) {
            notes.push(format!("{k}: missed {}", show(*e)));
        }
    }
    if year_right {
        s.year_right = 1;
    } else if year_left {
        notes.push(format!(
            "year: left to the author, for {:?}",
            want["year"].as_i64()
        ));
    } else {
        notes.push(format!("year: {year:?} for {:?}", want["year"].as_i64()));
    }
    let date = got.get("date").and_then(|d| match d {
        Value::String(s) => Some(s.clone()),
        _ => None,
    });
    if want_date.is_some() && date == want_date {
        s.date_right = 1;
    } else if date != want_date {
        s.date_wrong = usize::from(date.is_some());
        notes.push(format!("date: {date:?} for {want_date:?}"));
    }
    let got_region = got.get("region").and_then(Value::as_str).unwrap_or("");
    if !asked && got_region == region {
        s.region_right = 1;
    } else {
        notes.push(format!(
            "region: {got_region:?} for {region:?} (asked: {asked})"
        ));
    }
    for n in &notes {
        eprintln!("{stem} [{tag}]: {n}");
    }
    (split, lang, s)
}

#[test]
fn import_on_real_articles_it_was_not_written_for() {
    let mut yamls: Vec<PathBuf> = fs::read_dir(articles_dir())
        .expect("tests/reader/articles")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    yamls.sort();
    assert!(!yamls.is_empty(), "no articles in tests/reader/articles");
    let site = Site::new();
    let given = given_year();
    let mut by: BTreeMap<String, Score> = BTreeMap::new();
    for y in &yamls {
        let (split, lang, s) = score_article(&site, y, given);
        for name in [
            split.clone(),
            format!("{split}/{lang}"),
            format!("all/{lang}"),
            "all".into(),
        ] {
            by.entry(name).or_default().add(&s);
        }
    }
    if given {
        eprintln!(
            "\nimport on real articles WITH --year given as the labelled year \
             ({GIVEN_YEAR_VAR}=1; not the measure without --year; the nine built-in keys):"
        );
    } else {
        eprintln!("\nimport on real articles (without --year; the nine built-in keys):");
    }
    for (name, s) in &by {
        eprintln!("{}", s.line(name));
    }
    let get = |n: &str| by.get(n).copied().unwrap_or_default();
    for split in SPLITS {
        assert!(
            get(split).articles > 0,
            "no article of the {split} split was read"
        );
    }
    if given {
        // The floors are those of the measure without --year.
        return;
    }
    for (split, p_floor, r_floor) in [
        ("test", TEST_PRECISION_FLOOR, TEST_RECALL_FLOOR),
        ("dev", DEV_PRECISION_FLOOR, DEV_RECALL_FLOOR),
    ] {
        let s = get(split);
        assert!(
            s.precision() >= p_floor && s.recall() >= r_floor,
            "{}\nbelow the floor ({:.1}% precision, {:.1}% recall): a regression, or the set \
             changed (re-measure and set the floors in tests/import_realworld.rs)",
            s.line(split),
            p_floor * 100.0,
            r_floor * 100.0
        );
    }
}
