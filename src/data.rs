//! Open data: every figure of every report, written by each build as
//! `data/reports.json` (one object per report) and `data/figures.csv` (one row per
//! report and figure, RFC 4180), so the numbers can be taken away, not copied
//! from HTML.

use std::io::{self, Write};

use serde::Serialize;

use crate::site::{FigureRow, ReportView, Site};

pub const REPORTS_JSON: &str = "data/reports.json";
pub const FIGURES_CSV: &str = "data/figures.csv";

/// One figure as the open data gives it.
#[derive(Serialize)]
struct Figure<'a> {
    key: &'a str,
    label: &'a str,
    /// Counts and numbers as they are; money normalised to a year (or the total).
    value: f64,
    /// `count`, `money` or `number`.
    kind: &'a str,
    /// Money's currency; None for counts and numbers.
    currency: Option<&'a str>,
    /// Money: `year` or `total`.
    per: Option<&'a str>,
    /// Money as the report stated it, when that differs (per month, in words).
    as_written: Option<&'a str>,
    /// The sentence of the report's text that states it.
    sentence: Option<String>,
}

#[derive(Serialize)]
struct Report<'a> {
    slug: &'a str,
    url: &'a str,
    title: &'a str,
    date: &'a str,
    year: i32,
    union: &'a str,
    region: &'a str,
    lang: &'a str,
    tags: Vec<&'a str>,
    figures: Vec<Figure<'a>>,
    targets: Vec<Figure<'a>>,
}

fn figure(f: &FigureRow) -> Figure<'_> {
    Figure {
        key: &f.key,
        label: &f.label,
        value: f.number,
        kind: f.kind,
        currency: f.currency.as_deref(),
        per: f.per,
        as_written: f.as_written.as_deref(),
        sentence: f.sentence.as_ref().map(|s| s.sentence()),
    }
}

fn report(r: &ReportView) -> Report<'_> {
    Report {
        slug: &r.slug,
        url: &r.permalink,
        title: &r.title,
        date: &r.date,
        year: r.year,
        union: &r.union,
        region: &r.region.name,
        lang: &r.lang,
        tags: r.tags.iter().map(|t| t.name.as_str()).collect(),
        figures: r.figures.iter().map(figure).collect(),
        targets: r.targets.iter().map(figure).collect(),
    }
}

/// `data/reports.json`, written to `w` report by report: the reports, oldest
/// region-year first.
pub fn write_reports_json(site: &Site, w: &mut dyn Write) -> io::Result<()> {
    let mut reports: Vec<&ReportView> = site.reports.iter().map(|r| &**r).collect();
    reports
        .sort_by(|a, b| (&a.region.name, a.year, &a.slug).cmp(&(&b.region.name, b.year, &b.slug)));
    // One report per line: small, and a diff shows which report changed. Each line
    // is made in a buffer of its own and handed over whole (serde_json's many small
    // writes cost more through `dyn Write`).
    w.write_all(b"[\n")?;
    let mut line = Vec::with_capacity(4096);
    for (i, r) in reports.into_iter().enumerate() {
        line.clear();
        if i > 0 {
            line.extend_from_slice(b",\n");
        }
        serde_json::to_writer(&mut line, &report(r))?;
        w.write_all(&line)?;
    }
    w.write_all(b"\n]\n")
}

/// `data/figures.csv`, written to `w` row by row: one row per report and figure
/// (targets marked as such).
pub fn write_figures_csv(site: &Site, w: &mut dyn Write) -> io::Result<()> {
    // Rows by region, year, section and report: the reports are sorted (not every
    // row, which at 10,000 reports was a list of 120,000 while the pages rendered),
    // and each region's year gives its reports' figures, then their targets.
    let mut reports: Vec<&ReportView> = site.reports.iter().map(|r| &**r).collect();
    reports.sort_by(|a, b| {
        (&a.region.name, a.year, &a.permalink).cmp(&(&b.region.name, b.year, &b.permalink))
    });
    w.write_all(b"region,year,section,key,label,value,unit,per,report_url\r\n")?;
    let mut line = String::with_capacity(256);
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
                    let unit = f.currency.as_deref().unwrap_or(f.kind);
                    let fields = [
                        r.region.name.as_str(),
                        &year,
                        section,
                        &f.key,
                        &f.label,
                        &f.raw,
                        unit,
                        f.per.unwrap_or(""),
                        &r.permalink,
                    ];
                    line.clear();
                    push_csv_line(&mut line, fields);
                    w.write_all(line.as_bytes())?;
                }
            }
        }
    }
    Ok(())
}

/// A field quoted as RFC 4180 asks: in double quotes, quotes doubled, when it holds
/// a comma, a quote or a line break.
pub fn csv_field(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_csv_field(&mut out, s);
    out
}

/// One CSV line (RFC 4180: fields quoted where they must be, CRLF), added to `out`.
pub fn push_csv_line<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_csv_field(out, field);
    }
    out.push_str("\r\n");
}

/// [`csv_field`], added to `out`.
fn push_csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_they_must_be() {
        assert_eq!(csv_field("Hòa Bình"), "Hòa Bình");
        assert_eq!(csv_field("Bà Rịa, Vũng Tàu"), "\"Bà Rịa, Vũng Tàu\"");
        assert_eq!(csv_field("the \"new\" one"), "\"the \"\"new\"\" one\"");
    }
}
