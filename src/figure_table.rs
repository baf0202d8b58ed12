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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    pub chart: Option<ChartRole>,
    /// A part of `cooperatives_total`, so never more than it.
    pub part_of_total: bool,
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

type Row = (&'static str, Kind, Option<ChartRole>, [&'static str; 4]);

/// The built-in figures, in the order pages show them: key, kind, chart, labels (en, fr, ms, vi).
#[rustfmt::skip]
const BUILT_IN: &[Row] = &[
    (TOTAL, Kind::Count, Some(ChartRole::Counts),
        ["Cooperatives", "Coopératives", "Koperasi", "Số hợp tác xã"]),
    (NEW, Kind::Count, Some(ChartRole::Counts),
        ["New cooperatives", "Nouvelles coopératives", "Koperasi baharu", "Hợp tác xã thành lập mới"]),
    (EFFECTIVE, Kind::Count, Some(ChartRole::Counts),
        ["Effective cooperatives", "Coopératives efficaces", "Koperasi berkesan", "Hợp tác xã hoạt động hiệu quả"]),
    ("cooperatives_agricultural", Kind::Count, Some(ChartRole::Counts),
        ["Agricultural cooperatives", "Coopératives agricoles", "Koperasi pertanian", "Hợp tác xã nông nghiệp"]),
    ("cooperative_groups", Kind::Count, None,
        ["Cooperative groups", "Groupes coopératifs", "Kumpulan koperasi", "Tổ hợp tác"]),
    ("cooperative_group_members", Kind::Count, None,
        ["Cooperative group members", "Membres des groupes coopératifs", "Ahli kumpulan koperasi", "Thành viên tổ hợp tác"]),
    ("avg_revenue_per_cooperative", Kind::Money, Some(ChartRole::Money),
        ["Average revenue per cooperative", "Chiffre d'affaires moyen par coopérative", "Purata hasil setiap koperasi", "Doanh thu bình quân một hợp tác xã"]),
    ("avg_profit_per_cooperative", Kind::Money, Some(ChartRole::Money),
        ["Average profit per cooperative", "Bénéfice moyen par coopérative", "Purata keuntungan setiap koperasi", "Lợi nhuận bình quân một hợp tác xã"]),
    (INCOME, Kind::Money, Some(ChartRole::Money),
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
            .map(
                |((key, kind, chart, labels), (measure, qualifier, per_unit))| FigureDef {
                    key: key.to_string(),
                    kind: *kind,
                    span: Span::Year,
                    chart: *chart,
                    part_of_total: *chart == Some(ChartRole::Counts) && *key != TOTAL,
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
                },
            )
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
                chart: None,
                part_of_total: false,
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
mod tests {
    use super::*;

    #[test]
    fn built_in_figures_have_every_label() {
        let t = FigureTable::built_in();
        assert_eq!(t.defs().len(), 9);
        for d in t.defs() {
            for l in LANGS {
                assert!(!d.labels[l].is_empty(), "{} {l}", d.key);
            }
        }
        assert_eq!(t.label(NEW, "vi-VN"), "Hợp tác xã thành lập mới");
        assert_eq!(t.label(NEW, "de"), "New cooperatives");
        assert_eq!(
            t.label("cooperatives_high_tech", "en"),
            "Cooperatives high tech"
        );
        assert_eq!(t.charted(ChartRole::Money).count(), 3);
        for key in [
            TOTAL,
            NEW,
            EFFECTIVE,
            INCOME,
            AGRICULTURAL,
            GROUPS,
            GROUP_MEMBERS,
            REVENUE,
            PROFIT,
        ] {
            assert!(FigureTable::is_built_in(key), "{key}");
        }
    }

    #[test]
    fn declared_figures_keep_their_labels() {
        let decl: BTreeMap<String, Declared> = serde_yaml::from_str(
            "ocop_products: {kind: count, label: {en: OCOP products, vi: Sản phẩm OCOP}}\n\
             charter_capital: {kind: money, per: total, label: Charter capital}\n",
        )
        .unwrap();
        let t = FigureTable::with_declared(&decl);
        assert_eq!(t.label("ocop_products", "en"), "OCOP products");
        assert_eq!(t.label("ocop_products", "fr"), "OCOP products");
        assert_eq!(t.label("ocop_products", "vi"), "Sản phẩm OCOP");
        assert_eq!(t.get("charter_capital").unwrap().span, Span::Total);
    }

    #[test]
    fn near_misses_within_two_edits() {
        let t = FigureTable::built_in();
        assert_eq!(t.near("cooperatives_totl"), Some(TOTAL));
        assert_eq!(t.near("cooperatvies_new"), Some(NEW));
        assert_eq!(t.near("cooperative_total"), Some(TOTAL));
        assert_eq!(t.near("avg_revenue_per_cooperative_group"), None);
        assert_eq!(t.near(TOTAL), None);
        assert_eq!(t.near("ocop_products"), None);
    }
}
