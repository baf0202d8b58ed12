//! The one name each region and tag is shown with: reports may spell a place several
//! ways that make the same URL; the spelling most reports use wins, and each other
//! spelling gets a note. With a register of regions, a region is the register's unit
//! its spelling means in the report's year, shown with its official name.

use std::collections::BTreeMap;

// Looked up several times per report at each rebuild: a fast hash.
use foldhash::{HashMap, HashMapExt};
use std::sync::Arc;

use crate::content::Report;
use crate::diagnostics::Diagnostic;
use crate::regions::{Found, Register};
use crate::urls::slugify;

/// Each region spelling of the reports, with the units of the register it may mean.
pub(super) type Candidates = HashMap<String, Vec<usize>>;

/// The name each region and tag is shown with, by slug.
#[derive(Default)]
pub(super) struct Names {
    pub(super) regions: HashMap<String, String>,
    pub(super) tags: HashMap<String, String>,
    /// Each name's slug, made once.
    slugs: HashMap<String, String>,
    /// With a register: the units each region spelling may mean.
    pub(super) register: Option<(Arc<Register>, Candidates)>,
}

impl Names {
    /// The most used spelling of each slug (ties: the newest report's), and a note
    /// for each slug written more than one way.
    pub(super) fn choose(
        reports: &[Arc<Report>],
        register: Option<&Arc<Register>>,
    ) -> (Names, Vec<Diagnostic>) {
        let mut notes = Vec::new();
        let mut slugs = HashMap::new();
        let (regions, register) = match register {
            None => (
                most_used(
                    reports.iter().map(|r| (r.region.as_str(), &**r)),
                    "region",
                    &mut notes,
                    &mut slugs,
                ),
                None,
            ),
            Some(reg) => {
                let mut known: HashMap<String, Vec<usize>> = HashMap::new();
                for r in reports {
                    if !known.contains_key(&r.region) {
                        known.insert(r.region.clone(), reg.candidates(&r.region).to_vec());
                    }
                }
                (HashMap::new(), Some((reg.clone(), known)))
            }
        };
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
            register,
        };
        (names, notes)
    }

    /// With a register, the unit a report's region means in its year (the nearest in
    /// time when none of that name existed then; None for a name it does not know).
    pub(super) fn unit_of(&self, name: &str, year: i32) -> Option<(&Register, usize)> {
        let (reg, known) = self.register.as_ref()?;
        let candidates = known.get(name).map_or(&[][..], Vec::as_slice);
        match reg.pick(name, candidates, year) {
            Found::Unit(i) | Found::NotInYear(i) => Some((reg, i)),
            Found::Unknown(_) => None,
        }
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

/// How many letters of a spelling carry diacritics (or are not ASCII): on a tie of
/// reports, the spelling with more wins (`Đắk Lắk` over `Dak Lak`).
fn diacritics(name: &str) -> usize {
    name.chars().filter(|c| !c.is_ascii()).count()
}

/// "a.md, b.md" (three at most, then "and N more").
fn files(reports: &[&Report]) -> String {
    let mut names: Vec<String> = reports
        .iter()
        .take(3)
        .map(|r| crate::urls::slash_path(&r.path))
        .collect();
    if reports.len() > 3 {
        names.push(format!("and {} more", reports.len() - 3));
    }
    names.join(", ")
}

/// One spelling of a slug: how many reports use it, and which (newest first).
struct Spelling<'a> {
    name: &'a str,
    reports: Vec<&'a Report>,
}

/// Spellings by slug, counted; `names` come newest report first.
fn most_used<'a>(
    names: impl Iterator<Item = (&'a str, &'a Report)>,
    what: &str,
    notes: &mut Vec<Diagnostic>,
    slugs: &mut HashMap<String, String>,
) -> HashMap<String, String> {
    // Each spelling once, in the order first met (a few hundred for 10,000 reports),
    // then slugged once.
    let mut spellings: Vec<Spelling> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (name, report) in names {
        match seen.get(name) {
            Some(&i) => spellings[i].reports.push(report),
            None => {
                seen.insert(name, spellings.len());
                spellings.push(Spelling {
                    name,
                    reports: vec![report],
                });
            }
        }
    }
    let mut by_slug: BTreeMap<String, Vec<Spelling>> = BTreeMap::new();
    for spelling in spellings {
        let slug = match slugs.get(spelling.name) {
            Some(s) => s.clone(),
            None => {
                let s = slugify(spelling.name);
                slugs.insert(spelling.name.to_string(), s.clone());
                s
            }
        };
        by_slug.entry(slug).or_default().push(spelling);
    }
    let mut out = HashMap::new();
    for (slug, spellings) in by_slug {
        // Most reports; on a tie, diacritics; then the newest report's.
        let best = spellings
            .iter()
            .enumerate()
            .max_by_key(|(i, s)| (s.reports.len(), diacritics(s.name), std::cmp::Reverse(*i)))
            .map(|(_, s)| s)
            .expect("a slug has a spelling");
        for other in spellings.iter().filter(|s| s.name != best.name) {
            let report = other.reports[0];
            let (line, col) = report.key_pos(what);
            notes.push(
                Diagnostic::new(
                    &report.path,
                    format!(
                        "{what}: `{}` ({}) is merged with `{}` ({})",
                        other.name,
                        files(&other.reports),
                        best.name,
                        files(&best.reports)
                    ),
                )
                .at(line, col)
                .help(format!("both make the same URL; every page shows `{}`, the spelling most reports use (on a tie, the one with diacritics): write it so here too, or give the {what} a name of its own", best.name)),
            );
        }
        out.insert(slug, best.name.to_string());
    }
    out
}
