//! The numbers a report states: counts, money and other numbers, read by the kind the
//! figure table gives their key and checked against what cannot be right, every
//! problem of a report collected (never only the first).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_yaml::Value as Yaml;

use super::amount::{self, Notation};
use crate::figure_table::{FigureDef, FigureTable, Kind};
use crate::numfmt::plain_number as plain;
use limits::{check_money, check_sign, too_large_for_a_count};

/// How a money amount was stated: per year or per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    Year,
    Month,
}

/// One figure's value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Value {
    /// A whole number of things, 0 or more.
    Count(u64),
    /// Any other number.
    Number(f64),
    /// An amount of money, as stated and normalised to a year.
    Money(Money),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Money {
    /// The amount as stated (per month when `per` is `Month`).
    pub amount: f64,
    pub currency: String,
    pub per: Per,
    /// The text the report wrote, when it wrote words (`"2,3 tỷ đồng"`).
    pub written: Option<String>,
}

impl Money {
    /// The amount per year (`per: month` times 12).
    pub fn per_year(&self) -> f64 {
        match self.per {
            Per::Year => self.amount,
            Per::Month => self.amount * 12.0,
        }
    }
}

impl Value {
    /// The number a chart draws: a count, a number, or money per year.
    pub fn as_f64(&self) -> f64 {
        match self {
            Value::Count(n) => *n as f64,
            Value::Number(x) => *x,
            Value::Money(m) => m.per_year(),
        }
    }
}

/// A report's `figures` or `targets`: key to value, sorted by key.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures(pub BTreeMap<String, Value>);

impl Figures {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Keys in page order: the table's first, in its order, then the rest by name.
    pub fn ordered(&self, table: &FigureTable) -> Vec<(&str, &Value)> {
        let mut out: Vec<(&str, &Value)> = self.0.iter().map(|(k, v)| (k.as_str(), v)).collect();
        out.sort_by_key(|(k, _)| (table.rank(k), *k));
        out
    }
}

/// A problem with one figure; the caller places it at the key or at its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub message: String,
    pub help: Option<String>,
    /// Points at the value rather than the key.
    pub at_value: bool,
    /// A warning (the build goes on), not an error.
    pub warning: bool,
}

impl Problem {
    fn value(key: &str, message: String, help: Option<String>) -> Self {
        Problem {
            key: key.to_string(),
            message,
            help,
            at_value: true,
            warning: false,
        }
    }
    fn key(key: &str, message: String, help: Option<String>) -> Self {
        Problem {
            at_value: false,
            ..Problem::value(key, message, help)
        }
    }
}

/// What reading a `figures:` or `targets:` map needs.
pub struct Reader<'a> {
    pub table: &'a FigureTable,
    /// The report's language, which says how numbers written as text are read.
    pub notation: Notation,
    /// The value of a key as the file writes it (`1.059`), when it can be found.
    pub raw: &'a dyn Fn(&str) -> Option<String>,
}

impl Reader<'_> {
    /// Reads every figure of a map, collecting every problem.
    pub fn read(&self, map: &serde_yaml::Mapping) -> (Figures, Vec<Problem>) {
        let mut out = BTreeMap::new();
        let mut problems = Vec::new();
        for (k, v) in map {
            let Some(key) = k.as_str() else {
                let shown = serde_yaml::to_string(k).unwrap_or_default();
                problems.push(Problem::key(
                    shown.trim(),
                    format!("`{}` is not a figure name", shown.trim()),
                    Some("figure names are words such as cooperatives_total".into()),
                ));
                continue;
            };
            if v.is_null() {
                continue; // left empty: not stated
            }
            match self.one(key, v) {
                Ok((value, warning)) => {
                    problems.extend(warning);
                    out.insert(key.to_string(), value);
                }
                Err(p) => problems.push(p),
            }
        }
        let figures = Figures(out);
        problems.extend(self.parts_of_wholes(&figures));
        (figures, problems)
    }

    fn one(&self, key: &str, v: &Yaml) -> Result<(Value, Option<Problem>), Problem> {
        let kind_word = |value: &Value| match value {
            Value::Count(_) => "count",
            Value::Number(_) => "number",
            Value::Money(_) => "money",
        };
        if !crate::figure_table::is_figure_key(key) {
            let lower = key.trim().to_lowercase().replace([' ', '-'], "_");
            let help = match self
                .table
                .get(&lower)
                .map(|d| d.key.as_str())
                .or_else(|| self.table.near(&lower))
            {
                Some(k) => format!("did you mean `{k}`?"),
                None => "use lowercase letters, digits and _, e.g. cooperatives_total".into(),
            };
            return Err(Problem::key(
                key,
                format!("`{key}` is not a figure name"),
                Some(help),
            ));
        }
        match self.table.get(key) {
            Some(def) => self.by_kind(def, v).map(|value| (value, None)),
            None => {
                if let Some(near) = self.table.near(key) {
                    return Err(Problem::key(
                        key,
                        format!("`{key}` is not a figure coopsite knows"),
                        Some(format!("did you mean `{near}`?")),
                    ));
                }
                let value = self.undeclared(key, v)?;
                let label = crate::figure_table::label_from_key(key);
                let warning = Problem {
                    warning: true,
                    ..Problem::key(
                        key,
                        format!("`{key}` is not declared: it is shown as \"{label}\" and not charted"),
                        Some(format!(
                            "declare it in coopsite.yaml under `figures:` with its kind and labels, e.g. `{key}: {{kind: {}, label: {{en: …}}}}`",
                            kind_word(&value)
                        )),
                    )
                };
                Ok((value, Some(warning)))
            }
        }
    }

    fn by_kind(&self, def: &FigureDef, v: &Yaml) -> Result<Value, Problem> {
        match def.kind {
            Kind::Count => self.count(&def.key, v).map(Value::Count),
            Kind::Number => self.number(&def.key, v).map(Value::Number),
            Kind::Money => {
                let m = self.money(&def.key, v)?;
                check_sign(Some(def), &def.key, &m)?;
                check_money(def, &m)?;
                Ok(Value::Money(m))
            }
        }
    }

    /// A key no table knows: a plain number, or money when written as such.
    fn undeclared(&self, key: &str, v: &Yaml) -> Result<Value, Problem> {
        match v {
            Yaml::Mapping(_) => self.signed_money(key, v),
            Yaml::String(s) => match amount::parse_number(s, self.notation) {
                Some(x) => Ok(Value::Number(x)),
                None => self.signed_money(key, v),
            },
            _ => {
                let x = self.number(key, v)?;
                Ok(if x.fract() == 0.0 && (0.0..9.0e15).contains(&x) {
                    Value::Count(x as u64)
                } else {
                    Value::Number(x)
                })
            }
        }
    }

    /// Money of a key no table knows, which cannot be a loss.
    fn signed_money(&self, key: &str, v: &Yaml) -> Result<Value, Problem> {
        let m = self.money(key, v)?;
        check_sign(None, key, &m)?;
        Ok(Value::Money(m))
    }

    fn raw(&self, key: &str) -> String {
        (self.raw)(key).unwrap_or_default()
    }

    /// Whether `v` may have been written as digits grouped by `.` (`1.059`), which
    /// only the text of the file tells: YAML reads those as decimals. A whole number,
    /// as YAML reads it, has no `.` in its text; the text is looked up only for others.
    fn maybe_grouped(&self, key: &str, v: &Yaml) -> Option<(String, f64)> {
        if !v.is_f64() {
            return None;
        }
        let raw = self.raw(key);
        grouped_digits(&raw).map(|w| (raw, w))
    }

    fn count(&self, key: &str, v: &Yaml) -> Result<u64, Problem> {
        if let Some(n) = v.as_u64() {
            return Ok(n);
        }
        let raw = self.raw(key);
        too_large_for_a_count(key, v, &raw)?;
        let found = match v {
            Yaml::Number(n) => n.to_string(),
            Yaml::String(s) => s.clone(),
            _ => raw.clone(),
        };
        let whole = match v {
            Yaml::String(s) => amount::parse_number(s, self.notation),
            _ => None,
        }
        .or_else(|| grouped_digits(&raw))
        .filter(|x| x.fract() == 0.0 && *x >= 0.0);
        let help = match (whole, v.as_f64()) {
            (Some(w), _) => Some(format!(
                "write counts as plain digits without separators: {}",
                w as u64
            )),
            (None, Some(x)) if x.fract() == 0.0 && x >= 0.0 => return Ok(x as u64),
            _ => Some("a count is a number of cooperatives, groups or members, e.g. 895".into()),
        };
        Err(Problem::value(
            key,
            format!("a count must be a whole number, 0 or more; found {found}"),
            help,
        ))
    }

    fn number(&self, key: &str, v: &Yaml) -> Result<f64, Problem> {
        if let Some((raw, w)) = self.maybe_grouped(key, v) {
            return Err(Problem::value(
                key,
                format!("`{raw}` reads as {}, a number with a decimal point", v.as_f64().unwrap_or(0.0)),
                Some(format!(
                    "if `.` groups thousands here, write {}; for a decimal, drop the trailing zeros",
                    w as u64
                )),
            ));
        }
        let x = match v {
            Yaml::Number(n) => n.as_f64(),
            Yaml::String(s) => amount::parse_number(s, self.notation),
            _ => None,
        };
        match x {
            Some(x) if x.is_finite() => Ok(x),
            _ => Err(Problem::value(
                key,
                format!(
                    "`{key}` must be a number; found {}",
                    shown(v, &self.raw(key))
                ),
                None,
            )),
        }
    }

    /// A part is never more than its whole (`cooperatives_new` and the total).
    fn parts_of_wholes(&self, figures: &Figures) -> Vec<Problem> {
        self.table
            .defs()
            .iter()
            .filter_map(|d| {
                let whole = d.part_of.as_deref()?;
                let total = figures.get(whole)?.as_f64();
                let v = figures.get(&d.key)?.as_f64();
                (v > total).then(|| {
                    Problem::value(
                        &d.key,
                        format!("`{}: {}` is more than `{whole}: {}`", d.key, plain(v), plain(total)),
                        Some(format!(
                            "a part cannot exceed the whole: check both numbers against the report, or put a number that is not a part of the {whole} under a key of its own"
                        )),
                    )
                })
            })
            .collect()
    }
}

/// `1.059`, `15.200`: digits grouped by `.` in threes, which YAML reads as a decimal.
/// Gives the whole number they were meant as.
fn grouped_digits(raw: &str) -> Option<f64> {
    grouped_whole(raw, &['.']).map(|n| n as f64)
}

/// Digits in groups of three joined by one of `seps` (`1.059`, `1 059`, `15,200`): the
/// whole number they write, whichever language's grouping it is.
pub(super) fn grouped_whole(raw: &str, seps: &[char]) -> Option<u64> {
    let raw = raw.trim();
    let mut groups = raw.split(seps);
    let head = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let ok = (1..=3).contains(&head.len())
        && digits(head)
        && !rest.is_empty()
        && rest.iter().all(|g| g.len() == 3 && digits(g));
    ok.then(|| raw.replace(seps, "").parse().ok()).flatten()
}

fn shown(v: &Yaml, raw: &str) -> String {
    if !raw.is_empty() {
        return format!("`{raw}`");
    }
    match v {
        Yaml::String(s) => format!("`{s}`"),
        Yaml::Null => "nothing".into(),
        Yaml::Sequence(_) => "a list".into(),
        Yaml::Mapping(_) => "a map".into(),
        other => format!(
            "`{}`",
            serde_yaml::to_string(other).unwrap_or_default().trim()
        ),
    }
}

mod limits;
mod money;
#[cfg(test)]
mod tests;
