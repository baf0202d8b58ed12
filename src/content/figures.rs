//! The numbers a report states: counts and money, checked by kind as they are read,
//! so that a wrong value is reported at its own line and column.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// What kind of number a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Count,
    Money,
}

/// The figures the contract knows, in the order pages show them.
pub const KNOWN: &[(&str, Kind)] = &[
    ("cooperatives_total", Kind::Count),
    ("cooperatives_new", Kind::Count),
    ("cooperatives_effective", Kind::Count),
    ("cooperatives_agricultural", Kind::Count),
    ("cooperative_groups", Kind::Count),
    ("cooperative_group_members", Kind::Count),
    ("avg_revenue_per_cooperative", Kind::Money),
    ("avg_profit_per_cooperative", Kind::Money),
    ("avg_income_per_worker", Kind::Money),
];

pub fn known_kind(key: &str) -> Option<Kind> {
    KNOWN.iter().find(|(k, _)| *k == key).map(|(_, kind)| *kind)
}

/// How often a money amount is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    /// A plain number under a key the contract does not know.
    Number(f64),
    /// An amount of money, as written and normalised to a year.
    Money(Money),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Money {
    pub amount: f64,
    pub currency: String,
    pub per: Per,
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
    /// The number a chart draws: a count, or money per year.
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
    /// Keys in display order: the known ones first in the contract's order, then the rest.
    pub fn ordered(&self) -> Vec<(&str, &Value)> {
        let mut out: Vec<(&str, &Value)> = KNOWN
            .iter()
            .filter_map(|(k, _)| self.0.get_key_value(*k).map(|(k, v)| (k.as_str(), v)))
            .collect();
        out.extend(
            self.0
                .iter()
                .filter(|(k, _)| known_kind(k).is_none())
                .map(|(k, v)| (k.as_str(), v)),
        );
        out
    }
}

impl<'de> Deserialize<'de> for Figures {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FiguresVisitor)
    }
}

struct FiguresVisitor;

impl<'de> Visitor<'de> for FiguresVisitor {
    type Value = Figures;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of figure names to numbers, e.g. `cooperatives_total: 895`")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Figures, E> {
        Ok(Figures::default())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Figures, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            if !is_figure_key(&key) {
                return Err(de::Error::custom(format!(
                    "`{key}` is not a figure name: use lowercase letters, digits and _"
                )));
            }
            let value = map.next_value_seed(ValueSeed(known_kind(&key)))?;
            if out.insert(key.clone(), value).is_some() {
                return Err(de::Error::custom(format!("`{key}` is given twice")));
            }
        }
        Ok(Figures(out))
    }
}

fn is_figure_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Reads one value, knowing the kind its key demands.
struct ValueSeed(Option<Kind>);

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor(self.0))
    }
}

struct ValueVisitor(Option<Kind>);

impl ValueVisitor {
    fn number<E: de::Error>(&self, x: f64, whole: Option<i128>) -> Result<Value, E> {
        if !x.is_finite() {
            return Err(E::custom("a figure must be a finite number"));
        }
        match self.0 {
            Some(Kind::Count) => match whole {
                Some(n) if n >= 0 => Ok(Value::Count(n as u64)),
                _ => Err(E::custom(format!(
                    "a count must be a whole number, 0 or more; found {x}"
                ))),
            },
            Some(Kind::Money) => Ok(Value::Money(Money {
                amount: x,
                currency: "VND".into(),
                per: Per::Year,
            })),
            None => Ok(match whole {
                Some(n) if n >= 0 && n <= u64::MAX as i128 => Value::Count(n as u64),
                _ => Value::Number(x),
            }),
        }
    }
}

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Some(Kind::Count) => f.write_str("a whole number, 0 or more"),
            _ => f.write_str("a number, or money as {amount: N, currency: VND, per: year|month}"),
        }
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.number(v as f64, Some(v as i128))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.number(v as f64, Some(v as i128))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        let whole = (v.fract() == 0.0 && v.abs() < 9.0e15).then_some(v as i128);
        self.number(v, whole)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Value, A::Error> {
        if self.0 == Some(Kind::Count) {
            return Err(de::Error::custom(
                "a count must be a plain whole number, not a map",
            ));
        }
        let raw = RawMoney::deserialize(de::value::MapAccessDeserializer::new(map))?;
        if !raw.amount.is_finite() {
            return Err(de::Error::custom("`amount` must be a finite number"));
        }
        let currency = raw.currency.unwrap_or_else(|| "VND".into());
        if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(de::Error::custom(format!(
                "`currency: {currency}` is not an ISO 4217 code such as VND"
            )));
        }
        Ok(Value::Money(Money {
            amount: raw.amount,
            currency,
            per: raw.per.unwrap_or(Per::Year),
        }))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMoney {
    amount: f64,
    currency: Option<String>,
    per: Option<Per>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(yaml: &str) -> Result<Figures, String> {
        serde_yaml::from_str(yaml).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_counts_and_money() {
        let f = parse(
            "cooperatives_total: 895\navg_revenue_per_cooperative: 2295000000\n\
             avg_income_per_worker: {amount: 5600000, per: month}\nshare: 58.1\n",
        )
        .unwrap();
        assert_eq!(f.get("cooperatives_total"), Some(&Value::Count(895)));
        assert_eq!(
            f.get("avg_income_per_worker").unwrap().as_f64(),
            67_200_000.0
        );
        assert_eq!(f.get("share"), Some(&Value::Number(58.1)));
        let Some(Value::Money(m)) = f.get("avg_revenue_per_cooperative") else {
            panic!("not money")
        };
        assert_eq!((m.currency.as_str(), m.per), ("VND", Per::Year));
    }

    #[test]
    fn rejects_bad_counts_where_they_stand() {
        for bad in [
            "cooperatives_new: -5",
            "cooperatives_new: 2.5",
            "cooperatives_new: many",
        ] {
            let err = parse(&format!("cooperatives_total: 1\n{bad}\n")).unwrap_err();
            assert!(err.contains("line 2 column 19"), "{bad}: {err}");
        }
    }

    #[test]
    fn rejects_bad_money() {
        assert!(parse("avg_income_per_worker: {amount: 5, per: week}").is_err());
        assert!(parse("avg_income_per_worker: {amount: 5, currency: dong}").is_err());
        assert!(parse("avg_income_per_worker: {amout: 5}").is_err());
        assert!(parse("avg_income_per_worker: lots").is_err());
    }
}
