//! `data/datapackage.json`: the open data described as a Frictionless Data Package
//! (<https://datapackage.org/standard/data-package/>, v2): every file, every column
//! of `figures.csv` with its type, unit and meaning, the licence (`data_license` in
//! `coopsite.yaml`), the sources and the date of the newest conference (never the
//! clock: a build of the same reports writes the same bytes).

use std::io::{self, Write};

use serde_json::{json, Value};

use super::figures::COLUMNS;
use super::{FIGURES_CSV, FIGURES_EXCEL_CSV, REPORTS_JSON};
use crate::site::Site;

pub const DATAPACKAGE_JSON: &str = "data/datapackage.json";

/// The licence as the package gives it: its id, and its title and address when known.
fn license(id: &str) -> Value {
    match crate::license::known(id) {
        Some((name, title, path)) => json!({"name": name, "title": title, "path": path}),
        None => json!({ "name": id }),
    }
}

/// Each column of `figures.csv`: type, title, meaning, and unit where it has one.
fn field(name: &str) -> Value {
    let (ty, title, description) = match name {
        "region" => ("string", "Region", "The province or city whose Cooperative Union held the conference, as the site names it."),
        "region_code" => ("string", "Region code", "The region's code in the site's register of regions; empty when the site has no register."),
        "year" => ("year", "Year under review", "The year the report reviews (not the year of the conference)."),
        "date" => ("date", "Conference date", "The day of the conference, YYYY-MM-DD."),
        "union" => ("string", "Union", "The Cooperative Union that gave the report."),
        "title" => ("string", "Report title", "The report's title."),
        "report_url" => ("string", "Report address", "The report's page on this site."),
        "source_url" => ("string", "Original article", "Where the report was first published, when the site says; else empty."),
        "section" => ("string", "Section", "`figures` for what the year achieved, `targets` for what the next year aims at."),
        "key" => ("string", "Figure key", "The figure's name in the reports' front matter, the same in every language."),
        "label" => ("string", "Figure", "What the figure counts, in the site's language."),
        "value" => ("number", "Value", "The figure in digits, in the row's `unit`: money in VND per `period` (a figure stated per month is multiplied by 12), counts as whole numbers."),
        "unit" => ("string", "Unit", "The currency for money (`VND`), `count` for counts, `number` for other numbers."),
        "period" => ("string", "Period", "Money only: `year` for an amount per year, `total` for a stock; empty for counts."),
        "as_written" => ("string", "As written", "The value as the report states it (`2,3 tỷ đồng`, `5.6 million VND per month`), or its digits."),
        "sentence" => ("string", "Sentence", "The sentence of the report's text that states the figure; empty when the text does not state it."),
        "check" => ("string", "Check", "What the report's text says of the figure: `stated`, `not-stated` or `differs`."),
        "lang" => ("string", "Language", "The language of the report's text (BCP 47 code)."),
        _ => ("string", name, ""),
    };
    let mut f = json!({"name": name, "type": ty, "title": title, "description": description});
    let extra = match name {
        "year" => json!({"unit": "calendar year"}),
        "value" => json!({"unit": "the row's `unit` column", "constraints": {"required": true}}),
        "section" => json!({"constraints": {"required": true, "enum": ["figures", "targets"]}}),
        "period" => json!({"constraints": {"enum": ["year", "total"]}}),
        "check" => {
            json!({"constraints": {"required": true, "enum": ["stated", "not-stated", "differs"]}})
        }
        "key" | "region" => json!({"constraints": {"required": true}}),
        _ => json!({}),
    };
    if let (Some(f), Value::Object(extra)) = (f.as_object_mut(), extra) {
        f.extend(extra);
    }
    f
}

/// The package descriptor, as a value.
pub fn package(site: &Site, license_id: &str) -> Value {
    let s = &site.site;
    let name = crate::urls::slugify(&s.title);
    let fields: Vec<Value> = COLUMNS.iter().map(|c| field(c)).collect();
    let table = |path: &str, name: &str, title: &str, note: &str| {
        let file = path.trim_start_matches("data/");
        json!({
            "name": name,
            "type": "table",
            "path": file,
            "title": title,
            "description": format!("One row per report and figure: where it comes from, what it is, its value, the sentence that states it and its check status.{note}"),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"header": true, "delimiter": ",", "lineTerminator": "\r\n"},
            "schema": {"fields": fields, "missingValues": [""]},
        })
    };
    let mut package = json!({
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": if name.is_empty() { "coopsite".to_string() } else { name },
        "title": s.title,
        "description": match s.description.as_str() {
            "" => "The figures of the conference reports of Vietnam's provincial Cooperative Unions, report by report.",
            d => d,
        },
        "licenses": [license(license_id)],
        "resources": [
            table(FIGURES_CSV, "figures", "Figures", ""),
            table(FIGURES_EXCEL_CSV, "figures-excel", "Figures (for Excel)", " The same rows as figures.csv, after a UTF-8 byte-order mark so that Excel reads the letters right."),
            json!({
                "name": "reports",
                "path": REPORTS_JSON.trim_start_matches("data/"),
                "title": "Reports",
                "description": "One object per report: slug, address, title, conference date, year, union, region, region code, language, tags, and its figures and targets (key, label, value, kind, currency, per, as written, sentence, check).",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
            }),
        ],
    });
    let p = package.as_object_mut().expect("an object");
    if let Some(day) = &s.updated {
        p.insert("created".into(), json!(format!("{day}T00:00:00Z")));
    }
    if s.absolute {
        p.insert("homepage".into(), json!(s.base_url));
        p.insert(
            "sources".into(),
            json!([{"title": format!("{}: the reports' pages", s.title), "path": s.base_url}]),
        );
    }
    package
}

/// `data/datapackage.json`, written to `w`.
pub fn write_package(site: &Site, w: &mut dyn Write) -> io::Result<()> {
    let value = package(site, &site.site.data_license);
    serde_json::to_writer_pretty(&mut *w, &value)?;
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_licence_has_its_title_and_address() {
        assert_eq!(
            license("cc-by-4.0")["path"],
            "https://creativecommons.org/licenses/by/4.0/"
        );
        assert_eq!(
            license("LicenseRef-Union"),
            json!({"name": "LicenseRef-Union"})
        );
    }

    #[test]
    fn every_column_has_a_meaning() {
        for c in COLUMNS {
            let f = field(c);
            assert!(!f["description"].as_str().unwrap().is_empty(), "{c}");
        }
    }
}
