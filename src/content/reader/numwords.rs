//! Numbers written in words ("Fifty co-operatives", "two hundred members"), by the
//! table's number words (`numbers.words`): read as mentions, as digits are.

use crate::content::mentions::Mention;
use crate::lang_tables::{words, LangTable};

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
/// number words.
pub fn word_mentions(text: &str, table: &LangTable) -> Vec<Mention> {
    if table.numbers.words.is_empty() {
        return Vec::new();
    }
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some(mut v) = value(table, &ws[i].key) else {
            i += 1;
            continue;
        };
        let (start, mut end) = (ws[i].start, ws[i].end);
        i += 1;
        // "two hundred", "three thousand": a larger word multiplies; a smaller one
        // after it adds ("two hundred fifty").
        while let Some(n) = ws.get(i).and_then(|w| value(table, &w.key)) {
            if n >= 100 && n > v {
                v *= n;
            } else if v >= 100 && n < 100 {
                v += n;
            } else {
                break;
            }
            end = ws[i].end;
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
