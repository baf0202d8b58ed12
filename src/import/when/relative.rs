//! The year under review read with the page's day: "last year", "this year", "trong năm
//! qua", figures "of now" ("hiện nay", "currently"), else a guess from the day itself.

use super::{refs, year_at, Reading, Review, Stamp};

impl Reading<'_> {
    /// A year more than one before the page's is history, not the year under review,
    /// when the text says "last year" or "this year" (an article in February 2024 on
    /// "last year's" figures that recalls 2020 reviews 2023).
    pub(super) fn not_too_early(&self, v: Review) -> Review {
        match self.published {
            Some(d) if v.year < d.year - 1 => self
                .said_relative()
                .or_else(|| self.said_now(d))
                .or_else(|| self.relative())
                .unwrap_or(v),
            _ => v,
        }
    }

    /// The figures are of now ("hiện nay", "đến nay", "currently"): the year of the
    /// page's day, or the one before early in a year (a guess for the author to check).
    fn said_now(&self, d: Stamp) -> Option<Review> {
        let (s, e, _) = *self
            .f
            .find_any(&refs(&self.now), 0..self.f.text.len())
            .first()?;
        Some(Review {
            year: if d.month >= 4 { d.year } else { d.year - 1 },
            half: false,
            quote: format!("{} (published {d})", self.quote(s, e)),
            sure: false,
            voted: false,
        })
    }

    /// "trong năm qua", "last year", "this year", with the page's publication day; else
    /// the publication day itself.
    pub(super) fn relative(&self) -> Option<Review> {
        let Some(d) = self.published else {
            return self.after_compared().or_else(|| self.aims());
        };
        self.said_relative()
            .or_else(|| self.aims())
            .or(Some(Review {
                year: if d.month >= 4 { d.year } else { d.year - 1 },
                half: false,
                quote: format!("the page was published {d}"),
                sure: false,
                voted: false,
            }))
    }

    /// The year "last year", "this year" or "trong năm qua" names with the page's day
    /// (not "so với năm trước", "over the same period last year": a year compared with).
    pub(super) fn said_relative(&self) -> Option<Review> {
        let d = self.published?;
        let t = &self.f.text;
        let guesses = [
            (&refs(&self.earlier)[..], d.year - 1),
            (&self.w.this_year[..], d.year),
            (
                &self.w.past_year[..],
                if d.month >= 10 { d.year } else { d.year - 1 },
            ),
        ];
        let mut aimed = None;
        for (k, (words, year)) in guesses.into_iter().enumerate() {
            let said: Vec<(usize, usize, usize)> = self
                .f
                .find_any(words, 0..t.len())
                .into_iter()
                .filter(|&(s, e, _)| {
                    // "trong năm 2023" names its year; "15 năm qua" is fifteen years.
                    let next = t.len() - t[e..].trim_start().len();
                    !self.compared_at(s, e) && year_at(t, next).is_none() && !counted(t, s)
                })
                .collect();
            let quote = |s, e| format!("{} (published {d})", self.quote(s, e));
            if let Some(&(s, e, _)) = said.iter().find(|x| !self.aim_at(x.0)) {
                return Some(self.sure_quoted(year, quote(s, e)));
            }
            // Aims for this year set before July: the year before is reviewed ("aims to
            // establish 16 new co-operatives this year").
            let shift = i32::from(k == 1 && d.month < 7);
            if let Some(&(s, e, _)) = said.first().filter(|_| aimed.is_none()) {
                let mut r = self.sure_quoted(year - shift, quote(s, e));
                if shift == 1 {
                    r.quote = format!("the year before the aims of {}", r.quote);
                }
                aimed = Some(r);
            }
        }
        aimed
    }

    /// The words at `s..e` are compared with: a comparison in them or in the three
    /// words before ("so với năm trước", "cùng kỳ năm trước", "over the same period").
    pub(super) fn compared_at(&self, s: usize, e: usize) -> bool {
        let words = self.f.words(self.seg.clause(s).start..s);
        let from = words[words.len().saturating_sub(3)..]
            .first()
            .map_or(s, |w| w.start);
        let spans: Vec<&str> = self
            .w
            .other
            .iter()
            .copied()
            .filter(|w| w.contains(' '))
            .collect();
        self.f.has_any(&refs(&self.compare), from..e) || self.f.has_any(&spans, from..e)
    }
}

/// A number of years before `s` ("15 năm qua", "the past 5 years"): not one year.
fn counted(t: &str, s: usize) -> bool {
    let before = t[..s].trim_end();
    let n: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    !n.is_empty() && n != "1"
}
