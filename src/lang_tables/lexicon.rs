//! The words of money in every language known, for the money reader: a report in
//! one language may write an amount with another's words ("5,6 millions de VND" in an
//! English translation), so amounts are read with the words of all tables; only the
//! notation (decimal mark, groups) and false friends are the report's own.

use std::collections::{HashMap, HashSet};

use super::table::LangTable;
use super::words::Phrase;
use crate::meaning::PerUnit;

/// The union of the money words of several tables, folded.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub approx: Vec<Phrase>,
    pub range: HashSet<String>,
    pub between: HashSet<String>,
    pub and: HashSet<String>,
    pub negative: HashSet<String>,
    pub negative_exact: HashSet<String>,
    pub connectors: HashSet<String>,
    pub months: HashSet<String>,
    pub years: HashSet<String>,
    pub monthly: HashSet<String>,
    pub yearly: HashSet<String>,
    pub per_one: HashSet<String>,
    pub currency_of: HashSet<String>,
    /// Words of a person ("người", "member"): skipped in a period ending
    /// ("đồng/người/tháng").
    pub units: Vec<Phrase>,
    pub scales: HashMap<String, u128>,
    /// A currency's phrase, its code, and for a word of one letter once folded
    /// ("đ"), the word as written (lowercase), which must match.
    pub currencies: Vec<(Phrase, String, Option<String>)>,
    /// Words that, right after a number, may make it money: scales, currencies,
    /// the currency's "de", "/".
    pub money_words: HashSet<String>,
}

impl Lexicon {
    /// The union of `tables`.
    pub fn of<'a>(tables: impl IntoIterator<Item = &'a LangTable>) -> Lexicon {
        let mut x = Lexicon::default();
        for t in tables {
            let m = &t.money;
            x.approx.extend(m.approx.iter().cloned());
            let sets = [
                (&mut x.range, &m.range),
                (&mut x.between, &m.between),
                (&mut x.and, &m.and),
                (&mut x.negative, &m.negative),
                (&mut x.negative_exact, &m.negative_exact),
                (&mut x.connectors, &m.connectors),
                (&mut x.months, &m.month),
                (&mut x.years, &m.year),
                (&mut x.monthly, &m.monthly),
                (&mut x.yearly, &m.yearly),
                (&mut x.per_one, &m.per_one),
                (&mut x.currency_of, &m.currency_of),
            ];
            for (set, list) in sets {
                set.extend(list.iter().cloned());
            }
            for (unit, list) in &t.per_unit {
                if *unit != PerUnit::Cooperative {
                    x.units.extend(list.iter().cloned());
                }
            }
            for s in &t.scales {
                for w in &s.words {
                    x.scales.insert(w.clone(), s.factor);
                }
            }
            for (code, list) in &t.currencies {
                for (p, raw) in list {
                    let exact = (p.len() == 1 && p[0].chars().count() == 1).then(|| raw.clone());
                    x.currencies.push((p.clone(), code.clone(), exact));
                }
            }
            x.money_words.extend(m.currency_of.iter().cloned());
        }
        x.money_words.extend(x.scales.keys().cloned());
        x.money_words
            .extend(x.currencies.iter().map(|(p, ..)| p[0].clone()));
        x.money_words.insert("/".to_string());
        for list in [&mut x.approx, &mut x.units] {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
            list.dedup();
        }
        x
    }

    pub fn scale(&self, key: &str) -> Option<u128> {
        self.scales.get(key).copied()
    }

    /// The currency at the start of `keys` (folded words) and how many words name it;
    /// `raw` gives the first word as written.
    pub fn currency(&self, keys: &[&str], raw: &str) -> Option<(&str, usize)> {
        self.currencies
            .iter()
            .filter(|(p, _, exact)| {
                starts_with(keys, p) && exact.as_ref().is_none_or(|e| *e == raw.to_lowercase())
            })
            .max_by_key(|(p, ..)| p.len())
            .map(|(p, code, _)| (code.as_str(), p.len()))
    }
}

/// Whether `keys` begins with the words of `p`.
pub fn starts_with(keys: &[&str], p: &[String]) -> bool {
    p.len() <= keys.len() && p.iter().zip(keys).all(|(a, b)| a == b)
}
