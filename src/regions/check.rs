//! Each report's `region` against the register: a name it does not know is an error
//! naming the nearest entries; a region that did not exist in the report's year is a
//! warning saying what happened to it. One lookup per distinct name, then one pick by
//! year per report.

use std::collections::HashMap;

use super::{Found, Register, Unit};
use crate::content::Report;
use crate::diagnostics::Diagnostic;
use crate::i18n::Locale;

/// The errors and warnings of `reports`' regions.
pub fn check<'a>(
    register: &Register,
    reports: impl Iterator<Item = &'a Report>,
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut known: HashMap<&str, &[usize]> = HashMap::new();
    let en = Locale::new("en");
    for r in reports {
        let candidates = *known
            .entry(r.region.as_str())
            .or_insert_with(|| register.candidates(&r.region));
        let (line, col) = r.key_pos("region");
        match register.pick(&r.region, candidates, r.year) {
            Found::Unit(_) => {}
            Found::Unknown(near) => {
                let near: Vec<&str> = near
                    .iter()
                    .map(|&i| register.unit(i).name.as_str())
                    .collect();
                errors.push(
                    Diagnostic::new(
                        &r.path,
                        format!("region `{}` is not in the site's register of regions", r.region),
                    )
                    .at(line, col)
                    .help(format!(
                        "the nearest entries are {}; write one of them, or add the region under `regions: add:` in coopsite.yaml (see docs/regions.md)",
                        near.join(", ")
                    )),
                );
            }
            Found::NotInYear(i) => {
                let (message, help) = not_in_year(register, register.unit(i), r.year, &en);
                warnings.push(
                    Diagnostic::new(&r.path, format!("region `{}`: {message}", r.region))
                        .at(line, col)
                        .help(help),
                );
            }
        }
    }
    (errors, warnings)
}

/// "A, B and C".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// What happened to `u`, which did not exist in `year`, and what to write instead.
fn not_in_year(reg: &Register, u: &Unit, year: i32, en: &Locale) -> (String, String) {
    let (first, _) = u.years();
    let name = u.name_in("en");
    if first.is_some_and(|f| year < f) {
        let from = u.from.as_ref().map(|d| en.date(d)).unwrap_or_default();
        let parts: Vec<&str> = u
            .formed_from
            .iter()
            .map(|&i| reg.unit(i).name_in("en"))
            .collect();
        return match parts.is_empty() {
            true => (
                format!("{name} did not exist yet in {year}: it exists from {from}"),
                format!("check `year: {year}`, or write the region the report covers"),
            ),
            false => (
                format!(
                    "the present {name} did not exist yet in {year}: it was formed on {from} from {}",
                    and_list(&parts)
                ),
                format!(
                    "a report of {year} is for one of the units it was formed from: write `region:` with {}",
                    and_list(&parts).replace(" and ", " or ")
                ),
            ),
        };
    }
    let until = u.until.as_ref().map(|d| en.date(d)).unwrap_or_default();
    match u.into.map(|i| reg.unit(i)) {
        Some(into) => {
            let after = into.from.as_ref().map(|d| en.date(d)).unwrap_or_default();
            let since = into.years().0.map_or(String::new(), |y| y.to_string());
            let partners: Vec<&str> = into
                .formed_from
                .iter()
                .map(|&i| reg.unit(i).name_in("en"))
                .filter(|n| *n != name)
                .collect();
            (
                format!(
                    "{name} no longer existed in {year}: on {after} it merged with {} into {}",
                    and_list(&partners),
                    into.name_in("en")
                ),
                format!(
                    "a report of {since} or later is for {0}: write `region: {0}`",
                    into.name_in("en")
                ),
            )
        }
        None => (
            format!("{name} no longer existed in {year}: it ended on {until}"),
            format!("check `year: {year}`, or write the region the report covers"),
        ),
    }
}
