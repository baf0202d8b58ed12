//! How a chart says its numbers: values in tooltips and tables, a point's tooltip, and
//! the unit of a money axis, chosen so that its ticks read as the page's language says
//! amounts ("2,3 tỷ", "2.3 billion", not "2.300 triệu").

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::draw::{Axis, Series};
use super::drawer::Drawer;
use super::said::Said;
use super::table::DataTable;
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
        fill(&self.tip_words, &values)
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

    /// How a chart's values read ([`Axis`]): its unit's title, ticks and tooltips as
    /// given, whole numbers unless they are `money`, and the page's words for an axis
    /// that does not start at zero.
    pub(super) fn axis<'x>(
        &'x self,
        unit: &'x str,
        tick: &'x (dyn Fn(f64) -> String + Sync),
        tip: &'x (dyn Fn(usize, i32, f64) -> String + Sync),
        money: bool,
    ) -> Axis<'x> {
        Axis {
            unit,
            tick,
            tip,
            whole: !money,
            not_zero: word(&self.loc, "not_zero"),
        }
    }

    /// Every value of `series` as said, once ([`Said`]).
    pub(super) fn said(&self, series: &[Series], money: bool) -> Said {
        Said::of(series, money, |v| self.value_text(money, v))
    }

    /// `v` as `said` says it (a value not of its series is said anew).
    pub(super) fn say<'s>(&self, said: &'s Said, v: f64) -> Cow<'s, str> {
        match said.get(v) {
            Some(t) => Cow::Borrowed(t),
            None => Cow::Owned(self.value_text(said.money, v)),
        }
    }

    /// Each point's tooltip, by series and year, series `i` about `place(i)`.
    pub(super) fn tips<'p>(
        &self,
        said: &Said,
        series: &[Series],
        place: impl Fn(usize) -> &'p (String, String),
    ) -> Vec<BTreeMap<i32, String>> {
        let tips = |(i, s): (usize, &Series)| {
            let values = s.points.iter().filter_map(|&(y, v)| Some((y, v?)));
            values
                .map(|(y, v)| (y, self.tip(place(i), y, &self.say(said, v))))
                .collect()
        };
        series.iter().enumerate().map(tips).collect()
    }

    /// The table under a chart: money columns say their unit.
    pub(super) fn table_of(&self, series: &[Series], money: bool) -> DataTable {
        self.table_said(series, &self.said(series, money))
    }

    /// [`Drawer::table_of`], its values said by `said`.
    pub(super) fn table_said(&self, series: &[Series], said: &Said) -> DataTable {
        let money = said.money;
        let per_year = format!("{CHART_CURRENCY} {}", self.loc.get("per_year"));
        let headers: Vec<String> = match money {
            true => series
                .iter()
                .map(|s| format!("{} ({per_year})", s.name))
                .collect(),
            false => Vec::new(),
        };
        let fmt = |v: f64| self.say(said, v).into_owned();
        DataTable::new(self.loc.get("year"), series, &headers, &fmt)
    }
}
