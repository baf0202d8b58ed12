//! Open data: every figure of every report, written by each build as
//! `data/reports.json` (one object per report), `data/figures.csv` (one row per
//! report and figure, RFC 4180; `figures.rs`), the same with a byte-order mark for
//! Excel, `data/regions.json` with the regions and their lineage (`regions.rs`), and
//! `data/datapackage.json` describing them (`package.rs`), so the numbers can be
//! taken away, not copied from HTML.

mod figures;
mod json;
mod package;
mod regions;

use std::io::{self, Write};

use serde::Serialize;

use crate::content::crosscheck::Said;
use crate::escape::find_any;
use crate::site::{FigureRow, ReportView, Site};

pub use figures::{write_figures_csv, EXCEL_BOM, FIGURES_CSV, FIGURES_EXCEL_CSV};
pub use package::{write_package, DATAPACKAGE_JSON};
pub use regions::{write_regions_json, REGIONS_JSON};

pub const REPORTS_JSON: &str = "data/reports.json";

/// What a report's text says of a figure: `stated` (a sentence states it),
/// `not-stated`, or `differs` (the text gives another value for it).
/// Until the text check gives each figure its status, a figure with a sentence is
/// stated and one without is not.
pub fn check_status(f: &FigureRow) -> &'static str {
    match f.sentence {
        Some(_) => "stated",
        None => "not-stated",
    }
}

/// The region's code in the site's register of regions; empty while the site has no
/// register (the register gives every region its code).
pub fn region_code(r: &ReportView) -> &str {
    r.region_code.as_deref().unwrap_or("")
}

/// A number as JSON: a whole number as an integer (`1059`, not `1059.0`), others as
/// they are.
fn json_number(v: f64) -> serde_json::Number {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below is exact
    if v.fract() == 0.0 && v.abs() < EXACT {
        serde_json::Number::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).unwrap_or_else(|| serde_json::Number::from(0))
    }
}

/// One figure as the open data gives it.
#[derive(Serialize)]
struct Figure<'a> {
    key: &'a str,
    label: &'a str,
    /// Counts and numbers as they are; money normalised to a year (or the total).
    /// Whole numbers are integers.
    value: serde_json::Number,
    /// `count`, `money` or `number`.
    kind: &'a str,
    /// Money's currency; None for counts and numbers.
    currency: Option<&'a str>,
    /// Money: `year` or `total`.
    per: Option<&'a str>,
    /// Money as the report stated it, when that differs (per month, in words).
    as_written: Option<&'a str>,
    /// The sentence of the report's text that states it.
    sentence: Option<Sentence<'a>>,
    /// `stated`, `not-stated` or `differs`: [`check_status`].
    check: &'static str,
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
    region_code: &'a str,
    lang: &'a str,
    tags: Vec<&'a str>,
    figures: Vec<Figure<'a>>,
    targets: Vec<Figure<'a>>,
}

fn figure(f: &FigureRow) -> Figure<'_> {
    Figure {
        key: &f.key,
        label: &f.label,
        value: json_number(f.number),
        kind: f.kind,
        currency: f.currency.as_deref(),
        per: f.per,
        as_written: f.as_written.as_deref(),
        sentence: f.sentence.as_ref().map(Sentence),
        check: check_status(f),
    }
}

/// A figure's whole sentence as one JSON string, written from its parts (not made
/// a `String` of its own first: one per figure of the open data).
struct Sentence<'a>(&'a Said);

impl std::fmt::Display for Sentence<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Said {
            before,
            number,
            after,
        } = self.0;
        f.write_str(before)?;
        f.write_str(number)?;
        f.write_str(after)
    }
}

impl Serialize for Sentence<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
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
        region_code: region_code(r),
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
        #[cfg(debug_assertions)]
        let start = line.len();
        let r = report(r);
        json::push_report(&mut line, &r);
        // Every test's build checks the line against serde_json's.
        #[cfg(debug_assertions)]
        assert_eq!(
            std::str::from_utf8(&line[start..]).ok(),
            serde_json::to_string(&r).ok().as_deref(),
            "reports.json is written as serde_json writes it"
        );
        w.write_all(&line)?;
    }
    w.write_all(b"\n]\n")
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
pub(crate) fn push_csv_field(out: &mut String, s: &str) {
    push_csv_parts(out, &[s]);
}

/// One CSV field made of `parts` one after the other (quoted as [`csv_field`] quotes
/// their whole), added to `out`.
pub(crate) fn push_csv_parts(out: &mut String, parts: &[&str]) {
    let special = |p: &&str| find_any(p.as_bytes(), *b",\"\n\r").is_some();
    if !parts.iter().any(special) {
        parts.iter().for_each(|p| out.push_str(p));
        return;
    }
    out.push('"');
    for part in parts {
        let mut rest = *part;
        while let Some(i) = memchr::memchr(b'"', rest.as_bytes()) {
            // The quote is ASCII, so `..=i` ends on a char boundary.
            out.push_str(&rest[..=i]);
            out.push('"');
            rest = &rest[i + 1..];
        }
        out.push_str(rest);
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_they_must_be() {
        assert_eq!(csv_field("Hòa Bình"), "Hòa Bình");
        assert_eq!(csv_field("Bà Rịa, Vũng Tàu"), "\"Bà Rịa, Vũng Tàu\"");
        assert_eq!(csv_field("the \"new\" one"), "\"the \"\"new\"\" one\"");
        assert_eq!(csv_field("\"\"a\r\nb\""), "\"\"\"\"\"a\r\nb\"\"\"");
        let mut parts = String::new();
        push_csv_parts(&mut parts, &["say ", "\"1,5\"", " ok"]);
        assert_eq!(parts, csv_field("say \"1,5\" ok"));
    }

    #[test]
    fn whole_numbers_are_integers_in_json() {
        let json = |v: f64| serde_json::to_string(&json_number(v)).unwrap();
        assert_eq!(json(1059.0), "1059");
        assert_eq!(json(2_295_000_000.0), "2295000000");
        assert_eq!(json(-120_000_000.0), "-120000000");
        assert_eq!(json(2.5), "2.5");
    }
}
