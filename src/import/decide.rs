//! From everything read to what is written: one value per key when the text gives
//! one, and what is left out, each with why, for the author.

mod one_kind;

use super::found::{Found, Section, Val};
use crate::content::amount::Period;
use crate::content::reader::Statement;
use crate::figure_table::{
    is_kind_count, FigureTable, AGRICULTURAL, EFFECTIVE, GROUPS, INCOME, TOTAL,
};

/// The most a person's income a year may be (600 million VND, about 24,000 USD: ten
/// times what a cooperative's worker earns).
const MAX_INCOME: f64 = 600_000_000.0;

/// The fewest cooperatives, and cooperative groups, a province counts in all: the
/// fewest any province's text of the development set gives is 63 of each (Kon Tum's
/// cooperatives in 2016, of 322 labelled totals; of 144 labelled counts of groups), and
/// the provinces merged in 2025 count hundreds. A smaller count of all is a district's,
/// a prize's or a programme's (the three winners of an award, a city's 34 cooperatives
/// and 21 groups), not the province's.
const MIN_TOTAL: u64 = 50;

/// A figure to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    pub key: &'static str,
    pub val: Val,
    pub quote: String,
}

/// A number read but not written, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Left {
    pub section: Section,
    pub key: &'static str,
    pub val: Val,
    pub quote: String,
    pub why: String,
    pub pos: usize,
}

#[derive(Debug, Default)]
pub struct Decided {
    pub figures: Vec<Chosen>,
    pub targets: Vec<Chosen>,
    pub left: Vec<Left>,
}

impl Val {
    /// "1059", "850000000 VND a year", "5600000 VND a month".
    pub fn show(&self) -> String {
        match self {
            Val::Count(n) => n.to_string(),
            Val::Money { amount, per } => format!(
                "{} VND a {}",
                number(*amount),
                if *per == Period::Month {
                    "month"
                } else {
                    "year"
                }
            ),
        }
    }

    fn per_year(&self) -> f64 {
        match self {
            Val::Count(n) => *n as f64,
            Val::Money { amount, per } => match per {
                Period::Month => amount * 12.0,
                Period::Year => *amount,
            },
        }
    }
}

/// A number as YAML and people write it: digits, no exponent.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e17 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

impl Chosen {
    /// Left out after it was chosen, and why: it stands after the text's own words
    /// (`pos` past the end), told last.
    fn left_out(self, section: Section, why: String) -> Left {
        Left {
            section,
            key: self.key,
            val: self.val,
            quote: self.quote,
            why,
            pos: usize::MAX,
        }
    }
}

fn left(f: &Found, why: String) -> Left {
    Left {
        section: f.section,
        key: f.key,
        val: f.val.clone(),
        quote: f.quote.clone(),
        why,
        pos: f.pos,
    }
}

/// One value per key: the one the clearest words state, when they all agree. `read`:
/// the statements the figures were found among (what else the text counts).
pub fn decide(found: Vec<Found>, read: &[Statement]) -> Decided {
    let mut out = Decided::default();
    let mut keys: Vec<(Section, &'static str)> = Vec::new();
    let found: Vec<Found> = found.into_iter().map(too_few).collect();
    for f in &found {
        match &f.doubt {
            Some(why) => out.left.push(left(f, why.clone())),
            None if !keys.contains(&(f.section, f.key)) => keys.push((f.section, f.key)),
            None => {}
        }
    }
    for (section, key) in keys {
        let all: Vec<&Found> = found
            .iter()
            .filter(|f| f.doubt.is_none() && f.section == section && f.key == key)
            .collect();
        let strong: Vec<&Found> = all.iter().copied().filter(|f| f.strong).collect();
        let pool = if strong.is_empty() { &all } else { &strong };
        let mut values: Vec<&Val> = Vec::new();
        for f in pool {
            if !values.contains(&&f.val) {
                values.push(&f.val);
            }
        }
        if values.len() > 1 {
            let shown: Vec<String> = values.iter().map(|v| v.show()).collect();
            let why = format!("the text states different values: {}", shown.join(", "));
            out.left.extend(pool.iter().map(|f| left(f, why.clone())));
            continue;
        }
        // The fullest words of those that state it (a sentence, not its heading).
        let quote = pool
            .iter()
            .map(|f| &f.quote)
            .max_by_key(|q| q.chars().count())
            .cloned()
            .unwrap_or_default();
        let chosen = Chosen {
            key,
            val: values[0].clone(),
            quote,
        };
        for f in all.iter().filter(|f| f.val != chosen.val) {
            let why = format!("read less surely than {}", chosen.val.show());
            out.left.push(left(f, why));
        }
        match section {
            Section::Figures => out.figures.push(chosen),
            Section::Targets => out.targets.push(chosen),
        }
    }
    for section in [Section::Figures, Section::Targets] {
        check(&mut out, section);
    }
    one_kind::leave_out_the_kinds(&mut out, &found, read);
    let table = FigureTable::built_in();
    for list in [&mut out.figures, &mut out.targets] {
        list.sort_by_key(|c| (table.rank(c.key), c.key));
    }
    out.left.sort_by_key(|l| l.pos);
    out.left
        .dedup_by(|a, b| a.key == b.key && a.val == b.val && a.why == b.why);
    out
}

/// A count of all cooperatives or groups too small for a province's ([`MIN_TOTAL`]) is
/// doubted before values are chosen, so another count of all can be written, and no
/// count of a kind is taken for more than all by it.
fn too_few(mut f: Found) -> Found {
    let what = match f.key {
        TOTAL => "cooperatives",
        GROUPS => "cooperative groups",
        _ => return f,
    };
    if let (Val::Count(n), None) = (&f.val, &f.doubt) {
        if *n < MIN_TOTAL {
            f.doubt = Some(format!(
                "{n} {what} are too few for all of a province's (a district's, a prize's \
                 or a programme's?)"
            ));
        }
    }
    f
}

/// What cannot be right is left out: parts above the total, averages out of reach.
fn check(out: &mut Decided, section: Section) {
    let list = match section {
        Section::Figures => &mut out.figures,
        Section::Targets => &mut out.targets,
    };
    let total = list
        .iter()
        .find(|c| c.key == TOTAL)
        .map(|c| c.val.per_year());
    // "Kien Giang has 433 cooperatives" beside "433 agricultural cooperatives": the
    // text says which ones they are, so the same number is not all of them.
    let kind_of_total = list
        .iter()
        .find(|k| {
            [AGRICULTURAL, EFFECTIVE].contains(&k.key)
                && total.is_some_and(|t| k.val.per_year() == t)
        })
        .map(|k| k.key);
    // New, effective, agricultural: the counts of cooperatives that are some of them
    // (import writes only the built-in keys).
    let part = |c: &Chosen| is_kind_count(c.key);
    // "toàn tỉnh có 291 HTX nông nghiệp … Có 12 hợp tác xã và 4 tổ hợp tác tham gia":
    // a part above the total says the total is a part too; which is all is not known.
    let above = list
        .iter()
        .filter(|c| part(c) && matches!(c.val, Val::Count(_)))
        .find(|c| total.is_some_and(|t| c.val.per_year() > t))
        .map(|c| (c.val.per_year(), c.key));
    let mut kept = Vec::new();
    for c in list.drain(..) {
        let part = part(&c);
        let why = match (&c.val, total) {
            (Val::Count(_), _) if c.key == TOTAL && above.is_some() => {
                let (n, key) = above.unwrap_or_default();
                Some(format!(
                    "less than {} ({key}) the text gives: a part too, or that one is wrong",
                    number(n)
                ))
            }
            (Val::Count(n), _) if c.key == TOTAL && kind_of_total.is_some() => Some(format!(
                "the text says the {n} are {}",
                kind_of_total.unwrap_or_default()
            )),
            (Val::Count(_), Some(t)) if part && c.val.per_year() > t => {
                Some(format!("more than the {} cooperatives in all", number(t)))
            }
            (Val::Money { .. }, _) if !(100_000.0..=1e12).contains(&c.val.per_year()) => {
                Some("too small or too large for an average a year".to_string())
            }
            // "VND70million per person per month", "thu nhập … 1,2 tỷ đồng": no
            // worker of a cooperative earns so much; the text means something else.
            (Val::Money { .. }, _) if c.key == INCOME && c.val.per_year() > MAX_INCOME => {
                Some(format!(
                    "more than {} VND a year, too large for a person's income",
                    number(MAX_INCOME)
                ))
            }
            _ => None,
        };
        match why {
            Some(why) => out.left.push(c.left_out(section, why)),
            None => kept.push(c),
        }
    }
    *list = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure_table::NEW;

    fn f(key: &'static str, n: u64, strong: bool, doubt: Option<&str>) -> Found {
        Found {
            section: Section::Figures,
            key,
            val: Val::Count(n),
            quote: format!("{n} cooperatives"),
            strong,
            pos: n as usize,
            doubt: doubt.map(str::to_string),
        }
    }

    #[test]
    fn clear_words_win_and_disagreement_leaves_out() {
        let d = decide(
            vec![f(TOTAL, 895, true, None), f(TOTAL, 79, false, None)],
            &[],
        );
        assert_eq!(d.figures.len(), 1);
        assert_eq!(d.figures[0].val, Val::Count(895));
        assert_eq!(d.left.len(), 1);
        let d = decide(
            vec![f(TOTAL, 895, true, None), f(TOTAL, 900, true, None)],
            &[],
        );
        assert!(d.figures.is_empty());
        assert_eq!(d.left.len(), 2);
        assert!(d.left[0].why.contains("895, 900"), "{}", d.left[0].why);
    }

    #[test]
    fn a_count_of_all_too_few_for_a_province_is_left_and_another_written() {
        // The three winners of an award said more surely than the province's 512: the
        // 512 is written, the 3 left with why.
        let d = decide(
            vec![f(TOTAL, 3, true, None), f(TOTAL, 512, false, None)],
            &[],
        );
        assert_eq!(d.figures.len(), 1, "{d:?}");
        assert_eq!(d.figures[0].val, Val::Count(512));
        assert_eq!(d.left.len(), 1, "{d:?}");
        assert!(
            d.left[0].why.contains("3 cooperatives are too few"),
            "{}",
            d.left[0].why
        );
        // A city's 34 does not make its 149 agricultural ones more than all.
        let d = decide(
            vec![f(TOTAL, 34, true, None), f(AGRICULTURAL, 149, true, None)],
            &[],
        );
        let keys: Vec<_> = d.figures.iter().map(|c| (c.key, c.val.clone())).collect();
        assert_eq!(keys, [(AGRICULTURAL, Val::Count(149))]);
        // The fewest a province counts is written; a city's 21 groups are not.
        let d = decide(
            vec![f(TOTAL, MIN_TOTAL, true, None), f(GROUPS, 21, true, None)],
            &[],
        );
        assert_eq!(d.figures.len(), 1, "{d:?}");
        assert_eq!(d.figures[0].key, TOTAL);
        assert!(
            d.left[0].why.contains("21 cooperative groups are too few"),
            "{d:?}"
        );
    }

    #[test]
    fn an_income_no_person_earns_is_left_out() {
        let income = |amount: f64, per: Period| Found {
            section: Section::Figures,
            key: INCOME,
            val: Val::Money { amount, per },
            quote: "income".into(),
            strong: true,
            pos: 0,
            doubt: None,
        };
        let d = decide(vec![income(70_000_000.0, Period::Month)], &[]);
        assert!(d.figures.is_empty() && d.left.len() == 1, "{d:?}");
        let d = decide(vec![income(5_800_000.0, Period::Month)], &[]);
        assert_eq!(d.figures.len(), 1);
    }

    #[test]
    fn a_total_the_text_says_is_of_one_kind_is_left_out() {
        let d = decide(
            vec![f(TOTAL, 433, true, None), f(AGRICULTURAL, 433, true, None)],
            &[],
        );
        assert_eq!(d.figures.len(), 1);
        assert_eq!(d.figures[0].key, AGRICULTURAL);
        assert!(d.left[0].why.contains("agricultural"), "{:?}", d.left);
    }

    #[test]
    fn parts_above_the_total_and_doubts_are_left_out() {
        // "291 agricultural cooperatives … 12 cooperatives take part": which is all of
        // them is not known, so neither is written.
        let d = decide(
            vec![
                f(TOTAL, 100, true, None),
                f(NEW, 120, true, None),
                f(EFFECTIVE, 50, true, Some("a range")),
            ],
            &[],
        );
        assert!(d.figures.is_empty(), "{:?}", d.figures);
        assert_eq!(d.left.len(), 3);
        assert!(d
            .left
            .iter()
            .any(|l| l.key == TOTAL && l.why.contains("120")));
        // Parts below the total leave it be.
        let d = decide(vec![f(TOTAL, 100, true, None), f(NEW, 20, true, None)], &[]);
        assert_eq!(d.figures.len(), 2);
    }
}
