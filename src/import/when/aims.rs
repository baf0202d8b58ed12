//! Years that are not the one reviewed although no comparison or span word stands
//! before them: a law's ("the 2012 Cooperative Law", "Luật Hợp tác xã năm 2012"), a
//! day's ("dated December 13, 2023"), and the year of aims, whose year before is then
//! the one reviewed.

use super::{in_date, is_word, refs, years, Reading, Review};
use crate::lang_tables::starts_with_digit;

impl Reading<'_> {
    /// The year at `s` names a law ("Luật Hợp tác xã năm 2012", "the 2023 Co-operative
    /// Law", "Law on Cooperatives 2023") or ends a day named with its month ("December
    /// 13, 2023", "13 December 2023").
    pub(super) fn named_at(&self, s: usize) -> bool {
        let t = &self.f.text;
        let before = t[..s].trim_end().trim_end_matches(',').trim_end();
        let law = self.law_at(s);
        let mut words = before.rsplit(' ');
        let (last, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let day = |w: &str| {
            let w = super::timewords::shared()
                .day_ordinal
                .iter()
                .find_map(|s| w.strip_suffix(s))
                .unwrap_or(w);
            !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
        };
        let month = |w: &str| super::timewords::month(w).is_some();
        law || (day(last) && month(second)) || (month(last) && day(second)) || spelled_day(before)
    }

    /// The latest year of a law the text names ("Luật Hợp tác xã năm 2012", "the 2023
    /// Co-operative Law"): no year before it is the one reviewed.
    pub(super) fn law_floor(&self) -> Option<i32> {
        let t = &self.f.text;
        years(t, 0..t.len())
            .into_iter()
            .filter(|&(s, _)| self.law_at(s))
            .map(|(_, y)| y)
            .max()
    }

    /// The year at `s` names a law, right before or after it.
    pub(super) fn law_at(&self, s: usize) -> bool {
        super::law_year_at(&self.f.text, s, &self.named)
    }

    /// The year at `s` is one body's founding ("Thành lập năm 2022, Hợp tác xã …", "the
    /// cooperative was established in 2017", "… Cooperative, Thuy Lieu commune, Cam Khe
    /// district was established in September 2019 with 10 members"): a year of its story. Not a count of those
    /// founded then, with its number before the words in their clause ("30 HTX được
    /// thành lập năm 2023").
    pub(super) fn founded_at(&self, s: usize) -> bool {
        let t = &self.f.text;
        let before = t[..s].trim_end();
        // "was established in September 2019", "thành lập tháng 9/2019": its month.
        let dated = without_month(before).filter(|b| b.len() < before.len());
        let words = self.w.founded.iter();
        let Some((before, w)) = words
            .chain(dated.map_or(&[][..], |_| &self.w.founds[..]))
            .find_map(|w| {
                let b = dated
                    .filter(|b| super::ends_with_word(b, w))
                    .unwrap_or(before);
                super::ends_with_word(b, w).then_some((b, w))
            })
        else {
            return false;
        };
        let at = before.len() - w.len();
        let from = self.seg.clause(s).start.min(at);
        !t[from..at].bytes().any(|b| b.is_ascii_digit())
    }

    /// The year at `s` is in a sentence of one body's story, with no figure but years:
    /// a founding after it ("Năm 2020, Hợp tác xã Gà đồi … được thành lập") or a quote in
    /// the first person ("Năm 2022, chúng tôi được Liên minh HTX tỉnh hướng dẫn …").
    pub(super) fn story_at(&self, s: usize) -> bool {
        // Read at the year's last digit: a year that opens a line ("… so với cùng kỳ
        // năm\n2019 dẫn đến …") is in the sentence it opens, not the line before it.
        let sentence = self.seg.sentence(s + 3);
        !self.with_figure(s)
            && (self.f.has_any(&self.w.founds, s + 4..sentence.end)
                || self.f.has_any(&self.w.told, sentence))
    }

    /// The year at `s` is right before one cooperative its clause speaks of, after a
    /// comma at most ("năm 2023 HTX đầu tư dây chuyền …", "Năm 2020, Hợp tác xã Gà đồi
    /// …", "In 2015, the cooperative developed …"): a year of that body's story, with
    /// or without figures (its own). Not a kind of them, an adjective or a list ("Năm
    /// 2023, HTX nông nghiệp …", "In 2022, the cooperative sector …").
    pub(super) fn body_after(&self, s: usize) -> bool {
        let t = &self.f.text;
        let rest = t[s + 4..].trim_start_matches([' ', ',']);
        self.w.body_after.iter().any(|w| {
            rest.strip_prefix(w)
                .filter(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
                .is_some_and(|r| {
                    let r = r.trim_start();
                    !r.starts_with([',', ';', ':', '.'])
                        && !self.w.not_body.iter().any(|n| {
                            r.strip_prefix(n).is_some_and(|x| {
                                !x.starts_with(|c: char| c.is_alphanumeric())
                                    && !self.named(t.len() - x.len())
                            })
                        })
                })
        })
    }

    /// The two words after `at` are a name, capitalised as written ("HTX nông nghiệp
    /// Yên Công", one cooperative of that kind; not "HTX nông nghiệp toàn tỉnh", nor "HTX
    /// và Liên hiệp HTX", one capital).
    fn named(&self, at: usize) -> bool {
        let t = &self.f.text;
        let o = self.f.to_orig(at);
        let mut words = self.f.orig[o..]
            .split([' ', '\n'])
            .filter(|w| !w.is_empty());
        let capital = |w: Option<&str>| {
            w.and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
        };
        at < t.len() && capital(words.next()) && capital(words.next())
    }

    /// The sentence at `s` states a figure: a number that is no year nor part of a day.
    pub(super) fn with_figure(&self, s: usize) -> bool {
        let t = &self.f.text;
        let sentence = self.seg.sentence(s);
        self.f.words(sentence).into_iter().any(|w| {
            starts_with_digit(&t[w.start..])
                && super::year_at(t, w.start).is_none()
                && !in_date(t, w.start)
                && !t[w.end..].starts_with(['/', '-'])
        })
    }

    /// The year before the first year the text sets aims for, when it reviews none:
    /// "In 2025, the province will establish 10 new cooperatives" (a plan for 2025),
    /// "năm 2020, tỉnh phấn đấu thành lập mới 57 HTX"; not a horizon ("by 2030", "đến
    /// năm 2025") nor a comparison. A guess, listed for the author.
    pub(super) fn aims(&self) -> Option<Review> {
        let t = &self.f.text;
        let compare = refs(&self.compare);
        years(t, 0..t.len()).into_iter().find_map(|(s, y)| {
            if in_date(t, s)
                || self.named_at(s)
                || self.horizon_at(s)
                || self.founded_at(s)
                // Aims for the page's own year from July on are the year's, not next's.
                || self
                    .published
                    .is_some_and(|d| y - 1 > d.year || (y == d.year && d.month >= 7))
                || !(self.aim_at(s) || self.aims_after(s))
            {
                return None;
            }
            let words = self.f.words(self.seg.clause(s).start..s);
            let from = words[words.len().saturating_sub(3)..]
                .first()
                .map_or(s, |w| w.start);
            if self.f.has_any(&self.w.other, from..s) || self.f.has_any(&compare, from..s) {
                return None;
            }
            Some(Review {
                year: y - 1,
                half: false,
                quote: format!("the year before the aims of {}", self.quote(from, s + 4)),
                sure: false,
                voted: false,
            })
        })
    }

    /// The year at `s` is said with a number another sentence sets as an aim of that same
    /// year: the aim restated without its word, as a headline writes it ("Thành lập mới
    /// 80 HTX trong năm 2019" over "… triển khai kế hoạch thành lập mới tổng số 80 HTX
    /// trong năm 2019", "80 new cooperatives in 2019" over "plans to set up 80 new
    /// cooperatives in 2019"). Not when that sentence states a result against the aim
    /// ("thành lập mới 80 HTX năm 2019, vượt kế hoạch"), nor a number said only once.
    /// A line with no number, a headline or a caption, restates the aims of its year
    /// when the text names that year only in aims ("Bình Định phát triển kinh tế tập
    /// thể, hợp tác xã năm 2025" over "Tỉnh … đề ra mục tiêu năm 2025 sẽ có 290 HTX").
    pub(super) fn restated_aim(&self, s: usize) -> bool {
        let t = &self.f.text;
        let sentence = self.seg.sentence(s);
        let said = self.numbers(sentence.clone());
        if said.is_empty() {
            return self.heading_line(s) && self.only_in_aims(s);
        }
        years(t, 0..t.len()).into_iter().any(|(o, _)| {
            let other = self.seg.sentence(o);
            other != sentence
                && t[o..o + 4] == t[s..s + 4]
                && self.aim_at(o)
                && self.numbers(other).iter().any(|n| said.contains(n))
        })
    }

    /// The sentence at `s` is a line of its own, a headline or a caption: it opens a
    /// line and ends with no full stop.
    fn heading_line(&self, s: usize) -> bool {
        let r = self.seg.sentence(s);
        let t = &self.f.text;
        let opens = r.start == 0 || t.as_bytes()[r.start - 1] == b'\n';
        opens && !t[r].trim_end().ends_with(['.', '!', '?', ':', ';', ','])
    }

    /// The year at `s` stands elsewhere, outside headlines and captions and not as a
    /// day's, only where aims are set ("đề ra mục tiêu năm 2025", "Kế hoạch … năm 2025,
    /// với mục tiêu …").
    fn only_in_aims(&self, s: usize) -> bool {
        let t = &self.f.text;
        let mut others = years(t, 0..t.len())
            .into_iter()
            .filter(|&(o, _)| o != s && t[o..o + 4] == t[s..s + 4])
            .filter(|&(o, _)| !self.heading_line(o) && !in_date(t, o))
            .peekable();
        others.peek().is_some() && others.all(|(o, _)| self.aim_at(o))
    }

    /// The numbers of a range that are figures, as written ("80", "1.384"): not years,
    /// days or documents' numbers.
    fn numbers(&self, r: std::ops::Range<usize>) -> Vec<&str> {
        let t = &self.f.text;
        let b = t.as_bytes();
        let mut out = Vec::new();
        let mut i = r.start;
        while i < r.end {
            let starts = b[i].is_ascii_digit() && (i == 0 || !is_word(b[i - 1]));
            if !starts {
                i += 1;
                continue;
            }
            let mut e = i;
            while e < r.end
                && (b[e].is_ascii_digit()
                    || matches!(b[e], b'.' | b',') && b.get(e + 1).is_some_and(u8::is_ascii_digit))
            {
                e += 1;
            }
            let figure = super::year_at(t, i).is_none()
                && !in_date(t, i)
                && !t[e..].starts_with(['/', '-'])
                && b.get(e).is_none_or(|&c| !is_word(c));
            if figure {
                out.push(&t[i..e]);
            }
            i = e.max(i + 1);
        }
        out
    }

    /// The year at `s` opens a sentence with no figure and the next sentence of its
    /// paragraph sets aims: the year it names is theirs ("Năm 2025, tỉnh tập trung đổi
    /// mới … Tỉnh đặt mục tiêu thành lập mới 10 hợp tác xã", "In 2025, the province
    /// focuses on … It targets 12 new cooperatives"). Not when the next sentence states
    /// a result against them ("… đạt 100% kế hoạch").
    pub(super) fn aims_after(&self, s: usize) -> bool {
        let sentence = self.seg.sentence(s);
        if self.f.words(sentence.start..s).len() > 3 || self.with_figure(s) {
            return false;
        }
        let paragraph = self.seg.paragraph(s);
        let next = self.seg.sentence(sentence.end + 1);
        if next.start <= sentence.start || next.start >= paragraph.end {
            return false;
        }
        // Its first words set them ("Tỉnh đặt mục tiêu …", "It targets …"), not a
        // result later on ("As a result, 63 were founded, surpassing the target").
        let words = self.f.words(next);
        let Some(head) = words
            .get(..words.len().min(4))
            .and_then(|w| w.first().zip(w.last()))
        else {
            return false;
        };
        let opening = head.0.start..head.1.end.min(self.seg.clause(head.0.start).end);
        let aims = refs(&self.target);
        let first = self.f.find_any(&aims, opening).first().map(|&(a, _, _)| a);
        first.is_some_and(|a| self.aim_at(a))
    }

    /// Aims are set at `pos`: a word of aims or of the future in its clause or in the 60
    /// bytes after it ("năm 2020, tỉnh phấn đấu …", "plans to develop … this year"), not
    /// a result against them ("đạt 100% chỉ tiêu phấn đấu của năm 2017", "vượt kế
    /// hoạch") nor a comparison ("so với kế hoạch năm 2023").
    pub(super) fn aim_at(&self, pos: usize) -> bool {
        let t = &self.f.text;
        let sentence = self.seg.sentence(pos);
        let clause = self.seg.clause(pos);
        let mut end = (pos + 60).min(sentence.end);
        while !t.is_char_boundary(end) {
            end += 1;
        }
        let window = clause.start..end;
        let results = self.f.find_any(&refs(&self.not_target), window.clone());
        if !results.is_empty() {
            return false;
        }
        let p = self.lang.patterns();
        let aims: Vec<&str> = self
            .target
            .iter()
            .map(String::as_str)
            .chain(p.next_tasks.iter().copied())
            .chain(self.w.future.iter().copied())
            .collect();
        let Some(&(a, _, _)) = self.f.find_any(&aims, window).first() else {
            return false;
        };
        let words = self.f.words(self.seg.clause(a).start..a);
        let from = words[words.len().saturating_sub(3)..]
            .first()
            .map_or(a, |w| w.start);
        // "đạt mục tiêu" reached them; "đặt mục tiêu", folded alike, sets them.
        !self
            .f
            .find_any(&refs(&self.level), from..a)
            .iter()
            .any(|&(ls, le, _)| {
                let written = self.f.orig_of(ls..le).to_lowercase();
                !self.w.sets_aims.contains(&written.as_str())
            })
    }
}

/// A day whose parts are each after a word, right before its year: "ngày 18 tháng 3 năm
/// 2002" (`before` ends with "ngay 18 thang 3 nam").
/// `b` without a day's number (one or two digits, and a comma) that ends it.
fn without_day(b: &str) -> &str {
    let b = b.trim_end_matches(',').trim_end();
    let rest = b.trim_end_matches(|c: char| c.is_ascii_digit());
    if b.len() - rest.len() <= 2 {
        rest.trim_end()
    } else {
        b
    }
}

/// The text before a year without the month (and its day) that ends it: "established
/// in september" and "established in september 5," give "established in", "thanh lap
/// thang 9/" gives "thanh lap"; `None` when no month ends it.
fn without_month(before: &str) -> Option<&str> {
    if let Some(r) = before.strip_suffix('/') {
        let r = r.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
        let noun = super::timewords::shared().month_noun.iter();
        return noun
            .filter(|w| super::ends_with_word(r, w))
            .map(|w| r[..r.len() - w.len()].trim_end())
            .next();
    }
    let b = without_day(before);
    let (rest, last) = b.rsplit_once(' ')?;
    super::timewords::month(last)?;
    Some(without_day(rest))
}

fn spelled_day(before: &str) -> bool {
    let w: Vec<&str> = before.rsplit(' ').take(5).collect();
    let number = |s: &str, max: u32| {
        s.len() <= 2
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic());
    w.len() == 5 && word(w[0]) && number(w[1], 12) && word(w[2]) && number(w[3], 31) && word(w[4])
}
