//! Regions compared in one year, for its page (`years/<year>/`): each figure the
//! table gives a year chart (built in: cooperatives and average income per worker),
//! one horizontal bar each, most first. Regions
//! without the figure are left out and named in a note; past [`MAX_YEAR_BARS`] regions,
//! only those with the most cooperatives are shown (the page's table has them all).

use rayon::prelude::*;

use super::drawer::Drawer;
use super::frame::{NARROW, WIDE};
use super::hbars::{hbars, Bar, Labels};
use super::words::word;
use super::{svg, Chart, ChartSet, DataTable, Source, SourceLink, Text, CHART_CURRENCY};
use crate::config::ChartsConfig;
use crate::diagnostics::Diagnostic;
use crate::figure_table::{FigureDef, FigureTable, Kind};
use crate::i18n::{fill, Locale};
use crate::site::{YearRow, YearView};

/// The most regions a year's chart shows: those with the most cooperatives.
pub const MAX_YEAR_BARS: usize = 30;
/// Up to this many regions, a chart's source line links each report; past it, the
/// year's table, which links them all.
const MAX_SOURCE_LINKS: usize = 8;
/// The most regions without a figure that a note names; the others are counted.
const MAX_NAMED: usize = 10;
/// The id of the year page's table (themes/default/templates/year.html).
pub const YEAR_TABLE_ID: &str = "year-table";

/// The charts of a year's page: its regions' figures that have a year chart, each drawn when at least one region states it; none for a year that only
/// one region reported (its table's one row says it all).
pub fn year_charts(
    year: &YearView,
    loc: &Locale,
    colors: &ChartsConfig,
    table: &FigureTable,
) -> Result<Vec<Chart>, Diagnostic> {
    if year.rows.len() < 2 {
        return Ok(Vec::new());
    }
    let dr = Drawer::new(&[], loc, colors, table);
    let mut out = Vec::new();
    for f in table.year_charts() {
        out.extend(year_chart(&dr, year, f)?);
    }
    Ok(out)
}

/// A region's value of the year table's column `col` (the plain number it holds).
fn value(r: &YearRow, col: usize) -> Option<f64> {
    r.cells.get(col)?.raw.as_deref()?.parse().ok()
}

fn year_chart(
    dr: &Drawer,
    year: &YearView,
    (def, stem): (&FigureDef, &str),
) -> Result<Option<Chart>, Diagnostic> {
    let money = def.kind == Kind::Money;
    let Some(col) = year.columns.iter().position(|c| c.key == def.key) else {
        return Ok(None);
    };
    let (with, without): (Vec<&YearRow>, Vec<&YearRow>) =
        year.rows.iter().partition(|r| value(r, col).is_some());
    if with.is_empty() {
        return Ok(None);
    }
    // The rows come ranked by cooperatives: the first are the largest regions.
    let mut shown: Vec<(&YearRow, f64)> = with
        .iter()
        .take(MAX_YEAR_BARS)
        .filter_map(|r| Some((*r, value(r, col)?)))
        .collect();
    shown.sort_by(|a, b| b.1.total_cmp(&a.1));
    let loc = &dr.loc;
    let what = dr.table.label(&def.key, dr.lang());
    let y = year.year.to_string();
    let title = fill(word(loc, "by_region"), &[("what", &what), ("year", &y)]);
    let stem = format!("years/{}-{}", year.year, stem);
    let csv = format!("charts/{stem}.csv");
    let max = shown.iter().map(|s| s.1).fold(0.0, f64::max);
    let (unit, unit_text) = unit_of(dr, def, max);
    let label = |v: f64| match money {
        true => loc.num.number(v / unit, 1),
        false => dr.value_text(false, v),
    };
    let labels = Labels {
        unit: &unit_text,
        value: &label,
    };
    let bars: Vec<Bar> = shown
        .iter()
        .map(|(r, v)| Bar {
            name: r.region.name.clone(),
            value: *v,
            tip: dr.tip(
                &(r.region.name.clone(), what.clone()),
                year.year,
                &dr.value_text(money, *v),
            ),
        })
        .collect();
    let fail = |e: String| Diagnostic::new(csv.as_str(), format!("cannot draw this chart: {e}"));
    let wide = hbars(&bars, &labels, &dr.palette, &WIDE).map_err(fail)?;
    let narrow = hbars(&bars, &labels, &dr.palette, &NARROW).map_err(fail)?;
    let note = note(loc, &without, shown.len(), with.len());
    let names: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let mut desc = format!("{title}: {}.", names.join(", "));
    if let Some(note) = &note {
        desc = format!("{desc} {note}");
    }
    let header = match money {
        true => format!("{what} ({CHART_CURRENCY} {})", loc.get("per_year")),
        false => what.clone(),
    };
    let places: Vec<(String, f64)> = shown
        .iter()
        .map(|(r, v)| (r.region.name.clone(), *v))
        .collect();
    let fmt = |v: f64| dr.value_text(money, v);
    let table = DataTable::places(loc.get("region"), &header, year.year, &places, &fmt);
    let id = stem.replace(['/', '.'], "-");
    let svg: Text = svg::finish(&wide.svg, &format!("{id}-w"), &title, &desc).into();
    let path = format!("charts/{stem}.svg");
    Ok(Some(Chart {
        narrow: svg::finish(&narrow.svg, &format!("{id}-n"), &title, &desc).into(),
        id,
        embed: super::embed_path(&path),
        png: String::new(),
        files: vec![
            (path.clone(), svg.clone().into()),
            (csv.clone(), table.csv().into()),
        ],
        svg,
        path,
        narrow_path: String::new(),
        target: String::new(),
        width: wide.size.0,
        height: wide.size.1,
        narrow_width: narrow.size.0,
        narrow_height: narrow.size.1,
        source: source(loc, year, &shown),
        csv,
        csv_label: word(loc, "csv").to_string(),
        table,
        title,
        desc,
        note,
    }))
}

/// The unit a year chart's bars are labelled in: money's scale, or what a count counts
/// (its unit word, else its label).
fn unit_of(dr: &Drawer, def: &FigureDef, max: f64) -> (f64, String) {
    match (def.kind, def.unit_word) {
        (Kind::Money, _) => dr.money_unit(max),
        (_, Some(word)) => (1.0, dr.loc.get(word).to_string()),
        (_, None) => (1.0, dr.table.label(&def.key, dr.lang())),
    }
}

/// Said under a year's chart: the regions left out for want of the figure, and that
/// only the largest are shown, when they are.
fn note(loc: &Locale, without: &[&YearRow], shown: usize, with: usize) -> Option<String> {
    let int = |n: usize| loc.num.int(n as i128);
    let mut parts = Vec::new();
    if !without.is_empty() {
        let names: Vec<&str> = without
            .iter()
            .take(MAX_NAMED)
            .map(|r| r.region.name.as_str())
            .collect();
        let mut list = names.join(", ");
        if without.len() > MAX_NAMED {
            let more = word(loc, "more").replace("{n}", &int(without.len() - MAX_NAMED));
            list = format!("{list} {more}");
        }
        parts.push(word(loc, "left_out").replace("{regions}", &list));
    }
    if with > shown {
        parts.push(fill(
            word(loc, "year_top"),
            &[("n", &int(shown)), ("m", &int(with))],
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Where a year's chart's numbers come from: each report, or for many regions the
/// year's table, where each region links its report.
fn source(loc: &Locale, year: &YearView, shown: &[(&YearRow, f64)]) -> Source {
    let n = shown.len();
    let (count, y) = (loc.num.int(n as i128), year.year.to_string());
    let sentence = |key: &str| fill(word(loc, key), &[("n", &count), ("year", &y)]);
    if n > MAX_SOURCE_LINKS {
        return Source {
            text: sentence("source_year_table"),
            links: vec![SourceLink {
                text: word(loc, "year_table").to_string(),
                url: format!("{}#{YEAR_TABLE_ID}", year.url),
            }],
            regions: None,
        };
    }
    Source {
        text: sentence(if n == 1 {
            "source_year_one"
        } else {
            "source_year"
        }),
        links: shown
            .iter()
            .map(|(r, _)| SourceLink {
                text: r.region.name.clone(),
                url: r.url.clone(),
            })
            .collect(),
        regions: None,
    }
}

impl ChartSet {
    /// Draws the charts of every year's page (see [`year_charts`]), in the set's
    /// language; a chart that cannot be drawn is an error of the set.
    ///
    /// Each chart gets its PNG copy, taken from `previous` (the last build's set, under
    /// `serve`) when its drawing did not change.
    pub fn add_years(
        &mut self,
        years: &[YearView],
        colors: &ChartsConfig,
        table: &FigureTable,
        previous: Option<&ChartSet>,
    ) {
        let loc = &self.loc;
        let with_png = |y: &YearView| -> Result<Vec<Chart>, Diagnostic> {
            let mut charts = year_charts(y, loc, colors, table)?;
            let before = previous.and_then(|p| p.years.get(&y.year));
            for c in &mut charts {
                let old = before.and_then(|b| b.iter().find(|o| o.path == c.path));
                c.add_png(old, colors.png_cache.as_deref())?;
            }
            Ok(charts)
        };
        let drawn: Vec<(i32, Result<Vec<Chart>, Diagnostic>)> =
            years.par_iter().map(|y| (y.year, with_png(y))).collect();
        for (year, charts) in drawn {
            match charts {
                Ok(charts) => {
                    self.years.insert(year, charts);
                }
                Err(e) => self.errors.push(e),
            }
        }
    }
}
