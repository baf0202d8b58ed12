//! How a report's language writes numbers and money: a handle on its language table
//! (`crate::lang_tables`), read by the money reader (`content::amount`) and the text
//! reader alike.

use crate::lang_tables::{self, Lang, Lexicon};

/// How a report's language writes numbers and money: its language table.
#[derive(Clone, Copy)]
pub struct Notation(&'static Lang);

impl std::fmt::Debug for Notation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Notation({})", self.0.table.code)
    }
}

impl PartialEq for Notation {
    fn eq(&self, other: &Notation) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Notation {}

impl Notation {
    /// The notation of a BCP 47 language tag: `vi`, `vi-VN` -> Vietnamese; English
    /// for languages no table has.
    pub fn for_lang(lang: &str) -> Notation {
        Notation(lang_tables::for_lang(lang))
    }

    /// The notation of a language.
    pub fn of(lang: &'static Lang) -> Notation {
        Notation(lang)
    }

    /// The language's table.
    pub fn lang(self) -> &'static Lang {
        self.0
    }

    /// The primary language code (`vi`).
    pub fn code(self) -> &'static str {
        &self.0.table.code
    }

    pub fn decimal_mark(self) -> char {
        self.0.table.numbers.decimal
    }

    pub fn is_group_sep(self, c: char) -> bool {
        self.0.table.is_group_sep(c)
    }

    pub(crate) fn words(self) -> &'static Lexicon {
        self.0.lexicon
    }

    /// How this notation writes numbers, for error messages.
    pub(crate) fn rule(self) -> String {
        let t = &self.0.table;
        let quoted = |c: &char| match c {
            ' ' => "a space".to_string(),
            c if c.is_whitespace() => String::new(),
            c => format!("\"{c}\""),
        };
        let groups: Vec<String> = t
            .numbers
            .groups
            .iter()
            .map(quoted)
            .filter(|s| !s.is_empty())
            .collect();
        let mark = self.decimal_mark();
        format!(
            "in {} \"{mark}\" is the decimal mark and {} groups exactly 3 digits",
            t.name,
            groups.join(" or ")
        )
    }

    /// Forms that work, for error messages.
    pub(crate) fn example(self) -> &'static str {
        &self.0.table.numbers.example
    }
}
