//! A district's figures, not the province's: an article whose headline names a district
//! of the text ("Núi Thành có 13 hợp tác xã nông nghiệp", where the text says "huyện Núi
//! Thành") and not the province, and a number a few words after a district named in
//! its sentence ("In Khanh Vinh District, there are 10 cooperatives").

use std::ops::Range;

use super::found::Found;
use crate::content::reader::Statement;
use crate::lang_tables::{
    has_phrase, last_phrase_at, matches_at, phrase, starts_with_digit, words, written, LangTable,
    Word,
};

/// At most this many words between a district's name and a number that is its.
const NEAR: usize = 5;

/// Every figure gets the doubt of a district's when the headline names a district,
/// or when the text speaks of a whole district ("the whole district has 27 cooperative
/// groups", "toàn huyện có 54 HTX") and never of a province. A headline naming the
/// province (`region`, or the word of a province) is not a district's.
pub fn of_a_district(
    found: &mut [Found],
    (headline, region): (Option<&str>, &str),
    body: &str,
    table: &LangTable,
) {
    let why = headline
        .and_then(|h| in_headline(h, region, body, table))
        .or_else(|| whole_district(body, table));
    let Some(why) = why else {
        return;
    };
    for f in found.iter_mut().filter(|f| f.doubt.is_none()) {
        f.doubt = Some(why.clone());
    }
}

/// The district a headline is about: one the text names, where the headline names
/// neither the province nor `region`.
fn in_headline(headline: &str, region: &str, body: &str, table: &LangTable) -> Option<String> {
    let head = phrase(headline);
    if has_phrase(&head, &table.import.province) || contains(&head, &phrase(region)) {
        return None;
    }
    let ws = words(body);
    let name = named(body, &ws, table)
        .into_iter()
        .map(|d| key(&ws[d.name]))
        .find(|d| contains(&head, d))?;
    Some(format!(
        "the headline is about the district {}",
        name.join(" ")
    ))
}

/// "the whole district has …" in a text with no word of a province: a district's text.
fn whole_district(body: &str, table: &LangTable) -> Option<String> {
    let keys = phrase(body);
    let whole: Vec<Vec<String>> = (table.import.whole_district.iter())
        .map(|p| phrase(p))
        .collect();
    let said = whole.iter().find(|p| contains(&keys, p))?;
    if names_province(body, &words(body), table) {
        return None;
    }
    Some(format!(
        "the text speaks of the {} and names no province",
        said.join(" ")
    ))
}

/// "In Khanh Vinh District, there are 10 cooperatives (and 23 cooperative groups)",
/// "huyện Tuy An thành lập mới 3 HTX": a number at most [`NEAR`] words after a district
/// named in its sentence, or after a number that is, with no word of the province
/// between ("… Tan Lac district, the province had …"), is the district's.
pub fn named_before(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    let text = &body[s.sentence.start..s.span.start];
    let ws = words(text);
    let last = named(text, &ws, table).pop()?;
    let from = located_in(text, &ws, last.all.end, table);
    let between = key(&ws[from..]);
    let mut gap = 0;
    for w in &between {
        if starts_with_digit(w) {
            gap = 0;
        } else if w.chars().any(char::is_alphanumeric) {
            gap += 1;
        }
        if gap > NEAR {
            return None;
        }
    }
    if has_phrase(&between, &table.import.province) || names_province(text, &ws[from..], table) {
        return None;
    }
    let name = &text[ws[last.name.start].start..ws[last.name.end - 1].end];
    Some(format!(
        "the sentence names the district {name} right before it"
    ))
}

/// "Đến nay, trên địa bàn thị xã có 11 HTX", "the district has 27 cooperative
/// groups": a number after words of a district's area (`district_area`) in its
/// sentence, with no word of the province between ("trên địa bàn huyện …, toàn tỉnh
/// có 500 HTX" is the province's), is the district's, of any unit.
pub fn in_its_area(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    let ws = phrase(&body[s.sentence.start..s.span.start]);
    let (at, p) = last_phrase_at(&ws, &table.import.district_area_words)?;
    if has_phrase(&ws[at + p.len()..], &table.import.province) {
        return None;
    }
    Some(format!(
        "\"{}\": said of a district, not the province",
        p.join(" ")
    ))
}

/// "Chu Prong district, Gia Lai province has 31 cooperatives", "huyện Chư Prông, tỉnh
/// Gia Lai có 31 HTX": a province named right after a district's comma says where the
/// district is; what follows it is still the district's. The word after that province,
/// else `at`.
fn located_in(text: &str, ws: &[Word], at: usize, table: &LangTable) -> usize {
    if ws.get(at).is_none_or(|w| w.key != ",") {
        return at;
    }
    let keys = key(ws);
    let w = &table.import;
    let name = |from: usize| {
        (from..ws.len().min(from + 3))
            .take_while(|&i| capital(text, &ws[i]))
            .count()
    };
    let start = at + 1;
    for p in w.place_before.iter().map(|p| phrase(p)) {
        if matches_at(&keys, start, &p) && name(start + p.len()) > 0 {
            return start + p.len() + name(start + p.len());
        }
    }
    for n in 1..=name(start) {
        if let Some(p) = w
            .place_after
            .iter()
            .map(|p| phrase(p))
            .find(|p| matches_at(&keys, start + n, p))
        {
            return start + n + p.len();
        }
    }
    at
}

/// Whether the words `ws` of `text` say the noun of a province ("the province",
/// "tỉnh"; not "tính", "as of").
fn names_province(text: &str, ws: &[Word], table: &LangTable) -> bool {
    let keys = written(text, ws);
    (table.import.province_noun.iter()).any(|p| contains(&keys, &written(p, &words(p))))
}

/// A word written with a capital and a small letter after it ("Gia", not "HTX").
fn capital(text: &str, w: &Word) -> bool {
    let w = &text[w.start..w.end];
    w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
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
    let capital = |i: usize| capital(text, &ws[i]);
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

    fn one(quote: &str, n: u64) -> Vec<Found> {
        vec![Found {
            section: Section::Figures,
            key: crate::figure_table::TOTAL,
            val: Val::Count(n),
            quote: quote.into(),
            strong: true,
            pos: 0,
            doubt: None,
        }]
    }

    #[test]
    fn a_text_of_a_whole_district_naming_no_province_leaves_its_figures_out() {
        for (lang, body) in [
            (
                "en",
                "So far the whole district has 31 cooperatives in farming.",
            ),
            (
                "fr",
                "À ce jour, l'ensemble du district compte 31 coopératives agricoles.",
            ),
            ("vi", "Đến nay, toàn huyện có 31 HTX nông nghiệp."),
        ] {
            let table = &crate::lang_tables::for_lang(lang).table;
            let mut found = one(body, 31);
            of_a_district(&mut found, (None, "Gia Lai"), body, table);
            assert!(found[0].doubt.is_some(), "{lang}");
        }
        // A word of the province in the text: the province's figures, a district's aside.
        for (lang, body) in [
            (
                "en",
                "The province has 310 cooperatives; the whole district has 31.",
            ),
            (
                "fr",
                "La province compte 310 coopératives, dont 31 dans l'ensemble du district.",
            ),
            ("vi", "Toàn tỉnh có 310 HTX, toàn huyện có 31 HTX."),
        ] {
            let table = &crate::lang_tables::for_lang(lang).table;
            let mut found = one(body, 310);
            of_a_district(&mut found, (None, "Gia Lai"), body, table);
            assert!(found[0].doubt.is_none(), "{lang}");
        }
    }
}
