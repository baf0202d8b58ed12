//! Stage 3b: SVG charts of cooperative counts and average incomes, drawn with plotters
//! from the model's figures. No JavaScript: files for the home and region pages, an
//! inline chart on each report page, and a data table beside every chart.

mod draw;
mod drawer;
mod svg;

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::config::ChartsConfig;
use crate::diagnostics::Diagnostic;
use crate::figure_table::{ChartRole, FigureTable, INCOME, TOTAL};
use crate::i18n::Locale;
use crate::site::ReportView;
use draw::{Axis, Bars, Palette, Series};
use drawer::{Drawer, RegionSet, Styles};

/// The currency the money charts are drawn in: the contract allows no other for
/// the charted averages.
pub const CHART_CURRENCY: &str = "VND";
/// Up to this many regions are compared in one chart; more get small multiples.
const MAX_LINES: usize = 8;
/// The most panels a small-multiples chart shows (the regions with most cooperatives).
const MAX_PANELS: usize = 60;

/// A chart and the same numbers as a table, for screen readers and copying.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Where the SVG file is written, relative to the output root (empty for inline charts).
    pub path: String,
    pub title: String,
    pub desc: String,
    /// Said under the chart when it does not show everything (too many regions).
    pub note: Option<String>,
    #[serde(skip)]
    pub svg: String,
    /// For inline charts: the SVG itself, escaped where it holds text.
    pub inline: Option<String>,
    pub width: u32,
    pub height: u32,
    pub table: DataTable,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct DataTable {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub cells: Vec<String>,
    /// The report's own year, in a report's chart.
    pub current: bool,
}

/// One region's values by year, and its bar chart for report pages.
struct RegionData {
    name: String,
    by_year: BTreeMap<i32, usize>,
    bars: Option<Bars>,
    /// A hash of `bars`' SVG: with a year and value, what a report's chart is made of.
    bars_hash: u64,
    /// A hash of everything this region's charts are drawn from.
    key: u64,
    totals: Vec<(i32, Option<f64>)>,
}

/// Every chart of a site.
#[derive(Default)]
pub struct ChartSet {
    pub home: Vec<Chart>,
    pub regions: BTreeMap<String, Vec<Chart>>,
    regions_data: BTreeMap<String, RegionData>,
    lang: String,
    palette: Option<Palette>,
    /// Charts that could not be drawn, named by their file.
    pub errors: Vec<Diagnostic>,
}

fn figure(r: &ReportView, key: &str) -> Option<f64> {
    r.figures.iter().find(|f| f.key == key).map(|f| f.number)
}

/// Every year from the first to the last, so that missing years show as gaps.
fn year_range(years: impl Iterator<Item = i32> + Clone) -> Vec<i32> {
    match (years.clone().min(), years.max()) {
        (Some(a), Some(b)) => (a..=b).collect(),
        _ => Vec::new(),
    }
}

fn table(
    years: &[i32],
    series: &[Series],
    fmt: &dyn Fn(f64) -> String,
    year_label: &str,
) -> DataTable {
    let mut columns = vec![year_label.to_string()];
    columns.extend(series.iter().map(|s| s.name.clone()));
    let rows = years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let mut cells = vec![y.to_string()];
            cells.extend(
                series
                    .iter()
                    .map(|s| s.points[i].1.map(fmt).unwrap_or_else(|| "–".into())),
            );
            Row {
                cells,
                current: false,
            }
        })
        .collect();
    DataTable { columns, rows }
}

fn describe(title: &str, names: &[String], years: &[i32]) -> String {
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    format!("{title} ({span}): {}.", names.join(", "))
}

fn file_id(path: &str) -> String {
    path.trim_end_matches(".svg").replace(['/', '.'], "-")
}

/// How one kind of chart is drawn and tabled.
struct Style<'a> {
    axis: Axis<'a>,
    palette: &'a Palette,
    /// Formats a value for the data table.
    table_fmt: &'a (dyn Fn(f64) -> String + Sync),
}

/// A line chart (or small multiples) as a [`Chart`], or None when there is nothing to
/// draw; an error names the chart that plotters could not draw.
fn line_chart(
    path: String,
    title: &str,
    years: &[i32],
    series: Vec<Series>,
    style: &Style,
    note: Option<String>,
) -> Result<Option<Chart>, Diagnostic> {
    let (axis, table_fmt, year_label) = (&style.axis, style.table_fmt, style.axis.x_desc);
    let series: Vec<Series> = series
        .into_iter()
        .filter(|s| s.points.iter().any(|p| p.1.is_some()))
        .collect();
    if series.is_empty() {
        return Ok(None);
    }
    let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    let mut desc = describe(title, &names, years);
    if let Some(note) = &note {
        desc = format!("{desc} {note}");
    }
    let drawn = if series.len() > MAX_LINES {
        draw::small_multiples(&series, axis, 4, style.palette)
    } else {
        draw::lines(&series, axis, style.palette).map(|svg| (svg, draw::SIZE))
    };
    let (svg, (width, height)) = drawn
        .map_err(|e| Diagnostic::new(path.as_str(), format!("cannot draw this chart: {e}")))?;
    let table = table(years, &series, table_fmt, year_label);
    let svg = svg::finish(&svg, &file_id(&path), title, &desc);
    Ok(Some(Chart {
        path,
        title: title.to_string(),
        desc,
        note,
        svg,
        inline: None,
        width,
        height,
        table,
    }))
}

impl std::fmt::Debug for ChartSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChartSet")
            .field("home", &self.home.len())
            .field("regions", &self.regions.len())
            .finish()
    }
}

impl ChartSet {
    /// Draws every chart for the site's reports (newest first, as the model holds them).
    pub fn build(
        reports: &[ReportView],
        lang: &str,
        colors: &ChartsConfig,
        table: &FigureTable,
    ) -> ChartSet {
        Self::build_reusing(reports, lang, colors, table, None)
    }

    /// [`ChartSet::build`], taking each region's charts from `previous` when nothing
    /// they are drawn from has changed (`serve` after an edit redraws one region).
    pub fn build_reusing(
        reports: &[ReportView],
        lang: &str,
        colors: &ChartsConfig,
        table: &FigureTable,
        previous: Option<&ChartSet>,
    ) -> ChartSet {
        let dr = Drawer::new(reports, lang, colors, table);
        let (count_fmt, money_fmt, money_tick) = (
            |v: f64| dr.count_text(v),
            |v: f64| dr.money_text(v),
            |v: f64| dr.money_tick(v),
        );
        let year = dr.loc.get("year");
        let styles = Styles {
            counts: Style {
                axis: Axis {
                    x_desc: year,
                    y_desc: dr.loc.get("cooperatives"),
                    fmt: &count_fmt,
                },
                table_fmt: &count_fmt,
                palette: &dr.palette,
            },
            money: Style {
                axis: Axis {
                    x_desc: year,
                    y_desc: &dr.money_unit.1,
                    fmt: &money_tick,
                },
                table_fmt: &money_fmt,
                palette: &dr.palette,
            },
        };
        let setting = format!("{lang}{colors:?}{}", dr.money_unit.0);
        let mut regions = dr.regions(&setting);
        let sets: Vec<RegionSet> = regions
            .par_iter()
            .map(|(slug, d)| dr.region_set(slug, d, &styles, previous))
            .collect();
        let mut errors = Vec::new();
        let home = dr.home(&regions, &styles).unwrap_or_else(|e| {
            errors.push(e);
            Vec::new()
        });
        let mut by_region = BTreeMap::new();
        for set in sets {
            if let Some(d) = regions.get_mut(&set.slug) {
                d.bars_hash = set
                    .bars
                    .as_ref()
                    .map_or(0, |b| crate::hash::hash_of(&[b.svg.as_bytes()]));
                d.bars = set.bars;
                d.totals = set.totals;
            }
            match set.charts {
                Ok(charts) => by_region.insert(set.slug, charts),
                Err(e) => {
                    errors.push(e);
                    by_region.insert(set.slug, Vec::new())
                }
            };
        }
        ChartSet {
            home,
            regions: by_region,
            regions_data: regions,
            lang: lang.to_string(),
            palette: Some(dr.palette),
            errors,
        }
    }

    /// Every chart file: (path, SVG).
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.home
            .iter()
            .chain(self.regions.values().flatten())
            .map(|c| (c.path.as_str(), c.svg.as_str()))
    }

    /// What [`ChartSet::report_chart`] would draw for `report`, as a hash: equal keys
    /// give equal charts.
    pub fn report_chart_key(&self, report: &ReportView) -> u64 {
        let d = self.regions_data.get(&report.region.slug);
        let value = figure(report, TOTAL).map(f64::to_bits);
        crate::hash::hash_of(&[
            &d.map_or(0, |d| d.bars_hash).to_le_bytes(),
            &report.year.to_le_bytes(),
            &value.unwrap_or(u64::MAX).to_le_bytes(),
            report.slug.as_bytes(),
            self.lang.as_bytes(),
            d.map_or("", |d| d.name.as_str()).as_bytes(),
        ])
    }

    /// A hash of everything the charts are drawn from, to reuse a whole set.
    pub fn input_key(
        reports: &[ReportView],
        lang: &str,
        colors: &ChartsConfig,
        table: &FigureTable,
    ) -> u64 {
        let charted: Vec<&str> = [ChartRole::Counts, ChartRole::Money]
            .into_iter()
            .flat_map(|role| table.charted(role).map(|d| d.key.as_str()))
            .collect();
        let mut bytes: Vec<u8> = Vec::with_capacity(reports.len() * 64);
        bytes.extend_from_slice(lang.as_bytes());
        bytes.extend_from_slice(format!("{colors:?}").as_bytes());
        for r in reports {
            bytes.extend_from_slice(r.region.slug.as_bytes());
            bytes.push(0);
            bytes.extend_from_slice(r.region.name.as_bytes());
            bytes.push(0);
            bytes.extend_from_slice(&r.year.to_le_bytes());
            for key in &charted {
                bytes.extend_from_slice(
                    &figure(r, key).map_or(u64::MAX, f64::to_bits).to_le_bytes(),
                );
            }
        }
        crate::hash::hash_of(&[&bytes])
    }

    /// A report's chart: its region's cooperatives year by year, its own year
    /// highlighted. None when the report has no total to show.
    pub fn report_chart(&self, report: &ReportView) -> Option<Chart> {
        let d = self.regions_data.get(&report.region.slug)?;
        let bars = d.bars.as_ref()?;
        let value = figure(report, TOTAL)?;
        let loc = Locale::new(&self.lang);
        let nf = &loc.num;
        let shown = nf.number(value, 0);
        let color = self.palette.as_ref()?.highlight;
        let svg = svg::highlight(bars, report.year, &shown, color)?;
        let title = format!("{}: {}", loc.get("report_chart_title"), d.name);
        let cooperatives = loc.get("cooperatives").to_string();
        let years: Vec<i32> = d.totals.iter().map(|p| p.0).collect();
        let desc = format!(
            "{} {} {}: {shown}.",
            describe(&title, std::slice::from_ref(&cooperatives), &years).trim_end_matches('.'),
            report.year,
            loc.get("highlighted")
        );
        let id = format!("chart-{}", report.slug);
        let inline = svg::finish(&svg, &id, &title, &desc);
        let rows = d
            .totals
            .iter()
            .map(|&(y, v)| Row {
                cells: vec![
                    y.to_string(),
                    v.map(|v| nf.number(v, 0)).unwrap_or_else(|| "–".into()),
                ],
                current: y == report.year,
            })
            .collect();
        Some(Chart {
            path: String::new(),
            title,
            desc,
            note: None,
            svg: String::new(),
            inline: Some(inline),
            width: draw::SIZE.0,
            height: draw::SIZE.1,
            table: DataTable {
                columns: vec![loc.get("year").to_string(), cooperatives],
                rows,
            },
        })
    }
}
