//! The charts' own sentences (source lines, the CSV link, titles of single figures),
//! from the interface words (`chart_*` in themes/default/i18n/*.yaml, which a site
//! may replace like any other word).

use crate::i18n::Locale;

/// One chart sentence (`chart_<key>` in the interface words), "" for a key the words
/// lack, which the tests rule out.
pub fn word<'l>(loc: &'l Locale, key: &str) -> &'l str {
    loc.get(&format!("chart_{key}"))
}

/// `items` joined as a list in a sentence: "A, b and c" (a capital kept only where
/// the next letter is a capital too, as in "OCOP").
pub fn list(loc: &Locale, items: &[String]) -> String {
    let lower = |s: &String| {
        let mut c = s.chars();
        match (c.next(), c.next()) {
            (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
                a.to_lowercase().chain(s.chars().skip(1)).collect()
            }
            _ => s.clone(),
        }
    };
    let items: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(i, s)| if i == 0 { s.clone() } else { lower(s) })
        .collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), word(loc, "and")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_word() {
        assert_eq!(word(&Locale::new("vi-VN"), "and"), "và");
        assert_eq!(word(&Locale::new("de"), "and"), "and");
        assert!(!word(&Locale::new("ms"), "source_many").is_empty());
        let three = ["Ab".to_string(), "Bc".into(), "OCOP".into()];
        assert_eq!(list(&Locale::new("fr"), &three), "Ab, bc et OCOP");
    }
}
