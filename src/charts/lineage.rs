//! A region formed from others (with a register of regions): its predecessors' series
//! up to the boundary change beside its own from then, one labelled line each (never
//! one line across the change), with a dashed mark where the boundary changed.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

use super::colors::{hex, TEXT};
use super::draw::Series;
use super::drawer::Drawer;
use super::drawn::Drawn;
use super::frame::{Layout, NARROW, WIDE};
use super::words::{self, word};
use super::{describe, draw, figure, span, svg, year_range};
use super::{Chart, ChartSet, RegionData, Source, SourceLink, Text};
use crate::config::ChartsConfig;
use crate::diagnostics::Diagnostic;
use crate::escape::escape;
use crate::figure_table::{FigureTable, Kind};
use crate::i18n::fill;
use crate::site::{Boundary, ReportView};

impl ChartSet {
    /// Draws, for each region with a boundary change, its lineage charts (cooperatives,
    /// and average income per worker) into [`ChartSet::lineage`].
    pub fn add_lineage(
        &mut self,
        reports: &[Arc<ReportView>],
        boundaries: &BTreeMap<String, Boundary>,
        colors: &ChartsConfig,
        table: &FigureTable,
    ) {
        let dr = Drawer::new(reports, &self.loc, colors, table);
        for (slug, b) in boundaries {
            let mut charts = Vec::new();
            for (def, _) in table.compared() {
                let stem = format!("lineage-{}", def.stem());
                let money = def.kind == Kind::Money;
                match self.lineage_chart(&dr, slug, b, (&def.key, &stem, money)) {
                    Ok(Some(c)) => charts.push(c),
                    Ok(None) => {}
                    Err(e) => self.errors.push(e),
                }
            }
            if !charts.is_empty() {
                self.lineage.insert(slug.clone(), charts);
            }
        }
    }

    /// One figure of `slug` and its predecessors, or None when no predecessor has it.
    fn lineage_chart(
        &self,
        dr: &Drawer,
        slug: &str,
        b: &Boundary,
        (key, stem, money): (&str, &str, bool),
    ) -> Result<Option<Chart>, Diagnostic> {
        let units: Vec<(&RegionData, bool)> = b
            .parts
            .iter()
            .filter_map(|p| self.regions_data.get(p).map(|d| (d, true)))
            .chain(self.regions_data.get(slug).map(|d| (d, false)))
            .collect();
        let Some(own) = self.regions_data.get(slug) else {
            return Ok(None);
        };
        let (all_years, series) = series_of(dr, &units, b, key);
        if series.len() < 2 || all_years.is_empty() {
            return Ok(None);
        }
        let what = dr.table.label(key, dr.lang());
        let title = format!(
            "{}: {}",
            word(&self.loc, "over_years").replace("{what}", &what),
            own.name
        );
        let (unit, unit_text) = match money {
            true => dr.money_unit(
                series
                    .iter()
                    .flat_map(|s| s.points.iter().filter_map(|p| p.1))
                    .fold(0.0, f64::max),
            ),
            false => (1.0, self.loc.get("cooperatives").to_string()),
        };
        let tick = |v: f64| self.loc.num.number(v / unit, 3);
        let tip = |i: usize, year: i32, v: f64| {
            dr.tip(
                &(series[i].name.clone(), what.clone()),
                year,
                &dr.value_text(money, v),
            )
        };
        let axis = dr.axis(&unit_text, &tick, &tip, money);
        let path = format!("charts/regions/{slug}-{stem}.svg");
        let fail =
            |e: String| Diagnostic::new(path.as_str(), format!("cannot draw this chart: {e}"));
        let years = (all_years[0], all_years[all_years.len() - 1]);
        let draw = |l: &Layout| -> Result<Drawn, Diagnostic> {
            let mut d = draw::lines(&series, &axis, &dr.palette, l, false).map_err(fail)?;
            d.svg = boundary_mark(&d, years, b, l.font);
            Ok(d)
        };
        let (wide, narrow) = (draw(&WIDE)?, draw(&NARROW)?);
        let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
        let desc = format!("{} {}.", describe(&title, &names, &all_years), b.label);
        let id = format!("regions-{slug}-{stem}");
        let narrow_path = format!("charts/regions/{slug}-{stem}-narrow.svg");
        let csv = format!("charts/regions/{slug}-{stem}.csv");
        let table = dr.table_of(&series, money);
        let svg: Text = svg::finish(&wide.svg, &format!("{id}-w"), &title, &desc).into();
        let narrow_svg: Text = svg::finish(&narrow.svg, &format!("{id}-n"), &title, &desc).into();
        let files = vec![
            (path.clone(), svg.into()),
            (narrow_path.clone(), narrow_svg.into()),
            (csv.clone(), table.csv().into()),
        ];
        let mut chart = Chart {
            id,
            path,
            narrow_path,
            target: String::new(),
            title,
            note: Some(b.label.clone()),
            desc,
            svg: Text::from(""),
            narrow: Text::from(""),
            width: wide.size.0,
            height: wide.size.1,
            narrow_width: narrow.size.0,
            narrow_height: narrow.size.1,
            source: self.lineage_source(dr, &units, &series),
            csv,
            csv_label: word(&self.loc, "csv").to_string(),
            files,
            table,
            // No embed page of its own: the region's own charts have one.
            embed: String::new(),
            png: String::new(),
        };
        chart.add_png(None, dr.png_cache.as_deref())?;
        Ok(Some(chart))
    }

    /// "From 7 reports of Hòa Bình, Phú Thọ (–2024) and Phú Thọ, 2021–2025:" and a
    /// link to each report, named by region and year.
    fn lineage_source(
        &self,
        dr: &Drawer,
        units: &[(&RegionData, bool)],
        series: &[Series],
    ) -> Source {
        let mut links = Vec::new();
        let mut years = Vec::new();
        for (d, _) in units {
            let Some(s) = series.iter().find(|s| s.name == d.name) else {
                continue;
            };
            for &(y, v) in &s.points {
                if let (Some(_), Some(&i)) = (v, d.by_year.get(&y)) {
                    years.push(y);
                    links.push(SourceLink {
                        text: format!("{} {y}", d.name),
                        url: dr.reports[i].url.clone(),
                    });
                }
            }
        }
        years.sort_unstable();
        let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
        let n = self.loc.num.int(links.len() as i128);
        let region = words::list(&self.loc, &names);
        let values = [
            ("n", n.as_str()),
            ("region", &region),
            ("years", &span(&years)),
        ];
        Source {
            text: fill(word(&self.loc, "source_many"), &values),
            links,
            regions: None,
        }
    }
}

/// Each unit's series of `key` over every year any of them reports: the predecessors
/// up to the boundary change, the region itself from then (units without a value left
/// out).
fn series_of(
    dr: &Drawer,
    units: &[(&RegionData, bool)],
    b: &Boundary,
    key: &str,
) -> (Vec<i32>, Vec<Series>) {
    let all_years = year_range(units.iter().flat_map(|(d, _)| d.by_year.keys().copied()));
    let value =
        |d: &RegionData, y: i32| d.by_year.get(&y).and_then(|&i| figure(&dr.reports[i], key));
    let series: Vec<Series> = units
        .iter()
        .map(|&(d, before)| Series {
            name: d.name.clone(),
            points: all_years
                .iter()
                .map(|&y| {
                    (
                        y,
                        (before == (y < b.first_year))
                            .then(|| value(d, y))
                            .flatten(),
                    )
                })
                .collect(),
        })
        .filter(|s| s.points.iter().any(|p| p.1.is_some()))
        .collect();
    (all_years, series)
}

/// The drawing with a dashed vertical line between the last year before the boundary
/// change and the first after, its date written above the plot and its words as a
/// tooltip.
fn boundary_mark(d: &Drawn, (y0, y1): (i32, i32), b: &Boundary, font: f64) -> String {
    let [px, py, pw, ph] = d.plot;
    let span = (y1 - y0 + 1) as f64;
    let x = px as f64 + (b.first_year as f64 - 0.5 - (y0 as f64 - 0.5)) / span * pw as f64;
    let color = hex(TEXT).to_uppercase();
    let size = (font * 0.85).round();
    let anchor = if x > (px + pw) as f64 * 0.75 {
        "end"
    } else {
        "start"
    };
    let dx = if anchor == "end" { -4.0 } else { 4.0 };
    let mut mark = String::new();
    let _ = write!(
        mark,
        "<g class=\"boundary\"><title>{}</title><line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/><text x=\"{:.1}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{color}\">{}</text></g>",
        escape(&b.label),
        py,
        py + ph,
        x + dx,
        py - 2,
        escape(&b.date),
    );
    match d.svg.rfind("</svg>") {
        Some(end) => format!("{}{mark}{}", &d.svg[..end], &d.svg[end..]),
        None => d.svg.clone(),
    }
}
