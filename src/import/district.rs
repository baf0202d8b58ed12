//! A district's figures, not the province's: an article whose headline names a district
//! of the text ("Núi Thành có 13 hợp tác xã nông nghiệp", where the text says "huyện Núi
//! Thành") and not the province, and a number a few words after a district named in
//! its sentence ("In Khanh Vinh District, there are 10 cooperatives").

use std::ops::Range;

use super::found::Found;
use crate::content::reader::Statement;
use crate::lang_tables::{has_phrase, matches_at, phrase, words, written, LangTable, Word};

/// At most this many words between a district's name and a number that is its.
const NEAR: usize = 5;

/// Every figure gets the doubt of a district's when the headline names a district.
/// A headline naming the province (`region`, or the word of a province) is not.
pub fn of_a_district(
    found: &mut [Found],
    (headline, region): (Option<&str>, &str),
    body: &str,
    table: &LangTable,
) {
    let Some(headline) = headline else {
        return;
    };
    let head = phrase(headline);
    if has_phrase(&head, &table.import.province) || contains(&head, &phrase(region)) {
        return;
    }
    let ws = words(body);
    let Some(name) = named(body, &ws, table)
        .into_iter()
        .map(|d| key(&ws[d.name]))
        .find(|d| contains(&head, d))
    else {
        return;
    };
    let why = format!("the headline is about the district {}", name.join(" "));
    for f in found.iter_mut().filter(|f| f.doubt.is_none()) {
        f.doubt = Some(why.clone());
    }
}

/// "In Khanh Vinh District, there are 10 cooperatives (and 23 cooperative groups)",
/// "huyện Tuy An thành lập mới 3 HTX": a number at most [`NEAR`] words after a district
/// named in its sentence, or after a number that is, with no word of the province
/// between ("… Tan Lac district, the province had …"), is the district's.
pub fn named_before(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    let text = &body[s.sentence.start..s.span.start];
    let ws = words(text);
    let last = named(text, &ws, table).pop()?;
    let between = key(&ws[last.all.end..]);
    let mut gap = 0;
    for w in &between {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            gap = 0;
        } else if w.chars().any(char::is_alphanumeric) {
            gap += 1;
        }
        if gap > NEAR {
            return None;
        }
    }
    if has_phrase(&between, &table.import.province) {
        return None;
    }
    let name = &text[ws[last.name.start].start..ws[last.name.end - 1].end];
    Some(format!(
        "the sentence names the district {name} right before it"
    ))
}

/// A district named in a text: its name's words and, with them, its word of a district.
struct Named {
    name: Range<usize>,
    all: Range<usize>,
}

/// The districts a text names: capitalised words right after a word of a district
/// ("huyện Núi Thành") or right before one ("Tan Lac district"), up to three, without
/// the function words that open a sentence ("In Khanh Vinh District"), nor a word in
/// capitals ("bình quân HTX NN": no "quận").
fn named(text: &str, ws: &[Word], table: &LangTable) -> Vec<Named> {
    let capital = |i: usize| {
        let w = &text[ws[i].start..ws[i].end];
        w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
    };
    let w = &table.import;
    let function = |i: usize| w.function_words.contains(&ws[i].key);
    let keys = written(text, ws);
    let mut out = Vec::new();
    for p in &w.district_words[0] {
        for i in (0..ws.len()).filter(|&i| matches_at(&keys, i, p)) {
            let from = i + p.len();
            let mut to = from;
            while to < ws.len() && to - from < 3 && capital(to) {
                to += 1;
            }
            if to > from {
                out.push(Named {
                    name: from..to,
                    all: i..to,
                });
            }
        }
    }
    for p in &w.district_words[1] {
        for i in (1..ws.len()).filter(|&i| matches_at(&keys, i, p)) {
            let mut from = i;
            while from > 0 && i - from < 3 && capital(from - 1) {
                from -= 1;
            }
            while from < i && function(from) {
                from += 1;
            }
            if from < i {
                out.push(Named {
                    name: from..i,
                    all: from..i + p.len(),
                });
            }
        }
    }
    out.sort_by_key(|d| d.all.start);
    out
}

/// "6 cooperatives in Nghia Dan district", "3 HTX của thị xã Buôn Hồ": the word of a
/// district among the first six words of `after` (the words after a count), before a
/// comma, a colon or a bracket ends its clause.
pub fn word_after<'a>(after: &str, table: &'a LangTable) -> Option<&'a str> {
    let ws = words(after);
    let stop = ws
        .iter()
        .position(|w| matches!(w.key.as_str(), "," | ";" | ":" | "(" | ")"))
        .unwrap_or(ws.len());
    let near = written(after, &ws[..stop.min(6)]);
    let w = &table.import;
    let [before, after] = &w.district_words;
    (w.district_after.iter().zip(after))
        .chain(w.district_before.iter().zip(before))
        .find(|(_, p)| contains(&near, p))
        .map(|(d, _)| d.as_str())
}

fn key(ws: &[Word]) -> Vec<String> {
    ws.iter().map(|w| w.key.clone()).collect()
}

fn contains(ws: &[String], p: &[String]) -> bool {
    (0..ws.len()).any(|i| matches_at(ws, i, p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::found::{Section, Val};

    #[test]
    fn a_headline_about_a_district_leaves_its_figures_out() {
        let table = &crate::lang_tables::for_lang("vi").table;
        let mut found = vec![Found {
            section: Section::Figures,
            key: crate::figure_table::TOTAL,
            val: Val::Count(22),
            quote: "Đến nay Núi Thành có 22 HTX".into(),
            strong: true,
            pos: 0,
            doubt: None,
        }];
        let body = "UBND huyện Núi Thành báo cáo. Đến nay Núi Thành có 22 HTX.";
        let head = |h| (Some(h), "Quảng Nam");
        of_a_district(&mut found, head("Toàn tỉnh có 500 HTX"), body, table);
        assert!(found[0].doubt.is_none());
        of_a_district(&mut found, head("HTX ở Quảng Nam"), body, table);
        assert!(found[0].doubt.is_none());
        of_a_district(
            &mut found,
            head("Núi Thành có 13 hợp tác xã nông nghiệp"),
            body,
            table,
        );
        assert!(found[0]
            .doubt
            .as_deref()
            .unwrap_or("")
            .contains("nui thanh"));
    }
}
