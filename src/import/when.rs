//! The period a report reviews, read from its words: "tổng kết năm 2024", "6 tháng đầu
//! năm 2022" (a half year), "tính đến tháng 12/2020", "Trong năm 2024", "in 2022", and,
//! with the page's publication day, "trong năm qua", "last year", "this year".

use super::patterns::Lang;
use super::text::{ends_with_word, is_word, Folded, Segments};
use super::timewords::{self, TimeWords, MONTH_NAMES};
use crate::content::date::Date;

/// The year under review and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub year: i32,
    /// The text reviews the first half of the year only.
    pub half: bool,
    /// The words it was read from, or how it was decided.
    pub quote: String,
    /// Read from clear words (false: a guess for the author to check).
    pub sure: bool,
}

/// A four-digit year standing alone at `s..s+4` of the folded text (not in "1.059",
/// "2020-2025", "2026–30").
fn year_at(t: &str, s: usize) -> Option<i32> {
    let b = t.as_bytes();
    if s + 4 > b.len() || (s > 0 && (is_word(b[s - 1]) || matches!(b[s - 1], b'.' | b','))) {
        return None;
    }
    if !b[s..s + 4].iter().all(u8::is_ascii_digit) || b.get(s + 4).is_some_and(|&c| is_word(c)) {
        return None;
    }
    let after = t[s + 4..].trim_start_matches(' ');
    let before = t[..s].trim_end_matches(' ');
    let range = |r: &str| {
        r.starts_with('-')
            && r[1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    };
    if range(after)
        || before.ends_with('-')
            && before[..before.len() - 1]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    t[s..s + 4]
        .parse()
        .ok()
        .filter(|y| (1990..=2100).contains(y))
}

/// The years of a folded range: (start, year).
fn years(t: &str, r: std::ops::Range<usize>) -> Vec<(usize, i32)> {
    (r.start..r.end.saturating_sub(3))
        .filter_map(|s| year_at(t, s).map(|y| (s, y)))
        .collect()
}

struct Reading<'a> {
    f: Folded<'a>,
    seg: Segments,
    lang: Lang,
    w: &'static TimeWords,
    published: Option<Date>,
}

/// The year under review, read from the whole text (headline first).
pub fn review(text: &str, lang: Lang, published: Option<Date>) -> Option<Review> {
    let f = Folded::new(text);
    let seg = Segments::new(&f.text);
    let r = Reading {
        seg,
        lang,
        w: timewords::of(lang),
        published,
        f,
    };
    let head = r
        .seg
        .paragraphs
        .iter()
        .take(3)
        .map(|p| p.end)
        .max()
        .unwrap_or(0);
    let all = r.f.text.len();
    r.half(0..head)
        .or_else(|| r.anchored())
        .or_else(|| r.half(0..all))
        .or_else(|| r.as_of())
        .or_else(|| r.vote())
        .or_else(|| r.relative())
}

impl Reading<'_> {
    fn quote(&self, s: usize, e: usize) -> String {
        self.f.orig_of(s..e).trim().to_string()
    }

    fn sure(&self, year: i32, half: bool, s: usize, e: usize) -> Review {
        Review {
            year,
            half,
            quote: self.quote(s, e),
            sure: true,
        }
    }

    /// The sentence speaks of next year's aims: "phấn đấu", "kế hoạch", "aims to"
    /// (not "vượt kế hoạch").
    fn is_target(&self, pos: usize) -> bool {
        let p = self.lang.patterns();
        let s = self.seg.sentence(pos);
        let t = &self.f.text;
        self.f
            .find_any(p.target, s.clone())
            .iter()
            .any(|&(ts, _, _)| {
                let before = t[s.start..ts].trim_end();
                !p.not_target.iter().any(|n| ends_with_word(before, n))
            })
            || self.f.has_any(p.next_tasks, s)
    }

    /// "6 tháng đầu năm 2022", "first half of 2023", "6 tháng đầu năm nay".
    fn half(&self, r: std::ops::Range<usize>) -> Option<Review> {
        let t = &self.f.text;
        for (s, e, _) in self.f.find_any(self.w.half, r) {
            let rest = t[e..].trim_start();
            let at = t.len() - rest.len();
            let skip = ["nam ", "of ", "de ", "tahun ", "the year "]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .map_or(0, |r2| rest.len() - r2.len());
            if let Some(y) = year_at(t, at + skip) {
                return Some(self.sure(y, true, s, at + skip + 4));
            }
            let this = self.w.this_year.iter().chain(["nay"].iter());
            for w in this {
                let w = w.trim_start_matches("nam ");
                if rest.starts_with(w) || rest[skip..].starts_with(w) {
                    let y = self.published?.year;
                    return Some(Review {
                        year: y,
                        half: true,
                        quote: format!(
                            "{} (published {})",
                            self.quote(s, at + skip + w.len()),
                            self.published?
                        ),
                        sure: true,
                    });
                }
            }
        }
        None
    }

    /// "tổng kết năm 2024", "review … 2023"; "nhiệm vụ năm 2025" (the year before).
    fn anchored(&self) -> Option<Review> {
        let p = self.lang.patterns();
        let head = self
            .seg
            .paragraphs
            .iter()
            .take(4)
            .map(|r| r.end)
            .max()
            .unwrap_or(0);
        for (anchors, shift, reach) in [(p.review, 0, 90), (p.next_tasks, 1, 40)] {
            for (s, e, _) in self.f.find_any(anchors, 0..head) {
                let end = (e + reach).min(self.seg.sentence(s).end);
                if let Some(&(ys, y)) = years(&self.f.text, e..end).first() {
                    return Some(self.sure(y - shift, false, s, ys + 4));
                }
            }
        }
        None
    }

    /// "tính đến 31/12/2020", "tính đến tháng 12/2020", "as of the end of 2021", "by
    /// the end of June 2022": the year of that day (early in a year, the one before).
    fn as_of(&self) -> Option<Review> {
        let t = &self.f.text;
        for (s, e, _) in self.f.find_any(self.w.as_of, 0..t.len()) {
            if self.is_target(s) {
                continue;
            }
            let end = (e + 32).min(self.seg.clause(s).end);
            let Some(&(ys, y)) = years(t, e..end).first() else {
                continue;
            };
            let month = month_before(&t[e..ys]);
            let year = if month.is_some_and(|m| m <= 3) {
                y - 1
            } else {
                y
            };
            let mut r = self.sure(year, false, s, ys + 4);
            r.sure = year == y;
            return Some(r);
        }
        None
    }

    /// The year the text speaks of most ("Năm 2024, …", "Trong năm 2024", "in 2022"),
    /// leaving out years compared with, aims, laws and spans; ties to the latest.
    fn vote(&self) -> Option<Review> {
        let t = &self.f.text;
        let mut counts: Vec<(i32, usize, usize)> = Vec::new();
        for (s, y) in years(t, 0..t.len()) {
            if !self.counts_as_reviewed(s) {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == y) {
                Some(c) => c.1 += 1,
                None => counts.push((y, 1, s)),
            }
        }
        let &(y, _, s) = counts.iter().max_by_key(|c| (c.1, c.0))?;
        let c = self.seg.clause(s);
        let from = if s - c.start > 60 { s - 40 } else { c.start };
        Some(self.sure(y, false, self.f.from_orig(self.f.to_orig(from)), s + 4))
    }

    fn counts_as_reviewed(&self, s: usize) -> bool {
        let t = &self.f.text;
        let c = self.seg.clause(s);
        let words = self.f.words(c.start..s);
        let window = &words[words.len().saturating_sub(3)..];
        let from = window.first().map_or(s, |w| w.start);
        let before = &t[from..s];
        if before.trim_end().ends_with("dau nam") || before.trim_end().ends_with("beginning of") {
            return true;
        }
        let p = self.lang.patterns();
        let other = [self.w.compare, self.w.other, p.target, p.next_tasks];
        !other.iter().any(|l| self.f.has_any(l, from..s)) && !self.is_target(s)
    }

    /// "trong năm qua", "last year", "this year", with the page's publication day; else
    /// the publication day itself.
    fn relative(&self) -> Option<Review> {
        let d = self.published?;
        let t = &self.f.text;
        let guesses = [
            (self.w.last_year, d.year - 1),
            (self.w.this_year, d.year),
            (
                self.w.past_year,
                if d.month >= 10 { d.year } else { d.year - 1 },
            ),
        ];
        for (words, year) in guesses {
            if let Some(&(s, e, _)) = self.f.find_any(words, 0..t.len()).first() {
                return Some(Review {
                    year,
                    half: false,
                    quote: format!("{} (published {d})", self.quote(s, e)),
                    sure: true,
                });
            }
        }
        Some(Review {
            year: if d.month >= 7 { d.year } else { d.year - 1 },
            half: false,
            quote: format!("the page was published {d}"),
            sure: false,
        })
    }
}

/// The month named right before a year: "tháng 12/", "31/12/", "june ".
fn month_before(t: &str) -> Option<u32> {
    let t = t.trim_end();
    if let Some(r) = t.strip_suffix('/') {
        let digits: String = r.chars().rev().take_while(char::is_ascii_digit).collect();
        let m: u32 = digits.chars().rev().collect::<String>().parse().ok()?;
        return (1..=12).contains(&m).then_some(m);
    }
    let last = t
        .rsplit([' ', ','])
        .find(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))?;
    MONTH_NAMES
        .iter()
        .find(|(n, _)| *n == last)
        .map(|(_, m)| *m)
}

#[cfg(test)]
mod tests;
