//! Why a count is a part, read from what stands around it in a list or a sentence:
//! the cooperatives owning things counted before them, how they operate said after a
//! list, a count of how a kind does after a count of that kind.

use super::parts::{clause_before, count_before_among, matches_at, stop};
use crate::content::reader::{Statement, TimeRole, Unit};
use crate::figure_table::{is_cooperatives_count, is_money_average, EFFECTIVE, GROUPS, NEW, TOTAL};
use crate::lang_tables::{phrase, starts_with_digit, LangTable};
use crate::meaning::{Measure, Qualifier};

/// "35 products of 28 cooperatives", "100 cán bộ của 50 HTX": a count of cooperatives
/// right after a count of other things and a word of whose (at most five words between
/// them, in one clause) is the cooperatives owning those things, a part.
pub(super) fn owners(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if s.unit != Unit::Count || !is_cooperatives_count(key) {
        return None;
    }
    let p = k
        .checked_sub(1)
        .map(|p| &all[p])
        .filter(|p| p.sentence == s.sentence && p.measure != Some(Measure::Cooperatives))?;
    let between = phrase(&body[p.span.end..s.span.start]);
    if between.len() > 5 || between.iter().any(|w| stop(w)) {
        return None;
    }
    // The word of whose, right before the count or before one word of about ("của hơn").
    let of = (between.len().saturating_sub(2)..between.len())
        .find(|&i| table.owned_by.iter().any(|p| matches_at(&between, i, p)))?;
    (between.len() - of <= 2)
        .then(|| format!("the cooperatives {} belong to, a part", p.text(body).trim()))
}

/// "tổng vốn điều lệ của 3 HTX là 2,4 tỷ đồng", "the charter capital of 3
/// cooperatives": a count of cooperatives right after a noun of money and a word of
/// whose is the cooperatives that money is of (those just named, those set up), a part.
pub(super) fn money_of(body: &str, s: &Statement, key: &str, table: &LangTable) -> Option<String> {
    if s.unit != Unit::Count || !is_cooperatives_count(key) {
        return None;
    }
    let before = clause_before(body, s);
    // The word of whose right before the count, or before one word of about ("của hơn").
    let of = (before.len().saturating_sub(2)..before.len())
        .find(|&i| table.owned_by.iter().any(|p| matches_at(&before, i, p)))?;
    let money = [
        Measure::Capital,
        Measure::Revenue,
        Measure::Profit,
        Measure::Income,
    ];
    let (m, _) = table
        .nouns
        .iter()
        .filter(|(m, _)| money.contains(m))
        .flat_map(|(m, l)| l.iter().map(move |p| (m, p)))
        .find(|(_, p)| before[..of].ends_with(p))?;
    Some(format!(
        "the cooperatives whose {} it is, a part",
        m.words()
    ))
}

/// "over 650 cooperatives and 146 cooperative groups operating effectively": how they
/// operate, said after a list of counts of cooperatives and of other bodies, may be said
/// of each: the count of cooperatives may be of those only.
pub(super) fn state_after_list(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    let states = [
        Qualifier::Effective,
        Qualifier::Ineffective,
        Qualifier::Inactive,
        Qualifier::Dissolved,
    ];
    if key == GROUPS {
        return groups_in_a_list(body, all, k, &states, table);
    }
    if key != TOTAL {
        return None;
    }
    let next = all.get(k + 1).filter(|o| o.sentence == s.sentence)?;
    let other = matches!(
        next.measure,
        Some(Measure::CooperativeGroups | Measure::Federations)
    );
    let state = next.qualifier.filter(|q| states.contains(q));
    // "15 cooperatives, 12 cooperative groups, and one credit fund were dissolved": the
    // state said at the end of the list, past its commas.
    let state = state.or_else(|| {
        (next.qualifier.is_none())
            .then(|| state_at_list_end(body, list_end(body, all, k + 1), &states, table))
            .flatten()
    });
    let short = phrase(&body[s.span.end..next.span.start]).len() <= 5;
    let state = state.filter(|_| other && short)?;
    Some(format!(
        "the words after the list ({} {}) may be said of it too",
        state.words(),
        next.measure.map_or("", |m| m.words())
    ))
}

/// "15 cooperatives, 12 cooperative groups, and one credit fund were dissolved": a
/// count of groups after another count of its list (at most five words between), with
/// a state said at the list's end, may be of those groups only.
fn groups_in_a_list(
    body: &str,
    all: &[Statement],
    k: usize,
    states: &[Qualifier],
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    let listed = k.checked_sub(1).map(|p| &all[p]).is_some_and(|p| {
        p.sentence == s.sentence
            && p.unit == Unit::Count
            && phrase(&body[p.span.end..s.span.start]).len() <= 5
    });
    if !listed {
        return None;
    }
    let state = state_at_list_end(body, list_end(body, all, k), states, table)?;
    Some(format!(
        "the words after the list ({} {}) may be said of it too",
        state.words(),
        Measure::CooperativeGroups.words()
    ))
}

/// How many words after the last count of a list its state may stand.
const LIST_END: usize = 14;

/// The last count of the list the `k`th statement is in: the counts after it in its
/// sentence, each at most five words after the one before.
fn list_end<'a>(body: &str, all: &'a [Statement], k: usize) -> &'a Statement {
    let mut last = &all[k];
    for o in all[k + 1..]
        .iter()
        .take_while(|o| o.sentence == last.sentence)
    {
        if o.unit != Unit::Count || phrase(&body[last.span.end..o.span.start]).len() > 5 {
            break;
        }
        last = o;
    }
    last
}

/// A word of one of `states` in the words after `last` (a list's last count), past its
/// commas and "and", before a number or the end of its clause (";", ":", ".").
fn state_at_list_end(
    body: &str,
    last: &Statement,
    states: &[Qualifier],
    table: &LangTable,
) -> Option<Qualifier> {
    let after = phrase(&body[last.span.end..last.sentence.end.max(last.span.end)]);
    let end = after
        .iter()
        .position(|w| matches!(w.as_str(), ";" | ":" | "." | "(" | ")") || starts_with_digit(w))
        .unwrap_or(after.len())
        .min(LIST_END);
    let after = &after[..end];
    (0..after.len()).find_map(|i| {
        (table.qualifiers.iter())
            .filter(|(q, _)| states.contains(q))
            .find(|(_, l)| l.iter().any(|p| matches_at(after, i, p)))
            .map(|(q, _)| *q)
    })
}

/// "628 HTX nông nghiệp, trong đó 339 HTX hoạt động có hiệu quả": a count of how they
/// do or of new ones after a count of cooperatives of one kind in its sentence (and no
/// count of all of them before it), and smaller, is a part of that kind, not the
/// province's.
pub(super) fn part_of_a_kind(all: &[Statement], k: usize, key: &str) -> Option<String> {
    let s = &all[k];
    if key != EFFECTIVE && key != NEW {
        return None;
    }
    let before: Vec<&Statement> = all[..k]
        .iter()
        .rev()
        .take_while(|o| o.sentence == s.sentence)
        .filter(|o| o.counts_cooperatives())
        .collect();
    if before.iter().any(|o| o.qualifier.is_none()) {
        return None;
    }
    let kind = |q: Option<Qualifier>| {
        matches!(
            q,
            Some(Qualifier::Agricultural | Qualifier::NonAgricultural | Qualifier::Sector)
        )
    };
    let whole = before
        .iter()
        .find(|o| kind(o.qualifier) && o.value > s.value)?;
    Some(format!(
        "a part of the {} {} cooperatives before it",
        whole.value,
        whole.qualifier.map_or("", |q| q.words())
    ))
}

/// "nhiều lĩnh vực đạt trên 2,5 triệu đồng/người/tháng", "incomes in many sectors
/// reached …": an average said of some sectors in its clause is theirs, not the
/// province's ("các lĩnh vực", all of them, is).
pub(super) fn of_some_sectors(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if !is_money_average(key) {
        return None;
    }
    let lead = super::parts::clause_before(body, s);
    let sector = &table.sector;
    let at = |i: usize, some: &String, word: &String| {
        let p = phrase(some);
        matches_at(&lead, i, &p) && matches_at(&lead, i + p.len(), &phrase(word))
    };
    (0..lead.len()).find_map(|i| {
        sector.some.iter().find_map(|some| {
            let word = sector.words.iter().find(|w| at(i, some, w))?;
            Some(format!(
                "\"{some} {word}\": it is said of some sectors only"
            ))
        })
    })
}

/// "Lĩnh vực công nghiệp …, có 83 HTX (chiếm 8,05%), trong đó có 5 HTX dịch vụ điện": a
/// count of cooperatives of no kind in a clause that starts with a word of those among
/// them ("trong đó", "of which"), after a larger count of cooperatives in its sentence,
/// is a part of that one, not the province's.
///
/// The larger count may be of a kind ("120 HTX nông nghiệp, trong đó có 30 HTX": the 30
/// are agricultural ones), unlike the count in the sentence before that
/// `parts::part_of_new` looks for, which must be of all of them. One predicate for both
/// would either write such a 30 as all the province's cooperatives (no development
/// article's line changes, but precision_tests'
/// `a_count_among_a_larger_count_of_a_kind_in_its_sentence_is_a_part_of_it` fails) or,
/// across sentences, leave out a right count (blind11's vi_ha-giang_2017-agri loses its
/// 244 agricultural cooperatives).
pub(super) fn among_a_count(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if key != TOTAL || s.qualifier.is_some() {
        return None;
    }
    let lead = clause_before(body, s);
    let mut among = table.time.breaks.iter().filter(|p| p.len() > 1);
    if !among.any(|p| matches_at(&lead, 0, p)) {
        return None;
    }
    let whole = all[..k]
        .iter()
        .rev()
        .take_while(|o| o.sentence == s.sentence)
        .find(|o| o.counts_cooperatives() && o.value > s.value)?;
    Some(format!(
        "a part of the {} cooperatives before it",
        whole.value
    ))
}

/// "Từ trước năm 2001, toàn tỉnh có 288 hợp tác xã; trong đó chỉ có 8 hợp tác xã hoạt
/// động có hiệu quả": a count among the count of another year right before it (its
/// sentence opens with "trong đó", "of which") is of that year too.
pub(super) fn among_another_year(
    body: &str,
    all: &[Statement],
    k: usize,
    table: &LangTable,
) -> Option<String> {
    let whole = count_before_among(body, all, k, table)?;
    let year = match whole.time {
        TimeRole::Year(y) | TimeRole::Span(_, y) => y,
        _ => return None,
    };
    Some(format!("a part of the {} of {year} before it", whole.value))
}

/// "the country will have about 31,700 cooperatives, 158 cooperative unions and 73,000
/// cooperative groups": the words before the first count of a list (its verb, its
/// place) are said of every count listed after it. A count is listed after the one
/// before it in its sentence when only that one's noun (up to [`LISTED_NOUN`] words)
/// and a comma or "and" (and a word of about) stand between them; the clause before
/// the list's first count is the lead of each.
pub(super) fn list_lead(body: &str, all: &[Statement], k: usize, table: &LangTable) -> Vec<String> {
    let mut i = k;
    while let Some(p) = i
        .checked_sub(1)
        .filter(|&p| listed_after(body, &all[p], &all[i], table))
    {
        i = p;
    }
    clause_before(body, &all[i])
}

/// `s` is the next count of a list after `p`: "31,700 cooperatives, 158", "158
/// cooperative unions and 73,000", "12 HTX và khoảng 30".
fn listed_after(body: &str, p: &Statement, s: &Statement, table: &LangTable) -> bool {
    if p.sentence != s.sentence || p.unit != Unit::Count || s.unit != Unit::Count {
        return false;
    }
    let mut between = phrase(&body[p.span.end..s.span.start]);
    while let Some(a) = table.money.approx.iter().find(|a| between.ends_with(a)) {
        between.truncate(between.len() - a.len());
    }
    let joined = between.last().is_some_and(|w| table.money.and.contains(w));
    if joined {
        between.pop();
    }
    if between.last().is_some_and(|w| w == ",") {
        between.pop();
    } else if !joined {
        return false;
    }
    let word = |w: &String| !stop(w) && !starts_with_digit(w);
    between.len() <= LISTED_NOUN && between.iter().all(word)
}

/// The most words of a listed count's noun: "liên hiệp hợp tác xã" is five ("hơn 28.000
/// hợp tác xã, hơn 100 liên hiệp hợp tác xã và khoảng 100.000 tổ hợp tác").
const LISTED_NOUN: usize = 5;

/// "gần 4.500 tổ hợp tác, trong đó có 1.311 HTX, 3.091 tổ hợp tác, 32 quỹ tín dụng",
/// "4,500 cooperative groups, of which 1,311 cooperatives and 3,091 groups": a count of
/// groups followed in its sentence by a count of cooperatives and then by a smaller
/// count of groups holds both, a count of several kinds of bodies, not of groups. Not
/// changes after it ("2.600 tổ hợp tác và 137 HTX, giảm 7 tổ hợp tác").
pub(super) fn a_whole_of_bodies(all: &[Statement], k: usize, key: &str) -> Option<String> {
    let s = &all[k];
    if key != GROUPS || s.unit != Unit::Count {
        return None;
    }
    let later: Vec<&Statement> = all[k + 1..]
        .iter()
        .take_while(|o| o.sentence == s.sentence)
        .filter(|o| o.unit == Unit::Count && o.value < s.value && o.time == s.time)
        .collect();
    let coops = later
        .iter()
        .position(|o| o.measure == Some(Measure::Cooperatives))?;
    let groups = later[coops + 1..]
        .iter()
        .find(|o| o.measure == Some(Measure::CooperativeGroups))?;
    Some(format!(
        "it holds {} cooperatives and {} groups named after it: a count of several kinds of bodies",
        later[coops].value, groups.value
    ))
}
