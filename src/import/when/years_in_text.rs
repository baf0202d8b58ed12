//! Where a year stands in a text: a four-digit year alone (not in "1.059", "2020-2025"),
//! every number that could be one, a year that ends a date, the word that links a
//! period to its year and the month named before it.

use super::super::text::{ends_with_word, is_word};
use super::timewords;
use crate::lang_tables::starts_with_digit;

/// The first year a text on today's cooperatives reviews: a year or a day before it is
/// history ("ngày 11/4/1946", the day of President Hồ Chí Minh's letter the Cooperative
/// Day recalls), not the year under review nor the conference's.
pub const FIRST_YEAR: i32 = 1990;

/// A four-digit year standing alone at `s..s+4` of the folded text (not in "1.059",
/// "2020-2025", "2026–30").
pub(super) fn year_at(t: &str, s: usize) -> Option<i32> {
    let b = t.as_bytes();
    if s + 4 > b.len() || (s > 0 && (is_word(b[s - 1]) || matches!(b[s - 1], b'.' | b','))) {
        return None;
    }
    if !b[s..s + 4].iter().all(u8::is_ascii_digit) || b.get(s + 4).is_some_and(|&c| is_word(c)) {
        return None;
    }
    // "2100/KH-UBND", "2949/KH-UBND": a document's number, not a year.
    if b.get(s + 4) == Some(&b'/') && b.get(s + 5).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let after = t[s + 4..].trim_start_matches(' ');
    let before = t[..s].trim_end_matches(' ');
    let range = |r: &str| r.starts_with('-') && starts_with_digit(r[1..].trim_start());
    // "2020-2025" is a span, "tháng 10-2016" a month.
    let month = |r: &str| {
        let n = r.bytes().rev().take_while(u8::is_ascii_digit).count();
        n > 0
            && n <= 2
            && !r[..r.len() - n].ends_with(|c: char| c.is_ascii_punctuation() || c.is_ascii_digit())
    };
    if range(after)
        || before.ends_with('-')
            && before[..before.len() - 1]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit())
            && !month(&before[..before.len() - 1])
    {
        return None;
    }
    t[s..s + 4]
        .parse()
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
}

/// The year at `s` of the folded `text` names a law: one of `named` (a law's name, the
/// table's `time.named`) stands right before or after it ("luật hợp tác xã năm 2012",
/// "the 2023 co-operative law", "loi de 2012").
pub fn law_year_at(text: &str, s: usize, named: &[String]) -> bool {
    let before = text[..s].trim_end().trim_end_matches(',').trim_end();
    let after = text[s + 4..].trim_start();
    named.iter().any(|w| {
        super::ends_with_word(before, w)
            || after
                .strip_prefix(w.as_str())
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// The latest year a text could name.
const LAST_YEAR: i32 = 2100;

/// Every four-digit number standing alone (not inside "1.995" or "2.020.000") from
/// [`FIRST_YEAR`] to 2100, where it starts: a span's years ("2020-2025"), a day's
/// ("31-12-2016", "12/2020") and a number that only looks like one ("2050 members") too.
pub fn all_years(text: &str) -> Vec<(usize, i32)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        // "1.995", "2,020": the digits after a separator of thousands or decimals.
        let grouped =
            start >= 2 && matches!(b[start - 1], b'.' | b',') && b[start - 2].is_ascii_digit();
        // "2.020.000", "2020,5": the digits before one.
        let more = i + 1 < b.len() && matches!(b[i], b'.' | b',') && b[i + 1].is_ascii_digit();
        if i - start == 4 && !grouped && !more {
            let year: i32 = text[start..i].parse().unwrap_or(0);
            if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
                out.push((start, year));
            }
        }
    }
    out
}

/// The years of a folded range: (start, year).
pub(super) fn years(t: &str, r: std::ops::Range<usize>) -> Vec<(usize, i32)> {
    (r.start..r.end.saturating_sub(3))
        .filter_map(|s| year_at(t, s).map(|y| (s, y)))
        .collect()
}

/// The year at `s` ends a date ("16/6/2022", "18-08-2025"): a day, not a period; not a
/// month ("tháng 2/2022").
pub(super) fn in_date(t: &str, s: usize) -> bool {
    let b = t.as_bytes();
    if !(s >= 2 && matches!(b[s - 1], b'/' | b'-' | b'.') && b[s - 2].is_ascii_digit()) {
        return false;
    }
    let digits = t[..s - 1].trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = digits.trim_end();
    !timewords::shared()
        .month_noun
        .iter()
        .any(|w| ends_with_word(digits, w))
}

/// The length of the word (and its space) between a period's words and its year at
/// the start of `rest` ("nam 2022", "of 2022", "the year 2022"), or 0.
pub(super) fn year_link(rest: &str) -> usize {
    timewords::shared()
        .year_link
        .iter()
        .find_map(|w| rest.strip_prefix(w)?.strip_prefix(' '))
        .map_or(0, |r| rest.len() - r.len())
}

/// The month named right before a year: "tháng 12/", "31/12/", "june ".
pub(super) fn month_before(t: &str) -> Option<u32> {
    let t = t.trim_end();
    if let Some(r) = t.strip_suffix('/') {
        let digits: String = r.chars().rev().take_while(char::is_ascii_digit).collect();
        let m: u32 = digits.chars().rev().collect::<String>().parse().ok()?;
        return (1..=12).contains(&m).then_some(m);
    }
    let last = t
        .rsplit([' ', ','])
        .find(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))?;
    timewords::month(last)
}
