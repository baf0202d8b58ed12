//! Money as a report's front matter writes it: a number of VND a year, words ("2,3 tỷ
//! đồng/tháng"), or a map `{amount, currency, per}` whose parts must agree.

use serde_yaml::Value as Yaml;

use super::{shown, Money, Per, Problem, Reader};
use crate::content::amount::{self, Period};

impl Reader<'_> {
    pub(super) fn money(&self, key: &str, v: &Yaml) -> Result<Money, Problem> {
        let bad = |msg: String, help: &str| Problem::value(key, msg, Some(help.to_string()));
        let example = "write VND per year (2295000000), `{amount: 5600000, per: month}`, or words such as \"2,3 tỷ đồng\"";
        let (mut money, stated_per) = match v {
            Yaml::Number(_) => (self.money_amount(key, v)?, None),
            Yaml::String(s) => self.money_text(key, s)?,
            Yaml::Mapping(m) => return self.money_map(key, m),
            _ => {
                return Err(bad(
                    format!("`{key}` must be money; found {}", shown(v, &self.raw(key))),
                    example,
                ))
            }
        };
        if let Some(per) = stated_per {
            money.per = per;
        }
        Ok(money)
    }

    fn money_amount(&self, key: &str, v: &Yaml) -> Result<Money, Problem> {
        if let Some((raw, w)) = self.maybe_grouped(key, v) {
            return Err(Problem::value(
                key,
                format!("`{raw}` reads as {} VND", v.as_f64().unwrap_or(0.0)),
                Some(format!("if `.` groups thousands here, write {}", w as u64)),
            ));
        }
        match v.as_f64() {
            Some(x) if x.is_finite() => Ok(Money {
                amount: x,
                currency: "VND".into(),
                per: Per::Year,
                written: None,
            }),
            _ => Err(Problem::value(
                key,
                format!("money must be a number; found {}", shown(v, &self.raw(key))),
                None,
            )),
        }
    }

    /// Money in words: the amount, and the period the words state, if any.
    fn money_text(&self, key: &str, s: &str) -> Result<(Money, Option<Per>), Problem> {
        let a = amount::parse_money(s, self.notation)
            .map_err(|e| Problem::value(key, format!("cannot read `{s}` as money: {e}"), None))?;
        let per = a.per.map(|p| match p {
            Period::Year => Per::Year,
            Period::Month => Per::Month,
        });
        let money = Money {
            amount: a.value,
            currency: a.currency.unwrap_or_else(|| "VND".into()),
            per: Per::Year,
            written: Some(s.trim().to_string()),
        };
        Ok((money, per))
    }

    fn money_map(&self, key: &str, m: &serde_yaml::Mapping) -> Result<Money, Problem> {
        let bad = |msg: String, help: &str| Problem::value(key, msg, Some(help.to_string()));
        let (amount_v, currency, per) = money_fields(key, m)?;
        let Some(amount_v) = amount_v else {
            return Err(bad(
                "money needs an `amount`".into(),
                "write `{amount: 5600000, per: month}`",
            ));
        };
        let (mut money, stated) = match amount_v {
            Yaml::String(s) => self.money_text(key, s)?,
            Yaml::Number(n) => match n.as_f64() {
                Some(x) if x.is_finite() => (
                    Money {
                        amount: x,
                        currency: "VND".into(),
                        per: Per::Year,
                        written: None,
                    },
                    None,
                ),
                _ => {
                    return Err(bad(
                        format!("`amount` must be a number; found {n}"),
                        "write the amount in VND, e.g. 5600000",
                    ))
                }
            },
            other => {
                return Err(bad(
                    format!("`amount` must be a number; found {}", shown(other, "")),
                    "write the amount in VND, e.g. 5600000",
                ))
            }
        };
        match (stated, per) {
            (Some(s), Some(p)) if s != p => {
                return Err(bad(
                    format!(
                        "`{}` says per {}, but `per: {}`",
                        money.written.clone().unwrap_or_default(),
                        per_word(s),
                        per_word(p)
                    ),
                    "make the two agree, or drop `per:`",
                ))
            }
            (s, p) => money.per = p.or(s).unwrap_or(Per::Year),
        }
        if let Some(c) = currency {
            let c = c.trim().to_string();
            if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                return Err(bad(
                    format!("`currency: {c}` is not a currency code such as VND"),
                    "write an ISO 4217 code: VND, USD, EUR",
                ));
            }
            if money.written.is_some() && money.currency != c && money.currency != "VND" {
                return Err(bad(
                    format!(
                        "`{}` is in {}, but `currency: {c}`",
                        money.written.clone().unwrap_or_default(),
                        money.currency
                    ),
                    "make the two agree",
                ));
            }
            money.currency = c;
        }
        Ok(money)
    }
}

/// The `amount`, `currency` and `per` of money written as a map.
type MoneyFields<'m> = (Option<&'m Yaml>, Option<String>, Option<Per>);

fn money_fields<'m>(key: &str, m: &'m serde_yaml::Mapping) -> Result<MoneyFields<'m>, Problem> {
    let bad = |msg: String, help: &str| Problem::value(key, msg, Some(help.to_string()));
    let (mut amount, mut currency, mut per) = (None, None, None);
    for (k, v) in m {
        match (k.as_str(), v.as_str()) {
            (Some("amount"), _) => amount = Some(v),
            (Some("currency"), Some(c)) => currency = Some(c.to_string()),
            (Some("currency"), None) => {
                return Err(bad(
                    format!(
                        "`currency` must be a code such as VND; found {}",
                        shown(v, "")
                    ),
                    "write `currency: VND`",
                ))
            }
            (Some("per"), Some("year")) => per = Some(Per::Year),
            (Some("per"), Some("month")) => per = Some(Per::Month),
            (Some("per"), _) => {
                return Err(bad(
                    format!("`per: {}` is not year or month", shown(v, "")),
                    "write `per: year` or `per: month`",
                ))
            }
            _ => {
                return Err(bad(
                    format!("money has no `{}`", shown(k, "").trim_matches('`')),
                    "money is `{amount: N, currency: VND, per: year|month}`",
                ))
            }
        }
    }
    Ok((amount, currency, per))
}

fn per_word(p: Per) -> &'static str {
    match p {
        Per::Year => "year",
        Per::Month => "month",
    }
}
