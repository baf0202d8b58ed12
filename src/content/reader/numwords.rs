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
    let ws = runs(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some(mut v) = ws[i].2.and_then(|k| value(table, k.as_str())) else {
            i += 1;
            continue;
        };
        let (start, mut end) = (ws[i].0, ws[i].1);
        i += 1;
        // "two hundred", "three thousand": a larger word multiplies; a smaller one
        // after it adds ("two hundred fifty").
        while let Some(n) = ws
            .get(i)
            .filter(|w| text[end..w.0].chars().all(char::is_whitespace))
            .and_then(|w| w.2.and_then(|k| value(table, k.as_str())))
        {
            if n >= 100 && n > v {
                v *= n;
            } else if v >= 100 && n < 100 {
                v += n;
            } else {
                break;
            }
            end = ws[i].1;
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

/// A word lowercased on the stack.
#[derive(Clone, Copy)]
struct Key {
    bytes: [u8; LONGEST],
    len: usize,
}

impl Key {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

/// The text's words (letters and digits, joined by inner hyphens and apostrophes, as
/// [`crate::lang_tables::words`] cuts them): where each starts and ends, and, for a
/// word of ASCII letters and hyphens short enough to be a number word, its lowercase.
fn runs(text: &str) -> Vec<(usize, usize, Option<Key>)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(j, n)) = chars.peek() {
            let joins = matches!(n, '-' | '\'' | '’')
                && text[j + n.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !(n.is_alphanumeric() || joins) {
                break;
            }
            end = j + n.len_utf8();
            chars.next();
        }
        let raw = &text.as_bytes()[start..end];
        let plain =
            raw.len() <= LONGEST && raw.iter().all(|b| b.is_ascii_alphabetic() || *b == b'-');
        let key = plain.then(|| {
            let mut k = Key {
                bytes: [0; LONGEST],
                len: raw.len(),
            };
            for (d, b) in k.bytes.iter_mut().zip(raw) {
                *d = b.to_ascii_lowercase();
            }
            k
        });
        out.push((start, end, key));
    }
    out
}
