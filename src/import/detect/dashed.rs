//! A day written with hyphens or a dot, as Vietnamese papers write a conference's
//! ("Chiều 3-1", "Sáng 24.4").

use super::{Day, Lang};
use crate::import::text::ends_with_word;
use crate::lang_tables::starts_with_digit;

/// "Chiều 3-1", "Ngày 29-11", "ngày 18-3-2002", "Chiều 23.1": a day written with
/// hyphens or dots, after a word that makes it one (the table's `day_dash`; "2-3 tỷ
/// đồng" is a range, "2.5 triệu" an amount).
pub(super) fn dashed_day(
    t: &str,
    s: usize,
    e: usize,
    n: u32,
    lang: Lang,
) -> Option<(Day, usize, usize)> {
    let sep = t[e..].chars().next().filter(|c| matches!(c, '-' | '.'))?;
    let r = &t[e + 1..];
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
        .strip_prefix(sep)
        .filter(|y| y.bytes().take_while(u8::is_ascii_digit).count() == 4)
        .and_then(|y| y[..4].parse().ok());
    if year.is_some() {
        end += 5;
    } else if rest.starts_with(|c: char| c.is_ascii_alphanumeric())
        || rest.strip_prefix(sep).is_some_and(|x| {
            // "Sáng 24.4." ends its sentence; "1.2.3" runs on.
            sep == '-' || starts_with_digit(x)
        })
    {
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
