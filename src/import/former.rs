//! A former province's figures, not the region's: since the merger of 1 July 2025 a
//! text names the provinces a region was formed from ("Riêng tỉnh Kon Tum (cũ) hiện có
//! 235 HTX nông nghiệp", "the former Kon Tum province has …"); a number said of one of
//! them is one part of the region.

use super::found::Found;
use crate::content::reader::sentence_range;
use crate::lang_tables::{has_phrase, last_phrase_at, phrase, LangTable};

/// At most this many words between the word of a former province and a number that is
/// its ("tỉnh Lào Cai (cũ) hỗ trợ thành lập 14 HTX").
const NEAR: usize = 5;

/// The first year whose review is of a merged region: before it a former province was
/// a region itself.
const MERGED_FROM: i32 = 2025;

/// Every figure a few words after a word of a former province in its sentence gets the
/// doubt of a part, unless the text reviews a year before the merger and the words
/// before it name `region` (a review of Kon Tum's 2024 written after the merger).
pub fn of_a_former_province(
    found: &mut [Found],
    body: &str,
    (region, year): (&str, Option<i32>),
    table: &LangTable,
) {
    let former = &table.import.former;
    if former.is_empty() {
        return;
    }
    let region = phrase(region);
    for f in found.iter_mut().filter(|f| f.doubt.is_none()) {
        let lead = phrase(&body[sentence_range(body, f.pos).start..f.pos]);
        let Some((at, len)) = last_phrase_at(&lead, former).map(|(i, p)| (i, p.len())) else {
            continue;
        };
        if lead.len() - (at + len) > NEAR {
            continue;
        }
        let own = has_phrase(&lead, std::slice::from_ref(&region));
        if own && year.is_some_and(|y| y < MERGED_FROM) {
            continue;
        }
        let named = lead[at.saturating_sub(3)..(at + len + 3).min(lead.len())].join(" ");
        f.doubt = Some(format!(
            "said of a province the region was formed from (\"{named}\"): a part of it"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::found::{Section, Val};

    fn found(body: &str, n: &str) -> Found {
        Found {
            section: Section::Figures,
            key: "cooperatives_agricultural",
            val: Val::Count(n.replace('.', "").parse().unwrap()),
            quote: String::new(),
            strong: true,
            pos: body.find(n).unwrap(),
            doubt: None,
        }
    }

    fn read(body: &str, n: &str, region: &str, year: i32) -> Option<String> {
        let table = &crate::lang_tables::for_lang("vi").table;
        let mut f = [found(body, n)];
        of_a_former_province(&mut f, body, (region, Some(year)), table);
        f[0].doubt.clone()
    }

    #[test]
    fn a_count_of_a_former_province_is_a_part_of_the_merged_one() {
        let body = "Toàn tỉnh có 1.200 HTX. Riêng tỉnh Kon Tum (cũ) hiện có 235 HTX nông nghiệp.";
        let why = read(body, "235", "Quảng Ngãi", 2025).expect("left out");
        assert!(why.contains("kon tum ( cu )"), "{why}");
        assert_eq!(read(body, "1.200", "Quảng Ngãi", 2025), None);
        // Lào Cai (cũ) is a part of the new Lào Cai too.
        let body = "Trong đó, tỉnh Lào Cai (cũ) hỗ trợ thành lập 14 HTX.";
        assert!(read(body, "14", "Lào Cai", 2025).is_some());
    }

    #[test]
    fn a_review_of_the_former_province_itself_keeps_its_count() {
        let body = "Năm 2024, tỉnh Kon Tum (cũ) có 235 HTX nông nghiệp.";
        assert_eq!(read(body, "235", "Kon Tum", 2024), None);
        assert!(read(body, "235", "Quảng Ngãi", 2024).is_some());
    }

    #[test]
    fn a_word_of_a_former_province_far_before_the_number_is_not_its() {
        let body = "Liên minh HTX hai tỉnh Cà Mau và Bạc Liêu (cũ) họp mặt nguyên lãnh đạo để trao đổi về kết quả hoạt động của 600 HTX.";
        assert_eq!(read(body, "600", "Cà Mau", 2025), None);
    }
}
