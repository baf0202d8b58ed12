//! The one name each region and tag is shown with: reports may spell a place several
//! ways that make the same URL; the spelling most reports use wins, and each other
//! spelling gets a note.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::content::{slugify, Report};
use crate::diagnostics::Diagnostic;

/// The name each region and tag is shown with, by slug.
#[derive(Default)]
pub(super) struct Names {
    pub(super) regions: HashMap<String, String>,
    pub(super) tags: HashMap<String, String>,
    /// Each name's slug, made once.
    slugs: HashMap<String, String>,
}

impl Names {
    /// The most used spelling of each slug (ties: the newest report's), and a note
    /// for each slug written more than one way.
    pub(super) fn choose(reports: &[Arc<Report>]) -> (Names, Vec<Diagnostic>) {
        let mut notes = Vec::new();
        let mut slugs = HashMap::new();
        let regions = most_used(
            reports.iter().map(|r| (r.region.as_str(), &**r)),
            "region",
            &mut notes,
            &mut slugs,
        );
        let tags = most_used(
            reports
                .iter()
                .flat_map(|r| r.tags.iter().map(move |t| (t.as_str(), &**r))),
            "tags",
            &mut notes,
            &mut slugs,
        );
        let names = Names {
            regions,
            tags,
            slugs,
        };
        (names, notes)
    }

    pub(super) fn slug(&self, name: &str) -> String {
        match self.slugs.get(name) {
            Some(s) => s.clone(),
            None => slugify(name),
        }
    }

    /// The name a region (or tag) is shown with.
    pub(super) fn shown<'a>(&'a self, name: &'a str, region: bool) -> &'a str {
        let names = if region { &self.regions } else { &self.tags };
        self.slugs
            .get(name)
            .and_then(|slug| names.get(slug))
            .map_or(name, String::as_str)
    }
}

/// Spellings by slug, counted; `names` come newest report first.
fn most_used<'a>(
    names: impl Iterator<Item = (&'a str, &'a Report)>,
    what: &str,
    notes: &mut Vec<Diagnostic>,
    slugs: &mut HashMap<String, String>,
) -> HashMap<String, String> {
    let mut by_slug: BTreeMap<String, Vec<(&str, usize, &Report)>> = BTreeMap::new();
    for (name, report) in names {
        let slug = match slugs.get(name) {
            Some(s) => s.clone(),
            None => {
                let s = slugify(name);
                slugs.insert(name.to_string(), s.clone());
                s
            }
        };
        let spellings = by_slug.entry(slug).or_default();
        match spellings.iter_mut().find(|(n, _, _)| *n == name) {
            Some(entry) => entry.1 += 1,
            None => spellings.push((name, 1, report)),
        }
    }
    let mut out = HashMap::new();
    for (slug, spellings) in by_slug {
        let best = spellings
            .iter()
            .enumerate()
            .max_by_key(|(i, (_, n, _))| (*n, std::cmp::Reverse(*i)))
            .map(|(_, s)| s.0)
            .unwrap_or_default();
        for (name, _, report) in spellings.iter().filter(|s| s.0 != best) {
            let (line, col) = report.key_pos(what);
            notes.push(
                Diagnostic::new(
                    &report.path,
                    format!("{what}: `{name}` is merged with `{best}`, the spelling most reports use"),
                )
                .at(line, col)
                .help(format!("both make the same URL; every page shows `{best}`: write it so here too, or give the {what} a name of its own")),
            );
        }
        out.insert(slug, best.to_string());
    }
    out
}
