//! The period a report reviews, read from its words: "tổng kết năm 2024", "6 tháng đầu
//! năm 2022" (a half year), "tính đến tháng 12/2020", "Trong năm 2024", "in 2022", and,
//! with the page's publication day, "trong năm qua", "last year", "this year".

use super::page::Stamp;
use super::patterns::Lang;
use super::text::{ends_with_word, is_word, Folded, Segments};
use super::timewords::{self, TimeWords};
pub use years_in_text::{all_years, law_year_at, FIRST_YEAR};
use years_in_text::{in_date, month_before, year_at, year_link, years};

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
    /// Only the year the text speaks of most: a conference day of a later year outweighs it.
    pub voted: bool,
}

struct Reading<'a> {
    f: Folded<'a>,
    seg: Segments,
    lang: Lang,
    w: &'static TimeWords,
    /// The language table's words of time, folded: targets, results against a target,
    /// comparisons.
    target: Vec<String>,
    not_target: Vec<String>,
    compare: Vec<String>,
    /// The year before the page's ("last year", "năm trước").
    earlier: Vec<String>,
    /// The time of the page ("hiện nay", "currently").
    now: Vec<String>,
    /// A level reached ("đạt", "reached"): before a word of aims, a result against them.
    level: Vec<String>,
    /// A law's name ("luật hợp tác xã năm", "cooperative law"), right before or after
    /// its year.
    named: Vec<String>,

    published: Option<Stamp>,
}

/// A table's phrases as folded text ("so với").
fn joined(list: &[crate::lang_tables::Phrase]) -> Vec<String> {
    list.iter().map(|p| p.join(" ")).collect()
}

fn refs(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// The year under review, read from the whole text (headline first).
pub fn review(text: &str, lang: Lang, published: Option<Stamp>) -> Option<Review> {
    let f = Folded::new(text);
    let seg = Segments::new(&f.text);
    let time = &crate::lang_tables::for_lang(lang.code()).table.time;
    let r = Reading {
        target: joined(&time.target),
        not_target: joined(&time.not_target),
        compare: joined(&time.compare),
        earlier: joined(&time.earlier),
        now: joined(&time.now),
        named: joined(&time.named),
        level: joined(&time.level),
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
    // A page reviews no year after its own, nor one before a law it names ("Luật Hợp
    // tác xã năm 2012").
    let law = r.law_floor();
    let after_law = |x: &Review| law.is_none_or(|f| x.year >= f);
    let past = |x: &Review| r.published.is_none_or(|d| x.year <= d.year);
    r.half(0..head)
        .or_else(|| r.part(0..head))
        .filter(past)
        .or_else(|| r.anchored().filter(past))
        .or_else(|| r.half(0..all).filter(past))
        .or_else(|| r.part(0..all).filter(past))
        .or_else(|| r.as_of().filter(past))
        .or_else(|| {
            r.vote().map(|(mut v, _)| {
                v.voted = true;
                r.not_too_early(v)
            })
        })
        .or_else(|| r.term())
        .or_else(|| r.relative())
        .filter(after_law)
        .or_else(|| r.implemented().filter(after_law))
}

impl Reading<'_> {
    fn quote(&self, s: usize, e: usize) -> String {
        self.f.orig_of(s..e).trim().to_string()
    }

    fn sure_quoted(&self, year: i32, quote: String) -> Review {
        Review {
            year,
            half: false,
            quote,
            sure: true,
            voted: false,
        }
    }

    fn sure(&self, year: i32, half: bool, s: usize, e: usize) -> Review {
        Review {
            year,
            half,
            quote: self.quote(s, e),
            sure: true,
            voted: false,
        }
    }

    /// The sentence speaks of next year's aims: "phấn đấu", "kế hoạch", "aims to"
    /// (not "vượt kế hoạch").
    fn is_target(&self, pos: usize) -> bool {
        let p = self.lang.patterns();
        let s = self.seg.sentence(pos);
        let results = self.f.find_any(&refs(&self.not_target), s.clone());
        self.f
            .find_any(&refs(&self.target), s.clone())
            .iter()
            .any(|&(ts, te, _)| !results.iter().any(|&(rs, re, _)| rs < te && ts < re))
            || self.f.has_any(&p.next_tasks, s)
    }

    /// "6 tháng đầu năm 2022", "first half of 2023", "6 tháng đầu năm nay".
    fn half(&self, r: std::ops::Range<usize>) -> Option<Review> {
        let t = &self.f.text;
        for (s, e, _) in self.f.find_any(&self.w.half, r) {
            let rest = t[e..].trim_start();
            let at = t.len() - rest.len();
            let skip = year_link(rest);
            if let Some(y) = year_at(t, at + skip) {
                return Some(self.sure(y, true, s, at + skip + 4));
            }
            for w in &self.w.this_year_after {
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
                        voted: false,
                    });
                }
            }
        }
        None
    }

    /// "9 tháng đầu năm 2023", "the first 11 months of 2024", "quý I/2022": the figures
    /// are of that year, to a day in it (not when compared with: "so với 9 tháng đầu
    /// năm 2022", nor in an aim).
    fn part(&self, r: std::ops::Range<usize>) -> Option<Review> {
        let t = &self.f.text;
        for (s, e, _) in self.f.find_any(&self.w.part, r) {
            let rest = t[e..].trim_start_matches([' ', '/', '-']);
            let at = t.len() - rest.len();
            let skip = year_link(rest);
            let Some(y) = year_at(t, at + skip) else {
                continue;
            };
            let words = self.f.words(self.seg.clause(s).start..s);
            let from = words[words.len().saturating_sub(4)..]
                .first()
                .map_or(s, |w| w.start);
            // An aim in its clause or right after it ("phấn đấu 9 tháng đầu năm 2024
            // …"), not one later in the sentence ("…, completing 32.5% of the yearly
            // target").
            if self.f.has_any(&refs(&self.compare), from..s) || self.aim_at(s) {
                continue;
            }
            return Some(self.sure(y, false, s, at + skip + 4));
        }
        None
    }

    /// "tổng kết năm 2024", "review … 2023"; "nhiệm vụ năm 2025" (the year before).
    fn anchored(&self) -> Option<Review> {
        let p = self.lang.patterns();
        // The first four paragraphs, short lines (a document's heading, a dateline, a
        // caption) not counted.
        let paragraphs = &self.seg.paragraphs;
        let head = paragraphs
            .iter()
            .take(4)
            .chain(paragraphs.iter().filter(|r| r.len() >= 60).take(4))
            .map(|r| r.end)
            .max()
            .unwrap_or(0);
        for (anchors, shift, reach) in [(&p.review, 0, 90), (&p.next_tasks, 1, 40)] {
            for (s, e, _) in self.f.find_any(anchors, 0..head) {
                // "đạt 102% so với kế hoạch năm 2023": a result against the plan.
                let clause = self.seg.clause(s);
                let before = self.f.text[clause.start..s].trim_end();
                let result = self.compare.iter().any(|w| ends_with_word(before, w))
                    || self
                        .f
                        .find_any(&refs(&self.not_target), clause)
                        .iter()
                        .any(|&(rs, re, _)| rs < e && s < re);
                if shift == 1 && result {
                    continue;
                }
                let end = (e + reach).min(self.seg.sentence(s).end).max(e);
                // Not a document's day ("tổng kết 15 năm thực hiện Chỉ thị số 20-CT/TU
                // ngày 12/4/2009").
                let year = years(&self.f.text, e..end)
                    .into_iter()
                    .find(|&(ys, _)| !self.named_at(ys) && !in_date(&self.f.text, ys));
                let before = year.map_or(end, |(ys, _)| ys);
                if let Some(r) = self.anchored_relative(s, e..before, shift) {
                    return Some(r);
                }
                if let Some((ys, y)) = year {
                    // "nhiệm vụ 6 tháng cuối năm 2023": the tasks of the year's second
                    // half, set when its first half is reviewed.
                    // "nhiệm vụ quý II năm 2018", "quý III/2023": a later quarter's,
                    // set when the part before it is reviewed.
                    let before = self.f.text[e..ys].trim_end_matches([' ', '/', '-']);
                    let ends =
                        |l: &[&str]| shift == 1 && l.iter().any(|w| ends_with_word(before, w));
                    return Some(if ends(&self.w.second_half) {
                        self.sure(y, true, s, ys + 4)
                    } else if ends(&self.w.later_part) {
                        self.sure(y, false, s, ys + 4)
                    } else {
                        self.sure(y - shift, false, s, ys + 4)
                    });
                }
            }
        }
        None
    }

    /// Review words before "last year" or "this year" ("reviewed the co-operatives'
    /// performance last year", "sets tasks for this year"), with the page's day.
    fn anchored_relative(&self, s: usize, r: std::ops::Range<usize>, shift: i32) -> Option<Review> {
        let d = self.published?;
        let earlier = refs(&self.earlier);
        let lists: [(&[&str], i32); 2] = [(&earlier, d.year - 1), (&self.w.this_year, d.year)];
        for (words, year) in lists {
            if shift == 1 && year != d.year {
                continue;
            }
            if let Some(&(_, we, _)) = self.f.find_any(words, r.clone()).first() {
                let mut v = self.sure(year - shift, false, s, we);
                v.quote = format!("{} (published {d})", v.quote);
                return Some(v);
            }
        }
        None
    }

    /// "tính đến 31/12/2020", "tính đến tháng 12/2020", "as of the end of 2021", "by
    /// the end of June 2022": the year of that day (early in a year, the one before:
    /// "đến hết tháng 02/2025"); not a day after the page's.
    fn as_of(&self) -> Option<Review> {
        let t = &self.f.text;
        let mut found = self.f.find_any(&self.w.as_of, 0..t.len());
        // "au 30 septembre 2025": a word of the day only before a day's number.
        found.extend(
            self.f
                .find_any(&self.w.as_of_day, 0..t.len())
                .into_iter()
                .filter(|&(_, e, _)| {
                    let rest = t[e..].trim_start();
                    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
                    let ordinal = self.w.day_ordinal.iter();
                    let month = ordinal
                        .fold(&rest[n..], |r, o| r.trim_start_matches(o))
                        .split_whitespace()
                        .next();
                    (1..=2).contains(&n) && month.and_then(timewords::month).is_some()
                }),
        );
        found.sort_unstable();
        for (s, e, _) in found {
            // "an increase of 23 compared to the end of 2024": a day compared with.
            // "Its fund … has lent more than 7.1 trillion VND … by the end of 2016": one
            // body's own figures, in a sentence that names no province.
            if self.is_target(s) || self.compared_at(s, s) || self.of_one_body(s) {
                continue;
            }
            let end = (e + 32).min(self.seg.clause(s).end);
            let Some(&(ys, y)) = years(t, e..end).first() else {
                continue;
            };
            // "Dự kiến đến cuối năm 2021, Đồng Tháp sẽ thành lập mới 35 HTX" after "phấn
            // đấu đến cuối năm 2021 sẽ thành lập mới 35 HTX": an aim said again.
            if self.restated_aim(ys) {
                continue;
            }
            let month = month_before(&t[e..ys]);
            // "Tính đến ngày 31/12/2021" on a page of 21/05/2021: figures cannot stand
            // at a day after the page's, an estimate or a slip.
            let later = self
                .published
                .is_some_and(|d| month.is_some_and(|m| (y, m) > (d.year, d.month)));
            if later {
                continue;
            }
            // "As of early 2012": the start of a year, as a day in January to March.
            let early = {
                let before = t[e..ys].trim_end();
                self.w.year_start.iter().any(|w| ends_with_word(before, w))
            };
            let year = if early || month.is_some_and(|m| m <= 3) {
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

    /// The year at `s` is the end a direction or a plan looks to, its word right
    /// before it: "phương hướng phát triển đến 2020" ("đến năm 2020" is `other`). Not
    /// the end of a span from a year ("Từ năm 2003 đến 2018, THT … tăng từ 1.081 lên
    /// 1.429").
    pub(super) fn horizon_at(&self, s: usize) -> bool {
        let t = &self.f.text;
        let before = t[..s].trim_end();
        self.w.horizon.iter().any(|w| {
            // Not `before.len() - w.len()` first: a year near the text's start has fewer
            // bytes before it than a word of the horizon.
            ends_with_word(before, w) && {
                let start = t[..before.len() - w.len()].trim_end();
                start.len() < 4 || year_at(t, start.len() - 4).is_none()
            }
        })
    }

    fn counts_as_reviewed(&self, s: usize) -> bool {
        let t = &self.f.text;
        if in_date(t, s)
            || self.named_at(s)
            || self.horizon_at(s)
            || self.future(s)
            || self.founded_at(s)
            || self.story_at(s)
            || self.body_after(s)
            || self.restated_aim(s)
            || self.to_now(s)
        {
            return false;
        }
        let c = self.seg.clause(s);
        let words = self.f.words(c.start..s);
        let window = &words[words.len().saturating_sub(3)..];
        let from = window.first().map_or(s, |w| w.start);
        let before = &t[from..s];
        if self
            .w
            .year_start
            .iter()
            .any(|w| before.trim_end().ends_with(w))
        {
            return true;
        }
        let p = self.lang.patterns();
        let other = [
            &self.w.other,
            &p.next_tasks,
            &refs(&self.compare),
            &refs(&self.target),
        ];
        !other.iter().any(|l| self.f.has_any(l, from..s))
            && !self.is_target(s)
            && !self.aims_after(s)
            && !self.compared_far(s)
    }
}

#[cfg(test)]
mod aim_tests;
mod aims;
mod compared;
#[cfg(test)]
mod doubt_tests;
mod implementing;
#[cfg(test)]
mod line_tests;
mod relative;
mod span;
#[cfg(test)]
mod story_tests;
#[cfg(test)]
mod tests;
mod vote;
mod years_in_text;
