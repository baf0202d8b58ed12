//! Figures and targets read from a report's words: every number the text states
//! ([`crate::content::mentions`]), each read by the words around it. A count is
//! read by the noun it counts ("1.059 HTX") and what the words near it say of them
//! ("thành lập mới", "efficaces", "berkesan"); money by the measure before it
//! ("doanh thu bình quân", "revenu moyen") and whose it is. What is read is a
//! [`Found`]; one that cannot be written as it is carries its doubt.

use std::ops::Range;

pub use super::found::{Found, Section, Val};
use super::money;
use super::patterns::{Lang, Patterns};
use super::text::{ends_with_word, Folded, Segments};
use crate::content::amount::{Notation, Period};
use crate::content::mentions::mentions;

/// What a noun after a number says it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Coop,
    Group,
    Member,
    Product,
    Union,
}

/// One number of the text, in folded coordinates.
#[derive(Debug, Clone)]
pub struct Num {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub money: bool,
    pub per: Option<Period>,
    pub percent: bool,
    /// The noun right after it, if it counts one: kind and range.
    pub unit: Option<(Noun, Range<usize>)>,
}

/// The text being read and everything found in it once.
pub struct Ctx<'a> {
    pub f: Folded<'a>,
    pub seg: Segments,
    pub p: &'static Patterns,
    pub lang: Lang,
    /// The year under review.
    pub year: i32,
    pub nums: Vec<Num>,
    /// Nouns, in order: (kind, range).
    pub nouns: Vec<(Noun, Range<usize>)>,
    /// Stretches of text about next year's aims.
    pub targets: Vec<Range<usize>>,
}

/// Everything the text states as figures or targets, doubtful ones included.
pub fn extract(body: &str, lang: Lang, year: i32) -> Vec<Found> {
    let ctx = Ctx::new(body, lang, year);
    let mut out = Vec::new();
    for i in 0..ctx.nums.len() {
        let n = &ctx.nums[i];
        let found = if n.money && n.unit.is_none() {
            money::read(&ctx, i)
        } else {
            ctx.count(i)
        };
        out.extend(found);
    }
    out
}

impl<'a> Ctx<'a> {
    pub fn new(body: &'a str, lang: Lang, year: i32) -> Ctx<'a> {
        let f = Folded::new(body);
        let seg = Segments::new(&f.text);
        let p = lang.patterns();
        let mut ctx = Ctx {
            nouns: find_nouns(&f, p),
            f,
            seg,
            p,
            lang,
            year,
            nums: Vec::new(),
            targets: Vec::new(),
        };
        let notation = Notation::for_lang(lang.code());
        for m in mentions(body, notation) {
            let (start, end) = (ctx.f.from_orig(m.start), ctx.f.from_orig(m.end));
            let mut n = Num {
                start,
                end,
                value: m.value,
                money: m.money,
                per: m.per,
                percent: m.percent,
                unit: None,
            };
            n.unit = ctx.unit_after(&n);
            ctx.nums.push(n);
        }
        ctx.targets = ctx.target_scopes();
        ctx
    }

    pub fn text(&self, r: Range<usize>) -> &str {
        &self.f.text[r]
    }

    /// The noun a number counts: one that starts within a few allowed words after it,
    /// in the same clause ("1.059 HTX", "38 lagi koperasi", "45 new cooperatives").
    fn unit_after(&self, n: &Num) -> Option<(Noun, Range<usize>)> {
        let clause = self.seg.clause(n.start);
        let (kind, range) = self
            .nouns
            .iter()
            .find(|(_, r)| r.start >= n.end && r.start < clause.end)?
            .clone();
        let gap = self.f.words(n.end..range.start);
        let allowed = gap.len() <= 3
            && gap.iter().all(|w| {
                let word = self.text(w.clone());
                self.p.gap.contains(&word) && !word.bytes().any(|b| b.is_ascii_digit())
            })
            && !self.text(n.end..range.start).contains(['/', '%']);
        if !allowed || kind == Noun::Union {
            return None;
        }
        // "2,150 cooperative members": the cooperative is whose, the members are what.
        if kind == Noun::Coop {
            if let Some((next, r)) = self.nouns.iter().find(|(_, r)| r.start > range.start) {
                if matches!(next, Noun::Member | Noun::Product)
                    && self.text(range.end..r.start).trim().is_empty()
                {
                    return Some((*next, r.clone()));
                }
            }
        }
        Some((kind, range))
    }

    /// Where the words before number `i` start: its clause, after any number before it.
    pub fn lead(&self, i: usize) -> Range<usize> {
        let n = &self.nums[i];
        let clause = self.seg.clause(n.start);
        let prev = self.nums[..i]
            .iter()
            .rev()
            .find(|m| m.end <= n.start && m.end > clause.start)
            .map_or(clause.start, |m| m.unit.as_ref().map_or(m.end, |u| u.1.end));
        prev.min(n.start)..n.start
    }

    /// The words after number `i` up to the next number or the end of its clause.
    pub fn after(&self, i: usize) -> Range<usize> {
        let n = &self.nums[i];
        let clause = self.seg.clause(n.start);
        let next = self.nums[i + 1..]
            .iter()
            .find(|m| m.start >= n.end)
            .map_or(clause.end, |m| m.start.min(clause.end));
        n.end..next.max(n.end)
    }

    /// True when the words before `r.end` end with one of `phrases`, once words of
    /// approximation ("hơn", "environ") are set aside.
    pub fn lead_ends_with(&self, r: Range<usize>, phrases: &[&str]) -> bool {
        let mut end = self.trim_end(r.start, r.end);
        loop {
            let tail = &self.f.text[r.start..end];
            if phrases.iter().any(|p| ends_with_word(tail, p)) {
                return true;
            }
            match self.p.approx.iter().find(|a| ends_with_word(tail, a)) {
                Some(a) => end = self.trim_end(r.start, end - a.len()),
                None => return false,
            }
        }
    }

    fn trim_end(&self, start: usize, mut end: usize) -> usize {
        let b = self.f.text.as_bytes();
        while end > start && !super::text::is_word(b[end - 1]) {
            end -= 1;
        }
        end
    }

    /// A change from last year, not a level: "tăng 45 HTX", "up 45".
    pub fn is_delta(&self, i: usize) -> bool {
        let phrasal = [
            "set up",
            "sets up",
            "setting up",
            "built up",
            "make up",
            "makes up",
        ];
        self.lead_ends_with(self.lead(i), self.p.delta)
            && !self.lead_ends_with(self.lead(i), &phrasal)
    }

    /// `a - b`, `a đến b`, `entre a et b`: one end of a range.
    pub fn is_range(&self, i: usize) -> bool {
        let n = &self.nums[i];
        let joins = [
            "-", "den", "toi", "to", "a", "au", "hingga", "sampai", "ke", "et", "and",
        ];
        let joined = |between: &str| {
            let t = between.trim();
            !t.is_empty() && joins.contains(&t)
        };
        let before = i
            .checked_sub(1)
            .map(|j| &self.nums[j])
            .is_some_and(|m| m.end <= n.start && joined(self.text(m.end..n.start)));
        let after = self.nums.get(i + 1).is_some_and(|m| {
            m.start >= n.end && m.start - n.end < 8 && joined(self.text(n.end..m.start))
        });
        before || after
    }

    /// Part of a date or a fraction: "28/12", "170/430".
    pub fn is_date_or_fraction(&self, n: &Num) -> bool {
        let b = self.f.text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        (n.start >= 2 && b[n.start - 1] == b'/' && digit(n.start - 2))
            || (b.get(n.end) == Some(&b'/') && digit(n.end + 1))
    }

    /// A year such as 2023, written alone.
    pub fn is_year(n: &Num) -> bool {
        !n.money && !n.percent && n.unit.is_none() && (1900.0..=2100.0).contains(&n.value)
    }

    /// Years stated in `r` (not counting number `skip`), other than in dates.
    pub fn years_in(&self, r: Range<usize>, skip: usize) -> Vec<i32> {
        self.nums
            .iter()
            .enumerate()
            .filter(|(j, m)| *j != skip && m.start >= r.start && m.end <= r.end)
            .filter(|(_, m)| Self::is_year(m) && !self.is_date_part(m))
            .map(|(_, m)| m.value as i32)
            .collect()
    }

    /// "2 décembre 2024", "28/12/2023": a year that dates a day.
    fn is_date_part(&self, n: &Num) -> bool {
        let before = self.text(n.start.saturating_sub(12)..n.start);
        before.trim_end().ends_with('/')
            || self
                .p
                .months
                .iter()
                .any(|m| ends_with_word(before.trim_end(), m))
    }

    /// The section number `i` belongs to, or None when it is about another year.
    pub fn section(&self, i: usize) -> Option<Section> {
        let n = &self.nums[i];
        let clause = self.seg.clause(n.start);
        if self.targets.iter().any(|r| r.contains(&n.start)) {
            let stale = self.years_in(clause, i).iter().any(|&y| y <= self.year);
            return (!stale).then_some(Section::Targets);
        }
        // The year of its own clause, or of the sentence's opening words ("Năm 2022, ...").
        let sentence = self.seg.sentence(n.start);
        let opening = self.seg.clause(sentence.start);
        let mut years = self.years_in(clause, i);
        if opening.end <= n.start {
            years.extend(self.years_in(opening, i));
        }
        let other = years.iter().any(|&y| y != self.year);
        (!other).then_some(Section::Figures)
    }

    /// The words a number comes from: its clause, from `from` when that is earlier,
    /// as the text writes them, shortened around the number when long.
    pub fn quote(&self, i: usize, from: Option<usize>) -> String {
        let n = &self.nums[i];
        let clause = self.seg.clause(n.start);
        let sentence = self.seg.sentence(n.start);
        let start = from
            .filter(|&s| s >= sentence.start)
            .map_or(clause.start, |s| s.min(clause.start));
        let mut end = clause.end.max(n.end);
        if let Some((_, r)) = &n.unit {
            end = end.max(r.end);
        }
        let (mut start, mut end) = (self.f.to_orig(start), self.f.to_orig(end));
        let (ns, ne) = (self.f.to_orig(n.start), self.f.to_orig(n.end));
        let text = self.f.orig;
        let (mut pre, mut post) = ("", "");
        if ns - start > 120 {
            start = floor_char(text, ns - 100);
            start += text[start..].find(' ').map_or(0, |s| s + 1);
            pre = "…";
        }
        if end - ne > 100 {
            end = floor_char(text, ne + 80);
            end = text[..end].rfind(' ').unwrap_or(end).max(ne);
            post = "…";
        }
        let words: Vec<&str> = text[start..end].split_whitespace().collect();
        let quote = words.join(" ");
        let quote = quote.trim_matches(|c: char| ",;:(#-+ ".contains(c)).trim();
        format!("{pre}{quote}{post}")
    }

    /// A found figure at number `i`.
    pub fn found(&self, i: usize, section: Section, key: &'static str, val: Val) -> Found {
        Found {
            section,
            key,
            val,
            quote: self.quote(i, None),
            strong: true,
            pos: self.nums[i].start,
            doubt: None,
        }
    }

    /// Stretches about next year: from a target word ("phấn đấu", "objectif") to the
    /// end of its sentence (and the list after it, when the sentence ends in `:`),
    /// and sentences that name next year and not the year under review.
    fn target_scopes(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let all = 0..self.f.text.len();
        for (s, _, _) in self.f.find_any(self.p.target, all) {
            let before = &self.f.text[s.saturating_sub(25)..s];
            let words: Vec<&str> = before.split(|c: char| !c.is_ascii_alphanumeric()).collect();
            let last: Vec<&str> = words
                .iter()
                .rev()
                .filter(|w| !w.is_empty())
                .take(2)
                .copied()
                .collect();
            if last.iter().any(|w| self.p.not_target.contains(w)) {
                continue;
            }
            let sentence = self.seg.sentence(s);
            out.push(s..self.list_end(sentence.end));
        }
        for sentence in &self.seg.sentences {
            let years = self.years_introduced(sentence.clone());
            if years.contains(&(self.year + 1)) && !years.iter().any(|&y| y <= self.year) {
                out.push(sentence.start..self.list_end(sentence.end));
            }
        }
        out
    }

    /// Years in `r` written after a word that introduces one ("năm 2024", "en 2025").
    fn years_introduced(&self, r: Range<usize>) -> Vec<i32> {
        self.nums
            .iter()
            .filter(|m| m.start >= r.start && m.end <= r.end && Self::is_year(m))
            .filter(|m| {
                let before = self.text(m.start.saturating_sub(12)..m.start).trim_end();
                self.p.year_intro.iter().any(|w| ends_with_word(before, w))
            })
            .map(|m| m.value as i32)
            .collect()
    }

    /// Where a sentence ending in `:` and the list lines after it end.
    fn list_end(&self, end: usize) -> usize {
        let t = &self.f.text;
        if !t[..end].trim_end().ends_with(':') {
            return end;
        }
        let mut pos = end;
        loop {
            let rest = &t[pos..];
            let line_start = pos + (rest.len() - rest.trim_start().len());
            let line = &t[line_start..];
            if !line.starts_with(['-', '+', '*', '•']) {
                return pos;
            }
            pos = line_start + line.find('\n').unwrap_or(line.len());
        }
    }
}

/// Every noun of the text; unions' names are nouns of their own, so their
/// "cooperative" counts nothing.
fn find_nouns(f: &Folded, p: &Patterns) -> Vec<(Noun, Range<usize>)> {
    let lists: [(&[&str], Noun); 5] = [
        (p.union, Noun::Union),
        (p.group, Noun::Group),
        (p.coop, Noun::Coop),
        (p.member, Noun::Member),
        (p.product, Noun::Product),
    ];
    let mut phrases = Vec::new();
    let mut kinds = Vec::new();
    for (list, k) in lists {
        for w in list {
            phrases.push(*w);
            kinds.push(k);
        }
    }
    f.find_any(&phrases, 0..f.text.len())
        .into_iter()
        .map(|(s, e, k)| (kinds[k], s..e))
        .collect()
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests;
