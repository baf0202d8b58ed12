//! The numbers of a chart as a table under it (for screen readers and copying) and as
//! a CSV file (RFC 4180) with the same rows and columns, plain numbers in place of the
//! formatted ones.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::draw::Series;
use crate::escape::escape;
use crate::numfmt::plain_number;

/// Templates get `columns`, `rows` and `html`: the whole `<table>`, made when the page
/// is rendered (a loop over 25 rows of cells in a template costs more than the page).
#[derive(Debug, Clone, Default)]
pub struct DataTable {
    /// The year's column, then one per series.
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

impl Serialize for DataTable {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("DataTable", 3)?;
        st.serialize_field("columns", &self.columns)?;
        st.serialize_field("rows", &self.rows)?;
        st.serialize_field("html", &self.html())?;
        st.end()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub year: i32,
    /// What the row is headed with: its year, or the place it is about in a chart of
    /// places in one year.
    pub label: String,
    pub cells: Vec<Cell>,
}

/// A value as read ("58 million VND") and as a plain number ("58000000"); a gap has
/// no value and reads "–".
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub text: String,
    pub value: Option<String>,
}

impl DataTable {
    /// One row per year, one column per series, headed `headers` (the series' names
    /// when empty).
    pub fn new(
        year_label: &str,
        series: &[Series],
        headers: &[String],
        fmt: &dyn Fn(f64) -> String,
    ) -> DataTable {
        let mut columns = vec![year_label.to_string()];
        match headers {
            [] => columns.extend(series.iter().map(|s| s.name.clone())),
            _ => columns.extend(headers.iter().cloned()),
        }
        let years: Vec<i32> = series
            .first()
            .map(|s| s.points.iter().map(|p| p.0).collect())
            .unwrap_or_default();
        let rows = years
            .iter()
            .enumerate()
            .map(|(i, &year)| Row {
                year,
                label: year.to_string(),
                cells: series
                    .iter()
                    .map(|s| cell(s.points.get(i).and_then(|p| p.1), fmt))
                    .collect(),
            })
            .collect();
        DataTable { columns, rows }
    }

    /// One row per place (`places`: name and value, all of `year`), one column of
    /// values headed `header`, the places' column headed `first`.
    pub fn places(
        first: &str,
        header: &str,
        year: i32,
        places: &[(String, f64)],
        fmt: &dyn Fn(f64) -> String,
    ) -> DataTable {
        let rows = places
            .iter()
            .map(|(name, v)| Row {
                year,
                label: name.clone(),
                cells: vec![cell(Some(*v), fmt)],
            })
            .collect();
        DataTable {
            columns: vec![first.to_string(), header.to_string()],
            rows,
        }
    }

    /// The table as HTML: a header row of the columns, a row per year (or place),
    /// numbers in `<data value>`, gaps as "–".
    pub fn html(&self) -> String {
        let mut out = String::with_capacity(128 + self.rows.len() * 160);
        out.push_str("<table class=\"chart-data\">\n<thead><tr>");
        for col in &self.columns {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(col));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &self.rows {
            let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(&row.label));
            for cell in &row.cells {
                out.push_str("<td class=\"num\">");
                match cell.value.as_deref().filter(|v| !v.is_empty()) {
                    Some(v) => {
                        let _ = write!(
                            out,
                            "<data value=\"{}\">{}</data>",
                            escape(v),
                            escape(&cell.text)
                        );
                    }
                    None => out.push_str(&escape(&cell.text)),
                }
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>");
        out
    }

    /// `html` (this table's [`DataTable::html`]) with `year`'s row marked as the
    /// current one (`class="current"`), without making the table again: a report's
    /// page marks its year in its region's table.
    pub fn mark_year(html: &str, year: i32) -> String {
        let rows = Marked::rows(html);
        Marked {
            html,
            row: rows.get(&year).copied(),
        }
        .to_string()
    }

    /// The table as CSV (RFC 4180: CRLF line ends, fields quoted where they must be);
    /// plain numbers, an empty field for a gap.
    pub fn csv(&self) -> String {
        let mut out = String::new();
        push_csv_line(&mut out, self.columns.iter().map(String::as_str));
        for r in &self.rows {
            let cells = r.cells.iter().map(|c| c.value.as_deref().unwrap_or(""));
            push_csv_line(&mut out, std::iter::once(r.label.as_str()).chain(cells));
        }
        out
    }
}

/// A table's HTML with one row marked as the current one (`<tr class="current">`),
/// kept as the table and where that row starts: each report's page writes its
/// region's table so, with no copy of its own.
#[derive(Debug, Clone, Copy)]
pub struct Marked<'a> {
    pub html: &'a str,
    /// Where the marked row's `<tr>` starts in `html`.
    pub row: Option<usize>,
}

impl<'a> Marked<'a> {
    /// Where each year's row starts in `html` ([`DataTable::html`]): the first
    /// `<tr><th scope="row">` of each year.
    pub fn rows(html: &str) -> BTreeMap<i32, usize> {
        const HEAD: &str = "<tr><th scope=\"row\">";
        let mut rows = BTreeMap::new();
        for (at, _) in html.match_indices(HEAD) {
            let label = &html[at + HEAD.len()..];
            let Some(label) = label.find("</th>").map(|end| &label[..end]) else {
                continue;
            };
            // Only a label the year writes as itself (`2023`, not `02023`).
            if let Some(year) = label.parse::<i32>().ok().filter(|y| y.to_string() == label) {
                rows.entry(year).or_insert(at);
            }
        }
        rows
    }

    /// The HTML in the pieces it is written in.
    pub fn pieces(&self) -> [&'a str; 3] {
        match self.row {
            Some(i) => [
                &self.html[..i],
                "<tr class=\"current\">",
                &self.html[i + "<tr>".len()..],
            ],
            None => [self.html, "", ""],
        }
    }
}

impl std::fmt::Display for Marked<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.pieces().into_iter().try_for_each(|p| f.write_str(p))
    }
}

impl Serialize for Marked<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn cell(v: Option<f64>, fmt: &dyn Fn(f64) -> String) -> Cell {
    match v {
        Some(v) => Cell {
            text: fmt(v),
            value: Some(plain_number(v)),
        },
        None => Cell {
            text: "–".into(),
            value: None,
        },
    }
}

use crate::data::push_csv_line;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::csv_field;

    #[test]
    fn csv_quotes_what_it_must() {
        assert_eq!(csv_field("Hòa Bình"), "Hòa Bình");
        assert_eq!(csv_field("Bà Rịa, Vũng Tàu"), "\"Bà Rịa, Vũng Tàu\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        let s = Series {
            name: "Income, per worker".into(),
            points: vec![(2022, Some(58e6)), (2023, None)],
        };
        let t = DataTable::new("Year", &[s], &[], &|v| format!("{} million", v / 1e6));
        assert_eq!(
            t.csv(),
            "Year,\"Income, per worker\"\r\n2022,58000000\r\n2023,\r\n"
        );
        assert_eq!(t.rows[0].cells[0].text, "58 million");
        assert_eq!(t.rows[1].cells[0].text, "–");
        let marked = DataTable::mark_year(&t.html(), 2023);
        assert_eq!(marked.replacen(" class=\"current\"", "", 1), t.html());
        assert!(marked.contains("<tr class=\"current\"><th scope=\"row\">2023</th>"));
        assert!(!t.html().contains("current"));
        assert_eq!(DataTable::mark_year(&t.html(), 1999), t.html());
        let places = [("Bà Rịa, Vũng Tàu".to_string(), 758.0)];
        let t = DataTable::places("Region", "Cooperatives", 2023, &places, &|v| v.to_string());
        assert_eq!(
            t.csv(),
            "Region,Cooperatives\r\n\"Bà Rịa, Vũng Tàu\",758\r\n"
        );
    }
}
