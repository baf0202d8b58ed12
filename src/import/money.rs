//! Money read as one of the averages: the measure before it ("doanh thu", "bénéfice",
//! "pendapatan", "income"), an average ("bình quân", "moyen", "purata", "average"),
//! and whose it is: a cooperative's, a group's or a person's.

use std::ops::Range;

use super::extract::{Ctx, Found, Noun, Val};
use super::patterns::{FOREIGN, MONTH_MARKERS, YEAR_MARKERS};
use crate::content::amount::Period;
use crate::figure_table::{INCOME, PROFIT, REVENUE};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Revenue,
    Profit,
    Income,
    RevenueOrIncome,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Whose {
    Coop,
    Group,
    GroupMember,
    Person,
    Unsaid,
}

/// Per-person endings of an amount: "/người/tháng", "par personne".
const PER_PERSON: &[&str] = &[
    "/nguoi",
    "moi nguoi",
    "mot nguoi",
    "/personne",
    "par personne",
    "/orang",
    "seorang",
    "per person",
    "per worker",
    "per member",
    "/person",
    "a person",
    "per head",
];
/// Workers, as against members (of a group or a cooperative).
const WORKERS: &[&str] = &[
    "nguoi lao dong",
    "lao dong",
    "travailleur",
    "travailleurs",
    "salarie",
    "salaries",
    "employe",
    "employes",
    "worker",
    "workers",
    "employee",
    "employees",
    "labourer",
    "laborer",
    "labourers",
    "laborers",
    "buruh",
    "pekerja",
    "kakitangan",
];
/// Words that make every amount of their sentence an average: "On average, ...".
const SENTENCE_AVG: &[&str] = &[
    "on average",
    "en moyenne",
    "secara purata",
    "tinh binh quan",
];
/// After an amount, whose it is: "/HTX/năm", "per cooperative".
const PER_COOP: &[&str] = &[
    "/htx",
    "moi htx",
    "mot htx",
    "par cooperative",
    "per cooperative",
    "setiap koperasi",
    "sebuah koperasi",
    "each cooperative",
    "a cooperative",
];

/// Number `i`, money, read as an average of a cooperative, a group or a worker.
pub fn read(ctx: &Ctx, i: usize) -> Option<Found> {
    let n = &ctx.nums[i];
    if n.percent || is_foreign(ctx, i) || ctx.is_delta(i) {
        return None;
    }
    let sentence = ctx.seg.sentence(n.start);
    let (mut measure, at, base) = measure_before(ctx, sentence.start..n.start)?;
    let clause = ctx.seg.clause(n.start);
    let after = n.end..(n.end + 30).min(clause.end.max(n.end));
    let lead_from = at
        .start
        .saturating_sub(40)
        .max(ctx.seg.clause(at.start).start);
    if ctx.f.has_any(ctx.p.per_capita, lead_from..after.end) {
        return None;
    }
    // Whose: in the words since the measure or since the money before this one.
    let since = ctx
        .nums
        .iter()
        .filter(|m| m.money && m.end <= n.start && m.start >= at.end)
        .map(|m| m.end)
        .max();
    let subject_from = since.unwrap_or(at.start);
    // "tổng doanh thu 2.950 tỷ đồng, bình quân 2,8 tỷ đồng/HTX": the average of the total.
    if measure == Measure::Other {
        let avg_after_total = since.is_some_and(|s| ctx.f.has_any(ctx.p.avg, s..n.start));
        measure = base.filter(|_| avg_after_total)?;
    }
    let per_person = ctx.f.has_any(PER_PERSON, n.start..after.end);
    let mut whose = whose(ctx, subject_from..n.start, after.clone(), per_person);
    if since.is_some() && whose == Whose::Unsaid {
        return None;
    }
    let average = per_person
        || ctx.f.has_any(ctx.p.avg, lead_from..n.start)
        || ctx.f.has_any(SENTENCE_AVG, sentence.start..n.start)
        || ctx.f.has_any(SENTENCE_AVG, after.clone());
    if !average {
        return None;
    }
    let section = ctx.section(i)?;
    let subject = subject_from..n.start;
    let mut doubt = after_groups(ctx, at.start, &mut whose, subject, after.end);
    let (key, why) = key_of(measure, whose)?;
    doubt = doubt.or(why);
    let per = period(ctx, n.per, at.end..after.end);
    let per = match per {
        Some(p) => p,
        None if key.contains("income") && n.value < 20_000_000.0 => {
            doubt = doubt.or(Some("the text does not say per month or per year".into()));
            Period::Year
        }
        None => Period::Year,
    };
    if ctx.is_range(i) {
        doubt = Some("a range, not one value".into());
    }
    let mut found = ctx.found(
        i,
        section,
        key,
        Val::Money {
            amount: n.value,
            per,
        },
    );
    let avg_at = ctx
        .f
        .find_any(ctx.p.avg, lead_from..n.start)
        .first()
        .map(|m| m.0);
    found.quote = ctx.quote(i, Some(avg_at.map_or(at.start, |a| a.min(at.start))));
    found.doubt = doubt;
    Some(found)
}

/// The measure nearest before the money in its sentence, and for a total of one
/// ("tổng doanh thu", "total revenue"), the measure it totals.
fn measure_before(ctx: &Ctx, r: Range<usize>) -> Option<(Measure, Range<usize>, Option<Measure>)> {
    let p = ctx.p;
    let lists: [(&[&str], Measure); 6] = [
        (p.revenue, Measure::Revenue),
        (p.profit, Measure::Profit),
        (p.income, Measure::Income),
        (p.revenue_or_income, Measure::RevenueOrIncome),
        (p.other_money, Measure::Other),
        (p.per_capita, Measure::Other),
    ];
    let mut phrases = Vec::new();
    let mut kinds = Vec::new();
    for (list, m) in lists {
        for w in list {
            phrases.push(*w);
            kinds.push(m);
        }
    }
    let (s, e, k) = ctx.f.find_any(&phrases, r).into_iter().last()?;
    let base = (kinds[k] == Measure::Other)
        .then(|| {
            let words = phrases[k];
            lists[..3]
                .iter()
                .find(|(list, _)| list.iter().any(|w| words.contains(w)))
                .map(|(_, m)| *m)
        })
        .flatten();
    let per_capita = p.per_capita.contains(&phrases[k]);
    (!per_capita).then_some((kinds[k], s..e, base))
}

/// Whose the amount is, by the nouns between the measure and the amount and the
/// words right after it.
fn whose(ctx: &Ctx, between: Range<usize>, after: Range<usize>, per_person: bool) -> Whose {
    let has = |kind: Noun, r: &Range<usize>| {
        ctx.nouns
            .iter()
            .any(|(k, n)| *k == kind && n.start >= r.start && n.end <= r.end)
    };
    let person = per_person || ctx.f.has_any(ctx.p.person, between.clone());
    if has(Noun::Group, &between) {
        return if person {
            Whose::GroupMember
        } else {
            Whose::Group
        };
    }
    if person {
        return Whose::Person;
    }
    if has(Noun::Coop, &between) || ctx.f.has_any(PER_COOP, after) {
        return Whose::Coop;
    }
    Whose::Unsaid
}

/// The key of an average, and a doubt when the words leave one.
fn key_of(measure: Measure, whose: Whose) -> Option<(&'static str, Option<String>)> {
    let key = match (measure, whose) {
        (Measure::Other, _) => return None,
        (Measure::Revenue | Measure::RevenueOrIncome, Whose::Group) => {
            "avg_revenue_per_cooperative_group"
        }
        (Measure::Profit, Whose::Group | Whose::GroupMember) => "avg_profit_per_cooperative_group",
        (Measure::Revenue, Whose::GroupMember) => "avg_revenue_per_cooperative_group",
        (Measure::Income | Measure::RevenueOrIncome, Whose::GroupMember)
        | (Measure::Income, Whose::Group) => "avg_income_per_cooperative_group_member",
        (Measure::Revenue | Measure::Profit, Whose::Person) => return None,
        (Measure::Revenue | Measure::RevenueOrIncome, Whose::Coop) => REVENUE,
        (Measure::Revenue, Whose::Unsaid) => REVENUE,
        (Measure::Profit, _) => PROFIT,
        (Measure::Income | Measure::RevenueOrIncome, Whose::Person) => INCOME,
        (Measure::Income, Whose::Unsaid) => INCOME,
        (Measure::Income, Whose::Coop) => {
            return Some((
                INCOME,
                Some("an income of cooperatives, not of their workers".into()),
            ))
        }
        (Measure::RevenueOrIncome, Whose::Unsaid) => {
            return Some((
                REVENUE,
                Some("it does not say whether a cooperative's or a person's".into()),
            ))
        }
    };
    Some((key, None))
}

/// An amount after the groups' figures: theirs when its sentence says so, else a
/// doubt, unless it names whose it is (workers are not the groups' members).
fn after_groups(
    ctx: &Ctx,
    measure: usize,
    whose: &mut Whose,
    subject: Range<usize>,
    end: usize,
) -> Option<String> {
    let sentence = ctx.seg.sentence(measure);
    match group_context(ctx, measure) {
        Some(_) if matches!(whose, Whose::Group | Whose::GroupMember) => None,
        // "Cooperative groups had 19,800 members, with average income of 3.1 million VND
        // per member": the groups', said in the same sentence.
        Some(true) if *whose == Whose::Unsaid => {
            *whose = Whose::Group;
            None
        }
        Some(true)
            if *whose == Whose::Person && ctx.f.has_any(ctx.p.member, sentence.start..end) =>
        {
            *whose = Whose::GroupMember;
            None
        }
        Some(_) if *whose == Whose::Person && ctx.f.has_any(WORKERS, subject) => None,
        Some(_) => {
            Some("it follows the figures of cooperative groups, so it could be theirs".into())
        }
        None => None,
    }
}

/// The last group or cooperatives counted before `pos` in its paragraph, when it is
/// a group: Some(true) when in the same sentence with no `;` between.
fn group_context(ctx: &Ctx, pos: usize) -> Option<bool> {
    let para = ctx.seg.paragraph(pos);
    let last = ctx
        .nouns
        .iter()
        .rev()
        .filter(|(_, r)| r.end <= pos && r.start >= para.start)
        .find(|(k, r)| match k {
            Noun::Group => true,
            Noun::Coop => ctx
                .nums
                .iter()
                .any(|m| m.unit.as_ref().is_some_and(|u| u.1 == *r)),
            _ => false,
        })?;
    let joined =
        ctx.seg.sentence(pos).contains(&last.1.start) && !ctx.text(last.1.end..pos).contains(';');
    (last.0 == Noun::Group).then_some(joined)
}

/// The period the amount is stated over: its own words, or words near it.
fn period(ctx: &Ctx, stated: Option<Period>, near: Range<usize>) -> Option<Period> {
    stated.or_else(|| {
        if ctx.f.has_any(MONTH_MARKERS, near.clone()) {
            Some(Period::Month)
        } else if ctx.f.has_any(YEAR_MARKERS, near) {
            Some(Period::Year)
        } else {
            None
        }
    })
}

/// Money in USD, EUR...: not an average in VND.
fn is_foreign(ctx: &Ctx, i: usize) -> bool {
    let n = &ctx.nums[i];
    let before = n.start.saturating_sub(6)..n.start;
    let own = n.start..(n.end + 8).min(ctx.f.text.len());
    ctx.f.has_any(FOREIGN, before) || ctx.f.has_any(FOREIGN, own)
}
