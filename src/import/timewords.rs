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
    pub anniversary: Vec<&'static str>,
    pub year_start: Vec<&'static str>,
    /// Right before a year, the end a plan looks to ("den").
    pub horizon: Vec<&'static str>,
    pub part: Vec<&'static str>,
    pub rise: Vec<&'static str>,
    pub term: Vec<&'static str>,
    pub congress: Vec<&'static str>,
    pub resolution_of: Vec<&'static str>,
    pub future: Vec<&'static str>,
    pub effect: Vec<&'static str>,
    pub document: Vec<&'static str>,
    pub issues: Vec<&'static str>,
    pub second_half: Vec<&'static str>,
    pub later_part: Vec<&'static str>,
    pub term_after: Vec<&'static str>,
    pub span_end: Vec<&'static str>,
    pub founded: Vec<&'static str>,
    pub founds: Vec<&'static str>,
    pub told: Vec<&'static str>,
    pub reported: Vec<&'static str>,
    pub own: Vec<&'static str>,
    pub body_after: Vec<&'static str>,
    pub not_body: Vec<&'static str>,
    pub day_dash: Vec<&'static str>,
    pub as_of_day: Vec<&'static str>,
    /// Between a period's words and its year ("nam", "of").
    pub year_link: Vec<&'static str>,
    /// The page's year right after a period's words: `this_year`, a phrase of a year's
    /// word and a word of `this_year_after` ("nam nay") as that word alone ("nay"), then
    /// every language's `this_year_after`.
    pub this_year_after: Vec<&'static str>,
    /// After a number of years, the years a law has been implemented ("nam thi hanh").
    pub implementing: Vec<&'static str>,
    /// Before that number of years, more than them ("hon", "more than").
    pub more_than: Vec<&'static str>,
    /// As written, lowercased: sets aims though it folds as a level word ("đặt").
    pub sets_aims: Vec<&'static str>,
    /// Letters glued to a day's number ("er" of "1er").
    pub day_ordinal: Vec<&'static str>,
    /// The noun of a month before its number ("thang").
    pub month_noun: Vec<&'static str>,
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

/// Words of time `import` reads in a text of any language (a Vietnamese day's words
/// in an English article), from every table, as `page` does.
pub struct Shared {
    /// Between a period's words and its year ("nam", "of", "the year", "de", "tahun").
    pub year_link: Vec<&'static str>,
    /// After a period's words ending with a year's word, the page's year ("nay").
    pub this_year_after: Vec<&'static str>,
    /// The noun of a day before its number ("ngay").
    pub day_noun: Vec<&'static str>,
    /// The word linking the words before a day to it ("tu", "on", "le", "pada").
    pub day_link: Vec<&'static str>,
    /// Letters glued to a day's number ("st", "er").
    pub day_ordinal: Vec<&'static str>,
    /// The noun of a month before its number ("thang").
    pub month_noun: Vec<&'static str>,
    /// The marks of a twelve-hour clock ("am", "pm").
    pub twelve_hour: Vec<&'static str>,
    /// Words written short with a period before a number ("no" of "No. 231"): the
    /// tables' `rank_before` phrases of a word and a period.
    pub number_sign: Vec<&'static str>,
}

const LANGS: [Lang; 4] = [Lang::Vi, Lang::En, Lang::Fr, Lang::Ms];

fn table(l: Lang) -> &'static crate::lang_tables::LangTable {
    &crate::lang_tables::for_lang(l.code()).table
}

/// Every built-in language's words of time read in any text.
pub fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let all = |f: fn(&'static crate::lang_tables::LangTable) -> &'static [String]| {
            LANGS.iter().flat_map(|l| strs(f(table(*l)))).collect()
        };
        Shared {
            year_link: all(|t| &t.period.year_link),
            this_year_after: all(|t| &t.period.this_year_after),
            day_noun: all(|t| &t.period.day_noun),
            day_link: all(|t| &t.period.day_link),
            day_ordinal: all(|t| &t.page.day_ordinal),
            month_noun: all(|t| &t.page.month_noun),
            twelve_hour: all(|t| &t.page.twelve_hour),
            number_sign: LANGS
                .iter()
                .flat_map(|l| &table(*l).rank_before)
                .filter_map(|p| match p.as_slice() {
                    [w, dot] if dot == "." => Some(w.as_str()),
                    _ => None,
                })
                .collect(),
        }
    })
}

/// `this_year`'s phrases as read right after a period's words: "nam nay" is "nay"
/// there, the year's word already read; then every language's words of it.
fn this_year_after(this_year: &'static [String]) -> Vec<&'static str> {
    let after = &shared().this_year_after;
    let short = this_year.iter().map(|p| {
        p.split_once(' ')
            .filter(|(first, rest)| shared().year_link.contains(first) && after.contains(rest))
            .map_or(p.as_str(), |(_, rest)| rest)
    });
    short.chain(after.iter().copied()).collect()
}

fn strs(list: &'static [String]) -> Vec<&'static str> {
    list.iter().map(String::as_str).collect()
}

pub fn of(lang: Lang) -> &'static TimeWords {
    static ALL: OnceLock<Vec<TimeWords>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        LANGS
            .iter()
            .map(|l| {
                let t = table(*l);
                let p = &t.period;
                TimeWords {
                    half: strs(&p.half),
                    as_of: strs(&p.as_of),
                    other: strs(&p.other),
                    this_year: strs(&p.this_year),
                    past_year: strs(&p.past_year),
                    conference: strs(&p.conference),
                    anniversary: strs(&p.anniversary),
                    year_start: strs(&p.year_start),
                    horizon: strs(&p.horizon),
                    part: strs(&p.part),
                    rise: strs(&p.rise),
                    term: strs(&p.term),
                    congress: strs(&p.congress),
                    resolution_of: strs(&p.resolution_of),
                    future: strs(&p.future),
                    effect: strs(&p.effect),
                    document: strs(&p.document),
                    issues: strs(&p.issues),
                    second_half: strs(&p.second_half),
                    later_part: strs(&p.later_part),
                    term_after: strs(&p.term_after),
                    span_end: strs(&p.span_end),
                    founded: strs(&p.founded),
                    founds: strs(&p.founds),
                    told: strs(&p.told),
                    reported: strs(&p.reported),
                    own: strs(&p.own),
                    body_after: strs(&p.body_after),
                    not_body: strs(&p.not_body),
                    day_dash: strs(&p.day_dash),
                    as_of_day: strs(&p.as_of_day),
                    year_link: strs(&p.year_link),
                    this_year_after: this_year_after(&p.this_year),
                    implementing: strs(&p.implementing),
                    more_than: strs(&p.more_than),
                    sets_aims: strs(&p.sets_aims),
                    day_ordinal: strs(&t.page.day_ordinal),
                    month_noun: strs(&t.page.month_noun),
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
        let s = shared();
        assert_eq!(s.year_link, ["nam", "of", "the year", "de", "tahun"]);
        assert_eq!(s.number_sign, ["no", "no"]);
        assert_eq!(s.day_ordinal, ["st", "nd", "rd", "th", "er"]);
        // "năm nay" after "6 tháng đầu năm" is "nay"; "tahun ini" stays whole.
        assert_eq!(of(Lang::Vi).this_year_after, ["nay", "nay"]);
        assert_eq!(of(Lang::Ms).this_year_after, ["tahun ini", "nay"]);
    }
}
