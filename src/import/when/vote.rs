//! The year the text speaks of most, when no words say which year it reviews: each
//! mention of a year that may be the one reviewed is a vote.

use super::{month_before, years, Reading, Review};
use crate::lang_tables::starts_with_digit;

/// The votes of one year.
struct Tally {
    year: i32,
    votes: usize,
    /// Where it is first said.
    at: usize,
    /// Votes in a sentence with a figure.
    figures: usize,
    /// Votes of the year itself, not only of its start to now ("từ đầu năm 2024 đến nay").
    whole: usize,
    /// Every vote is a month early in the next year ("in February 2023": 2022).
    shifted: bool,
}

impl Reading<'_> {
    /// The year the text speaks of most ("Năm 2024, …", "Trong năm 2024", "in 2022"),
    /// leaving out years compared with, aims, laws and spans; ties to the latest. Not a
    /// year after the page's, nor one the text compares the year under review with or
    /// an earlier one ("Năm 2020, … Năm 2023 tăng 12% so với năm 2022": not 2020).
    ///
    /// A year after a month ("in February 2023", "Trong tháng 11/2019") dates an event:
    /// its year, or the year before when the month is January to March, as a page's day
    /// (the figures then stand at the end of that year); a guess. Of two years said as
    /// often, with figures as often, a whole one wins over the start of a year to now
    /// ("Năm 2023, toàn tỉnh có 221 HTX" over "Tính từ đầu năm 2024 đến nay, … 05 HTX":
    /// the running year is not over). A year said once in a text with no date is a
    /// guess (right 23 times of 26 on the development articles), and no year at all in a
    /// sentence of one body's own ("its", "son", "HTX này").
    pub(super) fn vote(&self) -> Option<(Review, usize)> {
        let t = &self.f.text;
        let floor = self.compared_floor();
        let mut tallies: Vec<Tally> = Vec::new();
        for (s, said) in years(t, 0..t.len()) {
            let month = month_before(&t[..s]);
            let shifted = month.is_some_and(|m| m <= 3);
            let y = said - i32::from(shifted);
            if !self.counts_as_reviewed(s)
                || self.published.is_some_and(|d| y > d.year)
                || self.early_in(y, s)
                || floor.is_some_and(|f| y <= f)
            {
                continue;
            }
            let figures = usize::from(self.with_figure(s));
            let whole = usize::from(!self.year_to_date(s));
            match tallies.iter_mut().find(|c| c.year == y) {
                Some(c) => {
                    c.votes += 1;
                    c.figures += figures;
                    c.whole += whole;
                    c.shifted &= shifted;
                }
                None => tallies.push(Tally {
                    year: y,
                    votes: 1,
                    at: s,
                    figures,
                    whole,
                    shifted,
                }),
            }
        }
        // Ties go to the year said with figures ("Trong năm 2023, toàn tỉnh thành lập mới
        // 30 HTX" over "năm 2024, Liên minh HTX tỉnh xác định tập trung …"), then to a
        // whole year, then to the latest.
        let best = tallies
            .iter()
            .max_by_key(|c| (c.votes, c.figures, c.whole.min(1), c.year))?;
        let s = best.at;
        let c = self.seg.clause(s);
        // A long clause is quoted from the first word that starts within 40 bytes of
        // the year, not from inside a word ("á nhân có thành tích …").
        let from = if s - c.start > 60 {
            let near = s - 40;
            let t = self.f.text.as_bytes();
            (near..s).find(|&i| t[i - 1] == b' ').unwrap_or(near)
        } else {
            c.start
        };
        let mut v = self.sure(
            best.year,
            false,
            self.f.from_orig(self.f.to_orig(from)),
            s + 4,
        );
        if best.shifted {
            v.sure = false;
            v.quote = format!("the year before {}", v.quote);
        } else if best.votes == 1 && self.published.is_none() {
            // Said once, in a sentence of one body's own ("En 2024, son chiffre
            // d'affaires …", "its 22 members grow ST25 rice, winner … in 2019") that names
            // no province: a year of its story, and no year of the province's is said.
            if self.of_one_body(s) {
                return None;
            }
            // Figures counted from a year to now ("Từ năm 2013 đến nay, … có 168 HTX thành
            // lập mới"): they are of the page's day, which the text does not give, and a
            // year said once elsewhere ("Riêng năm 2017, thu nhập …") is not theirs.
            if self.counted_to_now() || self.in_an_account(s) {
                return None;
            }
            // Said once with no figure, after every figure the text states ("Năm 2023,
            // Liên minh HTX thành phố tiếp tục phối hợp …" closing a review): the year of
            // what comes next, the one before it reviewed.
            if self.opens_after_figures(s) {
                v.year -= 1;
                v.quote = format!("the year before {}", v.quote);
            }
            // Said once in a text with no date: often a year of one body's story ("the
            // cooperative … won the contest in 2019"), a guess for the author to check.
            v.sure = false;
            v.quote = format!("said once, in a text with no date: {}", v.quote);
        }
        Some((v, s))
    }

    /// The year at `s` opens a sentence with no figure, a comma right after it ("Năm
    /// 2023, Liên minh HTX thành phố tiếp tục …", "Bởi vậy trong năm 2021, …"), and the
    /// text states figures, all in sentences before it. Not the start of the year to
    /// now ("Riêng từ đầu năm 2024, …").
    fn opens_after_figures(&self, s: usize) -> bool {
        let t = &self.f.text;
        let sentence = self.seg.sentence(s);
        let opens = self.f.words(sentence.start..s).len() <= 4
            && t[s + 4..].starts_with(',')
            && !self.year_to_date(s);
        if !opens || self.with_figure(s) {
            return false;
        }
        let after = self
            .f
            .words(sentence.end..t.len())
            .into_iter()
            .any(|w| starts_with_digit(&t[w.start..]) && self.with_figure(w.start));
        let before = self
            .f
            .words(0..sentence.start)
            .into_iter()
            .any(|w| starts_with_digit(&t[w.start..]) && self.with_figure(w.start));
        before && !after
    }

    /// The year at `s` is the page's own, a whole year said without a month, on a page
    /// from before July ("Năm 2021, An Giang phát triển 290 Hợp tác xã" over "Trong năm
    /// 2020, thành lập mới 56 HTX" on a page of May 2021): a year under way, of plans,
    /// not one reviewed. Not its start to now ("từ đầu năm 2021 đến nay") nor an event
    /// of a month ("In early June 2021").
    fn early_in(&self, y: i32, s: usize) -> bool {
        self.published.is_some_and(|d| y == d.year && d.month < 7)
            && month_before(&self.f.text[..s]).is_none()
            && !self.year_to_date(s)
    }

    /// The sentence at `s` speaks of one body's own ("its", "son", "HTX này") and names
    /// no province ("the province and its 418 cooperatives" is the province's): no word
    /// of the import table's `place_before` or `place_after` ("tinh", "province").
    pub(super) fn of_one_body(&self, s: usize) -> bool {
        let sentence = self.seg.sentence(s);
        let import = &crate::lang_tables::for_lang(self.lang.code()).table.import;
        self.f.has_any(&self.w.own, sentence.clone())
            && !self.f.has_any(&import.place_before, sentence.clone())
            && !self.f.has_any(&import.place_after, sentence)
    }

    /// The year at `s` is in a paragraph that reports a person's words ("Ông Thành …
    /// cho biết, HTX thành lập năm 2017 … Năm 2019 doanh thu của HTX đạt gần 3 tỷ
    /// đồng", "the head of the hamlet said that after … in 2016") and its sentence names
    /// no province: a year of that person's account.
    fn in_an_account(&self, s: usize) -> bool {
        let sentence = self.seg.sentence(s);
        let import = &crate::lang_tables::for_lang(self.lang.code()).table.import;
        self.f.has_any(&self.w.reported, self.seg.paragraph(s))
            && !self.f.has_any(&import.place_before, sentence.clone())
            && !self.f.has_any(&import.place_after, sentence)
    }

    /// A sentence with a figure counts from a year to now: a word of a start ("từ năm",
    /// "since"), a year, then a word of now ("đến nay", "to date") in the sentence.
    fn counted_to_now(&self) -> bool {
        let t = &self.f.text;
        let since: Vec<String> = crate::lang_tables::for_lang(self.lang.code())
            .table
            .time
            .since
            .iter()
            .map(|p| p.join(" "))
            .collect();
        let now = super::refs(&self.now);
        self.f
            .find_any(&super::refs(&since), 0..t.len())
            .into_iter()
            .any(|(_, e, _)| {
                let rest = t[e..].trim_start();
                let at = t.len() - rest.len();
                // The year's sentence, which a line break after the word of a start
                // ("Từ năm\n2013 đến nay") does not end.
                super::year_at(t, at).is_some()
                    && self.with_figure(at)
                    && self.f.has_any(&now, at + 4..self.seg.sentence(at + 3).end)
            })
    }

    /// The year at `s` is the start of the running year ("từ đầu năm 2024 đến nay",
    /// "since the beginning of 2024"): its words of a year's start right before it.
    fn year_to_date(&self, s: usize) -> bool {
        let before = self.f.text[..s].trim_end();
        self.w
            .year_start
            .iter()
            .any(|w| super::ends_with_word(before, w))
    }

    /// A comparison earlier in the year's clause governs it, with no number between
    /// them ("tăng 132 HTX so với thời điểm cuối năm 2001"): at most eight words back.
    pub(super) fn compared_far(&self, s: usize) -> bool {
        let t = &self.f.text;
        let words = self.f.words(self.seg.clause(s).start..s);
        let from = words[words.len().saturating_sub(8)..]
            .first()
            .map_or(s, |w| w.start);
        // Not a short word ("from", "over"), which compares only after a change.
        let compare = self.comparisons();
        self.f
            .find_any(&compare, from..s)
            .last()
            .is_some_and(|&(_, e, _)| !t[e..s].bytes().any(|b| b.is_ascii_digit()))
    }
}
