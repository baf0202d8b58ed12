//! `data/regions.json`: the site's register of regions with its lineage (each unit's
//! id, code, names, spellings, dates, what it was formed from and merged into, and its
//! page when it has reports), or, without a register, the regions the reports name.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::regions::Unit;
use crate::site::Site;

pub const REGIONS_JSON: &str = "data/regions.json";

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    code: Option<&'a str>,
    name: &'a str,
    /// Official names by language, where they differ from `name`.
    names: &'a BTreeMap<String, String>,
    spellings: &'a [String],
    /// First and last day (`YYYY-MM-DD`), null when open.
    from: Option<String>,
    until: Option<String>,
    /// The years its reports can review (a report's region is the unit that existed on
    /// 31 December of the year under review).
    first_year: Option<i32>,
    last_year: Option<i32>,
    formerly: Vec<Former<'a>>,
    /// Ids of the units it was formed from.
    formed_from: Vec<&'a str>,
    /// Id of the unit it merged into.
    merged_into: Option<&'a str>,
    /// Its page, when the site has reports of it.
    url: Option<String>,
    reports: usize,
}

#[derive(Serialize)]
struct Former<'a> {
    name: &'a str,
    until: String,
}

#[derive(Serialize)]
struct File<'a> {
    /// Whether the site has a register; without one, each region is a name reports use.
    register: bool,
    rule: &'static str,
    regions: Vec<Entry<'a>>,
}

const RULE: &str =
    "A report's region is the unit that existed on 31 December of the year it reviews.";

/// `data/regions.json`, written to `w`.
pub fn write_regions_json(site: &Site, w: &mut dyn Write) -> io::Result<()> {
    let pages: BTreeMap<&str, (&str, usize)> = site
        .regions
        .iter()
        .map(|g| (g.slug.as_str(), (g.path.as_str(), g.reports.len())))
        .collect();
    let page = |id: &str| {
        let &(path, n) = pages.get(id)?;
        Some((site.urls.abs_url(path), n))
    };
    let empty = BTreeMap::new();
    let regions: Vec<Entry> = match &site.register {
        Some(reg) => reg
            .units()
            .iter()
            .map(|u| {
                let (url, reports) = page(&u.id).map_or((None, 0), |(u, n)| (Some(u), n));
                entry(u, reg, url, reports)
            })
            .collect(),
        None => site
            .regions
            .iter()
            .map(|g| Entry {
                id: &g.slug,
                code: None,
                name: &g.name,
                names: &empty,
                spellings: &[],
                from: None,
                until: None,
                first_year: None,
                last_year: None,
                formerly: Vec::new(),
                formed_from: Vec::new(),
                merged_into: None,
                url: Some(site.urls.abs_url(&g.path)),
                reports: g.reports.len(),
            })
            .collect(),
    };
    let file = File {
        register: site.register.is_some(),
        rule: RULE,
        regions,
    };
    serde_json::to_writer_pretty(&mut *w, &file)?;
    w.write_all(b"\n")
}

fn entry<'a>(
    u: &'a Unit,
    reg: &'a crate::regions::Register,
    url: Option<String>,
    reports: usize,
) -> Entry<'a> {
    let (first_year, last_year) = u.years();
    Entry {
        id: &u.id,
        code: u.code.as_deref(),
        name: &u.name,
        names: &u.names,
        spellings: &u.spellings,
        from: u.from.map(|d| d.to_string()),
        until: u.until.map(|d| d.to_string()),
        first_year,
        last_year,
        formerly: u
            .formerly
            .iter()
            .map(|(name, until)| Former {
                name,
                until: until.to_string(),
            })
            .collect(),
        formed_from: u
            .formed_from
            .iter()
            .map(|&i| reg.unit(i).id.as_str())
            .collect(),
        merged_into: u.into.map(|i| reg.unit(i).id.as_str()),
        url,
        reports,
    }
}
