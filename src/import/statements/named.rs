//! An average said a few sentences after the text names one cooperative ("Một ví dụ
//! điển hình là HTX Án Lại … các thành viên HTX … có thu nhập bình quân 4,5 triệu
//! đồng/người/tháng", "Tam Dao Mushroom Cooperative … earns VND 700 million a year"):
//! feature articles profile one cooperative after the province's counts, and what they
//! give then is that one's, not the province's average.

use crate::content::reader::Statement;
use crate::figure_table::is_money_average;
use crate::import::text::line_start;
use crate::lang_tables::{fold, matches_at, phrase, words, LangTable, Word};
use crate::meaning::{Measure, PerUnit};

/// How many sentences before the average's own the name may stand.
const SENTENCES_BACK: usize = 3;

/// The average `s` follows the name of one cooperative in its paragraph, at most
/// [`SENTENCES_BACK`] sentences before it, and its own sentence names neither the
/// province nor several cooperatives ("các HTX"): the named one's.
pub(super) fn of_a_named_cooperative(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if !is_money_average(key) || s.per_unit == Some(PerUnit::Cooperative) {
        return None;
    }
    let para = line_start(body, s.sentence.start);
    let own: Vec<String> = words(&body[s.sentence.start..s.span.start])
        .into_iter()
        .map(|w| w.key)
        .collect();
    if says_province_or_several(&own, table) {
        return None;
    }
    let text = &body[para..s.span.start];
    let ws = words(text);
    let name = named(text, &ws, table)?;
    // The name may stand in the average's own sentence: no sentence between them.
    let between = body
        .get(para + name.1..s.sentence.start)
        .unwrap_or_default();
    let ends = between
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && between[i + 1..].starts_with(char::is_whitespace)
        })
        .count();
    (ends <= SENTENCES_BACK).then(|| {
        format!(
            "said of one cooperative the text names just before, \"{}\", not of the province's",
            name.0
        )
    })
}

/// The clause names the province ("toàn tỉnh", "the province") or several
/// cooperatives ("các HTX", "all cooperatives").
fn says_province_or_several(ws: &[String], table: &LangTable) -> bool {
    let province = &table.import.province;
    let several = &table.sector.several;
    (0..ws.len()).any(|i| {
        province.iter().any(|p| matches_at(ws, i, p))
            || (several.iter().any(|p| fold(p) == ws[i]) && noun_at(ws, i + 1, table) > 0)
    })
}

/// The length of the noun of cooperatives at `i` (0 if none).
fn noun_at(ws: &[String], i: usize, table: &LangTable) -> usize {
    table
        .nouns
        .iter()
        .filter(|(m, _)| *m == Measure::Cooperatives)
        .flat_map(|(_, l)| l.iter())
        .filter(|n| matches_at(ws, i, n))
        .map(|n| n.len())
        .max()
        .unwrap_or(0)
}

/// The last cooperative named in `text` (its words `ws`) and where its name ends: a
/// noun of cooperatives with a capitalised name after it ("HTX Án Lại") in a language
/// whose nouns stand first, before it ("Tay Bac Cooperative") in one whose words of a
/// kind stand first; not the country's or a union's name ("Ngày HTX Việt Nam",
/// "Vietnam Cooperative Alliance", "Liên minh HTX tỉnh"), nor several ("các HTX").
fn named<'a>(text: &'a str, ws: &[Word], table: &LangTable) -> Option<(&'a str, usize)> {
    let keys: Vec<String> = ws.iter().map(|w| w.key.clone()).collect();
    let raw = |i: usize| ws.get(i).map_or("", |w| &text[w.start..w.end]);
    let capital = |i: usize| raw(i).starts_with(char::is_uppercase);
    // "NN", "DV": the letters of a kind ("HTX NN"), no name.
    let letters = |i: usize| raw(i).chars().all(char::is_uppercase) && raw(i).chars().count() <= 3;
    let w = &table.import;
    let not_name = |i: usize| {
        let at = |list: &[String]| list.iter().any(|p| matches_at(&keys, i, &phrase(p)));
        at(&w.national) || at(&w.not_places) || w.province.iter().any(|p| matches_at(&keys, i, p))
    };
    let in_union = |i: usize, n: usize| {
        w.union.iter().any(|u| {
            let u = phrase(u);
            (0..=i).any(|j| j + u.len() >= i + n && matches_at(&keys, j, &u))
        })
    };
    let several = |i: usize| i > 0 && table.sector.several.iter().any(|p| fold(p) == keys[i - 1]);
    let noun_after = table.numbers.noun_after;
    (0..ws.len()).rev().find_map(|i| {
        let n = noun_at(&keys, i, table);
        if n == 0 || in_union(i, n) || several(i) {
            return None;
        }
        let end = i + n;
        let found = if noun_after {
            capital(end) && !letters(end) && !not_name(end)
        } else {
            // "Tay Bac Cooperative" (not "The Cooperative" opening a sentence, nor
            // "Cooperative Alliance").
            capital(i)
                && i > 0
                && capital(i - 1)
                && i > 1
                && !matches!(raw(i - 2), "." | "!" | "?")
                && !capital(end)
                && !not_name(i - 1)
        };
        found.then(|| {
            let from = if noun_after {
                ws[i].start
            } else {
                ws[i - 1].start
            };
            let to = if noun_after {
                ws[end].end
            } else {
                ws[end - 1].end
            };
            (&text[from..to], to)
        })
    })
}
