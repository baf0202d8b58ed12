//! The words of the interface in each language (en, fr, ms and vi built in, one file
//! each in themes/default/i18n/; a site adds or replaces words and languages in
//! `i18n/<lang>.yaml`), handed to templates as `t`, and how each language writes
//! dates and numbers: one [`Locale`] for pages and charts alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::diagnostics::Diagnostic;

use crate::lang::primary;
use crate::numfmt::NumFormat;

/// The default theme's words, one file per language (themes/default/i18n/*.yaml).
pub const BUILT_IN: [(&str, &str); 4] = [
    ("en", include_str!("../themes/default/i18n/en.yaml")),
    ("fr", include_str!("../themes/default/i18n/fr.yaml")),
    ("ms", include_str!("../themes/default/i18n/ms.yaml")),
    ("vi", include_str!("../themes/default/i18n/vi.yaml")),
];

/// Words by language, then by key.
pub type Tables = BTreeMap<String, BTreeMap<String, String>>;

/// The built-in tables, read once.
pub fn built_in() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        BUILT_IN
            .iter()
            .map(|(lang, text)| {
                let table =
                    serde_yaml::from_str(text).expect("the built-in i18n files are valid YAML");
                (lang.to_string(), table)
            })
            .collect()
    })
}

/// The interface words of a site: the built-in ones, then the theme's `i18n/` and
/// the site's `i18n/` (`i18n/<lang>.yaml`), later ones adding or replacing words.
/// A file named by something that is not a language code (`i18n/vn.yaml`) is read
/// but no page would use it: a warning in `warnings` names the likely code.
pub fn load_tables(
    root: &Path,
    theme: &str,
    warnings: &mut Vec<Diagnostic>,
) -> (Tables, Vec<Diagnostic>) {
    let mut tables = built_in().clone();
    let mut errors = Vec::new();
    let theme_dir = Path::new("themes").join(theme).join("i18n");
    for dir in [theme_dir, PathBuf::from("i18n")] {
        let Ok(entries) = std::fs::read_dir(root.join(&dir)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        files.sort();
        let yaml = |f: &&PathBuf| f.extension().is_some_and(|e| e == "yaml" || e == "yml");
        for file in files.iter().filter(yaml) {
            let lang = file
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let shown = dir.join(file.file_name().unwrap_or_default());
            if let Err(bad) = crate::lang::check(&lang) {
                warnings.push(not_a_language(&shown, file, &lang, bad));
            }
            match read_table(file, &shown) {
                Ok(words) => tables.entry(lang).or_default().extend(words),
                Err(e) => errors.push(e),
            }
        }
    }
    (tables, errors)
}

/// `i18n/vn.yaml`: `vn` is not a language code; Vietnamese is `vi`: rename it.
fn not_a_language(shown: &Path, file: &Path, lang: &str, bad: crate::lang::BadLang) -> Diagnostic {
    let ext = file.extension().unwrap_or_default().to_string_lossy();
    let likely = bad
        .help
        .split('`')
        .nth(1)
        .filter(|code| crate::lang::check(code).is_ok());
    let help = match likely {
        Some(code) => format!(
            "{}: rename the file {}",
            bad.help,
            shown.with_file_name(format!("{code}.{ext}")).display()
        ),
        None => format!(
            "{}, and name the file after it: {}",
            bad.help,
            shown.with_file_name(format!("vi.{ext}")).display()
        ),
    };
    Diagnostic::new(
        shown,
        format!("{}: no page uses the words of `{lang}`", bad.message),
    )
    .help(help)
}

fn read_table(file: &Path, shown: &Path) -> Result<BTreeMap<String, String>, Diagnostic> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Diagnostic::new(shown, format!("cannot read: {e}")))?;
    let text = crate::yamlpos::normalize(&text);
    if text.trim().is_empty() {
        return Ok(BTreeMap::new());
    }
    serde_yaml::from_str(&text).map_err(|e| {
        crate::diagnostics::from_yaml_error(&e, shown, &text, 0, &[]).help(
            "write one `key: \"words\"` per line, with the keys of themes/default/i18n/en.yaml",
        )
    })
}

/// Keys a language lacks (they fall back to English), for `check`.
pub fn missing_words(tables: &Tables, lang: &str) -> Vec<String> {
    let english = tables.get("en").cloned().unwrap_or_default();
    let own = tables.get(lang).or_else(|| tables.get(primary(lang)));
    english
        .keys()
        .filter(|k| own.is_none_or(|t| !t.contains_key(*k)))
        .cloned()
        .collect()
}

/// Every word for `lang` from `tables`, English where the language lacks one.
pub fn strings_from(tables: &Tables, lang: &str) -> BTreeMap<String, String> {
    let mut out = tables.get("en").cloned().unwrap_or_default();
    if let Some(own) = tables.get(lang).or_else(|| tables.get(primary(lang))) {
        out.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    out
}

/// Every built-in word for `lang`, keyed as templates use them (`t.reports`).
pub fn strings(lang: &str) -> BTreeMap<String, String> {
    strings_from(built_in(), lang)
}

/// How pages and charts speak one language: its words and how it writes numbers.
#[derive(Debug, Clone)]
pub struct Locale {
    pub lang: String,
    pub t: BTreeMap<String, String>,
    pub num: NumFormat,
}

impl Default for Locale {
    fn default() -> Self {
        Locale::new("en")
    }
}

impl Locale {
    /// The built-in words of `lang`.
    pub fn new(lang: &str) -> Locale {
        Locale {
            lang: lang.to_string(),
            t: strings(lang),
            num: NumFormat::for_lang(lang),
        }
    }

    /// The words of `lang` from a site's tables.
    pub fn with_tables(lang: &str, tables: &Tables) -> Locale {
        Locale {
            lang: lang.to_string(),
            t: strings_from(tables, lang),
            num: NumFormat::for_lang(lang),
        }
    }

    /// A day as this language writes it: 3 January 2025, 3 janvier 2025,
    /// 3 Januari 2025, 3 tháng 1 năm 2025 (English for other languages).
    pub fn date(&self, d: &crate::date::Date) -> String {
        let m = (d.month.clamp(1, 12) - 1) as usize;
        let code = primary(&self.lang);
        let tables = crate::lang_tables::all();
        let written = |l: &&&crate::lang_tables::Lang| l.table.date.months.len() == 12;
        let own = tables.iter().filter(written).find(|l| l.table.code == code);
        let Some(w) = own.or_else(|| tables.iter().find(|l| l.table.code == "en")) else {
            return d.to_string();
        };
        let w = &w.table.date;
        let form = if d.day == 1 && !w.first_day.is_empty() {
            &w.first_day
        } else {
            &w.day
        };
        let (day, year) = (d.day.to_string(), d.year.to_string());
        fill(
            form,
            &[("day", &day), ("month", &w.months[m]), ("year", &year)],
        )
    }

    /// One string ("" for a key the tables lack, which the tests rule out).
    pub fn get(&self, key: &str) -> &str {
        self.t.get(key).map_or("", String::as_str)
    }

    /// "A, B and C" in this language.
    pub fn and_list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.get("chart_and")),
        }
    }
}

/// `template` with each `{name}` of `values` put in, in one pass (a value's own
/// braces are left as they are); an unknown `{…}` stays as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let v = values.iter().find(|(k, _)| *k == &after[..close])?;
            Some((v.1, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_string() {
        for (lang, _) in BUILT_IN {
            assert_eq!(
                missing_words(built_in(), lang),
                Vec::<String>::new(),
                "{lang}"
            );
            assert!(strings(lang).values().all(|s| !s.is_empty()), "{lang}");
        }
        assert_eq!(strings("fr-FR")["regions"], "Régions");
        assert_eq!(strings("de")["regions"], "Regions");
    }

    #[test]
    fn fill_puts_each_value_in_once() {
        let values = [("place", "Huế {year}"), ("year", "2023")];
        assert_eq!(
            fill("{place}, {year}: {x} {", &values),
            "Huế {year}, 2023: {x} {"
        );
        assert_eq!(fill("", &values), "");
    }

    #[test]
    fn dates_in_each_language() {
        let d = crate::date::Date::parse("2025-01-03").unwrap();
        let said: Vec<String> = ["en", "fr", "ms", "vi", "de"]
            .iter()
            .map(|l| Locale::new(l).date(&d))
            .collect();
        assert_eq!(
            said,
            [
                "3 January 2025",
                "3 janvier 2025",
                "3 Januari 2025",
                "3 tháng 1 năm 2025",
                "3 January 2025"
            ]
        );
        // The first of a month, and the last month, from the language tables.
        let d = crate::date::Date::parse("2024-12-01").unwrap();
        let said: Vec<String> = ["fr", "fr-CA", "vi-VN", "ms", "en-GB"]
            .iter()
            .map(|l| Locale::new(l).date(&d))
            .collect();
        assert_eq!(
            said,
            [
                "1er décembre 2024",
                "1er décembre 2024",
                "1 tháng 12 năm 2024",
                "1 Disember 2024",
                "1 December 2024"
            ]
        );
    }
}
