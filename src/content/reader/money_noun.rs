//! The words at the noun of an amount when the noun stands before the number and
//! other words between: "Average annual income per cooperative member and worker
//! reached VND 82 million", "the average monthly income of cooperative members and
//! workers rose 2.86% year-on-year, reaching 4.67 million VND".

use super::cut::Cut;
use crate::content::amount::Period;
use crate::lang_tables::{LangTable, MoneyWords};
use crate::meaning::{Measure, PerUnit};

/// What the words at a noun of money say of its amount.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AtNoun {
    /// The word of average stands right before the noun and its period word.
    pub average: bool,
    /// The period word right before the noun ("monthly income").
    pub per: Option<Period>,
    /// The unit right after the noun ("income per cooperative member").
    pub per_unit: Option<PerUnit>,
}

/// What the words at the noun of money at word `noun` (before the number) say: a word
/// of a period right before it ("monthly income", "annual revenue"), the word of
/// average right before that ("average monthly income"), and a unit right after it
/// ("income per cooperative member and worker": the cooperative's person).
pub fn at_noun(cut: &Cut, table: &LangTable, noun: usize) -> AtNoun {
    let ws = cut.words;
    let m = &table.money;
    let per = noun.checked_sub(1).and_then(|i| period_word(m, &ws[i].key));
    let average = per.is_some() && noun >= 2 && table.ids.average.ends_at(cut.ids, noun - 1);
    let len = noun_len(cut, table, noun);
    let per_unit = per_unit_after(cut, table, noun + len);
    AtNoun {
        average,
        per,
        per_unit,
    }
}

/// The length of the noun of money at word `noun`.
fn noun_len(cut: &Cut, table: &LangTable, noun: usize) -> usize {
    cut.best_at_len(noun, cut.at, &table.ids.money_nouns)
        .map_or(1, |(_, n)| n)
}

/// A unit right after the noun, before the number: "per cooperative member", "per
/// person"; a cooperative's member or worker is a person ("per cooperative member and
/// worker").
fn per_unit_after(cut: &Cut, table: &LangTable, i: usize) -> Option<PerUnit> {
    let connector = cut
        .words
        .get(i)
        .is_some_and(|w| table.money.connectors.contains(&w.key));
    if !connector || i + 1 >= cut.at {
        return None;
    }
    let unit_at = |j: usize| {
        table
            .ids
            .per_unit
            .iter()
            .map(|(u, l)| (*u, cut.phrase(j, cut.at, l)))
            .filter(|(_, n)| *n > 0)
            .max_by_key(|(_, n)| *n)
    };
    let (u, n) = unit_at(i + 1)?;
    match u {
        PerUnit::Cooperative => match unit_at(i + 1 + n) {
            Some((p @ (PerUnit::Person | PerUnit::Member), _)) => Some(p),
            _ => Some(u),
        },
        _ => Some(u),
    }
}

/// The period a word of the table's says by itself: "monthly", "hằng tháng" (a month),
/// "annual", "yearly" (a year).
pub fn period_word(m: &MoneyWords, key: &str) -> Option<Period> {
    if m.monthly.iter().any(|w| w == key) {
        Some(Period::Month)
    } else if m.yearly.iter().any(|w| w == key) {
        Some(Period::Year)
    } else {
        None
    }
}

/// "jobs for 30,634 labourers, each with a monthly income of around VNĐ6 million": a
/// word of each one opening the amount's clause (from word `start`) right after a noun
/// of people and its comma makes the amount each one's.
pub fn each_of_people(cut: &Cut, table: &LangTable, start: usize) -> Option<PerUnit> {
    let ws = cut.words;
    let opens = ws
        .get(start)
        .is_some_and(|w| table.money.each.contains(&w.key));
    if start < 2 || ws[start - 1].key != "," || !opens {
        return None;
    }
    let mut people = table
        .ids
        .nouns
        .iter()
        .filter(|(_, l)| l.lens().next().is_some());
    people.find_map(|(m, l)| match m {
        Measure::Workers if l.ends_at(cut.ids, start - 1) => Some(PerUnit::Person),
        Measure::Members if l.ends_at(cut.ids, start - 1) => Some(PerUnit::Member),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use crate::content::reader::read;
    use crate::meaning::PerUnit;

    /// The unit of the amount of value `n` in `text`.
    fn unit_of(text: &str, lang: &str, n: f64) -> Option<PerUnit> {
        let found = read(text, lang, 2024);
        let s = found.iter().find(|s| s.value == n).expect("a statement");
        s.per_unit
    }

    #[test]
    fn an_amount_of_each_after_people_is_each_ones() {
        let en =
            "The farms employ 1,250 workers, each with a monthly income of about VND 5.2 million.";
        assert_eq!(unit_of(en, "en", 5_200_000.0), Some(PerUnit::Person));
        let fr = "Les coopératives emploient 1 250 travailleurs, chacun avec un revenu mensuel de 5,2 millions de VND.";
        assert_eq!(unit_of(fr, "fr", 5_200_000.0), Some(PerUnit::Person));
        // After cooperatives, or with no word of each: no person's.
        let en = "The province has 125 cooperatives, each with a yearly revenue of about VND 5.2 billion.";
        assert_ne!(unit_of(en, "en", 5_200_000_000.0), Some(PerUnit::Person));
        let en = "The farms employ 1,250 workers, a combined income of VND 5.2 billion.";
        assert_eq!(unit_of(en, "en", 5_200_000_000.0), None);
        let fr = "Les coopératives emploient 1 250 travailleurs, pour un revenu total de 5,2 milliards de VND.";
        assert_eq!(unit_of(fr, "fr", 5_200_000_000.0), None);
    }
}
