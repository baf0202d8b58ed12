//! A day written with hyphens, as Vietnamese papers write a conference's ("Chiều 3-1").

use super::{Day, Lang};
use crate::import::text::ends_with_word;

/// "Chiều 3-1", "Ngày 29-11", "ngày 18-3-2002": a day written with hyphens, after a
/// word that makes it one (the table's `day_dash`; "2-3 tỷ đồng" is a range).
pub(super) fn dashed_day(
    t: &str,
    s: usize,
    e: usize,
    n: u32,
    lang: Lang,
) -> Option<(Day, usize, usize)> {
    let r = t[e..].strip_prefix('-')?;
    let m_len = r.bytes().take_while(u8::is_ascii_digit).count();
    let before = t[..s].trim_end();
    let words = &crate::import::timewords::of(lang).day_dash;
    if !(1..=2).contains(&m_len) || !words.iter().any(|w| ends_with_word(before, w)) {
        return None;
    }
    let month: u32 = r[..m_len].parse().ok()?;
    let mut end = e + 1 + m_len;
    let rest = &r[m_len..];
    let year = rest
        .strip_prefix('-')
        .filter(|y| y.bytes().take_while(u8::is_ascii_digit).count() == 4)
        .and_then(|y| y[..4].parse().ok());
    if year.is_some() {
        end += 5;
    } else if rest.starts_with(|c: char| c == '-' || c.is_ascii_alphanumeric()) {
        return None;
    }
    (1..=12).contains(&month).then_some((
        Day {
            day: n,
            month,
            year,
        },
        s,
        end,
    ))
}
