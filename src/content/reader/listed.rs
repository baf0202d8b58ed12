//! A number in a list of numbers ("640 and 3,250", "30, 12 và 5"): the numbers listed
//! with it, and what each is when a word of "respectively" pairs them in order with
//! the nouns after them or before them ("lần lượt là 30 và 12 HTX").

use super::cut::Cut;
use super::statement::Unit;
use super::what::nouns;
use crate::lang_tables::{LangTable, Phrases};
use crate::meaning::Measure;

/// "640 and 3,250 cooperatives and cooperative groups respectively", "lần lượt là 30
/// và 12 HTX": in a list of numbers with a word of "respectively" in its sentence,
/// each number is what the nouns between the list and that word say in order; when
/// they cannot be paired so, the text does not say which is which (Some(None)).
/// None when the number is not in such a list.
pub fn respectively(cut: &Cut, table: &LangTable, unit: Unit) -> Option<Option<Measure>> {
    let ws = &cut.words;
    let r = (0..ws.len()).find(|&i| cut.phrase(i, ws.len(), &table.ids.respectively) > 0)?;
    let list = number_list(cut, table);
    let k = list.iter().position(|&s| s == cut.at)?;
    if list.len() < 2 {
        return None;
    }
    let end = (list[list.len() - 1]..ws.len())
        .find(|&i| !cut.in_number[i])
        .unwrap_or(ws.len());
    if r < end {
        return Some(None);
    }
    let lists = nouns(table, unit == Unit::Money);
    let named = named_in(cut, end..r, lists);
    if named.len() == list.len() {
        return Some(Some(named[k]));
    }
    // "The average revenue and profit … are 1.52 billion VND and 164 million VND,
    // respectively": the nouns before the list, in its clause.
    let named = named_in(cut, list_clause(cut, list[0])..list[0], lists);
    Some((named.len() == list.len()).then(|| named[k]))
}

/// Where the clause of the list of numbers starting at word `first` starts.
fn list_clause(cut: &Cut, first: usize) -> usize {
    let ws = cut.words;
    (0..first)
        .rev()
        .find(|&i| cut.in_number[i] || matches!(ws[i].key.as_str(), "," | ";" | ":" | "."))
        .map_or(0, |i| i + 1)
}

/// A word of an average before the list of numbers the number of `cut` is in, in the
/// list's clause ("The average revenue and profit … 1.52 billion VND and 164 million
/// VND, respectively").
pub fn average_before_list(cut: &Cut, table: &LangTable) -> bool {
    let list = number_list(cut, table);
    list.first()
        .is_some_and(|&first| cut.has(list_clause(cut, first)..first, &table.ids.average))
}

/// The measures of `lists` named in `range` of the cut's words, in order.
fn named_in(
    cut: &Cut,
    range: std::ops::Range<usize>,
    lists: &[(Measure, Phrases)],
) -> Vec<Measure> {
    cut.each(range, lists).map(|(m, _)| m).collect()
}

/// The first words of the numbers listed with the number of `cut` ("640 and 3,250",
/// "30, 12 và 5"): joined by commas and words of "and" only.
fn number_list(cut: &Cut, table: &LangTable) -> Vec<usize> {
    let ws = &cut.words;
    let starts: Vec<usize> = (0..ws.len())
        .filter(|&i| cut.in_number[i] && (i == 0 || !cut.in_number[i - 1]))
        .collect();
    let Some(me) = starts.iter().position(|&s| s == cut.at) else {
        return Vec::new();
    };
    let joined = |a: usize, b: usize| {
        let end = (a..b).find(|&i| !cut.in_number[i]).unwrap_or(b);
        (end..b).all(|i| ws[i].key == "," || table.money.and.contains(&ws[i].key)) && end < b
    };
    let mut from = me;
    while from > 0 && joined(starts[from - 1], starts[from]) {
        from -= 1;
    }
    let mut to = me;
    while to + 1 < starts.len() && joined(starts[to], starts[to + 1]) {
        to += 1;
    }
    starts[from..=to].to_vec()
}
