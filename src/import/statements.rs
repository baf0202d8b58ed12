//! Figures and targets from the reader's statements ([`crate::content::reader`]):
//! a statement about the year under review whose meaning is one of the built-in
//! figures' is a figure, a target statement of such a meaning a target. What the
//! words of each meaning are is the language tables' business, not import's.

mod among;
mod founded;
mod key;
mod kind;
mod lists;
mod midyear;
mod money;
mod named;
mod national;
mod parts;
mod share;
mod threshold;
mod types;

use super::found::{Found, Section, Val};
use crate::content::amount::{Notation, Period};
use crate::content::reader::{self, Statement, TimeRole, Unit};
use crate::figure_table::{GROUPS, GROUP_MEMBERS};
use crate::lang_tables::{self, phrase, starts_with_digit, words, LangTable, Phrase};
use key::key_of;
use money::after_groups;
use national::{elsewhere, national_paragraph};
use parts::{
    a_part, acting, every_year, has_phrase, in_operation, matches_at, of_a_kind, part_of_new,
    summed_into, two_kinds, unit_of_average,
};
use types::of_a_type;

/// The longest quote: a sentence longer than this is quoted around its number.
const QUOTE_CHARS: usize = 160;

/// Every statement of `body` that is a built-in figure or target of `year`.
pub fn figures(body: &str, lang: &str, year: i32) -> Vec<Found> {
    figures_published(body, lang, year, None)
}

/// [`figures`] of a page published in the year `published`: on a page of the year
/// after the one under review, "last year" is the year under review ("established 11
/// new co-operatives last year" in a page of 2023 that reviews 2022).
pub fn figures_published(body: &str, lang: &str, year: i32, published: Option<i32>) -> Vec<Found> {
    figures_of(body, lang, &reader::read(body, lang, year), year, published)
}

/// [`figures_published`] from the statements the reader read in `body` for `year`.
pub fn figures_of(
    body: &str,
    lang: &str,
    found: &[Statement],
    year: i32,
    published: Option<i32>,
) -> Vec<Found> {
    let table = &lang_tables::for_lang(lang).table;
    let whole_year = midyear::says_year_end(body, found, table);
    let mut out = Vec::new();
    for (k, s) in found.iter().enumerate() {
        let Some(section) = section_of(body, s, year, published, table) else {
            continue;
        };
        let Some(key) = key_of(body, found, k, table) else {
            continue;
        };
        // "Dự kiến đến cuối năm 2015 … 899 HTX", "It is expected that … 511": a
        // projection is neither the year's figure nor a target set by the union.
        if projected(body, s, table) && !planned_before(body, found, s, table) {
            continue;
        }
        // Groups in a target are new groups ("thành lập mới 50 HTX, 20 tổ hợp tác").
        if section == Section::Targets && (key == GROUPS || key == GROUP_MEMBERS) {
            continue;
        }
        let Some(val) = value(s).filter(|_| !foreign(body, s, lang)) else {
            continue;
        };
        // The clause before the first count of the list `s` is in, read once for both
        // `elsewhere` and `future`.
        let lead = lists::list_lead(body, found, k, table);
        out.push(Found {
            section,
            key,
            val,
            quote: quote(body, s),
            strong: true,
            pos: s.span.start,
            doubt: (in_range(body, s, table).then(|| "one end of a range".to_string()))
                .or_else(|| {
                    (section == Section::Targets)
                        .then(|| {
                            not_next_year(body, s, year)
                                .or_else(|| of_a_congress(body, s, year, table))
                        })
                        .flatten()
                })
                .or_else(|| elsewhere(body, s, &lead, table))
                .or_else(|| national_paragraph(body, found, k, table))
                .or_else(|| {
                    (section == Section::Figures)
                        .then(|| future(s, &lead, table))
                        .flatten()
                })
                .or_else(|| {
                    (section == Section::Figures)
                        .then(|| threshold::or_more(body, s, table))
                        .flatten()
                })
                .or_else(|| two_kinds(s, key))
                .or_else(|| a_part(body, s, table))
                .or_else(|| acting(body, found, k, key, table))
                .or_else(|| of_a_type(body, s, table))
                .or_else(|| lists::owners(body, found, k, key, table))
                .or_else(|| lists::money_of(body, s, key, table))
                .or_else(|| lists::state_after_list(body, found, k, key, table))
                .or_else(|| lists::a_whole_of_bodies(found, k, key))
                .or_else(|| parts::counted_together(body, s, table))
                .or_else(|| founded::founded_over_years(body, s, key, table, year))
                .or_else(|| founded::founded_in_another_year(body, s, key, table, year))
                .or_else(|| founded::founded_in_a_month(body, s, key, table))
                .or_else(|| founded::not_yet_rated(body, s, key, table))
                .or_else(|| founded::rated_in_another_year(body, s, key, table, year))
                .or_else(|| every_year(body, s, table))
                .or_else(|| unit_of_average(body, s, table))
                .or_else(|| summed_into(body, found, k, key))
                .or_else(|| parts::shown_a_part(body, found, k, key))
                .or_else(|| part_of_new(body, found, k, key, table))
                .or_else(|| lists::part_of_a_kind(found, k, key))
                .or_else(|| lists::among_a_count(body, found, k, key, table))
                .or_else(|| lists::among_another_year(body, found, k, table))
                .or_else(|| after_groups(body, found, k, key, table))
                .or_else(|| share::share_of_all(body, found, k, key, table))
                .or_else(|| share::a_fraction(body, s, table))
                .or_else(|| share::before_a_slash(body, s, table))
                .or_else(|| in_operation(body, found, k, key, table))
                .or_else(|| of_a_kind(body, found, k, key, table))
                .or_else(|| lists::of_some_sectors(body, s, key, table))
                .or_else(|| kind::under_a_kind(body, found, k, key))
                .or_else(|| kind::members_of_a_kind(body, found, k, key, table))
                .or_else(|| midyear::in_the_middle(body, s, whole_year, table))
                .or_else(|| money::part_of_year(body, s, key, table))
                .or_else(|| money::over_a_part(body, found, k, key, table))
                .or_else(|| money::of_other_bodies(body, s, key, table))
                .or_else(|| money::a_sum_said_average(body, found, k, key, table))
                .or_else(|| money::no_period(s, key))
                .or_else(|| named::of_a_named_cooperative(body, s, key, table))
                .or_else(|| kind::households(body, s, key, table))
                .or_else(|| kind::with_workers(body, s, key, table)),
        });
    }
    among::parts_among_them(&mut out, body, found, table);
    out
}

/// Where the statement `s` goes: the year's figures, next year's targets, or neither
/// (on a page published in the year after `year`, its "last year" is `year`).
fn section_of(
    body: &str,
    s: &Statement,
    year: i32,
    published: Option<i32>,
    table: &LangTable,
) -> Option<Section> {
    let time = match s.time {
        TimeRole::Year(y) if y + 1 == year && published == Some(year + 1) => {
            last_year(body, s, table).then_some(TimeRole::Review)
        }
        t => Some(t),
    };
    match time {
        Some(TimeRole::Review) => Some(Section::Figures),
        Some(TimeRole::Target) => Some(Section::Targets),
        _ => None,
    }
}

/// The sentence says "last year" ("năm ngoái", "l'an dernier") in words, names no year
/// in digits, and no "this year" between those words and the number ("last year and in
/// the first quarter of this year, 23 new cooperatives …" is more than the year under
/// review; "to VNĐ2.1 billion this year from VNĐ1.2 billion last year" is not).
fn last_year(body: &str, s: &Statement, table: &LangTable) -> bool {
    let ws = phrase(&body[s.sentence.clone()]);
    let at = phrase(&body[s.sentence.start..s.span.start]).len();
    let year =
        |w: &String| w.len() == 4 && w.parse::<i32>().is_ok_and(|y| (1990..=2060).contains(&y));
    let starts = |list: &[Phrase]| -> Vec<usize> {
        (0..ws.len())
            .filter(|&i| list.iter().any(|p| matches_at(&ws, i, p)))
            .collect()
    };
    let this_year: Vec<Phrase> = table.period.this_year.iter().map(|p| phrase(p)).collect();
    let (earlier, this) = (starts(&table.time.earlier), starts(&this_year));
    let between = |e: usize| this.iter().any(|&t| (e.min(at)..e.max(at)).contains(&t));
    !ws.iter().any(year) && earlier.iter().any(|&e| !between(e))
}

/// A target whose sentence names a year past the next ("more than 3,000 cooperatives
/// by 2030") is an aim of a term; one whose sentence names only the year under review
/// ("Năm 2020, tỉnh có kế hoạch thành lập 23 HTX" in a review of 2020) is that year's
/// own plan: neither is next year's target.
fn not_next_year(body: &str, s: &Statement, review: i32) -> Option<String> {
    let years: Vec<i32> = words(&body[s.sentence.clone()])
        .iter()
        .filter(|w| w.key.len() == 4)
        .filter_map(|w| w.key.parse::<i32>().ok())
        .filter(|y| (1990..=2060).contains(y))
        .collect();
    if let Some(y) = years.iter().find(|&&y| y > review + 1) {
        return Some(format!("an aim for {y}, not next year's target"));
    }
    (!years.is_empty() && years.iter().all(|&y| y == review))
        .then(|| format!("the plan of {review} itself, not next year's target"))
}

/// "Nghị quyết Đại hội đề ra các chỉ tiêu: thành lập mới 500 tổ hợp tác, 150 HTX",
/// "The congress resolution set the targets of establishing 150 cooperatives": aims a
/// congress's resolution sets are for its term, not next year's, unless the sentence
/// names next year ("Năm 2026, thực hiện Nghị quyết Đại hội, phấn đấu thành lập 30 HTX").
/// A word of a resolution and one of a congress within three words of each other,
/// before the number in its sentence.
fn of_a_congress(body: &str, s: &Statement, review: i32, table: &LangTable) -> Option<String> {
    let before = phrase(&body[s.sentence.start..s.span.start]);
    let next = (review + 1).to_string();
    if before.contains(&next) {
        return None;
    }
    let p = &table.period;
    let at = |list: &[String]| -> Vec<usize> {
        let list: Vec<Phrase> = list.iter().map(|w| phrase(w)).collect();
        (0..before.len())
            .filter(|&i| list.iter().any(|w| matches_at(&before, i, w)))
            .collect()
    };
    let (resolution, congress) = (at(&p.resolution_of), at(&p.congress));
    resolution
        .iter()
        .any(|&r| congress.iter().any(|&c| r.abs_diff(c) <= 3))
        .then(|| "an aim of a congress's resolution, for its term: not next year's target".into())
}

/// "the number of agricultural cooperatives … will reach 511", "sẽ có 520 HTX": a count
/// said in the future tense in its clause, or before the first count of its list ("will
/// have about 31,700 cooperatives, 158 unions and 73,000 groups"), is not the year's
/// figure. Not an amount: pages
/// translated by machine write the year's averages so ("Purata hasil koperasi pada 2023
/// akan mencecah VND 2 bilion"). `lead` is [`lists::list_lead`] of `s`.
fn future(s: &Statement, lead: &[String], table: &LangTable) -> Option<String> {
    if s.unit != Unit::Count {
        return None;
    }
    let will = lead.iter().find(|w| table.period.future.contains(w))?;
    Some(format!("\"{will}\": it is said of the future"))
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
    let number = |k: &str| starts_with_digit(k) || table.numbers.words.contains_key(k);
    let ws = words(after);
    if ws.len() >= 2 && table.money.range.contains(&ws[0].key) && number(&ws[1].key) {
        return true;
    }
    // "eight to 10 new co-operatives", "từ 3 đến 5 HTX": the end of a range.
    let from = floor(body, s.span.start.saturating_sub(40).max(s.sentence.start));
    let ws = words(&body[from..s.span.start]);
    ws.len() >= 2
        && table.money.range.contains(&ws[ws.len() - 1].key)
        && number(&ws[ws.len() - 2].key)
}

/// A projection: a word of what is expected stands before the number in its sentence.
fn projected(body: &str, s: &Statement, table: &LangTable) -> bool {
    has_phrase(
        &phrase(&body[s.sentence.start..s.span.start]),
        &table.time.expected,
    )
}

/// "In 2025, the province will establish 10 new cooperatives; the average revenue of
/// cooperatives is projected to be 2.25 billion VND per year; …": after a semicolon,
/// a projection goes on with what the sentence's first part sets out to do, when that
/// part's first number is a target and no projection itself.
fn planned_before(body: &str, all: &[Statement], s: &Statement, table: &LangTable) -> bool {
    let mut head = s.sentence.start;
    while let Some(end) = body[..head].trim_end().strip_suffix(';').map(str::len) {
        head = reader::sentence_range(body, end).start;
    }
    head != s.sentence.start
        && all
            .iter()
            .find(|o| o.sentence.start == head)
            .is_some_and(|o| o.time == TimeRole::Target && !projected(body, o, table))
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
fn value(s: &Statement) -> Option<Val> {
    match s.unit {
        Unit::Count => {
            let n = s.value;
            (n >= 0.0 && n.fract() == 0.0 && n < 1e15).then_some(Val::Count(n as u64))
        }
        Unit::Money => Some(Val::Money {
            amount: s.value,
            per: stated_period(s),
        }),
        Unit::Percent => None,
    }
}

/// The period an amount is written for: per month when the text says so, for every
/// average (an income "5 triệu đồng/người/tháng", a cooperative's revenue "70 triệu
/// đồng/tháng/HTX", "VND 950 million a month"), as content-format allows; per year otherwise.
fn stated_period(s: &Statement) -> Period {
    if s.per == Some(Period::Month) {
        Period::Month
    } else {
        Period::Year
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

#[cfg(test)]
mod recall_tests;

#[cfg(test)]
mod precision_tests;

#[cfg(test)]
mod english_tests;
#[cfg(test)]
mod list_tests;

#[cfg(test)]
mod malay_tests;

#[cfg(test)]
mod kind_tests;

#[cfg(test)]
mod vietnamese_tests;

#[cfg(test)]
mod members_tests;

#[cfg(test)]
mod given_year_tests;

#[cfg(test)]
mod national_tests;
#[cfg(test)]
mod scope_tests;

#[cfg(test)]
mod types_tests;

#[cfg(test)]
mod since_tests;

#[cfg(test)]
mod referent_tests;

#[cfg(test)]
mod whose_tests;
