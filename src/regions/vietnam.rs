//! The built-in register of Vietnam's provincial-level units: the 63 that existed until
//! 30 June 2025 and the 34 from 1 July 2025 (National Assembly Resolution 202/2025/QH15),
//! read from the two tables compiled into the binary. A unit whose boundary did not
//! change is one unit across the date (Huế, called Thừa Thiên Huế until 31 December
//! 2024, included); every merger took whole provinces, so each old unit ends in one new
//! one.

use std::collections::{BTreeMap, HashMap};

use super::Unit;
use crate::date::Date;
use crate::place_name::fold;

/// The 63 units before the merger: code, name, English name, other spellings.
const BEFORE: &str = include_str!("vn-provinces-2004.tsv");
/// The 34 units from 1 July 2025: name, code, the units each was formed from.
const AFTER: &str = include_str!("vn-provinces-2025.tsv");

const LAST_DAY: Date = Date {
    year: 2025,
    month: 6,
    day: 30,
};
const FIRST_DAY: Date = Date {
    year: 2025,
    month: 7,
    day: 1,
};
/// Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025 (Resolution
/// 1314/NQ-UBTVQH15), without a change of boundary.
const HUE_RENAMED: Date = Date {
    year: 2024,
    month: 12,
    day: 31,
};

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// One unit as the table of the 63 gives it, open at both ends.
fn old_unit(row: &[&str]) -> Unit {
    let field = |i: usize| row.get(i).copied().unwrap_or("");
    let mut names = BTreeMap::new();
    if !field(2).is_empty() {
        names.insert("en".to_string(), field(2).to_string());
    }
    let spellings = field(3)
        .split(" | ")
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    // The id is made from the English name where there is one: `hanoi`,
    // `ho-chi-minh-city`.
    let id = crate::urls::slugify(if field(2).is_empty() {
        field(1)
    } else {
        field(2)
    });
    Unit {
        code: Some(field(0).to_string()),
        names,
        spellings,
        ..Unit::named(&id, field(1))
    }
}

/// Every unit: the 63 old ones (those that merged end on 30 June 2025; the ones whose
/// boundary stayed the same continue), then the 23 formed on 1 July 2025.
pub(super) fn units() -> Vec<Unit> {
    let mut units: Vec<Unit> = rows(BEFORE).map(|r| old_unit(&r)).collect();
    let by_key: HashMap<String, usize> = units
        .iter()
        .enumerate()
        .map(|(i, u)| (fold(&u.name), i))
        .collect();
    let find = |name: &str| {
        *by_key
            .get(&fold(name))
            .unwrap_or_else(|| panic!("`{name}` of the 2025 table is not in the 2004 table"))
    };
    let mut merged = Vec::new();
    for row in rows(AFTER) {
        let (name, code) = (row[0], row[1]);
        let from: Vec<usize> = row[2].split(" + ").map(|n| find(n.trim())).collect();
        if let [only] = from[..] {
            // The same unit across the date; Huế under its new name.
            let u = &mut units[only];
            u.code = Some(code.to_string());
            if fold(name) != fold(&u.name) {
                u.formerly.push((std::mem::take(&mut u.name), HUE_RENAMED));
                u.name = name.to_string();
                u.id = crate::urls::slugify(name);
            }
            continue;
        }
        merged.push((name, code, from));
    }
    for (name, code, from) in merged {
        let new = units.len();
        // The new unit keeps the name (and its names and spellings) of one of its
        // predecessors, whose id then says that it ended.
        let namesake = from
            .iter()
            .copied()
            .find(|&i| fold(&units[i].name) == fold(name));
        let mut unit = match namesake {
            Some(i) => {
                let old = &mut units[i];
                let mut u = old.clone();
                old.id = format!("{}-before-2025", old.id);
                u.id = crate::urls::slugify(name);
                u
            }
            None => old_unit(&["", name]),
        };
        unit.code = Some(code.to_string());
        unit.from = Some(FIRST_DAY);
        unit.formed_from = from.clone();
        for &i in &from {
            units[i].until = Some(LAST_DAY);
            units[i].into = Some(new);
        }
        units.push(unit);
    }
    units
}
