//! The steps of drawing a site's charts: regions indexed by year, each region's charts
//! (figures that share a scale together, income on its own) and its reports' charts
//! (reused when unchanged), and the home page's comparison of regions.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::colors::Palette;
use super::draw::Series;
use super::frame::{Layout, NARROW, WIDE};
use super::scale::groups;
use super::words::{list, word};
use super::ReportBase;
use super::{describe, draw, embed_path, figure, span, svg, year_range, MAX_LINES, MAX_PANELS};
use super::{Chart, ChartSet, FileSink, RegionData, Source, SourceLink, Text};
use crate::config::ChartsConfig;
use crate::diagnostics::Diagnostic;
use crate::figure_table::{ChartRole, FigureTable, Kind};
use crate::i18n::fill;
use crate::i18n::Locale;
use crate::site::ReportView;

/// What drawing every chart of a site needs, and the steps, one method each.
pub(super) struct Drawer<'a> {
    pub(super) reports: &'a [Arc<ReportView>],
    pub(super) table: &'a FigureTable,
    pub(super) loc: Locale,
    pub(super) palette: Palette,
    pub(super) counts: Vec<String>,
    pub(super) money: Vec<String>,
    /// Where PNG copies are kept between builds.
    pub(super) png_cache: Option<std::path::PathBuf>,
    /// A point's tooltip, with `{place}`, `{year}`, `{what}` and `{value}` to fill.
    pub(super) tip_words: String,
}

/// Where a chart's series come from: figures of one region, or one region each.
pub(super) enum From<'d> {
    Region(&'d RegionData),
    Regions(Vec<&'d RegionData>),
}

/// One chart to draw.
struct Plot<'d> {
    /// The files' path under charts/, without extension: "regions/hoa-binh-income".
    stem: String,
    title: String,
    series: Vec<Series>,
    /// (place, figure) of each series, for its points' tooltips.
    tips: Vec<(String, String)>,
    money: bool,
    from: From<'d>,
    note: Option<String>,
    /// Drawn into the page (the home page's charts); else shown from its files in
    /// `<object>` (a region's charts, as its reports' are), which keeps region pages
    /// light and lets a build write the drawings out instead of holding them.
    inline: bool,
}

/// One region's charts and its reports' charts, as drawn (or reused).
pub(super) struct RegionSet {
    pub(super) slug: String,
    pub(super) charts: Result<Vec<Chart>, Diagnostic>,
    pub(super) report: Vec<ReportBase>,
}

impl RegionSet {
    /// Hands every file of the region's charts to `sink` and lets go of their texts
    /// (inlined drawings stay in their charts); returns their paths. A file the sink
    /// refuses makes the region's charts that error.
    pub(super) fn hand_over(&mut self, sink: &FileSink) -> Vec<String> {
        let charts = self
            .charts
            .as_mut()
            .map(|c| c.as_mut_slice())
            .unwrap_or_default();
        let lists = charts.iter_mut().map(|c| &mut c.files);
        let lists = lists.chain(self.report.iter_mut().map(|b| &mut b.files));
        let mut paths = Vec::new();
        let mut failed = None;
        for files in lists {
            for (path, body) in std::mem::take(files) {
                if failed.is_none() {
                    failed = sink(&path, &body).err();
                }
                paths.push(path);
            }
        }
        if let Some(e) = failed {
            self.charts = Err(e);
        }
        paths
    }
}

pub(super) fn has_values(s: &Series) -> bool {
    s.points.iter().any(|p| p.1.is_some())
}

pub(super) fn largest(series: &[Series]) -> f64 {
    let values = series
        .iter()
        .flat_map(|s| s.points.iter().filter_map(|p| p.1));
    values.fold(0.0, |m, v| m.max(v.abs()))
}

impl<'a> Drawer<'a> {
    pub(super) fn new(
        reports: &'a [Arc<ReportView>],
        loc: &Locale,
        colors: &ChartsConfig,
        table: &'a FigureTable,
    ) -> Self {
        let keys = |role| table.charted(role).map(|d| d.key.clone()).collect();
        Drawer {
            reports,
            table,
            loc: loc.clone(),
            palette: Palette::from_config(colors),
            counts: keys(ChartRole::Counts),
            money: keys(ChartRole::Money),
            png_cache: colors.png_cache.clone(),
            tip_words: word(loc, "tip").to_string(),
        }
    }

    pub(super) fn lang(&self) -> &str {
        &self.loc.lang
    }

    /// Region → year → the first (newest) report for that year, with a hash of what
    /// the region's charts are drawn from.
    pub(super) fn regions(&self, setting: &str) -> BTreeMap<String, RegionData> {
        let mut regions: BTreeMap<String, RegionData> = BTreeMap::new();
        for (i, r) in self.reports.iter().enumerate() {
            let d = regions
                .entry(r.region.slug.clone())
                .or_insert_with(|| RegionData {
                    name: r.region.name.clone(),
                    by_year: BTreeMap::new(),
                    key: 0,
                    report: Vec::new(),
                });
            d.by_year.entry(r.year).or_insert(i);
        }
        for d in regions.values_mut() {
            let mut bytes = setting.as_bytes().to_vec();
            bytes.extend_from_slice(d.name.as_bytes());
            for (year, &i) in &d.by_year {
                bytes.extend_from_slice(&year.to_le_bytes());
                bytes.extend_from_slice(self.reports[i].url.as_bytes());
                for key in self.counts.iter().chain(&self.money) {
                    let v = figure(&self.reports[i], key).map_or(u64::MAX, f64::to_bits);
                    bytes.extend_from_slice(&v.to_le_bytes());
                }
            }
            d.key = crate::hash::hash_of(&[&bytes]);
        }
        regions
    }

    pub(super) fn series(&self, d: &RegionData, years: &[i32], key: &str, name: String) -> Series {
        let value = |y: &i32| {
            d.by_year
                .get(y)
                .and_then(|&i| figure(&self.reports[i], key))
        };
        Series {
            name,
            points: years.iter().map(|y| (*y, value(y))).collect(),
        }
    }

    /// Which reports a chart's numbers come from (`series`, with values, drawn from
    /// `from`'s regions at `keep`).
    pub(super) fn source(&self, from: &From, keep: &[usize], series: &[Series]) -> Source {
        let with_value = |s: &Series| -> Vec<i32> {
            s.points
                .iter()
                .filter(|p| p.1.is_some())
                .map(|p| p.0)
                .collect()
        };
        let int = |n: usize| self.loc.num.int(n as i128);
        match from {
            From::Region(d) => {
                let mut years: Vec<i32> = series.iter().flat_map(with_value).collect();
                years.sort_unstable();
                years.dedup();
                let key = if years.len() == 1 {
                    "source_one"
                } else {
                    "source_many"
                };
                let links = years
                    .iter()
                    .filter_map(|y| d.by_year.get(y).map(|&i| (y, &self.reports[i])))
                    .map(|(y, r)| SourceLink {
                        text: y.to_string(),
                        url: r.url.clone(),
                    })
                    .collect();
                let (n, span) = (int(years.len()), span(&years));
                let values = [("n", n.as_str()), ("region", &d.name), ("years", &span)];
                Source {
                    text: fill(word(&self.loc, key), &values),
                    links,
                    regions: None,
                }
            }
            From::Regions(ds) => {
                let mut years: Vec<i32> = series.iter().flat_map(with_value).collect();
                let n = years.len();
                years.sort_unstable();
                let m = int(keep.iter().filter(|&&i| i < ds.len()).count());
                let (n, span) = (int(n), span(&[years[0], years[n - 1]]));
                let values = [("n", n.as_str()), ("m", &m), ("years", &span)];
                Source {
                    text: fill(word(&self.loc, "source_regions"), &values),
                    links: Vec::new(),
                    regions: Some(word(&self.loc, "all_regions").to_string()),
                }
            }
        }
    }

    /// A chart drawn for both widths (lines, or small multiples past [`MAX_LINES`]
    /// series), or None when no series has a value.
    fn chart(&self, plot: Plot) -> Result<Option<Chart>, Diagnostic> {
        let keep: Vec<usize> = (0..plot.series.len())
            .filter(|&i| has_values(&plot.series[i]))
            .collect();
        if keep.is_empty() {
            return Ok(None);
        }
        let series: Vec<Series> = keep.iter().map(|&i| plot.series[i].clone()).collect();
        let (unit, unit_text) = match plot.money {
            true => self.money_unit(largest(&series)),
            false => (1.0, self.loc.get("cooperatives").to_string()),
        };
        let tick = |v: f64| self.loc.num.number(v / unit, 3);
        let said = self.said(&series, plot.money);
        let tips = self.tips(&said, &series, |i| &plot.tips[keep[i]]);
        let tip = |i: usize, year: i32, v: f64| match tips.get(i).and_then(|t| t.get(&year)) {
            Some(tip) => tip.clone(),
            None => self.tip(&plot.tips[keep[i]], year, &self.say(&said, v)),
        };
        let axis = self.axis(&unit_text, &tick, &tip, plot.money);
        let path = format!("charts/{}.svg", plot.stem);
        let fail =
            |e: String| Diagnostic::new(path.as_str(), format!("cannot draw this chart: {e}"));
        let draw = |l: &Layout| match series.len() > MAX_LINES {
            true => draw::panels(&series, &axis, &self.palette, l),
            false => draw::lines(&series, &axis, &self.palette, l, false),
        };
        let (wide, narrow) = (draw(&WIDE).map_err(fail)?, draw(&NARROW).map_err(fail)?);
        let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
        let years: Vec<i32> = series[0].points.iter().map(|p| p.0).collect();
        let mut desc = describe(&plot.title, &names, &years);
        if let Some(note) = &plot.note {
            desc = format!("{desc} {note}");
        }
        let id = plot.stem.replace(['/', '.'], "-");
        let table = self.table_said(&series, &said);
        let csv = format!("charts/{}.csv", plot.stem);
        let narrow_path = format!("charts/{}-narrow.svg", plot.stem);
        let svg: Text = svg::finish(&wide.svg, &format!("{id}-w"), &plot.title, &desc).into();
        let narrow_svg: Text =
            svg::finish(&narrow.svg, &format!("{id}-n"), &plot.title, &desc).into();
        let mut files = vec![
            (path.clone(), svg.clone().into()),
            (csv.clone(), table.csv().into()),
        ];
        let inline = plot.inline && series.len() <= MAX_LINES;
        if !inline {
            files.push((narrow_path.clone(), narrow_svg.clone().into()));
        }
        let (svg, narrow_svg) = match inline {
            true => (svg, narrow_svg),
            false => (Text::from(""), Text::from("")),
        };
        let mut chart = Chart {
            embed: embed_path(&path),
            svg,
            narrow: narrow_svg,
            id,
            path,
            narrow_path: if inline { String::new() } else { narrow_path },
            target: String::new(),
            width: wide.size.0,
            height: wide.size.1,
            narrow_width: narrow.size.0,
            narrow_height: narrow.size.1,
            source: self.source(&plot.from, &keep, &series),
            csv,
            csv_label: word(&self.loc, "csv").to_string(),
            files,
            table,
            title: plot.title,
            desc,
            note: plot.note,
            png: String::new(),
        };
        chart.add_png(None, self.png_cache.as_deref())?;
        Ok(Some(chart))
    }

    /// One region's charts (or the home page's, for a site of one region): its counts
    /// and money figures, those that share a scale on one chart, income on its own.
    fn region_charts(&self, d: &RegionData, prefix: &str) -> Result<Vec<Chart>, Diagnostic> {
        let years = year_range(d.by_year.keys().copied());
        let mut out = Vec::new();
        for (money, keys) in [(false, &self.counts), (true, &self.money)] {
            let all: Vec<(&String, Series)> = keys
                .iter()
                .map(|k| {
                    (
                        k,
                        self.series(d, &years, k, self.table.label(k, self.lang())),
                    )
                })
                .filter(|(_, s)| has_values(s))
                .collect();
            let maxes: Vec<f64> = all
                .iter()
                .map(|(_, s)| largest(std::slice::from_ref(s)))
                .collect();
            let def = |i: usize| self.table.get(all[i].0);
            let alone = |i: usize| def(i).is_some_and(|d| d.alone);
            let mut sets = groups(&maxes, alone);
            sets.sort_by_key(|g| !alone(g[0]));
            for g in sets {
                // Named by the figure of the set that names its charts, else its first.
                let name = g
                    .iter()
                    .find_map(|&i| def(i)?.name)
                    .map_or_else(|| all[g[0]].0.replace('_', "-"), str::to_string);
                let labels: Vec<String> = g.iter().map(|&i| all[i].1.name.clone()).collect();
                let title = match name.as_str() {
                    "counts" => self.loc.get("counts_title").to_string(),
                    _ => word(&self.loc, "over_years").replace("{what}", &list(&self.loc, &labels)),
                };
                let title = match prefix {
                    "home" => title,
                    _ => format!("{title}: {}", d.name),
                };
                out.extend(self.chart(Plot {
                    stem: format!("{prefix}-{name}"),
                    title,
                    series: g.iter().map(|&i| all[i].1.clone()).collect(),
                    tips: labels.into_iter().map(|l| (d.name.clone(), l)).collect(),
                    money,
                    from: From::Region(d),
                    note: None,
                    inline: prefix == "home",
                })?);
            }
        }
        Ok(out)
    }

    /// The home page's charts: the one region's, or the regions compared (one line or
    /// panel each, the regions with the most cooperatives first).
    pub(super) fn home(
        &self,
        regions: &BTreeMap<String, RegionData>,
    ) -> Result<Vec<Chart>, Diagnostic> {
        if regions.len() == 1 {
            let d = regions.values().next().expect("one region");
            return self.region_charts(d, "home");
        }
        let all_years = year_range(self.reports.iter().map(|r| r.year));
        let latest = |d: &RegionData| {
            d.by_year
                .values()
                .rev()
                .find_map(|&i| figure(&self.reports[i], self.table.ranking()?))
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
            .then(|| format!("{shown} {} {}.", self.loc.get("largest_of"), order.len()));
        let mut out = Vec::new();
        for (def, title) in self.table.compared() {
            let (key, money) = (def.key.as_str(), def.kind == Kind::Money);
            let stem = format!("home-{}", def.stem());
            let what = self.table.label(key, self.lang());
            out.extend(
                self.chart(Plot {
                    stem,
                    title: self.loc.get(title).to_string(),
                    series: order[..shown]
                        .iter()
                        .map(|d| self.series(d, &all_years, key, d.name.clone()))
                        .collect(),
                    tips: order[..shown]
                        .iter()
                        .map(|d| (d.name.clone(), what.clone()))
                        .collect(),
                    money,
                    from: From::Regions(order[..shown].to_vec()),
                    note: note.clone(),
                    inline: true,
                })?,
            );
        }
        Ok(out)
    }

    /// One region's charts and its reports' charts, from `previous` when its inputs
    /// are unchanged.
    pub(super) fn region_set(
        &self,
        slug: &str,
        d: &RegionData,
        previous: Option<&ChartSet>,
    ) -> RegionSet {
        let reused = previous.and_then(|p| {
            let old = p.regions_data.get(slug).filter(|old| old.key == d.key)?;
            Some((p.regions.get(slug)?.clone(), old.report.clone()))
        });
        let (charts, report) = match reused {
            Some((charts, report)) => (Ok(charts), report),
            None => {
                let charts = self.region_charts(d, &format!("regions/{slug}"));
                match self.report_bases(d, slug) {
                    Ok(report) => (charts, report),
                    Err(e) => (Err(e), Vec::new()),
                }
            }
        };
        RegionSet {
            slug: slug.to_string(),
            charts,
            report,
        }
    }
}
