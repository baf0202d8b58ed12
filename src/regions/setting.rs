//! `regions:` in coopsite.yaml: `regions: vietnam`, or a map
//! `{use: vietnam, add: [...]}` whose `add` entries are new regions or, with the `id` of
//! a built-in one, changes to it (names and code replaced, spellings added).

use std::collections::BTreeMap;

use serde_yaml::Value;

use super::{Register, Unit};
use crate::date::Date;
use crate::place_name::fold;

/// The built-in registers, by the name `use:` gives.
pub const BUILT_IN: &[&str] = &["vietnam"];
const KEYS: &[&str] = &["use", "add"];
const ENTRY_KEYS: &[&str] = &[
    "id",
    "name",
    "spellings",
    "code",
    "from",
    "until",
    "formed_from",
];

/// The register `regions:` describes, or what is wrong with it (each message says
/// where: `regions.add[2]`).
pub fn register(value: &Value) -> Result<Register, Vec<String>> {
    let (base, add) = match value {
        Value::String(name) => (Some(name.as_str()), None),
        Value::Mapping(m) => {
            let mut errors = Vec::new();
            for k in m.keys() {
                let k = text(k);
                if !KEYS.contains(&k.as_str()) {
                    errors.push(format!(
                        "`regions.{k}` is not a setting of `regions` (it has `use` and `add`)"
                    ));
                }
            }
            if !errors.is_empty() {
                return Err(errors);
            }
            let base = match m.get("use") {
                Some(Value::String(s)) => Some(s.as_str()),
                None | Some(Value::Null) => None,
                Some(other) => {
                    return Err(vec![format!(
                        "`regions.use` is `{}`: write the name of a built-in register (vietnam)",
                        text(other)
                    )])
                }
            };
            (base, m.get("add"))
        }
        other => {
            return Err(vec![format!(
                "`regions` is `{}`: write `regions: vietnam`, or a map with `use` and `add`",
                text(other)
            )])
        }
    };
    let mut units = match base {
        Some("vietnam") => Register::vietnam().units().to_vec(),
        Some(other) => {
            return Err(vec![format!(
                "there is no built-in register `{other}`: the built-in one is `vietnam`"
            )])
        }
        None => Vec::new(),
    };
    let entries = match add {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Sequence(s)) => s.clone(),
        Some(_) => {
            return Err(vec![
                "`regions.add` must be a list of entries (`- name: …`)".into(),
            ])
        }
    };
    let mut errors = Vec::new();
    for (n, e) in entries.iter().enumerate() {
        if let Err(msg) = add_entry(&mut units, e) {
            errors.push(format!("regions.add[{n}]: {msg}"));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Register::new(units)
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "nothing".into(),
        _ => serde_yaml::to_string(v)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

fn strings(v: &Value, key: &str) -> Result<Vec<String>, String> {
    match v {
        Value::Sequence(s) => s
            .iter()
            .map(|x| match x {
                Value::String(_) | Value::Number(_) => Ok(text(x)),
                _ => Err(format!("`{key}` must be a list of names")),
            })
            .collect(),
        Value::String(s) => Ok(vec![s.clone()]),
        _ => Err(format!("`{key}` must be a list of names")),
    }
}

fn date(v: &Value, key: &str) -> Result<Date, String> {
    Date::parse(&text(v)).map_err(|e| format!("`{key}`: {e}"))
}

/// Adds one entry of `add:` to `units`, or changes the unit of its `id`.
fn add_entry(units: &mut Vec<Unit>, e: &Value) -> Result<(), String> {
    let Value::Mapping(m) = e else {
        return Err("an entry is a map with at least `name`".into());
    };
    for k in m.keys() {
        let k = text(k);
        if !ENTRY_KEYS.contains(&k.as_str()) {
            let near = crate::diagnostics::nearest(&k, ENTRY_KEYS);
            let hint = near.map_or(String::new(), |n| format!(" (did you mean `{n}`?)"));
            return Err(format!(
                "`{k}` is not a key of an entry{hint}; an entry has {}",
                ENTRY_KEYS.join(", ")
            ));
        }
    }
    let (name, names) = match m.get("name") {
        Some(Value::String(s)) => (Some(s.clone()), BTreeMap::new()),
        Some(Value::Mapping(by_lang)) => {
            let names: BTreeMap<String, String> =
                by_lang.iter().map(|(k, v)| (text(k), text(v))).collect();
            let first = names.get("vi").or_else(|| names.values().next()).cloned();
            (first, names)
        }
        Some(_) => {
            return Err("`name` is a name, or a map of names by language ({vi: …, en: …})".into())
        }
        None => (None, BTreeMap::new()),
    };
    let id = match m.get("id") {
        Some(v) => text(v),
        None => match &name {
            Some(n) => crate::urls::slugify(n),
            None => {
                return Err("an entry needs `name` (or the `id` of the entry it changes)".into())
            }
        },
    };
    let i = entry_index(units, &id, name.as_deref())?;
    if let Some(n) = name {
        units[i].name = n;
    }
    units[i].names.extend(names);
    if let Some(v) = m.get("spellings") {
        units[i].spellings.extend(strings(v, "spellings")?);
    }
    if let Some(v) = m.get("code") {
        units[i].code = Some(text(v));
    }
    if let Some(v) = m.get("from") {
        units[i].from = Some(date(v, "from")?);
    }
    if let Some(v) = m.get("until") {
        units[i].until = Some(date(v, "until")?);
    }
    if let Some(v) = m.get("formed_from") {
        let mut from = Vec::new();
        for part in strings(v, "formed_from")? {
            let j = units
                .iter()
                .position(|u| u.id == part)
                .or_else(|| {
                    // By name: a unit not merged yet first.
                    let named = |u: &Unit| fold(&u.name) == fold(&part);
                    let free = |j: usize| j != i && named(&units[j]) && units[j].into.is_none();
                    (0..units.len())
                        .find(|&j| free(j))
                        .or_else(|| (0..units.len()).find(|&j| j != i && named(&units[j])))
                })
                .ok_or_else(|| {
                    format!("`formed_from` names `{part}`, which is no entry's id or name")
                })?;
            from.push(j);
        }
        let day = units[i]
            .from
            .ok_or("an entry with `formed_from` needs `from`, the day it was formed")?;
        for &j in &from {
            if units[j].until.is_none() {
                units[j].until = Some(day_before(day));
            }
            units[j].into = Some(i);
        }
        units[i].formed_from = from;
    }
    Ok(())
}

/// The unit `id` names, or a new one named `name` at the end of `units`.
fn entry_index(units: &mut Vec<Unit>, id: &str, name: Option<&str>) -> Result<usize, String> {
    if let Some(i) = units.iter().position(|u| u.id == id) {
        return Ok(i);
    }
    let Some(name) = name else {
        return Err(format!(
            "no entry has the id `{id}`; a new entry needs `name`"
        ));
    };
    if id.is_empty() || fold(name).is_empty() {
        return Err(format!("`{name}` is no name of a place"));
    }
    units.push(Unit::named(id, name));
    Ok(units.len() - 1)
}

/// The day before `d`.
fn day_before(d: Date) -> Date {
    if d.day > 1 {
        return Date {
            day: d.day - 1,
            ..d
        };
    }
    let (year, month) = if d.month == 1 {
        (d.year - 1, 12)
    } else {
        (d.year, d.month - 1)
    };
    let last = (28..=31)
        .rev()
        .find(|&day| Date::parse(&format!("{year:04}-{month:02}-{day:02}")).is_ok())
        .unwrap_or(28);
    Date {
        year,
        month,
        day: last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(s: &str) -> Value {
        serde_yaml::from_str(s).unwrap()
    }

    #[test]
    fn vietnam_with_additions() {
        let reg = register(&yaml(
            "use: vietnam\nadd:\n  - id: dak-lak\n    spellings: [Ban Mê]\n  - name: {vi: Vùng Tây Bắc, en: Northwest}\n    id: northwest\n    code: NW\n",
        ))
        .unwrap();
        let dl = reg.by_id("dak-lak").unwrap();
        assert_eq!(reg.resolve("Ban Mê", 2025), super::super::Found::Unit(dl));
        let nw = reg.unit(reg.by_id("northwest").unwrap());
        assert_eq!(
            (nw.name.as_str(), nw.name_in("en")),
            ("Vùng Tây Bắc", "Northwest")
        );
        assert_eq!(nw.code.as_deref(), Some("NW"));
    }

    #[test]
    fn own_register_with_a_merger() {
        let reg = register(&yaml(
            "add:\n  - name: North\n  - name: South\n  - name: Whole\n    from: 2024-01-01\n    formed_from: [north, South]\n",
        ))
        .unwrap();
        let north = reg.unit(reg.by_id("north").unwrap());
        assert_eq!(north.until, Date::parse("2023-12-31").ok());
        assert_eq!(north.years(), (None, Some(2023)));
        assert_eq!(north.into, reg.by_id("whole"));
    }

    #[test]
    fn mistakes_are_named() {
        let err = |s: &str| register(&yaml(s)).unwrap_err().join("\n");
        assert!(err("mars").contains("no built-in register `mars`"));
        assert!(err("use: vietnam\nadd:\n  - nme: X\n")
            .contains("regions.add[0]: `nme` is not a key of an entry (did you mean `name`?)"));
        assert!(
            err("add:\n  - name: A\n    formed_from: [B]\n    from: 2020-01-01\n")
                .contains("`formed_from` names `B`")
        );
        assert!(err("add:\n  - name: A\n    from: 2020-13-01\n").contains("`from`"));
        assert!(err("use: vietnam\nadd:\n  - name: Dak Lak\n    id: dl2\n")
            .contains("existed at the same time"));
        assert!(err("uses: vietnam\n").contains("not a setting of `regions`"));
    }
}
