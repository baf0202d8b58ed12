//! The mistakes of issue #23 derived from a labelled article, without the reader (so
//! what is measured is not chosen by what is measured): the numbers of another year, a
//! change or a target are found by a plain scan of the text and a few words per
//! language kept here.

use std::collections::BTreeMap;

/// A labelled value: the amount and whether it is per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fig {
    pub amount: i64,
    pub month: bool,
}

/// One article of the set with what a person reads in it.
pub struct Article {
    pub stem: String,
    pub lang: String,
    pub split: String,
    pub region: String,
    pub year: i32,
    pub date: Option<String>,
    pub half: bool,
    pub text: String,
    /// `figures.key` / `targets.key` -> value.
    pub figures: BTreeMap<String, Fig>,
}

/// `figures.key` / `targets.key` -> value.
pub type Figures = BTreeMap<String, Fig>;

/// A wrong report: its kind, what was changed, and all its figures.
pub struct Mutation {
    pub kind: &'static str,
    pub what: String,
    pub figures: BTreeMap<String, Fig>,
}

const COUNTS: [&str; 6] = [
    "cooperatives_total",
    "cooperatives_new",
    "cooperatives_effective",
    "cooperatives_agricultural",
    "cooperative_groups",
    "cooperative_group_members",
];
const MONEY: [&str; 3] = [
    "avg_revenue_per_cooperative",
    "avg_profit_per_cooperative",
    "avg_income_per_worker",
];

/// Words that make a sentence speak of a change, a target or a plan (per language).
fn change_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "vi" => &[
            "phấn đấu",
            "chỉ tiêu",
            "kế hoạch",
            "mục tiêu",
            "tăng",
            "giảm",
            "so với",
        ],
        "fr" => &["objectif", "hausse", "par rapport", "plan", "augment"],
        _ => &[
            "target",
            "aim",
            "plan",
            "increase",
            "compared",
            "strive",
            "more than last",
            "up from",
        ],
    }
}

/// Words after a number that make it an amount, a share or a measure, not a count.
const NOT_COUNT: &[&str] = &[
    "%",
    "triệu",
    "tỷ",
    "tỉ",
    "nghìn",
    "ngàn",
    "đồng",
    "million",
    "billion",
    "milliard",
    "vnd",
    "usd",
    "ha",
    "tấn",
    "km",
    "m2",
    "tháng",
    "năm",
    "month",
    "year",
    "ans",
    "mois",
    "lần",
    "times",
    "sản phẩm",
    "products",
    "produits",
    "tons",
    "tonnes",
    "hectare",
];

/// Words before a number that make it a day or a month.
const DAY_WORDS: &[&str] = &[
    "ngày",
    "tháng",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Every mistake derivable from `a`, in a fixed order.
pub fn mutations(a: &Article) -> Vec<Mutation> {
    let mut out = Vec::new();
    let f = &a.figures;
    let with = |changes: &[(String, Fig)]| with(f, changes);
    // Money per month typed as per year (the amount as written), per year as per month.
    for key in MONEY {
        let k = format!("figures.{key}");
        if let Some(v) = f.get(&k) {
            let wrong = Fig {
                month: !v.month,
                ..*v
            };
            let what = format!(
                "{k}: {} typed {}",
                v.amount,
                if v.month { "per year" } else { "per month" }
            );
            out.push(Mutation {
                kind: "period",
                what,
                figures: with(&[(k, wrong)]),
            });
        }
    }
    // Two counts swapped: each pair of neighbours among the labelled counts.
    let counts: Vec<(String, Fig)> = COUNTS
        .iter()
        .filter_map(|k| Some((format!("figures.{k}"), *f.get(&format!("figures.{k}"))?)))
        .collect();
    for p in counts.windows(2) {
        let ((ka, va), (kb, vb)) = (&p[0], &p[1]);
        if va != vb {
            let what = format!("{ka} {} and {kb} {} swapped", va.amount, vb.amount);
            let figures = with(&[(ka.clone(), *vb), (kb.clone(), *va)]);
            out.push(Mutation {
                kind: "swap",
                what,
                figures,
            });
        }
    }
    // Revenue typed as profit.
    if let Some(r) = f.get("figures.avg_revenue_per_cooperative") {
        let k = "figures.avg_profit_per_cooperative".to_string();
        let what = format!("{k}: the revenue {} typed", r.amount);
        out.push(Mutation {
            kind: "revenue-as-profit",
            what,
            figures: with(&[(k, *r)]),
        });
    }
    // A labelled target typed as the year's figure.
    for (k, v) in f.iter().filter(|(k, _)| k.starts_with("targets.")) {
        let fk = k.replacen("targets.", "figures.", 1);
        if f.get(&fk) != Some(v) {
            let what = format!("{fk}: the target {} typed", v.amount);
            out.push(Mutation {
                kind: "target-as-figure",
                what,
                figures: with(&[(fk, *v)]),
            });
        }
    }
    out.extend(distractors(a, &counts));
    out
}

/// `f` with `changes` made.
fn with(f: &Figures, changes: &[(String, Fig)]) -> Figures {
    let mut m = f.clone();
    for (k, v) in changes {
        m.insert(k.clone(), *v);
    }
    m
}

/// The first count of another year, and the first of a change or target, typed as
/// this year's count of the nearest size.
fn distractors(a: &Article, counts: &[(String, Fig)]) -> Vec<Mutation> {
    let with = |changes: &[(String, Fig)]| with(&a.figures, changes);
    let mut out = Vec::new();
    if counts.is_empty() {
        return out;
    }
    let labelled: Vec<i64> = a.figures.values().map(|f| f.amount).collect();
    let mut done = [false, false];
    for sentence in sentences(&a.text) {
        let lower = sentence.to_lowercase();
        let other_year = years(sentence).iter().any(|&y| y != a.year);
        let change = change_words(&a.lang).iter().any(|w| lower.contains(w));
        for n in whole_counts(sentence) {
            if labelled.contains(&n) {
                continue;
            }
            for (slot, yes, kind) in [
                (0, other_year, "other-year"),
                (1, change, "change-or-target"),
            ] {
                if done[slot] || !yes {
                    continue;
                }
                let size = |v: i64| ((v as f64).ln() - (n as f64).ln()).abs();
                let (k, _) = counts
                    .iter()
                    .min_by(|x, y| size(x.1.amount).total_cmp(&size(y.1.amount)))
                    .unwrap();
                let what = format!("{k}: {n} of \"{}\" typed", sentence.trim());
                let wrong = Fig {
                    amount: n,
                    month: false,
                };
                out.push(Mutation {
                    kind,
                    what,
                    figures: with(&[(k.clone(), wrong)]),
                });
                done[slot] = true;
            }
        }
    }
    out
}

/// The text cut at `.`, `!`, `?`, `;` followed by a space, and at line ends.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let end = c == b'\n'
            || (matches!(c, b'.' | b'!' | b'?' | b';')
                && b.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()));
        if end {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    out.push(&text[start..]);
    out
}

/// Four-digit years 1990-2060 standing as words.
fn years(s: &str) -> Vec<i32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (1990..=2060).contains(y))
        .collect()
}

/// Whole numbers written as counts: digits grouped by three after `.`, `,` or a space,
/// not part of a date, a time, a code, a decimal, a range or a year, nor followed by a
/// scale, unit or `%`.
fn whole_counts(s: &str) -> Vec<i64> {
    let c: Vec<char> = s.chars().collect();
    let digit = |i: usize| c.get(i).is_some_and(char::is_ascii_digit);
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if !digit(i) || (i > 0 && (c[i - 1].is_alphanumeric() || "/-.,:+".contains(c[i - 1]))) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut value: String = String::new();
        while digit(j) {
            value.push(c[j]);
            j += 1;
        }
        while j < c.len()
            && ".,  \u{a0}".contains(c[j])
            && (1..=3).all(|d| digit(j + d))
            && !digit(j + 4)
        {
            value.extend(&c[j + 1..j + 4]);
            j += 4;
        }
        // A date, a time, a decimal, a code ("20-NQ/TW") or a range ("10 - 15%").
        let glued = c.get(j).is_some_and(|&x| {
            "/-.,:".contains(x) && c.get(j + 1).is_some_and(|n| n.is_alphanumeric())
        });
        let rest: String = c[j..]
            .iter()
            .collect::<String>()
            .trim_start()
            .to_lowercase();
        let unit = NOT_COUNT.iter().any(|w| rest.starts_with(w)) || rest.starts_with(['-', '–']);
        let before: String = c[..i].iter().collect::<String>().to_lowercase();
        let day = DAY_WORDS.iter().any(|w| before.trim_end().ends_with(w));
        let n: i64 = value.parse().unwrap_or(0);
        let year = value.len() == 4 && (1990..=2060).contains(&n);
        if !glued
            && !unit
            && !year
            && !day
            && n >= 2
            && c.get(j).is_none_or(|x| !x.is_alphanumeric())
        {
            out.push(n);
        }
        i = j.max(i + 1);
    }
    out
}
