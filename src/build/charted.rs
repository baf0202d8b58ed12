//! A language tree's charts, and beside them (on the other core) what is made from its
//! model alone: the share cards and the search index.

use std::sync::Arc;

use super::share;
use crate::cache::Cache;
use crate::charts::{Body, ChartSet, FileSink};
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::figure_table::FigureTable;
use crate::output::{Source, Staging};
use crate::site::Site;

/// One language's charts, each region's files written to `staging` as drawn.
pub(super) fn charted(
    site: &Site,
    (config, table): (&Config, &FigureTable),
    cache: Option<&Cache>,
    staging: Option<&Staging>,
) -> Result<Arc<ChartSet>, Vec<Diagnostic>> {
    let prefix = &site.site.prefix;
    let write = |path: &str, body: &Body| match (staging, body) {
        (Some(s), Body::Cached(file)) => s.link(&format!("{prefix}{path}"), file),
        (Some(s), body) => s.put(&format!("{prefix}{path}"), &body.bytes()?),
        (None, _) => Ok(()),
    };
    let sink = staging.map(|_| &write as &FileSink);
    let charts = draw_charts(site, config, table, cache, sink);
    if !charts.errors.is_empty() {
        return Err(charts.errors.clone());
    }
    Ok(charts)
}

/// A tree's generated files that are made from its model without its charts.
#[derive(Default)]
pub(super) struct Beside {
    pub cards: Vec<(String, Source)>,
    pub search: Vec<(String, Source)>,
}

/// [`Beside`]: the share cards and the search index (none when `later`: `serve` makes
/// them when first asked for).
pub(super) fn without_charts(
    site: &Site,
    (config, table): (&Config, &FigureTable),
    later: bool,
) -> Result<Beside, Diagnostic> {
    if later {
        return Ok(Beside::default());
    }
    let cards = share::cards(site, table, config.charts.png_cache.as_deref())?;
    let search = match config.search {
        true => crate::search::files(site, table)
            .into_iter()
            .map(|(p, s)| (p, Source::Text(s)))
            .collect(),
        false => Vec::new(),
    };
    Ok(Beside { cards, search })
}

/// Every chart, reusing from `cache` the regions whose figures did not change.
fn draw_charts(
    site: &Site,
    config: &Config,
    table: &FigureTable,
    cache: Option<&Cache>,
    sink: Option<&FileSink>,
) -> Arc<ChartSet> {
    let loc = &site.loc;
    // The years' charts are drawn from the same reports, so the same key covers them.
    let draw = |previous: Option<&ChartSet>| {
        let (reports, colors) = (&site.reports, &config.charts);
        let mut set = ChartSet::build_with(reports, loc, colors, table, previous, sink);
        set.add_years(&site.years, &config.charts, table, previous);
        set.add_lineage(reports, &site.lineage.boundaries, colors, table);
        set
    };
    match cache {
        Some(c) => c.charts(
            &loc.lang,
            ChartSet::input_key(&site.reports, loc, &config.charts, table),
            draw,
        ),
        None => Arc::new(draw(None)),
    }
}
