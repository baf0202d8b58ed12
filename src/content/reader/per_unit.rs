//! Over what an amount is said ("đồng/người/tháng", "per cooperative", "mỗi HTX") and
//! the period said in one word before it ("an average yearly income").

use super::cut::Cut;
use crate::content::amount::Period;
use crate::lang_tables::LangTable;
use crate::meaning::{Measure, PerUnit};

/// A period in one word before an amount, in its clause: "an average yearly income
/// of 54 million VND", "un revenu annuel de …".
pub fn period_before(cut: &Cut, table: &LangTable) -> Option<Period> {
    cut.before
        .clone()
        .rev()
        .find_map(|i| super::money_noun::period_word(&table.money, &cut.words[i].key))
}

/// "thu nhập trung bình mỗi thành viên 2,8 triệu đồng/tháng/hợp tác xã": an income
/// said per person or member right before it is theirs, though a cooperative's unit
/// follows it (`per`, the unit read after it first).
pub(super) fn income_per_person(
    cut: &Cut,
    table: &LangTable,
    measure: Option<Measure>,
    per: Option<PerUnit>,
) -> Option<PerUnit> {
    if measure != Some(Measure::Income) || per != Some(PerUnit::Cooperative) {
        return per;
    }
    let before = per_unit_in(cut, table, [cut.before.clone()]);
    before
        .filter(|u| matches!(u, PerUnit::Person | PerUnit::Member))
        .or(per)
}

/// A unit after a connector: "/người", "per cooperative", "mỗi HTX", "par personne".
pub(super) fn per_unit(cut: &Cut, table: &LangTable) -> Option<PerUnit> {
    // "4.54 million VND (189 USD) per person": past an aside of the amount converted.
    let behind = super::converted::behind_aside(cut, table).unwrap_or_default();
    per_unit_in(
        cut,
        table,
        [cut.at..cut.after.end, behind, cut.before.clone()],
    )
}

/// [`per_unit`] in the word ranges `ranges`, the first that names one.
fn per_unit_in<const N: usize>(
    cut: &Cut,
    table: &LangTable,
    ranges: [std::ops::Range<usize>; N],
) -> Option<PerUnit> {
    let ws = &cut.words;
    let connector = |i: usize| table.money.connectors.contains(&ws[i].key);
    ranges.into_iter().find_map(|r| {
        r.clone().filter(|&i| connector(i)).find_map(|i| {
            let (u, n) = table
                .ids
                .per_unit
                .iter()
                .map(|(u, l)| (*u, cut.phrase(i + 1, r.end, l)))
                .filter(|(_, n)| *n > 0)
                .max_by_key(|(_, n)| *n)?;
            // "per cooperative member and worker": the cooperative's person.
            if u == PerUnit::Cooperative {
                let person = table
                    .ids
                    .per_unit
                    .iter()
                    .filter(|(p, _)| matches!(p, PerUnit::Person | PerUnit::Member))
                    .find(|(_, l)| cut.phrase(i + 1 + n, r.end, l) > 0);
                if let Some((p, _)) = person {
                    return Some(*p);
                }
            }
            // "29.09 million VND a cooperative group": a longer noun of a body that
            // is no cooperative there is not the unit ("đồng/người lao động" is).
            let body = table
                .ids
                .nouns
                .iter()
                .filter(|(m, _)| matches!(m, Measure::CooperativeGroups | Measure::Federations))
                .any(|(_, l)| cut.phrase(i + 1, r.end, l) > n);
            (!body).then_some(u)
        })
    })
}
