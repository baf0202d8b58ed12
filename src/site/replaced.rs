//! Reports another one supersedes (`replaces: <slug>`): set apart before the model
//! counts anything, then given a page of their own that says what replaced them.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Ctx, Neighbour, ReportView};
use crate::content::Report;

/// A replaced report and the slug of the report that replaced it.
pub(super) type Replaced = (Arc<Report>, String);

/// The reports counted, and the replaced ones.
pub(super) fn set_apart(reports: Vec<Arc<Report>>) -> (Vec<Arc<Report>>, Vec<Replaced>) {
    let by: HashMap<String, String> = reports
        .iter()
        .filter_map(|r| Some((r.replaces.clone()?, r.slug.clone())))
        .collect();
    if by.is_empty() {
        return (reports, Vec::new());
    }
    let mut counted = Vec::with_capacity(reports.len());
    let mut replaced = Vec::new();
    for r in reports {
        match by.get(&r.slug) {
            Some(newer) => replaced.push((r, newer.clone())),
            None => counted.push(r),
        }
    }
    (counted, replaced)
}

/// The replaced reports' views, each linking the report that replaced it (among
/// `views`, the counted ones).
pub(super) fn views(
    ctx: &Ctx,
    replaced: Vec<Replaced>,
    views: &[Arc<ReportView>],
) -> Vec<Arc<ReportView>> {
    replaced
        .into_iter()
        .map(|(r, newer)| {
            let mut v = ctx.view(&r);
            v.replaced_by = views.iter().find(|n| n.slug == newer).map(|n| Neighbour {
                title: n.title.clone(),
                url: n.url.clone(),
                year: n.year,
            });
            Arc::new(v)
        })
        .collect()
}
