//! Words a language writes short before an apostrophe (a table's `elisions`: French
//! "d'", "l'", "qu'"), as written: in a text of any language the word after one stands
//! alone ("d'affaires" -> "d'" "affaires"). Those of the built-in tables are read once
//! from their YAML text, before any table's phrases are cut into words ("chiffre
//! d'affaires"); an added table's join them.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{OnceLock, RwLock};

use serde::Deserialize;

/// A table's YAML text read for its elisions alone.
#[derive(Deserialize)]
struct Only {
    #[serde(default)]
    elisions: Vec<String>,
}

/// The elisions of the built-in tables.
fn built_in() -> &'static [String] {
    static BUILT_IN: OnceLock<Vec<String>> = OnceLock::new();
    BUILT_IN.get_or_init(|| {
        let of = |yaml: &str| serde_yaml::from_str::<Only>(yaml).map(|o| o.elisions);
        (super::SOURCES.iter())
            .flat_map(|(code, yaml)| of(yaml).unwrap_or_else(|e| panic!("{code}.yaml: {e}")))
            .collect()
    })
}

/// Whether a table was added with elisions of its own.
static ANY_ADDED: AtomicBool = AtomicBool::new(false);

fn added() -> &'static RwLock<Vec<String>> {
    static ADDED: OnceLock<RwLock<Vec<String>>> = OnceLock::new();
    ADDED.get_or_init(|| RwLock::new(Vec::new()))
}

/// Whether `word`, as written, is written short before an apostrophe.
pub(super) fn is_elided(word: &str) -> bool {
    built_in().iter().any(|e| e == word)
        || (ANY_ADDED.load(Ordering::Acquire)
            && (added().read().unwrap_or_else(|e| e.into_inner()))
                .iter()
                .any(|e| e == word))
}

/// Adds an added table's elisions, those not known yet.
pub(super) fn add(list: &[String]) {
    let new: Vec<String> = list.iter().filter(|e| !is_elided(e)).cloned().collect();
    if new.is_empty() {
        return;
    }
    added()
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .extend(new);
    ANY_ADDED.store(true, Ordering::Release);
}

#[cfg(test)]
mod tests {
    use super::super::{add, phrase};

    #[test]
    fn a_table_s_elisions_cut_the_word_after_them_off() {
        assert_eq!(phrase("chiffre d'affaires"), ["chiffre", "d'", "affaires"]);
        assert_eq!(phrase("L'an"), ["l'", "an"]);
        // As written: "M'" is no elision, "m'" is.
        assert_eq!(phrase("M'sia"), ["m'sia"]);
        // A table added with its own: "dell'anno" is cut as its table says.
        assert_eq!(phrase("dell'anno"), ["dell'anno"]);
        let yaml = "code: xe\nname: X\nelisions: [dell]\nnumbers: {decimal: ',', groups: ['.'], group_out: '.', example: ''}\nscales: []\nmoney: {}\nnouns: {cooperatives: [\"coop dell'anno\"]}\n";
        let lang = add(yaml).expect("a table");
        assert_eq!(phrase("dell'anno"), ["dell'", "anno"]);
        let nouns = &lang.table.nouns[0].1;
        assert_eq!(nouns[0], ["coop", "dell'", "anno"]);
    }
}
