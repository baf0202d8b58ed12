//! The table of figure definitions: every figure coopsite knows (the nine built-in
//! ones and those a site declares under `figures:` in `coopsite.yaml`), with its kind,
//! what it is counted over, the chart it is drawn in and its label in each interface
//! language. Pages, charts, tables, feeds and checks all read figures from here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::primary;
use crate::meaning::{Meaning, Measure, PerUnit, Qualifier};

/// What kind of number a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A whole number of things, 0 or more.
    Count,
    /// An amount of money.
    Money,
    /// Any other number (a share, a ratio).
    Number,
}

/// What a money figure is counted over: a flow per year, or a stock (`per: total`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Span {
    Year,
    Total,
}

/// The chart a figure is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartRole {
    /// Cooperatives over the years.
    Counts,
    /// Average revenue, profit and income over the years (VND only).
    Money,
}

/// One figure's definition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureDef {
    pub key: String,
    pub kind: Kind,
    pub span: Span,
    /// Its region's chart over the years (the report pages show it too).
    pub chart: Option<ChartRole>,
    /// A column of each year's table.
    pub year_column: Option<Column>,
    /// Its own ranked bars on each year's page (its year column's values): the files'
    /// name, `years/<year>-<stem>.svg`.
    pub year_chart: Option<String>,
    /// Its chart on its region's report pages.
    pub report_chart: Option<ReportChart>,
    /// A column of every list of reports (home, reports, region, tag), of the search
    /// results and of the share cards: its heading's interface word; none, its label.
    pub headline: Option<Column>,
    /// The name of the region chart it heads and of its year and report charts
    /// (`counts`); none: its key with `-` for `_`.
    pub name: Option<&'static str>,
    /// Drawn on a chart of its own in its region's charts, not beside figures of a
    /// like size.
    pub alone: bool,
    /// The regions compared by it on the home page, one line each, and a merged
    /// region's predecessors beside it: the interface word of the home chart's title.
    pub compare: Option<&'static str>,
    /// Each year's regions are ranked by it, and the home chart's regions ordered.
    pub ranks: bool,
    /// An average: the figures it is an average over, to combine regions by (the first
    /// all of them give).
    pub weighted_by: &'static [&'static str],
    /// The interface word for what a count counts, on a chart's axis and in its
    /// description ("cooperatives"); none: its label.
    pub unit_word: Option<&'static str>,
    /// The whole it is a part of, so never more than it (new, effective and
    /// agricultural cooperatives are parts of `cooperatives_total`).
    pub part_of: Option<String>,
    /// An average per cooperative or per worker: between 100,000 VND and
    /// 1,000,000,000,000 VND a year.
    pub average: bool,
    /// Label by primary language code (`en`, `vi`, ...).
    pub labels: BTreeMap<String, String>,
    /// What it counts or measures, for reading it in a report's text (built-in
    /// figures; a declared one is checked by its value alone).
    pub meaning: Option<Meaning>,
}

impl FigureDef {
    /// Whether the figure may be below zero: an average profit may be a loss.
    pub fn may_be_negative(&self) -> bool {
        self.key == PROFIT
    }

    /// The name of its charts' files: `counts`, `ocop-products`.
    pub fn stem(&self) -> String {
        self.name
            .map_or_else(|| self.key.replace('_', "-"), str::to_string)
    }
}

/// A figure's column in each year's table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// The interface word of its short heading ("Avg. income"); none: its label.
    pub heading: Option<&'static str>,
}

/// A figure's chart on the page of each of its region's reports, the report's year
/// marked: bars for a count, a line for money.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportChart {
    /// The files' name: `charts/regions/<region>-report-<stem>.svg`.
    pub stem: String,
    /// The interface word of its title; none: "<label> over the years".
    pub title: Option<&'static str>,
    /// Its CSV file's name, `charts/regions/<region>-<csv>.csv`, and whether it is its
    /// own (else the region's chart of the same numbers writes it).
    pub csv: (String, bool),
}

/// The interface languages of the built-in labels, in the order of [`BUILT_IN`]'s columns.
pub const LANGS: [&str; 4] = ["en", "fr", "ms", "vi"];

pub const TOTAL: &str = "cooperatives_total";
pub const NEW: &str = "cooperatives_new";
pub const EFFECTIVE: &str = "cooperatives_effective";
pub const INCOME: &str = "avg_income_per_worker";
pub const AGRICULTURAL: &str = "cooperatives_agricultural";
pub const GROUPS: &str = "cooperative_groups";
pub const GROUP_MEMBERS: &str = "cooperative_group_members";
pub const REVENUE: &str = "avg_revenue_per_cooperative";
pub const PROFIT: &str = "avg_profit_per_cooperative";

/// An average in money: revenue or profit per cooperative, income per worker (the
/// built-in figures of kind money, each an average over a region's cooperatives or
/// their workers).
pub fn is_money_average(key: &str) -> bool {
    matches!(key, REVENUE | PROFIT | INCOME)
}

/// A count of cooperatives of one kind, a part of all of them ([`TOTAL`]): new,
/// effective or agricultural ones.
pub fn is_kind_count(key: &str) -> bool {
    matches!(key, NEW | EFFECTIVE | AGRICULTURAL)
}

/// A count of cooperatives: all of them ([`TOTAL`]) or those of one kind.
pub fn is_cooperatives_count(key: &str) -> bool {
    key == TOTAL || is_kind_count(key)
}

type Row = (&'static str, Kind, Option<ChartRole>, [&'static str; 4]);

const COUNTS: Option<ChartRole> = Some(ChartRole::Counts);
const MONEY: Option<ChartRole> = Some(ChartRole::Money);

/// The built-in figures, in the order pages, year tables and charts show them: key,
/// kind, region chart, labels (en, fr, ms, vi).
#[rustfmt::skip]
const BUILT_IN: &[Row] = &[
    (TOTAL, Kind::Count, COUNTS,
        ["Cooperatives", "Coopératives", "Koperasi", "Số hợp tác xã"]),
    (NEW, Kind::Count, COUNTS,
        ["New cooperatives", "Nouvelles coopératives", "Koperasi baharu", "Hợp tác xã thành lập mới"]),
    (EFFECTIVE, Kind::Count, COUNTS,
        ["Effective cooperatives", "Coopératives efficaces", "Koperasi berkesan", "Hợp tác xã hoạt động hiệu quả"]),
    ("cooperatives_agricultural", Kind::Count, COUNTS,
        ["Agricultural cooperatives", "Coopératives agricoles", "Koperasi pertanian", "Hợp tác xã nông nghiệp"]),
    ("cooperative_groups", Kind::Count, None,
        ["Cooperative groups", "Groupes coopératifs", "Kumpulan koperasi", "Tổ hợp tác"]),
    ("cooperative_group_members", Kind::Count, None,
        ["Cooperative group members", "Membres des groupes coopératifs", "Ahli kumpulan koperasi", "Thành viên tổ hợp tác"]),
    ("avg_revenue_per_cooperative", Kind::Money, MONEY,
        ["Average revenue per cooperative", "Chiffre d'affaires moyen par coopérative", "Purata hasil setiap koperasi", "Doanh thu bình quân một hợp tác xã"]),
    ("avg_profit_per_cooperative", Kind::Money, MONEY,
        ["Average profit per cooperative", "Bénéfice moyen par coopérative", "Purata keuntungan setiap koperasi", "Lợi nhuận bình quân một hợp tác xã"]),
    (INCOME, Kind::Money, MONEY,
        ["Average income per worker", "Revenu moyen par travailleur", "Purata pendapatan setiap pekerja", "Thu nhập bình quân người lao động"]),
];

/// The meaning of each built-in figure, in the order of [`BUILT_IN`].
#[rustfmt::skip]
const MEANINGS: [(Measure, Option<Qualifier>, Option<PerUnit>); 9] = [
    (Measure::Cooperatives, None, None),
    (Measure::Cooperatives, Some(Qualifier::New), None),
    (Measure::Cooperatives, Some(Qualifier::Effective), None),
    (Measure::Cooperatives, Some(Qualifier::Agricultural), None),
    (Measure::CooperativeGroups, None, None),
    (Measure::Members, None, None),
    (Measure::Revenue, None, Some(PerUnit::Cooperative)),
    (Measure::Profit, None, Some(PerUnit::Cooperative)),
    (Measure::Income, None, Some(PerUnit::Person)),
];

/// What each built-in figure is shown as beyond its region chart, in the order of
/// [`BUILT_IN`]: its year-table heading, year chart, report chart (stem, title word,
/// CSV file and whether it is its own) and unit word.
type Roles = (
    Option<&'static str>,
    Option<&'static str>,
    Option<(&'static str, Option<&'static str>, &'static str, bool)>,
    Option<&'static str>,
);

#[rustfmt::skip]
const ROLES: [Roles; 9] = [
    (Some("total"), Some("counts"), Some(("counts", Some("report_chart_title"), "totals", true)), Some("cooperatives")),
    (Some("new"), None, None, None),
    (Some("effective"), None, None, None),
    (None, None, None, None),
    (None, None, None, None),
    (None, None, None, None),
    (Some("avg_revenue"), None, None, None),
    (Some("avg_profit"), None, None, None),
    (Some("avg_income"), Some("income"), Some(("income", None, "income", false)), None),
];

/// Where each built-in figure stands beyond its charts and year table, in the order
/// of [`BUILT_IN`]: its charts' name, its headline column's word, the home chart's
/// title word, whether it ranks the regions, whether its chart is its own, and what
/// its average is weighted by.
type Shown = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    bool,
    bool,
    &'static [&'static str],
);

/// An average per worker is weighted by the workers (or members) of each region.
const PER_WORKER: &[&str] = &[
    "workers",
    "members",
    "cooperative_workers",
    "cooperative_members",
];

#[rustfmt::skip]
const SHOWN: [Shown; 9] = [
    (Some("counts"), Some("total"), Some("total_by_region_title"), true, false, &[]),
    (None, Some("new"), None, false, false, &[]),
    (None, Some("effective"), None, false, false, &[]),
    (None, None, None, false, false, &[]),
    (None, None, None, false, false, &[]),
    (None, None, None, false, false, &[]),
    (None, None, None, false, false, &[TOTAL]),
    (None, None, None, false, false, &[TOTAL]),
    (Some("income"), Some("income_per_worker"), Some("income_by_region_title"), false, true, PER_WORKER),
];

/// A figure a site declares in `coopsite.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declared {
    pub kind: Kind,
    /// Money only: `year` (default) or `total`.
    #[serde(default)]
    pub per: Option<Span>,
    /// One label for every language, or one per language code.
    #[serde(default)]
    pub label: Option<Label>,
    /// Drawn in its region's chart of counts or of money over the years.
    #[serde(default)]
    pub chart: Option<ChartRole>,
    /// A column of each year's table.
    #[serde(default)]
    pub year_table: bool,
    /// Its own ranked bars on each year's page (a column of the year's table too).
    #[serde(default)]
    pub year_chart: bool,
    /// Its own chart on each of its region's report pages, the report's year marked.
    #[serde(default)]
    pub report_chart: bool,
    /// A column of every list of reports, beside the built-in headline figures.
    #[serde(default)]
    pub headline: bool,
    /// The figure it is a part of (`cooperatives_total`): a report where it is more
    /// than that whole is an error.
    #[serde(default)]
    pub part_of: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Label {
    One(String),
    Each(BTreeMap<String, String>),
}

/// Every figure a site knows.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureTable {
    defs: Vec<FigureDef>,
}

impl Default for FigureTable {
    fn default() -> Self {
        Self::built_in()
    }
}

impl FigureTable {
    /// The nine figures of the contract.
    pub fn built_in() -> Self {
        let defs = BUILT_IN
            .iter()
            .zip(MEANINGS)
            .zip(ROLES)
            .zip(SHOWN)
            .map(|((((key, kind, chart, labels), meaning), roles), shown)| {
                let (measure, qualifier, per_unit) = meaning;
                let (heading, bars, report, unit_word) = roles;
                let (name, headline, compare, ranks, alone, weighted_by) = shown;
                FigureDef {
                    key: key.to_string(),
                    kind: *kind,
                    span: Span::Year,
                    chart: *chart,
                    year_column: heading.map(|h| Column { heading: Some(h) }),
                    year_chart: bars.map(str::to_string),
                    report_chart: report.map(|(stem, title, csv, own)| ReportChart {
                        stem: stem.to_string(),
                        title,
                        csv: (csv.to_string(), own),
                    }),
                    headline: headline.map(|h| Column { heading: Some(h) }),
                    name,
                    alone,
                    compare,
                    ranks,
                    weighted_by,
                    unit_word,
                    part_of: (*chart == COUNTS && *key != TOTAL).then(|| TOTAL.to_string()),
                    average: *kind == Kind::Money,
                    labels: LANGS
                        .iter()
                        .zip(labels)
                        .map(|(l, s)| (l.to_string(), s.to_string()))
                        .collect(),
                    meaning: Some(Meaning {
                        measure,
                        qualifier,
                        per_unit,
                    }),
                }
            })
            .collect();
        FigureTable { defs }
    }

    /// The built-in figures and a site's declared ones (checked by `config`).
    pub fn with_declared(declared: &BTreeMap<String, Declared>) -> Self {
        let mut table = Self::built_in();
        for (key, d) in declared {
            let labels = match &d.label {
                Some(Label::One(s)) => [("en".to_string(), s.clone())].into(),
                Some(Label::Each(m)) => m
                    .iter()
                    .map(|(l, s)| (primary(l).to_string(), s.clone()))
                    .collect(),
                None => BTreeMap::new(),
            };
            table.defs.push(FigureDef {
                key: key.clone(),
                kind: d.kind,
                span: d.per.unwrap_or(Span::Year),
                chart: d.chart,
                year_column: (d.year_table || d.year_chart).then_some(Column { heading: None }),
                year_chart: d.year_chart.then(|| key.replace('_', "-")),
                report_chart: d.report_chart.then(|| {
                    let stem = key.replace('_', "-");
                    ReportChart {
                        csv: (format!("report-{stem}"), true),
                        stem,
                        title: None,
                    }
                }),
                headline: d.headline.then_some(Column { heading: None }),
                name: None,
                alone: false,
                compare: None,
                ranks: false,
                weighted_by: &[],
                unit_word: None,
                part_of: d.part_of.clone(),
                average: false,
                labels,
                meaning: None,
            });
        }
        table
    }

    pub fn get(&self, key: &str) -> Option<&FigureDef> {
        self.defs.iter().find(|d| d.key == key)
    }

    /// True for the nine figures of the contract.
    pub fn is_built_in(key: &str) -> bool {
        BUILT_IN.iter().any(|r| r.0 == key)
    }

    /// Every definition, built-in ones first in the contract's order.
    pub fn defs(&self) -> &[FigureDef] {
        &self.defs
    }

    /// The figures drawn in one chart, in order.
    pub fn charted(&self, role: ChartRole) -> impl Iterator<Item = &FigureDef> {
        self.defs.iter().filter(move |d| d.chart == Some(role))
    }

    /// The columns of each year's table, in order.
    pub fn year_columns(&self) -> impl Iterator<Item = (&FigureDef, &Column)> {
        self.defs
            .iter()
            .filter_map(|d| Some((d, d.year_column.as_ref()?)))
    }

    /// The figures each year's page draws as ranked bars, in order.
    pub fn year_charts(&self) -> impl Iterator<Item = (&FigureDef, &str)> {
        self.defs
            .iter()
            .filter_map(|d| Some((d, d.year_chart.as_deref()?)))
    }

    /// The figures each report page draws, in order.
    pub fn report_charts(&self) -> impl Iterator<Item = (&FigureDef, &ReportChart)> {
        self.defs
            .iter()
            .filter_map(|d| Some((d, d.report_chart.as_ref()?)))
    }

    /// The columns of every list of reports, in order.
    pub fn headline(&self) -> impl Iterator<Item = (&FigureDef, &Column)> {
        self.defs
            .iter()
            .filter_map(|d| Some((d, d.headline.as_ref()?)))
    }

    /// The figures the home page compares the regions by, with its chart's title word.
    pub fn compared(&self) -> impl Iterator<Item = (&FigureDef, &'static str)> {
        self.defs.iter().filter_map(|d| Some((d, d.compare?)))
    }

    /// The figure each year's regions are ranked by.
    pub fn ranking(&self) -> Option<&str> {
        self.defs.iter().find(|d| d.ranks).map(|d| d.key.as_str())
    }

    /// Where a key stands in page order: known keys by the table, others after them.
    pub fn rank(&self, key: &str) -> usize {
        self.defs
            .iter()
            .position(|d| d.key == key)
            .unwrap_or(self.defs.len())
    }

    /// A figure's name in `lang`: its label there, else its English label, else made
    /// from its key (`ocop_products` → "Ocop products").
    pub fn label(&self, key: &str, lang: &str) -> String {
        let def = self.get(key);
        def.and_then(|d| d.labels.get(primary(lang)).or_else(|| d.labels.get("en")))
            .cloned()
            .unwrap_or_else(|| label_from_key(key))
    }

    /// The known key an unknown one is probably a misspelling of: within two edits
    /// (a swap of two letters counts as one).
    pub fn near(&self, key: &str) -> Option<&str> {
        self.defs
            .iter()
            .filter(|d| d.key.len().abs_diff(key.len()) <= 2)
            .map(|d| (strsim::osa_distance(key, &d.key), d.key.as_str()))
            .filter(|(dist, k)| *dist <= 2 && *k != key)
            .min()
            .map(|(_, k)| k)
    }
}

/// "ocop_products" → "Ocop products".
pub fn label_from_key(key: &str) -> String {
    let words = key.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A figure name: lowercase ASCII letters, digits and `_`.
pub fn is_figure_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests;
