//! Which pages are written in Rust (`native.rs`, `sitemap.rs`) rather than by Tera,
//! and what each is given: while every template is the built-in theme's, a report's
//! page, a page of a list of reports (all, a region's, a tag's), a page of a year's
//! table and the sitemap (or a part of it); the same values the templates get
//! (`jobs.rs`), as borrowed Rust values.

use tera::Context;

use super::jobs::{self, page_path_of, paged, paged_by, Job, YEAR_PAGE_SIZE};
use super::native::{self, Links, ListKind, ListParts, YearParts};
use super::rows::{self, MarkWords};
use super::sitemap;
use super::Renderer;
use crate::charts::ChartSet;
use crate::diagnostics::Diagnostic;
use crate::site::{ReportItem, ReportView, Site};

/// The page of `job` written in Rust, when every template it is made from is the
/// built-in theme's; `None` for any other page, or when a word is missing.
pub(super) fn native_page(
    r: &Renderer,
    site: &Site,
    charts: &ChartSet,
    job: Job,
    path: &str,
    shared: &Context,
) -> Result<Option<super::Written>, Diagnostic> {
    let header = shared.get("site_header").and_then(|h| h.as_str());
    let Some(header) = header.filter(|_| !r.own_markup) else {
        return Ok(None);
    };
    let links = Links {
        urls: &r.urls,
        site_urls: &r.site_urls,
    };
    let at = Page {
        site,
        links: &links,
        page_path: page_path_of(site, job, path),
        header,
    };
    let page = match job {
        Job::Report(i) => at.report(&site.reports[i], Some(charts))?,
        Job::Replaced(i) => at.report(&site.replaced[i], None)?,
        Job::Reports(n) => {
            let (page, pager) = paged(site, &site.reports, "reports/", n);
            let items = page.iter().map(|v| crate::site::item(v)).collect();
            at.list(ListKind::All, items, &pager)
        }
        Job::Region(i, n) => {
            let g = &site.regions[i];
            let (page, pager) = paged(site, &g.reports, &g.path, n);
            // A region formed from others: the charts with its predecessors first.
            let drawn = match n {
                1 => [charts.lineage.get(&g.slug), charts.regions.get(&g.slug)],
                _ => [None, None],
            };
            let kind = ListKind::Region {
                group: g,
                history: site.lineage.histories.get(&g.slug),
                charts: drawn.into_iter().flatten().flatten().collect(),
            };
            at.list(kind, items_of(site, page), &pager)
        }
        Job::Tag(i, n) => {
            let g = &site.tags[i];
            let (page, pager) = paged(site, &g.reports, &g.path, n);
            at.list(ListKind::Tag(g), items_of(site, page), &pager)
        }
        Job::Year(i, n) => at.year(charts, i, n),
        Job::Sitemap if sitemap::parts(site) == 1 => {
            Some((sitemap::xml(&sitemap::part(site, 0)), Vec::new()))
        }
        Job::SitemapPart(n) => Some((sitemap::xml(&sitemap::part(site, n)), Vec::new())),
        _ => return Ok(None),
    };
    Ok(page.map(|(page, shared)| (page.into_bytes(), shared)))
}

/// The reports of a region's or a tag's page, by their places in `Site::reports`.
fn items_of<'s>(site: &'s Site, page: &[usize]) -> Vec<ReportItem<'s>> {
    page.iter()
        .map(|&i| crate::site::item(&site.reports[i]))
        .collect()
}

/// What every page written in Rust is given.
struct Page<'a> {
    site: &'a Site,
    links: &'a Links<'a>,
    page_path: &'a str,
    header: &'a str,
}

impl Page<'_> {
    /// A report's page; its charts (`None` for a replaced report, drawn in none).
    fn report(
        &self,
        view: &ReportView,
        charts: Option<&ChartSet>,
    ) -> Result<Option<native::Written>, Diagnostic> {
        let site = self.site;
        let content = site.bodies.html(view)?;
        let says = site.loc.get("report_says");
        let words = MarkWords::of(&site.loc);
        let figure_rows = rows::figure_rows(&view.figures, says, &view.lang, &words);
        let target_rows = rows::figure_rows(&view.targets, says, &view.lang, &words);
        let drawn = match charts {
            Some(charts) => charts.report_charts(view, false),
            None => Vec::new(),
        };
        let parts = native::ReportParts {
            view,
            content: &content,
            figure_rows: &figure_rows,
            target_rows: &target_rows,
            charts: &drawn,
            page_path: self.page_path,
            header: self.header,
        };
        Ok(native::report_page(site, self.links, &parts))
    }

    /// A page of a list of reports.
    fn list(
        &self,
        kind: ListKind,
        items: Vec<ReportItem>,
        pager: &jobs::Pager,
    ) -> Option<native::Written> {
        let site = self.site;
        // A region's own list leaves out the region column.
        let with_region = !matches!(kind, ListKind::Region { .. });
        let rows = rows::report_rows(&items, with_region, &site.loc, &site.site.headline);
        let parts = ListParts {
            kind,
            rows: &rows,
            any: !items.is_empty(),
            pager: pager_of(pager),
            page_path: self.page_path,
            header: self.header,
        };
        native::list_page(site, self.links, &parts)
    }

    /// Page `n` of the table of the `i`th year, with its charts on the first.
    fn year(&self, charts: &ChartSet, i: usize, n: usize) -> Option<native::Written> {
        let site = self.site;
        let year = &site.years[i];
        let (page, pager) = paged_by(site, &year.rows, &year.path, n, YEAR_PAGE_SIZE);
        let rows = rows::year_rows(page, &MarkWords::of(&site.loc));
        let drawn = match n {
            1 => charts.years.get(&year.year).map(Vec::as_slice),
            _ => None,
        };
        let parts = YearParts {
            year,
            rows: &rows,
            pager: pager_of(&pager),
            total: pager.total,
            units: site.lineage.years.get(&year.year),
            charts: drawn.unwrap_or_default(),
            page_path: self.page_path,
            header: self.header,
        };
        native::year_page(site, self.links, &parts)
    }
}

fn pager_of(p: &jobs::Pager) -> native::Pager<'_> {
    native::Pager {
        number: p.number,
        pages: p.pages,
        prev: p.prev.as_deref(),
        next: p.next.as_deref(),
        links: &p.links,
    }
}
