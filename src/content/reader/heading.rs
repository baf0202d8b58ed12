//! A count's kind named in the heading of its clause: "Nông nghiệp: 212 HTX", "Số HTX
//! hoạt động hiệu quả …: là 70 HTX", "agriculture (120 cooperatives)".

use super::cut::Cut;
use crate::lang_tables::LangTable;
use crate::meaning::{Measure, Qualifier};

/// "Nông nghiệp: 212 HTX", "HTX nông nghiệp: có 180 HTX", "agriculture (120
/// cooperatives)", "agriculture with 389 cooperatives": a kind that ends right before
/// the colon, bracket or word of "with" that opens the count's clause (one word may
/// stand between them and the count) is the count's.
pub fn headed_kind(cut: &Cut, table: &LangTable) -> Option<Qualifier> {
    let j = cut.before.start;
    if cut.at - j > 1 || j == 0 {
        return None;
    }
    let opens = if matches!(cut.words[j - 1].key.as_str(), ":" | "(") {
        1
    } else {
        let with = &table.ids.time.breaks;
        (1..=j.min(3))
            .find(|&n| cut.phrase(j - n, j, with) == n)
            .filter(|_| table.money.and.iter().all(|a| *a != cut.words[j - 1].key))?
    };
    let end = j - opens;
    (end.saturating_sub(6)..end)
        .find_map(|k| {
            cut.best_at_len(k, end, &table.ids.qualifiers)
                .filter(|&(_, n)| k + n == end)
                .map(|(q, _)| q)
        })
        .or_else(|| {
            (opens == 1 && cut.words[end].key == ":")
                .then(|| numbered(cut, table, end))
                .flatten()
        })
}

/// How far before its colon the words of "the number of" may open a heading.
const HEADING_REACH: usize = 16;

/// "Số HTX hoạt động hiệu quả theo Luật Hợp tác xã năm 2012: là 70 HTX": a heading
/// that opens with "the number of", a noun of cooperatives and a kind right after it,
/// ending at the colon before the count, names the count's kind, whatever follows the
/// kind in the heading.
fn numbered(cut: &Cut, table: &LangTable, colon: usize) -> Option<Qualifier> {
    let ws = cut.words;
    let from = (colon.saturating_sub(HEADING_REACH)..colon)
        .rev()
        .take_while(|&i| !matches!(ws[i].key.as_str(), "," | ";" | ":" | "(" | ")" | "."))
        .filter(|&i| cut.phrase(i, colon, &table.ids.number_of) > 0)
        .last()?;
    let noun = from + cut.phrase(from, colon, &table.ids.number_of);
    let (m, n) = cut.best_at_len(noun, colon, &table.ids.count_nouns)?;
    if m != Measure::Cooperatives {
        return None;
    }
    // "Số HTX hoạt động hiệu quả": past a word of operating.
    let at = noun + n;
    let skip = table
        .operating
        .iter()
        .filter(|p| {
            p.iter()
                .enumerate()
                .all(|(x, w)| ws.get(at + x).is_some_and(|v| v.key == *w))
        })
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    cut.best_at_len(at + skip, colon, &table.ids.qualifiers)
        .map(|(q, _)| q)
}
