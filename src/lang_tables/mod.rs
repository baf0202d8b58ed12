//! The language tables: one file of data per language (`vi.yaml`, `fr.yaml`,
//! `ms.yaml`, `en.yaml` beside this file), read once. The money reader
//! (`content::amount`), the text reader (`content::reader`), `import` and number
//! formatting (`numfmt`) all take their words from here. A language is added with one
//! more table: [`add`] reads one from YAML text at run time.

mod detect;
mod elisions;
mod ids;
mod import_words;
mod lexicon;
mod money_words;
mod page_words;
mod period_words;
mod shown;
mod table;
mod time_words;
mod words;

use std::sync::{OnceLock, RwLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

pub use detect::{fold_char, language_of, read_with};
pub use ids::{PhraseIds, Phrases, TimePhrases, NO_ID};
pub use import_words::ImportWords;
pub use lexicon::{starts_with, Lexicon};
pub use money_words::MoneyWords;
pub use page_words::PageWords;
pub use period_words::PeriodWords;
pub use shown::{DateWords, PlaceNameWords};
pub use table::{LangTable, Numbers, Scale};
pub use time_words::TimeWords;
pub use words::{
    aside_close, first_phrase_at, fold, has_phrase, last_phrase_after, last_phrase_at, matches_at,
    phrase, phrase_at, starts_with_digit, words, words_into, written, Phrase, Word, ASIDE_WORDS,
};

/// A language: its table and the money words the money reader uses with it.
#[derive(Debug)]
pub struct Lang {
    pub table: LangTable,
    pub lexicon: &'static Lexicon,
    /// Finds the table's number words (`numbers.words`) in a text, in any case; None
    /// for a table without them.
    pub number_words: Option<AhoCorasick>,
    /// The letters only this table writes (`import.letters`), sorted: a text is told to
    /// be in the language by them ([`language_of`]).
    letters: Vec<char>,
    /// The table's common words (`import.function_words`, folded), each of at most
    /// [`detect::PACKED`] bytes as one number, sorted; and those longer (or empty, which
    /// no word of a text is), as written.
    common: (Vec<u64>, Vec<String>),
}

impl Lang {
    fn new(table: LangTable, lexicon: &'static Lexicon) -> &'static Lang {
        let words = table.numbers.words.keys();
        let number_words = (!table.numbers.words.is_empty()).then(|| {
            // Leftmost: a word's start is never passed over for a match inside it.
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostFirst)
                .kind(Some(AhoCorasickKind::DFA))
                .build(words)
                .expect("a few short words always build")
        });
        let mut letters: Vec<char> = table.import.letters.chars().collect();
        letters.sort_unstable();
        let (mut packed, mut long) = (Vec::new(), Vec::new());
        for w in &table.import.function_words {
            match detect::packed(w.as_bytes()) {
                Some(p) => packed.push(p),
                None => long.push(w.clone()),
            }
        }
        packed.sort_unstable();
        Box::leak(Box::new(Lang {
            table,
            lexicon,
            number_words,
            letters,
            common: (packed, long),
        }))
    }

    /// Whether `c`, lowercased, is among the letters only this table writes.
    fn owns(&self, c: char) -> bool {
        let own = |l: char| self.letters.binary_search(&l).is_ok();
        // A lowercase letter is its own lowercase (a test of detect.rs checks every
        // one): most letters of a text are looked up once.
        !self.letters.is_empty() && (own(c) || !c.is_lowercase() && c.to_lowercase().any(own))
    }
}

const SOURCES: [(&str, &str); 4] = [
    ("vi", include_str!("vi.yaml")),
    ("fr", include_str!("fr.yaml")),
    ("ms", include_str!("ms.yaml")),
    ("en", include_str!("en.yaml")),
];

struct BuiltIn {
    langs: Vec<&'static Lang>,
    en: &'static Lang,
}

fn built_in() -> &'static BuiltIn {
    static BUILT_IN: OnceLock<BuiltIn> = OnceLock::new();
    BUILT_IN.get_or_init(|| {
        let tables: Vec<LangTable> = SOURCES
            .iter()
            .map(|(code, text)| {
                // The tables are part of the program: tests read each of them.
                LangTable::from_yaml(text).unwrap_or_else(|e| panic!("{code}.yaml: {e}"))
            })
            .collect();
        let lexicon: &'static Lexicon = Box::leak(Box::new(Lexicon::of(&tables)));
        let langs: Vec<&'static Lang> = tables
            .into_iter()
            .map(|table| Lang::new(table, lexicon))
            .collect();
        let en = *langs
            .iter()
            .find(|l| l.table.code == "en")
            .expect("en.yaml");
        BuiltIn { langs, en }
    })
}

fn added() -> &'static RwLock<Vec<&'static Lang>> {
    static ADDED: OnceLock<RwLock<Vec<&'static Lang>>> = OnceLock::new();
    ADDED.get_or_init(|| RwLock::new(Vec::new()))
}

fn answers(lang: &Lang, code: &str) -> bool {
    lang.table.code == code || lang.table.aliases.iter().any(|a| a == code)
}

/// The language of a BCP 47 tag (`vi`, `vi-VN`, `fra`), or None when no table has it.
pub fn find(tag: &str) -> Option<&'static Lang> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default().trim();
    let code = primary.to_ascii_lowercase();
    if let Some(l) = built_in().langs.iter().find(|l| answers(l, &code)) {
        return Some(l);
    }
    let added = added().read().unwrap_or_else(|e| e.into_inner());
    added.iter().find(|l| answers(l, &code)).copied()
}

/// Whether `key` (a folded word) names a month in `table` or in English ("july",
/// "juillet", "dec"): reports in any language may date in English.
pub fn is_month(table: &LangTable, key: &str) -> bool {
    let names = |t: &LangTable| t.page.months.iter().flatten().any(|n| n == key);
    names(table) || names(&built_in().en.table)
}

/// The language of a tag; English for languages no table has.
pub fn for_lang(tag: &str) -> &'static Lang {
    find(tag).unwrap_or(built_in().en)
}

/// The built-in languages, in the order of [`SOURCES`].
pub fn all() -> &'static [&'static Lang] {
    &built_in().langs
}

/// Adds a language from its table's YAML text; reports in it are then read with it
/// (its money words added to those of the built-in languages). Err when the table
/// cannot be read or its code is taken.
pub fn add(yaml: &str) -> Result<&'static Lang, String> {
    let parsed = LangTable::parse(yaml)?;
    if let Some(l) = find(parsed.code()) {
        return Err(format!("a table for `{}` exists already", l.table.code));
    }
    // Its elisions join those of every table; its own phrases are cut with them.
    elisions::add(parsed.elisions());
    let table = LangTable::cut(parsed);
    let tables = all().iter().map(|l| &l.table).chain([&table]);
    let lexicon: &'static Lexicon = Box::leak(Box::new(Lexicon::of(tables)));
    let lang = Lang::new(table, lexicon);
    added()
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .push(lang);
    Ok(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_reads_and_answers_its_codes() {
        for (code, _) in SOURCES {
            assert_eq!(for_lang(code).table.code, code);
        }
        assert_eq!(for_lang("vi-VN").table.code, "vi");
        assert_eq!(for_lang("fra").table.code, "fr");
        assert_eq!(for_lang("zsm").table.code, "ms");
        assert_eq!(for_lang("de").table.code, "en");
        assert!(find("de").is_none());
        let vi = &for_lang("vi").table;
        assert_eq!(vi.numbers.decimal, ',');
        assert_eq!(vi.scale_words(1_000_000_000), Some(("tỷ", "tỷ")));
        let lex = for_lang("vi").lexicon;
        assert_eq!(lex.scale("ty"), Some(1_000_000_000));
        assert_eq!(lex.scale("milliards"), Some(1_000_000_000));
        assert_eq!(lex.currency(&["dong"], "đồng"), Some(("VND", 1)));
        assert_eq!(lex.currency(&["d"], "đ"), Some(("VND", 1)));
        assert_eq!(lex.currency(&["d"], "d"), None);
        assert_eq!(lex.currency(&["us", "$"], "US"), Some(("USD", 2)));
    }

    #[test]
    fn a_broken_table_says_what_is_wrong() {
        let e = LangTable::from_yaml("code: xx\nname: X\nnumbers: {decimal: ','}\n").unwrap_err();
        assert!(e.contains("groups"), "{e}");
        assert!(add(SOURCES[0].1).unwrap_err().contains("exists already"));
        let months = "code: xx\nname: X\nnumbers: {decimal: ',', groups: ['.'], group_out: '.', example: ''}\nscales: []\nmoney: {}\npage: {months: [[jan]]}\n";
        let e = LangTable::from_yaml(months).unwrap_err();
        assert!(e.contains("twelve"), "{e}");
    }
}
