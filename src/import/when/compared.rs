//! The years a text compares its figures with ("so với năm 2022", "compared with 2021",
//! "cùng kỳ năm 2023", "up 10 per cent from 2022"), and the year after the one compared
//! with most, which is then the year under review.
use super::{ends_with_word, in_date, refs, years, Reading, Review};

impl Reading<'_> {
    /// The words that compare on their own ("so với", "compared with"), not the short
    /// ones ("from", "over") that compare only after a change.
    pub(super) fn comparisons(&self) -> Vec<&str> {
        self.compare
            .iter()
            .filter(|c| c.contains(' ') || c.len() >= 6)
            .map(String::as_str)
            .collect()
    }

    /// The years compared with ("so với năm 2022", "compared with 2021", "cùng kỳ năm
    /// 2023"): where their comparison starts, and the year.
    pub(super) fn compared(&self) -> Vec<(usize, i32)> {
        let t = &self.f.text;
        let comparisons = self.comparisons();
        let short: Vec<&str> = self
            .compare
            .iter()
            .filter(|c| !comparisons.contains(&c.as_str()))
            .map(String::as_str)
            .collect();
        let mut out = Vec::new();
        for (s, y) in years(t, 0..t.len()) {
            // "compared to the end of 2024": the day's words are not counted.
            let before = t[..s].trim_end();
            let day = self.w.as_of.iter().find(|w| ends_with_word(before, w));
            let end = day.map_or(s, |w| before.len() - w.len());
            let words = self.f.words(self.seg.clause(s).start..end);
            let from = words[words.len().saturating_sub(4)..]
                .first()
                .map_or(s, |w| w.start);
            // "over", "from", "than" compare after a change ("up 10 per cent from 2022",
            // "an increase of 12% over 2021"), not alone ("from 2021 to now").
            // "up 16% from the end of 2022": a day's words, and the article before
            // them, between the short word and the year.
            let changed = || {
                let back = if day.is_some() { 2 } else { 1 };
                let last = words[words.len().saturating_sub(back)..]
                    .first()
                    .map_or(s, |w| w.start);
                let wide = words[words.len().saturating_sub(8)..]
                    .first()
                    .map_or(s, |w| w.start);
                self.f.has_any(&short, last..s) && self.f.has_any(&self.w.rise, wide..last)
            };
            if !in_date(t, s)
                && !self.span_from(s)
                && (self.f.has_any(&comparisons, from..s) || changed() || self.compared_far(s))
            {
                out.push((from, y));
            }
        }
        out
    }

    /// The years the text compares the year under review with, which is then after
    /// them: "tăng 12% so với năm 2022", not "so với đầu năm 2018" (the start of the
    /// year under review) nor "so với kế hoạch năm 2023" (its plan); with `aims`, not a
    /// comparison in an aim either ("phấn đấu tăng 10% so với năm 2023" is set for the
    /// next year).
    fn compared_before(&self, aims: bool) -> Vec<(usize, i32)> {
        let t = &self.f.text;
        self.compared()
            .into_iter()
            .filter(|&(from, y)| {
                let s = from + t[from..].find(&y.to_string()).unwrap_or(0);
                let between = from..s;
                !self
                    .w
                    .year_start
                    .iter()
                    .any(|w| t[between.clone()].trim_end().ends_with(w))
                    && !self.f.has_any(&refs(&self.target), between)
                    && (!aims || !self.is_target(s))
            })
            .collect()
    }

    /// The latest year the text compares the year under review with.
    pub(super) fn compared_floor(&self) -> Option<i32> {
        self.compared_before(true).into_iter().map(|(_, y)| y).max()
    }

    /// "tăng 354 triệu đồng so với năm 2022", "so với cùng kỳ năm 2023": the year after
    /// the one compared with most. Not a plan's year ("đạt 100% so với kế hoạch năm
    /// 2023": that year's own), nor when the text names a later year than that one
    /// outside its aims: a span from the year compared with ("trong giai đoạn
    /// 2021-2024", then "tăng 38 tỷ đồng so với năm 2021") or a later day ("tính đến
    /// 31-12-2016, … tăng 583 HTX so với năm 2013") make the change one of several
    /// years, and which of them the text reviews only the author knows.
    pub(super) fn after_compared(&self) -> Option<Review> {
        let t = &self.f.text;
        let mut counts: Vec<(i32, usize, usize)> = Vec::new();
        for (from, y) in self.compared_before(false) {
            // "đến năm 2025, thu nhập … tăng ít nhất là 1,8 lần so với năm 2020": a change
            // to a later year its sentence names is one of several years.
            let sentence = self.seg.sentence(from);
            if years(t, sentence).iter().any(|&(_, n)| n > y + 1) {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == y) {
                Some(c) => c.1 += 1,
                None => counts.push((y, 1, from)),
            }
        }
        let &(y, _, from) = counts.iter().max_by_key(|c| (c.1, c.0))?;
        let later = super::all_years(t)
            .into_iter()
            .any(|(s, n)| n > y + 1 && !self.is_target(s) && !self.law_at(s));
        if later {
            return None;
        }
        let mut r = self.sure(y + 1, false, from, from);
        r.quote = format!(
            "the year after {}",
            self.quote(
                from,
                t[from..]
                    .find(&y.to_string())
                    .map_or(from, |i| from + i + 4)
            )
        );
        Some(r)
    }

    /// The year at `s` starts a span to now ("modal … pada 2012, sehingga kini", "năm
    /// 2017 đến nay", "2015 to date"; not a clause of now after a comma, "which won a
    /// prize in 2021, now sells …"): the start of one body's story
    /// or of a count to the page's day, not a year reviewed. Not the start of the year
    /// to now ("từ đầu năm 2024 đến nay", the year under way).
    pub(super) fn to_now(&self, s: usize) -> bool {
        let t = &self.f.text;
        let close = t[s + 4..].trim_start_matches(' ');
        let after = close.trim_start_matches([' ', ',']);
        let now = |r: &str| {
            self.now.iter().any(|n| {
                r.strip_prefix(n.as_str())
                    .is_some_and(|x| !x.starts_with(|c: char| c.is_alphanumeric()))
            })
        };
        let before = t[..s].trim_end();
        !self.w.year_start.iter().any(|w| ends_with_word(before, w))
            && (now(close)
                || self.w.span_end.iter().any(|w| {
                    after
                        .strip_prefix(w)
                        .is_some_and(|r| r.starts_with(' ') && now(r.trim_start()))
                }))
    }

    /// The year at `s` starts a span: "from 2021 to the present", "từ năm 2020 đến nay".
    pub(super) fn span_from(&self, s: usize) -> bool {
        let after = self.f.text[s + 4..].trim_start_matches([' ', ',']);
        self.w.span_end.iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        })
    }
}
