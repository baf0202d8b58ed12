//! An amount's text split into numbers (with the separators its notation allows),
//! words (folded: lowercase, no diacritics) and symbols.

use super::Notation;
use crate::lang_tables;

/// One piece of the text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    /// Digits with the separators the notation allows between them.
    Num(String),
    /// Letters; `key` is lowercase without diacritics ("Tỷ" -> "ty").
    Word {
        raw: String,
        key: String,
    },
    Sym(char),
}

impl Tok {
    pub(super) fn word(raw: &str) -> Tok {
        let key = lang_tables::fold(raw);
        Tok::Word {
            raw: raw.to_string(),
            key,
        }
    }

    /// The folded word, or a currency's or a period's symbol; "" for anything else.
    pub(super) fn key(&self) -> &str {
        match self {
            Tok::Word { key, .. } => key,
            Tok::Sym('/') => "/",
            Tok::Sym('$') => "$",
            Tok::Sym('₫') => "₫",
            Tok::Sym('€') => "€",
            _ => "",
        }
    }

    pub(super) fn raw(&self) -> &str {
        match self {
            Tok::Word { raw, .. } => raw,
            _ => self.key(),
        }
    }

    pub(super) fn text(&self) -> String {
        match self {
            Tok::Num(raw) | Tok::Word { raw, .. } => raw.clone(),
            Tok::Sym(c) => c.to_string(),
        }
    }
}

/// Splits text into numbers, words and symbols.
pub(super) fn tokenize(text: &str, notation: Notation) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_ascii_digit() {
            while at(i).is_ascii_digit()
                || ((notation.is_group_sep(at(i)) || at(i) == notation.decimal_mark())
                    && at(i + 1).is_ascii_digit())
            {
                i += 1;
            }
            toks.push(Tok::Num(chars[start..i].iter().collect()));
        } else if c.is_alphabetic() {
            while at(i).is_alphabetic()
                || (matches!(at(i), '-' | '\'' | '’') && at(i + 1).is_alphabetic())
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            match word.char_indices().nth(2) {
                // "d'euros": the elided "de", then the word.
                Some((n, _))
                    if matches!(word.get(..1), Some("d" | "D")) && "'’".contains(at(start + 1)) =>
                {
                    toks.push(Tok::word(&word[..n]));
                    toks.push(Tok::word(&word[n..]));
                }
                _ => toks.push(Tok::word(&word)),
            }
        } else {
            if !c.is_whitespace() {
                toks.push(Tok::Sym(c));
            }
            i += 1;
        }
    }
    toks
}
