//! Stage 3b: SVG charts of cooperative counts and average money figures, drawn with
//! plotters from the model's figures. No JavaScript: every chart is drawn twice (720
//! units wide for desktops, 360 for phones), each point with a `<title>`. The home and
//! year pages inline theirs (small multiples excepted); a region's charts are shown
//! from their SVG files in `<object>`, and a report's charts are its region's report
//! files opened at its year, `#y2023`, which CSS `:target` highlights. Every chart's
//! numbers are also a table under it and a CSV file beside the SVG. Each year's page
//! compares its regions in horizontal bars ([`years`]).

pub mod card;
mod colors;
mod draw;
mod drawer;
mod drawn;
mod frame;
mod hbars;
mod lineage;
mod marks;
mod report;
mod report_bases;
mod said;
mod scale;
mod svg;
mod table;
mod units;
mod words;
mod years;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::config::ChartsConfig;
use crate::diagnostics::Diagnostic;
use crate::escape::escape;
use crate::figure_table::{ChartRole, FigureTable};
use crate::i18n::Locale;
use crate::raster::Drawing;
use crate::site::ReportView;
use drawer::{Drawer, RegionSet};
use drawn::Drawn;
use report::ReportBase;
pub use report::ReportChart;
pub use table::{Cell, DataTable, Marked, Row};
pub use years::{year_charts, MAX_YEAR_BARS, YEAR_TABLE_ID};

/// The currency the money charts are drawn in: the contract allows no other for
/// the charted averages.
pub const CHART_CURRENCY: &str = "VND";
/// Up to this many regions are compared in one chart; more get small multiples.
const MAX_LINES: usize = 8;
/// The most panels a small-multiples chart shows (the regions with most cooperatives).
const MAX_PANELS: usize = 60;

/// A drawing or a CSV file: shared by the page that inlines it and the file that
/// holds it, never copied.
pub type Text = Arc<str>;

/// What a chart file holds: a text (SVG or CSV; an SVG may also be inlined in its
/// page, sharing the text) or a PNG.
#[derive(Debug, Clone)]
pub enum Body {
    Text(Text),
    Png(Arc<[u8]>),
    /// A PNG kept in the cache folder: linked (or copied) from there, never held.
    Cached(std::path::PathBuf),
}

impl Body {
    /// The file's bytes (read from the cache for a cached PNG: a file removed meanwhile
    /// is an error naming it).
    pub fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>, Diagnostic> {
        Ok(match self {
            Body::Text(t) => t.as_bytes().into(),
            Body::Png(b) => b.as_ref().into(),
            Body::Cached(f) => std::fs::read(f)
                .map_err(|e| {
                    Diagnostic::new(f, format!("cannot read this kept drawing: {e}"))
                        .help("build again: a drawing missing from .coopsite-cache is drawn anew")
                })?
                .into(),
        })
    }
}

impl From<Text> for Body {
    fn from(t: Text) -> Body {
        Body::Text(t)
    }
}

impl From<String> for Body {
    fn from(t: String) -> Body {
        Body::Text(t.into())
    }
}

/// A chart's PNG is drawn at 5/3 of its SVG's size: 1,200 pixels wide for a wide
/// chart (720 units), as wide as a share card, sharp in a document, a slide or a post.
/// (Twice the size, 1,440 pixels, took an eighth more time to draw and a fifth more
/// bytes.)
pub const PNG_SCALE: f32 = 5.0 / 3.0;

/// A chart, drawn for wide and narrow screens, and the same numbers as a table.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Unique on its page: the chart's ids are made from it.
    pub id: String,
    /// Where the wide and the narrow SVG files are, relative to the output root.
    pub path: String,
    pub narrow_path: String,
    /// What follows the files' URL: `#y2023` on a report's page, for its year
    /// highlighted; empty elsewhere.
    pub target: String,
    pub title: String,
    pub desc: String,
    /// Said under the chart when it does not show everything (too many regions).
    pub note: Option<String>,
    /// The drawing for wide screens (and print) and the one for narrow screens, to
    /// inline; both empty for small multiples and report charts, which pages show from
    /// their files (in `<object>`, where a hover still shows a point's value).
    pub svg: Text,
    pub narrow: Text,
    pub width: u32,
    pub height: u32,
    pub narrow_width: u32,
    pub narrow_height: u32,
    /// Which reports the numbers come from.
    pub source: Source,
    /// The CSV file with the table's numbers, relative to the output root.
    pub csv: String,
    pub csv_label: String,
    /// The files this chart writes: (path, contents).
    #[serde(skip)]
    pub files: Vec<(String, Body)>,
    pub table: DataTable,
    /// Its embed page (`embed/<chart>/`, see `crate::embed`), empty when it has none
    /// (a report's chart: its region's page has the same numbers to embed).
    pub embed: String,
    /// Its PNG file, empty when it has none.
    pub png: String,
}

impl Chart {
    /// Adds the PNG copy of the wide drawing (`charts/x.svg` → `charts/x.png`), drawn by
    /// resvg; `previous`, the same chart from the last build (`serve`), gives its PNG
    /// when its drawing is the same, byte for byte, else the `cache` folder does when
    /// an earlier build drew it.
    pub(crate) fn add_png(
        &mut self,
        previous: Option<&Chart>,
        cache: Option<&std::path::Path>,
    ) -> Result<(), Diagnostic> {
        let Some(Body::Text(svg)) = self.file(&self.path).cloned() else {
            return Ok(());
        };
        let path = format!("{}.png", self.path.trim_end_matches(".svg"));
        let same = previous.filter(|p| matches!(p.file(&p.path), Some(Body::Text(t)) if *t == svg));
        let png = match same.and_then(|p| p.file(&path)) {
            Some(png) => png.clone(),
            None => {
                let drawn = crate::raster::png_kept(&svg, PNG_SCALE, cache).map_err(|e| {
                    Diagnostic::new(path.as_str(), format!("cannot draw this chart as PNG: {e}"))
                })?;
                match drawn {
                    Drawing::Kept(file) => Body::Cached(file),
                    Drawing::Bytes(bytes) => Body::Png(bytes.into()),
                }
            }
        };
        self.files.push((path.clone(), png));
        self.png = path;
        Ok(())
    }

    /// The contents of the file at `path`, while the chart holds it.
    fn file(&self, path: &str) -> Option<&Body> {
        self.files.iter().find(|(p, _)| p == path).map(|(_, b)| b)
    }
}

/// The embed page of a chart whose SVG file is at `svg_path` (`charts/…svg`).
pub fn embed_path(svg_path: &str) -> String {
    let stem = svg_path
        .strip_prefix("charts/")
        .unwrap_or(svg_path)
        .trim_end_matches(".svg");
    format!("embed/{stem}/")
}

/// Where a chart's numbers come from: "From 12 reports of Hòa Bình, 2012–2023:" and a
/// link to each report; or, comparing regions, a link to the regions page.
/// Templates get the links also as HTML (`links_html`).
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub text: String,
    pub links: Vec<SourceLink>,
    /// The words of the link to the regions page, when there is one.
    pub regions: Option<String>,
}

impl Source {
    /// The links as the source line shows them: ` <a href="…">2012</a>,` each, the
    /// last without its comma.
    pub fn links_html(&self) -> String {
        use std::fmt::Write;
        let mut out = String::with_capacity(self.links.len() * 48);
        for (i, l) in self.links.iter().enumerate() {
            let comma = if i + 1 < self.links.len() { "," } else { "" };
            let (url, text) = (escape(&l.url), escape(&l.text));
            let _ = write!(out, " <a href=\"{url}\">{text}</a>{comma}");
        }
        out
    }
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Source", 4)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("links", &self.links)?;
        st.serialize_field("links_html", &self.links_html())?;
        st.serialize_field("regions", &self.regions)?;
        st.end()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceLink {
    pub text: String,
    pub url: String,
}

/// One region's years and the charts of its reports.
struct RegionData {
    name: String,
    /// Year → the first (newest) report for that year.
    by_year: BTreeMap<i32, usize>,
    /// A hash of everything this region's charts are drawn from.
    key: u64,
    report: Vec<ReportBase>,
}

/// Every chart of a site.
#[derive(Default)]
pub struct ChartSet {
    pub home: Vec<Chart>,
    pub regions: BTreeMap<String, Vec<Chart>>,
    /// Each year's page's charts (see [`ChartSet::add_years`]).
    pub years: BTreeMap<i32, Vec<Chart>>,
    /// A region formed from others: its predecessors' series beside its own, by slug
    /// (see [`ChartSet::add_lineage`]).
    pub lineage: BTreeMap<String, Vec<Chart>>,
    regions_data: BTreeMap<String, RegionData>,
    loc: Locale,
    /// Charts that could not be drawn, named by their file.
    pub errors: Vec<Diagnostic>,
    /// The paths of the files handed to a sink as they were drawn.
    written: Vec<String>,
}

/// Takes a chart file as soon as it is drawn: (path, contents).
pub type FileSink<'a> = dyn Fn(&str, &Body) -> Result<(), Diagnostic> + Sync + 'a;

fn figure(r: &ReportView, key: &str) -> Option<f64> {
    r.figures.iter().find(|f| *f.key == *key).map(|f| f.number)
}

/// Every year from the first to the last, so that missing years show as gaps.
fn year_range(years: impl Iterator<Item = i32> + Clone) -> Vec<i32> {
    match (years.clone().min(), years.max()) {
        (Some(a), Some(b)) => (a..=b).collect(),
        _ => Vec::new(),
    }
}

/// "2012–2023", or one year.
fn span(years: &[i32]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}

fn describe(title: &str, names: &[String], years: &[i32]) -> String {
    format!("{title} ({}): {}.", span(years), names.join(", "))
}

impl std::fmt::Debug for ChartSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChartSet")
            .field("home", &self.home.len())
            .field("regions", &self.regions.len())
            .field("years", &self.years.len())
            .finish()
    }
}

impl ChartSet {
    /// Draws every chart for the site's reports (newest first, as the model holds them).
    pub fn build(
        reports: &[Arc<ReportView>],
        loc: &Locale,
        colors: &ChartsConfig,
        table: &FigureTable,
    ) -> ChartSet {
        Self::build_with(reports, loc, colors, table, None, None)
    }

    /// [`ChartSet::build`], taking each region's charts from `previous` when nothing
    /// they are drawn from has changed (`serve` after an edit redraws one region), and
    /// handing each region's files to `sink` as soon as they are drawn (a build writes
    /// them then) instead of keeping them: only their paths are kept
    /// ([`ChartSet::written`]).
    pub fn build_with(
        reports: &[Arc<ReportView>],
        loc: &Locale,
        colors: &ChartsConfig,
        table: &FigureTable,
        previous: Option<&ChartSet>,
        sink: Option<&FileSink>,
    ) -> ChartSet {
        let dr = Drawer::new(reports, loc, colors, table);
        let setting = format!("{}{:?}{colors:?}", loc.lang, loc.t);
        let mut regions = dr.regions(&setting);
        // The home page's charts are drawn beside the regions', not after them.
        let (sets, home) = rayon::join(
            || -> Vec<(RegionSet, Vec<String>)> {
                regions
                    .par_iter()
                    .map(|(slug, d)| {
                        let mut set = dr.region_set(slug, d, previous);
                        let written = sink.map(|s| set.hand_over(s)).unwrap_or_default();
                        (set, written)
                    })
                    .collect()
            },
            || dr.home(&regions),
        );
        let mut errors = Vec::new();
        let mut written = Vec::new();
        let home = home.unwrap_or_else(|e| {
            errors.push(e);
            Vec::new()
        });
        let mut by_region = BTreeMap::new();
        for (set, paths) in sets {
            written.extend(paths);
            if let Some(d) = regions.get_mut(&set.slug) {
                d.report = set.report;
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
            years: BTreeMap::new(),
            lineage: BTreeMap::new(),
            regions_data: regions,
            loc: loc.clone(),
            errors,
            written,
        }
    }

    /// The files already handed to a sink while drawing ([`ChartSet::build_with`]).
    pub fn written(&self) -> impl Iterator<Item = &str> {
        self.written.iter().map(String::as_str)
    }

    /// Every file the charts write: (path, contents): the SVG and PNG files of each
    /// home, region and year chart, and the CSV of its numbers (and each region's
    /// report charts' SVG files).
    pub fn files(&self) -> impl Iterator<Item = (&str, &Body)> {
        let charts = self.home.iter().chain(self.regions.values().flatten());
        let charts = charts.chain(self.years.values().flatten());
        let charts = charts.chain(self.lineage.values().flatten());
        let bases = self
            .regions_data
            .values()
            .flat_map(|d| d.report.iter().flat_map(|b| &b.files));
        charts
            .flat_map(|c| &c.files)
            .chain(bases)
            .map(|(p, t)| (p.as_str(), t))
    }

    /// A hash of everything the charts are drawn from, to reuse a whole set.
    pub fn input_key(
        reports: &[Arc<ReportView>],
        loc: &Locale,
        colors: &ChartsConfig,
        table: &FigureTable,
    ) -> u64 {
        let charted: Vec<&str> = [ChartRole::Counts, ChartRole::Money]
            .into_iter()
            .flat_map(|role| table.charted(role).map(|d| d.key.as_str()))
            .collect();
        let mut bytes: Vec<u8> = Vec::with_capacity(reports.len() * 64);
        bytes.extend_from_slice(format!("{}{:?}{colors:?}", loc.lang, loc.t).as_bytes());
        for r in reports {
            for text in [&r.region.slug, &r.region.name, &r.url] {
                bytes.extend_from_slice(text.as_bytes());
                bytes.push(0);
            }
            bytes.extend_from_slice(&r.year.to_le_bytes());
            for key in &charted {
                bytes.extend_from_slice(
                    &figure(r, key).map_or(u64::MAX, f64::to_bits).to_le_bytes(),
                );
            }
        }
        crate::hash::hash_of(&[&bytes])
    }

    /// A report's charts: its region's cooperatives (bars) and average income per
    /// worker, year by year, the report's own year highlighted.
    pub fn report_charts(&self, report: &ReportView, with_rows: bool) -> Vec<ReportChart<'_>> {
        match self.regions_data.get(&report.region.slug) {
            Some(d) => d
                .report
                .iter()
                .map(|b| b.for_year(report.year, &self.loc, with_rows))
                .collect(),
            None => Vec::new(),
        }
    }
}
