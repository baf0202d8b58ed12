//! `coopsite check` measured on real articles: for every article of the development set
//! (`tests/reader/articles/*.txt`, what a person reads in each in the `.yaml` beside it,
//! see `tests/reader/README.md`), a report is made with the figures and targets the
//! person labelled (region, year and date from the `.yaml`) and the article as its text,
//! and the real binary's `check --format json` is run on it.
//!
//! - Right figures must be quiet: a `differs` or `not-stated` warning on a labelled
//!   figure is a false alarm.
//! - Mistakes must be named: from each article, reports with the mistakes of issue #23
//!   are derived (see [`mutations`]) and a mistake is caught when a key it changed gets a
//!   `differs` or `not-stated` warning it did not get in the right report.
//!
//! Printed per split (every split of the set: dev, test, holdout, fresh, blind2, blind3,
//! blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13, blind14,
//! blind15, blind16, blind17, blind18, blind19)
//! and language: the false-alarm rate (warned right figures / right figures), the catch rate
//! (caught mistakes / mistakes), and the precision of the warnings (warnings on mistakes / all
//! warnings counted). Run with `cargo test --test check_realworld -- --nocapture` to see each
//! article's lines. The reader was tuned on the `dev` split only; `test` measures; `holdout`,
//! `fresh`, `blind2` to `blind12` (development text now), `blind13` (the held-out measure of
//! the ninth session, development text from the tenth), `blind14` (the held-out measure of
//! the tenth session, development text from the eleventh), `blind15` (the held-out measure of
//! the eleventh session, development text from the twelfth), `blind16` (the held-out measure
//! of the twelfth session, development text from the thirteenth), `blind17` (the held-out
//! measure of the thirteenth session, development text from the fourteenth) and `blind18` (the
//! held-out measure of the fourteenth session), `blind19` (the held-out measure of the
//! sixteenth session's start) are printed, never asserted (only `dev` and `test` have
//! floors).

mod common;

#[path = "check_realworld/mutate.rs"]
mod mutate;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use common::Site;
use mutate::{mutations, Article, Fig};
use serde_yaml::{Mapping, Value};

/// Floors asserted per split: the numbers measured, so a regression fails. Re-measure
/// and move them when the reader, check or the set changes (docs/check.md has them).
/// (split, highest false-alarm rate, lowest catch rate). dev caught 68/75 until the
/// reader stopped reading "vượt trên 65% kế hoạch" as a plan (vi_phu-tho_2023): 581
/// typed as new cooperatives had been caught only as "a target"; 67/75, then 68/75 with
/// a period word before an amount ("an average yearly income"); 66/75 once a year in a
/// name ("Luật HTX năm 2012") stopped governing: 15.171 HTX members typed as group
/// members in vi_gia-lai_2017 had been caught only as "2012's". Six test articles moved
/// to dev on 2026-12-05 (rules of import were made on them): dev 5/106 false alarms,
/// 97/109 caught; test 1/39, 35/38. With amounts glued to their currency ("VNĐ3.2
/// billion") read as money: dev 3/106, 98/111; test 0/39, 36/39.
const FLOORS: [(&str, f64, f64); 2] = [("dev", 0.03, 0.88), ("test", 0.01, 0.92)];

fn articles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reader/articles")
}

fn fig(v: &Value) -> Option<Fig> {
    match v {
        Value::Number(n) => Some(Fig {
            amount: n.as_f64()?.round() as i64,
            month: false,
        }),
        Value::Mapping(m) => Some(Fig {
            amount: fig(m.get("amount")?)?.amount,
            month: m.get("per").and_then(Value::as_str) == Some("month"),
        }),
        _ => None,
    }
}

fn load(yaml: &Path) -> Article {
    let stem = yaml.file_stem().unwrap().to_string_lossy().to_string();
    let m: Mapping = serde_yaml::from_str(&fs::read_to_string(yaml).unwrap())
        .unwrap_or_else(|e| panic!("{stem}.yaml: {e}"));
    let s = |k: &str| m.get(k).and_then(Value::as_str).map(str::to_string);
    let mut figures = BTreeMap::new();
    for section in ["figures", "targets"] {
        if let Some(Value::Mapping(f)) = m.get(section) {
            for (k, v) in f {
                let key = format!("{section}.{}", k.as_str().unwrap());
                figures.insert(key, fig(v).unwrap_or_else(|| panic!("{stem}: {v:?}")));
            }
        }
    }
    Article {
        stem,
        lang: s("lang").expect("lang"),
        split: s("split").expect("split"),
        region: s("region").expect("region"),
        year: m["year"].as_i64().expect("year") as i32,
        date: s("date"),
        half: m.get("half").and_then(Value::as_bool).unwrap_or(false),
        text: fs::read_to_string(yaml.with_extension("txt")).unwrap(),
        figures,
    }
}

/// The report of `a` with `figures` (dotted keys) as front matter.
fn report(a: &Article, figures: &BTreeMap<String, Fig>) -> String {
    let date = a.date.clone().unwrap_or_else(|| {
        if a.half {
            format!("{}-07-15", a.year)
        } else {
            format!("{}-01-15", a.year + 1)
        }
    });
    let mut out = format!(
        "---\ntitle: \"{}\"\ndate: {date}\nyear: {}\nunion: Liên minh HTX\nregion: \"{}\"\nlang: {}\n",
        a.stem, a.year, a.region, a.lang
    );
    for section in ["figures", "targets"] {
        let mut lines = figures
            .iter()
            .filter_map(|(k, f)| Some((k.strip_prefix(&format!("{section}."))?, f)))
            .peekable();
        if lines.peek().is_some() {
            out += &format!("{section}:\n");
        }
        for (k, f) in lines {
            if f.month {
                out += &format!("  {k}: {{amount: {}, per: month}}\n", f.amount);
            } else {
                out += &format!("  {k}: {}\n", f.amount);
            }
        }
    }
    out + "---\n\n" + &a.text
}

/// `check --format json` on a site holding the one report: the keys warned of (kind
/// `differs` or `not-stated`) or named by an error, with the message.
fn warned(site: &Site, report: &str) -> BTreeMap<String, String> {
    site.file("content/a.md", report);
    let root = site.root().to_str().unwrap();
    let o = site.run(&["check", "--format", "json", "--root", root]);
    let doc: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", common::stderr(&o)));
    let mut out = BTreeMap::new();
    for p in doc["problems"].as_array().unwrap() {
        // An error naming the key (a part above its whole) names the mistake too.
        let error = (p["severity"] == "error").then_some("error");
        let Some(kind) = p["kind"].as_str().or(error) else {
            continue;
        };
        let msg = p["message"].as_str().unwrap();
        let key = msg.split(':').next().unwrap().to_string();
        out.insert(key, format!("{kind}: {msg}"));
    }
    out
}

/// Mistakes caught and derived, per kind.
type Kinds = BTreeMap<String, (usize, usize)>;

#[derive(Default, Clone, Copy)]
struct Score {
    articles: usize,
    right: usize,
    alarms: usize,
    alarms_differs: usize,
    mistakes: usize,
    caught: usize,
    /// Mistakes on keys already warned when right: not counted either way.
    unmeasured: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.articles += o.articles;
        self.right += o.right;
        self.alarms += o.alarms;
        self.alarms_differs += o.alarms_differs;
        self.mistakes += o.mistakes;
        self.caught += o.caught;
        self.unmeasured += o.unmeasured;
    }
    fn false_alarms(&self) -> f64 {
        ratio(self.alarms, self.right, 0.0)
    }
    fn catch(&self) -> f64 {
        ratio(self.caught, self.mistakes, 1.0)
    }
    fn precision(&self) -> f64 {
        ratio(self.caught, self.caught + self.alarms, 1.0)
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<9} {:>3} articles  false alarms {:>5.1}% ({}/{}, {} differs)  caught {:>5.1}% ({}/{}, {} unmeasured)  precision {:>5.1}%",
            self.articles,
            self.false_alarms() * 100.0,
            self.alarms,
            self.right,
            self.alarms_differs,
            self.catch() * 100.0,
            self.caught,
            self.mistakes,
            self.unmeasured,
            self.precision() * 100.0,
        )
    }
}

fn ratio(a: usize, b: usize, empty: f64) -> f64 {
    if b == 0 {
        empty
    } else {
        a as f64 / b as f64
    }
}

/// Checks the right report of `a` and each mistake derived from it; prints what
/// check got wrong. Also counts caught mistakes per kind into `kinds`.
fn score(site: &Site, a: &Article, kinds: &mut BTreeMap<String, (usize, usize)>) -> Score {
    let mut s = Score {
        articles: 1,
        right: a.figures.len(),
        ..Score::default()
    };
    let quiet = warned(site, &report(a, &a.figures));
    assert!(
        quiet.values().all(|w| !w.starts_with("error")),
        "{}: the right report has errors: {quiet:?}",
        a.stem
    );
    for (key, why) in &quiet {
        if a.figures.contains_key(key) {
            s.alarms += 1;
            s.alarms_differs += usize::from(why.starts_with("differs"));
            eprintln!("{} [{}] FALSE ALARM {why}", a.stem, a.split);
        }
    }
    for m in mutations(a) {
        let changed: BTreeSet<&String> = m
            .figures
            .iter()
            .filter(|(k, f)| a.figures.get(*k) != Some(*f))
            .map(|(k, _)| k)
            .collect();
        if changed.iter().all(|k| quiet.contains_key(*k)) {
            s.unmeasured += 1;
            continue;
        }
        let got = warned(site, &report(a, &m.figures));
        let caught = changed
            .iter()
            .any(|k| !quiet.contains_key(*k) && got.contains_key(*k));
        s.mistakes += 1;
        s.caught += usize::from(caught);
        let e = kinds.entry(m.kind.to_string()).or_default();
        e.0 += usize::from(caught);
        e.1 += 1;
        if caught {
            for k in &changed {
                if let Some(w) = got.get(*k) {
                    eprintln!("{} [{}] caught {}: {w}", a.stem, a.split, m.kind);
                }
            }
        } else {
            eprintln!("{} [{}] MISSED {}: {}", a.stem, a.split, m.kind, m.what);
        }
    }
    s
}

#[test]
fn check_on_real_articles_is_quiet_on_right_figures_and_names_mistakes() {
    let mut yamls: Vec<PathBuf> = fs::read_dir(articles_dir())
        .expect("tests/reader/articles")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    yamls.sort();
    assert!(yamls.len() >= 30, "the set has {} articles", yamls.len());
    // Two workers, each with its own site; results in the articles' order.
    let scored: Vec<(Article, Score, Kinds)> = std::thread::scope(|scope| {
        let workers: Vec<_> = yamls
            .chunks(yamls.len().div_ceil(2))
            .map(|part| {
                scope.spawn(move || {
                    let site = Site::new();
                    site.file("coopsite.yaml", "base_url: https://example.org/\n");
                    part.iter()
                        .map(|y| {
                            let a = load(y);
                            let mut kinds = BTreeMap::new();
                            let s = score(&site, &a, &mut kinds);
                            (a, s, kinds)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    let mut by: BTreeMap<String, Score> = BTreeMap::new();
    let mut kinds: BTreeMap<String, BTreeMap<String, (usize, usize)>> = BTreeMap::new();
    for (a, s, k) in &scored {
        for name in [a.split.clone(), format!("{}/{}", a.split, a.lang)] {
            by.entry(name).or_default().add(s);
        }
        let per = kinds.entry(a.split.clone()).or_default();
        for (kind, (c, t)) in k {
            let e = per.entry(kind.clone()).or_default();
            e.0 += c;
            e.1 += t;
        }
    }
    eprintln!("\ncheck on real articles (right figures, and mistakes derived from them):");
    for (name, s) in &by {
        eprintln!("{}", s.line(name));
    }
    for (split, k) in &kinds {
        let each: Vec<String> = k.iter().map(|(n, (c, t))| format!("{n} {c}/{t}")).collect();
        eprintln!("{split:<9} caught by kind: {}", each.join(", "));
    }
    for (split, alarms, catch) in FLOORS {
        let s = by[split];
        assert!(s.mistakes > 0 && s.right > 0, "{}", s.line(split));
        assert!(
            s.false_alarms() <= alarms + 1e-9 && s.catch() >= catch - 1e-9,
            "{}\npast the floor ({:.1}% false alarms at most, {:.1}% caught at least): a \
             regression, or the set changed (re-measure, set FLOORS in tests/check_realworld.rs)",
            s.line(split),
            alarms * 100.0,
            catch * 100.0
        );
    }
}
