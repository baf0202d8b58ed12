//! The language of an article: Vietnamese by its letters, French, Malay and English by
//! their commonest words, none when it is written in another script or in Latin letters
//! with few of those words.

use crate::import::patterns::{vi_letters, Lang};
use crate::import::text::Folded;

/// The language of a text: Vietnamese by its letters, the others by their commonest
/// words. None when most of its letters are not Latin ones (a Japanese, Chinese, Russian
/// or Thai page), or when few of its words are common words of French, Malay or English
/// (a German or Portuguese page): import reads none of those, and a draft must not call
/// it English.
pub fn language(text: &str) -> Option<Lang> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let latin = text
        .chars()
        .filter(|&c| c.is_alphabetic() && latin_letter(c))
        .count();
    if latin * 2 < letters {
        return None;
    }
    let vi_only = vi_letters();
    let vi = text
        .chars()
        .filter(|c| c.to_lowercase().any(|l| vi_only.contains(l)))
        .count();
    if letters > 0 && vi * 40 >= letters {
        return Some(Lang::Vi);
    }
    let folded = Folded::new(text);
    let words: Vec<&str> = folded
        .text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let score = |l: Lang| {
        let list = &l.patterns().function_words;
        words.iter().filter(|w| list.contains(w)).count()
    };
    let (fr, ms, en) = (score(Lang::Fr), score(Lang::Ms), score(Lang::En));
    // A text in Latin letters whose words are hardly any of these languages' commonest
    // (a German or Portuguese edition: 1-5% of its words, where an English, French or
    // Malay report has 14% or more) is in none of them.
    let best = fr.max(ms).max(en);
    let lettered = words
        .iter()
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .count();
    if lettered >= FOREIGN_MIN_WORDS && best * FOREIGN_SHARE < lettered {
        return None;
    }
    Some(if fr > ms && fr > en {
        Lang::Fr
    } else if ms > en {
        Lang::Ms
    } else {
        Lang::En
    })
}

/// A text of at least this many words (of letters, not numbers) is judged by its share
/// of common words; a shorter one (a headline, a byline and two sentences) is given the
/// language whose words it has most.
const FOREIGN_MIN_WORDS: usize = 80;

/// At least one word in this many is a common word of the language a text is in.
const FOREIGN_SHARE: usize = 12;

/// A letter of the Latin script: ASCII, Latin-1, Latin Extended-A and -B, and Latin
/// Extended Additional (Vietnamese).
fn latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{c0}'..='\u{24f}').contains(&c)
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
}
