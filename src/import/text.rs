//! Text folded for matching (lowercase ASCII: "Hợp tác xã" → "hop tac xa",
//! "coopératives" → "cooperatives", "d’une" → "d'une"), with the byte in the original
//! of every folded byte, and the text cut into paragraphs, sentences and clauses.

use std::ops::Range;

/// A text and its folded form.
pub struct Folded<'a> {
    pub orig: &'a str,
    /// Lowercase ASCII (mostly): what patterns are matched against.
    pub text: String,
    /// `map[i]` is the byte of the original that folded byte `i` comes from;
    /// `map[text.len()]` is `orig.len()`.
    map: Vec<usize>,
}

use crate::lang_tables::fold_char;

impl<'a> Folded<'a> {
    pub fn new(orig: &'a str) -> Folded<'a> {
        let mut text = String::with_capacity(orig.len());
        let mut map = Vec::with_capacity(orig.len() + 1);
        for (i, c) in orig.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            map.extend(std::iter::repeat_n(i, text.len() - before));
        }
        map.push(orig.len());
        Folded { orig, text, map }
    }

    /// The original byte a folded byte comes from.
    pub fn to_orig(&self, f: usize) -> usize {
        self.map[f.min(self.text.len())]
    }

    /// The first folded byte that comes from original byte `o` or later.
    pub fn from_orig(&self, o: usize) -> usize {
        self.map.partition_point(|&x| x < o)
    }

    /// The original text of a folded range.
    pub fn orig_of(&self, r: Range<usize>) -> &'a str {
        &self.orig[self.to_orig(r.start)..self.to_orig(r.end)]
    }

    /// Where `phrase` (folded) stands as whole words in `range`, in order.
    pub fn find_all(&self, phrase: &str, range: Range<usize>) -> Vec<usize> {
        let hay = &self.text[range.clone()];
        (hay.match_indices(phrase))
            .map(|(i, _)| range.start + i)
            .filter(|&s| self.whole_at(phrase, s))
            .collect()
    }

    /// True when any of `phrases` stands as whole words at the start of `range`.
    pub fn starts_with_any(&self, phrases: &[impl AsRef<str>], range: Range<usize>) -> bool {
        let hay = &self.text[range.clone()];
        (phrases.iter().map(AsRef::as_ref))
            .any(|p| hay.starts_with(p) && self.whole_at(p, range.start))
    }

    /// Whether `phrase`, written at byte `s`, stands there as whole words: no letter
    /// or digit goes on a word of it at either end.
    fn whole_at(&self, phrase: &str, s: usize) -> bool {
        let bytes = self.text.as_bytes();
        let e = s + phrase.len();
        let left = !phrase.bytes().next().is_some_and(is_word) || s == 0 || !is_word(bytes[s - 1]);
        let right =
            !phrase.bytes().last().is_some_and(is_word) || e >= bytes.len() || !is_word(bytes[e]);
        left && right
    }

    /// Every match of any of `phrases` in `range`: (start, end, index of the phrase),
    /// sorted by start; where matches overlap the longer one is kept.
    pub fn find_any(&self, phrases: &[&str], range: Range<usize>) -> Vec<(usize, usize, usize)> {
        let mut all: Vec<(usize, usize, usize)> = Vec::new();
        for (k, p) in phrases.iter().enumerate() {
            for s in self.find_all(p, range.clone()) {
                all.push((s, s + p.len(), k));
            }
        }
        all.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for m in all {
            match out.last() {
                Some(&(_, e, _)) if m.0 < e => {}
                _ => out.push(m),
            }
        }
        out
    }

    /// True when any of `phrases` stands in `range`.
    pub fn has_any(&self, phrases: &[impl AsRef<str>], range: Range<usize>) -> bool {
        phrases
            .iter()
            .any(|p| !self.find_all(p.as_ref(), range.clone()).is_empty())
    }

    /// The words (runs of letters and digits) of a folded range.
    pub fn words(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let bytes = self.text.as_bytes();
        let mut out = Vec::new();
        let mut start = None;
        for i in range.clone() {
            match (is_word(bytes[i]), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push(s..range.end);
        }
        out
    }
}

/// Where the line holding byte `at` of `text` starts: after the last line break before
/// it (a pasted article's paragraphs are its lines).
pub fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// True when `text` ends with `word` as a whole word.
pub fn ends_with_word(text: &str, word: &str) -> bool {
    text.ends_with(word)
        && text[..text.len() - word.len()]
            .bytes()
            .last()
            .is_none_or(|b| !is_word(b))
}

pub fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The period at `i` closes a word written short before a number ("No. 231", "no.
/// 19": the tables' `number_sign`), not a sentence.
fn numbered(b: &[u8], i: usize) -> bool {
    let short = |w: &&str| {
        let n = w.len();
        i >= n
            && b[i - n..i].eq_ignore_ascii_case(w.as_bytes())
            && (i == n || !is_word(b[i - n - 1]))
    };
    b.get(i + 1) == Some(&b' ')
        && b.get(i + 2).is_some_and(u8::is_ascii_digit)
        && super::timewords::shared().number_sign.iter().any(short)
}

/// Paragraphs, sentences and clauses of a folded text, as ranges of it.
pub struct Segments {
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Range<usize>>,
    pub clauses: Vec<Range<usize>>,
}

impl Segments {
    pub fn new(text: &str) -> Segments {
        let b = text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let space_or_end = |i: usize| b.get(i).is_none_or(|c| c.is_ascii_whitespace());
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices("\n\n") {
            paragraphs.push(start..i);
            start = i + 2;
        }
        paragraphs.push(start..text.len());
        let mut sentences = Vec::new();
        let mut clauses = Vec::new();
        let (mut s_start, mut c_start) = (0, 0);
        for i in 0..b.len() {
            let sentence_end = match b[i] {
                b'\n' => true,
                // "Decision No. 231/QD-UBND": a number's abbreviation, not an end.
                b'.' => space_or_end(i + 1) && !numbered(b, i),
                b'!' | b'?' => space_or_end(i + 1),
                _ => false,
            };
            let clause_end = sentence_end
                || match b[i] {
                    b',' => !(i > 0 && digit(i - 1) && digit(i + 1)),
                    b';' | b':' | b'(' | b')' | b'[' | b']' => true,
                    b'-' => i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' '),
                    _ => false,
                };
            if clause_end {
                clauses.push(c_start..i);
                c_start = i + 1;
            }
            if sentence_end {
                sentences.push(s_start..i + 1);
                s_start = i + 1;
            }
        }
        sentences.push(s_start..b.len());
        clauses.push(c_start..b.len());
        Segments {
            paragraphs,
            sentences,
            clauses,
        }
    }

    fn find(list: &[Range<usize>], pos: usize) -> Range<usize> {
        let i = list.partition_point(|r| r.end < pos);
        list.get(i).cloned().unwrap_or(pos..pos)
    }

    pub fn paragraph(&self, pos: usize) -> Range<usize> {
        Self::find(&self.paragraphs, pos)
    }
    pub fn sentence(&self, pos: usize) -> Range<usize> {
        Self::find(&self.sentences, pos)
    }
    pub fn clause(&self, pos: usize) -> Range<usize> {
        Self::find(&self.clauses, pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let f = Folded::new("Có 1.059 Hợp tác xã; d’une coopérative");
        assert_eq!(f.text, "co 1.059 hop tac xa; d'une cooperative");
        let s = f.find_all("hop tac xa", 0..f.text.len())[0];
        assert_eq!(f.orig_of(s..s + 10), "Hợp tác xã");
        assert_eq!(f.from_orig(f.to_orig(s)), s);
        assert!(f.find_all("tac", 0..f.text.len()).len() == 1);
        assert!(f.find_all("ta", 0..f.text.len()).is_empty());
    }

    #[test]
    fn a_phrase_starts_a_range_as_whole_words() {
        let f = Folded::new("Hiện nay có 12 HTX, hiện nayx");
        let now = ["hien nay", "den nay"];
        assert!(f.starts_with_any(&now, 0..f.text.len()));
        assert!(!f.starts_with_any(&now, 1..f.text.len()));
        assert!(!f.starts_with_any(&now, 0..5));
        let last = f.text.rfind("hien").unwrap();
        assert!(!f.starts_with_any(&now, last..f.text.len()));
    }

    #[test]
    fn longer_matches_win() {
        let f = Folded::new("tổng doanh thu và doanh thu");
        let m = f.find_any(&["doanh thu", "tong doanh thu"], 0..f.text.len());
        assert_eq!(m.iter().map(|x| x.2).collect::<Vec<_>>(), vec![1, 0]);
    }

    #[test]
    fn clauses_keep_numbers_whole() {
        let t = "en 2024, 1,059 coops; soit 69,8%. autre phrase";
        let s = Segments::new(t);
        let c: Vec<&str> = s.clauses.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            c,
            vec!["en 2024", " 1,059 coops", " soit 69,8%", " autre phrase"]
        );
        assert_eq!(s.sentences.len(), 2);
        assert_eq!(&t[s.sentence(10)], "en 2024, 1,059 coops; soit 69,8%.");
        // "No. 19" closes no sentence; "no. The" and "casino. 5" do.
        let t = "program no. 19 on coops. it said no. the end. a casino. 5 left";
        assert_eq!(Segments::new(t).sentences.len(), 5);
    }
}
