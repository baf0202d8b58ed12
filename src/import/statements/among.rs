//! The figures read from a text weighed among themselves, once all are read: several
//! counts of one meaning (a whole stated first and its parts, the total said to be
//! all), kinds counted among a part, counts after a count of one type, and an income
//! beside another income of the year.

use super::key::key_of;
use super::money::{self, after_groups};
use super::parts::{self, has_phrase};
use super::{floor, in_range, types};
use crate::content::amount::Period;
use crate::content::reader::{Statement, TimeRole, Unit};
use crate::figure_table::{AGRICULTURAL, EFFECTIVE, GROUPS, GROUP_MEMBERS, INCOME, REVENUE, TOTAL};
use crate::import::found::{Found, Section, Val};
use crate::lang_tables::{phrase, LangTable};
use crate::meaning::{Measure, Qualifier};

/// Marks the figures of `found` (read from the statements `all` of `body`) that the
/// others show to be parts, or one of two incomes: [`parts_after_the_whole`],
/// [`kinds_among_a_part`], [`types::parts_of_a_type`], [`other_incomes`].
pub(super) fn parts_among_them(
    found: &mut [Found],
    body: &str,
    all: &[Statement],
    table: &LangTable,
) {
    parts_after_the_whole(found, body, table);
    kinds_among_a_part(found, body, all, table);
    types::parts_of_a_type(found, body, all, table);
    other_incomes(body, all, found, table);
}

/// Several counts of one meaning for the year: when the first stated is the largest,
/// the later ones are parts of it ("485 cooperatives … Of those, 405 are operating";
/// "196 agricultural cooperatives … Of the 182 agricultural cooperatives that were
/// assessed"); otherwise the text leaves
/// it open and `decide` leaves them all out.
fn parts_after_the_whole(found: &mut [Found], body: &str, table: &LangTable) {
    said_total(found, body, table);
    for key in [TOTAL, GROUPS, EFFECTIVE, AGRICULTURAL, GROUP_MEMBERS] {
        let of_key =
            |f: &&mut Found| f.key == key && f.section == Section::Figures && f.doubt.is_none();
        let counts: Vec<u64> = found
            .iter_mut()
            .filter(of_key)
            .filter_map(|f| match f.val {
                Val::Count(n) => Some(n),
                Val::Money { .. } => None,
            })
            .collect();
        let (Some(&first), Some(&max)) = (counts.first(), counts.iter().max()) else {
            continue;
        };
        if first != max {
            continue;
        }
        for f in found.iter_mut().filter(of_key) {
            if f.val != Val::Count(first) {
                f.doubt = Some(format!(
                    "smaller than the total {first} stated before it: a part of it"
                ));
            }
        }
    }
}

/// "… the former province of Quảng Nam had 682 cooperatives. Of these, 426 were
/// agricultural": a kind counted among a count of cooperatives that is itself a part
/// (smaller than the total before it) is a part too, not the province's. So is any
/// count among the cooperatives of one sector ("Toàn tỉnh hiện có 38 HTX trong lĩnh vực
/// vệ sinh môi trường. Trong đó có 34 HTX đang hoạt động": the sector's operating ones).
fn kinds_among_a_part(found: &mut [Found], body: &str, all: &[Statement], table: &LangTable) {
    let parts: Vec<usize> = found
        .iter()
        .filter(|f| f.key == TOTAL && f.section == Section::Figures && f.doubt.is_some())
        .map(|f| f.pos)
        .collect();
    let sector = |p: &Statement| p.counts_cooperatives() && p.qualifier == Some(Qualifier::Sector);
    for f in found.iter_mut() {
        let kind = f.key == AGRICULTURAL || f.key == EFFECTIVE;
        if !(kind || f.key == TOTAL) || f.section != Section::Figures || f.doubt.is_some() {
            continue;
        }
        let Some(k) = f.read_from(all) else {
            continue;
        };
        let whole = |p: &&Statement| {
            (kind && parts.contains(&p.span.start)) || (sector(p) && p.value > all[k].value)
        };
        if let Some(p) = parts::count_before_among(body, all, k, table).filter(whole) {
            let whose = if sector(p) {
                "of one sector"
            } else {
                "themselves a part"
            };
            f.doubt = Some(format!(
                "among the {} cooperatives before it, {whose}",
                p.value
            ));
        }
    }
}

/// Several totals for the year, one of them said to be all ("Fifty co-operatives … were
/// established … the province has a total of 485 cooperatives"): the others are parts.
fn said_total(found: &mut [Found], body: &str, table: &LangTable) {
    let of_key = |f: &Found| f.key == TOTAL && f.section == Section::Figures && f.doubt.is_none();
    let said = |f: &Found| {
        let from = floor(body, f.pos.saturating_sub(80));
        let lead = phrase(&body[from..f.pos]);
        has_phrase(&lead[lead.len().saturating_sub(4)..], &table.total)
    };
    let mut totals: Vec<Val> = found
        .iter()
        .filter(|f| of_key(f) && said(f))
        .map(|f| f.val.clone())
        .collect();
    totals.dedup();
    let [total] = &totals[..] else {
        return;
    };
    let shown = total.show();
    for f in found.iter_mut().filter(|f| of_key(f) && f.val != *total) {
        f.doubt = Some(format!("the text says {shown} is the total: a part of it"));
    }
}

/// An income figure when the text states another income for the year, not averaged
/// ("thu nhập bình quân của thành viên 4,5 triệu/tháng; thu nhập của lao động 4
/// triệu/tháng"): whose is which is left to the author. The ends of a range are no
/// other income.
fn other_incomes(body: &str, all: &[Statement], found: &mut [Found], table: &LangTable) {
    let incomes: Vec<(f64, Option<Period>)> = all
        .iter()
        .enumerate()
        .filter(|(_, s)| s.time == TimeRole::Review && s.unit == Unit::Money)
        .filter(|(_, s)| s.measure == Some(Measure::Income))
        .filter(|(k, _)| after_groups(body, all, *k, INCOME, table).is_none())
        .filter(|(k, _)| key_of(body, all, *k, table) != Some(REVENUE))
        .filter(|(_, s)| money::of_other_bodies(body, s, INCOME, table).is_none())
        // "thu nhập bình quân 5–7 triệu đồng/tháng": a range gives the spread of some
        // incomes, no other average.
        .filter(|(_, s)| !in_range(body, s, table))
        .map(|(_, s)| (s.value, s.per))
        .collect();
    // A target's income is next year's: not beside this year's.
    for f in found
        .iter_mut()
        .filter(|f| f.key == INCOME && f.section == Section::Figures && f.doubt.is_none())
    {
        let Val::Money { amount, .. } = f.val else {
            continue;
        };
        if let Some((v, _)) = incomes.iter().find(|(v, _)| *v != amount) {
            f.doubt = Some(format!("the text states another income, {v}"));
        }
    }
}
