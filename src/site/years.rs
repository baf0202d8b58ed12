//! Side by side: for each year, every region that reported it, ranked by its
//! cooperatives, with the headline figures in columns.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rayon::prelude::*;

use serde::Serialize;

use super::{Link, ReportView};
use crate::figure_table::{FigureTable, Kind};
use crate::i18n::Locale;
use crate::urls::{self, Urls};

#[derive(Debug, Clone, Serialize)]
pub struct YearLink {
    pub year: i32,
    pub url: String,
}

/// One column of a year's table: its figure, label and unit.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub key: String,
    /// A short heading: "Avg. income".
    pub label: String,
    /// The figure's full name: "Average income per worker".
    pub title: String,
    /// "VND per year" for money, empty for counts.
    pub unit: String,
}

/// One region's report of the year, as a table row.
#[derive(Debug, Clone, Serialize)]
pub struct YearRow {
    pub rank: usize,
    pub region: Link,
    pub title: String,
    pub url: String,
    /// The figures of the year's columns (the table's `year_columns`).
    pub cells: Vec<YearCell>,
}

/// One figure of a year's table.
#[derive(Debug, Clone, Serialize)]
pub struct YearCell {
    /// Formatted ("–" when not stated).
    pub text: String,
    /// The same as a plain number (None when not stated), for `<data value>`.
    pub raw: Option<String>,
    /// Its column's title, which narrow screens show beside it.
    pub label: Arc<str>,
    /// The text check's status of the figure (`stated` when not given).
    pub checked: &'static str,
}

/// A year compared across regions. Templates get a page of its rows, borrowed
/// (`YearRows` in render/jobs.rs).
#[derive(Debug, Clone)]
pub struct YearView {
    pub year: i32,
    pub path: String,
    pub url: String,
    pub columns: Vec<Column>,
    /// Shared with `serve`'s cache, which keeps a year's rows while its reports' views
    /// are the same.
    pub rows: Arc<[YearRow]>,
    pub prev: Option<YearLink>,
    pub next: Option<YearLink>,
}

/// A year's rows kept between rebuilds (`serve`), with what they were made from: the
/// key of the tree's settings and words, and the views of the year's reports (held,
/// so that the same views are known by their place in memory).
pub struct KeptYear {
    key: u64,
    views: Vec<Arc<ReportView>>,
    rows: Arc<[YearRow]>,
}

/// Each year's rows kept between rebuilds, by year.
pub type KeptYears = HashMap<i32, KeptYear>;

/// Where a tree's years are kept (`serve`), and the key of its settings and words.
pub(super) struct YearCache<'a> {
    cache: &'a dyn super::ViewCache,
    prefix: &'a str,
    key: u64,
}

impl<'a> YearCache<'a> {
    pub(super) fn of(
        cache: Option<&'a dyn super::ViewCache>,
        prefix: &'a str,
        key: u64,
    ) -> Option<YearCache<'a>> {
        cache.map(|cache| YearCache { cache, prefix, key })
    }
}

/// Every year that has reports, oldest first; in each, the newest report of each
/// region (a region reports a year once), ranked by cooperatives, most first. With a
/// cache, a year whose reports' views are the very ones its kept rows were made from
/// takes them (after an edit, every year but the edited report's).
pub fn years(
    views: &[Arc<ReportView>],
    (table, loc, urls): (&FigureTable, &Locale, &Urls),
    cache: Option<YearCache>,
) -> Vec<YearView> {
    let mut by_year: BTreeMap<i32, BTreeMap<&str, &Arc<ReportView>>> = BTreeMap::new();
    for v in views {
        by_year
            .entry(v.year)
            .or_default()
            .entry(v.region.slug.as_str())
            .or_insert(v);
    }
    let columns: Vec<Column> = table
        .year_columns()
        .map(|(d, col)| Column {
            key: d.key.clone(),
            label: match col.heading {
                Some(word) => loc.get(word).to_string(),
                None => table.label(&d.key, &loc.lang),
            },
            title: table.label(&d.key, &loc.lang),
            unit: match d.kind {
                Kind::Money => format!("VND {}", loc.get("per_year")),
                _ => String::new(),
            },
        })
        .collect();
    let labels: Vec<Arc<str>> = columns.iter().map(|c| c.title.as_str().into()).collect();
    let link = |y: i32| YearLink {
        year: y,
        url: urls.url_for(&urls::year_path(y)),
    };
    let list: Vec<i32> = by_year.keys().copied().collect();
    let by_year: Vec<(i32, Vec<&Arc<ReportView>>)> = by_year
        .into_iter()
        .map(|(y, regions)| (y, regions.into_values().collect()))
        .collect();
    let kept = cache.as_ref().map(|c| c.cache.take_years(c.prefix));
    let key = cache.as_ref().map_or(0, |c| c.key);
    let years: Vec<YearView> = by_year
        .par_iter()
        .enumerate()
        .map(|(i, (year, reports))| {
            let path = urls::year_path(*year);
            let same = |k: &&KeptYear| {
                k.key == key
                    && k.views.len() == reports.len()
                    && k.views.iter().zip(reports).all(|(a, b)| Arc::ptr_eq(a, b))
            };
            let rows = match kept.as_ref().and_then(|k| k.get(year)).filter(same) {
                Some(k) => k.rows.clone(),
                None => {
                    let views = reports.iter().map(|v| &***v).collect();
                    ranked(views, table.ranking(), &columns, &labels).into()
                }
            };
            YearView {
                year: *year,
                url: urls.url_for(&path),
                path,
                columns: columns.clone(),
                rows,
                prev: i.checked_sub(1).map(|p| link(list[p])),
                next: list.get(i + 1).map(|&n| link(n)),
            }
        })
        .collect();
    if let Some(c) = cache {
        let kept = by_year.into_iter().zip(&years).map(|((year, reports), y)| {
            let views = reports.into_iter().cloned().collect();
            let rows = y.rows.clone();
            (year, KeptYear { key, views, rows })
        });
        c.cache.keep_years(c.prefix, kept.collect());
    }
    years
}

/// `reports` ranked by the figure `by`, most first, those without it last.
fn ranked(
    mut reports: Vec<&ReportView>,
    by: Option<&str>,
    columns: &[Column],
    labels: &[Arc<str>],
) -> Vec<YearRow> {
    let total = |v: &ReportView| figure(v, by?).map(|r| r.number);
    reports.sort_by(|a, b| {
        let (ta, tb) = (total(a), total(b));
        tb.partial_cmp(&ta)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| ta.is_none().cmp(&tb.is_none()))
            .then_with(|| a.region.name.cmp(&b.region.name))
    });
    reports
        .into_iter()
        .enumerate()
        .map(|(i, v)| YearRow {
            rank: i + 1,
            region: v.region.clone(),
            title: v.title.clone(),
            url: v.url.clone(),
            cells: columns
                .iter()
                .zip(labels)
                .map(|(c, label)| {
                    let f = figure(v, &c.key);
                    YearCell {
                        text: f.map_or_else(|| "–".to_string(), |r| r.value.clone()),
                        raw: f.map(|r| r.raw.clone()),
                        label: label.clone(),
                        checked: f.map_or("stated", |r| r.checked),
                    }
                })
                .collect(),
        })
        .collect()
}

fn figure<'v>(v: &'v ReportView, key: &str) -> Option<&'v super::FigureRow> {
    v.figures.iter().find(|f| *f.key == *key)
}
