//! The region an article names: a province of the register ([`crate::regions`]),
//! however it is written ("Bà Rịa - Vũng Tàu", "ba ria-vung tau", "Hanoi"), else the
//! capitalised words after a word for a province; and a region's official name.

use super::{capitalised_run, words_of};
use crate::import::patterns::{not_places, Lang};
use crate::import::text::Folded;

/// Every way of writing a region of the register ([`crate::regions`]), folded ("ba
/// ria - vung tau", "ba ria-vung tau", "ba ria vung tau", "hanoi"), with the region's
/// official name ("Bà Rịa - Vũng Tàu") and the name it stands for: a former name
/// ("Thừa Thiên Huế", Huế's until 2024) or the official one.
fn places() -> &'static [(String, String, String)] {
    type Places = Vec<(String, String, String)>;
    static PLACES: std::sync::OnceLock<Places> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| {
        use crate::place_name::fold;
        let register = crate::regions::Register::vietnam();
        let mut out: Places = Vec::new();
        for u in register.units() {
            for written in u.written_names() {
                let form = u
                    .formerly
                    .iter()
                    .find(|(n, _)| fold(n) == fold(written))
                    .map_or(&u.name, |(n, _)| n);
                let f = Folded::new(written).text;
                for v in [f.replace(" - ", "-"), f.replace(" - ", " "), f] {
                    if !out.iter().any(|(o, _, _)| *o == v) {
                        out.push((v, u.name.clone(), form.clone()));
                    }
                }
            }
        }
        out
    })
}

/// A region's official name in `year`, as the register has it, with the name it had
/// then ("Thừa Thiên Huế" for 2018, "Huế" from 2025; the name as written when the
/// register does not know it). Without a year, the name every unit of that
/// spelling has had (a former name as written: "Thừa Thiên Huế"), else the name as
/// written.
pub fn official(name: &str, year: Option<i32>) -> String {
    use crate::regions::{Found, Register};
    let register = Register::vietnam();
    let Some(year) = year else {
        // A former name stays as the text wrote it: the year decides which it is.
        let key = crate::place_name::fold(name);
        let names = register.candidates(name).iter().map(|&i| {
            let u = register.unit(i);
            u.formerly
                .iter()
                .find(|(n, _)| crate::place_name::fold(n) == key)
                .map_or(&u.name, |(n, _)| n)
        });
        let mut names = names.collect::<Vec<_>>();
        names.sort();
        names.dedup();
        return match names[..] {
            [one] => one.clone(),
            _ => name.to_string(),
        };
    };
    match register.resolve(name, year) {
        Found::Unit(i) | Found::NotInYear(i) => register.unit(i).name_of_year(year).to_string(),
        Found::Unknown(_) => name.to_string(),
    }
}

pub(super) fn place_phrases() -> Vec<&'static str> {
    places().iter().map(|(p, _, _)| p.as_str()).collect()
}

/// "Nguyễn Văn A", "Ủy ban": a person or a body, not a place.
pub(super) fn is_person_or_body(words: &str) -> bool {
    let f = Folded::new(words);
    if f.find_any(&place_phrases(), 0..f.text.len())
        .first()
        .is_some_and(|m| m.0 == 0)
    {
        return false;
    }
    let folded = f.text;
    let first = folded.split([' ', '-']).next().unwrap_or_default();
    not_places().any(|w| w == first)
}

/// The region: a province of Viet Nam the text names (the one it names most; a name
/// saying only where something is done, "tại Hà Nội", "in Hanoi", is not counted),
/// else the capitalised words after "tỉnh", "province de", "wilayah" or before
/// "province".
pub fn region(text: &str, lang: Lang) -> Option<String> {
    let f = Folded::new(text);
    let mut counts: Vec<(String, usize)> = Vec::new();
    // Each region's names as the text writes them ("Thừa Thiên Huế", "Huế").
    let mut forms: Vec<(String, usize)> = Vec::new();
    let phrases = place_phrases();
    for (s, e, k) in f.find_any(&phrases, 0..f.text.len()) {
        let name = f.orig_of(s..e);
        let (_, official, form) = &places()[k];
        if name.chars().next().is_some_and(char::is_uppercase)
            && marks_agree(name, official)
            && !where_done(&f.text, s..e, lang)
        {
            add(&mut counts, official);
            add(&mut forms, form);
        }
    }
    if counts.is_empty() {
        for name in places_after_words(text, &f, lang) {
            add(&mut counts, &name);
        }
    }
    let best = counts.iter().map(|(_, c)| *c).max()?;
    let name = counts
        .into_iter()
        .find(|(_, c)| *c == best)
        .map(|(n, _)| n)?;
    // The name of it the text writes most (a former one kept for the year to decide).
    let of_it = |form: &str| places().iter().any(|(_, o, f)| *o == name && f == form);
    let most = forms
        .iter()
        .filter(|(f, _)| of_it(f))
        .map(|(_, c)| *c)
        .max();
    Some(
        forms
            .into_iter()
            .find(|(f, c)| Some(*c) == most && of_it(f))
            .map_or(name, |(f, _)| f),
    )
}

/// Whether the name at `at` (of the folded text) says only where something is done:
/// right after "tại" or "in" ("do Liên minh HTX Việt Nam tổ chức tại Hà Nội",
/// "restaurants, hotels in Hanoi"), with no word of the province after it ("in Hoa
/// Binh province" names the province the text is about).
fn where_done(folded: &str, at: std::ops::Range<usize>, lang: Lang) -> bool {
    let words = words_of(lang);
    let before = folded[..at.start].trim_end();
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default();
    let after = folded[at.end..].trim_start();
    let province_after = words.place_after.iter().any(|w| {
        after
            .strip_prefix(w.as_str())
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    words.place_of_event.iter().any(|w| w == last) && !province_after
}

/// Whether a name the text writes with marks can be the region's: each word's marks
/// are among those of a way the register writes it ("Hoà" and "Hòa" place the mark
/// differently, "Đăk" drops one of "Đắk"); a mark the name does not have makes another
/// word, so "Bích Huệ" (a person) is not Huế, nor "Hoàng Kiến Giang" (a byline) Kiên
/// Giang. A name written without marks ("Hue") is any of them.
fn marks_agree(name: &str, official: &str) -> bool {
    let ours = word_marks(name);
    if ours.iter().all(Vec::is_empty) {
        return true;
    }
    let held = |a: &[char], b: &[char]| a.iter().all(|c| b.contains(c));
    written_marks()
        .iter()
        .filter(|(o, _)| o == official)
        .any(|(_, theirs)| {
            theirs.len() == ours.len() && ours.iter().zip(theirs).all(|(a, b)| held(a, b))
        })
}

/// The marks of each word of a name, sorted ("Huế": [[circumflex, acute]]).
fn word_marks(name: &str) -> Vec<Vec<char>> {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    name.split_whitespace()
        .filter(|w| *w != "-")
        .map(|w| {
            let mut m: Vec<char> = w.nfd().filter(|c| is_combining_mark(*c)).collect();
            m.sort_unstable();
            m
        })
        .collect()
}

/// Every way the register writes each region, as the marks of its words.
fn written_marks() -> &'static [(String, Vec<Vec<char>>)] {
    static WRITTEN: std::sync::OnceLock<Vec<(String, Vec<Vec<char>>)>> = std::sync::OnceLock::new();
    WRITTEN.get_or_init(|| {
        let register = crate::regions::Register::vietnam();
        let mut out = Vec::new();
        for u in register.units() {
            for written in u.written_names() {
                out.push((u.name.clone(), word_marks(written)));
            }
        }
        out
    })
}

/// "Quí I", "Khóa XV": a run ending in a Roman numeral is a quarter or a term ("Liên
/// minh HTX tỉnh Quí I"), never a province's name.
fn numbered(name: &str) -> bool {
    name.split_whitespace().count() > 1
        && name
            .split_whitespace()
            .last()
            .is_some_and(|w| w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
}

fn add(counts: &mut Vec<(String, usize)>, name: &str) {
    let name = unicode_normalization::UnicodeNormalization::nfc(name).collect::<String>();
    match counts.iter_mut().find(|(n, _)| *n == name) {
        Some((_, c)) => *c += 1,
        None => counts.push((name, 1)),
    }
}

/// Capitalised words after a word for a province ("tỉnh Bình An", "province de
/// Bình An", "wilayah Bình An") or before one ("Binh An province").
fn places_after_words(text: &str, f: &Folded, lang: Lang) -> Vec<String> {
    let words = words_of(lang);
    let before: Vec<&str> = words.place_before.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    for (_, e, _) in f.find_any(&before, 0..f.text.len()) {
        let pos = f.to_orig(e);
        let pos = if text[..pos].ends_with('\'') {
            pos - 1
        } else {
            pos
        };
        let run = capitalised_run(text, pos);
        let name = text[run].trim();
        // "TOÀN TỈNH CÓ 931 TỔ HỢP TÁC": a headline in capitals, not a name.
        let capitals = !name.chars().any(char::is_lowercase);
        if !name.is_empty() && !capitals && !is_person_or_body(name) && !numbered(name) {
            out.push(name.to_string());
        }
    }
    for after in &words.place_after {
        for s in f.find_all(after, 0..f.text.len()) {
            let end = f.to_orig(s);
            // "province-based", "Alliance, province": no name ends there.
            let joined = f.text[s + after.len()..].starts_with('-');
            if joined || text[..end].trim_end().ends_with([',', '.', ';', ':']) {
                continue;
            }
            let words: Vec<&str> = text[..end].trim_end().rsplit(' ').take(3).collect();
            let caps: Vec<&str> = words
                .into_iter()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .collect();
            let name = caps.into_iter().rev().collect::<Vec<_>>().join(" ");
            if !name.is_empty() && !is_person_or_body(&name) {
                out.push(name);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
