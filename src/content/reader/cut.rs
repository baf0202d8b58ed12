//! Cutting a sentence around a number: its words (folded, with where they stand), the
//! words before and after the number up to the end of its clause, and the years the
//! sentence names.

use std::ops::Range;

use crate::content::mentions::Mention;
use crate::content::sentence::sentence_at;
use crate::lang_tables::{aside_close, words_into, LangTable, Phrases, Word, ASIDE_WORDS};

/// How many words on each side of a number may say what it is.
const REACH: usize = 8;

/// How far after a number a word of which ones may start to be read whole past the
/// reach.
const KIND_START: usize = 5;

/// How far back a word of which ones may start for a comma or a break word inside it
/// not to end the clause ("nông, lâm, ngư, diêm nghiệp": the last comma is five words
/// in).
const KIND_HELD: usize = 7;

/// A sentence's words, folded once however many of its numbers are read.
#[derive(Debug, Default)]
pub struct Sentence {
    /// Its byte range in the text.
    pub range: Range<usize>,
    pub words: Vec<Word>,
    /// Each word's id among the words of the table's phrases.
    pub ids: Vec<u32>,
    /// The lists of the table each word starts a phrase of (no phrase starts elsewhere).
    pub lead: Vec<u64>,
}

impl Sentence {
    /// The words of `range` of `text`, with where each stands in `text`, written over
    /// those it held.
    fn fill(&mut self, text: &str, range: &Range<usize>, table: &LangTable) {
        words_into(&text[range.clone()], &mut self.words);
        for w in &mut self.words {
            w.start += range.start;
            w.end += range.start;
        }
        let ids = &table.ids;
        self.ids.clear();
        self.ids.extend(self.words.iter().map(|w| ids.id(&w.key)));
        self.set_apart(text, table);
        self.lead.clear();
        self.lead.extend(self.ids.iter().map(|&id| ids.leads(id)));
        self.range = range.clone();
    }

    /// Words written apart from the table's word they fold like ("môi" is not "mới"),
    /// and the first word of a phrase that only looks like a kind, are no word of a
    /// phrase.
    fn set_apart(&mut self, text: &str, table: &LangTable) {
        for (w, id) in self.words.iter().zip(self.ids.iter_mut()) {
            let apart = table.folds_apart.iter().any(|(key, written)| {
                w.key == *key
                    && text
                        .get(w.start..w.end)
                        .is_some_and(|t| t.to_lowercase() == *written)
            });
            if apart {
                *id = crate::lang_tables::NO_ID;
            }
        }
        // "290 tổ hợp tác hoạt động khá ổn định": "khá" there is "fairly", no rating.
        for i in 0..self.words.len() {
            let ws = &self.words[i..];
            let said =
                |p: &Vec<String>| p.len() <= ws.len() && ws.iter().zip(p).all(|(w, k)| w.key == *k);
            if table.not_kinds.iter().any(said) {
                self.ids[i] = crate::lang_tables::NO_ID;
            }
        }
    }
}

/// What is read once of one text, however many of its numbers are looked up: the last
/// sentence read, kept for its next number; the year of the text's first date; and
/// what the first part of a sentence cut by semicolons says of its parts after them
/// (whether they are targets: `planned_before`), kept by where that part starts, with
/// the words of the last such part read.
#[derive(Debug, Default)]
pub struct Sentences {
    last: Option<Sentence>,
    pub(super) planned: Option<(usize, bool)>,
    pub(super) heads: Option<Box<Sentences>>,
    /// The year of the text's first date, once looked for.
    pub(super) written: Option<Option<i32>>,
    /// A year the text was written in or after, known besides its words (the year of a
    /// report's conference day): its first date counts as no earlier.
    pub(super) written_from: Option<i32>,
}

impl Sentences {
    /// For the same text read with another list of its numbers: what the numbers do
    /// not change (the year of its first date) kept, the rest read again.
    pub fn for_other_numbers(&self) -> Sentences {
        Sentences {
            written: self.written,
            written_from: self.written_from,
            ..Sentences::default()
        }
    }

    /// For a text written in the year `year` or after it ("On January 10 the
    /// committee reviewed 2021": a report dated 2022-01-10): its "last year" is no
    /// earlier than the year before `year`.
    pub fn written_from(year: Option<i32>) -> Sentences {
        Sentences {
            written_from: year,
            ..Sentences::default()
        }
    }

    /// The sentence of `text` at `range`, read with `table`'s words.
    pub fn get(&mut self, text: &str, range: &Range<usize>, table: &LangTable) -> &Sentence {
        // An empty sentence has no words: the one the default holds.
        let s = self.last.get_or_insert_with(Sentence::default);
        if s.range != *range {
            s.fill(text, range, table);
        }
        s
    }
}

/// A sentence cut into words around one number.
pub struct Cut<'s> {
    pub words: &'s [Word],
    /// The words' ids among the words of the table's phrases.
    pub ids: &'s [u32],
    /// Each word stands inside one of the sentence's numbers.
    pub in_number: Vec<bool>,
    /// The lists of the table each word starts a phrase of (no phrase starts elsewhere).
    pub lead: &'s [u64],
    /// The words before the number, back to the clause's start or another number.
    pub before: Range<usize>,
    /// The words after the number, up to the clause's end or another number.
    pub after: Range<usize>,
    /// The first word after the number (to the sentence's end).
    pub next: usize,
    /// The number's first word.
    pub at: usize,
}

/// The byte range of the sentence around `pos`.
pub fn sentence_range(text: &str, pos: usize) -> Range<usize> {
    let s = sentence_at(text, pos);
    let start = s.as_ptr() as usize - text.as_ptr() as usize;
    start..start + s.len()
}

/// Punctuation that ends a clause: what is said of a number stays inside it.
pub(super) fn is_break_symbol(key: &str) -> bool {
    matches!(
        key,
        "," | ";" | ":" | "(" | ")" | "…" | "–" | "—" | "[" | "]" | "\"" | "“" | "”"
    )
}

/// The length of the longest phrase of `list` at word `i` of `ids`, knowing which
/// lists of the table `list` is of each word starts a phrase of (`lead`): elsewhere
/// none starts.
pub fn phrase_at_lead(ids: &[u32], lead: &[u64], i: usize, list: &Phrases) -> usize {
    if lead.get(i).is_some_and(|&l| list.starts(l)) {
        list.at(ids, i)
    } else {
        0
    }
}

/// How many words the brackets of an aside that closes a number's clause may hold
/// ("(US$ 1,500)").
const CLOSING_ASIDE_WORDS: usize = 6;

impl<'s> Cut<'s> {
    /// "VNĐ35 million (US$1,500) last year": the brackets of an aside that closes the
    /// number's clause, with one to [`CLOSING_ASIDE_WORDS`] words inside: where they
    /// open and where they close.
    pub fn aside(&self) -> Option<(usize, usize)> {
        let open = self.after.end;
        let close = aside_close(self.words, open, CLOSING_ASIDE_WORDS, |_| false)?;
        Some((open, close))
    }

    /// Cuts `sentence` around mention `m`; `others` are the sentence's numbers (with
    /// `m`).
    pub fn new(sentence: &'s Sentence, m: &Mention, others: &[Mention], table: &LangTable) -> Self {
        Cut::reaching(sentence, m, others, table, REACH)
    }

    /// [`Cut::new`] with the words said of the number reaching `reach` words on each
    /// side.
    pub fn reaching(
        sentence: &'s Sentence,
        m: &Mention,
        others: &[Mention],
        table: &LangTable,
        reach: usize,
    ) -> Self {
        let (ws, ids, lead) = (&sentence.words[..], &sentence.ids[..], &sentence.lead[..]);
        let inside = |w: &Word| others.iter().any(|o| w.start < o.end && w.end > o.start);
        let in_number: Vec<bool> = ws.iter().map(inside).collect();
        let at = ws.iter().position(|w| w.end > m.start).unwrap_or(ws.len());
        let next = ws.iter().position(|w| w.start >= m.end).unwrap_or(ws.len());
        // A break word inside a word of which ones ("beroperasi dengan berkesan")
        // does not break.
        let held = |i: usize| {
            (i.saturating_sub(KIND_HELD)..i).any(|j| {
                table
                    .ids
                    .qualifiers
                    .iter()
                    .any(|(_, l)| phrase_at_lead(ids, lead, j, l) > i - j)
            })
        };
        // Nor does a comma or a dash inside one ("HTX nông, lâm nghiệp",
        // "agricultural–forestry cooperatives").
        let inside = |i: usize| matches!(ws[i].key.as_str(), "," | "–" | "—") && held(i);
        let stops = |i: usize| {
            in_number[i]
                || (is_break_symbol(&ws[i].key) && !inside(i))
                || (phrase_at_lead(ids, lead, i, &table.ids.time.breaks) > 0 && !held(i))
        };
        // "84 cooperatives and 81 of which have registered …": a word linking a count
        // to the words after it, right after it, does not end what is said of it.
        let mut end = next + phrase_at_lead(ids, lead, next, &table.ids.links);
        // The words of asides passed, which the reach does not count.
        let mut aside = 0;
        loop {
            // "139/143 hợp tác xã (HTX) đang hoạt động có hiệu quả": an aside
            // without a number does not end what is said of the number, and its words
            // do not shorten the reach ("65 hợp tác xã (HTX) hoạt động trong lĩnh vực
            // nông nghiệp").
            if let Some(close) = aside_close(ws, end, ASIDE_WORDS, |j| in_number[j]) {
                aside += close + 1 - end;
                end = close + 1;
                continue;
            }
            if end >= ws.len() || end - next >= reach + aside || stops(end) {
                break;
            }
            end += 1;
        }
        // A word of which ones begun next to the number's noun is read whole ("223 hợp
        // tác xã nông, lâm, ngư nghiệp").
        let whole = (next..end.min(next + KIND_START))
            .flat_map(|k| {
                let qs = &table.ids.qualifiers;
                qs.iter()
                    .map(move |(_, l)| k + phrase_at_lead(ids, lead, k, l))
            })
            .max();
        end = end.max(whole.unwrap_or(end));
        let mut start = at;
        while start > 0 && at - start < reach && !stops(start - 1) {
            start -= 1;
        }
        Cut {
            words: ws,
            ids,
            in_number,
            lead,
            before: start..at,
            after: next..end,
            next,
            at,
        }
    }

    /// The first phrase of `lists` in `range`, scanning forward: at each word the
    /// longest of any list; gives the list's tag and where the phrase starts.
    pub fn first<T: Copy, L: AsRef<Phrases>>(
        &self,
        range: Range<usize>,
        lists: &[(T, L)],
    ) -> Option<(T, usize)> {
        range
            .clone()
            .find_map(|i| self.best_at(i, range.end, lists).map(|t| (t, i)))
    }

    /// The last phrase of `lists` in `range` (the nearest before a number).
    pub fn last<T: Copy, L: AsRef<Phrases>>(
        &self,
        range: Range<usize>,
        lists: &[(T, L)],
    ) -> Option<(T, usize)> {
        self.each(range, lists).last()
    }

    /// Each phrase of `lists` in `range`, in order, none inside another: at each word
    /// the longest of any list, then on after it; gives the list's tag and where the
    /// phrase starts.
    pub fn each<'a, T: Copy, L: AsRef<Phrases>>(
        &'a self,
        range: Range<usize>,
        lists: &'a [(T, L)],
    ) -> impl Iterator<Item = (T, usize)> + 'a {
        let mut i = range.start;
        std::iter::from_fn(move || {
            while i < range.end {
                let at = i;
                match self.best_at_len(at, range.end, lists) {
                    Some((t, len)) => {
                        i += len;
                        return Some((t, at));
                    }
                    None => i += 1,
                }
            }
            None
        })
    }

    fn best_at<T: Copy, L: AsRef<Phrases>>(
        &self,
        i: usize,
        end: usize,
        lists: &[(T, L)],
    ) -> Option<T> {
        self.best_at_len(i, end, lists).map(|(t, _)| t)
    }

    pub fn best_at_len<T: Copy, L: AsRef<Phrases>>(
        &self,
        i: usize,
        end: usize,
        lists: &[(T, L)],
    ) -> Option<(T, usize)> {
        let lead = self.lead.get(i).copied().unwrap_or(0);
        if lead == 0 {
            return None;
        }
        let ids = &self.ids[..end];
        lists
            .iter()
            .filter(|(_, l)| l.as_ref().starts(lead))
            .map(|(t, l)| (*t, l.as_ref().at(ids, i)))
            .filter(|(_, n)| *n > 0)
            .max_by_key(|(_, n)| *n)
    }

    /// Whether a phrase of `list` stands in `range`.
    pub fn has(&self, range: Range<usize>, list: &Phrases) -> bool {
        let ids = &self.ids[..range.end];
        range
            .clone()
            .any(|i| phrase_at_lead(ids, self.lead, i, list) > 0)
    }

    /// The length of the longest phrase of `list` at word `i` whose words end before
    /// word `end`.
    pub fn phrase(&self, i: usize, end: usize, list: &Phrases) -> usize {
        phrase_at_lead(&self.ids[..end], self.lead, i, list)
    }
}

/// A year the sentence names: `2023`, `2021-2025`, or a phrase standing for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearRef {
    /// Word index in the cut.
    pub at: usize,
    pub year: i32,
    /// The last year of a span ("2021-2025").
    pub to: Option<i32>,
    /// Written in a date ("28/12/2023", "December 28, 2023").
    pub dated: bool,
    /// A word for last year or now ("năm trước", "hiện nay"), not a year's digits.
    pub relative: bool,
}

fn as_year(w: &Word) -> Option<i32> {
    year_of(&w.key)
}

fn year_of(key: &str) -> Option<i32> {
    let y: i32 = (key.len() == 4).then(|| key.parse().ok())??;
    (1990..=2060).contains(&y).then_some(y)
}

/// The last year of a span after `from`: "2025", or its last two digits ("2026–30").
fn span_end(from: i32, key: &str) -> Option<i32> {
    if key.len() == 2 && key.bytes().all(|b| b.is_ascii_digit()) {
        let y = from - from % 100 + key.parse::<i32>().ok()?;
        return (y > from).then_some(y);
    }
    year_of(key).filter(|&y| y > from)
}

/// The years the sentence names, in order: four digits standing alone as a word
/// (not in a name: "Luật HTX năm 2012", "the 2012 law"), spans of two, an earlier year to now ("từ năm 2013", "since 2021"), and the
/// table's words for last year and for now.
pub fn years(
    cut: &Cut,
    table: &LangTable,
    review: i32,
    written: &mut dyn FnMut() -> Option<i32>,
) -> Vec<YearRef> {
    let ws = cut.words;
    let t = &table.ids.time;
    let mut out: Vec<YearRef> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // "2023.5", "2023,4": a number, not a year.
        let glued = |j: usize| {
            ws.get(j)
                .is_some_and(|w| matches!(w.key.as_str(), "." | ",") && w.start == ws[j - 1].end)
                && ws.get(j + 1).is_some_and(|n| n.start == ws[j].end)
        };
        let named =
            |i: usize| t.named.ends_at(cut.ids, i) || cut.phrase(i + 1, ws.len(), &t.named) > 0;
        if let Some(year) = as_year(&ws[i]).filter(|_| !(glued(i + 1) && number_after(ws, i + 2))) {
            if named(i) {
                i += 1;
                continue;
            }
            let before_digit = |k: usize| {
                ws.get(k)
                    .is_some_and(|w| w.key.len() <= 2 && w.key.bytes().all(|b| b.is_ascii_digit()))
            };
            let dated = i >= 2 && (before_digit(i - 1) || before_digit(i - 2));
            let dash = ws
                .get(i + 1)
                .is_some_and(|w| matches!(w.key.as_str(), "-" | "–"));
            // "2021 - 2025"; two digits only glued to the dash ("2026–30").
            let to = dash
                .then(|| ws.get(i + 2))
                .flatten()
                .filter(|w| w.key.len() == 4 || (glued_to(ws, i + 1) && glued_to(ws, i + 2)))
                .and_then(|w| span_end(year, &w.key));
            let since = year < review && t.since.ends_at(cut.ids, i);
            out.push(YearRef {
                at: i,
                year,
                to: to.or(since.then_some(review)),
                dated,
                relative: false,
            });
            // "từ năm 2013 đến nay": the now ends the span, it names no year of its own.
            let now = if since {
                cut.phrase(i + 1, ws.len(), &t.now)
            } else {
                0
            };
            i += if to.is_some() { 3 } else { 1 + now };
            continue;
        }
        // "nhiệm kỳ 2020-2025" written as one word: a span.
        if let Some((a, b)) = ws[i].key.split_once('-') {
            if let Some((year, to)) = year_of(a).and_then(|y| Some((y, span_end(y, b)?))) {
                out.push(YearRef {
                    at: i,
                    year,
                    to: Some(to),
                    dated: false,
                    relative: false,
                });
                i += 1;
                continue;
            }
        }
        let earlier = cut.phrase(i, ws.len(), &t.earlier);
        let now = cut.phrase(i, ws.len(), &t.now);
        if earlier > 0 || now > 0 {
            let year = if earlier >= now {
                super::written::last_year(review, written())
            } else {
                review
            };
            out.push(YearRef {
                at: i,
                year,
                to: None,
                dated: false,
                relative: true,
            });
            i += earlier.max(now);
            continue;
        }
        i += 1;
    }
    out
}

/// Word `j` follows word `j - 1` with no space.
fn glued_to(ws: &[Word], j: usize) -> bool {
    j > 0 && ws.get(j).is_some_and(|w| w.start == ws[j - 1].end)
}

fn number_after(ws: &[Word], j: usize) -> bool {
    ws.get(j)
        .is_some_and(|w| w.key.bytes().all(|b| b.is_ascii_digit()))
}
