//! What a report is, read from its words: language, headline, the conference day, the
//! year under review, the union that held it and its region.

pub use anniversary::anniversary_year;

use super::patterns::{national, Lang, Patterns};
use super::text::{ends_with_word, is_word, Folded, Segments};
use crate::content::date::Date;

/// Something read, and the words it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read<T> {
    pub value: T,
    pub quote: String,
}

/// A day and month, with the year when the text writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

impl Day {
    /// The full date: a conference from July on reviews its own year, one before July
    /// the year before.
    pub fn date(self, review: i32) -> Option<Date> {
        let year = self
            .year
            .unwrap_or(if self.month >= 7 { review } else { review + 1 });
        Date::parse(&format!("{year:04}-{:02}-{:02}", self.month, self.day)).ok()
    }

    /// The full date of a day on or before a page's publication day.
    pub fn date_before(self, published: Date) -> Option<Date> {
        let later = (self.month, self.day) > (published.month, published.day);
        let year = published.year - i32::from(later);
        Date::parse(&format!("{year:04}-{:02}-{:02}", self.month, self.day)).ok()
    }
}

/// The conference day: a date in the first paragraph ("Sáng 28/12", "Le matin du 3
/// janvier", "Pada pagi 28 Disember", "On the morning of December 28"), or in a
/// sentence of the next two that speaks of a conference. A subheading between them
/// ("## Chương trình kết nối doanh nghiệp …", a short line the body marks) is not one of
/// the three.
pub fn conference_day(text: &str, lang: Lang) -> Option<Read<Day>> {
    let f = Folded::new(text);
    let seg = Segments::new(&f.text);
    let conference = &super::timewords::of(lang).conference;
    let paragraphs = seg
        .paragraphs
        .iter()
        .filter(|r| !f.text[(*r).clone()].trim().is_empty())
        .scan(0, |k, r| {
            let at = *k;
            *k += usize::from(!f.text[r.clone()].starts_with("## "));
            Some((at, r))
        })
        .take_while(|&(k, _)| k < 3);
    for (k, para) in paragraphs {
        // "VIETNAM, April 7 -": a dateline of a place and a day, the day it was filed.
        let dateline = f.text[para.clone()].split_whitespace().count() <= 6;
        let mut i = para.start;
        let mut last_end = None;
        while let Some((day, from, end)) = next_day(&f.text, i, para.end, lang) {
            i = end.max(i + 1);
            // "(06/3/1993 – 06/3/2023)": the two ends of an anniversary or a term, the
            // day a union was founded and the day it is thirty years old, not the
            // conference's.
            let after_dash = last_end.is_some_and(|le: usize| f.text[le..from].trim() == "-");
            last_end = Some(end);
            if after_dash || before_a_dash_and_day(&f.text, end, para.end, lang) {
                continue;
            }
            let sentence = seg.sentence(from);
            if (k > 0 || dateline) && !f.has_any(conference, sentence.clone()) {
                continue;
            }
            // "Ngày 6/3/1993, Liên minh HTX tỉnh được thành lập" in a text that names a
            // later year: a founding recalled, with no word of a conference or of an
            // anniversary in its sentence, is no conference day.
            let w = super::timewords::of(lang);
            let recalled = day
                .year
                .is_some_and(|y| super::undated::years_named(text).iter().any(|&n| n > y));
            if recalled
                && f.has_any(&w.founds, end..sentence.end)
                && !f.has_any(conference, sentence.clone())
                && !f.has_any(&w.anniversary, sentence.clone())
            {
                continue;
            }
            // "Ngày 29/6/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình …", "Căn
            // cứ Luật Tổ chức … ngày 26 tháng 11 năm 2003": a document issued or cited
            // that day, whatever else its sentence names ("tổ chức sản xuất").
            if f.has_any(&w.issues, sentence) {
                continue;
            }
            // "tính đến ngày 30/6/2015": the day figures stand at, not a conference.
            // "entrera en vigueur le 1er juillet 2024": the day a law takes effect.
            let lead = f.text[seg.clause(from).start..from].trim_end();
            let words = super::timewords::of(lang);
            let shared = super::timewords::shared();
            let no_noun = without_day_noun(lead);
            let bare = shared
                .day_link
                .iter()
                .find_map(|w| no_noun.strip_suffix(w)?.strip_suffix(' '))
                .unwrap_or(no_noun);
            let lead_in = |w: &&str| {
                ends_with_word(lead, w) || ends_with_word(no_noun, w) || ends_with_word(bare, w)
            };
            // "Nghị quyết số 68-NQ/TW ngày 4/5/2025": the day of a document by its number.
            let document = bare.rsplit(' ').next().is_some_and(is_document_number)
                || bare.trim().is_empty()
                    && after_document_number(&f.text[seg.sentence(from).start..from], words);
            let day_only = words.as_of_day.iter();
            if document
                || words.as_of.iter().chain(day_only).any(lead_in)
                || words.effect.iter().any(lead_in)
            {
                continue;
            }
            let clause = seg.clause(from);
            let start = if from - clause.start <= 40 {
                clause.start
            } else {
                from
            };
            let quote = f.orig_of(start..end).trim().to_string();
            return Some(Read { value: day, quote });
        }
    }
    None
}

/// A dash and another day right after the day ending at `end` ("06/3/1993 – 06/3/2023",
/// "April 11, 1946 – April 11, 2024"): a span of days.
fn before_a_dash_and_day(t: &str, end: usize, limit: usize, lang: Lang) -> bool {
    let Some(rest) = t[end..limit].trim_start().strip_prefix('-') else {
        return false;
    };
    let at = limit - rest.trim_start().len();
    // The day's first two words: "06" and "3", or "april" and "11".
    let next = next_words(t, at, 2).last().map_or(at, |w| w.1);
    next_day(t, at, next.max(at + 1), lang).is_some_and(|(_, from, _)| from == at)
}

/// The words before a day's clause end with a document's number ("ke hoach so 141, ",
/// "decision no. 15, ", "chuong trinh 30-ctr/tu, "): the day is the document's.
fn after_document_number(before: &str, words: &super::timewords::TimeWords) -> bool {
    let Some((head, _)) = before.rsplit_once(',') else {
        return false;
    };
    let head = head.trim_end();
    // "Chương trình 30-CTr/TU, ngày 28/10/2022": a number cited with its letters.
    if head.rsplit(' ').next().is_some_and(is_document_number) {
        return true;
    }
    let n = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let rest = head[..head.len() - n].trim_end();
    n > 0 && words.document.iter().any(|w| ends_with_word(rest, w))
}

/// The words before a day without the day's noun at their end ("co hieu luc tu ngay"
/// -> "co hieu luc tu").
fn without_day_noun(lead: &str) -> &str {
    let mut rest = lead;
    for w in &super::timewords::shared().day_noun {
        while let Some(r) = rest.strip_suffix(w).and_then(|r| r.strip_suffix(' ')) {
            rest = r;
        }
    }
    rest
}

/// A document's number as it is cited: digits, a slash and letters ("68-nq/tw",
/// "2100/kh-ubnd", "445/qđ-ttg").
fn is_document_number(w: &str) -> bool {
    w.contains('/') && w.bytes().any(|b| b.is_ascii_digit()) && w.chars().any(char::is_alphabetic)
}

/// The next date written in `i..end` of the folded text: the day, where its words
/// start and end.
fn next_day(t: &str, mut i: usize, end: usize, lang: Lang) -> Option<(Day, usize, usize)> {
    let b = t.as_bytes();
    let p = lang.patterns();
    while i < end {
        if b[i].is_ascii_digit() && (i == 0 || !is_word(b[i - 1])) {
            let e = i + t[i..].bytes().take_while(u8::is_ascii_digit).count();
            if let Some((day, from, to)) = day_at(t, i, e, p, lang) {
                if Date::parse(&format!("2024-{:02}-{:02}", day.month, day.day)).is_ok() {
                    return Some((day, from, to));
                }
            }
            i = e;
        } else {
            i += 1;
        }
    }
    None
}

/// A date written at digits `s..e`: "28/12(/2023)", "3 janvier (2025)", "28 tháng 12",
/// "December 28(, 2023)". Returns it and where its words start and end.
fn day_at(t: &str, s: usize, e: usize, p: &Patterns, lang: Lang) -> Option<(Day, usize, usize)> {
    let n: u32 = t[s..e].parse().ok()?;
    if let Some(r) = t[e..].strip_prefix('/') {
        let m_len = r.bytes().take_while(u8::is_ascii_digit).count();
        let month: u32 = r[..m_len].parse().ok()?;
        let mut end = e + 1 + m_len;
        let mut year = None;
        if let Some(y) = r[m_len..].strip_prefix('/') {
            if y.bytes().take_while(u8::is_ascii_digit).count() == 4 {
                year = y[..4].parse().ok();
                end += 5;
            }
        }
        return (1..=12).contains(&month).then_some((
            Day {
                day: n,
                month,
                year,
            },
            s,
            end,
        ));
    }
    if let Some(day) = dashed::dashed_day(t, s, e, n, lang) {
        return Some(day);
    }
    let ordinal = &super::timewords::shared().day_ordinal;
    let mut words = next_words(t, e, 5);
    if words
        .first()
        .is_some_and(|&(ws, we)| ws == e && ordinal.contains(&&t[ws..we]))
    {
        words.remove(0);
    }
    let word = |k: usize| words.get(k).map_or("", |&(ws, we)| &t[ws..we]);
    let end_of = |k: usize| words.get(k).map_or(e, |w| w.1);
    let year_at = |k: usize| {
        word(k)
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2100).contains(y))
    };
    let own = super::timewords::of(lang);
    if own.month_noun.contains(&word(0)) {
        let month: u32 = word(1).parse().ok()?;
        let year = own
            .year_link
            .contains(&word(2))
            .then(|| year_at(3))
            .flatten();
        let k = if year.is_some() { 3 } else { 1 };
        return (1..=12).contains(&month).then(|| {
            (
                Day {
                    day: n,
                    month,
                    year,
                },
                s,
                end_of(k),
            )
        });
    }
    if let Some(month) = month_of(word(0), p) {
        let year = year_at(1);
        let k = if year.is_some() { 1 } else { 0 };
        return Some((
            Day {
                day: n,
                month,
                year,
            },
            s,
            end_of(k),
        ));
    }
    if lang == Lang::En {
        // "December 28": the month before the day.
        let before = t[..s].trim_end();
        let from = before
            .rfind(|c: char| !c.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        let month = month_of(&before[from..], p)?;
        let year = year_at(0);
        let end = if year.is_some() { end_of(0) } else { e };
        return Some((
            Day {
                day: n,
                month,
                year,
            },
            from,
            end,
        ));
    }
    None
}

/// The next `k` words from `pos`: runs of letters and digits, as ranges.
fn next_words(t: &str, pos: usize, k: usize) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = pos;
    while i < b.len() && out.len() < k {
        if is_word(b[i]) {
            let start = i;
            while i < b.len() && is_word(b[i]) {
                i += 1;
            }
            out.push((start, i));
        } else if b[i] == b'.' || b[i] == b';' || b[i] == b'\n' {
            break;
        } else {
            i += 1;
        }
    }
    out
}

/// A month's name, in any language import reads ("december", "dec", "janvier", "mac").
fn month_of(word: &str, _p: &Patterns) -> Option<u32> {
    let w = word.trim_end_matches([',', '.']);
    super::timewords::month(w)
}

/// The union that held the conference, as the text names it.
pub fn union(text: &str, lang: Lang) -> Option<String> {
    let f = Folded::new(text);
    let p = lang.patterns();
    let mut names: Vec<String> = Vec::new();
    for (s, e, _) in f.find_any(&p.union, 0..f.text.len()) {
        let (os, oe) = (f.to_orig(s), f.to_orig(e));
        let (os, oe) = extend_name(text, os, oe, lang);
        let name = text[os..oe].trim();
        let folded = Folded::new(name).text;
        if national().any(|n| folded.contains(n)) {
            continue; // the national alliance, not the province's union
        }
        names.push(upper_first(name));
    }
    let with_place = names.iter().find(|n| {
        let folded = Folded::new(n);
        !folded
            .find_any(&place_phrases(), 0..folded.text.len())
            .is_empty()
    });
    with_place.or(names.first()).cloned()
}

/// A union's name with the words that belong to it: "… tỉnh Hòa Bình",
/// "… provinciale", "… Wilayah", "Hoa Binh Provincial …", "… of Lam Dong province".
fn extend_name(text: &str, start: usize, end: usize, lang: Lang) -> (usize, usize) {
    let words = words_of(lang);
    let joins = &words.name_joins;
    let before_place = &words.name_links;
    let mut end = end;
    while let Some(j) = joins.iter().find(|j| {
        text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(j.as_str()))
    }) {
        end += 1 + j.len();
    }
    let mut place = capitalised_run(text, end);
    if place.is_empty() {
        for p in before_place {
            if text[end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(p))
            {
                let run = capitalised_run(text, end + 1 + p.len());
                if !run.is_empty() {
                    place = run;
                    break;
                }
            }
        }
    }
    if !place.is_empty() && !is_person_or_body(&text[place.clone()]) {
        end = place.end;
        if let Some(a) = words.place_after.iter().find(|a| {
            text[end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(a.as_str()))
        }) {
            end += 1 + a.len();
        }
    }
    let mut start = start;
    let own = words_of(lang);
    if lang == Lang::En {
        let words: Vec<&str> = text[..start].split(' ').collect();
        for w in words.iter().rev().skip(1) {
            let first = w.chars().next();
            let name_word =
                first.is_some_and(char::is_uppercase) || own.union_lead.iter().any(|l| l == w);
            if !name_word || own.union_not_lead.iter().any(|n| n == w) {
                break;
            }
            start -= w.len() + 1;
        }
    }
    (start, end)
}

/// Capitalised words from `pos` (after one space, or right there): "Hòa Bình",
/// "Bà Rịa - Vũng Tàu".
fn capitalised_run(text: &str, pos: usize) -> std::ops::Range<usize> {
    let mut end = pos;
    let mut words = 0;
    loop {
        let rest = &text[end..];
        let next = match (
            words,
            rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(' ')),
        ) {
            (_, Some(n)) => n,
            (0, None) => rest,
            (_, None) => break,
        };
        if !next.chars().next().is_some_and(char::is_uppercase) || words == 4 {
            break;
        }
        let len = next
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(next.len());
        end += rest.len() - next.len() + len;
        words += 1;
    }
    let run = &text[pos..end];
    let start = pos + run.len() - run.trim_start_matches([' ', '-']).len();
    start..end
}

/// The language table's words for reading a report's head.
fn words_of(lang: Lang) -> &'static crate::lang_tables::ImportWords {
    &crate::lang_tables::for_lang(lang.code()).table.import
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

mod anniversary;
mod dashed;
mod language;
mod region;
pub use language::language;
use region::{is_person_or_body, place_phrases};
pub use region::{official, region};
#[cfg(test)]
mod tests;
