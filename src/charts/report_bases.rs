//! A region's report charts, drawn once per region: each figure the table gives a
//! report chart, as bars or a line in SVG files that highlight the year they are
//! opened at, with its table and CSV file (shown by `report.rs` on each report's page).

use std::collections::BTreeMap;

use super::draw::{self, Series};
use super::drawer::{has_values, largest, Drawer, From};
use super::frame::{Layout, NARROW, WIDE};
use super::words::word;
use super::{describe, svg, year_range, Chart, Drawn, RegionData, ReportBase, Text};
use crate::diagnostics::Diagnostic;
use crate::figure_table::Kind;
use crate::i18n::fill;

impl Drawer<'_> {
    /// What a region's reports' charts are made of, drawn once: each figure the table
    /// gives a report chart (built in: its cooperatives as bars, its average income
    /// per worker as a line), each with a line kept above the plot for the report's year.
    pub(super) fn report_bases(
        &self,
        d: &RegionData,
        slug: &str,
    ) -> Result<Vec<ReportBase>, Diagnostic> {
        let years = year_range(d.by_year.keys().copied());
        let mut out = Vec::new();
        for (def, role) in self.table.report_charts() {
            let label = self.table.label(&def.key, self.lang());
            let name = def
                .unit_word
                .map_or(label.clone(), |w| self.loc.get(w).to_string());
            let series = self.series(d, &years, &def.key, name);
            if !has_values(&series) {
                continue;
            }
            let over = word(&self.loc, "over_years").replace("{what}", &label);
            let title = format!(
                "{}: {}",
                role.title.map_or(&*over, |w| self.loc.get(w)),
                d.name
            );
            let csv = (
                format!("charts/regions/{slug}-{}.csv", role.csv.0),
                role.csv.1,
            );
            let file = format!("charts/regions/{slug}-report-{}", role.stem);
            let money = def.kind == Kind::Money;
            let what = (label, title, file, format!("report-{}", role.stem));
            out.push(self.report_base(d, series, what, money, csv)?);
        }
        Ok(out)
    }

    /// One of region `d`'s report charts: bars (counts) or a line (money) of `what`,
    /// in SVG files named from `file` that highlight the year they are opened at; its
    /// CSV file, written here when `csv.1` (else by the region's chart of the same
    /// numbers).
    fn report_base(
        &self,
        d: &RegionData,
        series: Series,
        (what, title, file, id): (String, String, String, String),
        money: bool,
        (csv, own_csv): (String, bool),
    ) -> Result<ReportBase, Diagnostic> {
        let place = (d.name.clone(), what);
        let (unit, unit_text) = match money {
            true => self.money_unit(largest(std::slice::from_ref(&series))),
            false => (1.0, series.name.clone()),
        };
        let tick = |v: f64| self.loc.num.number(v / unit, 3);
        let one = std::slice::from_ref(&series);
        let said = self.said(one, money);
        let tips = self.tips(&said, one, |_| &place);
        let tip = |_: usize, year: i32, v: f64| match tips[0].get(&year) {
            Some(tip) => tip.clone(),
            None => self.tip(&place, year, &self.say(&said, v)),
        };
        let axis = self.axis(&unit_text, &tick, &tip, money);
        let draw = |l: &Layout| match money {
            true => draw::lines(one, &axis, &self.palette, l, true),
            false => draw::bars(&series.points, &axis, &self.palette, l),
        };
        let fail =
            |e: String| Diagnostic::new(csv.as_str(), format!("cannot draw the report chart: {e}"));
        let (wide, narrow) = (draw(&WIDE).map_err(fail)?, draw(&NARROW).map_err(fail)?);
        let table = self.table_said(one, &said);
        let years: Vec<i32> = series.points.iter().map(|p| p.0).collect();
        let values: BTreeMap<i32, String> = series
            .points
            .iter()
            .filter_map(|&(y, v)| v.map(|v| (y, self.say(&said, v).into_owned())))
            .collect();
        let notes = values
            .iter()
            .map(|(&year, v)| {
                let y = year.to_string();
                let note = fill(word(&self.loc, "year_value"), &[("year", &y), ("value", v)]);
                (year, note)
            })
            .collect();
        let desc = describe(&title, std::slice::from_ref(&series.name), &years);
        let color = self.palette.highlight;
        let svg = |drawn: &Drawn, id: &str| {
            Text::from(svg::finish(
                &svg::targets(drawn, &notes, color),
                id,
                &title,
                &desc,
            ))
        };
        let (path, narrow_path) = (format!("{file}.svg"), format!("{file}-narrow.svg"));
        let mut files = vec![
            (path.clone(), svg(&wide, &format!("{id}-w")).into()),
            (narrow_path.clone(), svg(&narrow, &format!("{id}-n")).into()),
        ];
        if own_csv {
            files.push((csv.clone(), table.csv().into()));
        }
        let chart = Chart {
            id: id.to_string(),
            path,
            narrow_path,
            target: String::new(),
            desc,
            note: None,
            svg: Text::from(""),
            narrow: Text::from(""),
            width: wide.size.0,
            height: wide.size.1,
            narrow_width: narrow.size.0,
            narrow_height: narrow.size.1,
            source: self.source(&From::Region(d), &[0], one),
            files: Vec::new(),
            csv,
            csv_label: word(&self.loc, "csv").to_string(),
            table,
            title,
            embed: String::new(),
            png: String::new(),
        };
        Ok(ReportBase::new(chart, files, values))
    }
}
