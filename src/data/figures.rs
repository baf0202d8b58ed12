//! `data/figures.csv`: one row per report and figure, with where it comes from (region,
//! year, conference, union, report), what it is (key, label, unit, period), its value
//! in digits and as written, the sentence that states it and its check status.
//! `data/figures-excel.csv` is the same file after a UTF-8 byte-order mark, so that
//! Excel on Windows reads it as UTF-8 ("Bình Định", not "BÃ¬nh Äá»‹nh").

use std::io::{self, Write};

use super::{check_status, push_csv_field, push_csv_line, push_csv_parts, region_code};
use crate::site::{FigureRow, ReportView, Site};

pub const FIGURES_CSV: &str = "data/figures.csv";
pub const FIGURES_EXCEL_CSV: &str = "data/figures-excel.csv";
/// What `figures-excel.csv` has before the bytes of `figures.csv`: a UTF-8 byte-order mark.
pub const EXCEL_BOM: &[u8] = "\u{feff}".as_bytes();

/// The columns, in order; `datapackage.json` describes each (`package.rs`).
pub const COLUMNS: [&str; 18] = [
    "region",
    "region_code",
    "year",
    "date",
    "union",
    "title",
    "report_url",
    "source_url",
    "section",
    "key",
    "label",
    "value",
    "unit",
    "period",
    "as_written",
    "sentence",
    "check",
    "lang",
];

/// `data/figures.csv` (or, with `bom`, `figures-excel.csv`), written to `w` row by
/// row: one row per report and figure (targets marked as such).
pub fn write_figures_csv(site: &Site, bom: bool, w: &mut dyn Write) -> io::Result<()> {
    // Rows by region, year, section and report: the reports are sorted (not every
    // row, which at 10,000 reports was a list of 120,000 while the pages rendered),
    // and each region's year gives its reports' figures, then their targets.
    let mut reports: Vec<&ReportView> = site.reports.iter().map(|r| &**r).collect();
    reports.sort_by(|a, b| {
        (&a.region.name, a.year, &a.permalink).cmp(&(&b.region.name, b.year, &b.permalink))
    });
    if bom {
        w.write_all(EXCEL_BOM)?;
    }
    let mut line = String::with_capacity(512);
    push_csv_line(&mut line, COLUMNS);
    w.write_all(line.as_bytes())?;
    let same_year =
        |a: &&ReportView, b: &&ReportView| a.region.name == b.region.name && a.year == b.year;
    for group in reports.chunk_by(same_year) {
        for section in ["figures", "targets"] {
            for r in group {
                let list = match section {
                    "figures" => &r.figures,
                    _ => &r.targets,
                };
                let year = r.year.to_string();
                for f in list {
                    line.clear();
                    push_row(&mut line, r, &year, section, f);
                    w.write_all(line.as_bytes())?;
                }
            }
        }
    }
    Ok(())
}

/// One figure's row, in the order of [`COLUMNS`].
fn push_row(line: &mut String, r: &ReportView, year: &str, section: &str, f: &FigureRow) {
    let unit = f.currency.as_deref().unwrap_or(f.kind);
    let head: [&str; 15] = [
        &r.region.name,
        region_code(r),
        year,
        &r.date,
        &r.union,
        &r.title,
        &r.permalink,
        r.source.as_deref().unwrap_or(""),
        section,
        &f.key,
        &f.label,
        &f.raw,
        unit,
        f.per.unwrap_or(""),
        f.as_written.as_deref().unwrap_or(&f.raw),
    ];
    for field in head {
        push_csv_field(line, field);
        line.push(',');
    }
    // The sentence from its parts, not made a string of its own first.
    if let Some(s) = &f.sentence {
        push_csv_parts(line, &[&s.before, &s.number, &s.after]);
    }
    for field in [check_status(f), &r.lang] {
        line.push(',');
        push_csv_field(line, field);
    }
    line.push_str("\r\n");
    debug_assert_eq!(COLUMNS.len(), head.len() + 3);
}
