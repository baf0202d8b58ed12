//! Figures said of more than the province: the country's ("cả nước", "nationwide"),
//! or several provinces' ("Can Tho and the 12 provinces").

use super::lists::list_lead;
use super::parts::{self, matches_at};
use crate::content::reader::Statement;
use crate::lang_tables::{phrase, starts_with_digit, LangTable, Phrase};

/// "Trong 6 tháng đầu năm, cả nước thành lập mới 843 HTX": words of a place larger
/// than the province before the number in its sentence.
/// The words must stand in the number's clause, or before the first count of the list
/// it is listed in ("the country has 31,700 cooperatives, 158 unions and 73,000
/// groups"), with no word of a province there ("một trong các tỉnh … cao trên toàn
/// quốc với 518 HTX" is the province's). `lead` is [`lists::list_lead`] of `s`.
pub(super) fn elsewhere(
    body: &str,
    s: &Statement,
    lead: &[String],
    table: &LangTable,
) -> Option<String> {
    // "khu vực 6 tỉnh có …": the word of a province after a number counts provinces.
    let own = (0..lead.len()).any(|i| {
        let after_number = i > 0 && number_word(&lead[i - 1], table);
        !after_number && table.import.province.iter().any(|p| matches_at(lead, i, p))
    });
    if own {
        return None;
    }
    let found = |ws: &[String]| parts::first_phrase(ws, &table.elsewhere);
    // A part after a semicolon goes on with what the first part said: "cả nước có
    // 26.145 HTX, …; trong đó 17.060 HTX nông nghiệp".
    let mut head = s.sentence.start;
    let mut p = found(lead);
    while p.is_none() {
        let Some(end) = body[..head].trim_end().strip_suffix(';').map(str::len) else {
            break;
        };
        head = crate::content::reader::sentence_range(body, end).start;
        p = found(&phrase(&body[head..end]));
    }
    p.or_else(|| national_after(body, s, table))
        .map(|p| format!("\"{}\": it is said of more than the province", p.join(" ")))
        .or_else(|| counted_provinces(lead, table))
}

/// "there are more than 22,710 cooperatives in the whole country", "164 unions with
/// more than 1 million members nationwide": words of the country within a few words
/// after the count's noun, in its clause and before another number.
fn national_after<'t>(body: &str, s: &Statement, table: &'t LangTable) -> Option<&'t Phrase> {
    let mut after = parts::clause_after(body, s);
    if let Some(n) = after.iter().position(|w| number_word(w, table)) {
        after.truncate(n);
    }
    parts::first_phrase_at(&after, &table.elsewhere_after)
        .filter(|(i, _)| *i <= NATIONAL_AFTER)
        .map(|(_, p)| p)
}

/// The most words between a count and the words of the country after it.
const NATIONAL_AFTER: usize = 4;

/// "Can Tho and the 12 provinces have 1,300 cooperatives": a number right before a word
/// of provinces in the plural, in the clause before the figure, counts the provinces
/// it is said of.
fn counted_provinces(lead: &[String], table: &LangTable) -> Option<String> {
    let provinces: Vec<Vec<String>> = table.import.provinces.iter().map(|p| phrase(p)).collect();
    (1..lead.len()).find_map(|i| {
        let p = provinces
            .iter()
            .find(|p| number_word(&lead[i - 1], table) && matches_at(lead, i, p))?;
        Some(format!(
            "\"{} {}\": it is said of several provinces",
            lead[i - 1],
            p.join(" ")
        ))
    })
}

/// A number in digits or in words.
fn number_word(w: &str, table: &LangTable) -> bool {
    starts_with_digit(w) || table.numbers.words.contains_key(w)
}

/// "By the end of 2025, the whole country had 35,041 cooperatives … Average revenue per
/// cooperative reached about 4.56 billion VND": a paragraph whose first figure is said
/// of the country goes on about the country. A figure in a later sentence of it is not
/// the province's unless a word of the province stands between (the province is
/// compared with the country: "Cả nước có … HTX. Toàn tỉnh có 520 HTX").
pub(super) fn national_paragraph(
    body: &str,
    all: &[Statement],
    k: usize,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    let first =
        (0..k).find(|&j| all[j].line == s.line && all[j].sentence.end <= s.sentence.start)?;
    let f = &all[first];
    elsewhere(body, f, &list_lead(body, all, first, table), table)?;
    let between = phrase(&body[f.sentence.start..s.span.start]);
    let nouns: Vec<Phrase> = table
        .import
        .province_noun
        .iter()
        .map(|p| phrase(p))
        .collect();
    let own = (0..between.len())
        .any(|i| (table.import.province.iter().chain(&nouns)).any(|p| matches_at(&between, i, p)));
    (!own).then(|| {
        format!(
            "its paragraph opens with a figure of more than the province ({})",
            f.text(body)
        )
    })
}
