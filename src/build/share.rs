//! The share cards and embed pages of a tree as output files: `build` writes them all,
//! `serve` makes a tree's cards (or its embed pages) when one is first asked for.

use std::path::Path;

use crate::charts::card::{self, Png};
use crate::charts::ChartSet;
use crate::diagnostics::Diagnostic;
use crate::figure_table::FigureTable;
use crate::output::Source;
use crate::site::Site;

/// Every share card of a tree, by its path under the site's root.
pub(super) fn cards(
    site: &Site,
    table: &FigureTable,
    png_cache: Option<&Path>,
) -> Result<Vec<(String, Source)>, Diagnostic> {
    let prefix = &site.site.prefix;
    let cards = card::card_files(site, table, png_cache)?;
    Ok(cards
        .into_iter()
        .map(|(p, png)| {
            let src = match png {
                Png::Kept(file) => Source::Kept(file),
                Png::Bytes(bytes) => Source::SharedBytes(bytes.into()),
            };
            (format!("{prefix}{p}"), src)
        })
        .collect())
}

/// The paths [`cards`] makes, without drawing them.
pub(super) fn card_paths(site: &Site) -> Vec<String> {
    let prefix = &site.site.prefix;
    card::card_paths(site)
        .into_iter()
        .map(|p| format!("{prefix}{p}"))
        .collect()
}

/// Every embed page of a tree, by its path under the site's root.
pub(super) fn embeds(site: &Site, charts: &ChartSet) -> Vec<(String, Source)> {
    let prefix = &site.site.prefix;
    crate::embed::pages(site, charts)
        .into_iter()
        .map(|(p, html)| (format!("{prefix}{p}"), Source::Text(html)))
        .collect()
}

/// The paths [`embeds`] makes, without making them.
pub(super) fn embed_paths(site: &Site, charts: &ChartSet) -> Vec<String> {
    let prefix = &site.site.prefix;
    crate::embed::paths(charts)
        .into_iter()
        .map(|p| format!("{prefix}{p}"))
        .collect()
}
