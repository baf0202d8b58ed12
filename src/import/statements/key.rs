//! Which built-in figure a statement is: its unit, measure and qualifier, and the words
//! around it that say whose an average is (a cooperative's, a group's, a member's) and
//! whether an income is a revenue.

use super::parts::{after_slash, has_phrase, matches_at};
use crate::content::reader::{Statement, Unit};
use crate::figure_table::{
    AGRICULTURAL, EFFECTIVE, GROUPS, GROUP_MEMBERS, INCOME, NEW, PROFIT, REVENUE, TOTAL,
};
use crate::lang_tables::{phrase, LangTable};
use crate::meaning::{Measure, PerUnit, Qualifier};

/// The built-in figure a statement is, when its meaning is one.
pub(super) fn key_of(
    body: &str,
    all: &[Statement],
    k: usize,
    table: &LangTable,
) -> Option<&'static str> {
    let s = &all[k];
    // "139/143 hợp tác xã đang hoạt động có hiệu quả": 139 is the part the words say.
    if let Some(whole) = all
        .get(k + 1)
        .filter(|w| w.unit == Unit::Count && after_slash(body, w))
    {
        let joined = body[s.span.end..whole.span.start].trim() == "/";
        if joined && s.unit == Unit::Count && whole.measure == Some(Measure::Cooperatives) {
            // "190/197 agricultural cooperatives are classified": a kind names the
            // whole, not the part.
            match whole.qualifier {
                Some(Qualifier::New) => return Some(NEW),
                Some(Qualifier::Effective) => return Some(EFFECTIVE),
                Some(_) => return None,
                // How they do was said of the part itself (see the reader).
                None => {}
            }
        }
    }
    match (s.unit, s.measure?) {
        // "269/616 coopératives fonctionnent efficacement": 616 is all of them.
        (Unit::Count, Measure::Cooperatives) if after_slash(body, s) => match s.qualifier {
            Some(Qualifier::Agricultural) => Some(AGRICULTURAL),
            _ => Some(TOTAL),
        },
        (Unit::Count, Measure::Cooperatives) => match s.qualifier {
            None => Some(TOTAL),
            Some(Qualifier::New) => Some(NEW),
            Some(Qualifier::Effective) => Some(EFFECTIVE),
            Some(Qualifier::Agricultural) => Some(AGRICULTURAL),
            Some(_) => None,
        },
        (Unit::Count, Measure::CooperativeGroups) => s.qualifier.is_none().then_some(GROUPS),
        (Unit::Count, Measure::Members) => {
            groups_members(body, all, k, table).then_some(GROUP_MEMBERS)
        }
        // "thu nhập bình quân của HTX", "the cooperative's average income": a
        // cooperative's income is not said to be its revenue (but its "revenu" is).
        (Unit::Money, Measure::Revenue) => (averaged_per_cooperative(body, s, table)
            && says_revenue(body, s, table))
        .then_some(REVENUE),
        (Unit::Money, Measure::Profit) => {
            averaged_per_cooperative(body, s, table).then_some(PROFIT)
        }
        (Unit::Money, Measure::Income) => income_or_revenue(body, s, table),
        _ => None,
    }
}

/// Income per person, or, when the income is a cooperative's ("le revenu moyen d'une
/// coopérative"), its revenue: whose it is is the first of cooperatives, groups,
/// members and workers named after the word of income, else the last named before it.
fn income_or_revenue(body: &str, s: &Statement, table: &LangTable) -> Option<&'static str> {
    match s.per_unit {
        Some(PerUnit::Person | PerUnit::Member) => return Some(INCOME),
        Some(PerUnit::Cooperative) => return income_is_revenue(body, s, table).then_some(REVENUE),
        None if !s.average => return None,
        None => {}
    }
    let lead = &body[s.sentence.start..s.span.start];
    let named = named_at(lead, table);
    let income = named.iter().rposition(|(m, _)| *m == Measure::Income)?;
    let whose = |m: &Measure| {
        matches!(
            m,
            Measure::Cooperatives
                | Measure::CooperativeGroups
                | Measure::Members
                | Measure::Workers
        )
    };
    // "the average income of a cooperative member and worker": a cooperative's person.
    let person = |k: usize| {
        named.get(k + 1).is_some_and(|(m, at)| {
            matches!(m, Measure::Members | Measure::Workers) && *at <= named[k].1 + 2
        })
    };
    let after = named[income + 1..]
        .iter()
        .enumerate()
        .filter(|(k, (m, _))| *m != Measure::Cooperatives || !person(income + 1 + k))
        .map(|(_, (m, _))| m)
        .find(|m| whose(m));
    let before = named[..income].iter().map(|(m, _)| m).rfind(|m| whose(m));
    match after.or(before) {
        Some(Measure::Cooperatives) => income_is_revenue(body, s, table).then_some(REVENUE),
        Some(Measure::CooperativeGroups) => None,
        _ => Some(INCOME),
    }
}

/// The sentence names revenue ("doanh thu", "revenue"), or income by a word that, said
/// of a cooperative, is its revenue (French "revenu").
fn says_revenue(body: &str, s: &Statement, table: &LangTable) -> bool {
    let sentence = &body[s.sentence.clone()];
    if names(sentence, table, Measure::Revenue) {
        return true;
    }
    has_phrase(&phrase(sentence), &table.income_is_revenue)
}

/// The sentence names income by a word that, said of a cooperative, is its revenue
/// (French "revenu"); "thu nhập 150 triệu đồng/HTX/năm" beside "doanh thu" is not
/// ("Doanh thu bình quân đạt 3.750 triệu đồng mỗi năm đối với một hợp tác xã, thu
/// nhập bình quân đạt 168 triệu đồng": the revenue is the 3.750 million).
fn income_is_revenue(body: &str, s: &Statement, table: &LangTable) -> bool {
    has_phrase(&phrase(&body[s.sentence.clone()]), &table.income_is_revenue)
}

/// The members of cooperative groups: the statement before it in its sentence counts
/// cooperative groups ("556 cooperative groups (attracting over 2,770 members)"), or
/// its sentence names cooperative groups and no cooperatives before it ("Các tổ hợp
/// tác thu hút 6.200 thành viên").
fn groups_members(body: &str, all: &[Statement], k: usize, table: &LangTable) -> bool {
    let s = &all[k];
    if let Some(o) = counts_before(body, all, k).next() {
        // "556 cooperative groups (attracting over 2,770 members)": members in brackets
        // opened right after a count are that count's alone.
        let between = &body[o.span.end..s.span.start];
        if between.contains('(') && !between.contains(')') && !between.contains(',') {
            return o.measure == Some(Measure::CooperativeGroups);
        }
        // "430 HTX và 7.150 THT với trên 200.000 thành viên", "1.025 HTX, 3 liên hiệp
        // HTX, 2.600 tổ hợp tác với 91.000 thành viên": after a list of counts of
        // several bodies, the members of all of them.
        let mut next = o.span.start;
        let both = counts_before(body, all, k)
            .skip(1)
            // "196 HTX với 46.000 thành viên, 270 tổ hợp tác với 56.000 thành viên":
            // a body before its own members is not of the list; nor is a union before
            // its member cooperatives ("2 Liên hiệp HTX với 13 HTX thành viên").
            .take_while(|p| {
                p.measure != Some(Measure::Members) && !not_cooperatives(body, p, table)
            })
            .take_while(|p| {
                let listed = p.time == o.time && p.span.end + 40 > next;
                next = p.span.start;
                listed
            })
            // A union's members are cooperatives: members in people after "3 liên
            // hiệp HTX, 8.400 tổ hợp tác" are the groups'.
            .any(|p| p.measure == Some(Measure::Cooperatives));
        return o.measure == Some(Measure::CooperativeGroups) && !both;
    }
    let lead = &body[s.sentence.start..s.span.start];
    names(lead, table, Measure::CooperativeGroups) && !names(lead, table, Measure::Cooperatives)
}

/// The counts before the `k`th statement in its sentence, the nearest first, without
/// those of an aside closed before it: in "2.148 tổ hợp tác (thành lập mới 93 tổ hợp
/// tác), với 45 nghìn tổ viên" the members are the 2.148 groups'.
pub(super) fn counts_before<'a>(
    body: &'a str,
    all: &'a [Statement],
    k: usize,
) -> impl Iterator<Item = &'a Statement> + 'a {
    let s = &all[k];
    all[..k]
        .iter()
        .rev()
        .take_while(move |o| o.sentence == s.sentence)
        .filter(move |o| o.unit == Unit::Count && !in_aside_before(body, o, s))
}

/// `o` stands in brackets that close before `s`: "(" before it with no ")" between,
/// and ")" between it and `s`.
fn in_aside_before(body: &str, o: &Statement, s: &Statement) -> bool {
    let lead = &body[o.sentence.start..o.span.start];
    let opened = lead.rfind('(').is_some_and(|i| !lead[i..].contains(')'));
    opened && body[o.span.end..s.span.start].contains(')')
}

/// The words right after the number of `p` name bodies that are not cooperatives with
/// a noun of cooperatives ("13 HTX thành viên": a union's member cooperatives).
fn not_cooperatives(body: &str, p: &Statement, table: &LangTable) -> bool {
    let after = phrase(&body[p.span.end..p.sentence.end.max(p.span.end)]);
    table
        .not_cooperatives
        .iter()
        .any(|n| matches_at(&after, 0, n))
}

/// An average per cooperative: averaged or per cooperative, and not an average of
/// cooperative groups ("doanh thu bình quân mỗi tổ hợp tác").
fn averaged_per_cooperative(body: &str, s: &Statement, table: &LangTable) -> bool {
    let lead = &body[s.sentence.start..s.span.start];
    match s.per_unit {
        Some(PerUnit::Cooperative) => true,
        None => s.average && last_named(lead, table) != Some(Measure::CooperativeGroups),
        Some(_) => false,
    }
}

/// `text` names `measure` by one of the table's nouns for it (a longer noun of another
/// measure that holds it, "tổ hợp tác" for "hợp tác", does not count).
fn names(text: &str, table: &LangTable, measure: Measure) -> bool {
    named(text, table).contains(&measure)
}

/// Of cooperatives and cooperative groups, the one `text` names last.
fn last_named(text: &str, table: &LangTable) -> Option<Measure> {
    named(text, table)
        .into_iter()
        .rfind(|m| matches!(m, Measure::Cooperatives | Measure::CooperativeGroups))
}

/// The measures `text` names by the table's nouns, in order, the longest noun at each
/// word.
fn named(text: &str, table: &LangTable) -> Vec<Measure> {
    named_at(text, table).into_iter().map(|(m, _)| m).collect()
}

/// The measures `text` names, with the word each starts at.
fn named_at(text: &str, table: &LangTable) -> Vec<(Measure, usize)> {
    let ws = phrase(text);
    let longest_at = |i: usize| -> Option<(Measure, usize)> {
        table
            .nouns
            .iter()
            .flat_map(|(m, list)| list.iter().map(move |p| (*m, p)))
            .filter(|(_, p)| matches_at(&ws, i, p))
            .map(|(m, p)| (m, p.len()))
            .max_by_key(|(_, n)| *n)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match longest_at(i) {
            Some((m, n)) => {
                out.push((m, i));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}
