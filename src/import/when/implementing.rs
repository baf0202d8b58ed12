//! The years a law or a resolution has been implemented, when the text names no other
//! year: "Hội nghị tổng kết … 10 năm thi hành Luật Hợp tác xã năm 2012", "After 10 years
//! of implementing the 2012 Law on Cooperatives". Such reviews are held in the last of
//! those years (the tenth year from 2012 is 2021), a guess for the author to check.

use super::{ends_with_word, in_date, month_before, years, Reading, Review};

impl Reading<'_> {
    /// The last of the years a law of a stated year has been implemented: its year and
    /// the number before "năm thi hành", "years of implementing", less one; for a
    /// document of a day ("Nghị quyết số 13-NQ/TW, ngày 18/3/2002"), the year they are
    /// up, its year and the number (its review is held after the day). Not a number
    /// of years with no year of its law ("20 năm thực hiện Nghị quyết 13"), nor more
    /// than them ("sau hơn 4 năm triển khai Luật HTX 2012": the year after the last is
    /// not said; the text's year is left to the author).
    pub(super) fn implemented(&self) -> Option<Review> {
        let t = &self.f.text;
        self.f
            .find_any(&self.w.implementing, 0..t.len())
            .into_iter()
            .find_map(|(s, e, _)| {
                let before = t[..s].trim_end();
                let digits =
                    before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                let n: i32 = before[before.len() - digits..].parse().ok()?;
                // "sau hơn 4 năm triển khai …": a year after the fourth, not said.
                let counted = before[..before.len() - digits].trim_end();
                if self.w.more_than.iter().any(|w| ends_with_word(counted, w)) {
                    return None;
                }
                let sentence = self.seg.sentence(s);
                let end = (e + 60).min(sentence.end);
                let (ys, law) = *years(t, e..end).first()?;
                // "20 năm thực hiện Nghị quyết số 13-NQ/TW, ngày 18/3/2002", "nearly 22
                // years of implementing Resolution No. 13-NQ/TW, dated March 18, 2002": a
                // document of a day is N years old on that day N years on, and its review
                // is held that year (2022, 2024); a law of a year alone ("Luật HTX năm
                // 2012", in force from the next) is reviewed in the last of them.
                let dated = in_date(t, ys) || month_before(&t[..ys]).is_some();
                let year = law + n - i32::from(!dated);
                if !(2..=50).contains(&n) || self.published.is_some_and(|d| year > d.year) {
                    return None;
                }
                let from = before.len() - digits;
                Some(Review {
                    year,
                    half: false,
                    quote: if dated {
                        format!("{} (the year they are up)", self.quote(from, ys + 4))
                    } else {
                        format!("the last of {}", self.quote(from, ys + 4))
                    },
                    sure: false,
                    voted: false,
                })
            })
    }
}
