//! What the reader finds: statements, each a number with its unit, period, per-unit,
//! what it counts or measures and its place in time, keeping its sentence.

use std::ops::Range;

use crate::content::amount::Period;
use crate::meaning::{Measure, PerUnit, Qualifier};

/// What kind of number a statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A number of things ("1.059 HTX").
    Count,
    /// Money: written with a currency, a scale word and a measure of money, or a period.
    Money,
    /// A percentage ("58%").
    Percent,
}

/// Where in time a statement places its number, against the year under review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRole {
    /// The year under review (also when the text names no year).
    Review,
    /// Another year's level: "Năm 2023, toàn tỉnh có 462 HTX", "last year".
    Year(i32),
    /// A change: "tăng 9 HTX", "an increase of 9".
    Change,
    /// A target or plan: "phấn đấu thành lập mới 60 HTX", "objectif", or a later year.
    Target,
    /// A share: "chiếm 58%".
    Share,
    /// Over several years: "giai đoạn 2021-2025".
    Span(i32, i32),
}

/// One number the text states, and what it says the number is.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The value, scale words applied: "4,8 triệu" is 4,800,000.
    pub value: f64,
    /// The number and its words in the text ("4,8 triệu đồng/người/tháng").
    pub span: Range<usize>,
    /// Its sentence in the text.
    pub sentence: Range<usize>,
    /// The line of the text the number stands on, from 1.
    pub line: usize,
    pub unit: Unit,
    /// Per month or per year, when the text says.
    pub per: Option<Period>,
    /// Per cooperative, per person, per member, when the text says.
    pub per_unit: Option<PerUnit>,
    /// "bình quân", "average": an amount averaged.
    pub average: bool,
    /// What it counts or measures, when the text says.
    pub measure: Option<Measure>,
    /// Which of them: new, effective, agricultural...
    pub qualifier: Option<Qualifier>,
    /// A second kind said of them ("8 new agricultural cooperatives"): they are a part
    /// of those of either kind, and a figure of either kind may be them (`check`).
    pub also: Option<Qualifier>,
    pub time: TimeRole,
    /// A rank, not a count: "Hội nghị Ban Chấp hành lần thứ 8" (the table's
    /// `rank_before` words right before it).
    pub rank: bool,
    /// A count of something no noun of the table names, said right after it ("hơn 200
    /// đại biểu", "03 QTDND", "in five districts"): none of the table's figures.
    pub other: bool,
}

impl Statement {
    /// The number as the text writes it.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }

    /// A count of cooperatives, of any kind: "433 HTX", "120 HTX nông nghiệp".
    pub fn counts_cooperatives(&self) -> bool {
        self.unit == Unit::Count && self.measure == Some(crate::meaning::Measure::Cooperatives)
    }

    /// The sentence that states it.
    pub fn sentence<'t>(&self, text: &'t str) -> &'t str {
        &text[self.sentence.clone()]
    }

    /// Its place in time, in words, for messages: "for 2023", "as a target".
    pub fn when(&self, review: i32) -> String {
        match self.time {
            TimeRole::Review => format!("for {review}"),
            TimeRole::Year(y) => format!("for {y}"),
            TimeRole::Change => "as a change from an earlier year".to_string(),
            TimeRole::Target => "as a target".to_string(),
            TimeRole::Share => "as a share".to_string(),
            TimeRole::Span(a, b) => format!("over {a}-{b}"),
        }
    }

    /// What it counts or measures, in words: "the total of cooperatives", "the
    /// number of cooperative groups", "the income per month", "a number".
    pub fn what(&self) -> String {
        let per = match self.per {
            Some(Period::Month) => " per month",
            Some(Period::Year) => " per year",
            None => "",
        };
        match (self.measure, self.qualifier) {
            (Some(m), _) if m.is_money() => format!("the {}{per}", m.words()),
            (Some(m), _) if self.time == TimeRole::Change => {
                format!("a change in the number of {}", m.words())
            }
            (Some(crate::meaning::Measure::Cooperatives), None) => {
                "the total of cooperatives".to_string()
            }
            (Some(m), None) => format!("the number of {}", m.words()),
            (Some(m), Some(q)) => format!("the number of {} {}", q.words(), m.words()),
            (None, _) if self.unit == Unit::Money => format!("an amount{per}"),
            (None, _) if self.unit == Unit::Percent => "a percentage".to_string(),
            (None, _) if self.other => "a count of something else".to_string(),
            (None, _) => "a number".to_string(),
        }
    }
}
