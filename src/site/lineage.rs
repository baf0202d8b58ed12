//! With a register of regions: each region page's history (when and into what an old
//! unit merged, what a new unit was formed from, its former names, its code), as
//! sentences in the tree's language with links to the regions that have pages.

use std::collections::BTreeMap;

use serde::Serialize;

use super::today::{year_units, YearUnits};
use crate::escape::escape;
use crate::i18n::{fill, Locale};
use crate::regions::Register;
use crate::urls::{self, Urls};

/// What a region page says of the region's history.
#[derive(Debug, Clone, Serialize)]
pub struct RegionHistory {
    /// The unit's code in the register, when it has one.
    pub code: Option<String>,
    /// "until 30 June 2025", "from 1 July 2025", empty for a unit open at both ends.
    pub period: String,
    /// Sentences as HTML (every name escaped, the regions with pages linked).
    pub sentences: Vec<String>,
}

/// Where a region's boundary changed: the regions (with pages) it was formed from, and
/// when, for the charts that show their series beside its own.
#[derive(Debug, Clone)]
pub struct Boundary {
    /// The predecessors' slugs (ids), in the register's order.
    pub parts: Vec<String>,
    /// The first year the region reports for.
    pub first_year: i32,
    /// "1 July 2025: formed from Vĩnh Phúc, Hòa Bình and Phú Thọ (–2024)", plain text.
    pub label: String,
    /// "1 July 2025".
    pub date: String,
}

/// With a register: each region's history and boundary, by slug (empty without).
#[derive(Debug, Default)]
pub struct Lineage {
    pub histories: BTreeMap<String, RegionHistory>,
    pub boundaries: BTreeMap<String, Boundary>,
    /// What each year page says of its regions, by year.
    pub years: BTreeMap<i32, YearUnits>,
}

impl Lineage {
    /// With a register: the histories and boundaries of the regions that have pages,
    /// and what each year page says of its regions.
    pub(super) fn of_site(
        reg: Option<&Register>,
        regions: &[super::Group],
        years: &[super::YearView],
        with: (&Locale, &crate::figure_table::FigureTable, &Urls),
    ) -> Lineage {
        let pages = regions.iter().enumerate();
        let pages: BTreeMap<String, usize> = pages.map(|(i, g)| (g.slug.clone(), i)).collect();
        let mut lineage = Lineage::new(reg, with.0, with.2, &pages);
        lineage.years = year_units(reg, years, with, &pages);
        lineage
    }

    /// The lineage of the regions that have pages (`pages`: slug → place in the list).
    fn new(
        reg: Option<&Register>,
        loc: &Locale,
        urls: &Urls,
        pages: &BTreeMap<String, usize>,
    ) -> Lineage {
        let Some(reg) = reg else {
            return Lineage::default();
        };
        let mut boundaries = BTreeMap::new();
        for i in pages.keys().filter_map(|id| reg.by_id(id)) {
            let u = reg.unit(i);
            let (Some(first), Some(from)) = (u.years().0, u.from.as_ref()) else {
                continue;
            };
            let parts: Vec<String> = u
                .formed_from
                .iter()
                .map(|&j| reg.unit(j).id.clone())
                .filter(|id| pages.contains_key(id))
                .collect();
            if parts.is_empty() {
                continue;
            }
            let names: Vec<String> = u
                .formed_from
                .iter()
                .map(|&j| reg.unit(j).shown(&loc.lang))
                .collect();
            let date = loc.date(from);
            let values = [("date", date.as_str()), ("parts", &loc.and_list(&names))];
            let boundary = Boundary {
                parts,
                first_year: first,
                label: fill(loc.get("region_boundary"), &values),
                date,
            };
            boundaries.insert(u.id.clone(), boundary);
        }
        Lineage {
            histories: histories(reg, loc, urls, pages),
            boundaries,
            years: BTreeMap::new(),
        }
    }
}

struct Namer<'a> {
    reg: &'a Register,
    loc: &'a Locale,
    urls: &'a Urls,
    /// The regions that have a page (a report), by id.
    pages: &'a BTreeMap<String, usize>,
}

impl Namer<'_> {
    /// A unit's name as HTML: a link to its page when it has one.
    fn html(&self, i: usize) -> String {
        let u = self.reg.unit(i);
        let name = escape(&u.shown(&self.loc.lang));
        match self.pages.contains_key(&u.id) {
            true => {
                let url = self.urls.url_for(&urls::region_path(&u.id));
                format!("<a href=\"{}\">{name}</a>", escape(&url))
            }
            false => name,
        }
    }

    fn date(&self, d: Option<&crate::content::date::Date>) -> String {
        d.map(|d| self.loc.date(d)).unwrap_or_default()
    }

    fn history(&self, i: usize) -> RegionHistory {
        let u = self.reg.unit(i);
        let mut sentences = Vec::new();
        let name = escape(&u.shown(&self.loc.lang));
        if !u.formed_from.is_empty() {
            let parts: Vec<String> = u.formed_from.iter().map(|&j| self.html(j)).collect();
            let from = self.date(u.from.as_ref());
            let values = [
                ("name", name.as_str()),
                ("date", &from),
                ("parts", &self.loc.and_list(&parts)),
            ];
            sentences.push(fill(self.loc.get("region_formed_from"), &values));
        }
        for (old, until) in &u.formerly {
            let values = [("old", escape(old)), ("date", self.loc.date(until))];
            let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            sentences.push(fill(self.loc.get("region_formerly"), &values));
        }
        if let Some(into) = u.into {
            let successor = self.reg.unit(into);
            let others: Vec<String> = successor
                .formed_from
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| self.html(j))
                .collect();
            let day = self.date(successor.from.as_ref());
            let (key, others) = match others.is_empty() {
                true => ("region_became_part", String::new()),
                false => ("region_merged_into", self.loc.and_list(&others)),
            };
            let values = [
                ("name", name.as_str()),
                ("date", &day),
                ("others", &others),
                ("into", &self.html(into)),
            ];
            sentences.push(fill(self.loc.get(key), &values));
        }
        let period = match (&u.from, &u.until) {
            (Some(f), None) => fill(self.loc.get("region_since"), &[("date", &self.loc.date(f))]),
            (None, Some(t)) => fill(self.loc.get("region_until"), &[("date", &self.loc.date(t))]),
            (Some(f), Some(t)) => format!("{} – {}", self.loc.date(f), self.loc.date(t)),
            (None, None) => String::new(),
        };
        RegionHistory {
            code: u.code.clone(),
            period,
            sentences,
        }
    }
}

/// The history of each region that has a page (`pages`: the regions' ids, with
/// their place in the site's list), by id.
fn histories(
    reg: &Register,
    loc: &Locale,
    urls: &Urls,
    pages: &BTreeMap<String, usize>,
) -> BTreeMap<String, RegionHistory> {
    let namer = Namer {
        reg,
        loc,
        urls,
        pages,
    };
    pages
        .keys()
        .filter_map(|id| reg.by_id(id))
        .map(|i| (reg.unit(i).id.clone(), namer.history(i)))
        .collect()
}
