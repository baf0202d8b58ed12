//! What a number counts or measures: the noun after a count ("1.059 HTX"), the word
//! of money before an amount ("doanh thu bình quân đạt 2,2 tỷ"), which of them
//! ("HTX nông nghiệp", "thành lập mới 21 HTX"), and over what an amount is averaged
//! ("đồng/người/tháng", "per cooperative").

use super::cut::{phrase_at, Cut};
use super::statement::Unit;
use crate::content::amount::Period;
use crate::lang_tables::LangTable;
use crate::meaning::{Measure, PerUnit, Qualifier};

/// What the words around a number say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct What {
    pub measure: Option<Measure>,
    pub qualifier: Option<Qualifier>,
    pub per_unit: Option<PerUnit>,
    pub average: bool,
}

/// How far after a count its noun may stand ("15 new cooperatives", "38 lagi koperasi").
const NOUN_REACH: usize = 4;
/// How far before a count a word of which ones may stand ("thành lập mới 21 HTX").
const QUALIFIER_REACH: usize = 5;

/// The measures a count or an amount may have, with their nouns.
fn nouns(table: &LangTable, money: bool) -> Vec<(Measure, &[Vec<String>])> {
    table
        .nouns
        .iter()
        .filter(|(m, _)| m.is_money() == money)
        .map(|(m, l)| (*m, &l[..]))
        .collect()
}

/// What the words of `cut` say of its number.
pub fn what(cut: &Cut, table: &LangTable, unit: Unit) -> What {
    let money = unit == Unit::Money;
    let lists = nouns(table, money);
    let found = if money {
        cut.last(cut.before.clone(), &lists)
            .or_else(|| cut.last(0..cut.at, &lists))
            .or_else(|| cut.first(cut.after.clone(), &lists))
    } else {
        cut.first(cut.after.clone(), &lists)
            .filter(|(_, i)| *i < cut.next + NOUN_REACH)
            .or_else(|| cut.last(cut.before.clone(), &lists))
    };
    let measure = found.map(|(m, _)| m);
    let qualifier = (unit == Unit::Count)
        .then(|| {
            let near = cut.before.start.max(cut.at.saturating_sub(QUALIFIER_REACH))..cut.at;
            cut.first(cut.after.clone(), &table.qualifiers)
                .or_else(|| cut.last(near, &table.qualifiers))
        })
        .flatten()
        .map(|(q, _)| q);
    // "Doanh thu bình quân của hợp tác xã năm 2021 khoảng 773 triệu": the words of
    // an average stand with the word of money, however far before the number.
    // ("Purata hasil koperasi pada 2023 … 2 bilion"): right before it or after it.
    let from = found.map_or(cut.before.start, |(_, i)| {
        i.saturating_sub(1).min(cut.before.start)
    });
    let around = from..cut.after.end;
    let mut w = What {
        measure,
        qualifier,
        per_unit: per_unit(cut, table),
        average: cut.has(around, &table.average),
    };
    // "Le revenu moyen d'une coopérative": income of a cooperative (and of no
    // person) is its revenue.
    let of = |cooperative: bool| {
        table
            .per_unit
            .iter()
            .filter(|(u, _)| (*u == PerUnit::Cooperative) == cooperative)
            .any(|(_, l)| cut.has(0..cut.at, l))
    };
    let income = money && w.measure == Some(Measure::Income) && w.per_unit.is_none();
    if income && of(true) && !of(false) {
        w.measure = Some(Measure::Revenue);
        w.per_unit = Some(PerUnit::Cooperative);
    }
    w
}

/// A period in one word before an amount, in its clause: "an average yearly income
/// of 54 million VND", "un revenu annuel de …".
pub fn period_before(cut: &Cut, table: &LangTable) -> Option<Period> {
    let m = &table.money;
    cut.before.clone().rev().find_map(|i| {
        let key = &cut.words[i].key;
        if m.monthly.contains(key) {
            Some(Period::Month)
        } else if m.yearly.contains(key) {
            Some(Period::Year)
        } else {
            None
        }
    })
}

/// A unit after a connector: "/người", "per cooperative", "mỗi HTX", "par personne".
fn per_unit(cut: &Cut, table: &LangTable) -> Option<PerUnit> {
    let ws = &cut.words;
    let connector = |i: usize| table.money.connectors.contains(&ws[i].key);
    let ranges = [cut.at..cut.after.end, cut.before.clone()];
    ranges.into_iter().find_map(|r| {
        r.clone().filter(|&i| connector(i)).find_map(|i| {
            let words = &ws[..r.end];
            table
                .per_unit
                .iter()
                .filter(|(_, l)| phrase_at(words, i + 1, l) > 0)
                .max_by_key(|(_, l)| phrase_at(words, i + 1, l))
                .map(|(u, _)| *u)
        })
    })
}
