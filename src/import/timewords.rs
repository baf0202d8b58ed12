//! The words that say when, from the language tables ([`crate::lang_tables`], their
//! `period` and `page` sections): which period a report reviews, a news page's stamp
//! and its own lines. Folded as [`super::text::Folded`] folds text (lowercase, no
//! diacritics) and matched as whole words. Read once per language.

use std::sync::OnceLock;

use super::patterns::Lang;

/// The words of one language about the period under review.
pub struct TimeWords {
    pub half: Vec<&'static str>,
    pub as_of: Vec<&'static str>,
    pub other: Vec<&'static str>,
    pub this_year: Vec<&'static str>,
    pub past_year: Vec<&'static str>,
    pub conference: Vec<&'static str>,
    pub year_start: Vec<&'static str>,
    pub part: Vec<&'static str>,
    pub rise: Vec<&'static str>,
    pub term: Vec<&'static str>,
    pub congress: Vec<&'static str>,
    pub future: Vec<&'static str>,
    pub effect: Vec<&'static str>,
    pub second_half: Vec<&'static str>,
    pub term_after: Vec<&'static str>,
    pub span_end: Vec<&'static str>,
    pub founded: Vec<&'static str>,
    pub founds: Vec<&'static str>,
    pub told: Vec<&'static str>,
    pub day_dash: Vec<&'static str>,
    pub as_of_day: Vec<&'static str>,
}

/// A news page's words in every language: a page copied from a site in one language
/// may carry another's buttons ("Chia sẻ" above an English translation).
pub struct PageWords {
    pub stamp: Vec<&'static str>,
    pub lines: Vec<&'static str>,
    pub prefixes: Vec<&'static str>,
    /// Month names, folded, with their number.
    pub months: Vec<(&'static str, u32)>,
    /// A byline's words before the day a page was published ("ngay dang", "posted").
    pub byline: Vec<&'static str>,
    /// The start of a site's own line above an article ("trang chu", "sign in").
    pub site: Vec<&'static str>,
}

const LANGS: [Lang; 4] = [Lang::Vi, Lang::En, Lang::Fr, Lang::Ms];

fn strs(list: &'static [String]) -> Vec<&'static str> {
    list.iter().map(String::as_str).collect()
}

pub fn of(lang: Lang) -> &'static TimeWords {
    static ALL: OnceLock<Vec<TimeWords>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        LANGS
            .iter()
            .map(|l| {
                let p = &crate::lang_tables::for_lang(l.code()).table.period;
                TimeWords {
                    half: strs(&p.half),
                    as_of: strs(&p.as_of),
                    other: strs(&p.other),
                    this_year: strs(&p.this_year),
                    past_year: strs(&p.past_year),
                    conference: strs(&p.conference),
                    year_start: strs(&p.year_start),
                    part: strs(&p.part),
                    rise: strs(&p.rise),
                    term: strs(&p.term),
                    congress: strs(&p.congress),
                    future: strs(&p.future),
                    effect: strs(&p.effect),
                    second_half: strs(&p.second_half),
                    term_after: strs(&p.term_after),
                    span_end: strs(&p.span_end),
                    founded: strs(&p.founded),
                    founds: strs(&p.founds),
                    told: strs(&p.told),
                    day_dash: strs(&p.day_dash),
                    as_of_day: strs(&p.as_of_day),
                }
            })
            .collect()
    });
    &all[LANGS.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// The page words of all built-in languages.
pub fn page() -> &'static PageWords {
    static PAGE: OnceLock<PageWords> = OnceLock::new();
    PAGE.get_or_init(|| {
        let mut w = PageWords {
            // Separators a stamp is written with besides its words.
            stamp: vec!["-", "|"],
            lines: Vec::new(),
            prefixes: Vec::new(),
            months: Vec::new(),
            byline: Vec::new(),
            site: Vec::new(),
        };
        for l in LANGS {
            let p = &crate::lang_tables::for_lang(l.code()).table.page;
            w.stamp.extend(strs(&p.stamp));
            w.lines.extend(strs(&p.lines));
            w.prefixes.extend(strs(&p.prefixes));
            w.byline.extend(strs(&p.byline));
            w.site.extend(strs(&p.site));
            for (i, names) in p.months.iter().enumerate() {
                let n = u32::try_from(i + 1).unwrap_or(0);
                w.months.extend(names.iter().map(|s| (s.as_str(), n)));
            }
        }
        w
    })
}

/// The month a folded name stands for ("december", "dec", "janvier", "mac").
pub fn month(name: &str) -> Option<u32> {
    page()
        .months
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, m)| *m)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_give_the_words_of_time_and_of_pages() {
        assert_eq!(month("december"), Some(12));
        assert_eq!(month("dec"), Some(12));
        assert_eq!(month("decembre"), Some(12));
        assert_eq!(month("ogos"), Some(8));
        assert_eq!(month("thang"), None);
        assert!(of(Lang::Vi).half.contains(&"6 thang dau nam"));
        assert!(of(Lang::Fr).as_of.contains(&"jusqu'a fin"));
        assert!(!of(Lang::En).half.contains(&"6 thang dau nam"));
        let p = page();
        assert!(p.lines.contains(&"chia se") && p.lines.contains(&"share"));
        assert!(p.prefixes.contains(&"anh minh hoa") && p.stamp.contains(&"cap nhat:"));
    }
}
