//! The language of an article, as the language tables tell it
//! ([`crate::lang_tables::language_of`]), among those `import` reads.

use crate::import::patterns::Lang;

/// The language of a text: Vietnamese by its letters, the others by their commonest
/// words; None for a text in another script or in Latin letters with few of those
/// words (import reads none of those, and a draft must not call it English).
pub fn language(text: &str) -> Option<Lang> {
    crate::lang_tables::language_of(text).and_then(|l| Lang::from_code(&l.table.code))
}
