//! The words money is written with besides numbers, scales and currencies (a table's
//! `money` section: "khoảng", "đến", "/", "monthly"), kept folded as the money reader
//! and the text reader compare them.

use serde::Deserialize;

use super::words::{folded, phrases, Phrase};

/// The words money is written with besides numbers, scales and currencies.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoneyWords {
    /// In front of a number: approximate ("khoảng", "more than").
    pub approx: Vec<Phrase>,
    /// Between two numbers: a range ("đến", "to").
    pub range: Vec<String>,
    /// Before the first number, they make "and" a range ("between").
    pub between: Vec<String>,
    pub and: Vec<String>,
    pub negative: Vec<String>,
    /// Negative words compared as written, not folded ("âm", not English "am").
    pub negative_exact: Vec<String>,
    /// Followed by a period or a unit: "/", "per", "mỗi".
    pub connectors: Vec<String>,
    pub month: Vec<String>,
    pub year: Vec<String>,
    /// A period in one word: "monthly", "sebulan".
    pub monthly: Vec<String>,
    pub yearly: Vec<String>,
    /// "seorang": "a person", skipped in a period ending.
    pub per_one: Vec<String>,
    /// Before a currency: "de" in "millions de VND".
    pub currency_of: Vec<String>,
    /// Each one, opening a clause after people ("labourers, each with an income of").
    pub each: Vec<String>,
}

/// The `money` section as a table writes it.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawMoney {
    approx: Vec<String>,
    range: Vec<String>,
    between: Vec<String>,
    and: Vec<String>,
    negative: Vec<String>,
    negative_exact: Vec<String>,
    connectors: Vec<String>,
    month: Vec<String>,
    year: Vec<String>,
    monthly: Vec<String>,
    yearly: Vec<String>,
    per_one: Vec<String>,
    currency_of: Vec<String>,
    each: Vec<String>,
}

impl RawMoney {
    /// The section's words, folded as the readers compare them.
    pub(super) fn folded(&self) -> MoneyWords {
        MoneyWords {
            approx: phrases(&self.approx),
            range: folded(&self.range),
            between: folded(&self.between),
            and: folded(&self.and),
            negative: folded(&self.negative),
            negative_exact: self
                .negative_exact
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            connectors: folded(&self.connectors),
            month: folded(&self.month),
            year: folded(&self.year),
            monthly: folded(&self.monthly),
            yearly: folded(&self.yearly),
            per_one: folded(&self.per_one),
            currency_of: folded(&self.currency_of),
            each: folded(&self.each),
        }
    }
}
