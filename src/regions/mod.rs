//! The register of regions: each unit with its official name per language, the
//! spellings that mean it, its code, when it existed, and what it was formed from or
//! merged into. A site switches one on with `regions:` in coopsite.yaml (the built-in
//! `vietnam`, [`vietnam`], and the site's own entries, [`setting`]); a report's
//! `region` is then resolved through it by one hash lookup of its folded spelling.

pub mod check;
pub mod setting;
mod vietnam;

use std::collections::{BTreeMap, HashMap};

use crate::date::Date;
use crate::place_name::fold;

/// One region over the time its boundary stayed the same.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Unique in the register; the region page's URL (`regions/<id>/`).
    pub id: String,
    pub code: Option<String>,
    /// The official name, for languages `names` does not list.
    pub name: String,
    /// The official name per language, where it differs.
    pub names: BTreeMap<String, String>,
    /// Other ways of writing it (the official names need not be listed).
    pub spellings: Vec<String>,
    /// The first and last day it existed (None: before / after anything recorded).
    pub from: Option<Date>,
    pub until: Option<Date>,
    /// Names it had before, each with the last day it was used.
    pub formerly: Vec<(String, Date)>,
    /// The unit it became part of, when it ended by a merger.
    pub into: Option<usize>,
    /// The units it was formed from.
    pub formed_from: Vec<usize>,
    /// Its name is also another unit's, of another time: shown with its last year.
    pub qualified: bool,
}

/// The first year a unit with that first day reports: a report's region is the unit
/// that existed on 31 December of the year under review.
fn first_year(from: &Date) -> i32 {
    from.year
}

fn last_year(until: &Date) -> i32 {
    match (until.month, until.day) {
        (12, 31) => until.year,
        _ => until.year - 1,
    }
}

impl Unit {
    /// A unit with only its id and name: no code, dates, spellings or lineage yet.
    pub fn named(id: &str, name: &str) -> Unit {
        Unit {
            id: id.to_string(),
            code: None,
            name: name.to_string(),
            names: BTreeMap::new(),
            spellings: Vec::new(),
            from: None,
            until: None,
            formerly: Vec::new(),
            into: None,
            formed_from: Vec::new(),
            qualified: false,
        }
    }

    /// The years it reports for, by the 31 December rule: (first, last), None for open.
    pub fn years(&self) -> (Option<i32>, Option<i32>) {
        (
            self.from.as_ref().map(first_year),
            self.until.as_ref().map(last_year),
        )
    }

    /// Whether a report of `year` can be for it.
    pub fn covers(&self, year: i32) -> bool {
        let (first, last) = self.years();
        first.is_none_or(|f| year >= f) && last.is_none_or(|l| year <= l)
    }

    /// How far `year` lies outside its years (0 inside).
    fn distance(&self, year: i32) -> i32 {
        match self.years() {
            (Some(f), _) if year < f => f - year,
            (_, Some(l)) if year > l => year - l,
            _ => 0,
        }
    }

    /// The name it had in `year`: a former name while it was used ("Thừa Thiên Huế"
    /// for a report of 2018, by the 31 December rule), else its name.
    pub fn name_of_year(&self, year: i32) -> &str {
        self.formerly
            .iter()
            .filter(|(_, until)| year <= last_year(until))
            .min_by_key(|(_, until)| (until.year, until.month, until.day))
            .map_or(&self.name, |(n, _)| n)
    }

    /// Its official name in `lang` (the primary subtag decides).
    pub fn name_in(&self, lang: &str) -> &str {
        let primary = crate::lang::primary(lang);
        self.names.get(primary).unwrap_or(&self.name)
    }

    /// The name pages show: the official name, with its last year when another unit
    /// of another time has the same name ("Phú Thọ (–2024)").
    pub fn shown(&self, lang: &str) -> String {
        match (self.qualified, self.years().1) {
            (true, Some(last)) => format!("{} (–{last})", self.name_in(lang)),
            _ => self.name_in(lang).to_string(),
        }
    }

    /// Every way a text may write it: its names, former names and other spellings.
    pub fn written_names(&self) -> impl Iterator<Item = &str> {
        let names =
            std::iter::once(self.name.as_str()).chain(self.names.values().map(String::as_str));
        let former = self.formerly.iter().map(|(n, _)| n.as_str());
        names
            .chain(former)
            .chain(self.spellings.iter().map(String::as_str))
    }

    /// Every spelling that means it: the ways a text writes it, and its id.
    fn all_spellings(&self) -> impl Iterator<Item = &str> {
        self.written_names()
            .chain(std::iter::once(self.id.as_str()))
    }
}

/// A register of regions, indexed by folded spelling.
#[derive(Clone, Default)]
pub struct Register {
    units: Vec<Unit>,
    /// Folded spelling → the units it may mean (one per time, in register order).
    index: HashMap<String, Vec<usize>>,
    by_id: HashMap<String, usize>,
    /// A hash of every unit, so that what is made from the register changes with it.
    fingerprint: u64,
}

impl std::fmt::Debug for Register {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Register({} units, {:x})",
            self.units.len(),
            self.fingerprint
        )
    }
}

impl PartialEq for Register {
    fn eq(&self, other: &Self) -> bool {
        self.fingerprint == other.fingerprint
    }
}

/// What a region's name means in a report's year.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// The unit of that name that existed in the year.
    Unit(usize),
    /// No unit of that name existed in the year: the nearest in time.
    NotInYear(usize),
    /// No unit has that name: the nearest names, closest first.
    Unknown(Vec<usize>),
}

impl Register {
    /// A register of `units` (lineage given as indexes into it); names the spellings
    /// two units of overlapping times share, which a register cannot have.
    pub fn new(mut units: Vec<Unit>) -> Result<Register, Vec<String>> {
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            for s in u.all_spellings() {
                let key = fold(s);
                if key.is_empty() {
                    continue;
                }
                let list = index.entry(key).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        let mut errors = Vec::new();
        let mut by_id = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            if let Some(j) = by_id.insert(u.id.clone(), i) {
                errors.push(format!(
                    "two entries have the id `{}` ({} and {})",
                    u.id, units[j].name, u.name
                ));
            }
        }
        let mut shared: Vec<(String, usize, usize)> = Vec::new();
        for (key, list) in &index {
            for (a, &i) in list.iter().enumerate() {
                for &j in &list[a + 1..] {
                    if overlap(&units[i], &units[j]) {
                        shared.push((key.clone(), i, j));
                    }
                }
            }
        }
        shared.sort();
        for (key, i, j) in shared {
            errors.push(format!(
                "`{}` and `{}` existed at the same time and are both written `{key}` once folded",
                units[i].name, units[j].name
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        for list in index.values() {
            let named: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&i| fold(&units[i].name) == fold(&units[list[0]].name))
                .collect();
            if named.len() > 1 {
                for &i in &named {
                    units[i].qualified = units[i].until.is_some();
                }
            }
        }
        let fingerprint = crate::hash::hash_of(&[format!("{units:?}").as_bytes()]);
        Ok(Register {
            units,
            index,
            by_id,
            fingerprint,
        })
    }

    /// The built-in register of Vietnam's provincial units (see [`vietnam`]).
    pub fn vietnam() -> Register {
        Register::new(vietnam::units()).expect("the built-in register is consistent")
    }

    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    pub fn unit(&self, i: usize) -> &Unit {
        &self.units[i]
    }

    pub fn by_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The units a spelling may mean (one per time), without looking at the year.
    pub fn candidates(&self, name: &str) -> &[usize] {
        self.index.get(&fold(name)).map_or(&[], Vec::as_slice)
    }

    /// Of `candidates`, the one that existed in `year` (`Found::Unit`), else the
    /// nearest in time (`Found::NotInYear`); `Found::Unknown` with the nearest names
    /// of `name` when there is none.
    pub fn pick(&self, name: &str, candidates: &[usize], year: i32) -> Found {
        if let Some(&i) = candidates.iter().find(|&&i| self.units[i].covers(year)) {
            return Found::Unit(i);
        }
        match candidates
            .iter()
            .min_by_key(|&&i| self.units[i].distance(year))
        {
            Some(&i) => Found::NotInYear(i),
            None => Found::Unknown(self.nearest(name, 3)),
        }
    }

    /// What `name` means in a report of `year`.
    pub fn resolve(&self, name: &str, year: i32) -> Found {
        self.pick(name, self.candidates(name), year)
    }

    /// The `n` units whose official names are nearest to `name`, once folded
    /// (a scan: only for a name the register does not know).
    pub fn nearest(&self, name: &str, n: usize) -> Vec<usize> {
        let key = fold(name);
        let mut scored: Vec<(usize, usize)> = self
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let d = u
                    .all_spellings()
                    .map(|s| strsim::osa_distance(&key, &fold(s)))
                    .min()
                    .unwrap_or(usize::MAX);
                (d, i)
            })
            .collect();
        scored.sort();
        let mut out: Vec<usize> = Vec::new();
        for (_, i) in scored {
            if out.len() == n {
                break;
            }
            if !out
                .iter()
                .any(|&j| self.units[j].name == self.units[i].name)
            {
                out.push(i);
            }
        }
        out
    }
}

fn overlap(a: &Unit, b: &Unit) -> bool {
    let (af, al) = a.years();
    let (bf, bl) = b.years();
    let starts_before_end = |f: Option<i32>, l: Option<i32>| match (f, l) {
        (Some(f), Some(l)) => f <= l,
        _ => true,
    };
    starts_before_end(af, bl) && starts_before_end(bf, al)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnam_resolves_by_year() {
        let reg = Register::vietnam();
        assert_eq!(reg.units().len(), 86);
        let name = |f: Found| match f {
            Found::Unit(i) => format!("{} {}", reg.unit(i).id, reg.unit(i).shown("vi")),
            other => format!("{other:?}"),
        };
        assert_eq!(
            name(reg.resolve("Phú Thọ", 2023)),
            "phu-tho-before-2025 Phú Thọ (–2024)"
        );
        assert_eq!(name(reg.resolve("tỉnh Phú Thọ", 2025)), "phu-tho Phú Thọ");
        assert_eq!(name(reg.resolve("Hoa Binh", 2022)), "hoa-binh Hòa Bình");
        assert_eq!(
            name(reg.resolve("Dak Lak province", 2025)),
            "dak-lak Đắk Lắk"
        );
        assert_eq!(name(reg.resolve("Hanoi", 2010)), "hanoi Hà Nội");
        assert_eq!(name(reg.resolve("Hanoi", 2026)), "hanoi Hà Nội");
        assert_eq!(name(reg.resolve("Thừa Thiên Huế", 2023)), "hue Huế");
        let hue = reg.unit(reg.by_id("hue").unwrap());
        assert_eq!(hue.name_of_year(2018), "Thừa Thiên Huế");
        assert_eq!(hue.name_of_year(2024), "Thừa Thiên Huế");
        assert_eq!(hue.name_of_year(2025), "Huế");
        assert_eq!(
            name(reg.resolve("TP.HCM", 2025)),
            "ho-chi-minh-city Thành phố Hồ Chí Minh"
        );
        let hb = reg.by_id("hoa-binh").unwrap();
        assert_eq!(reg.resolve("Hòa Bình", 2026), Found::NotInYear(hb));
        assert_eq!(reg.unit(hb).name_of_year(2018), "Hòa Bình");
        let pt = reg.unit(reg.by_id("phu-tho").unwrap());
        let from: Vec<&str> = pt
            .formed_from
            .iter()
            .map(|&i| reg.unit(i).name.as_str())
            .collect();
        assert_eq!(from, ["Vĩnh Phúc", "Hòa Bình", "Phú Thọ"]);
        assert_eq!(reg.unit(hb).into, reg.by_id("phu-tho"));
        assert_eq!(reg.unit(hb).code.as_deref(), Some("17"));
        assert_eq!(pt.code.as_deref(), Some("25"));
        match reg.resolve("Hoa Bnh", 2023) {
            Found::Unknown(near) => assert_eq!(reg.unit(near[0]).name, "Hòa Bình"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            reg.unit(reg.by_id("ho-chi-minh-city").unwrap())
                .name_in("en"),
            "Ho Chi Minh City"
        );
    }

    #[test]
    fn overlapping_spellings_are_refused() {
        let err = Register::new(vec![
            Unit::named("a", "Đắk Lắk"),
            Unit::named("b", "Dak Lak"),
        ])
        .unwrap_err();
        assert!(
            err[0].contains("`Đắk Lắk` and `Dak Lak` existed at the same time"),
            "{err:?}"
        );
    }
}
