//! "4.54 million VND (189 USD) per person per month", "VNĐ60 million ($2,300) a year":
//! an amount, the same amount in another currency in brackets, then the period and the
//! unit of the first: they are said past the brackets.

use std::ops::Range;

use super::cut::Cut;
use super::money_noun::period_word;
use crate::content::amount::Period;
use crate::lang_tables::{starts_with_digit, LangTable};

/// The words right after an aside in brackets that closes the amount's clause and holds
/// a number (the amount converted), when they say its period or unit: each a connector
/// and a unit, a month or a year ("per person per month", "a year", "/người/năm"), or a
/// word of a period ("monthly"); none else ("(US$126,028) and the monthly average
/// income of workers" says nothing of the amount).
pub fn behind_aside(cut: &Cut, table: &LangTable) -> Option<Range<usize>> {
    let ws = cut.words;
    let (open, close) = cut.aside()?;
    let digits = |j: usize| cut.in_number[j] || starts_with_digit(&ws[j].key);
    if !(open + 1..close).any(digits) {
        return None;
    }
    let m = &table.money;
    let key = |i: usize| ws.get(i).map_or("", |w| w.key.as_str());
    let period = |i: usize| m.month.iter().chain(&m.year).any(|w| w == key(i));
    let unit = |i: usize| {
        (table.ids.per_unit.iter())
            .map(|(_, l)| cut.phrase(i, ws.len(), l))
            .max()
            .unwrap_or(0)
    };
    let from = close + 1;
    let mut i = from;
    while i < ws.len() {
        if period_word(m, key(i)).is_some() {
            i += 1;
        } else if m.connectors.iter().any(|c| c == key(i)) && (period(i + 1) || unit(i + 1) > 0) {
            i += 1 + unit(i + 1).max(1);
        } else if i > from && m.and.iter().any(|a| a == key(i)) {
            // "par personne et par mois": "and" between two of them.
            i += 1;
        } else {
            break;
        }
    }
    (i > from).then_some(from..i)
}

/// The period said right past the aside ([`behind_aside`]): a connector and a month or
/// a year, or a word of one.
pub fn period_behind(cut: &Cut, table: &LangTable) -> Option<Period> {
    let r = behind_aside(cut, table)?;
    let (ws, m) = (cut.words, &table.money);
    let key = |i: usize| ws[i].key.as_str();
    r.clone().find_map(|i| {
        if let Some(p) = period_word(m, key(i)) {
            return Some(p);
        }
        let after =
            (m.connectors.iter().any(|c| c == key(i)) && i + 1 < r.end).then(|| key(i + 1))?;
        if m.month.iter().any(|w| w == after) {
            Some(Period::Month)
        } else if m.year.iter().any(|w| w == after) {
            Some(Period::Year)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::content::amount::Period;
    use crate::content::reader::read;
    use crate::meaning::PerUnit;

    fn first(text: &str, lang: &str) -> (Option<Period>, Option<PerUnit>) {
        let s = &read(text, lang, 2024)[0];
        (s.per, s.per_unit)
    }

    #[test]
    fn a_period_and_a_unit_past_the_amount_converted_are_the_amounts() {
        use {PerUnit::*, Period::*};
        for (text, lang, want) in [
            (
                "Members earned on average 6.2 million VND (245 USD) per person per month.",
                "en",
                (Some(Month), Some(Person)),
            ),
            (
                "Their staff take home about VND71 million (US$2,800) a year.",
                "en",
                (Some(Year), None),
            ),
            (
                "Le revenu moyen atteint 5,5 millions de VND (210 USD) par personne et par mois.",
                "fr",
                (Some(Month), Some(Person)),
            ),
            (
                "Thu nhập bình quân đạt 71 triệu đồng (2.800 USD)/người/năm.",
                "vi",
                (Some(Year), Some(Person)),
            ),
        ] {
            assert_eq!(first(text, lang), want, "{text}");
        }
    }

    #[test]
    fn what_follows_a_clause_after_the_brackets_is_not_the_amounts() {
        for (text, lang) in [
            // A comma after the brackets: another clause.
            (
                "Members earned 6.2 million VND (245 USD), while each group earned more.",
                "en",
            ),
            // A year after the brackets: when, not how often.
            ("Members earned 6.2 million VND (245 USD) in 2023.", "en"),
            // Another amount's words after the brackets: not this one's.
            (
                "Revenue should reach VND3.1 billion (US$130,000) and the monthly income of \
                 workers VND6 million.",
                "en",
            ),
        ] {
            assert_eq!(first(text, lang), (None, None), "{text}");
        }
    }
}
