//! Stage 3b: SVG charts of cooperative counts and average incomes, drawn with plotters
//! from the model's figures. No JavaScript: files for the home and region pages, an
//! inline chart on each report page, and a data table beside every chart.

mod draw;
mod labels;
mod svg;

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::numfmt::NumFormat;
use crate::site::ReportView;
use draw::{Axis, Bars, Palette, Series};

const COUNT_KEYS: [&str; 4] = [
    "cooperatives_total",
    "cooperatives_new",
    "cooperatives_effective",
    "cooperatives_agricultural",
];
const MONEY_KEYS: [&str; 3] = [
    "avg_revenue_per_cooperative",
    "avg_profit_per_cooperative",
    "avg_income_per_worker",
];
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

struct Formats {
    nf: NumFormat,
    lang: String,
}

impl Formats {
    fn count(&self, v: f64) -> String {
        self.nf.number(v, 0)
    }
    fn money(&self, v: f64) -> String {
        self.nf.money_short(v, "VND")
    }
    /// The unit money axes use: millions, or billions for very large values.
    fn money_unit(&self, max: f64) -> (f64, &'static str) {
        let l = labels::labels(&self.lang);
        if max >= 1e10 {
            (1e9, l.billion_vnd)
        } else {
            (1e6, l.million_vnd)
        }
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

/// A line chart (or small multiples) as a [`Chart`], or None when there is nothing to draw.
fn line_chart(
    path: String,
    title: &str,
    years: &[i32],
    series: Vec<Series>,
    style: &Style,
    note: Option<String>,
) -> Option<Chart> {
    let (axis, table_fmt, year_label) = (&style.axis, style.table_fmt, style.axis.x_desc);
    let series: Vec<Series> = series
        .into_iter()
        .filter(|s| s.points.iter().any(|p| p.1.is_some()))
        .collect();
    if series.is_empty() {
        return None;
    }
    let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    let mut desc = describe(title, &names, years);
    if let Some(note) = &note {
        desc = format!("{desc} {note}");
    }
    let (svg, (width, height)) = if series.len() > MAX_LINES {
        draw::small_multiples(&series, axis, 4, style.palette).ok()?
    } else {
        (draw::lines(&series, axis, style.palette).ok()?, draw::SIZE)
    };
    let table = table(years, &series, table_fmt, year_label);
    let svg = svg::finish(&svg, &file_id(&path), title, &desc);
    Some(Chart {
        path,
        title: title.to_string(),
        desc,
        note,
        svg,
        inline: None,
        width,
        height,
        table,
    })
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
        colors: &crate::config::ChartsConfig,
    ) -> ChartSet {
        Self::build_reusing(reports, lang, colors, None)
    }

    /// [`ChartSet::build`], taking each region's charts from `previous` when nothing
    /// they are drawn from has changed (`serve` after an edit redraws one region).
    pub fn build_reusing(
        reports: &[ReportView],
        lang: &str,
        colors: &crate::config::ChartsConfig,
        previous: Option<&ChartSet>,
    ) -> ChartSet {
        let palette = Palette::from_config(colors);
        let f = Formats {
            nf: NumFormat::for_lang(lang),
            lang: lang.to_string(),
        };
        let l = labels::labels(lang);

        // Region → year → the first (newest) report for that year.
        let mut regions: BTreeMap<String, RegionData> = BTreeMap::new();
        for (i, r) in reports.iter().enumerate() {
            let d = regions
                .entry(r.region.slug.clone())
                .or_insert_with(|| RegionData {
                    name: r.region.name.clone(),
                    by_year: BTreeMap::new(),
                    bars: None,
                    bars_hash: 0,
                    key: 0,
                    totals: Vec::new(),
                });
            d.by_year.entry(r.year).or_insert(i);
        }

        let count_fmt = |v: f64| f.count(v);
        let counts_style = Style {
            axis: Axis {
                x_desc: l.year,
                y_desc: l.cooperatives,
                fmt: &count_fmt,
            },
            table_fmt: &count_fmt,
            palette: &palette,
        };
        let money_max = reports
            .iter()
            .flat_map(|r| MONEY_KEYS.iter().filter_map(move |k| figure(r, k)))
            .fold(0.0, f64::max);
        let (unit, unit_name) = f.money_unit(money_max);
        let money_tick = |v: f64| {
            f.nf.number(v / unit, if money_max / unit < 10.0 { 1 } else { 0 })
        };
        let money_fmt = |v: f64| f.money(v);
        let money_style = Style {
            axis: Axis {
                x_desc: l.year,
                y_desc: unit_name,
                fmt: &money_tick,
            },
            table_fmt: &money_fmt,
            palette: &palette,
        };

        // What a region's charts depend on, to reuse them from `previous` when unchanged.
        let setting = format!("{lang}{colors:?}{unit}");
        for d in regions.values_mut() {
            let mut bytes = setting.clone().into_bytes();
            bytes.extend_from_slice(d.name.as_bytes());
            for (year, &i) in &d.by_year {
                bytes.extend_from_slice(&year.to_le_bytes());
                for key in COUNT_KEYS.iter().chain(&MONEY_KEYS) {
                    let v = figure(&reports[i], key).map_or(u64::MAX, f64::to_bits);
                    bytes.extend_from_slice(&v.to_le_bytes());
                }
            }
            d.key = crate::hash::hash_of(&[&bytes]);
        }

        let series_of = |d: &RegionData, years: &[i32], key: &str, name: String| Series {
            name,
            points: years
                .iter()
                .map(|y| (*y, d.by_year.get(y).and_then(|&i| figure(&reports[i], key))))
                .collect(),
        };
        let region_charts = |d: &RegionData, prefix: &str| -> Vec<Chart> {
            let years = year_range(d.by_year.keys().copied());
            let counts: Vec<Series> = COUNT_KEYS
                .iter()
                .map(|k| series_of(d, &years, k, crate::i18n::figure_label(k, lang)))
                .collect();
            let money: Vec<Series> = MONEY_KEYS
                .iter()
                .map(|k| series_of(d, &years, k, crate::i18n::figure_label(k, lang)))
                .collect();
            let title = |base: &str| {
                if prefix == "home" {
                    base.to_string()
                } else {
                    format!("{base}: {}", d.name)
                }
            };
            [
                line_chart(
                    format!("charts/{prefix}-counts.svg"),
                    &title(l.counts_title),
                    &years,
                    counts,
                    &counts_style,
                    None,
                ),
                line_chart(
                    format!("charts/{prefix}-incomes.svg"),
                    &title(l.incomes_title),
                    &years,
                    money,
                    &money_style,
                    None,
                ),
            ]
            .into_iter()
            .flatten()
            .collect()
        };

        type RegionSet = (String, Vec<Chart>, Option<Bars>, Vec<(i32, Option<f64>)>);
        let region_sets: Vec<RegionSet> = regions
            .par_iter()
            .map(|(slug, d)| {
                let reuse = previous.and_then(|p| {
                    let old = p.regions_data.get(slug).filter(|old| old.key == d.key)?;
                    Some((
                        slug.clone(),
                        p.regions.get(slug)?.clone(),
                        old.bars.clone(),
                        old.totals.clone(),
                    ))
                });
                if let Some(set) = reuse {
                    return set;
                }
                let charts = region_charts(d, &format!("regions/{slug}"));
                let years = year_range(d.by_year.keys().copied());
                let totals = series_of(d, &years, "cooperatives_total", String::new()).points;
                let bars = if totals.iter().any(|p| p.1.is_some()) {
                    draw::bars(&totals, &counts_style.axis, &palette).ok()
                } else {
                    None
                };
                (slug.clone(), charts, bars, totals)
            })
            .collect();

        let home = if regions.len() == 1 {
            let d = regions.values().next().expect("one region");
            region_charts(d, "home")
        } else {
            // Regions compared: the total, and income per worker, one line (or panel) each,
            // the regions with the most cooperatives first.
            let all_years = year_range(reports.iter().map(|r| r.year));
            let latest = |d: &RegionData| {
                d.by_year
                    .values()
                    .rev()
                    .find_map(|&i| figure(&reports[i], "cooperatives_total"))
                    .unwrap_or(0.0)
            };
            let mut order: Vec<&RegionData> = regions.values().collect();
            order.sort_by(|a, b| {
                latest(b)
                    .total_cmp(&latest(a))
                    .then_with(|| a.name.cmp(&b.name))
            });
            let shown = order.len().min(MAX_PANELS);
            let note = (order.len() > MAX_PANELS)
                .then(|| format!("{shown} {} {}.", l.largest_of, order.len()));
            let per_region = |key: &str| -> Vec<Series> {
                order[..shown]
                    .iter()
                    .map(|d| series_of(d, &all_years, key, d.name.clone()))
                    .collect()
            };
            [
                line_chart(
                    "charts/home-counts.svg".into(),
                    l.total_by_region_title,
                    &all_years,
                    per_region("cooperatives_total"),
                    &counts_style,
                    note.clone(),
                ),
                line_chart(
                    "charts/home-incomes.svg".into(),
                    l.income_by_region_title,
                    &all_years,
                    per_region("avg_income_per_worker"),
                    &money_style,
                    note,
                ),
            ]
            .into_iter()
            .flatten()
            .collect()
        };

        let mut by_region = BTreeMap::new();
        for (slug, charts, bars, totals) in region_sets {
            if let Some(d) = regions.get_mut(&slug) {
                d.bars_hash = bars
                    .as_ref()
                    .map_or(0, |b| crate::hash::hash_of(&[b.svg.as_bytes()]));
                d.bars = bars;
                d.totals = totals;
            }
            by_region.insert(slug, charts);
        }
        ChartSet {
            home,
            regions: by_region,
            regions_data: regions,
            lang: lang.to_string(),
            palette: Some(palette),
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
        let value = figure(report, "cooperatives_total").map(f64::to_bits);
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
        colors: &crate::config::ChartsConfig,
    ) -> u64 {
        let mut bytes: Vec<u8> = Vec::with_capacity(reports.len() * 64);
        bytes.extend_from_slice(lang.as_bytes());
        bytes.extend_from_slice(format!("{colors:?}").as_bytes());
        for r in reports {
            bytes.extend_from_slice(r.region.slug.as_bytes());
            bytes.push(0);
            bytes.extend_from_slice(r.region.name.as_bytes());
            bytes.push(0);
            bytes.extend_from_slice(&r.year.to_le_bytes());
            for key in COUNT_KEYS.iter().chain(&MONEY_KEYS) {
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
        let value = figure(report, "cooperatives_total")?;
        let nf = NumFormat::for_lang(&self.lang);
        let l = labels::labels(&self.lang);
        let shown = nf.number(value, 0);
        let color = self.palette.as_ref()?.highlight;
        let svg = svg::highlight(bars, report.year, &shown, color)?;
        let title = format!("{}: {}", l.report_title, d.name);
        let years: Vec<i32> = d.totals.iter().map(|p| p.0).collect();
        let desc = format!(
            "{} {} {}: {shown}.",
            describe(&title, &[l.cooperatives.to_string()], &years).trim_end_matches('.'),
            report.year,
            l.highlighted
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
                columns: vec![l.year.to_string(), l.cooperatives.to_string()],
                rows,
            },
        })
    }
}
