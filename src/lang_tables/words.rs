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

/// A word lowercased and without diacritics.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    fold_letters(word).unwrap_or_else(|| deunicode::deunicode(&word.to_lowercase()))
}

/// [`fold`] one character at a time, in one pass and one allocation, for words of
/// printable ASCII and letters that lowercase to one letter written in ASCII without a
/// trailing space (Vietnamese, French, Malay): what `deunicode` of the lowercased word
/// gives. None for anything else (Σ lowercases by its place in the word), left to it.
fn fold_letters(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            // Control characters are left to deunicode.
            (' '..'\u{7f}').contains(&c).then_some(())?;
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut lower = c.to_lowercase();
        let (Some(l), None, false) = (lower.next(), lower.next(), c == 'Σ') else {
            return None;
        };
        match deunicode::deunicode_char(l) {
            Some(a) if a.is_ascii() && !a.ends_with(' ') => out.push_str(a),
            _ => return None,
        }
    }
    Some(out)
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
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            let end = start + c.len_utf8();
            let key = if c == '’' {
                "'".into()
            } else {
                c.to_string()
            };
            out.push(Word { start, end, key });
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
            if matches!(n, '\'' | '’') && is_elided(&text[start..i]) {
                out.push(Word {
                    start,
                    end: i + n.len_utf8(),
                    key: fold(&text[start..i]) + "'",
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
            out.push(Word {
                start,
                end,
                key: fold(&text[start..end]),
            });
        }
    }
    out
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

/// A French word written short before an apostrophe: d', l', qu'...
fn is_elided(word: &str) -> bool {
    matches!(
        word,
        "d" | "D" | "l" | "L" | "qu" | "Qu" | "s" | "n" | "j" | "J" | "c" | "C" | "m" | "t"
    )
}

/// The word after an elision, up to its end.
fn return_rest(
    text: &str,
    start: usize,
    chars: &mut std::iter::Peekable<std::str::CharIndices>,
    out: &mut Vec<Word>,
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
        out.push(Word {
            start,
            end,
            key: fold(&text[start..end]),
        });
    }
}

/// The folded words of a phrase from a table: "chiffre d'affaires" -> ["chiffre", "d'", "affaires"].
pub fn phrase(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.key).collect()
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
        assert_eq!(fold_letters("ΟΔΟΣ"), None);
        assert_eq!(fold("北京"), slow("北京"));
        assert_eq!(fold_letters("Hợp").as_deref(), Some("hop"));
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
    }
}
