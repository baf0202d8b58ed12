//! `coopsite schema`: the JSON Schema (draft 2020-12) of a report's front matter, from
//! the figure table, so an editor's YAML language server can check reports as they
//! are typed.

use serde_json::{json, Map, Value};

use crate::figure_table::{FigureDef, FigureTable, Kind};

/// Money: VND per year, words as the report writes them, or `{amount, currency, per}`;
/// below zero only when `signed` (an average profit: a loss).
fn money(signed: bool) -> Value {
    let number = |description: &str| {
        let mut n = json!({"type": "number", "description": description});
        if !signed {
            n["minimum"] = json!(0);
        }
        n
    };
    json!({
        "oneOf": [
            number(if signed { "VND per year; below zero for a loss" } else { "VND per year" }),
            {"type": "string", "description": "as the report writes it: \"2,3 tỷ đồng\", \"5,6 millions par mois\""},
            {
                "type": "object",
                "required": ["amount"],
                "additionalProperties": false,
                "properties": {
                    "amount": {"oneOf": [number("VND"), {"type": "string"}]},
                    "currency": {"type": "string", "pattern": "^[A-Z]{3}$", "default": "VND"},
                    "per": {"enum": ["year", "month"], "default": "year"}
                }
            }
        ]
    })
}

fn kind_schema(def: &FigureDef) -> Value {
    match def.kind {
        Kind::Count => json!({"type": "integer", "minimum": 0}),
        Kind::Number => json!({"type": "number"}),
        Kind::Money => money(def.may_be_negative()),
    }
}

/// The `figures:` or `targets:` map: known keys by kind, others a number or money.
fn figures(table: &FigureTable, lang: &str) -> Value {
    let mut props = Map::new();
    for d in table.defs() {
        let mut s = kind_schema(d);
        if let Some(o) = s.as_object_mut() {
            o.insert("title".into(), json!(table.label(&d.key, lang)));
        }
        // An empty value means "not stated".
        props.insert(d.key.clone(), json!({"anyOf": [s, {"type": "null"}]}));
    }
    json!({
        "type": ["object", "null"],
        "properties": props,
        "patternProperties": {"^[a-z0-9_]+$": {"anyOf": [money(false), {"type": "null"}]}},
        "additionalProperties": false
    })
}

/// The schema of a report's front matter, with the site's declared figures.
pub fn report_schema(table: &FigureTable) -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://coopsite.example/schema/report.json",
        "title": "coopsite report front matter",
        "type": "object",
        "required": ["title", "date", "year", "union", "region"],
        "additionalProperties": false,
        "properties": {
            "title": {"type": "string", "minLength": 1},
            "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "the day of the conference"},
            "year": {"type": "integer", "minimum": 1000, "maximum": 9999, "description": "the year under review"},
            "union": {"type": "string", "minLength": 1},
            "region": {"type": "string", "minLength": 1},
            "lang": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"},
            "slug": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$"},
            "summary": {"type": "string"},
            "source": {"type": "string", "pattern": "^https?://"},
            "tags": {"oneOf": [{"type": "array", "items": {"type": ["string", "number"]}}, {"type": "string"}]},
            "draft": {"type": "boolean"},
            "replaces": {"type": "string", "description": "the slug of the report this one supersedes: that one stays readable, marked as replaced, and is counted nowhere"},
            "figures": figures(table, "en"),
            "targets": figures(table, "en"),
            "extra": {}
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_has_its_kind() {
        let s = report_schema(&FigureTable::built_in());
        let total = &s["properties"]["figures"]["properties"]["cooperatives_total"]["anyOf"][0];
        assert_eq!(total["type"], "integer");
        assert_eq!(total["minimum"], 0);
        assert_eq!(total["title"], "Cooperatives");
        let number = |key: &str| {
            s["properties"]["figures"]["properties"][key]["anyOf"][0]["oneOf"][0].clone()
        };
        assert_eq!(number("avg_revenue_per_cooperative")["minimum"], 0);
        let profit = number("avg_profit_per_cooperative");
        assert_eq!(profit["type"], "number");
        assert!(
            profit.get("minimum").is_none(),
            "a loss is allowed: {profit}"
        );
    }
}
