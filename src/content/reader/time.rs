//! Where in time a number stands: the year under review, an earlier year, a change, a
//! target, a share, a span of years. Read from the words before the number in its
//! sentence ("phấn đấu", "tăng", "so với") and the years the sentence names.

use super::cut::{is_break_symbol, Cut, YearRef};
use super::statement::{TimeRole, Unit};
use crate::lang_tables::{LangTable, Phrases};

/// How many words before a year a "so với" / "compared with" may stand.
const COMPARE_REACH: usize = 4;

/// The time role of the number of `cut`.
pub fn role(cut: &Cut, table: &LangTable, years: &[YearRef], review: i32, unit: Unit) -> TimeRole {
    if unit == Unit::Percent {
        return TimeRole::Share;
    }
    let t = &table.ids.time;
    // "more than 73,000", "over 500": an approximate number, not one compared with.
    if compared(cut, approx_start(cut, table), &t.compare) {
        // "to VNĐ2.1 billion this year from VNĐ1.2 billion ($51,000) last year" in a
        // text dated after the year under review: what is compared with is that year's.
        // The year may stand after an aside in brackets that ends the clause.
        let behind = behind_aside(cut);
        let year = years
            .iter()
            .find(|y| cut.after.contains(&y.at) || (y.relative && Some(y.at) == behind));
        return match year {
            Some(y) if y.relative && y.year == review => TimeRole::Review,
            Some(y) => TimeRole::Year(y.year),
            None => TimeRole::Year(review - 1),
        };
    }
    if now_aside(cut, table) {
        return TimeRole::Review;
    }
    if targeted(cut, table) {
        // "In 2026–30 the alliance plans to establish 150": an aim over a term is not
        // the target of a year.
        return match governing(cut, table, years, review) {
            Some(YearRef {
                year, to: Some(to), ..
            }) => TimeRole::Span(year, to),
            _ => TimeRole::Target,
        };
    }
    let lists = [(true, &t.change), (false, &t.level)];
    let change_before = cut.last(cut.before.clone(), &lists).is_some_and(|(c, _)| c);
    let change_after = cut
        .first(cut.after.clone(), &[((), &t.change_after)])
        .is_some_and(|(_, i)| i < cut.next + 4);
    if change_before || change_after {
        return TimeRole::Change;
    }
    // "Last year, … 4% higher than that of 2021" in a review of 2022: written after
    // the year under review, "last year" is that year.
    let written_after = |y: &YearRef| {
        y.relative
            && years
                .iter()
                .any(|o| !o.relative && o.year == y.year && compared(cut, o.at, &t.compare))
    };
    match governing(cut, table, years, review) {
        Some(YearRef {
            year, to: Some(to), ..
        }) => TimeRole::Span(year, to),
        // "raising the total number to 247 so far": a word of now in what is said of the
        // number places it now, whatever year stands before it.
        Some(y) if y.year < review && now_after(cut, table) => TimeRole::Review,
        Some(y) if y.year < review && !written_after(&y) => TimeRole::Year(y.year),
        Some(y) if y.year > review => TimeRole::Target,
        _ => TimeRole::Review,
    }
}

/// A word of now ("so far", "to date", "đến nay") in the words said of the number, up
/// to its clause's end.
fn now_after(cut: &Cut, table: &LangTable) -> bool {
    let now = &table.ids.time.now;
    cut.after
        .clone()
        .any(|i| cut.phrase(i, cut.after.end, now) > 0)
}

/// How many words after an aside's opening bracket its number may stand.
const ASIDE_REACH: usize = 5;

/// "chỉ tiêu đến 2021, toàn tỉnh có 226 hợp tác xã (hiện nay là 214 hợp tác xã)", "to
/// 226 cooperatives (currently 214)": a number in brackets that open with a word of now
/// is the present count beside an aim, not the aim.
fn now_aside(cut: &Cut, table: &LangTable) -> bool {
    let ws = cut.words;
    let from = cut.at.saturating_sub(ASIDE_REACH);
    let Some(open) = (from..cut.at).rev().find(|&i| ws[i].key == "(") else {
        return false;
    };
    let plain = (open + 1..cut.at).all(|i| ws[i].key != ")" && !cut.in_number[i]);
    plain && cut.phrase(open + 1, cut.at, &table.ids.time.now) > 0
}

/// Where the number's words start: before an approximation ending right before it
/// ("more than", "khoảng"), else the number's first word.
fn approx_start(cut: &Cut, table: &LangTable) -> usize {
    let approx = &table.ids.approx;
    approx
        .lens()
        .find(|&n| n <= cut.at && cut.phrase(cut.at - n, cut.at, approx) == n)
        .map_or(cut.at, |n| cut.at - n)
}

/// A compare word ends right before word `at` (up to `COMPARE_REACH` words before,
/// with no number between): what follows is what is compared with.
fn compared(cut: &Cut, at: usize, list: &Phrases) -> bool {
    let from = at.saturating_sub(COMPARE_REACH);
    (from..at).any(|i| {
        let n = cut.phrase(i, at, list);
        n > 0 && !cut.in_number[i..at].iter().any(|&b| b)
    })
}

/// A target word (or one of a projection) stands before the number in its sentence,
/// and is not part of words that report a result ("vượt chỉ tiêu", "of the plan") nor
/// right after a number ("vượt trên 65% kế hoạch": a share of the plan), nor followed
/// by words of the results against it ("với kết quả đạt được:").
fn targeted(cut: &Cut, table: &LangTable) -> bool {
    let t = &table.ids.time;
    let mut i = 0;
    while i < cut.at {
        let not = cut.phrase(i, cut.at, &t.not_target);
        let yes = cut
            .phrase(i, cut.at, &t.target)
            .max(cut.phrase(i, cut.at, &t.expected));
        let of_number = i > 0 && (cut.in_number[i - 1] || cut.words[i - 1].key == "%");
        // "triển khai kế hoạch …, với kết quả đạt được: thành lập mới 11 HTX": the
        // results against the plan follow it.
        let results = yes > 0 && cut.has(i + yes..cut.at, &t.results);
        if yes > not && !of_number && !share_of_plan(cut, table, i) && !results {
            return true;
        }
        i += not.max(1);
    }
    false
}

/// How many words may stand between a percentage's "of" and the word of a plan
/// ("156% of the resolution's target", "46% of the year's plan": a possessive is
/// three words, "year", "'" and "s").
const SHARE_REACH: usize = 4;

/// The target word at `i` names the whole a percentage before it is a share of:
/// "reaching 156% of the resolution's target", "32.5% of the province's yearly
/// target". A word of share ("of", "de") stands right after the percentage, and only
/// words (no number, no break) between it and the target word.
fn share_of_plan(cut: &Cut, table: &LangTable, i: usize) -> bool {
    let (ws, t) = (cut.words, &table.ids.time);
    let from = i.saturating_sub(SHARE_REACH + 2);
    (from..i).any(|j| {
        let n = cut.phrase(j, i, &t.share_of);
        // "grew 8% of members and plans to …": "and" ends what the share was of.
        let plain = |k: usize| {
            !(cut.in_number[k] || is_break_symbol(&ws[k].key) || cut.phrase(k, i, &t.breaks) > 0)
        };
        n > 0 && i - (j + n) <= SHARE_REACH && after_percent(cut, table, j) && (j + n..i).all(plain)
    })
}

/// A percentage ends right before word `j`: "%" or the language's words for it
/// ("per cent") after a number.
fn after_percent(cut: &Cut, table: &LangTable, j: usize) -> bool {
    let ws = cut.words;
    if j > 0 && ws[j - 1].key == "%" {
        return true;
    }
    table.numbers.percent.iter().any(|p| {
        let p = crate::lang_tables::phrase(p);
        let n = p.len();
        n < j && ws[j - n..j].iter().zip(&p).all(|(w, k)| w.key == *k) && cut.in_number[j - n - 1]
    })
}

/// The year the number is stated for: the nearest year named before it in its
/// sentence, else the first named right after it in its clause ("462 HTX năm 2023",
/// where the words said of the number end at the year: [`closes_clause`]).
/// A year compared with ("so với năm 2023") governs nothing, nor does a date's
/// year at or after the year under review (the conference's day).
fn governing(cut: &Cut, table: &LangTable, years: &[YearRef], review: i32) -> Option<YearRef> {
    let counts = |y: &&YearRef| {
        !(compared(cut, y.at, &table.ids.time.compare) || (y.dated && y.year >= review))
    };
    years
        .iter()
        .filter(|y| y.at < cut.at)
        .rfind(counts)
        .or_else(|| {
            let behind = behind_aside(cut);
            years
                .iter()
                .filter(|y| {
                    cut.after.contains(&y.at)
                        || Some(y.at) == behind
                        || closes_clause(cut, table, y)
                })
                .find(counts)
        })
        .copied()
}

/// "thành lập mới 35 HTX trong năm 2021", "462 cooperatives in 2019": a year written
/// alone (no day of it) is the first number after the count in its clause: the words
/// said of the count end at it, and it is the count's year.
/// Not a count that looks like a year: "1994 membres", "2030 thành viên" (a noun of a
/// count right after it); nor the start of a span up to now ("since 2016").
fn closes_clause(cut: &Cut, table: &LangTable, y: &YearRef) -> bool {
    let counts = |j: usize| {
        table
            .ids
            .count_nouns
            .iter()
            .any(|(_, l)| cut.phrase(j, cut.words.len(), l) > 0)
    };
    !y.dated
        && !y.relative
        && y.at == cut.after.end
        && cut.in_number.get(y.at) == Some(&true)
        && !counts(y.at + 1)
        && !table.ids.time.since.ends_at(cut.ids, y.at)
}

/// "VNĐ35 million (US$1,500) last year": the first word after an aside in brackets
/// that ends the number's clause (with at most six words), which is said of it too.
fn behind_aside(cut: &Cut) -> Option<usize> {
    let (_, close) = cut.aside()?;
    Some(close + 1).filter(|&j| j < cut.words.len())
}

#[cfg(test)]
#[path = "time_tests.rs"]
mod tests;
