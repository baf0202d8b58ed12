//! What a paragraph is about: an average said under counts of one kind of cooperative
//! only ("Toàn tỉnh có 291 HTX nông nghiệp … Doanh thu bình quân 1,2 tỷ đồng/HTX") is
//! that kind's, not the province's; so are the members of a kind's groups (a text that
//! counts one kind only throughout: `decide/one_kind.rs`). A count of households, or of
//! members with workers, is no count of members.

use super::parts::{has_phrase, matches_at};
use crate::content::reader::{Statement, TimeRole};
use crate::figure_table::{is_money_average, GROUP_MEMBERS};
use crate::import::text::line_start;
use crate::lang_tables::{phrase, LangTable};
use crate::meaning::{Measure, Qualifier};

/// An average (revenue, profit, income) after counts of cooperatives of one kind in its
/// paragraph, and none of all of them nor of another kind (a change, "tăng 73 HTX so
/// với năm 2020", counts none): the kind's own.
pub(super) fn under_a_kind(body: &str, all: &[Statement], k: usize, key: &str) -> Option<String> {
    if !is_money_average(key) {
        return None;
    }
    if counts_all_before(body, all, k) {
        return None;
    }
    let mut kind = None;
    for o in coops_before(body, all, k) {
        if let (Some(q @ (Qualifier::Agricultural | Qualifier::NonAgricultural)), None) =
            (o.qualifier, o.also)
        {
            if kind.is_some_and(|k| k != q) {
                return None;
            }
            kind = Some(q);
        }
    }
    kind.map(|q| {
        format!(
            "said under counts of {} cooperatives only: theirs, not the province's",
            q.words()
        )
    })
}

/// The counts of cooperatives before the `k`th statement in its paragraph.
fn coops_before<'a>(
    body: &str,
    all: &'a [Statement],
    k: usize,
) -> impl Iterator<Item = &'a Statement> {
    let start = line_start(body, all[k].span.start);
    all[..k]
        .iter()
        .filter(move |o| o.span.start >= start && o.counts_cooperatives())
}

/// The paragraph counts all cooperatives before the `k`th statement (a count of no
/// kind that is not a change: "tăng 73 HTX so với năm 2020" counts none).
pub(super) fn counts_all_before(body: &str, all: &[Statement], k: usize) -> bool {
    coops_before(body, all, k).any(|o| o.qualifier.is_none() && o.time != TimeRole::Change)
}

/// "300 tổ hợp tác nông nghiệp với 7.027 tổ viên", "150 agricultural cooperative groups
/// with 3,000 members": the members after a count of groups of one kind are those
/// groups' members, a part of all the groups'.
pub(super) fn members_of_a_kind(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if key != GROUP_MEMBERS {
        return None;
    }
    let s = &all[k];
    let groups = super::key::counts_before(body, all, k)
        .next()
        .filter(|o| o.measure == Some(Measure::CooperativeGroups))?;
    let kind = groups.qualifier.filter(|_| groups.also.is_none())?;
    // "1.409 tổ hợp tác nông nghiệp và phi nông nghiệp": of both kinds, all of them.
    let between = phrase(&body[groups.span.end..s.span.start]);
    if kinds_named(&between, table).len() > 1 {
        return None;
    }
    Some(format!(
        "the members of the {} {} cooperative groups before them only",
        groups.value,
        kind.words()
    ))
}

/// The kinds of farming `ws` names (agricultural, non-agricultural), the longest words
/// at each place ("phi nông nghiệp" is not also "nông nghiệp").
fn kinds_named(ws: &[String], table: &LangTable) -> Vec<Qualifier> {
    let farming = [Qualifier::Agricultural, Qualifier::NonAgricultural];
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let longest = table
            .qualifiers
            .iter()
            .filter(|(q, _)| farming.contains(q))
            .flat_map(|(q, l)| l.iter().map(move |p| (*q, p)))
            .filter(|(_, p)| matches_at(ws, i, p))
            .max_by_key(|(_, p)| p.len());
        match longest {
            Some((q, p)) => {
                if !out.contains(&q) {
                    out.push(q);
                }
                i += p.len();
            }
            None => i += 1,
        }
    }
    out
}

/// "1.451 THT với trên 21.000 hộ thành viên", "21,000 member households": a count of
/// households (each may hold several members), not of the groups' members.
pub(super) fn households(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if key != GROUP_MEMBERS {
        return None;
    }
    let after = super::parts::clause_after(body, s);
    let after = &after[..after.len().min(HOUSEHOLD_REACH)];
    has_phrase(after, &table.households).then(|| "it counts households, not members".to_string())
}

/// How many words after a count its word of households may stand ("hộ thành viên",
/// "member households").
const HOUSEHOLD_REACH: usize = 3;

/// How many words after a count of members its "and" may stand ("1.900 thành viên và
/// người lao động", "2,000 members and workers").
const WORKERS_REACH: usize = 3;

/// "181 tổ hợp tác, thu hút gần 1.900 thành viên và người lao động", "2,000 members and
/// workers": members counted with workers are more than the groups' members.
pub(super) fn with_workers(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if key != GROUP_MEMBERS {
        return None;
    }
    let after = super::parts::clause_after(body, s);
    let and = (0..after.len().min(WORKERS_REACH)).find(|&i| table.money.and.contains(&after[i]))?;
    let workers = table
        .nouns
        .iter()
        .filter(|(m, _)| *m == Measure::Workers)
        .any(|(_, l)| l.iter().any(|p| matches_at(&after, and + 1, p)));
    workers.then(|| "it counts members and workers together".to_string())
}
