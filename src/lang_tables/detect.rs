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
    let tables = all();
    let found = match Letters::of(text, tables).language(tables) {
        Some(told) => told,
        None => Words::of(text, tables).language(tables),
    };
    found.map(|i| tables[i])
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
    // Every table's evidence and `said`'s (an added table is not among `all`), each
    // kind counted once, and the words only when the letters do not tell: every report
    // a site builds is read so.
    let built_in = all();
    let mut tables = built_in.to_vec();
    let ours = match tables.iter().position(|l| std::ptr::eq(*l, said)) {
        Some(i) => i,
        None => {
            tables.push(said);
            tables.len() - 1
        }
    };
    let letters = Letters::of(text, &tables);
    let words = std::cell::OnceCell::new();
    let words = || words.get_or_init(|| Words::of(text, &tables));
    let found = match letters.language(built_in) {
        Some(told) => told,
        None => words().language(built_in),
    };
    if found.is_some_and(|f| tables[f].table.code == said.table.code) {
        return Some(said);
    }
    // The text shows `said` at `share` of what tells a text is in it.
    let shows_said = |share: usize| match own.letters.is_empty() {
        true => {
            let (n, lettered) = (words().common[ours], words().lettered);
            n >= CLEAR_MIN && n * FOREIGN_SHARE * share >= lettered
        }
        false => letters.own[ours] * 40 * share >= letters.letters,
    };
    let Some(found) = found else {
        return shows_said(2).then_some(said);
    };
    if shows_said(1) {
        return Some(said);
    }
    if !tables[found].table.import.letters.is_empty() {
        return Some(tables[found]);
    }
    let (theirs, ours) = (words().common[found], words().common[ours]);
    (theirs >= CLEAR_MIN && theirs >= 2 * ours).then_some(tables[found])
}

/// The letters of a text, counted for some tables.
struct Letters {
    /// Its letters, and how many of them are Latin ones.
    letters: usize,
    latin: usize,
    /// For each table: how many of its characters, lowercased, are among the table's
    /// own letters ([`Lang::letters`]).
    own: Vec<usize>,
}

impl Letters {
    fn of(text: &str, tables: &[&Lang]) -> Letters {
        let mut out = Letters {
            letters: 0,
            latin: 0,
            own: vec![0; tables.len()],
        };
        let ascii_own = tables.iter().any(|l| l.letters.iter().any(char::is_ascii));
        for piece in pieces(text) {
            match piece {
                // Most characters of most texts are ASCII: a run of them is told at once
                // when no table owns an ASCII letter.
                Piece::Ascii(run) if !ascii_own => {
                    let n = run.bytes().filter(u8::is_ascii_alphabetic).count();
                    (out.letters, out.latin) = (out.letters + n, out.latin + n);
                }
                Piece::Ascii(run) => run.chars().for_each(|c| out.count(c, tables)),
                Piece::Other(c) => out.count(c, tables),
            }
        }
        out
    }

    /// Counts the character `c`.
    fn count(&mut self, c: char, tables: &[&Lang]) {
        // Every Latin letter but × and ÷ is a letter; others are looked up.
        let is_latin = latin_letter(c) && !matches!(c, '×' | '÷');
        if is_latin || c.is_alphabetic() {
            self.letters += 1;
            self.latin += usize::from(is_latin);
        }
        for (n, l) in self.own.iter_mut().zip(tables) {
            *n += usize::from(l.owns(c));
        }
    }

    /// The language the text is in by its letters alone, by the index of its table
    /// among `tables` (the first tables counted): `Some(None)` when most of its letters
    /// are not Latin ones, None when its words must tell.
    fn language(&self, tables: &[&Lang]) -> Option<Option<usize>> {
        if self.latin * 2 < self.letters {
            return Some(None);
        }
        (0..tables.len())
            .find(|&i| {
                !tables[i].letters.is_empty()
                    && self.letters > 0
                    && self.own[i] * 40 >= self.letters
            })
            .map(Some)
    }
}

/// The words of a text (folded: [`fold_char`]; runs of ASCII letters, digits and
/// apostrophes), counted for some tables.
struct Words {
    /// Its words that have a letter (are not numbers).
    lettered: usize,
    /// For each table: how many of its words are the table's common words.
    common: Vec<usize>,
}

impl Words {
    fn of(text: &str, tables: &[&Lang]) -> Words {
        let mut folded = String::with_capacity(text.len());
        for piece in pieces(text) {
            match piece {
                Piece::Ascii(run) => folded.extend(run.bytes().map(|b| char::from(fold_ascii(b)))),
                Piece::Other(c) => fold_char(c, &mut folded),
            }
        }
        let counter = Counter::new(tables);
        let mut words = Words {
            lettered: 0,
            common: vec![0; tables.len()],
        };
        let word_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'\'';
        for word in folded.as_bytes().split(|&b| !word_byte(b)) {
            if !word.is_empty() {
                counter.count(word, &mut words);
            }
        }
        words
    }

    /// The language whose common words the text has most, by the index of its table
    /// among `tables` (the first tables counted) that have no letters of their own;
    /// None when few of its words are any table's: see [`language_of`].
    fn language(&self, tables: &[&Lang]) -> Option<usize> {
        // On a tie the later table (English, the last, before Malay, before French).
        let (best, i) = (0..tables.len())
            .filter(|&i| tables[i].letters.is_empty())
            .map(|i| (self.common[i], i))
            .fold(None, |best: Option<(usize, usize)>, (n, i)| match best {
                Some((m, _)) if m > n => best,
                _ => Some((n, i)),
            })?;
        // A text in Latin letters whose words are hardly any of these languages' commonest
        // (a German or Portuguese edition: 1-5% of its words, where an English, French or
        // Malay report has 14% or more) is in none of them.
        if self.lettered >= FOREIGN_MIN_WORDS && best * FOREIGN_SHARE < self.lettered {
            return None;
        }
        Some(i)
    }
}

/// Counts the words of a folded text among the common words of some tables.
struct Counter<'a> {
    tables: &'a [&'a Lang],
    /// No common word of `tables` is longer.
    longest: usize,
    /// The common words of the first [`u64::BITS`] tables ([`packed`]), each with the
    /// tables it is a common word of (one bit each), by their hashes ([`Counter::at`]);
    /// a free place holds 0. A word is looked up once, not in every table.
    places: Vec<(u64, u64)>,
}

impl<'a> Counter<'a> {
    fn new(tables: &'a [&'a Lang]) -> Counter<'a> {
        let hashed = &tables[..tables.len().min(u64::BITS as usize)];
        let words: usize = hashed.iter().map(|l| l.common.0.len()).sum();
        let mut counter = Counter {
            tables,
            longest: tables
                .iter()
                .flat_map(|l| &l.table.import.function_words)
                .map(String::len)
                .max()
                .unwrap_or(0),
            places: vec![(0, 0); (words * 4).next_power_of_two().max(16)],
        };
        for (i, l) in hashed.iter().enumerate() {
            for &p in &l.common.0 {
                let at = counter.at(p);
                counter.places[at].0 = p;
                counter.places[at].1 |= 1 << i;
            }
        }
        counter
    }

    /// Where the packed word `p` is in `places`, or the free place it would take.
    fn at(&self, p: u64) -> usize {
        let mask = self.places.len() - 1;
        // Fibonacci hashing: the top bits of the word times 2^64 over the golden ratio.
        let mut at = (p.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask;
        while !matches!(self.places[at].0, 0) && self.places[at].0 != p {
            at = (at + 1) & mask;
        }
        at
    }

    /// Counts one word of folded text in `words`.
    fn count(&self, word: &[u8], words: &mut Words) {
        words.lettered += usize::from(word.iter().any(u8::is_ascii_alphabetic));
        if word.len() > self.longest {
            return;
        }
        let packed = packed(word);
        let bits = packed.map_or(0, |p| self.places[self.at(p)].1);
        for (i, (n, l)) in words.common.iter_mut().zip(self.tables).enumerate() {
            *n += usize::from(match packed {
                Some(_) if i < u64::BITS as usize => bits >> i & 1 == 1,
                Some(p) => l.common.0.binary_search(&p).is_ok(),
                None => l.common.1.iter().any(|w| w.as_bytes() == word),
            });
        }
    }
}

/// A piece of a text as it is read: a run of ASCII characters, or one other character.
enum Piece<'t> {
    Ascii(&'t str),
    Other(char),
}

/// The pieces of `text`, in order.
fn pieces(text: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let piece = match ascii {
            0 => Piece::Other(rest.chars().next()?),
            n => Piece::Ascii(&rest[..n]),
        };
        let len = match piece {
            Piece::Ascii(run) => run.len(),
            Piece::Other(c) => c.len_utf8(),
        };
        rest = &rest[len..];
        Some(piece)
    })
}

/// A word of at most this many bytes is held as one number.
pub(super) const PACKED: usize = 8;

/// `word` (of folded text: no byte of it zero) as one number, its bytes in order; None
/// when it has more than [`PACKED`] bytes, or none (the empty word is no word of a
/// text, and 0 marks a free place in [`Counter`]). Two words are one number only when they are
/// one word.
pub(super) fn packed(word: &[u8]) -> Option<u64> {
    (1..=PACKED)
        .contains(&word.len())
        .then(|| word.iter().fold(0, |p, &b| p << 8 | u64::from(b)))
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

/// A letter of the Latin script: ASCII, Latin-1, Latin Extended-A and -B, and Latin
/// Extended Additional (Vietnamese).
fn latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{c0}'..='\u{24f}').contains(&c)
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// An ASCII character folded as [`fold_char`] folds it: lowercase, a backquote as an
/// apostrophe, a tab as a space.
fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        b'\t' => b' ',
        b => b.to_ascii_lowercase(),
    }
}

/// One character of a text folded for matching, written at the end of `out`: lowercase
/// ASCII ("ợ" → "o"), typographic quotes and dashes as ASCII ones (`’` → `'`), a
/// no-break space as a space, `?` for what has no ASCII form.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        c if c.is_ascii() => out.push(char::from(fold_ascii(c as u8))),
        '’' | '‘' | 'ʼ' | '′' => out.push('\''),
        '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
        '–' | '—' | '−' => out.push('-'),
        '“' | '”' | '«' | '»' => out.push('"'),
        '…' => out.push_str("..."),
        c => match deunicode::deunicode_char(c) {
            Some(s) if !s.is_empty() => {
                let start = out.len();
                out.push_str(s);
                out[start..].make_ascii_lowercase();
            }
            _ => out.push('?'),
        },
    }
}

#[cfg(test)]
mod same_tests;

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
