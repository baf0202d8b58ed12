//! An article about a district: its headline names a district of the text ("Núi Thành
//! có 13 hợp tác xã nông nghiệp", where the text says "huyện Núi Thành") and not the
//! province, so its figures are the district's, not the province's.

use super::found::Found;
use crate::lang_tables::{fold, LangTable};

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
    let w = &table.import;
    let head = folded_words(headline);
    let mut province = w.place_before.iter().chain(&w.place_after);
    if province.any(|p| contains(&head, &split(p))) || contains(&head, &folded_words(region)) {
        return;
    }
    let Some(name) = districts(body, table)
        .into_iter()
        .find(|d| contains(&head, d))
    else {
        return;
    };
    let why = format!("the headline is about the district {}", name.join(" "));
    for f in found.iter_mut().filter(|f| f.doubt.is_none()) {
        f.doubt = Some(why.clone());
    }
}

/// The names the text gives districts: capitalised words right after a word of a
/// district ("huyện Núi Thành") or right before one ("Tan Lac district"), folded.
fn districts(body: &str, table: &LangTable) -> Vec<Vec<String>> {
    let raw: Vec<&str> = body.split_whitespace().collect();
    let words: Vec<String> = raw.iter().map(|w| fold(clean(w))).collect();
    let capital = |i: usize| {
        raw.get(i)
            .is_some_and(|w| clean(w).starts_with(char::is_uppercase))
    };
    let w = &table.import;
    let mut out = Vec::new();
    for p in &w.district_before {
        let p = split(p);
        for i in 0..words.len() {
            if words.get(i..i + p.len()).is_some_and(|s| s == &p[..]) {
                let from = i + p.len();
                let mut to = from;
                while to < words.len() && to - from < 3 && capital(to) {
                    to += 1;
                }
                if to > from {
                    out.push(words[from..to].to_vec());
                }
            }
        }
    }
    for p in &w.district_after {
        let p = split(p);
        for i in 1..words.len() {
            if words.get(i..i + p.len()).is_some_and(|s| s == &p[..]) {
                let mut from = i;
                while from > 0 && i - from < 3 && capital(from - 1) {
                    from -= 1;
                }
                if from < i {
                    out.push(words[from..i].to_vec());
                }
            }
        }
    }
    out
}

fn clean(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

fn split(p: &str) -> Vec<String> {
    p.split(' ').map(str::to_string).collect()
}

fn folded_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(|w| fold(clean(w))).collect()
}

fn contains(ws: &[String], p: &[String]) -> bool {
    !p.is_empty() && ws.windows(p.len()).any(|w| w == p)
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
