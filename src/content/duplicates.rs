//! Two reports of one region for one year: an error naming both files, unless one is
//! a draft or one says which it supersedes (`replaces: <slug>`). A `replaces:` must
//! name a report of the site.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::Report;
use crate::diagnostics::{nearest, Diagnostic};
use crate::urls::slash_path;
use crate::urls::slugify;

/// The errors of reports that share a region and a year, and of `replaces:` keys that
/// name no report.
pub fn check(reports: &[Arc<Report>]) -> Vec<Diagnostic> {
    let by_slug: HashMap<&str, &Report> = reports.iter().map(|r| (r.slug.as_str(), &**r)).collect();
    let mut errors = Vec::new();
    for r in reports {
        let Some(target) = r.replaces.as_deref() else {
            continue;
        };
        let (line, col) = r.key_pos("replaces");
        if target == r.slug {
            errors.push(
                Diagnostic::new(
                    &r.path,
                    format!("`replaces: {target}` names this report itself"),
                )
                .at(line, col)
                .help("name the slug of the report this one supersedes"),
            );
        } else if !by_slug.contains_key(target) {
            let slugs: Vec<&str> = by_slug.keys().copied().collect();
            let help = match nearest(target, &slugs) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "name the slug of the report this one supersedes: its file name without .md, or its `slug:`".into(),
            };
            errors.push(
                Diagnostic::new(
                    &r.path,
                    format!("`replaces: {target}` names no report of the site"),
                )
                .at(line, col)
                .help(help),
            );
        }
    }
    // The reports counted: neither drafts (built with --drafts) nor replaced ones.
    let replaced: Vec<&str> = reports
        .iter()
        .filter_map(|r| r.replaces.as_deref())
        .collect();
    // Each region's slug made once (10,000 reports name a few hundred regions).
    let mut slugs: HashMap<&str, Arc<str>> = HashMap::new();
    let mut by_place: BTreeMap<(Arc<str>, i32), Vec<&Report>> = BTreeMap::new();
    for r in reports {
        if !r.draft && !replaced.contains(&r.slug.as_str()) {
            let slug = slugs
                .entry(r.region.as_str())
                .or_insert_with(|| slugify(&r.region).into());
            by_place.entry((slug.clone(), r.year)).or_default().push(r);
        }
    }
    for same in by_place.values_mut().filter(|v| v.len() > 1) {
        same.sort_by(|a, b| a.path.cmp(&b.path));
        let first = same[0];
        for r in &same[1..] {
            let (line, col) = r.key_pos("region");
            errors.push(
                Diagnostic::new(
                    &r.path,
                    format!(
                        "{} has two reports for {}: this one and {}",
                        r.region,
                        r.year,
                        slash_path(&first.path)
                    ),
                )
                .at(line, col)
                .help(format!(
                    "keep one: mark the other `draft: true`, or say which supersedes which with `replaces: {}` in this one (or `replaces: {}` in the other); a replaced report stays readable, marked as replaced, and is counted nowhere",
                    first.slug, r.slug
                )),
            );
        }
    }
    errors
}
