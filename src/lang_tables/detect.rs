//! The language a text is written in, by the tables: Vietnamese by the letters only its
//! table writes, French, Malay and English by their commonest words; none when it is
//! written in another script or in Latin letters with few of those words. `import`
//! names a draft's language by it, and `check` reads a report's text with the table of
//! the language its text is in, whatever its `lang:` says.

use super::{all, Lang};

/// The language of a text: by letters only one table writes (Vietnamese), else by the
/// commonest words of the others. None when most of its letters are not Latin ones (a
/// Japanese, Chinese, Russian or Thai page), or when few of its words are common words
/// of any table (a German or Portuguese page): no table reads those, and a draft must
/// not call it English.
pub fn language_of(text: &str) -> Option<&'static Lang> {
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
    // Folded only here: a Vietnamese text is told by its letters alone.
    let folded = folded(text);
    let words = words_of(&folded);
    let score = |l: &Lang| common_words(&words, l);
    // The table with most common words; on a tie the later table (English, the last,
    // before Malay, before French).
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
    // A text in Latin letters whose words are hardly any of these languages' commonest
    // (a German or Portuguese edition: 1-5% of its words, where an English, French or
    // Malay report has 14% or more) is in none of them.
    let lettered = lettered(&words);
    if lettered >= FOREIGN_MIN_WORDS && best * FOREIGN_SHARE < lettered {
        return None;
    }
    Some(lang)
}

/// How many characters of `text`, lowercased, are among `letters` (a table's letters
/// only it writes). A text is read once per report a site builds: an ASCII character
/// is looked up only when `letters` has one, the others in `letters` sorted.
fn own_letters(text: &str, letters: &str) -> usize {
    let mut sorted: Vec<char> = letters.chars().collect();
    sorted.sort_unstable();
    let ascii = sorted.iter().any(char::is_ascii);
    let own = |c: char| c.to_lowercase().any(|l| sorted.binary_search(&l).is_ok());
    text.chars()
        .filter(|&c| (ascii || !c.is_ascii()) && own(c))
        .count()
}

/// How many of `words` have a letter (are not numbers).
fn lettered(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
        .count()
}

/// The table to read `text` with, for a report that says it is in `said`: `said` when
/// the text is in it, wholly or in part (a French article with its Vietnamese original),
/// or when no table tells (`said` has no letters or common words of its own); the table
/// of the language the text is in when that is clearly another (by its letters, or by
/// at least [`CLEAR_MIN`] of its common words and twice as many as `said`'s: English
/// sentences under `lang: vi`); None when unsure (a text in another script, or with too
/// few words to tell, that shows little of `said` either).
pub fn read_with(text: &str, said: &'static Lang) -> Option<&'static Lang> {
    let text = sample(text);
    let own = &said.table.import;
    if own.letters.is_empty() && own.function_words.is_empty() {
        return Some(said);
    }
    let found = language_of(text);
    if found.is_some_and(|f| f.table.code == said.table.code) {
        return Some(said);
    }
    let folded = folded(text);
    let words = words_of(&folded);
    let lettered = lettered(&words);
    let ours = common_words(&words, said);
    // The text shows `said` at `share` of what tells a text is in it.
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

/// The start of a text that tells its language: its first [`SAMPLE_BYTES`] (to the end
/// of a character). Every report a site builds is read so, and its language is told by
/// its first paragraphs as well as by all of it: reading all of it made a build of
/// 10,000 reports 1.5 times as long (bench/README.md).
fn sample(text: &str) -> &str {
    let mut end = SAMPLE_BYTES.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[..end]
}

/// How much of a report's text [`read_with`] reads.
const SAMPLE_BYTES: usize = 2048;

/// The fewest common words of a language that tell a text is in it rather than in the
/// language its report says.
pub const CLEAR_MIN: usize = 3;

/// A text of at least this many words (of letters, not numbers) is judged by its share
/// of common words; a shorter one (a headline, a byline and two sentences) is given the
/// language whose words it has most.
const FOREIGN_MIN_WORDS: usize = 80;

/// At least one word in this many is a common word of the language a text is in.
const FOREIGN_SHARE: usize = 12;

/// `text` folded, one character at a time ([`fold_char`]).
fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| fold_char(c, &mut out));
    out
}

/// The words of a folded text: runs of ASCII letters, digits and apostrophes.
fn words_of(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many of `words` are common words of `lang`.
fn common_words(words: &[&str], lang: &Lang) -> usize {
    let list = &lang.table.import.function_words;
    words
        .iter()
        .filter(|w| list.iter().any(|f| f == *w))
        .count()
}

/// A letter of the Latin script: ASCII, Latin-1, Latin Extended-A and -B, and Latin
/// Extended Additional (Vietnamese).
fn latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{c0}'..='\u{24f}').contains(&c)
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// One character of a text folded for matching, written at the end of `out`: lowercase
/// ASCII ("ợ" → "o"), typographic quotes and dashes as ASCII ones (`’` → `'`), a
/// no-break space as a space, `?` for what has no ASCII form.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        '’' | '‘' | 'ʼ' | '`' | '′' => out.push('\''),
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t' => out.push(' '),
        '–' | '—' | '−' => out.push('-'),
        '“' | '”' | '«' | '»' => out.push('"'),
        '…' => out.push_str("..."),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => match deunicode::deunicode_char(c) {
            Some(s) if !s.is_empty() => out.push_str(&s.to_ascii_lowercase()),
            _ => out.push('?'),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::{language_of, read_with};
    use crate::lang_tables::for_lang;

    fn code(text: &str) -> Option<&'static str> {
        language_of(text).map(|l| l.table.code.as_str())
    }

    #[test]
    fn a_text_is_in_the_language_of_its_letters_or_its_commonest_words() {
        assert_eq!(
            code("Toàn tỉnh có 1.059 hợp tác xã được thành lập"),
            Some("vi")
        );
        assert_eq!(
            code("Le revenu moyen d’une coopérative est estimé à 850 millions de VND par an."),
            Some("fr")
        );
        assert_eq!(
            code("Purata hasil koperasi pada tahun 2023 akan mencecah VND 2 bilion dan ini"),
            Some("ms")
        );
        // Vietnamese names in an English sentence do not make it Vietnamese.
        assert_eq!(
            code("The average revenue of a cooperative in Hòa Bình reached VND 2.3 billion."),
            Some("en")
        );
        // Another script: no table's.
        assert_eq!(
            code("В провинции Лангшон насчитывается 171 кооператив."),
            None
        );
    }

    fn read(text: &str, said: &str) -> Option<&'static str> {
        read_with(text, for_lang(said)).map(|l| l.table.code.as_str())
    }

    #[test]
    fn a_text_clearly_in_another_language_is_read_with_its_table() {
        let en = "In 2024 the province had 1,059 cooperatives, of which 520 were effective.";
        assert_eq!(read(en, "vi"), Some("en"));
        assert_eq!(read(en, "fr"), Some("en"));
        assert_eq!(read(en, "en"), Some("en"));
        let vi = "Năm 2024, toàn tỉnh có 1.059 HTX, trong đó 520 HTX hoạt động hiệu quả.";
        assert_eq!(read(vi, "en"), Some("vi"));
        assert_eq!(read(vi, "vi"), Some("vi"));
        // Must not leave the report's table: a French article with its Vietnamese
        // original, though its letters make it Vietnamese.
        let both = "Toàn tỉnh có 677 HTX đang hoạt động. En général, les coopératives ont \
                    renforcé leur force et la province compte 677 coopératives dans le secteur.";
        assert_eq!(code(both), Some("vi"));
        assert_eq!(read(both, "fr"), Some("fr"));
    }

    #[test]
    fn a_text_too_short_or_in_another_script_is_unsure() {
        // Must not be read as English: no word tells what language "1.059 HTX." is in.
        assert_eq!(read("1.059 HTX.", "vi"), None);
        // Two common words of English are not enough to leave the report's French.
        assert_eq!(read("Coop 2024: 1 059 in the list", "fr"), None);
        assert_eq!(read("В провинции 171 кооператив.", "vi"), None);
    }
}
