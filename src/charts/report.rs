//! A report's charts: its region's report charts, drawn once per region, shown on the
//! page of each of the region's reports with that report's year highlighted.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{words, Body, Chart, Marked, Text};
use crate::i18n::Locale;

/// What a report's chart is made of: its region's chart, drawn once, without the
/// report's year.
#[derive(Debug, Clone)]
pub(super) struct ReportBase {
    /// The region's chart, without its files.
    pub(super) chart: Chart,
    /// The files that show it (highlighting a year when opened at `#y<year>`), and its
    /// CSV file when no region chart writes the same numbers.
    pub(super) files: Vec<(String, Body)>,
    /// Year → the value as said over the chart ("758", "58 million VND").
    values: BTreeMap<i32, String>,
    /// The source line's links and the table, the same on every report page of the
    /// region but for the year the table marks.
    links_html: String,
    table_html: String,
    /// Where each year's row starts in `table_html`.
    table_rows: BTreeMap<i32, usize>,
}

impl ReportBase {
    pub(super) fn new(
        mut chart: Chart,
        files: Vec<(String, Body)>,
        values: BTreeMap<i32, String>,
    ) -> ReportBase {
        let links_html = chart.source.links_html();
        let table_html = chart.table.html();
        let table_rows = Marked::rows(&table_html);
        // Report pages get the links only as this HTML (400 regions' worth held
        // through the pages); the table's rows stay, for themes that make their own.
        chart.source.links = Vec::new();
        ReportBase {
            chart,
            files,
            values,
            links_html,
            table_html,
            table_rows,
        }
    }

    /// The chart on the page of a report of `year`: that year said in its
    /// description, its drawing opened at `#y<year>`, its row of the table marked.
    /// `with_rows`: the table's columns and rows one by one too, as a region's chart
    /// has them (for a theme of its own; the default theme reads only the HTML).
    pub(super) fn for_year(&self, year: i32, loc: &Locale, with_rows: bool) -> ReportChart<'_> {
        let c = &self.chart;
        let value = self.values.get(&year);
        let said = match value {
            Some(v) => format!("{year} {}: {v}", loc.get("highlighted")),
            None => words::word(loc, "no_value").replace("{year}", &year.to_string()),
        };
        ReportChart {
            id: &c.id,
            path: &c.path,
            narrow_path: &c.narrow_path,
            target: match value {
                Some(_) => format!("#y{year}"),
                None => String::new(),
            },
            title: &c.title,
            desc: format!("{} {said}.", c.desc),
            note: &c.note,
            svg: &c.svg,
            narrow: &c.narrow,
            width: c.width,
            height: c.height,
            narrow_width: c.narrow_width,
            narrow_height: c.narrow_height,
            source: SourceLine {
                text: &c.source.text,
                links_html: &self.links_html,
                regions: &c.source.regions,
            },
            csv: &c.csv,
            csv_label: &c.csv_label,
            table: TableShape {
                columns: match with_rows {
                    true => &c.table.columns,
                    false => &[],
                },
                rows: match with_rows {
                    true => &c.table.rows,
                    false => &[],
                },
                html: Marked {
                    html: &self.table_html,
                    row: self.table_rows.get(&year).copied(),
                },
            },
            embed: &c.embed,
            png: &c.png,
        }
    }
}

/// A region's chart as a report's page gets it (`charts`): what the page shows, with
/// the table (`columns`, `rows`, `html`, as a region's chart has it) and the source
/// line's links as HTML. With the default theme, which reads only the HTML, the
/// table's `columns` and `rows` are empty: copied into every report's page, the
/// numbers one by one took a third of its making. A theme of its own gets them.
#[derive(Serialize)]
pub struct ReportChart<'a> {
    pub(crate) id: &'a str,
    pub(crate) path: &'a str,
    pub(crate) narrow_path: &'a str,
    pub(crate) target: String,
    pub(crate) title: &'a str,
    pub(crate) desc: String,
    pub(crate) note: &'a Option<String>,
    pub(crate) svg: &'a Text,
    pub(crate) narrow: &'a Text,
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) narrow_width: u32,
    pub(crate) narrow_height: u32,
    pub(crate) source: SourceLine<'a>,
    pub(crate) csv: &'a str,
    pub(crate) csv_label: &'a str,
    pub(crate) table: TableShape<'a>,
    pub(crate) embed: &'a str,
    pub(crate) png: &'a str,
}

#[derive(Serialize)]
pub(crate) struct SourceLine<'a> {
    pub(crate) text: &'a str,
    pub(crate) links_html: &'a str,
    pub(crate) regions: &'a Option<String>,
}

#[derive(Serialize)]
pub(crate) struct TableShape<'a> {
    pub(crate) columns: &'a [String],
    pub(crate) rows: &'a [super::table::Row],
    pub(crate) html: Marked<'a>,
}
