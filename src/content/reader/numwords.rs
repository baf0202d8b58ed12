//! Numbers written in words ("Fifty co-operatives", "two hundred members"), by the
//! table's number words (`numbers.words`): read as mentions, as digits are.

use aho_corasick::AhoCorasick;

use crate::content::mentions::Mention;
use crate::lang_tables::{Lang, LangTable};

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

/// The numbers `text` writes in words, in order. None are read for a language without
/// number words. Read without folding the text's words (a report's text is read on
/// every build): number words are plain letters, compared lowercased.
pub fn word_mentions(text: &str, lang: &Lang) -> Vec<Mention> {
    let Some(finder) = &lang.number_words else {
        return Vec::new();
    };
    let ws = number_words(text, &lang.table, finder);
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
/// where it starts and ends and its value. `finder` finds where a number word is
/// written in one pass over the text; only a word that starts there is cut, and
/// looked up when it is plain ASCII letters and hyphens and short enough.
fn number_words(text: &str, table: &LangTable, finder: &AhoCorasick) -> Vec<(usize, usize, u64)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // A number word inside a word ("un" in "union") starts none. The matches are
    // leftmost and hold only letters and hyphens, so none found inside one word
    // reaches into the next: every word that starts with a number word is found.
    for hit in finder.find_iter(text) {
        let start = hit.start();
        if !starts_word(text, start) {
            continue;
        }
        let end = word_end(text, start);
        let raw = &bytes[start..end];
        if raw.len() > LONGEST || !raw.iter().all(|b| b.is_ascii_alphabetic() || *b == b'-') {
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

/// Joins two runs of letters and digits into one word: "twenty-five", "l'an".
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// Whether a word starts at `at` (a letter): the character before it is no letter or
/// digit, nor a joiner after one.
fn starts_word(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if is_joiner(c) => !before.next().is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

/// Where the word starting at `at` ends: letters and digits, and a joiner between two.
fn word_end(text: &str, at: usize) -> usize {
    let mut end = at;
    let mut chars = text[at..].chars().peekable();
    while let Some(c) = chars.next() {
        let joins = is_joiner(c) && chars.peek().is_some_and(|n| n.is_alphanumeric());
        if !(c.is_alphanumeric() || joins) {
            break;
        }
        end += c.len_utf8();
    }
    end
}
