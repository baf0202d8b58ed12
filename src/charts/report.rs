//! A report's charts: its region's report charts, drawn once per region, shown on the
//! page of each of the region's reports with that report's year highlighted.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{words, Body, Chart, DataTable, Text};
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
}

impl ReportBase {
    pub(super) fn new(
        mut chart: Chart,
        files: Vec<(String, Body)>,
        values: BTreeMap<i32, String>,
    ) -> ReportBase {
        let links_html = chart.source.links_html();
        let table_html = chart.table.html();
        // Report pages get the links only as this HTML (400 regions' worth held
        // through the pages); the table's rows stay, for themes that make their own.
        chart.source.links = Vec::new();
        ReportBase {
            chart,
            files,
            values,
            links_html,
            table_html,
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
                html: DataTable::mark_year(&self.table_html, year),
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
    id: &'a str,
    path: &'a str,
    narrow_path: &'a str,
    target: String,
    title: &'a str,
    desc: String,
    note: &'a Option<String>,
    svg: &'a Text,
    narrow: &'a Text,
    width: u32,
    height: u32,
    narrow_width: u32,
    narrow_height: u32,
    source: SourceLine<'a>,
    csv: &'a str,
    csv_label: &'a str,
    table: TableShape<'a>,
    embed: &'a str,
    png: &'a str,
}

#[derive(Serialize)]
struct SourceLine<'a> {
    text: &'a str,
    links_html: &'a str,
    regions: &'a Option<String>,
}

#[derive(Serialize)]
struct TableShape<'a> {
    columns: &'a [String],
    rows: &'a [super::table::Row],
    html: String,
}
