//! A report's figures as its page shows them: each row formatted in the tree's
//! language with the sentence that states it and the text check's verdict, and the
//! headline of lists and cards.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Ctx, FigureRow, Headline, HeadlineCell};
use crate::content::crosscheck::{Status, Verdict};
use crate::content::figures::{Figures, Money, Per, Value};
use crate::content::Report;
use crate::figure_table::Span;
use crate::numfmt::plain_number;

impl Ctx<'_> {
    /// The rows of one section (`figures` or `targets`) of `r`, each with the sentence
    /// that states it and the text check's verdict.
    pub(super) fn rows(&self, figures: &Figures, section: &str, r: &Report) -> Vec<FigureRow> {
        // `figures.<key>`, made in one buffer for every row.
        let mut dotted = String::with_capacity(64);
        figures
            .ordered(self.table)
            .into_iter()
            .map(|(key, value)| {
                let mut row = self.row(key, value);
                dotted.clear();
                dotted.push_str(section);
                dotted.push('.');
                dotted.push_str(key);
                row.sentence = r.sentences.get(&dotted).cloned();
                let (checked, reason) = verdict(&r.checks, &dotted);
                row.checked = checked;
                row.check_reason = reason.to_string();
                row
            })
            .collect()
    }

    fn row(&self, key: &str, value: &Value) -> FigureRow {
        let nf = &self.loc.num;
        let number = value.as_f64();
        let span = self.table.get(key).map_or(Span::Year, |d| d.span);
        let (currency, per) = match value {
            Value::Money(m) => (
                Some(m.currency.clone()),
                Some(match span {
                    Span::Year => "year",
                    Span::Total => "total",
                }),
            ),
            _ => (None, None),
        };
        let (kind, shown, exact, unit, as_written) = match value {
            Value::Count(n) => {
                let s = nf.int(*n as i128);
                ("count", s.clone(), s, String::new(), None)
            }
            Value::Number(x) => {
                let s = nf.number(*x, 4);
                ("number", s.clone(), s, String::new(), None)
            }
            Value::Money(m) => {
                let unit = match span {
                    Span::Year => format!("{} {}", m.currency, self.loc.t["per_year"]),
                    Span::Total => m.currency.clone(),
                };
                let exact = match span {
                    Span::Year => format!(
                        "{} {}",
                        nf.money_exact(number, &m.currency),
                        self.loc.t["per_year"]
                    ),
                    Span::Total => nf.money_exact(number, &m.currency),
                };
                let written = self.per_month(m).or_else(|| m.written.clone());
                (
                    "money",
                    nf.money_short(number, &m.currency),
                    exact,
                    unit,
                    written,
                )
            }
        };
        let (key, label) = match self.keys.get(key) {
            Some((k, l)) => (k.clone(), l.clone()),
            None => (
                Arc::from(key),
                Arc::from(self.table.label(key, &self.loc.lang)),
            ),
        };
        FigureRow {
            key,
            label,
            kind,
            value: shown,
            exact,
            unit,
            as_written,
            number,
            raw: plain_number(number),
            currency,
            per,
            sentence: None,
            checked: Status::Stated.as_str(),
            check_reason: String::new(),
        }
    }

    /// "5.6 million VND per month" for money stated per month.
    fn per_month(&self, m: &Money) -> Option<String> {
        (m.per == Per::Month).then(|| {
            format!(
                "{} {}",
                self.loc.num.money_short(m.amount, &m.currency),
                self.loc.t["per_month"]
            )
        })
    }

    /// The headings of the headline figures' columns, in the table's order.
    pub(super) fn headline_heads(&self) -> Vec<String> {
        self.table
            .headline()
            .map(|(d, col)| match col.heading {
                Some(word) => self.loc.get(word).to_string(),
                None => self.table.label(&d.key, &self.loc.lang),
            })
            .collect()
    }

    /// The headline figures of `f`, in the table's order.
    pub(super) fn headline(&self, f: &Figures, checks: &BTreeMap<String, Verdict>) -> Headline {
        let mut dotted = String::with_capacity(64);
        let cells = self.table.headline().map(|(d, _)| {
            let key = match self.keys.get(&d.key) {
                Some((k, _)) => k.clone(),
                None => Arc::from(d.key.as_str()),
            };
            let Some(v) = f.get(&d.key) else {
                let (value, exact, month) = ("–".to_string(), String::new(), None);
                let checked = Status::Stated.as_str();
                return HeadlineCell {
                    key,
                    value,
                    exact,
                    month,
                    checked,
                };
            };
            dotted.clear();
            dotted.push_str("figures.");
            dotted.push_str(&d.key);
            let checked = verdict(checks, &dotted).0;
            let nf = &self.loc.num;
            let (value, exact, month) = match v {
                Value::Money(m) => {
                    let exact = nf.money_exact(m.per_year(), &m.currency);
                    let exact = match d.span {
                        Span::Year => format!("{exact} {}", self.loc.t["per_year"]),
                        Span::Total => exact,
                    };
                    (
                        nf.money_short(m.per_year(), &m.currency),
                        exact,
                        self.per_month(m),
                    )
                }
                Value::Number(x) => (nf.number(*x, 4), String::new(), None),
                Value::Count(_) => (nf.number(v.as_f64(), 0), String::new(), None),
            };
            HeadlineCell {
                key,
                value,
                exact,
                month,
                checked,
            }
        });
        let cells: Vec<HeadlineCell> = cells.collect();
        Headline {
            checked: cells.iter().map(|c| c.checked).collect(),
            cells,
        }
    }
}

/// A figure's status word and reason; a figure the check never saw is not stated.
fn verdict<'c>(checks: &'c BTreeMap<String, Verdict>, dotted: &str) -> (&'static str, &'c str) {
    match checks.get(dotted) {
        Some(v) => (v.status.as_str(), &v.reason),
        None => (
            Status::NotStated.as_str(),
            "not checked against the report's text",
        ),
    }
}
