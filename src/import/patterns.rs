//! The languages `import` reads, and the words it reads a report's head by, as the
//! language tables ([`crate::lang_tables`], section `import`) give them. Every phrase is
//! folded as [`super::text::Folded`] folds text: lowercase, no diacritics, `’` as `'`
//! ("hoạt động hiệu quả" → "hoat dong hieu qua"), and matched as whole words.

use std::sync::OnceLock;

use crate::lang_tables::ImportWords;

/// The languages `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
    Fr,
    Ms,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ms => "ms",
        }
    }

    /// `vi`, `vi-VN` → Vi; None for languages `import` does not read.
    pub fn from_code(code: &str) -> Option<Lang> {
        match crate::lang::primary(code.trim())
            .to_ascii_lowercase()
            .as_str()
        {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "ms" => Some(Lang::Ms),
            _ => None,
        }
    }

    pub fn patterns(self) -> &'static Patterns {
        static ALL_PATTERNS: OnceLock<[Patterns; 4]> = OnceLock::new();
        let all = ALL_PATTERNS.get_or_init(|| ALL.map(Patterns::of));
        &all[ALL.iter().position(|l| *l == self).unwrap_or(0)]
    }
}

/// One language's words for reading a report's head, from its language table
/// (`src/lang_tables/*.yaml`, section `import`), folded.
pub struct Patterns {
    /// Names of unions and alliances: their "cooperative" counts nothing.
    pub union: Vec<&'static str>,
    pub review: Vec<&'static str>,
    pub next_tasks: Vec<&'static str>,
    pub union_default: &'static str,
    pub function_words: Vec<&'static str>,
}

fn strs(list: &'static [String]) -> Vec<&'static str> {
    list.iter().map(String::as_str).collect()
}

fn table(lang: Lang) -> &'static ImportWords {
    &crate::lang_tables::for_lang(lang.code()).table.import
}

impl Patterns {
    fn of(lang: Lang) -> Patterns {
        let w = table(lang);
        Patterns {
            union: strs(&w.union),
            review: strs(&w.review),
            next_tasks: strs(&w.next_tasks),
            union_default: &w.union_default,
            function_words: strs(&w.function_words),
        }
    }
}

/// The languages' own names, as a machine translation notes them at a line's start.
pub fn language_names() -> impl Iterator<Item = &'static str> {
    ALL.iter()
        .flat_map(|l| table(*l).own_name.iter().map(String::as_str))
}

/// Words after "tỉnh" / "province" that name a person or a body, not a place: the
/// family names and the bodies and articles of every language (folded).
pub fn not_places() -> impl Iterator<Item = &'static str> {
    ALL.iter().flat_map(|l| {
        let w = table(*l);
        w.surnames.iter().chain(&w.not_places).map(String::as_str)
    })
}

/// The country's names in every language (folded): a union named with one is the
/// national alliance.
pub fn national() -> impl Iterator<Item = &'static str> {
    ALL.iter()
        .flat_map(|l| table(*l).national.iter().map(String::as_str))
}

const ALL: [Lang; 4] = [Lang::Vi, Lang::En, Lang::Fr, Lang::Ms];
