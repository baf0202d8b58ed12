//! A site setting written once or once per language: `title: Reports`, or
//! `title: {vi: Báo cáo đại hội, en: Conference reports}`. Each language's tree
//! shows its own text.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

/// One text, or one text per language code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Localized {
    One(String),
    ByLang(BTreeMap<String, String>),
}

impl Default for Localized {
    fn default() -> Self {
        Localized::One(String::new())
    }
}

impl From<&str> for Localized {
    fn from(s: &str) -> Self {
        Localized::One(s.to_string())
    }
}

impl Localized {
    /// The text for `lang`: its own, else its primary language's (`vi` for `vi-VN`),
    /// else `fallback`'s, else English, else the first written.
    pub fn get(&self, lang: &str, fallback: &str) -> String {
        match self {
            Localized::One(s) => s.clone(),
            Localized::ByLang(m) => [lang, crate::lang::primary(lang), fallback, "en"]
                .iter()
                .find_map(|l| m.get(*l))
                .or_else(|| m.values().next())
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// The keys that are not language codes, each with why and the likely one.
    pub fn bad_keys(&self) -> Vec<crate::lang::BadLang> {
        match self {
            Localized::One(_) => Vec::new(),
            Localized::ByLang(m) => m
                .keys()
                .filter_map(|k| crate::lang::check(k).err())
                .collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            One(String),
            ByLang(BTreeMap<String, String>),
        }
        match Raw::deserialize(d) {
            Ok(Raw::One(s)) => Ok(Localized::One(s)),
            Ok(Raw::ByLang(m)) => Ok(Localized::ByLang(m)),
            Err(_) => Err(serde::de::Error::custom(
                "write one text, or one text per language: {vi: \"…\", en: \"…\"}",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_gets_its_text_or_the_nearest() {
        let t: Localized =
            serde_yaml::from_str("{vi: Báo cáo, en: Reports, fr: Rapports}").unwrap();
        assert_eq!(t.get("vi", "vi"), "Báo cáo");
        assert_eq!(t.get("fr-FR", "vi"), "Rapports");
        assert_eq!(t.get("ms", "vi"), "Báo cáo");
        let one: Localized = serde_yaml::from_str("Reports").unwrap();
        assert_eq!(one.get("vi", "vi"), "Reports");
        let bad: Localized = serde_yaml::from_str("{vn: Báo cáo}").unwrap();
        assert_eq!(bad.bad_keys()[0].help, "Vietnamese is `vi`");
        assert!(serde_yaml::from_str::<Localized>("[a, b]").is_err());
    }
}
