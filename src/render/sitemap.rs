//! `sitemap.xml`: every report, list and year page. Past [`SITEMAP_URLS`] URLs (the
//! most one sitemap may hold) it becomes an index of `sitemap-1.xml`, `sitemap-2.xml`…

use std::borrow::Cow;

use serde::Serialize;

use crate::site::Site;

/// The most URLs one sitemap file may list (sitemaps.org).
pub const SITEMAP_URLS: usize = 50_000;

#[derive(Serialize)]
pub(super) struct SitemapEntry<'a> {
    loc: Cow<'a, str>,
    lastmod: Option<&'a str>,
}

/// How many URLs the sitemap lists.
fn count(site: &Site) -> usize {
    1 + site.reports.len() + 4 + site.regions.len() + site.tags.len() + site.years.len()
}

/// How many sitemap files the URLs take: 1 is `sitemap.xml` alone; more are listed by
/// `sitemap.xml` as an index.
pub(super) fn parts(site: &Site) -> usize {
    parts_of(site, SITEMAP_URLS)
}

fn parts_of(site: &Site, limit: usize) -> usize {
    count(site).div_ceil(limit).max(1)
}

/// The path of part `n` (from 1) of a split sitemap.
pub(super) fn part_path(n: usize) -> String {
    format!("sitemap-{n}.xml")
}

/// Every URL of the sitemap, in order.
fn entries(site: &Site) -> impl Iterator<Item = SitemapEntry<'_>> {
    let abs = |path: &str| Cow::Owned(site.urls.abs_url(path));
    let home = std::iter::once(SitemapEntry {
        loc: abs(""),
        lastmod: site.site.updated.as_deref(),
    });
    let reports = site.reports.iter().map(|v| SitemapEntry {
        loc: Cow::Borrowed(v.permalink.as_str()),
        lastmod: Some(v.date.as_str()),
    });
    let lists = ["reports/", "regions/", "tags/", "years/"]
        .into_iter()
        .map(move |path| SitemapEntry {
            loc: abs(path),
            lastmod: None,
        });
    let groups = site
        .regions
        .iter()
        .chain(&site.tags)
        .map(move |g| SitemapEntry {
            loc: abs(&g.path),
            lastmod: g.reports.first().map(|&i| site.reports[i].date.as_str()),
        });
    let years = site.years.iter().map(move |y| SitemapEntry {
        loc: abs(&y.path),
        lastmod: None,
    });
    home.chain(reports).chain(lists).chain(groups).chain(years)
}

/// The URLs of sitemap part `n` (from 1), or all of them for `n` 0.
pub(super) fn part(site: &Site, n: usize) -> Vec<SitemapEntry<'_>> {
    part_of(site, n, SITEMAP_URLS)
}

fn part_of(site: &Site, n: usize, limit: usize) -> Vec<SitemapEntry<'_>> {
    match n {
        0 => entries(site).collect(),
        n => entries(site).skip((n - 1) * limit).take(limit).collect(),
    }
}

/// `sitemap.xml` of the built-in theme, for `entries` (of [`part`]): the bytes Tera
/// makes of it, written in Rust (a sitemap of 10,000 reports took Tera a tenth of a
/// second on one core).
pub(super) fn xml(entries: &[SitemapEntry]) -> String {
    use crate::escape::escape_into;
    let mut out = String::with_capacity(120 + entries.len() * 100);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for e in entries {
        out.push_str("<url><loc>");
        escape_into(&mut out, &e.loc);
        out.push_str("</loc>");
        if let Some(lastmod) = e.lastmod.filter(|l| !l.is_empty()) {
            out.push_str("<lastmod>");
            escape_into(&mut out, lastmod);
            out.push_str("</lastmod>");
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// The index of a split sitemap: where each part is.
pub(super) fn index(site: &Site) -> Vec<SitemapEntry<'_>> {
    (1..=parts(site))
        .map(|n| SitemapEntry {
            loc: Cow::Owned(site.urls.abs_url(&part_path(n))),
            lastmod: site.site.updated.as_deref(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::content::frontmatter::{parse_report, Settings};
    use crate::figure_table::FigureTable;
    use crate::site::Tree;
    use std::path::Path;

    fn site(n: usize) -> Site {
        let table = FigureTable::built_in();
        let settings = Settings {
            site_lang: "en",
            table: &table,
        };
        let reports = (0..n)
            .map(|i| {
                let text = format!(
                    "---\ntitle: R{i}\ndate: 2024-01-0{}\nyear: 2023\nunion: U\nregion: P{i}\n---\nText.\n",
                    i % 9 + 1
                );
                let rel = format!("r{i}.md");
                let path = Path::new("content").join(&rel);
                parse_report(&text, &path, Path::new(&rel), settings)
                    .unwrap()
                    .into()
            })
            .collect();
        Site::new(
            &Config::default(),
            &table,
            reports,
            &Tree::single(&Config::default()),
        )
    }

    #[test]
    fn a_sitemap_past_its_limit_is_cut_in_parts_that_hold_every_url_once() {
        let site = site(7);
        let all: Vec<String> = part(&site, 0).into_iter().map(|e| e.loc.into()).collect();
        // Home, 7 reports, 4 lists, 7 regions, 1 year.
        assert_eq!(all.len(), count(&site));
        assert_eq!(all.len(), 20);
        assert_eq!(parts(&site), 1, "under 50,000 URLs: one file");
        assert_eq!(parts_of(&site, 6), 4);
        let joined: Vec<String> = (1..=4)
            .flat_map(|n| part_of(&site, n, 6))
            .map(|e| e.loc.into())
            .collect();
        assert_eq!(joined, all);
        assert!((1..=4).all(|n| part_of(&site, n, 6).len() <= 6));
        let index = index(&site);
        assert_eq!(index.len(), 1);
        assert!(index[0].loc.ends_with("/sitemap-1.xml"), "{}", index[0].loc);
    }
}
