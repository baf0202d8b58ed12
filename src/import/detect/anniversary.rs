//! The year of a day written without one, from the anniversary its sentence celebrates:
//! "on April 9 organised a conference … on the occasion of the 13th anniversary of
//! Vietnam Cooperative Day (April 11, 2011-2024)" is a day of 2024, the span's last year.

use super::Lang;
use crate::import::text::{Folded, Segments};

/// The last year of an anniversary's span in the sentence of the day quoted: a word of
/// anniversaries (the table's `anniversary`), then two years or more, the last its
/// end ("(14/4/1994 - 14/4/2024)"). None without a span: "kỷ niệm Ngày HTX Việt Nam"
/// names no year.
pub fn anniversary_year(text: &str, quote: &str, lang: Lang) -> Option<i32> {
    let at = text.find(quote)?;
    let f = Folded::new(text);
    let seg = Segments::new(&f.text);
    let sentence = seg.sentence(f.from_orig(at));
    let words = &crate::import::timewords::of(lang).anniversary;
    let &(_, e, _) = f.find_any(words, sentence.clone()).first()?;
    let years: Vec<i32> = f.text[e..sentence.end]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (1800..=2100).contains(y))
        .collect();
    (years.len() >= 2)
        .then(|| years.iter().copied().max())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_takes_the_last_year_of_the_anniversary_its_sentence_celebrates() {
        let vi = "Chiều 12/4, Liên minh HTX tỉnh tổ chức kỷ niệm 30 năm Ngày thành lập (14/4/1994 - 14/4/2024).";
        assert_eq!(anniversary_year(vi, "Chiều 12/4", Lang::Vi), Some(2024));
        let en = "On April 9, the alliance honoured 27 collectives on the 13th anniversary of Vietnam Cooperative Day (April 11, 2011-2024).";
        assert_eq!(anniversary_year(en, "April 9", Lang::En), Some(2024));
        // No span, a founding year alone, or an anniversary in another sentence.
        let vi = "Ngày 11-4, Liên minh HTX tỉnh tổ chức họp mặt kỷ niệm Ngày HTX Việt Nam.";
        assert_eq!(anniversary_year(vi, "Ngày 11-4", Lang::Vi), None);
        let en = "On April 9, the alliance marked the anniversary of its founding in 1994.";
        assert_eq!(anniversary_year(en, "April 9", Lang::En), None);
        let en = "On April 9, the alliance met its members. It celebrated the 30th anniversary of its founding (1994-2024) in May.";
        assert_eq!(anniversary_year(en, "April 9", Lang::En), None);
    }
}
