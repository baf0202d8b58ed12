//! Numbers written in words ("Fifty co-operatives", "two hundred members"), by the
//! table's number words (`numbers.words`): read as mentions, as digits are.

use crate::content::mentions::Mention;
use crate::lang_tables::LangTable;

/// The value of one word: "fifty", "twenty-five" (a word of tens, a hyphen, a word of
/// ones).
fn value(table: &LangTable, key: &str) -> Option<u64> {
    let map = &table.numbers.words;
    if let Some(v) = map.get(key) {
        return Some(*v);
    }
    let (tens, ones) = key.split_once('-')?;
    let (t, o) = (*map.get(tens)?, *map.get(ones)?);
    ((20..100).contains(&t) && t % 10 == 0 && o < 10).then_some(t + o)
}

/// The numbers `text` writes in words, in order. None are read for a table without
/// number words. Read without folding the text's words (a report's text is read on
/// every build): number words are plain letters, compared lowercased.
pub fn word_mentions(text: &str, table: &LangTable) -> Vec<Mention> {
    if table.numbers.words.is_empty() {
        return Vec::new();
    }
    let ws = number_words(text, table);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let (start, mut end, mut v) = ws[i];
        i += 1;
        // "two hundred", "three thousand": a larger word multiplies; a smaller one
        // after it adds ("two hundred fifty"). Only a number word right after (spaces
        // between) goes on.
        while let Some(&(_, e, n)) = ws
            .get(i)
            .filter(|w| text[end..w.0].chars().all(char::is_whitespace))
        {
            if n >= 100 && n > v {
                v *= n;
            } else if v >= 100 && n < 100 {
                v += n;
            } else {
                break;
            }
            end = e;
            i += 1;
        }
        out.push(Mention {
            value: v as f64,
            start,
            end,
            per: None,
            money: false,
            priced: false,
            percent: false,
        });
    }
    out
}

/// The longest number word: "seventy-seven", "quatre-vingt-dix".
const LONGEST: usize = 24;

/// The number words of `text` (its words cut as [`crate::lang_tables::words`] cuts
/// them: letters and digits, joined by inner hyphens and apostrophes), each with
/// where it starts and ends and its value. Other words are passed over without
/// being copied: a word is looked up only when it is plain ASCII letters and hyphens,
/// short enough, and starts with the first letter of a number word.
fn number_words(text: &str, table: &LangTable) -> Vec<(usize, usize, u64)> {
    let mut firsts = [false; 26];
    for w in table.numbers.words.keys() {
        if let Some(b) = w.bytes().next().filter(u8::is_ascii_lowercase) {
            firsts[usize::from(b - b'a')] = true;
        }
    }
    let bytes = text.as_bytes();
    let alnum_at = |i: usize| -> bool {
        match bytes.get(i) {
            None => false,
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => text[i..].chars().next().is_some_and(char::is_alphanumeric),
        }
    };
    let width = |i: usize| text[i..].chars().next().map_or(1, char::len_utf8);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii() && !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        if !alnum_at(i) {
            i += width(i);
            continue;
        }
        let start = i;
        let mut end = i + width(i);
        loop {
            if alnum_at(end) {
                end += width(end);
                continue;
            }
            let joiner = match bytes.get(end) {
                Some(b'-' | b'\'') => 1,
                Some(0xE2) if text[end..].starts_with('’') => 3,
                _ => 0,
            };
            if joiner > 0 && alnum_at(end + joiner) {
                end += joiner;
                continue;
            }
            break;
        }
        i = end;
        let raw = &bytes[start..end];
        let first = raw[0].to_ascii_lowercase();
        let may = raw.len() <= LONGEST
            && first.is_ascii_lowercase()
            && firsts[usize::from(first - b'a')]
            && raw.iter().all(|b| b.is_ascii_alphabetic() || *b == b'-');
        if !may {
            continue;
        }
        let mut key = [0u8; LONGEST];
        for (d, b) in key.iter_mut().zip(raw) {
            *d = b.to_ascii_lowercase();
        }
        let key = std::str::from_utf8(&key[..raw.len()]).unwrap_or("");
        if let Some(v) = value(table, key) {
            out.push((start, end, v));
        }
    }
    out
}
