//! The one-pass counting of `detect` (d7ab796 read each kind of evidence separately,
//! folding a text into a new string and looking each word up in every table's list)
//! tells every text's language as that reading did: the reading kept here, as it was,
//! is compared with it on every article under tests/reader/articles and on variants of
//! them.

use super::{fold_char, language_of, read_with, sample, CLEAR_MIN, FOREIGN_MIN_WORDS};
use super::{latin_letter, FOREIGN_SHARE};
use crate::lang_tables::{all, Lang};

fn old_language_of(text: &str) -> Option<&'static Lang> {
    let (letters, latin) = text
        .chars()
        .fold((0, 0), |(n, l), c| match c.is_alphabetic() {
            true => (n + 1, l + usize::from(latin_letter(c))),
            false => (n, l),
        });
    if latin * 2 < letters {
        return None;
    }
    let tables = all();
    for lang in tables.iter().filter(|l| !l.table.import.letters.is_empty()) {
        let own = own_letters(text, &lang.table.import.letters);
        if letters > 0 && own * 40 >= letters {
            return Some(lang);
        }
    }
    let folded = folded(text);
    let words = words_of(&folded);
    let score = |l: &Lang| common_words(&words, l);
    let (best, lang) = tables
        .iter()
        .filter(|l| l.table.import.letters.is_empty())
        .map(|l| (score(l), *l))
        .fold(
            None,
            |best: Option<(usize, &'static Lang)>, (n, l)| match best {
                Some((m, _)) if m > n => best,
                _ => Some((n, l)),
            },
        )?;
    let lettered = lettered(&words);
    if lettered >= FOREIGN_MIN_WORDS && best * FOREIGN_SHARE < lettered {
        return None;
    }
    Some(lang)
}

fn own_letters(text: &str, letters: &str) -> usize {
    let own = |c: char| c.to_lowercase().any(|l| letters.contains(l));
    text.chars().filter(|&c| own(c)).count()
}

fn lettered(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
        .count()
}

fn old_read_with(text: &str, said: &'static Lang) -> Option<&'static Lang> {
    let text = sample(text);
    let own = &said.table.import;
    if own.letters.is_empty() && own.function_words.is_empty() {
        return Some(said);
    }
    let found = old_language_of(text);
    if found.is_some_and(|f| f.table.code == said.table.code) {
        return Some(said);
    }
    let folded = folded(text);
    let words = words_of(&folded);
    let lettered = lettered(&words);
    let ours = common_words(&words, said);
    let shows_said = |share: usize| match own.letters.is_empty() {
        true => ours >= CLEAR_MIN && ours * FOREIGN_SHARE * share >= lettered,
        false => {
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            own_letters(text, &own.letters) * 40 * share >= letters
        }
    };
    let Some(found) = found else {
        return shows_said(2).then_some(said);
    };
    if shows_said(1) {
        return Some(said);
    }
    if !found.table.import.letters.is_empty() {
        return Some(found);
    }
    let theirs = common_words(&words, found);
    (theirs >= CLEAR_MIN && theirs >= 2 * ours).then_some(found)
}

fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| fold_char(c, &mut out));
    out
}

fn words_of(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

fn common_words(words: &[&str], lang: &Lang) -> usize {
    let list = &lang.table.import.function_words;
    words
        .iter()
        .filter(|w| list.iter().any(|f| f == *w))
        .count()
}

fn code(lang: Option<&Lang>) -> &str {
    lang.map_or("none", |l| l.table.code.as_str())
}

/// Each article's text, and variants: its start, its end, upper case, its
/// accents taken out, a German line before it, an English paragraph after its start.
fn texts() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reader/articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/reader/articles")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 500, "{} articles", paths.len());
    let english = "The province has 120 cooperatives, of which 80 were effective in the year, \
                   and their members' income rose with the help of the union.\n";
    let mut out = Vec::new();
    for p in paths {
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&p).expect("an article");
        let cut = |n: usize| {
            let mut end = n.min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            end
        };
        let (third, half) = (cut(text.len() / 3), cut(text.len() / 2));
        let bare: String = text
            .chars()
            .map(|c| {
                deunicode::deunicode_char(c)
                    .and_then(|s| s.chars().next())
                    .unwrap_or(c)
            })
            .collect();
        out.push((format!("{name}, its start"), text[..cut(300)].to_string()));
        out.push((format!("{name}, its end"), text[third..].to_string()));
        out.push((format!("{name}, upper case"), text.to_uppercase()));
        out.push((format!("{name}, no accents"), bare));
        out.push((
            format!("{name}, German first"),
            format!("Die Genossenschaften der Provinz `Ärger` {text}"),
        ));
        out.push((
            format!("{name}, English inside"),
            format!("{}{english}{}", &text[..half], &text[half..]),
        ));
        out.push((name, text));
    }
    out
}

#[test]
fn every_article_and_variant_is_told_as_the_earlier_reading_told_it() {
    let texts = texts();
    let mut compared = 0;
    let mut told = std::collections::BTreeMap::new();
    for (name, text) in &texts {
        let (new, old) = (language_of(text), old_language_of(text));
        assert_eq!(code(new), code(old), "language_of: {name}");
        *told.entry(code(new).to_string()).or_insert(0) += 1;
        for &said in all() {
            let (new, old) = (read_with(text, said), old_read_with(text, said));
            assert_eq!(
                code(new),
                code(old),
                "read_with({}): {name}",
                said.table.code
            );
            compared += 1;
        }
    }
    assert_eq!(compared, texts.len() * all().len());
    // Must tell more than one language: the articles are in several.
    for lang in ["vi", "en", "fr", "none"] {
        assert!(told.get(lang).is_some_and(|&n| n > 10), "{told:?}");
    }
}

#[test]
fn a_lowercase_letter_is_its_own_lowercase_and_a_latin_letter_a_letter() {
    // `Lang::owns` looks a lowercase character up as it is, and `Letters::of` counts
    // a Latin letter as a letter without looking it up.
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        if c.is_lowercase() {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
        if latin_letter(c) && !matches!(c, '×' | '÷') {
            assert!(c.is_alphabetic(), "{c:?}");
        }
    }
    // The two left out are not letters, and are in the Latin ranges.
    assert!(latin_letter('×') && !'×'.is_alphabetic());
    assert!(latin_letter('÷') && !'÷'.is_alphabetic());
}
