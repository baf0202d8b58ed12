//! A page's publication stamp, on a line of its own or with a byline's, a section's or
//! a listing's words around it: "10/01/2024 08:15", "Thứ Sáu, 13/07/2018", "December
//! 18, 2024 | 11:56 GMT +7", "Posted 12/03/2021 by …", "date 2022-10".

use super::Stamp;
use crate::content::date::Date;
use crate::import::text::Folded;
use crate::import::timewords;

/// A line that is a stamp of the page, and the day it gives.
pub(super) fn stamp_line(t: &str) -> Option<Stamp> {
    stamp(t)
        .or_else(|| byline(t))
        .or_else(|| stamp_then_section(t))
        .map(Stamp::day)
        .or_else(|| opening_stamp(t))
        .or_else(|| iso_stamp(t).map(Stamp::day))
}

/// A publication stamp: a date, with only times, weekdays and stamp words around it.
///
/// Not `content::reader`'s first date of a text (`written.rs`), on purpose: a page's
/// stamp is a whole line read as one (a line of running text that holds a date is no
/// stamp), and import wants its day, not only its year: a day on the calendar, the
/// month first when the stamp keeps a twelve-hour clock; a conference day written
/// without its year takes one from the stamp's day and month (`detect.rs`), and the
/// year under review is weighed against it. The reader wants only the year of the first
/// date anywhere in a text, from the words it has cut, for `check` as well.
pub fn stamp(line: &str) -> Option<Date> {
    if line.is_empty() || line.chars().count() > 80 {
        return None;
    }
    let f = Folded::new(line);
    let t = f.text.as_str();
    let us = timewords::shared()
        .twelve_hour
        .iter()
        .any(|w| t.match_indices(w).any(|(i, _)| t[..i].ends_with(' ')));
    let mut date = None;
    let mut rest = String::new();
    for token in t.split(|c: char| c.is_whitespace() || "|,()[]".contains(c)) {
        // "Friday- 10:16", "Sep 06, 2022 / 18:09".
        let token = token.trim_end_matches([':', '-']);
        if token == "/" {
            continue;
        }
        if token.is_empty() {
            continue;
        }
        if let Some(d) = numeric_date(token, us) {
            date.get_or_insert(d);
        } else if !is_time(token) && !timewords::page().stamp.contains(&token) {
            rest.push_str(token);
            rest.push(' ');
        }
    }
    let rest: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !w.starts_with('+'))
        .collect();
    match date {
        Some(d) => rest
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()))
            .then_some(d),
        None => named_date(&rest),
    }
}

/// A stamp with its time, then the name of the site's section it is filed under, a word
/// or two ("10:32 | 18/06/2019 Society", "08:15 | 10/01/2024 Kinh tế").
fn stamp_then_section(line: &str) -> Option<Date> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let n = words
        .iter()
        .rev()
        .take_while(|w| w.chars().all(char::is_alphabetic))
        .count();
    // The name opens with a capital ("Kinh tế").
    let first = words.len().checked_sub(n).and_then(|i| words.get(i));
    if n == 0
        || n > 2
        || n == words.len()
        || !first.is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let head = &words[..words.len() - n];
    if !head.iter().any(|w| is_time(w.trim_end_matches([',', '|']))) {
        return None;
    }
    stamp(&head.join(" "))
}

/// A line opening with a byline's words and a date ("date 2024-03-08 Bac Giang …",
/// "Posted 12/03/2021 by …", "Ngày đăng: 13-10-2016, 11:00 - Người đăng: …"): the day
/// the page was published, whatever follows; or its month ("date 2022-10 …").
pub(super) fn opening_stamp(line: &str) -> Option<Stamp> {
    let words: Vec<&str> = line.split_whitespace().take(4).collect();
    let folded: Vec<String> = words
        .iter()
        .map(|w| Folded::new(w).text.trim_end_matches(':').to_string())
        .collect();
    // The longest byline phrase the line opens with ("ngay dang", not "ngay").
    let n = (1..words.len()).rev().find(|&n| {
        timewords::page()
            .byline
            .contains(&folded[..n].join(" ").as_str())
    })?;
    let token = words[n].trim_end_matches([',', '|']);
    numeric_date(token, false)
        .map(Stamp::day)
        .or_else(|| year_month(token))
}

/// "2022-10": a month, written year first as a page's stamp writes it; its last day.
fn year_month(token: &str) -> Option<Stamp> {
    let (y, m) = token.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    let last = (28..=31)
        .rev()
        .find_map(|d| Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok())?;
    Some(Stamp {
        day: last,
        month_only: true,
    })
}

/// A short line holding a day written year first ("2011-01-03"), as only a page's
/// stamp writes it, whatever is around it: an aggregator's listing of a story's
/// headline, day and source ("Co-operatives praised for five-year growth 2011-01-03 -
/// VNS"). Not a sentence, nor a file's name ("vlcsnap-2020-10-19-14h43m40s291").
fn iso_stamp(line: &str) -> Option<Date> {
    if line.chars().count() > 100 || line.ends_with(['.', ';', ':', ',']) {
        return None;
    }
    line.split_whitespace().find_map(|w| {
        let b = w.as_bytes();
        let iso = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        iso.then(|| Date::parse(w).ok()).flatten()
    })
}

/// A byline or a source's name ending in the day the page was published: "Nguyen Van
/// Phuong July 14, 2018 12:04", "Tác giả Thoai Phuong, ngày đăng 08/08/2018", "Báo
/// Quảng NinhBáo Quảng Ninh18/08/2025" (a copy that runs the source into its date),
/// "Ngày ban hành: 03/08/2018". The words before the date are names (each capitalised),
/// a byline's words, or run into the date; the line is short and no sentence.
pub(super) fn byline(line: &str) -> Option<Date> {
    if line.chars().count() > 80 || line.ends_with(['.', ';', ':', ',']) {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || "|,()[]".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    // The stamp's tail: times, stamp words and separators after the date.
    let stamp_word = |w: &str| {
        let f = Folded::new(w);
        let t = f.text.trim_end_matches(':');
        is_time(t) || timewords::page().stamp.contains(&t) || t.starts_with("gmt")
    };
    let end = words.iter().rposition(|w| !stamp_word(w))?;
    let (date, before, glued) = date_at_end(&words[..=end])?;
    if before.is_empty() || before.len() > 10 {
        return None;
    }
    let folded: Vec<String> = before
        .iter()
        .map(|w| {
            let f = Folded::new(w).text;
            f.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
        })
        .collect();
    let folded = format!(" {} ", folded.join(" "));
    let byline_words = timewords::page()
        .byline
        .iter()
        .any(|b| folded.contains(&format!(" {b} ")));
    let names = |ws: &[&str]| {
        ws.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
    };
    // "Hoàng Hữu - Thứ sáu, ngày 23/02/2024 08:00 AM": the author's name, a dash, then
    // the stamp's own words (a weekday, "ngày", "on").
    let author = author_before_stamp(&before).is_some_and(|n| n > 0 && names(&before[..n]));
    let names = names(&before);
    // "Thời sự 27-04-2019": a section's name of a word or two.
    (byline_words || glued || names || author || before.len() <= 2).then_some(date)
}

/// Where a byline's name ends when a dash and the stamp's own words follow it
/// ("Hoàng Hữu - Thứ sáu, ngày" -> 2): the number of words before the dash.
fn author_before_stamp(before: &[&str]) -> Option<usize> {
    let dash = |w: &str| matches!(w, "-" | "–" | "—");
    let stamp_word = |w: &str| {
        !dash(w)
            && timewords::page()
                .stamp
                .contains(&Folded::new(w).text.as_str())
    };
    let n = before.len() - before.iter().rev().take_while(|w| stamp_word(w)).count();
    let at = n.checked_sub(1)?;
    (n < before.len() && dash(before[at])).then_some(at)
}

/// A date closing the words ("… july 14 2018", "… ninh18/08/2025"), the words before
/// it (a date run into a word leaves that word's letters) and whether it was run in.
fn date_at_end<'a>(words: &[&'a str]) -> Option<(Date, Vec<&'a str>, bool)> {
    let last = *words.last()?;
    let digits = last
        .char_indices()
        .find(|&(_, c)| c.is_ascii_digit())
        .map(|(i, _)| i)?;
    if let Some(d) = numeric_date(&last[digits..], false) {
        let mut before = words[..words.len() - 1].to_vec();
        let glued = last[..digits].ends_with(char::is_alphabetic);
        if digits > 0 {
            before.push(&last[..digits]);
        }
        return Some((d, before, glued));
    }
    let n = words.len();
    if n >= 3 {
        let tail: Vec<String> = words[n - 3..]
            .iter()
            .map(|w| Folded::new(w).text.trim_end_matches('.').to_string())
            .collect();
        let tail: Vec<&str> = tail.iter().map(String::as_str).collect();
        if let Some(d) = named_date(&tail) {
            return Some((d, words[..n - 3].to_vec(), false));
        }
    }
    None
}

/// "13/02/2023", "30-10-2020", "7/15/2019" (month first when the stamp has AM/PM or
/// the second number cannot be a month).
fn numeric_date(token: &str, us: bool) -> Option<Date> {
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    if parts.len() != 3 || (parts[2].len() != 4 && parts[0].len() != 4) {
        return None;
    }
    let n: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    if parts[0].len() == 4 && token.contains('-') {
        // "2022-04-07"
        return Date::parse(token).ok();
    }
    let (d, m) = if (us && n[0] <= 12) || n[1] > 12 {
        (n[1], n[0])
    } else {
        (n[0], n[1])
    };
    Date::parse(&format!("{:04}-{m:02}-{d:02}", n[2])).ok()
}

/// "december 18 2024" (what is left of "December 18, 2024 | 11:56").
fn named_date(w: &[&str]) -> Option<Date> {
    let (m, d, y) = match w {
        [m, d, y] if month_name(m).is_some() => (month_name(m)?, d.parse().ok()?, y.parse().ok()?),
        [d, m, y] if month_name(m).is_some() => (month_name(m)?, d.parse().ok()?, y.parse().ok()?),
        _ => return None,
    };
    let (d, y): (u32, i32) = (d, y);
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
}

fn month_name(w: &str) -> Option<u32> {
    timewords::month(w)
}

/// "08:15", "9:54:00", "11:56".
fn is_time(token: &str) -> bool {
    let parts: Vec<&str> = token.split(':').collect();
    parts.len() >= 2
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}
