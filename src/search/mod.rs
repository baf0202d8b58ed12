//! Search, with no server: each language tree gets an index under `search/` that the
//! browser (`themes/default/static/search.js`) fetches a piece at a time, only once the
//! reader uses the search box.
//!
//! - `search/index.json`: the words the results are shown with, the shards that exist,
//!   every region (its folded name and the run of report numbers it holds) and year;
//! - `search/t/<key>.json`: the postings of every token whose first two folded
//!   characters are `<key>` ([`fold::shard_key`]), as [`postings`] writes them;
//! - `search/r/<k>.json`: what a result shows of reports `k*CHUNK ..`: title, region,
//!   year, date, headline figures and links.
//!
//! Reports are numbered region by region (as the regions are listed), newest first
//! within each, so a region's reports are one run and land in few record files.
//! Tokens come from a report's title, region, union, year, tags and the names of the
//! figures it states, in the tree's language and in the report's own ("thu nhap" finds
//! the Vietnamese reports that state an income in an English tree too), folded by
//! [`fold::fold`].

use std::collections::BTreeMap;

use foldhash::HashMap;

use serde::Serialize;

use crate::figure_table::FigureTable;
use crate::site::{ReportView, Site};

pub mod fold;
mod postings;

/// Where each tree's index lives, under the tree's root.
pub const DIR: &str = "search/";
/// Reports per record file.
pub const CHUNK: usize = 20;

/// The index files of one tree, with their paths under the site's root.
pub fn files(site: &Site, table: &FigureTable) -> Vec<(String, String)> {
    let order = numbering(site);
    let n = order.len();
    // Each token is looked up as the text it is and made a `String` only the first
    // time it comes (most come thousands of times: a region's name, a figure's).
    let mut tokens: HashMap<String, Vec<u32>> = HashMap::default();
    let mut cache: HashMap<&str, Vec<String>> = HashMap::default();
    // A figure's name in the report's own language, by language and key.
    let mut own: HashMap<(&str, &str), Vec<String>> = HashMap::default();
    for (id, &i) in order.iter().enumerate() {
        let view = &site.reports[i];
        let id = id as u32;
        let mut add = |t: &str| match tokens.get_mut(t) {
            Some(ids) => {
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
            None => {
                tokens.insert(t.to_string(), vec![id]);
            }
        };
        for t in fold::tokens(&view.title).chain(fold::tokens(&view.union)) {
            add(&t);
        }
        add(&view.year.to_string());
        let names = std::iter::once(view.region.name.as_str())
            .chain(view.tags.iter().map(|t| t.name.as_str()))
            .chain(view.figures.iter().map(|f| &*f.label));
        for name in names {
            let toks = cache
                .entry(name)
                .or_insert_with(|| fold::tokens(name).collect());
            toks.iter().for_each(|t| add(t));
        }
        if view.lang_shown {
            for f in &view.figures {
                let toks = own
                    .entry((view.lang.as_str(), &*f.key))
                    .or_insert_with(|| fold::tokens(&table.label(&f.key, &view.lang)).collect());
                toks.iter().for_each(|t| add(t));
            }
        }
    }
    let mut shards: BTreeMap<String, Vec<(String, Vec<u32>)>> = BTreeMap::new();
    for (token, ids) in tokens {
        shards
            .entry(fold::shard_key(&token))
            .or_default()
            .push((token, ids));
    }
    let prefix = format!("{}{DIR}", site.site.prefix);
    let mut out = vec![(
        format!("{prefix}index.json"),
        meta(site, &order, shards.keys()),
    )];
    for (key, mut entries) in shards {
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::from("{");
        for (k, (token, ids)) in entries.iter().enumerate() {
            if k > 0 {
                text.push(',');
            }
            text.push_str(&serde_json::to_string(token).expect("a string"));
            text.push(':');
            postings::write(ids, n, &mut text);
        }
        text.push('}');
        out.push((format!("{prefix}t/{key}.json"), text));
    }
    for (k, chunk) in order.chunks(CHUNK).enumerate() {
        let records: Vec<Record> = chunk
            .iter()
            .map(|&i| record(&site.reports[i], site))
            .collect();
        let text = serde_json::to_string(&records).expect("records serialise");
        out.push((format!("{prefix}r/{k}.json"), text));
    }
    out
}

/// The reports of `site` (indexes into `site.reports`) in the order they are numbered.
fn numbering(site: &Site) -> Vec<usize> {
    let mut order: Vec<usize> = site
        .regions
        .iter()
        .flat_map(|g| g.reports.iter().copied())
        .collect();
    // Every report has one region; were one missing, it still gets a number.
    if order.len() != site.reports.len() {
        let mut seen = vec![false; site.reports.len()];
        order.retain(|&i| !std::mem::replace(&mut seen[i], true));
        order.extend((0..site.reports.len()).filter(|&i| !seen[i]));
    }
    order
}

/// One result as `search.js` shows it.
#[derive(Serialize)]
struct Record<'a> {
    /// Title, link, and the report's language when it is not the tree's.
    t: &'a str,
    u: &'a str,
    l: &'a str,
    /// Region and its page, year and its page.
    r: &'a str,
    ru: &'a str,
    y: i32,
    yu: String,
    /// Conference date: ISO and as the tree writes it.
    d: &'a str,
    dl: &'a str,
    /// The headline figures (`FigureTable::headline`), "–" when not given.
    f: Vec<&'a str>,
}

fn record<'a>(v: &'a ReportView, site: &Site) -> Record<'a> {
    Record {
        t: &v.title,
        u: &v.url,
        l: if v.lang_shown { &v.lang } else { "" },
        r: &v.region.name,
        ru: &v.region.url,
        y: v.year,
        yu: site.urls.url_for(&crate::urls::year_path(v.year)),
        d: &v.date,
        dl: &v.date_long,
        f: v.headline.cells.iter().map(|c| c.value.as_str()).collect(),
    }
}

/// `search/index.json`.
#[derive(Serialize)]
struct Meta<'a> {
    /// How many reports, and how many a record file holds.
    n: usize,
    chunk: usize,
    shards: Vec<&'a String>,
    /// Name, folded name, page, first report number, how many reports.
    regions: Vec<(&'a str, String, &'a str, usize, usize)>,
    /// Year and page.
    years: Vec<(i32, &'a str)>,
    /// The interface words results are shown with.
    words: BTreeMap<&'static str, &'a str>,
}

const WORDS: &[&str] = &[
    "region",
    "year",
    "total",
    "new",
    "effective",
    "income_per_worker",
    "search_results",
    "search_none",
    "search_more",
    "search_all",
];

fn meta<'a>(site: &'a Site, order: &[usize], shards: impl Iterator<Item = &'a String>) -> String {
    let mut start = 0;
    let regions = site
        .regions
        .iter()
        .map(|g| {
            let entry = (
                g.name.as_str(),
                fold::fold(&g.name),
                g.url.as_str(),
                start,
                g.reports.len(),
            );
            start += g.reports.len();
            entry
        })
        .collect();
    let meta = Meta {
        n: order.len(),
        chunk: CHUNK,
        shards: shards.collect(),
        regions,
        years: site
            .years
            .iter()
            .map(|y| (y.year, y.url.as_str()))
            .collect(),
        words: WORDS.iter().map(|&k| (k, site.loc.get(k))).collect(),
    };
    serde_json::to_string(&meta).expect("the index serialises")
}
