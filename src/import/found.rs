//! What import reads from an article before it decides: a number read as a figure or
//! a target of one key, with its words and any doubt.

use crate::content::amount::Period;
use crate::content::reader::Statement;

/// Where a figure goes: this year's `figures` or next year's `targets`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Figures,
    Targets,
}

impl Section {
    pub fn name(self) -> &'static str {
        match self {
            Section::Figures => "figures",
            Section::Targets => "targets",
        }
    }
}

/// A figure's value: a count, or money as stated (per year or per month).
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Count(u64),
    Money { amount: f64, per: Period },
}

/// A number read as a figure.
#[derive(Debug, Clone)]
pub struct Found {
    pub section: Section,
    pub key: &'static str,
    pub val: Val,
    /// The words it comes from, as the text writes them.
    pub quote: String,
    /// Read from words that leave no doubt ("tổng số"), not only from "có".
    pub strong: bool,
    /// Where it stands in the text (for order).
    pub pos: usize,
    /// Why it cannot be written as it is.
    pub doubt: Option<String>,
}

impl Found {
    /// Which of the reader's statements `all` it was read from: the one whose number
    /// starts where it does (None for a figure read otherwise).
    pub fn read_from(&self, all: &[Statement]) -> Option<usize> {
        all.iter().position(|s| s.span.start == self.pos)
    }
}
