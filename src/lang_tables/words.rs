//! Words as the tables and the reader compare them: lowercase, without diacritics
//! ("Hợp tác xã" -> "hop tac xa"), an elided French article its own word ("d'affaires"
//! -> "d'" "affaires"), a symbol (`/`, `$`, `%`) a word of one character.

/// One word of a text: where it stands and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub key: String,
}

impl AsRef<str> for Word {
    /// Its folded form, as the tables compare it.
    fn as_ref(&self) -> &str {
        &self.key
    }
}

/// A phrase's folded words.
pub type Phrase = Vec<String>;

/// The phrases of a list ([`phrase`]), longest first.
pub(super) fn phrases(list: &[String]) -> Vec<Phrase> {
    let mut out: Vec<Phrase> = list.iter().map(|s| phrase(s)).collect();
    // Longest first, so that "không hiệu quả" is tried before "hiệu quả".
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    out
}

/// Every word of a list folded ([`fold`]).
pub(super) fn folded(list: &[String]) -> Vec<String> {
    list.iter().map(|s| fold(s)).collect()
}

/// A word lowercased and without diacritics.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`] written at the end of `out`.
fn fold_into(word: &str, out: &mut String) {
    let from = out.len();
    if word.is_ascii() {
        out.push_str(word);
        out[from..].make_ascii_lowercase();
    } else if !fold_letters(word, out) {
        out.truncate(from);
        out.push_str(&deunicode::deunicode(&word.to_lowercase()));
    }
}

/// [`fold`] one character at a time, in one pass and one allocation, for words of
/// printable ASCII and letters that lowercase to one letter written in ASCII without a
/// trailing space (Vietnamese, French, Malay): what `deunicode` of the lowercased word
/// gives, written at the end of `out`. False for anything else (Σ lowercases by its
/// place in the word), left to it.
fn fold_letters(word: &str, out: &mut String) -> bool {
    for c in word.chars() {
        if c.is_ascii() {
            // Control characters are left to deunicode.
            if !(' '..'\u{7f}').contains(&c) {
                return false;
            }
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut lower = c.to_lowercase();
        let (Some(l), None, false) = (lower.next(), lower.next(), c == 'Σ') else {
            return false;
        };
        match deunicode::deunicode_char(l) {
            Some(a) if a.is_ascii() && !a.ends_with(' ') => out.push_str(a),
            _ => return false,
        }
    }
    true
}

fn is_word_char(c: char) -> bool {
    // The letters of Latin-1 and Latin Extended-A and -B (but × and ÷), and of Latin
    // Extended Additional (Vietnamese), without Unicode's tables.
    match c {
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// The words and symbols of `text`, in order; spaces are not words.
pub fn words(text: &str) -> Vec<Word> {
    // About one word in every four or five bytes of text.
    let mut out = Vec::with_capacity(text.len() / 4 + 2);
    words_into(text, &mut out);
    out
}

/// [`words`] into `words`, in place of the words it held, whose keys' buffers are
/// written again.
pub fn words_into(text: &str, words: &mut Vec<Word>) {
    let mut out = Filled { words, n: 0 };
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            let end = start + c.len_utf8();
            out.put(start, end, |k| k.push(if c == '’' { '\'' } else { c }));
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            let joins = matches!(n, '-' | '\'' | '’')
                && text[i + n.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char);
            if !(is_word_char(n) || joins) {
                break;
            }
            // "d'affaires", "l'an", "qu'en": the elided word stands alone.
            if matches!(n, '\'' | '’') && super::elisions::is_elided(&text[start..i]) {
                out.put(start, i + n.len_utf8(), |k| {
                    fold_into(&text[start..i], k);
                    k.push('\'');
                });
                chars.next();
                return_rest(text, i + n.len_utf8(), &mut chars, &mut out);
                end = usize::MAX;
                break;
            }
            // "cooperative's": the possessive its own word, the noun left whole.
            if matches!(n, '\'' | '’') && possessive(text, i, start) {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        if end != usize::MAX {
            out.put(start, end, |k| fold_into(&text[start..end], k));
        }
    }
    let n = out.n;
    words.truncate(n);
}

/// Words written over those a vector held: the first `n` are written.
struct Filled<'a> {
    words: &'a mut Vec<Word>,
    n: usize,
}

impl Filled<'_> {
    /// The next word, its key written by `key` into an empty string.
    fn put(&mut self, start: usize, end: usize, key: impl FnOnce(&mut String)) {
        match self.words.get_mut(self.n) {
            Some(w) => {
                (w.start, w.end) = (start, end);
                w.key.clear();
                key(&mut w.key);
            }
            None => {
                let mut k = String::new();
                key(&mut k);
                self.words.push(Word { start, end, key: k });
            }
        }
        self.n += 1;
    }
}

/// An English possessive "'s" at `i` after a word of three letters or more
/// ("cooperative's", not "it's").
fn possessive(text: &str, i: usize, start: usize) -> bool {
    let rest = &text[i..];
    let after = rest.char_indices().nth(1).map_or(rest.len(), |(j, _)| j);
    let tail = &rest[after..];
    tail.starts_with(['s', 'S'])
        && !tail[1..].chars().next().is_some_and(is_word_char)
        && text[start..i].chars().count() >= 3
}

/// The word after an elision, up to its end.
fn return_rest(
    text: &str,
    start: usize,
    chars: &mut std::iter::Peekable<std::str::CharIndices>,
    out: &mut Filled,
) {
    let mut end = start;
    while let Some(&(i, n)) = chars.peek() {
        let joins = n == '-' && text[i + 1..].chars().next().is_some_and(is_word_char);
        if !(is_word_char(n) || joins) {
            break;
        }
        end = i + n.len_utf8();
        chars.next();
    }
    if end > start {
        out.put(start, end, |k| fold_into(&text[start..end], k));
    }
}

/// The folded words of a phrase from a table: "chiffre d'affaires" -> ["chiffre", "d'", "affaires"].
pub fn phrase(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.key).collect()
}

/// Whether a word starts with a digit: a number written in figures ("139", "1.500",
/// "19/5"), not a number word.
pub fn starts_with_digit(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// How many words an aside in brackets that a number's clause runs past may hold
/// ("(HTX)", "(THT)").
pub const ASIDE_WORDS: usize = 3;

/// Where the brackets opening at word `open` of the folded words `ws` close, with one to
/// `most` words inside and none of them a number (`number`, by its place in `ws`): "(HTX)"
/// in "139 hợp tác xã (HTX) đang hoạt động", "(US$1,500)" after "VNĐ35 million".
pub fn aside_close<S: AsRef<str>>(
    ws: &[S],
    open: usize,
    most: usize,
    number: impl Fn(usize) -> bool,
) -> Option<usize> {
    if ws.get(open)?.as_ref() != "(" {
        return None;
    }
    let close = (open + 1..ws.len().min(open + most + 2)).find(|&j| ws[j].as_ref() == ")")?;
    (close > open + 1 && !(open + 1..close).any(number)).then_some(close)
}

/// The words `ws` of `text` lowercased as written, with their diacritics (a district's
/// name is told from a word of another meaning by its marks).
pub fn written(text: &str, ws: &[Word]) -> Vec<String> {
    ws.iter()
        .map(|w| text[w.start..w.end].to_lowercase())
        .collect()
}

/// Whether the phrase `p` (folded words) stands in the folded words `ws` at `i`.
pub fn matches_at<S: AsRef<str>>(ws: &[S], i: usize, p: &[String]) -> bool {
    !p.is_empty()
        && ws.len() >= i + p.len()
        && ws[i..i + p.len()]
            .iter()
            .zip(p)
            .all(|(w, q)| w.as_ref() == q)
}

/// The first phrase of `list` standing in the folded words `ws` at `i` (the longest,
/// the list being longest first).
pub fn phrase_at<'a, S: AsRef<str>>(ws: &[S], i: usize, list: &'a [Phrase]) -> Option<&'a Phrase> {
    list.iter().find(|p| matches_at(ws, i, p))
}

/// Whether a phrase of `list` stands anywhere in the folded words `ws`.
pub fn has_phrase(ws: &[String], list: &[Vec<String>]) -> bool {
    (0..ws.len()).any(|i| list.iter().any(|p| matches_at(ws, i, p)))
}

/// The first phrase of `list` standing in the folded words `ws`, and where it starts.
pub fn first_phrase_at<'a>(ws: &[String], list: &'a [Phrase]) -> Option<(usize, &'a Phrase)> {
    (0..ws.len()).find_map(|i| phrase_at(ws, i, list).map(|p| (i, p)))
}

/// The last phrase of `list` standing in the folded words `ws`, and where it starts
/// ("the district has" nearest before a number).
pub fn last_phrase_at<'a>(ws: &[String], list: &'a [Phrase]) -> Option<(usize, &'a Phrase)> {
    last_where(ws, list, |_| true)
}

/// The last phrase of `list` standing in the folded words `ws` right after a phrase of
/// `before`, and where it starts ("July" in "in July").
pub fn last_phrase_after<'a>(
    ws: &[String],
    list: &'a [Phrase],
    before: &[Phrase],
) -> Option<(usize, &'a Phrase)> {
    last_where(ws, list, |i| {
        before
            .iter()
            .any(|b| i >= b.len() && matches_at(ws, i - b.len(), b))
    })
}

/// The last phrase of `list` standing in `ws` at a place `keep` takes, and where.
fn last_where<'a>(
    ws: &[String],
    list: &'a [Phrase],
    keep: impl Fn(usize) -> bool,
) -> Option<(usize, &'a Phrase)> {
    (0..ws.len())
        .rev()
        .filter(|&i| keep(i))
        .find_map(|i| phrase_at(ws, i, list).map(|p| (i, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &str) -> Vec<String> {
        phrase(t)
    }

    #[test]
    fn letters_fold_as_deunicode_folds_the_lowercased_word() {
        let slow = |w: &str| deunicode::deunicode(&w.to_lowercase());
        for w in [
            "Hợp",
            "ĐƯỢC",
            "Thành-viên",
            "coopératives",
            "ŒUVRE",
            "Straße",
            "İstanbul",
        ] {
            assert_eq!(fold(w), slow(w), "{w}");
        }
        // Every letter of the ranges the tables' languages write, alone and in a word.
        let letters = ('\u{a0}'..='\u{24f}').chain('\u{1e00}'..='\u{1eff}');
        for c in letters {
            let w = format!("a{c}b");
            assert_eq!(fold(&w), slow(&w), "{c:?}");
            assert_eq!(fold(&c.to_string()), slow(&c.to_string()), "{c:?}");
        }
        let ascii: String = (' '..'\u{7f}').collect();
        for w in [format!("é{ascii}"), format!("{ascii}É")] {
            assert_eq!(fold(&w), slow(&w));
        }
        // Left to deunicode: a final sigma, characters it spells with a space.
        assert_eq!(fold("ΟΔΟΣ"), slow("ΟΔΟΣ"));
        assert!(!fold_letters("ΟΔΟΣ", &mut String::new()));
        assert_eq!(fold("北京"), slow("北京"));
        let mut hop = String::new();
        assert!(fold_letters("Hợp", &mut hop));
        assert_eq!(hop, "hop");
    }

    #[test]
    fn letters_are_word_characters_as_unicode_says() {
        for c in ('\u{a0}'..='\u{2ff}').chain('\u{1d00}'..='\u{1fff}') {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_fold_and_split() {
        assert_eq!(keys("Hợp tác xã"), ["hop", "tac", "xa"]);
        assert_eq!(keys("chiffre d'affaires"), ["chiffre", "d'", "affaires"]);
        assert_eq!(keys("l’an dernier"), ["l'", "an", "dernier"]);
        assert_eq!(keys("kira-kira 5%"), ["kira-kira", "5", "%"]);
        assert_eq!(keys("us $"), ["us", "$"]);
        assert_eq!(
            keys("đồng/người/tháng"),
            ["dong", "/", "nguoi", "/", "thang"]
        );
        assert_eq!(keys("it's"), ["it's"]);
        assert_eq!(
            keys("the cooperative's income"),
            ["the", "cooperative", "'", "s", "income"]
        );
        let w = words("Có 1.059 HTX");
        assert_eq!((w[1].start, w[1].end, w[1].key.as_str()), (4, 5, "1"));
        // Written over the words of a longer text, and of a shorter one.
        let mut again = words("Doanh thu bình quân đạt 2,2 tỷ đồng/năm, l'an dernier");
        for t in [
            "Có 1.059 HTX",
            "chiffre d'affaires de l’an dernier, cooperative's (HTX)",
        ] {
            words_into(t, &mut again);
            assert_eq!(again, words(t));
        }
    }

    #[test]
    fn a_phrase_is_found_first_or_last_and_after_another() {
        let ws = keys("in the district, in July and in the district in June");
        let list = [keys("in the district"), keys("in")];
        assert_eq!(first_phrase_at(&ws, &list), Some((0, &list[0])));
        assert_eq!(last_phrase_at(&ws, &list), Some((10, &list[1])));
        assert_eq!(last_phrase_at(&ws, &[keys("in the")]).map(|f| f.0), Some(7));
        assert_eq!(last_phrase_at(&ws, &[keys("August")]), None);
        // The last month right after "in", not the last word of "in".
        let months = [keys("July"), keys("June"), keys("district")];
        let after = last_phrase_after(&ws, &months, &[keys("in")]);
        assert_eq!(after, Some((11, &months[1])));
        let after = last_phrase_after(&ws[..11], &months, &[keys("in"), keys("in the")]);
        assert_eq!(after, Some((9, &months[2])));
        assert_eq!(last_phrase_after(&ws, &months, &[keys("and")]), None);
    }

    #[test]
    fn a_phrase_is_found_at_a_place_of_words_or_keys() {
        let list = [keys("hộ gia đình"), keys("hộ")];
        let ws = keys("hộ gia đình thành viên");
        assert_eq!(phrase_at(&ws, 0, &list), Some(&list[0]));
        assert_eq!(phrase_at(&ws, 1, &list), None);
        let ws = words("21 hộ thành viên");
        assert_eq!(phrase_at(&ws, 1, &list), Some(&list[1]));
        assert_eq!(phrase_at(&ws, 0, &list), None);
    }

    #[test]
    fn a_word_in_figures_starts_with_a_digit() {
        assert!(starts_with_digit("139"));
        assert!(starts_with_digit("19/5"));
        assert!(!starts_with_digit("ba"));
        assert!(!starts_with_digit("(139)"));
        assert!(!starts_with_digit(""));
    }

    #[test]
    fn an_aside_closes_within_its_words_and_holds_no_number() {
        let none = |_: usize| false;
        let ws = keys("139 hợp tác xã (HTX) đang hoạt động");
        assert_eq!(aside_close(&ws, 4, ASIDE_WORDS, none), Some(6));
        // Not at a word that opens none, nor brackets holding nothing.
        assert_eq!(aside_close(&ws, 3, ASIDE_WORDS, none), None);
        assert_eq!(
            aside_close(&keys("HTX () đang"), 1, ASIDE_WORDS, none),
            None
        );
        // Not more words than it may hold, nor a number.
        let ws = keys("HTX (một hai ba bốn) đang");
        assert_eq!(aside_close(&ws, 1, ASIDE_WORDS, none), None);
        assert_eq!(aside_close(&ws, 1, 4, none), Some(6));
        let ws = keys("HTX (thành lập 93) đang");
        let number = |j: usize| starts_with_digit(&ws[j]);
        assert_eq!(aside_close(&ws, 1, ASIDE_WORDS, none), Some(5));
        assert_eq!(aside_close(&ws, 1, ASIDE_WORDS, number), None);
    }
}
