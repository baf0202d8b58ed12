//! Share cards: the picture a link shows when it is shared (Facebook, Zalo, X): one of
//! 1,200×630 pixels for the home page, each region and each year, with the page's title
//! and its headline figures, composed as SVG in the charts' font and drawn as PNG by
//! [`crate::raster`]. A report's page shows its region's card.

use std::path::Path;

use rayon::prelude::*;

use super::frame::{ensure_font, fit, text_width};
use super::{figure, span};
use crate::diagnostics::Diagnostic;
use crate::escape::escape;
use crate::figure_table::{Column, FigureDef, FigureTable, Kind};
use crate::site::{ReportView, Site};

/// A card's size, in pixels: what Facebook, Zalo and X show in full.
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;
const MARGIN: f64 = 72.0;
const DARK: &str = "#08306b";
const TEXT: &str = "#1b1f24";
const SOFT: &str = "#4a5561";

/// A card's PNG: a file of the cache, or its bytes.
pub use crate::raster::Drawing as Png;

/// One card: where it goes (`cards/home.png`) and what it shows.
struct Card {
    path: String,
    title: String,
    /// (value, what it is): at most three, shown large.
    figures: Vec<(String, String)>,
}

/// The card of the home page, of a region (by slug) and of a year, relative to the
/// tree's root: what pages name as `og:image`.
pub fn home_card() -> String {
    "cards/home.png".into()
}

pub fn region_card(slug: &str) -> String {
    format!("cards/regions/{slug}.png")
}

pub fn year_card(year: i32) -> String {
    format!("cards/years/{year}.png")
}

/// Every card of `site` as PNG files (path, and the file in `cache` that holds it, or
/// its bytes when there is no cache), drawn in parallel, each kept in `cache` by a hash
/// of its SVG: a build links them from there rather than holding them all.
pub fn card_files(
    site: &Site,
    table: &FigureTable,
    cache: Option<&Path>,
) -> Result<Vec<(String, Png)>, Diagnostic> {
    ensure_font().map_err(|e| Diagnostic::new(home_card(), e))?;
    let footer = site.site.base_url.clone();
    let cards = cards(site, table);
    cards
        .par_iter()
        .map(|c| {
            let svg = compose(&site.site.title, c, &footer);
            crate::raster::png_kept(&svg, 1.0, cache)
                .map(|png| (c.path.clone(), png))
                .map_err(|e| {
                    Diagnostic::new(c.path.as_str(), format!("cannot draw this share card: {e}"))
                })
        })
        .collect()
}

/// The paths of [`card_files`]' cards, without drawing them.
pub fn card_paths(site: &Site) -> Vec<String> {
    let regions = site.regions.iter().filter(|g| !g.reports.is_empty());
    std::iter::once(home_card())
        .chain(regions.map(|g| region_card(&g.slug)))
        .chain(site.years.iter().map(|y| year_card(y.year)))
        .collect()
}

/// The cards of a site: home, each region, each year.
fn cards(site: &Site, table: &FigureTable) -> Vec<Card> {
    let loc = &site.loc;
    let int = |n: usize| loc.num.int(n as i128);
    let t = |key: &str| loc.get(key).to_string();
    let mut out = Vec::new();
    let years: Vec<i32> = site.years.iter().map(|y| y.year).collect();
    let mut home = vec![
        (int(site.reports.len()), t("reports")),
        (int(site.regions.len()), t("regions")),
    ];
    if !years.is_empty() {
        home.push((span(&years), t("years")));
    }
    out.push(Card {
        path: home_card(),
        title: site.site.title.clone(),
        figures: home,
    });
    for g in &site.regions {
        let Some(newest) = g.reports.first().map(|&i| &site.reports[i]) else {
            continue;
        };
        out.push(Card {
            path: region_card(&g.slug),
            title: format!("{} {}", t("reports_in"), g.name),
            figures: region_figures(site, table, newest, g.reports.len()),
        });
    }
    let by_url: std::collections::HashMap<&str, &ReportView> = site
        .reports
        .iter()
        .map(|v| (v.url.as_str(), v.as_ref()))
        .collect();
    // A year's card adds up its regions' first headline count (the cooperatives).
    let summed = table.headline().find(|(d, _)| d.kind == Kind::Count);
    for y in &site.years {
        let mut figures = vec![(int(y.rows.len()), t("regions"))];
        if let Some((def, column)) = summed {
            let total: f64 = y
                .rows
                .iter()
                .filter_map(|r| by_url.get(r.url.as_str()))
                .filter_map(|v| figure(v, &def.key))
                .sum();
            if total > 0.0 {
                figures.push((int(total.round() as usize), word(site, table, def, column)));
            }
        }
        out.push(Card {
            path: year_card(y.year),
            title: format!("{} {}", t("every_region_of"), y.year),
            figures,
        });
    }
    out
}

/// A region's figures on its card: its newest report's first two headline figures
/// (the figure table's order: cooperatives, new ones, …), each with its year, and how
/// many reports it has.
fn region_figures(
    site: &Site,
    table: &FigureTable,
    newest: &ReportView,
    reports: usize,
) -> Vec<(String, String)> {
    let loc = &site.loc;
    let year = newest.year;
    let mut out: Vec<(String, String)> = table
        .headline()
        .filter_map(|(def, column)| {
            let value = newest.headline.get(&def.key)?.value.as_str();
            (figure(newest, &def.key).is_some() && !value.is_empty()).then(|| {
                (
                    value.to_string(),
                    format!("{} ({year})", word(site, table, def, column)),
                )
            })
        })
        .take(2)
        .collect();
    out.push((loc.num.int(reports as i128), loc.get("reports").to_string()));
    out
}

/// What a card calls a figure: what it counts ("cooperatives"), else its headline
/// column's word ("income per worker"), else its label in the tree's language.
fn word(site: &Site, table: &FigureTable, def: &FigureDef, column: &Column) -> String {
    match def.unit_word.or(column.heading) {
        Some(w) => site.loc.get(w).to_string(),
        None => table.label(&def.key, &site.site.language),
    }
}

/// A card as SVG: the site's name, the title on up to two lines, the figures large in a
/// row, the site's address at the foot.
fn compose(site_title: &str, c: &Card, footer: &str) -> String {
    let (w, h) = (CARD_WIDTH as f64, CARD_HEIGHT as f64);
    let inner = w - 2.0 * MARGIN;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\
         <rect width=\"{w}\" height=\"14\" fill=\"{DARK}\"/>"
    );
    let text = |svg: &mut String, x: f64, y: f64, size: f64, fill: &str, t: &str| {
        svg.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" font-family=\"sans-serif\" font-size=\"{size}\" fill=\"{fill}\">{}</text>",
            escape(t)
        ));
    };
    text(
        &mut svg,
        MARGIN,
        96.0,
        30.0,
        SOFT,
        &fit(site_title, 30.0, inner),
    );
    let size = 58.0;
    for (i, line) in wrap(&c.title, size, inner, 2).iter().enumerate() {
        text(&mut svg, MARGIN, 190.0 + i as f64 * 72.0, size, TEXT, line);
    }
    let n = c.figures.len().max(1) as f64;
    let col = inner / n;
    for (i, (value, what)) in c.figures.iter().enumerate() {
        let x = MARGIN + i as f64 * col;
        let big = if n > 2.0 { 64.0 } else { 76.0 };
        text(&mut svg, x, 430.0, big, DARK, &fit(value, big, col - 24.0));
        text(&mut svg, x, 478.0, 28.0, SOFT, &fit(what, 28.0, col - 24.0));
    }
    svg.push_str(&format!(
        "<rect y=\"{}\" width=\"{w}\" height=\"1\" fill=\"#d0d5db\"/>",
        h - 92.0
    ));
    text(
        &mut svg,
        MARGIN,
        h - 40.0,
        26.0,
        SOFT,
        &fit(footer, 26.0, inner),
    );
    svg.push_str("</svg>");
    svg
}

/// `text` in lines of at most `width` at `size`, at most `lines` of them, the last cut
/// with "…" when the text does not fit.
fn wrap(text: &str, size: f64, width: f64, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let longer = match line.is_empty() {
            true => word.to_string(),
            false => format!("{line} {word}"),
        };
        if text_width(&longer, size) <= width || line.is_empty() {
            line = longer;
        } else {
            out.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    out.push(line);
    if out.len() > lines {
        let rest = out[lines - 1..].join(" ");
        out.truncate(lines - 1);
        out.push(rest);
    }
    out.into_iter().map(|l| fit(&l, size, width)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_wraps_on_two_lines_and_is_cut_after() {
        ensure_font().unwrap();
        let short = wrap("Reports in Hòa Bình", 58.0, 1056.0, 2);
        assert_eq!(short, vec!["Reports in Hòa Bình"]);
        let long = "Báo cáo tổng kết hoạt động của Liên minh Hợp tác xã tỉnh Bình Định năm 2023 và phương hướng nhiệm vụ năm 2024";
        let lines = wrap(long, 58.0, 1056.0, 2);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        for l in &lines {
            assert!(text_width(l, 58.0) <= 1056.0, "{l}");
        }
    }
}
