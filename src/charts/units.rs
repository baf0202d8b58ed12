//! How a chart says its numbers: values in tooltips and tables, a point's tooltip, and
//! the unit of a money axis, chosen so that its ticks read as the page's language says
//! amounts ("2,3 tỷ", "2.3 billion", not "2.300 triệu").

use super::drawer::Drawer;
use super::words::word;
use super::CHART_CURRENCY;
use crate::i18n::fill;

/// From this amount up, a money axis counts in billions (tỷ, milliards, bilion): each
/// of the site's languages names 10^9 with one word, and 2.3 billion reads better than
/// 2,300 million.
pub const BILLION_FROM: f64 = 1e9;

impl Drawer<'_> {
    /// A value as tooltips and tables say it: "1,059", "58 million VND".
    pub(super) fn value_text(&self, money: bool, v: f64) -> String {
        match money {
            true => self.loc.num.money_short(v, CHART_CURRENCY),
            false => self.loc.num.number(v, 2),
        }
    }

    /// "Hòa Bình, 2023 – Cooperatives: 758".
    pub(super) fn tip(&self, (place, what): &(String, String), year: i32, value: &str) -> String {
        let year = year.to_string();
        let values = [
            ("place", place.as_str()),
            ("year", &year),
            ("what", what),
            ("value", value),
        ];
        fill(word(&self.loc, "tip"), &values)
    }

    /// The unit of a money axis whose largest value is `max` (billions from
    /// [`BILLION_FROM`], else millions), and its title: the ticks are the values in
    /// that unit.
    pub(super) fn money_unit(&self, max: f64) -> (f64, String) {
        let (unit, key) = match max.abs() >= BILLION_FROM {
            true => (1e9, "billion_per_year"),
            false => (1e6, "million_per_year"),
        };
        (
            unit,
            self.loc.get(key).replace("{currency}", CHART_CURRENCY),
        )
    }
}
