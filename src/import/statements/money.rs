//! Why an amount of the year is not the province's average: it is of part of the
//! year, of some cooperatives only (those operating, those of one kind), it could be
//! the cooperative groups', or it is too large for what it would be.

use super::parts::{clause_before, larger_total, matches_at, operating, stop};
use crate::content::reader::{Statement, TimeRole, Unit};
use crate::figure_table::{is_money_average, INCOME, PROFIT, REVENUE};
use crate::lang_tables::{phrase, LangTable};
use crate::meaning::{Measure, PerUnit, Qualifier};

/// "Doanh thu bình quân 9 tháng năm 2025 ước đạt 2,14 tỷ đồng/HTX": a revenue or a
/// profit said of part of the year, with no period of its own, is not a year's.
pub(super) fn part_of_year(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if ![REVENUE, PROFIT].contains(&key) || s.per.is_some() {
        return None;
    }
    let lead = phrase(&body[s.sentence.start..s.span.start]);
    let p = &table.period;
    p.part.iter().chain(&p.half).find_map(|w| {
        let w = phrase(w);
        (0..lead.len()).any(|i| matches_at(&lead, i, &w)).then(|| {
            format!(
                "\"{}\": the amount of part of the year, not a year's",
                w.join(" ")
            )
        })
    })
}

/// Below this a person's income is no year's: the smallest a year the articles give is
/// 11,24 million dong (2016), the largest a month 6 million.
const MIN_YEAR_INCOME: f64 = 10_000_000.0;

/// "thu nhập bình quân 5,3 triệu đồng" with no "/tháng" or "/năm" after it (or a period
/// the reader could not read): too small for a year's income, it is a month's, or of
/// something else; writing it as a year's would be wrong.
pub(super) fn no_period(s: &Statement, key: &str) -> Option<String> {
    (key == INCOME && s.unit == Unit::Money && s.per.is_none() && s.value < MIN_YEAR_INCOME)
        .then(|| "no period written, and too small for a year's income".to_string())
}

/// "tổng số vốn điều lệ 3.664 tỷ đồng, tổng tài sản 5.234 tỷ đồng, tổng doanh thu bình
/// quân 278,4 tỷ đồng, lợi nhuận bình quân 22,62 tỷ đồng": an average of the
/// cooperatives with no unit of its own ("/HTX", "của một HTX") whose words open with a
/// word of a sum is the sum of all of them, and so is an average listed right after it
/// with no unit of its own either: not one cooperative's revenue or profit.
pub(super) fn a_sum_said_average(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if ![REVENUE, PROFIT].contains(&key) || !summed(body, all, k, table) {
        return None;
    }
    Some("a sum of all the cooperatives' said as an average, with no unit: not one's".into())
}

/// The amount `all[k]`, an average with no unit of its own, is a sum ([`a_sum_said_average`]).
fn summed(body: &str, all: &[Statement], k: usize, table: &LangTable) -> bool {
    let s = &all[k];
    if s.unit != Unit::Money || !s.average || s.per_unit.is_some() {
        return false;
    }
    let prev = k
        .checked_sub(1)
        .filter(|&p| all[p].sentence == s.sentence && all[p].span.end <= s.span.start);
    let from = prev.map_or(s.sentence.start, |p| all[p].span.end);
    let mut lead = phrase(&body[from..s.span.start]);
    match lead.iter().rposition(|w| stop(w)) {
        Some(i) => drop(lead.drain(..=i)),
        // Right after the amount before it: no list, no words of its own.
        None if prev.is_some() => return false,
        None => {}
    }
    if table.summed.iter().any(|p| matches_at(&lead, 0, p)) {
        return true;
    }
    prev.is_some_and(|p| all[p].unit == Unit::Money && summed(body, all, p, table))
}

/// "Trong tổng số 153 HTX đang hoạt động, doanh thu bình quân của một HTX ước đạt 821
/// triệu đồng": an average after a count of some cooperatives only (operating, of
/// one kind) in its sentence, with no count of all of them there, is theirs; so is one
/// after a sentence of its paragraph that names cooperatives of one kind ("These
/// non-agricultural cooperatives have attracted …") or opens with one sector ("Lĩnh vực
/// công nghiệp - tiểu thủ công nghiệp, điện, có 83 HTX …").
pub(super) fn over_a_part(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if !is_money_average(key) {
        return None;
    }
    let coops = |o: &&Statement| {
        o.sentence == s.sentence
            && o.span.start < s.span.start
            && o.counts_cooperatives()
            && o.time == TimeRole::Review
    };
    let before: Vec<&Statement> = all[..k].iter().filter(coops).collect();
    // Those operating are some only when the text counts more of them ("với 518 HTX
    // đang hoạt động, … doanh thu bình quân đạt 650 triệu đồng/HTX/năm", the only
    // count, is all of them).
    let more = |o: &Statement| larger_total(body, all, o, table).is_some();
    let some = |o: &&&Statement| o.qualifier.is_some() || (operating(body, o, table) && more(o));
    // A person's income is theirs whichever cooperatives they work in.
    if let Some(part) = before.iter().find(some).filter(|_| key != INCOME) {
        if !before.iter().any(|o| !some(&o)) {
            return Some(format!(
                "it is the average of the {} cooperatives said before it only",
                part.value
            ));
        }
    }
    // The sentence before it in its paragraph (a line break ends a paragraph).
    let end = body[..s.sentence.start].trim_end().len();
    if end == 0 || body[end..s.sentence.start].contains('\n') {
        return None;
    }
    let mut at = end - 1;
    while !body.is_char_boundary(at) {
        at -= 1;
    }
    let prev = crate::content::reader::sentence_range(body, at);
    let ws = phrase(&body[prev]);
    // Not when the paragraph counts all cooperatives before it ("310 cooperatives,
    // including 95 agricultural cooperatives. The average revenue …").
    // A sentence that opens with one sector counts that sector's, whatever its counts.
    ((kind_named(&ws, table) && !super::kind::counts_all_before(body, all, k))
        || opens_with_a_sector(&ws, table))
    .then(|| "it follows words of cooperatives of one kind only".to_string())
}

/// A word of a kind of cooperatives right before a noun of cooperatives ("non-agricultural
/// cooperatives", not "HTX nông nghiệp", which `of_a_kind` reads after the noun).
fn kind_named(ws: &[String], table: &LangTable) -> bool {
    let kinds = table
        .qualifiers
        .iter()
        .filter(|(q, _)| matches!(q, Qualifier::Agricultural | Qualifier::NonAgricultural));
    let nouns: Vec<_> = table
        .nouns
        .iter()
        .filter(|(m, _)| *m == Measure::Cooperatives)
        .flat_map(|(_, l)| l.iter())
        .collect();
    kinds.flat_map(|(_, l)| l.iter()).any(|q| {
        (0..ws.len())
            .any(|i| matches_at(ws, i, q) && nouns.iter().any(|n| matches_at(ws, i + q.len(), n)))
    })
}

/// "thu nhập bình quân của lao động HTX là 4 triệu đồng/người/tháng, khối Quỹ tín dụng
/// nhân dân đạt bình quân gần 10 triệu đồng/người/tháng": an average whose clause names
/// bodies that are no cooperatives (credit funds), and no cooperative, is theirs; so is
/// one whose sentence names cooperative groups before it and no cooperative ("Bình quân
/// THT doanh thu ước đạt 385 triệu đồng, …, thu nhập người lao động đạt 4,3 triệu").
pub(super) fn of_other_bodies(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if !is_money_average(key) || s.per_unit == Some(PerUnit::Cooperative) {
        return None;
    }
    let named = |ws: &[String], m: Measure| bodies_named(ws, table).contains(&m);
    let lead = clause_before(body, s);
    if !named(&lead, Measure::Cooperatives) {
        let bodies = || table.other_bodies.iter().chain(&table.wider_bodies);
        let other = (0..lead.len()).find_map(|i| bodies().find(|p| matches_at(&lead, i, p)));
        if let Some(other) = other {
            return Some(format!(
                "it is the average of the {}, no cooperatives",
                other.join(" ")
            ));
        }
    }
    if let Some(other) = joined_with_cooperatives(&lead, table) {
        return Some(format!(
            "it is the average of cooperatives and {} together",
            other.join(" ")
        ));
    }
    let sentence = phrase(&body[s.sentence.start..s.span.start]);
    (named(&sentence, Measure::CooperativeGroups) && !named(&sentence, Measure::Cooperatives))
        .then(|| "its sentence names cooperative groups, no cooperatives: theirs".to_string())
}

/// "The average revenue of collective economic organizations and cooperatives", "des
/// organisations économiques collectives et des coopératives": a body that holds
/// cooperatives with others joined by "and" (or a comma, one word may follow it) to a
/// noun of cooperatives, either side; the average is of both together. (Cooperatives
/// and credit funds together are the province's.)
fn joined_with_cooperatives<'t>(ws: &[String], table: &'t LangTable) -> Option<&'t [String]> {
    let joint = |w: &String| w == "," || table.money.and.contains(w);
    // The length of the noun of cooperatives at `at` (not of cooperative groups there).
    let coops_at = |at: usize| -> Option<usize> {
        let longest = table
            .nouns
            .iter()
            .filter(|(m, _)| *m == Measure::Cooperatives)
            .flat_map(|(_, l)| l.iter())
            .filter(|n| matches_at(ws, at, n))
            .map(|n| n.len())
            .max()?;
        let first = bodies_named(&ws[at..], table).first().copied();
        (first == Some(Measure::Cooperatives)).then_some(longest)
    };
    (0..ws.len()).find_map(|i| {
        let p = table.wider_bodies.iter().find(|p| matches_at(ws, i, p))?;
        let end = i + p.len();
        let after = ws.get(end).is_some_and(joint)
            && (end + 1..(end + 3).min(ws.len())).any(|j| coops_at(j).is_some());
        let before = (i.saturating_sub(2)..i)
            .any(|k| joint(&ws[k]) && (0..k).any(|j| coops_at(j).is_some_and(|n| j + n == k)));
        (after || before).then_some(p.as_slice())
    })
}

/// The sentence before `s` names workers or members, then cooperatives, and no
/// cooperative group ("của một lao động trong Hợp tác xã", "of a worker in the
/// cooperatives").
fn of_cooperatives_workers(body: &str, s: &Statement, table: &LangTable) -> bool {
    let people = [Measure::Workers, Measure::Members];
    let bodies = [Measure::Cooperatives, Measure::CooperativeGroups];
    let lead = phrase(&body[s.sentence.start..s.span.start]);
    let named = nouns_named(&lead, table, &[&people[..], &bodies[..]].concat());
    let person = named.iter().position(|m| people.contains(m));
    !named.contains(&Measure::CooperativeGroups)
        && person.is_some_and(|p| named[p..].contains(&Measure::Cooperatives))
}

/// The bodies whose nouns stand in `ws`, each read at its longest ("cooperative groups"
/// names groups, not cooperatives).
fn bodies_named(ws: &[String], table: &LangTable) -> Vec<Measure> {
    nouns_named(
        ws,
        table,
        &[Measure::Cooperatives, Measure::CooperativeGroups],
    )
}

/// The measures of `bodies` whose nouns stand in `ws`, in order, each read at its longest.
fn nouns_named(ws: &[String], table: &LangTable, bodies: &[Measure]) -> Vec<Measure> {
    let mut named = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let best = table
            .nouns
            .iter()
            .filter(|(m, _)| bodies.contains(m))
            .flat_map(|(m, l)| l.iter().map(move |p| (*m, p)))
            .filter(|(_, p)| matches_at(ws, i, p))
            .max_by_key(|(_, p)| p.len());
        match best {
            Some((m, p)) => {
                named.push(m);
                i += p.len();
            }
            None => i += 1,
        }
    }
    named
}

/// How far into a sentence its word of a sector may stand for the sentence to be about
/// that sector ("Lĩnh vực công nghiệp …", "Trong lĩnh vực …", "In the industrial sector").
const SECTOR_OPENS: usize = 4;

/// The sentence opens with one sector ("Lĩnh vực công nghiệp - tiểu thủ công nghiệp,
/// điện, có 83 HTX"), not with several ("Các lĩnh vực …").
fn opens_with_a_sector(ws: &[String], table: &LangTable) -> bool {
    let sector = &table.sector;
    let one = |i: usize| sector.words.iter().any(|w| matches_at(ws, i, &phrase(w)));
    let several = |i: usize| {
        i > 0
            && sector
                .several
                .iter()
                .chain(&sector.some)
                .any(|w| ws[i - 1] == phrase(w).join(" "))
    };
    (0..ws.len().min(SECTOR_OPENS)).any(|i| one(i) && !several(i))
}

/// An average that follows the figures of cooperative groups in its paragraph, with no
/// count of cooperatives between ("215 groupes coopératifs … Le revenu moyen d'une
/// coopérative est estimé à 280 millions"): it could be theirs, but for an income of
/// the workers of cooperatives.
pub(super) fn after_groups(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    // "3 tỷ đồng/HTX/năm", "the average revenue of each cooperative": said to be a
    // cooperative's.
    if !is_money_average(key) || per_cooperative(body, s, table) {
        return None;
    }
    // "Thu nhập bình quân của một lao động trong Hợp tác xã đạt 41 triệu": an income
    // whose sentence names the workers or members of cooperatives before it, and no
    // cooperative group, is theirs. (A revenue "of a cooperative" may still be a
    // group's, as translations write it.)
    if key == INCOME && of_cooperatives_workers(body, s, table) {
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

/// The sentence says the amount is per cooperative in so many words: a connector and a
/// cooperative ("/HTX", "mỗi HTX", "of each cooperative", "per cooperative").
fn per_cooperative(body: &str, s: &Statement, table: &LangTable) -> bool {
    let ws = phrase(&body[s.sentence.clone()]);
    let units = table
        .per_unit
        .iter()
        .filter(|(u, _)| *u == PerUnit::Cooperative)
        .flat_map(|(_, l)| l);
    (1..ws.len()).any(|i| {
        table.money.connectors.contains(&ws[i - 1]) && units.clone().any(|p| matches_at(&ws, i, p))
    })
}
