//! Translations: `<name>.<lang>.md` beside `<name>.md` is the same report in another
//! language. It is counted once; each language's tree shows it in its own language
//! where a translation exists. Figures and targets that differ between the two are an
//! error naming both files.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::figures::{Figures, Value};
use super::Report;
use crate::diagnostics::Diagnostic;

/// The language a file name gives a translation: `a.en.md` → `en`, when `en` is a
/// language code.
pub fn suffix_lang(rel: &Path) -> Option<String> {
    let stem = rel.file_stem()?.to_str()?;
    let (_, lang) = stem.rsplit_once('.')?;
    crate::lang::is_language_tag(lang).then(|| lang.to_string())
}

/// The file a translation translates: `2023/a.en.md` → `2023/a.md`.
fn base_of(rel: &Path) -> Option<PathBuf> {
    let stem = rel.file_stem()?.to_str()?;
    let (name, _) = stem.rsplit_once('.')?;
    Some(rel.with_file_name(format!("{name}.md")))
}

/// Reports and their translations, linked.
#[derive(Debug, Default)]
pub struct Linked {
    /// Every report once, in its own file's language.
    pub reports: Vec<Arc<Report>>,
    /// Translations by the `rel` of the report they translate.
    pub translations: BTreeMap<PathBuf, Vec<Arc<Report>>>,
}

/// Sets each translation apart from the reports, with its report's slug, and checks
/// that the two state the same figures and targets.
pub fn link(all: Vec<Arc<Report>>) -> (Linked, Vec<Diagnostic>) {
    // Which files translate another, decided with the paths borrowed; most names
    // have no language suffix and are settled without a lookup, and a site with no
    // such name builds no set (made on one core while the other waits).
    let bases: Vec<Option<PathBuf>> = match all.iter().any(|r| suffix_lang(&r.rel).is_some()) {
        false => vec![None; all.len()],
        true => {
            let rels: HashSet<&Path> = all.iter().map(|r| r.rel.as_path()).collect();
            all.iter()
                .map(|r| {
                    suffix_lang(&r.rel)?;
                    base_of(&r.rel).filter(|b| rels.contains(b.as_path()))
                })
                .collect()
        }
    };
    let mut out = Linked::default();
    let mut pending = Vec::new();
    for (r, base) in all.into_iter().zip(bases) {
        match base {
            Some(base) => pending.push((base, r)),
            None => out.reports.push(r),
        }
    }
    let originals: HashMap<&Path, &Arc<Report>> = match pending.is_empty() {
        true => HashMap::new(),
        false => out.reports.iter().map(|r| (r.rel.as_path(), r)).collect(),
    };
    let mut errors = Vec::new();
    for (base, mut t) in pending {
        let Some(original) = originals.get(base.as_path()) else {
            continue; // the original is a draft left out, or failed to parse
        };
        errors.extend(other_place_or_year(original, &t));
        errors.extend(differences(
            original,
            &t,
            "figures",
            &original.figures,
            &t.figures,
        ));
        errors.extend(differences(
            original,
            &t,
            "targets",
            &original.targets,
            &t.targets,
        ));
        if t.slug != original.slug {
            Arc::make_mut(&mut t).slug = original.slug.clone();
        }
        out.translations.entry(base).or_default().push(t);
    }
    (out, errors)
}

/// A translation about another region or year than its report's: an error naming
/// both files (the region compared as [`crate::place_name::fold`] spells it, so `Hoa Binh`
/// translates `Hòa Bình`).
fn other_place_or_year(original: &Report, t: &Report) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut say = |key: &str, here: &str, there: &str| {
        let (line, col) = t.key_pos(key);
        out.push(
            Diagnostic::new(
                &t.path,
                format!(
                    "{key}: {here} here, but {there} in {}, the report it translates",
                    original.path.display()
                ),
            )
            .at(line, col)
            .help(format!(
                "a translation is the same report in another language: give it the {key} of {} (or, if it is another report, give it a name of its own)",
                original.path.display()
            )),
        );
    };
    if crate::place_name::fold(&t.region) != crate::place_name::fold(&original.region) {
        say("region", &t.region, &original.region);
    }
    if t.year != original.year {
        say("year", &t.year.to_string(), &original.year.to_string());
    }
    out
}

/// Translations into a language that none of the site's `trees` shows: set aside (the
/// report they translate is shown as it is), each a warning naming its file.
pub fn set_aside_unused(
    translations: &mut BTreeMap<PathBuf, Vec<Arc<Report>>>,
    trees: &[String],
) -> Vec<Diagnostic> {
    let shown = |t: &Report| {
        trees
            .iter()
            .any(|l| crate::lang::primary(l) == crate::lang::primary(&t.lang))
    };
    let mut warnings = Vec::new();
    for (base, list) in translations.iter_mut() {
        list.retain(|t| {
            if shown(t) {
                return true;
            }
            let (line, col) = t.key_pos("lang");
            let original = Path::new("content").join(base);
            warnings.push(
                Diagnostic::new(
                    &t.path,
                    format!(
                        "this translation into `{}` is not used: the site's languages are {}, so {} is shown as it is",
                        t.lang,
                        trees.join(", "),
                        original.display()
                    ),
                )
                .at(line.max(1), col.max(1))
                .help(format!(
                    "to publish it, add it to coopsite.yaml: `languages: [{}, {}]`; else remove the file",
                    trees.join(", "),
                    t.lang
                )),
            );
            false
        });
    }
    translations.retain(|_, list| !list.is_empty());
    warnings
}

/// Figures a translation states differently from its report.
fn differences(
    original: &Report,
    t: &Report,
    section: &str,
    a: &Figures,
    b: &Figures,
) -> Vec<Diagnostic> {
    let keys: std::collections::BTreeSet<&String> = a.0.keys().chain(b.0.keys()).collect();
    let shown = |v: Option<&Value>| {
        v.map_or("nothing".to_string(), |v| {
            crate::numfmt::plain_number(v.as_f64())
        })
    };
    keys.into_iter()
        .filter(|k| !same(a.get(k), b.get(k)))
        .map(|k| {
            let (line, col) = t.key_pos(section);
            Diagnostic::new(
                &t.path,
                format!(
                    "{section}.{k}: {} here, but {} in {}, the report it translates",
                    shown(b.get(k)),
                    shown(a.get(k)),
                    original.path.display()
                ),
            )
            .at(line, col)
            .help(
                "a translation states the same figures as its report: correct one of the two files",
            )
        })
        .collect()
}

fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(Value::Money(x)), Some(Value::Money(y))) => {
            x.currency == y.currency && (x.per_year() - y.per_year()).abs() < 1e-6
        }
        (Some(x), Some(y)) => (x.as_f64() - y.as_f64()).abs() < 1e-9,
        _ => false,
    }
}

/// The reports as one language's tree shows them: in that language where a
/// translation exists (its title, union, summary, text and sentences, with the
/// report's region, dates, tags and figures), else as written. Each lists the
/// languages it exists in.
pub fn in_language(
    reports: &[Arc<Report>],
    translations: &BTreeMap<PathBuf, Vec<Arc<Report>>>,
    lang: &str,
) -> Vec<Arc<Report>> {
    let primary = crate::lang::primary(lang);
    reports
        .iter()
        .map(|r| {
            let Some(translations) = translations.get(&r.rel) else {
                // Only in its own language: shown as it is, shared with the cache.
                return r.clone();
            };
            let mut langs: Vec<String> = std::iter::once(r.lang.clone())
                .chain(translations.iter().map(|t| t.lang.clone()))
                .collect();
            langs.sort();
            langs.dedup();
            let chosen = translations.iter().find(|t| {
                crate::lang::primary(&t.lang) == primary && crate::lang::primary(&r.lang) != primary
            });
            let mut shown = match chosen {
                Some(t) => Report {
                    region: r.region.clone(),
                    date: r.date,
                    year: r.year,
                    tags: r.tags.clone(),
                    figures: r.figures.clone(),
                    targets: r.targets.clone(),
                    slug: r.slug.clone(),
                    slug_pos: r.slug_pos,
                    draft: r.draft,
                    replaces: r.replaces.clone(),
                    version: crate::hash::hash_of(&[
                        &r.version.to_le_bytes(),
                        &t.version.to_le_bytes(),
                    ]),
                    ..Report::clone(t)
                },
                None => Report::clone(r),
            };
            shown.languages = langs;
            Arc::new(shown)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_translations() {
        assert_eq!(
            suffix_lang(Path::new("2023/a.en.md")).as_deref(),
            Some("en")
        );
        assert_eq!(suffix_lang(Path::new("2023/a.md")), None);
        assert_eq!(suffix_lang(Path::new("2023/v1.2.md")), None);
        assert_eq!(
            base_of(Path::new("2023/a.en.md")),
            Some(PathBuf::from("2023/a.md"))
        );
    }
}
