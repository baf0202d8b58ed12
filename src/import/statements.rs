//! Figures and targets from the reader's statements ([`crate::content::reader`]):
//! a statement about the year under review whose meaning is one of the built-in
//! figures' is a figure, a target statement of such a meaning a target. What the
//! words of each meaning are is the language tables' business, not import's.

use super::found::{Found, Section, Val};
use crate::content::amount::{Notation, Period};
use crate::content::reader::{self, Statement, TimeRole, Unit};
use crate::figure_table::{
    AGRICULTURAL, EFFECTIVE, GROUPS, GROUP_MEMBERS, INCOME, NEW, PROFIT, REVENUE, TOTAL,
};
use crate::lang_tables::{self, words, LangTable, Phrase};
use crate::meaning::{Measure, PerUnit, Qualifier};

/// The longest quote: a sentence longer than this is quoted around its number.
const QUOTE_CHARS: usize = 160;

/// Every statement of `body` that is a built-in figure or target of `year`.
pub fn figures(body: &str, lang: &str, year: i32) -> Vec<Found> {
    let table = &lang_tables::for_lang(lang).table;
    let found = reader::read(body, lang, year);
    let mut out = Vec::new();
    for (k, s) in found.iter().enumerate() {
        let section = match s.time {
            TimeRole::Review => Section::Figures,
            TimeRole::Target => Section::Targets,
            _ => continue,
        };
        let Some(key) = key_of(body, &found, k, table) else {
            continue;
        };
        // "Dự kiến đến cuối năm 2015 … 899 HTX", "It is expected that … 511": a
        // projection is neither the year's figure nor a target set by the union.
        if in_range(body, s, table) || projected(body, s, table) {
            continue;
        }
        // Groups in a target are new groups ("thành lập mới 50 HTX, 20 tổ hợp tác").
        if section == Section::Targets && (key == GROUPS || key == GROUP_MEMBERS) {
            continue;
        }
        let Some(val) = value(key, s).filter(|_| !foreign(body, s, lang)) else {
            continue;
        };
        out.push(Found {
            section,
            key,
            val,
            quote: quote(body, s),
            strong: true,
            pos: s.span.start,
            doubt: part_of_new(&found, k, key)
                .or_else(|| after_groups(body, &found, k, key))
                .or_else(|| share_of_all(body, &found, k, key, table))
                .or_else(|| in_operation(body, &found, k, key, table))
                .or_else(|| of_a_kind(body, s, key, table)),
        });
    }
    parts_after_the_whole(&mut out);
    other_incomes(body, &found, &mut out, table);
    out
}

/// An income figure when the text states another income for the year, not averaged
/// ("thu nhập bình quân của thành viên 4,5 triệu/tháng; thu nhập của lao động 4
/// triệu/tháng"): whose is which is left to the author.
fn other_incomes(body: &str, all: &[Statement], found: &mut [Found], table: &LangTable) {
    let incomes: Vec<(f64, Option<Period>)> = all
        .iter()
        .enumerate()
        .filter(|(_, s)| s.time == TimeRole::Review && s.unit == Unit::Money)
        .filter(|(_, s)| s.measure == Some(Measure::Income))
        .filter(|(k, _)| after_groups(body, all, *k, INCOME).is_none())
        .filter(|(k, _)| key_of(body, all, *k, table) != Some(REVENUE))
        .map(|(_, s)| (s.value, s.per))
        .collect();
    for f in found
        .iter_mut()
        .filter(|f| f.key == INCOME && f.doubt.is_none())
    {
        let Val::Money { amount, .. } = f.val else {
            continue;
        };
        if let Some((v, _)) = incomes.iter().find(|(v, _)| *v != amount) {
            f.doubt = Some(format!("the text states another income, {v}"));
        }
    }
}

/// One end of a range: "từ 3-8 hộ", "30 - 50 HTX", "từ 4 đến 5 triệu".
fn in_range(body: &str, s: &Statement, table: &LangTable) -> bool {
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    let after = body[s.span.end..].trim_start();
    let before = body[..s.span.start].trim_end();
    let digit = |c: char| c.is_ascii_digit();
    if after
        .strip_prefix(dash)
        .is_some_and(|a| a.trim_start().starts_with(digit))
        || before
            .strip_suffix(dash)
            .is_some_and(|b| b.trim_end().ends_with(digit))
    {
        return true;
    }
    let ws = words(after);
    ws.len() >= 2
        && table.money.range.contains(&ws[0].key)
        && ws[1].key.starts_with(|c: char| c.is_ascii_digit())
}

/// A projection: a word of what is expected stands before the number in its sentence.
fn projected(body: &str, s: &Statement, table: &LangTable) -> bool {
    let ws: Vec<String> = words(&body[s.sentence.start..s.span.start])
        .into_iter()
        .map(|w| w.key)
        .collect();
    (0..ws.len()).any(|i| table.time.expected.iter().any(|p| matches_at(&ws, i, p)))
}

/// "nâng số HTX đang hoạt động … 581 HTX, chiếm 80,3% so với tổng số HTX": a count
/// that the text gives as a share of all cooperatives is not their total.
fn share_of_all(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if key != TOTAL || after_slash(body, s) {
        return None;
    }
    let next = all.get(k + 1).filter(|o| o.sentence == s.sentence)?;
    let between: Vec<String> = words(&body[s.span.end..next.span.start])
        .into_iter()
        .map(|w| w.key)
        .collect();
    let has = |list: &[Phrase]| {
        (0..between.len()).any(|i| list.iter().any(|p| matches_at(&between, i, p)))
    };
    let share = has(&table.time.share) && !has(&table.time.change);
    (next.unit == Unit::Percent && share)
        .then(|| format!("the text gives it as {} of a whole", next.text(body)))
}

/// "485 cooperatives … 405 are operating", "334 active cooperatives": a count of the
/// cooperatives in operation, when the text gives a larger total for the year without
/// those words, is a part of it.
fn in_operation(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if key != TOTAL || !operating(body, s, table) {
        return None;
    }
    let whole = all.iter().find(|o| {
        o.time == TimeRole::Review
            && o.unit == Unit::Count
            && o.measure == Some(Measure::Cooperatives)
            && o.qualifier.is_none()
            && o.value > s.value
            && !operating(body, o, table)
    })?;
    Some(format!(
        "a count of those in operation; the text gives {} as all of them",
        whole.value
    ))
}

/// Words of cooperatives in operation stand next to the number (up to four words
/// before it or after it, in its clause).
fn operating(body: &str, s: &Statement, table: &LangTable) -> bool {
    let clause =
        |t: &str| -> Vec<String> { words(t).into_iter().map(|w| w.key).collect::<Vec<_>>() };
    let stop = |w: &String| matches!(w.as_str(), "," | ";" | ":" | "(" | ")");
    let before = clause(&body[s.sentence.start..s.span.start]);
    let from = before.iter().rposition(stop).map_or(0, |i| i + 1);
    let before = &before[from.max(before.len().saturating_sub(4))..];
    let after = clause(&body[s.span.end..s.sentence.end]);
    let to = after.iter().position(stop).unwrap_or(after.len()).min(5);
    let has = |ws: &[String]| {
        let ws: Vec<String> = ws.to_vec();
        (0..ws.len()).any(|i| table.operating.iter().any(|p| matches_at(&ws, i, p)))
    };
    has(before) || has(&after[..to])
}

/// An average of some cooperatives only ("thu nhập bình quân … ở HTX nông nghiệp đạt
/// 2,8 triệu"): not the province's.
fn of_a_kind(body: &str, s: &Statement, key: &str, table: &LangTable) -> Option<String> {
    if ![REVENUE, PROFIT, INCOME].contains(&key) {
        return None;
    }
    let lead: Vec<String> = words(&body[s.sentence.start..s.span.start])
        .into_iter()
        .map(|w| w.key)
        .collect();
    let kind = |i: usize| {
        table
            .qualifiers
            .iter()
            .any(|(_, l)| l.iter().any(|p| matches_at(&lead, i, p)))
    };
    let coop = |i: usize| {
        table
            .nouns
            .iter()
            .filter(|(m, _)| *m == Measure::Cooperatives)
            .any(|(_, l)| l.iter().any(|p| matches_at(&lead, i, p)))
    };
    (0..lead.len())
        .any(|i| coop(i) && (i + 1..lead.len().min(i + 4)).any(kind))
        .then(|| "it is the average of some cooperatives only".to_string())
}

/// "11 HTX được thành lập mới, trong đó có 8 HTX nông nghiệp": a count of which
/// cooperatives after a count of new ones in its sentence, and smaller, is a part of
/// the new ones, not the province's.
fn part_of_new(all: &[Statement], k: usize, key: &str) -> Option<String> {
    let s = &all[k];
    if key != AGRICULTURAL && key != EFFECTIVE {
        return None;
    }
    let new = all[..k]
        .iter()
        .rev()
        .take_while(|o| o.sentence == s.sentence)
        .find(|o| {
            o.measure == Some(Measure::Cooperatives) && o.qualifier == Some(Qualifier::New)
        })?;
    (new.value >= s.value)
        .then(|| format!("a part of the {} new cooperatives before it", new.value))
}

/// An average that follows the figures of cooperative groups in its paragraph, with no
/// count of cooperatives between ("215 groupes coopératifs … Le revenu moyen d'une
/// coopérative est estimé à 280 millions"): it could be theirs.
fn after_groups(body: &str, all: &[Statement], k: usize, key: &str) -> Option<String> {
    let s = &all[k];
    if ![REVENUE, PROFIT, INCOME].contains(&key) {
        return None;
    }
    let paragraph = body[..s.span.start].rfind("\n\n").unwrap_or(0);
    let last = all[..k]
        .iter()
        .rev()
        .take_while(|o| o.span.start >= paragraph)
        .find(|o| o.unit == Unit::Count && o.measure.is_some())?;
    let groups = matches!(
        last.measure,
        Some(Measure::CooperativeGroups | Measure::Members)
    ) && all[..k]
        .iter()
        .rev()
        .take_while(|o| o.span.start >= paragraph)
        .any(|o| o.measure == Some(Measure::CooperativeGroups));
    groups
        .then(|| "it follows the figures of cooperative groups, so it could be theirs".to_string())
}

/// Several totals for the year: when the first stated is the largest, the later ones
/// are parts of it ("485 cooperatives … Of those, 405 are operating"); otherwise the
/// text leaves it open and `decide` leaves them all out.
fn parts_after_the_whole(found: &mut [Found]) {
    for key in [TOTAL, GROUPS] {
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

/// The built-in figure a statement is, when its meaning is one.
fn key_of(body: &str, all: &[Statement], k: usize, table: &LangTable) -> Option<&'static str> {
    let s = &all[k];
    // "139/143 hợp tác xã đang hoạt động có hiệu quả": 139 is the part the words say.
    if let Some(whole) = all
        .get(k + 1)
        .filter(|w| w.unit == Unit::Count && after_slash(body, w))
    {
        let joined = body[s.span.end..whole.span.start].trim() == "/";
        if joined && s.unit == Unit::Count && whole.measure == Some(Measure::Cooperatives) {
            return match whole.qualifier? {
                Qualifier::New => Some(NEW),
                Qualifier::Effective => Some(EFFECTIVE),
                Qualifier::Agricultural => Some(AGRICULTURAL),
                _ => None,
            };
        }
    }
    match (s.unit, s.measure?) {
        // "269/616 coopératives fonctionnent efficacement": 616 is all of them.
        (Unit::Count, Measure::Cooperatives) if after_slash(body, s) => Some(TOTAL),
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
        Some(PerUnit::Cooperative) => return says_revenue(body, s, table).then_some(REVENUE),
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
    let after = named[income + 1..]
        .iter()
        .map(|(m, _)| m)
        .find(|m| whose(m));
    let before = named[..income].iter().map(|(m, _)| m).rfind(|m| whose(m));
    match after.or(before) {
        Some(Measure::Cooperatives) => says_revenue(body, s, table).then_some(REVENUE),
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
    let ws: Vec<String> = words(sentence).into_iter().map(|w| w.key).collect();
    (0..ws.len()).any(|i| {
        table
            .income_is_revenue
            .iter()
            .any(|p| matches_at(&ws, i, p))
    })
}

/// The number is the second of "a/b".
fn after_slash(body: &str, s: &Statement) -> bool {
    let before = &body.as_bytes()[..s.span.start];
    before.len() >= 2
        && before[before.len() - 1] == b'/'
        && before[before.len() - 2].is_ascii_digit()
}

/// The members of cooperative groups: the statement before it in its sentence counts
/// cooperative groups ("556 cooperative groups (attracting over 2,770 members)"), or
/// its sentence names cooperative groups and no cooperatives before it ("Các tổ hợp
/// tác thu hút 6.200 thành viên").
fn groups_members(body: &str, all: &[Statement], k: usize, table: &LangTable) -> bool {
    let s = &all[k];
    let before = all[..k]
        .iter()
        .rev()
        .take_while(|o| o.sentence == s.sentence)
        .find(|o| o.unit == Unit::Count);
    if let Some(o) = before {
        // "430 HTX và 7.150 THT với trên 200.000 thành viên": the members of both.
        let both = all[..k]
            .iter()
            .rev()
            .take_while(|p| p.sentence == s.sentence)
            .filter(|p| p.unit == Unit::Count)
            .nth(1)
            .is_some_and(|p| {
                p.measure == Some(Measure::Cooperatives)
                    && p.time == o.time
                    && p.span.end + 40 > o.span.start
            });
        return o.measure == Some(Measure::CooperativeGroups) && !both;
    }
    let lead = &body[s.sentence.start..s.span.start];
    names(lead, table, Measure::CooperativeGroups) && !names(lead, table, Measure::Cooperatives)
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
    let ws: Vec<String> = words(text).into_iter().map(|w| w.key).collect();
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

fn matches_at(ws: &[String], i: usize, p: &Phrase) -> bool {
    !p.is_empty() && ws.len() >= i + p.len() && ws[i..i + p.len()] == p[..]
}

/// Money in another currency than the dong ("(100,500 USD)" after "2.36 billion
/// VND"): the figures are in VND, and the text gives the same amount converted.
fn foreign(body: &str, s: &Statement, lang: &str) -> bool {
    s.unit == Unit::Money
        && crate::content::amount::parse_money(&body[s.span.clone()], Notation::for_lang(lang))
            .ok()
            .and_then(|a| a.currency)
            .is_some_and(|c| c != "VND")
}

/// The value to write: a whole count, or money per year or per month as stated.
fn value(key: &str, s: &Statement) -> Option<Val> {
    match s.unit {
        Unit::Count => {
            let n = s.value;
            (n >= 0.0 && n.fract() == 0.0 && n < 1e15).then_some(Val::Count(n as u64))
        }
        Unit::Money => Some(Val::Money {
            amount: s.value,
            per: if key == INCOME && s.per == Some(Period::Month) {
                Period::Month
            } else {
                Period::Year
            },
        }),
        Unit::Percent => None,
    }
}

/// The words a figure comes from: its sentence, or the part of it around its number.
fn quote(body: &str, s: &Statement) -> String {
    let sentence = body[s.sentence.clone()].trim();
    if sentence.chars().count() <= QUOTE_CHARS {
        return sentence.to_string();
    }
    let from = floor(body, s.span.start.saturating_sub(90).max(s.sentence.start));
    let to = floor(body, (s.span.end + 60).min(s.sentence.end));
    let part = &body[from..to];
    let start = if from > s.sentence.start {
        part.find(' ').map_or(0, |i| i + 1)
    } else {
        0
    };
    let end = if to < s.sentence.end {
        part.rfind(' ').unwrap_or(part.len())
    } else {
        part.len()
    };
    part[start..end.max(start)].trim().to_string()
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests;
