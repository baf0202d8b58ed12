//! Figures that cannot be right by their size: a count too large for a whole number
//! (never saturated to the largest one), money outside what an average can be.

use serde_yaml::Value as Yaml;

use super::{Money, Problem};
use crate::figure_table::{ChartRole, FigureDef};
use crate::numfmt::plain_number as plain;

/// 2^64: every count below it is a whole number coopsite keeps exactly as written.
const COUNT_LIMIT: f64 = 18_446_744_073_709_551_616.0;

/// A count YAML read as a number too large for a count (`1e30`): an error, where a
/// conversion would have published 18446744073709551615.
pub(super) fn too_large_for_a_count(key: &str, v: &Yaml, raw: &str) -> Result<(), Problem> {
    match v.as_f64() {
        Some(x) if x >= COUNT_LIMIT => {
            let found = match raw.is_empty() {
                true => plain(x),
                false => raw.to_string(),
            };
            Err(Problem::value(
                key,
                format!("`{found}` is too large for a count (at most {})", u64::MAX),
                Some(
                    "a count is a number of cooperatives, groups or members, e.g. 895: \
                     check the digits against the report"
                        .into(),
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// Money below zero where it cannot be: only an average profit may be a loss.
pub(super) fn check_sign(def: Option<&FigureDef>, key: &str, m: &Money) -> Result<(), Problem> {
    if m.amount >= 0.0 || def.is_some_and(FigureDef::may_be_negative) {
        return Ok(());
    }
    let shown = m.written.clone().unwrap_or_else(|| plain(m.amount));
    Err(Problem::value(
        key,
        format!("`{key}` is {shown}, below zero: only `avg_profit_per_cooperative` may be a loss"),
        Some(format!(
            "check the sign against the report; {} without it",
            plain(m.amount.abs())
        )),
    ))
}

/// Money that cannot be right: a charted average in another currency than VND, or an
/// average below 100,000 or above 1,000,000,000,000 VND a year.
pub(super) fn check_money(def: &FigureDef, m: &Money) -> Result<(), Problem> {
    let key = def.key.as_str();
    if def.chart == Some(ChartRole::Money) && m.currency != "VND" {
        return Err(Problem::value(
            key,
            format!(
                "`{key}` is charted in VND; this amount is in {}",
                m.currency
            ),
            Some(format!(
                "convert it to VND, or give it a key of its own such as `{key}_{}`",
                m.currency.to_lowercase()
            )),
        ));
    }
    if !def.average || m.currency != "VND" {
        return Ok(());
    }
    // A loss is checked by its size: -120,000,000 is an average as 120,000,000 is.
    let year = m.per_year().abs();
    if (1e5..=1e12).contains(&year) {
        return Ok(());
    }
    let help = if year == 0.0 {
        "leave the figure out when the report does not state it".to_string()
    } else if year > 1e12 {
        "check the number of zeros: 2.3 billion VND is 2300000000".to_string()
    } else {
        // An average per person is written in millions, one per cooperative in billions.
        let per_person = def
            .meaning
            .is_some_and(|m| m.per_unit == Some(crate::meaning::PerUnit::Person));
        let (scale, word) = if per_person || year >= 100.0 {
            (1e6, "million")
        } else {
            (1e9, "billion")
        };
        let x = m.amount;
        format!(
            "amounts are in VND: {} {word} is {}",
            plain(x),
            plain((x * scale).round())
        )
    };
    Err(Problem::value(
        key,
        format!(
            "`{key}` is {} VND a year, which cannot be an average {}",
            plain(year),
            if year > 1e12 {
                "(over 1,000 billion)"
            } else {
                "(under 100,000 VND)"
            }
        ),
        Some(help),
    ))
}
