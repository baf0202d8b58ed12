//! Terms: a span of years after "nhiệm kỳ", "giai đoạn", "the period of" ("nhiệm kỳ
//! 2020-2025", "giai đoạn 2021 – 2025", "the period of 2021-2024"). A congress that opens
//! a term is held in its first year and reviews the term that ends then; a text that
//! states its figures for a term ("Trong giai đoạn 2021–2025, toàn tỉnh …") or reviews it
//! ("tổng kết … giai đoạn 2021–2025") gives the term's last year.

use super::{is_word, Reading, Review};

/// A span of years starting at folded byte `s`: "2020-2025", "2020 – 2025", "2026-30":
/// its first and last year and the byte after it.
pub(super) fn span_at(t: &str, s: usize) -> Option<(i32, i32, usize)> {
    let b = t.as_bytes();
    let digits = |r: &str| r.bytes().take_while(u8::is_ascii_digit).count();
    if s > 0 && is_word(b[s - 1]) || digits(t.get(s..)?) != 4 {
        return None;
    }
    let first: i32 = t[s..s + 4].parse().ok()?;
    let rest = t[s + 4..].trim_start_matches(' ').strip_prefix('-')?;
    let rest = rest.trim_start_matches(' ');
    let at = t.len() - rest.len();
    let last = match digits(rest) {
        4 => rest[..4].parse().ok()?,
        2 => first / 100 * 100 + rest[..2].parse::<i32>().ok()?,
        _ => return None,
    };
    let end = at + digits(rest);
    let fits = (1990..=2100).contains(&first) && first < last && last - first <= 10;
    (fits && !b.get(end).is_some_and(|&c| is_word(c))).then_some((first, last, end))
}

/// A term named in the text: where its word starts, its first and last year, its end.
struct Term {
    at: usize,
    first: i32,
    last: i32,
    end: usize,
}

impl Reading<'_> {
    fn terms(&self) -> Vec<Term> {
        let t = &self.f.text;
        let mut out: Vec<Term> = self
            .f
            .find_any(&self.w.term, 0..t.len())
            .into_iter()
            .filter_map(|(s, e, _)| {
                let rest = t[e..].trim_start();
                let (first, last, end) = span_at(t, t.len() - rest.len())?;
                Some(Term {
                    at: s,
                    first,
                    last,
                    end,
                })
            })
            .collect();
        // "the 2025–2030 term": the term's word after its span.
        if !self.w.term_after.is_empty() {
            let b = t.as_bytes();
            for s in 0..b.len() {
                if !b[s].is_ascii_digit() || s > 0 && is_word(b[s - 1]) {
                    continue;
                }
                let Some((first, last, end)) = span_at(t, s) else {
                    continue;
                };
                let rest = t[end..].trim_start();
                let named = self.w.term_after.iter().any(|w| {
                    rest.strip_prefix(w)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                });
                if named && !out.iter().any(|x| x.end == end) {
                    out.push(Term {
                        at: s,
                        first,
                        last,
                        end,
                    });
                }
            }
            out.sort_by_key(|x| x.at);
        }
        out
    }

    /// The year a term gives: the first year of the latest term a congress opens
    /// ("Đại hội lần thứ VI, nhiệm kỳ 2020-2025": 2020), else the last year of the
    /// first term the text states figures for or reviews ("giai đoạn 2021 - 2025, toàn
    /// tỉnh có 537 HTX": 2025), not an aim ("Nhiệm kỳ 2020 - 2025, … phấn đấu") nor a
    /// body's term closing its sentence ("… Ban Chấp hành khóa VI, nhiệm kỳ 2020-2025.").
    pub(super) fn term(&self) -> Option<Review> {
        let terms = self.terms();
        let seen = |y: i32| self.published.is_none_or(|d| y <= d.year);
        let opened = terms
            .iter()
            .filter(|x| seen(x.first))
            .filter_map(|x| {
                let sentence = self.seg.sentence(x.at);
                let (c, _, _) = *self
                    .f
                    .find_any(&self.w.congress, sentence.start..x.at)
                    .first()?;
                (!self.resolution_before(c)).then_some((x.first, c, x.end))
            })
            .max_by_key(|&(y, c, _)| (y, std::cmp::Reverse(c)));
        if let Some((y, c, end)) = opened {
            // The term before it, named and ended the year before ("nhiệm kỳ 2012-2017"
            // before "nhiệm kỳ 2018-2022"): the congress reviews it, to its last year.
            if let Some(x) = terms.iter().find(|x| x.last == y - 1) {
                let mut r = self.sure(x.last, false, x.at, x.end);
                r.quote = format!("{} (the term before {})", r.quote, self.quote(c, end));
                return Some(r);
            }
            return Some(self.sure(y, false, c, end));
        }
        let p = self.lang.patterns();
        terms.iter().find_map(|x| {
            if !seen(x.last) || self.is_target(x.at) || self.future(x.at) || self.quoted(x.at) {
                return None;
            }
            let clause = self.seg.clause(x.at);
            let sentence = self.seg.sentence(x.at);
            // A term that closes its sentence after a name is that body's ("Hội nghị Ban
            // thường vụ … khóa VI, nhiệm kỳ 2020-2025."), not a period the text states.
            let goes_on = !self
                .f
                .words(x.end.min(sentence.end)..sentence.end)
                .is_empty();
            let opens = self.f.words(clause.start..x.at).len() <= 1 && goes_on;
            let reviewed = self.f.has_any(&p.review, sentence.start..x.at);
            (opens || reviewed).then(|| self.sure(x.last, false, x.at, x.end))
        })
    }

    /// A congress's resolution in the six words before the congress word at `c`
    /// ("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh …, nhiệm kỳ 2015 - 2020"): a congress
    /// recalled, not one the text reports opening its term.
    fn resolution_before(&self, c: usize) -> bool {
        let words = self.f.words(self.seg.clause(c).start..c);
        let from = words[words.len().saturating_sub(6)..]
            .first()
            .map_or(c, |w| w.start);
        self.f.has_any(&self.w.resolution_of, from..c)
    }

    /// `pos` stands inside quotes opened in its sentence: a title ("phê duyệt “Đề án …,
    /// giai đoạn 2026 - 2030”"), whose term is a plan's, not a period stated.
    fn quoted(&self, pos: usize) -> bool {
        let sentence = self.seg.sentence(pos);
        let before = self.f.orig_of(sentence.start..pos);
        let count = |c: char| before.chars().filter(|&x| x == c).count();
        count('“') > count('”') || count('"') % 2 == 1
    }

    /// The sentence at `pos` speaks of the future ("In 2025, the province will
    /// establish …", "sẽ"): in the clause before `pos` or in the 60 bytes after it.
    pub(super) fn future(&self, pos: usize) -> bool {
        let sentence = self.seg.sentence(pos);
        let clause = self.seg.clause(pos);
        let mut end = (pos + 60).min(sentence.end);
        while !self.f.text.is_char_boundary(end) {
            end += 1;
        }
        self.f.has_any(&self.w.future, clause.start..end)
    }
}
