//! What a number counts or measures: the noun after a count ("1.059 HTX"), the word
//! of money before an amount ("doanh thu bình quân đạt 2,2 tỷ"), which of them
//! ("HTX nông nghiệp", "thành lập mới 21 HTX"), and over what an amount is averaged
//! ("đồng/người/tháng", "per cooperative").

use super::cut::Cut;
use super::per_unit::{income_per_person, per_unit};
use super::statement::Unit;
use crate::content::amount::Period;
use crate::lang_tables::{phrase_at, LangTable, Phrases};
use crate::meaning::{Measure, PerUnit, Qualifier};

/// What the words around a number say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct What {
    pub measure: Option<Measure>,
    pub qualifier: Option<Qualifier>,
    /// A second kind of them ("new agricultural cooperatives").
    pub also: Option<Qualifier>,
    pub per_unit: Option<PerUnit>,
    pub average: bool,
    /// The period said at the noun of an amount before it ("monthly income").
    pub per: Option<Period>,
    /// A count of something no noun of the table names, said right after it ("200
    /// đại biểu", "03 QTDND", "in five districts").
    pub other: bool,
}

/// How far after a count its noun may stand ("15 new cooperatives", "38 lagi koperasi").
const NOUN_REACH: usize = 4;

/// How many words may stand between an amount and the word of money after it that is
/// its own ("80 million VND in profit": one).
const MONEY_NOUN_AFTER: usize = 1;

/// How far before a count "số" / "the number of" may stand, twice over.
const NUMBER_OF_REACH: usize = 8;
/// How far before a count a word of which ones may stand ("thành lập mới 21 HTX").
const QUALIFIER_REACH: usize = 5;

/// The measures a count or an amount may have, with their nouns.
pub(super) fn nouns(table: &LangTable, money: bool) -> &[(Measure, Phrases)] {
    match money {
        true => &table.ids.money_nouns,
        false => &table.ids.count_nouns,
    }
}

/// What the words of `cut` say of its number; with `kinds`, also a second kind of
/// cooperatives said of it ("8 new agricultural cooperatives").
pub fn what(cut: &Cut, table: &LangTable, unit: Unit, kinds: bool) -> What {
    let money = unit == Unit::Money;
    let lists = nouns(table, money);
    let found = if money {
        money_noun(cut, lists)
    } else {
        // "cử 40 cán bộ HTX": the other noun right after the count is what it counts.
        cut.first(cut.after.clone(), lists)
            .filter(|(_, i)| *i < cut.next + NOUN_REACH)
            .filter(|_| !another_before_noun(cut, table))
            .or_else(|| counted(cut, table, lists))
            .or_else(|| {
                cut.last(cut.before.clone(), lists)
                    .filter(|_| !another_before_noun(cut, table))
            })
            .or_else(|| total_of_before(cut, table, lists))
    };
    let found =
        found.filter(|&(m, i)| !(m == Measure::Cooperatives && not_cooperatives(cut, table, i)));
    let found = found.filter(|_| money || !time_after(cut, table));
    let found = found.filter(|_| money || !measured(cut, table));
    // "Hội nghị … Liên minh Hợp tác xã tỉnh lần thứ 5": a rank, not a count.
    let found = found.filter(|_| !table.ids.rank_before.ends_at(cut.ids, cut.at));
    let measure = found.map(|(m, _)| m);
    let near = cut.before.start.max(cut.at.saturating_sub(QUALIFIER_REACH))..cut.at;
    let qualifier = (unit == Unit::Count)
        .then(|| {
            cut.first(cut.after.clone(), &table.ids.qualifiers)
                .or_else(|| cut.last(near.clone(), &table.ids.qualifiers))
        })
        .flatten()
        .map(|(q, _)| q)
        .or_else(|| {
            // "the number of agricultural cooperatives … reached 511": right before its
            // noun, when the noun stands before the number.
            let noun = found.map(|(_, i)| i).filter(|&i| i < cut.at)?;
            let r = noun.saturating_sub(2)..noun;
            // Not the noun of another count ("30 new cooperatives …, bringing the total
            // number to 512").
            if cut.in_number[r.start..cut.at].iter().any(|&b| b) {
                return None;
            }
            (unit == Unit::Count)
                .then(|| cut.last(r, &table.ids.qualifiers).map(|(q, _)| q))
                .flatten()
        })
        .or_else(|| {
            (unit == Unit::Count && measure.is_some())
                .then(|| listed_new(cut, table))
                .flatten()
        })
        .or_else(|| {
            (unit == Unit::Count && measure == Some(Measure::Cooperatives))
                .then(|| super::heading::headed_kind(cut, table))
                .flatten()
        });
    // "222 co-operatives, 199 of them in the agricultural sector".
    let measure = measure.or_else(|| {
        (unit == Unit::Count && !measured(cut, table))
            .then(|| super::referent::named_before(cut, table, lists, qualifier))
            .flatten()
    });
    let also = qualifier
        .filter(|_| kinds)
        .zip(found.filter(|(m, _)| *m == Measure::Cooperatives))
        .and_then(|(q, (_, noun))| second_kind(cut, table, q, near, noun));
    let coops = unit == Unit::Count && measure == Some(Measure::Cooperatives);
    let [qualifier, also] =
        super::sector::kinds_of(cut, table, unit, coops, kinds, [qualifier, also]);
    // "Doanh thu bình quân của hợp tác xã năm 2021 khoảng 773 triệu": the words of
    // an average stand with the word of money, however far before the number.
    // ("Purata hasil koperasi pada 2023 … 2 bilion"): right before it or after it.
    let from = found.map_or(cut.before.start, |(_, i)| {
        i.saturating_sub(1).min(cut.before.start)
    });
    let around = from..cut.after.end;
    let average = cut.has(around, &table.ids.average)
        || (money && found.is_some_and(|(_, i)| listed_average(cut, table, i)));
    // "Average annual income per cooperative member and worker reached VND 82 million".
    let noun = found.filter(|&(_, i)| money && i < cut.at);
    let at = noun.map_or_else(Default::default, |(_, i)| {
        super::money_noun::at_noun(cut, table, i)
    });
    let per = (per_unit(cut, table).or(at.per_unit)).or_else(|| {
        super::money_noun::each_of_people(cut, table, clause_start(cut)).filter(|_| money)
    });
    let mut w = What {
        measure,
        qualifier,
        also,
        per_unit: income_per_person(cut, table, measure, per),
        average: average || at.average,
        per: at.per,
        other: unit == Unit::Count && measure.is_none() && counts_other(cut, table),
    };
    if money {
        income_of_a_cooperative(cut, table, &mut w);
    }
    w
}

/// The word of money an amount is said of: the nearest before it in its clause; one
/// right after it ("733,5 triệu đồng doanh thu, 80,47 triệu đồng lợi nhuận": each
/// amount's own, before those of the amounts before it); the nearest before it in its
/// sentence; the first after it in its clause.
fn money_noun(cut: &Cut, lists: &[(Measure, Phrases)]) -> Option<(Measure, usize)> {
    cut.last(cut.before.clone(), lists)
        .or_else(|| {
            cut.first(cut.after.clone(), lists)
                .filter(|(_, i)| *i <= cut.next + MONEY_NOUN_AFTER)
        })
        .or_else(|| noun_past_aside(cut, lists))
        .or_else(|| cut.last(0..cut.at, lists))
        .or_else(|| cut.first(cut.after.clone(), lists))
}

/// "2.5 billion VND (98,600 USD) in revenue": the amount converted in brackets right
/// after it, then its word of money as right after the amount itself (at most
/// [`MONEY_NOUN_AFTER`] words between). An aside with no number in it is no amount
/// converted.
fn noun_past_aside(cut: &Cut, lists: &[(Measure, Phrases)]) -> Option<(Measure, usize)> {
    let (open, close) = cut.aside().filter(|&(open, _)| open == cut.next)?;
    if !(open + 1..close).any(|j| cut.in_number[j]) {
        return None;
    }
    let end = (close + 2 + MONEY_NOUN_AFTER).min(cut.words.len());
    cut.first(close + 1..end, lists)
}

/// "Le revenu moyen d'une coopérative": income of a cooperative (and of no person) is
/// its revenue; the cooperative named in the income's clause, not in one before it
/// ("… đối với một hợp tác xã, thu nhập bình quân đạt 168 triệu").
fn income_of_a_cooperative(cut: &Cut, table: &LangTable, w: &mut What) {
    if w.measure != Some(Measure::Income) || w.per_unit.is_some() {
        return;
    }
    let clause = clause_start(cut)..cut.at;
    let of = |cooperative: bool| {
        table
            .ids
            .per_unit
            .iter()
            .filter(|(u, _)| (*u == PerUnit::Cooperative) == cooperative)
            .any(|(_, l)| cut.has(clause.clone(), l))
    };
    // "regular workers' average income": a person's noun names whose it is too.
    let people = table
        .ids
        .nouns
        .iter()
        .filter(|(m, _)| matches!(m, Measure::Members | Measure::Workers))
        .any(|(_, l)| cut.has(0..cut.at, l));
    if of(true) && !of(false) && !people {
        w.measure = Some(Measure::Revenue);
        w.per_unit = Some(PerUnit::Cooperative);
    }
}

/// "thành lập mới 60 tổ hợp tác và 40 HTX", "Fifty co-operatives and 16 cooperative
/// groups were established": a count joined by "and" to another, in a list of counts
/// and nouns only, is new when the word of new ones stands before the list's first
/// count or after its last noun.
fn listed_new(cut: &Cut, table: &LangTable) -> Option<Qualifier> {
    let ws = cut.words;
    let and = |i: usize| ws[i].key == "," || table.money.and.contains(&ws[i].key);
    let new = |r: std::ops::Range<usize>| {
        cut.first(r, &table.ids.qualifiers)
            .is_some_and(|(q, _)| q == Qualifier::New)
    };
    let stop = |i: usize| {
        cut.in_number[i] || and(i) || matches!(ws[i].key.as_str(), ";" | ":" | "(" | ")" | ".")
    };
    // Back: "… 60 tổ hợp tác và" before this count; a word of about right before it
    // and a share in brackets after the count before passed over ("thành lập mới 415
    // tổ hợp tác (vượt 4%), gần 290 hợp tác xã").
    let mut at = cut.at;
    while let Some(j) = (at.saturating_sub(2)..at)
        .find(|&j| j >= cut.before.start && cut.phrase(j, at, &table.ids.approx) == at - j)
    {
        at = j;
    }
    if cut.before.start == at && at >= 2 && and(at - 1) {
        let mut i = at - 1;
        if i > 0 && ws[i - 1].key == ")" {
            let open = (i.saturating_sub(6)..i - 1)
                .rev()
                .find(|&j| ws[j].key == "(");
            i = open.unwrap_or(i);
        }
        let mut nouns = 0;
        while i > 0 && !cut.in_number[i - 1] && !stop(i - 1) && nouns < 4 {
            i -= 1;
            nouns += 1;
        }
        if i > 0 && cut.in_number[i - 1] {
            let mut first = i - 1;
            while first > 0 && cut.in_number[first - 1] {
                first -= 1;
            }
            let mut from = first;
            while from > 0 && first - from < QUALIFIER_REACH && !stop(from - 1) {
                from -= 1;
            }
            if new(from..first) {
                return Some(Qualifier::New);
            }
        }
    }
    // Forward: "and 16 cooperative groups were established" after this count's noun;
    // not where a count follows its verb ("215 HTX và 06 HTX thành lập doanh nghiệp":
    // the 6 founded a business).
    let end = cut.after.end;
    if !table.numbers.noun_after
        && end < ws.len()
        && and(end)
        && end + 1 < ws.len()
        && cut.in_number[end + 1]
    {
        let mut i = end + 1;
        while i < ws.len() && cut.in_number[i] {
            i += 1;
        }
        let mut j = i;
        while j < ws.len() && j - i < 4 && !stop(j) {
            j += 1;
        }
        let lists = nouns(table, false);
        let noun = cut.first(i..j, lists).map(|(_, k)| k)?;
        let to = (noun + 5).min(j);
        if new(noun + 1..to) {
            return Some(Qualifier::New);
        }
    }
    None
}

/// "La coopérative gère 20 hectares de longanes", "12,000 tonnes of the cooperatives'
/// rice": a number right before a unit of land or goods measures them; it counts no
/// body, whatever noun stands near it.
fn measured(cut: &Cut, table: &LangTable) -> bool {
    let (i, end) = (cut.next, cut.after.end);
    i < end && cut.phrase(i, end, &table.ids.quantities) > 0
}

/// A count with a word of another thing right after it ([`counts_another`]) counts that,
/// not the noun after the word ("cử 40 cán bộ HTX": officials); but households of
/// members stay for import to tell apart ("15.000 hộ thành viên").
fn another_before_noun(cut: &Cut, table: &LangTable) -> bool {
    let after = &cut.words[cut.next..cut.after.end];
    let households = phrase_at(after, 0, &table.households).is_some();
    counts_another(cut, table) && !households
}

/// A count of something no noun of the table names ("hơn 200 đại biểu", "03 QTDND",
/// "in five districts"): [`another_before_noun`], with no noun of the table's near
/// after it ("40 cán bộ HTX" may be a part of the cooperatives' people, "594 mô hình
/// HTX" cooperatives) and no word of people ("36.385 người" may be members).
fn counts_other(cut: &Cut, table: &LangTable) -> bool {
    let (i, end) = (cut.next, cut.after.end);
    let people = (table.ids.per_unit.iter())
        .filter(|(u, _)| matches!(u, PerUnit::Person | PerUnit::Member))
        .any(|(_, l)| cut.phrase(i, end, l) > 0);
    let noun = cut
        .first(cut.after.clone(), nouns(table, false))
        .is_some_and(|(_, k)| k < i + NOUN_REACH);
    // "252 trong tổng số 313 HTX": a preposition or a verb names nothing counted.
    let not_counted = phrase_at(&cut.words[i..end], 0, &table.not_counted).is_some();
    another_before_noun(cut, table) && !people && !noun && !not_counted
}

/// A count followed by a noun of places counts places; in a language whose counts are
/// followed by what they count, a word right after the count that is no noun or kind
/// of the table's, nor a word linking it to its noun ("364 là HTX"), is what it counts
/// ("Hợp tác xã có 3 trại nuôi": farms; "tham gia hợp tác xã đạt 268.700 người":
/// people; "cử 40 cán bộ HTX": officials, though a noun of cooperatives follows).
fn counts_another(cut: &Cut, table: &LangTable) -> bool {
    let (i, end) = (cut.next, cut.after.end);
    // "in five districts", "dans 58 communes": places, in any language.
    // Not the start of a longer noun ("xã viên", members).
    let noun = |i: usize| {
        cut.best_at_len(i, end, &table.ids.count_nouns)
            .map_or(0, |(_, n)| n)
    };
    if i < end && cut.phrase(i, end, &table.ids.places) > noun(i) {
        return true;
    }
    table.numbers.noun_after
        && i < end
        && cut.words[i].key.starts_with(char::is_alphabetic)
        && cut.best_at_len(i, end, &table.ids.count_nouns).is_none()
        && cut.best_at_len(i, end, &table.ids.qualifiers).is_none()
        && cut.phrase(i, end, &table.ids.units) == 0
        && cut.phrase(i, end, &table.ids.links) == 0
}

/// "23 new cooperatives were set up, raising the total number to 247", "thành lập mới
/// 240 HTX, nâng tổng số lên 1.087 đơn vị": a count said to be the total, with no noun
/// of its own, counts what the count before it in its sentence counts, when every noun
/// between them names that (not "152 new cooperative groups, cooperatives, and
/// cooperative unions to raise the total number to 3,200").
fn total_of_before(
    cut: &Cut,
    table: &LangTable,
    lists: &[(Measure, Phrases)],
) -> Option<(Measure, usize)> {
    if !cut.has(cut.before.clone(), &table.ids.total) || counts_another(cut, table) {
        return None;
    }
    let mut p = cut.before.start;
    while p > 0 && !cut.in_number[p - 1] {
        p -= 1;
    }
    if p == 0 {
        return None;
    }
    let (first, i) = cut.first(p..cut.at, lists)?;
    let same = cut.each(p..cut.at, lists).all(|(m, _)| m == first);
    (i < p + NOUN_REACH && same).then_some((first, i))
}

/// A word of months or years right after a count: it counts time ("Số HTX thành lập
/// mới trong 6 tháng đầu năm", "over 5 years"), not what a noun before it names.
fn time_after(cut: &Cut, table: &LangTable) -> bool {
    let Some(w) = cut.words.get(cut.next) else {
        return false;
    };
    let m = &table.money;
    let one = w.key.strip_suffix('s').unwrap_or(&w.key);
    [w.key.as_str(), one]
        .iter()
        .any(|k| m.month.iter().chain(&m.year).any(|x| x == k))
}

/// A noun of cooperatives at word `i` that is part of the name of a body that is no
/// cooperative ("2 cooperative branches", "chi nhánh HTX").
fn not_cooperatives(cut: &Cut, table: &LangTable, i: usize) -> bool {
    let list = &table.ids.not_cooperatives;
    (i.saturating_sub(3)..=i).any(|j| {
        let n = cut.phrase(j, cut.words.len(), list);
        n > 0 && j + n > i
    })
}

/// A kind of cooperatives other than `q` said of a count near its noun (at word
/// `noun` after it, or before it): "8 new agricultural cooperatives", "thành lập mới
/// 50 HTX nông nghiệp".
fn second_kind(
    cut: &Cut,
    table: &LangTable,
    q: Qualifier,
    near: std::ops::Range<usize>,
    noun: usize,
) -> Option<Qualifier> {
    if noun < cut.next {
        return None;
    }
    let after = cut.next..(noun + 3).min(cut.after.end.max(cut.next));
    [near, after].into_iter().find_map(|r| {
        let mut i = r.start;
        while i < r.end {
            match cut.best_at_len(i, r.end, &table.ids.qualifiers) {
                Some((k, _)) if k != q => return Some(k),
                Some((_, n)) => i += n,
                None => i += 1,
            }
        }
        None
    })
}

/// "Hiện số thành viên của các HTX là 7.568", "the number of active cooperatives is
/// 496": the noun right after the last "số" / "the number of" before the number (one
/// word may stand between) is what it counts, whatever nouns follow that one.
fn counted(cut: &Cut, table: &LangTable, lists: &[(Measure, Phrases)]) -> Option<(Measure, usize)> {
    // Its clause may start further back than the words said of the number.
    let mut start = cut.before.start;
    while start > 0
        && cut.at - start < 2 * NUMBER_OF_REACH
        && !cut.in_number[start - 1]
        && !matches!(
            cut.words[start - 1].key.as_str(),
            "," | ";" | ":" | "(" | ")" | "."
        )
    {
        start -= 1;
    }
    let (_, at) = cut.last(start..cut.at, &[((), &table.ids.number_of)])?;
    let n = cut.phrase(at, cut.at, &table.ids.number_of);
    let from = at + n;
    cut.first(from..cut.at, lists)
        .filter(|(_, i)| *i <= from + 1)
}

/// Where the clause of the number of `cut` starts: after the last comma, semicolon or
/// colon before it that is no part of a number.
fn clause_start(cut: &Cut) -> usize {
    (0..cut.at)
        .rev()
        .find(|&i| !cut.in_number[i] && matches!(cut.words[i].key.as_str(), "," | ";" | ":"))
        .map_or(0, |i| i + 1)
}

/// How many words may stand before a number in a clause of a list of amounts after the
/// noun of what it measures ("lợi nhuận gần 77 triệu", "thu nhập đầu người 5,3 triệu").
const LISTED_LEAD: usize = 2;

/// "Bình quân một HTX đạt doanh thu 2,2 tỷ đồng, lợi nhuận 470 triệu đồng, …",
/// "Doanh thu bình quân mỗi HTX 1,635 tỷ đồng, lợi nhuận gần 77 triệu đồng/năm": an
/// amount whose clause is a word of money and the amount only, after a list of such
/// clauses (and of changes, "tăng 5,62% so với năm 2015") whose first holds a word of
/// an average, is averaged too.
fn listed_average(cut: &Cut, table: &LangTable, noun: usize) -> bool {
    let ws = cut.words;
    let comma = |i: usize| ws[i].key == "," && !cut.in_number[i];
    let start = cut.before.start;
    if noun != start || cut.at - start > noun_len(cut, table, noun) + LISTED_LEAD {
        return false;
    }
    let lists = nouns(table, true);
    let mut end = start;
    while end > 0 && comma(end - 1) {
        // The clause before: back to its start.
        let from = (0..end - 1)
            .rev()
            .find(|&i| {
                comma(i) || matches!(ws[i].key.as_str(), ";" | ":" | ".") && !cut.in_number[i]
            })
            .map_or(0, |i| i + 1);
        let clause = from..end - 1;
        if cut.has(clause.clone(), &table.ids.average) && cut.first(clause.clone(), lists).is_some()
        {
            return clause.clone().any(|i| cut.in_number[i]);
        }
        let item = cut
            .first(clause.clone(), lists)
            .is_some_and(|(_, i)| i == from);
        let change = cut.phrase(from, clause.end, &table.ids.time.change) > 0;
        if !(item || change) || !clause.clone().any(|i| cut.in_number[i]) {
            return false;
        }
        end = from;
    }
    false
}

fn noun_len(cut: &Cut, table: &LangTable, i: usize) -> usize {
    cut.best_at_len(i, cut.words.len(), nouns(table, true))
        .map_or(0, |(_, n)| n)
}

#[cfg(test)]
#[path = "what_tests.rs"]
mod tests;
