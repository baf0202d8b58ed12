//! With a register: what each year page compares (the regions that existed at the end
//! of the year, before or after a merger), and, for a year before a merger, its figures
//! on today's boundaries: counts added over the units each region was formed from that
//! reported (naming those that did not), averages combined only when every unit gives
//! its weight, else shown as not comparable with the reason.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{YearRow, YearView};
use crate::figure_table::{FigureTable, Kind};
use crate::i18n::{fill, Locale};
use crate::regions::Register;
use crate::urls::{self, Urls};

/// What a year page says of the regions it compares.
#[derive(Debug, Clone, Serialize)]
pub struct YearUnits {
    /// "Compares 4 of the 63 regions that existed at the end of 2023; …".
    pub note: String,
    /// Before a merger: the year's figures on today's boundaries.
    pub today: Option<TodayTable>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TodayTable {
    pub title: String,
    pub intro: String,
    /// The figures' labels, as the year's table has them.
    pub columns: Vec<String>,
    pub rows: Vec<TodayRow>,
}

/// One of today's regions in a year before it was formed.
#[derive(Debug, Clone, Serialize)]
pub struct TodayRow {
    pub name: String,
    /// Its page, when it has reports.
    pub url: Option<String>,
    /// "Vĩnh Phúc did not report.", empty when every unit did.
    pub missing: String,
    pub cells: Vec<TodayCell>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TodayCell {
    /// The sum or the combined average, formatted; "not comparable"; "–".
    pub text: String,
    /// The number, plain, when there is one.
    pub raw: Option<String>,
    /// Which units it leaves out, or why it cannot be given.
    pub note: Option<String>,
}

struct Ctx<'a> {
    reg: &'a Register,
    loc: &'a Locale,
    table: &'a FigureTable,
    urls: &'a Urls,
    pages: &'a BTreeMap<String, usize>,
}

/// What each year page says of its regions, by year (nothing without a register).
pub(super) fn year_units(
    reg: Option<&Register>,
    years: &[YearView],
    (loc, table, urls): (&Locale, &FigureTable, &Urls),
    pages: &BTreeMap<String, usize>,
) -> BTreeMap<i32, YearUnits> {
    let Some(reg) = reg else {
        return BTreeMap::new();
    };
    let cx = Ctx {
        reg,
        loc,
        table,
        urls,
        pages,
    };
    years.iter().map(|y| (y.year, cx.year(y))).collect()
}

impl Ctx<'_> {
    fn name(&self, i: usize) -> String {
        self.reg.unit(i).shown(&self.loc.lang)
    }

    fn year(&self, y: &YearView) -> YearUnits {
        let units: Vec<usize> = (0..self.reg.units().len())
            .filter(|&i| self.reg.unit(i).covers(y.year))
            .collect();
        let (m, n, year) = (
            y.rows.len().to_string(),
            units.len().to_string(),
            y.year.to_string(),
        );
        let mut note = fill(
            self.loc.get("year_units"),
            &[("m", m.as_str()), ("n", &n), ("year", &year)],
        );
        // Merged later: the first unit they became part of, for the date.
        let later = units.iter().find_map(|&i| self.reg.unit(i).into);
        let formed = units
            .iter()
            .find(|&&i| !self.reg.unit(i).formed_from.is_empty());
        let date = |i: usize| {
            self.reg
                .unit(i)
                .from
                .as_ref()
                .map(|d| self.loc.date(d))
                .unwrap_or_default()
        };
        if let Some(s) = later {
            note.push(' ');
            note.push_str(&fill(
                self.loc.get("year_units_before"),
                &[("date", &date(s))],
            ));
        } else if let Some(&s) = formed {
            note.push(' ');
            note.push_str(&fill(
                self.loc.get("year_units_after"),
                &[("date", &date(s))],
            ));
        }
        YearUnits {
            note,
            today: later.and_then(|s| self.today(y, &date(s))),
        }
    }

    /// The year's figures on today's boundaries: one row per region formed later from
    /// units that reported this year.
    fn today(&self, y: &YearView, date: &str) -> Option<TodayTable> {
        let by_id: BTreeMap<&str, &YearRow> =
            y.rows.iter().map(|r| (r.region.slug.as_str(), r)).collect();
        let mut successors: Vec<usize> = Vec::new();
        for r in y.rows.iter() {
            let Some(mut i) = self.reg.by_id(&r.region.slug) else {
                continue;
            };
            if self.reg.unit(i).into.is_none() {
                continue;
            }
            while let Some(next) = self.reg.unit(i).into {
                i = next;
            }
            if !successors.contains(&i) {
                successors.push(i);
            }
        }
        if successors.is_empty() {
            return None;
        }
        successors.sort_by_key(|&i| self.name(i));
        let rows = successors.iter().map(|&s| self.row(s, y, &by_id)).collect();
        let year = y.year.to_string();
        Some(TodayTable {
            title: fill(
                self.loc.get("today_title"),
                &[("year", year.as_str()), ("date", date)],
            ),
            intro: self.loc.get("today_intro").to_string(),
            columns: y.columns.iter().map(|c| c.title.clone()).collect(),
            rows,
        })
    }

    fn row(&self, s: usize, y: &YearView, by_id: &BTreeMap<&str, &YearRow>) -> TodayRow {
        let parts: Vec<(usize, Option<&YearRow>)> = self
            .reg
            .unit(s)
            .formed_from
            .iter()
            .map(|&p| (p, by_id.get(self.reg.unit(p).id.as_str()).copied()))
            .collect();
        let absent: Vec<String> = parts
            .iter()
            .filter(|p| p.1.is_none())
            .map(|p| self.name(p.0))
            .collect();
        let missing = match absent.is_empty() {
            true => String::new(),
            false => fill(
                self.loc.get("today_missing"),
                &[("names", &self.loc.and_list(&absent))],
            ),
        };
        let id = &self.reg.unit(s).id;
        TodayRow {
            name: self.name(s),
            url: self
                .pages
                .contains_key(id)
                .then(|| self.urls.url_for(&urls::region_path(id))),
            missing,
            cells: (0..y.columns.len())
                .map(|c| self.cell(&parts, y, c))
                .collect(),
        }
    }

    /// Column `c` of the year's table for a region made of `parts`.
    fn cell(&self, parts: &[(usize, Option<&YearRow>)], y: &YearView, c: usize) -> TodayCell {
        let key = y.columns[c].key.as_str();
        let value = |r: &YearRow, col: usize| r.cells.get(col)?.raw.as_deref()?.parse::<f64>().ok();
        let col_of = |k: &str| y.columns.iter().position(|c| c.key == k);
        let def = self.table.get(key);
        match def.map(|d| (d.kind, d.average && !d.weighted_by.is_empty())) {
            Some((Kind::Count, _)) => {
                let given: Vec<f64> = parts
                    .iter()
                    .filter_map(|(_, r)| r.and_then(|r| value(r, c)))
                    .collect();
                let left: Vec<String> = parts
                    .iter()
                    .filter(|(_, r)| r.and_then(|r| value(r, c)).is_none())
                    .map(|(p, _)| self.name(*p))
                    .collect();
                if given.is_empty() {
                    return self.plain("–", None);
                }
                let sum: f64 = given.iter().sum();
                let note = (!left.is_empty()).then(|| {
                    fill(
                        self.loc.get("today_without"),
                        &[("names", &self.loc.and_list(&left))],
                    )
                });
                TodayCell {
                    text: self.loc.num.int(sum as i128),
                    raw: Some(crate::numfmt::plain_number(sum)),
                    note,
                }
            }
            Some((Kind::Money, true)) => {
                let weights = def.map_or(&[][..], |d| d.weighted_by);
                self.average(parts, c, weights, &value, &col_of)
            }
            _ => self.plain(self.loc.get("today_not_comparable"), None),
        }
    }

    /// An average combined over `parts` weighted by the first of `weights` they all
    /// give, or "not comparable" with the reason.
    fn average(
        &self,
        parts: &[(usize, Option<&YearRow>)],
        c: usize,
        weights: &[&str],
        value: &dyn Fn(&YearRow, usize) -> Option<f64>,
        col_of: &dyn Fn(&str) -> Option<usize>,
    ) -> TodayCell {
        let not = |reason: String| self.plain(self.loc.get("today_not_comparable"), Some(reason));
        let absent: Vec<String> = parts
            .iter()
            .filter(|p| p.1.is_none())
            .map(|p| self.name(p.0))
            .collect();
        if !absent.is_empty() {
            return not(fill(
                self.loc.get("today_absent"),
                &[("names", &self.loc.and_list(&absent))],
            ));
        }
        let rows: Vec<&YearRow> = parts.iter().filter_map(|p| p.1).collect();
        let no_avg: Vec<String> = parts
            .iter()
            .filter(|(_, r)| r.and_then(|r| value(r, c)).is_none())
            .map(|(p, _)| self.name(*p))
            .collect();
        if !no_avg.is_empty() {
            return not(fill(
                self.loc.get("today_no_average"),
                &[("names", &self.loc.and_list(&no_avg))],
            ));
        }
        let weight = weights
            .iter()
            .filter_map(|k| col_of(k))
            .find(|&w| rows.iter().all(|r| value(r, w).is_some()));
        let Some(w) = weight else {
            let what = self.table.label(weights[0], &self.loc.lang);
            return not(fill(
                self.loc.get("today_no_weight"),
                &[("what", &what.to_lowercase())],
            ));
        };
        let (mut sum, mut total) = (0.0, 0.0);
        for r in &rows {
            let (a, n) = (value(r, c).unwrap_or(0.0), value(r, w).unwrap_or(0.0));
            sum += a * n;
            total += n;
        }
        if total <= 0.0 {
            return not(self.loc.get("today_no_weight").replace("{what}", "0"));
        }
        let avg = sum / total;
        TodayCell {
            text: self.loc.num.money_short(avg, "VND"),
            raw: Some(crate::numfmt::plain_number(avg.round())),
            note: Some(fill(
                self.loc.get("today_weighted"),
                &[(
                    "what",
                    &self.table.label(weights[0], &self.loc.lang).to_lowercase(),
                )],
            )),
        }
    }

    fn plain(&self, text: &str, note: Option<String>) -> TodayCell {
        TodayCell {
            text: text.to_string(),
            raw: None,
            note,
        }
    }
}
