//! A count with no noun of its own that stands for the noun named before it: "222
//! co-operatives, 199 of them in the agricultural sector", "2,021 cooperatives …, out
//! of which 1,314 are effective", "165, 122 of them agricultural", "Of the 234
//! co-operatives …, 78 are in the agricultural sector".

use super::cut::Cut;
use crate::lang_tables::{LangTable, Phrases};
use crate::meaning::{Measure, Qualifier};

/// How far after a number its noun may stand for that noun to be a count's.
const NOUN_OF_A_COUNT: usize = 4;

/// The measure of a count of a kind (`q`, not of new ones: "has 352 cooperatives, of
/// which 132 were newly established" may be over a term) with a word of the table's
/// `units` right after it ("199 of them") or right before it ("out of which 1,314"):
/// the last noun before it in its sentence that is a count's noun ("222
/// co-operatives", "the total number of cooperatives … 995"), the whole it is a part of.
pub fn named_before(
    cut: &Cut,
    table: &LangTable,
    lists: &[(Measure, Phrases)],
    q: Option<Qualifier>,
) -> Option<Measure> {
    if q.is_none_or(|q| q == Qualifier::New) {
        return None;
    }
    if let Some(m) = whole_first(cut, table, lists) {
        return Some(m);
    }
    let units = &table.ids.units;
    let next = cut.phrase(cut.next, cut.words.len(), units) > 0;
    let before = units
        .lens()
        .any(|n| n <= cut.at && cut.phrase(cut.at - n, cut.at, units) == n);
    if !next && !before {
        return None;
    }
    let (m, i) = cut.last(0..cut.at, lists)?;
    let counted = (i.saturating_sub(NOUN_OF_A_COUNT)..i).any(|j| cut.in_number[j]);
    // "nâng tổng số HTX lên 995, trong đó, 808 đơn vị …", "bringing the total number
    // of cooperatives to 995, of which 808 …": a noun right after the words of a
    // number of it, its number after it.
    let number_of = &table.ids.number_of;
    let numbered = number_of
        .lens()
        .any(|n| n <= i && cut.phrase(i - n, i, number_of) == n)
        && (i..cut.at).any(|j| cut.in_number[j]);
    (counted || numbered).then_some(m)
}

/// "Of the 234 co-operatives that have at least seven members each, as required, 78 are
/// in the agricultural sector", "Sur les 91 coopératives, 60 sont agricoles": a sentence
/// that opens with the table's words of a whole and a count of a noun; the first number
/// after it that follows a comma counts that noun.
fn whole_first(cut: &Cut, table: &LangTable, lists: &[(Measure, Phrases)]) -> Option<Measure> {
    let n = cut.phrase(0, cut.words.len(), &table.ids.whole_first);
    if n == 0 || !cut.in_number.get(n).is_some_and(|&b| b) {
        return None;
    }
    let mut end = n;
    while end < cut.at && cut.in_number[end] {
        end += 1;
    }
    let (m, i) = cut.first(end..cut.at, lists)?;
    if i >= end + NOUN_OF_A_COUNT {
        return None;
    }
    let after_comma =
        |j: usize| cut.in_number[j] && !cut.in_number[j - 1] && cut.words[j - 1].key == ",";
    let first = (i + 1..cut.words.len()).find(|&j| after_comma(j))?;
    (first == cut.at).then_some(m)
}
