//! The pages of a site, one job each: where each is written, from which template,
//! with which data. Long lists are cut into pages of [`PAGE_SIZE`] reports.

use serde::Serialize;

use super::layered::Layered;
use super::rows::{report_rows, MarkWords};
use super::sitemap;
use super::FEED_LIMIT;
use crate::charts::ChartSet;
use crate::diagnostics::Diagnostic;
use crate::site::{
    Column, Group, GroupPage, Listed, ReportItem, Site, YearLink, YearRow, YearView,
};
use crate::urls;

/// How many reports one page of a list shows.
pub const PAGE_SIZE: usize = 100;
/// How many regions one page of a year's table ranks (a year page of 500 regions
/// weighs about 400 KB).
pub(super) const YEAR_PAGE_SIZE: usize = 500;
/// How many of the newest reports the home page lists.
const HOME_REPORTS: usize = 10;
/// How many regions of the latest year the home page ranks.
const HOME_REGIONS: usize = 20;

/// One page to render. Pages of lists count from 1.
#[derive(Clone, Copy)]
pub(super) enum Job {
    Home,
    Reports(usize),
    Report(usize),
    /// A report another supersedes (`Site::replaced`).
    Replaced(usize),
    Regions,
    Region(usize, usize),
    Tags,
    Tag(usize, usize),
    Years,
    Year(usize, usize),
    NotFound,
    Atom,
    /// `sitemap.xml`: every URL, or the index of the parts when they are too many.
    Sitemap,
    /// Part `n` (from 1) of a sitemap split in parts.
    SitemapPart(usize),
    Robots,
    /// `search/`: the search box's page, listing regions and years for readers without
    /// JavaScript.
    Search,
}

/// Where a page of a list stands among the others.
#[derive(Serialize)]
pub(super) struct Pager {
    pub(super) number: usize,
    pub(super) pages: usize,
    /// How many reports the whole list has.
    pub(super) total: usize,
    pub(super) prev: Option<String>,
    pub(super) next: Option<String>,
    /// Every page's link, for a numbered pager.
    pub(super) links: Vec<String>,
}

fn page_count(n: usize) -> usize {
    page_count_by(n, PAGE_SIZE)
}

fn page_count_by(n: usize, size: usize) -> usize {
    n.div_ceil(size).max(1)
}

pub(super) fn jobs(site: &Site) -> Vec<Job> {
    let mut jobs = vec![
        Job::Home,
        Job::Regions,
        Job::Tags,
        Job::Years,
        Job::Atom,
        Job::Sitemap,
    ];
    // One 404 page and one robots.txt, at the root of the site.
    if site.site.prefix.is_empty() {
        jobs.extend([Job::NotFound, Job::Robots]);
    }
    if site.site.search {
        jobs.push(Job::Search);
    }
    let parts = sitemap::parts(site);
    if parts > 1 {
        jobs.extend((1..=parts).map(Job::SitemapPart));
    }
    jobs.extend((1..=page_count(site.reports.len())).map(Job::Reports));
    jobs.extend((0..site.reports.len()).map(Job::Report));
    jobs.extend((0..site.replaced.len()).map(Job::Replaced));
    for (i, g) in site.regions.iter().enumerate() {
        jobs.extend((1..=page_count(g.reports.len())).map(|n| Job::Region(i, n)));
    }
    for (i, g) in site.tags.iter().enumerate() {
        jobs.extend((1..=page_count(g.reports.len())).map(|n| Job::Tag(i, n)));
    }
    for (i, y) in site.years.iter().enumerate() {
        jobs.extend((1..=page_count_by(y.rows.len(), YEAR_PAGE_SIZE)).map(|n| Job::Year(i, n)));
    }
    jobs
}

/// The template a job is rendered with.
pub(super) fn template(site: &Site, job: Job) -> &'static str {
    match job {
        Job::Home => "index.html",
        Job::Reports(_) => "reports.html",
        Job::Report(_) | Job::Replaced(_) => "report.html",
        Job::Regions => "regions.html",
        Job::Region(..) => "region.html",
        Job::Tags => "tags.html",
        Job::Tag(..) => "tag.html",
        Job::Years => "years.html",
        Job::Year(..) => "year.html",
        Job::NotFound => "404.html",
        Job::Atom => "atom.xml",
        Job::Sitemap if sitemap::parts(site) > 1 => "sitemap_index.xml",
        Job::Sitemap | Job::SitemapPart(_) => "sitemap.xml",
        Job::Robots => "robots.txt",
        Job::Search => "search.html",
    }
}

/// The output path of a job, under the site's root.
pub(super) fn job_path(site: &Site, job: Job) -> String {
    format!("{}{}", site.site.prefix, tree_path(site, job))
}

/// The output path of a job, under its language tree's root.
fn tree_path(site: &Site, job: Job) -> String {
    let page = |first: &str, n: usize| format!("{}index.html", urls::page_path(first, n));
    match job {
        Job::Home => "index.html".into(),
        Job::Reports(n) => page("reports/", n),
        Job::Report(i) => format!("{}index.html", site.reports[i].path),
        Job::Replaced(i) => format!("{}index.html", site.replaced[i].path),
        Job::Regions => "regions/index.html".into(),
        Job::Region(i, n) => page(&site.regions[i].path, n),
        Job::Tags => "tags/index.html".into(),
        Job::Tag(i, n) => page(&site.tags[i].path, n),
        Job::Years => "years/index.html".into(),
        Job::Year(i, n) => page(&site.years[i].path, n),
        Job::NotFound => "404.html".into(),
        Job::Atom => "atom.xml".into(),
        Job::Sitemap => "sitemap.xml".into(),
        Job::SitemapPart(n) => sitemap::part_path(n),
        Job::Robots => "robots.txt".into(),
        Job::Search => format!("{}index.html", crate::search::DIR),
    }
}

/// Page `n` of a list of `items` whose first page is at `first`.
pub(super) fn paged<'a, T>(site: &Site, items: &'a [T], first: &str, n: usize) -> (&'a [T], Pager) {
    paged_by(site, items, first, n, PAGE_SIZE)
}

/// [`paged`] with `size` items a page.
pub(super) fn paged_by<'a, T>(
    site: &Site,
    items: &'a [T],
    first: &str,
    n: usize,
    size: usize,
) -> (&'a [T], Pager) {
    let pages = page_count_by(items.len(), size);
    let link = |k: usize| site.urls.url_for(&urls::page_path(first, k));
    let start = ((n - 1) * size).min(items.len());
    let end = (start + size).min(items.len());
    let pager = Pager {
        number: n,
        pages,
        total: items.len(),
        prev: (n > 1).then(|| link(n - 1)),
        next: (n < pages).then(|| link(n + 1)),
        links: (1..=pages).map(link).collect(),
    };
    (&items[start..end], pager)
}

/// A region or tag (as `name` in the context) with one page of its reports.
fn group_page(
    site: &Site,
    g: &Group,
    n: usize,
    name: &'static str,
    ctx: &mut Layered,
) -> Result<(), Diagnostic> {
    let (items, pager) = paged(site, &g.reports, &g.path, n);
    let items: Vec<ReportItem> = items
        .iter()
        .map(|&i| crate::site::item(&site.reports[i]))
        .collect();
    // A region's own list leaves out the region column.
    let with_region = name != "region";
    ctx.insert("with_region", &with_region);
    let rows = ctx.rows("report_row.html", &items, || {
        report_rows(&items, with_region, &site.loc, &site.site.headline)
    })?;
    ctx.insert("report_rows", &rows);
    let page = GroupPage {
        name: &g.name,
        slug: &g.slug,
        path: &g.path,
        url: &g.url,
        reports: listed(ctx, items),
    };
    ctx.insert(name, &page);
    ctx.insert("pager", &pager);
    Ok(())
}

/// A page's list of reports for its templates: for the built-in theme, whose rows come
/// made, only whether there are any (a hundred reports copied field by field into the
/// context were most of a list page's cost).
fn listed<'a>(ctx: &Layered, items: Vec<ReportItem<'a>>) -> Listed<'a> {
    match ctx.built_in() {
        true => Listed::Any(!items.is_empty()),
        false => Listed::Each(items),
    }
}

/// A region with one page of its reports; on the first, its charts; with a register,
/// its history.
fn region_page(
    site: &Site,
    charts: &ChartSet,
    (i, n): (usize, usize),
    ctx: &mut Layered,
) -> Result<(), Diagnostic> {
    let region = &site.regions[i];
    group_page(site, region, n, "region", ctx)?;
    if let Some(history) = site.lineage.histories.get(&region.slug) {
        ctx.insert("history", history);
    }
    // A region formed from others: the charts with its predecessors first, on the
    // first page only (`region.html` asks for them on every page).
    let lineage = charts.lineage.get(&region.slug).into_iter().flatten();
    let own = charts.regions.get(&region.slug).into_iter().flatten();
    let drawn: Vec<_> = lineage.chain(own).filter(|_| n == 1).collect();
    ctx.insert("charts", &drawn);
    Ok(())
}

/// A page of a year's regions, ranked; the charts on the first; with a register,
/// which regions it compares and, before a merger, its figures on today's boundaries.
fn year_page(
    site: &Site,
    charts: &ChartSet,
    (i, n): (usize, usize),
    ctx: &mut Layered,
) -> Result<(), Diagnostic> {
    let year = &site.years[i];
    let (rows, pager) = paged_by(site, &year.rows, &year.path, n, YEAR_PAGE_SIZE);
    let html = ctx.rows("year_row.html", rows, || {
        super::rows::year_rows(rows, &MarkWords::of(&site.loc))
    })?;
    ctx.insert("year", &year_rows(year, rows, html));
    ctx.insert("pager", &pager);
    if let Some(units) = site.lineage.years.get(&year.year) {
        ctx.insert("units", units);
    }
    let none = Vec::new();
    if n == 1 {
        ctx.insert("charts", charts.years.get(&year.year).unwrap_or(&none));
    }
    Ok(())
}

/// A year as the lists of years show it.
#[derive(Serialize)]
struct YearEntry<'a> {
    year: i32,
    url: &'a str,
    /// How many regions reported it.
    regions: usize,
}

/// A year as its page (or the home page) shows it: some of its ranked rows. The same
/// fields as [`YearView`], borrowed.
#[derive(Serialize)]
struct YearRows<'a> {
    year: i32,
    path: &'a str,
    url: &'a str,
    columns: &'a [Column],
    rows: &'a [YearRow],
    /// The rows as HTML (`render/rows.rs`).
    rows_html: String,
    prev: &'a Option<YearLink>,
    next: &'a Option<YearLink>,
}

fn year_rows<'a>(y: &'a YearView, rows: &'a [YearRow], rows_html: String) -> YearRows<'a> {
    YearRows {
        year: y.year,
        path: &y.path,
        url: &y.url,
        columns: &y.columns,
        rows,
        rows_html,
        prev: &y.prev,
        next: &y.next,
    }
}

/// The latest year's comparison, cut to the regions with the most cooperatives.
fn latest_year<'s>(
    site: &'s Site,
    ctx: &mut Layered,
) -> Result<Option<(YearRows<'s>, bool)>, Diagnostic> {
    let Some(latest) = site.years.last() else {
        return Ok(None);
    };
    let more = latest.rows.len() > HOME_REGIONS;
    let shown = &latest.rows[..latest.rows.len().min(HOME_REGIONS)];
    let html = ctx.rows("year_row.html", shown, || {
        super::rows::year_rows(shown, &MarkWords::of(&site.loc))
    })?;
    Ok(Some((year_rows(latest, shown, html), more)))
}

/// The lists of years, for the pages that show them.
fn year_entries(site: &Site) -> Vec<YearEntry<'_>> {
    site.years
        .iter()
        .map(|y| YearEntry {
            year: y.year,
            url: &y.url,
            regions: y.rows.len(),
        })
        .collect()
}

/// A report's page: the report with its text, and its figures' rows.
fn report_page(
    site: &Site,
    view: &crate::site::ReportView,
    ctx: &mut Layered,
) -> Result<(), Diagnostic> {
    let page = site.bodies.page(view)?;
    match ctx.built_in() {
        true => ctx.insert("report", &page.rows_made()),
        false => ctx.insert("report", &page),
    }
    let says = site.loc.get("report_says");
    let words = MarkWords::of(&site.loc);
    let made = |r| super::rows::figure_rows(r, says, &view.lang, &words);
    let rows = ctx.rows("figure_row.html", &view.figures, || made(&view.figures))?;
    ctx.insert("figure_rows", &rows);
    let rows = ctx.rows("figure_row.html", &view.targets, || made(&view.targets))?;
    ctx.insert("target_rows", &rows);
    Ok(())
}

/// A page's path as its templates get it (`page_path`): in its language tree, without
/// `index.html` (`reports/x/`); empty for the home page.
pub(super) fn page_path_of<'a>(site: &Site, job: Job, path: &'a str) -> &'a str {
    let path = path.strip_prefix(site.site.prefix.as_str()).unwrap_or(path);
    match job {
        Job::Home => "",
        _ => path.trim_end_matches("index.html"),
    }
}

/// Puts what the page of `job` shows into `ctx`, over the values every page shares.
pub(super) fn context(
    site: &Site,
    charts: &ChartSet,
    job: Job,
    page_path: &str,
    ctx: &mut Layered,
) -> Result<(), Diagnostic> {
    ctx.insert("page_path", page_path_of(site, job, page_path));
    let years = || year_entries(site);
    match job {
        Job::Home => {
            let newest: Vec<ReportItem> = site
                .reports
                .iter()
                .take(HOME_REPORTS)
                .map(|v| crate::site::item(v))
                .collect();
            ctx.insert("with_region", &true);
            let rows = ctx.rows("report_row.html", &newest, || {
                report_rows(&newest, true, &site.loc, &site.site.headline)
            })?;
            ctx.insert("report_rows", &rows);
            ctx.insert("reports", &listed(ctx, newest));
            ctx.insert("report_count", &site.reports.len());
            ctx.insert("regions", &site.region_list);
            ctx.insert("years", &years());
            if let Some((view, more)) = latest_year(site, ctx)? {
                ctx.insert("year", &view);
                ctx.insert("more_regions", &more);
            }
            ctx.insert("charts", &charts.home);
        }
        Job::Reports(n) => {
            let (page, pager) = paged(site, &site.reports, "reports/", n);
            let items: Vec<ReportItem> = page.iter().map(|v| crate::site::item(v)).collect();
            ctx.insert("with_region", &true);
            let rows = ctx.rows("report_row.html", &items, || {
                report_rows(&items, true, &site.loc, &site.site.headline)
            })?;
            ctx.insert("report_rows", &rows);
            ctx.insert("reports", &listed(ctx, items));
            ctx.insert("pager", &pager);
        }
        // The report's chart is added by the caller, only when the page is rendered.
        Job::Report(i) => report_page(site, &site.reports[i], ctx)?,
        Job::Replaced(i) => report_page(site, &site.replaced[i], ctx)?,
        Job::Regions => ctx.insert("regions", &site.region_list),
        Job::Search => {
            ctx.insert("regions", &site.region_list);
            ctx.insert("years", &years());
        }
        Job::Region(i, n) => region_page(site, charts, (i, n), ctx)?,
        Job::Tags => ctx.insert("tags", &site.tag_list),
        Job::Tag(i, n) => group_page(site, &site.tags[i], n, "tag", ctx)?,
        Job::Years => ctx.insert("years", &years()),
        Job::Year(i, n) => year_page(site, charts, (i, n), ctx)?,
        Job::NotFound | Job::Robots => {}
        Job::Atom => ctx.insert(
            "reports",
            &site.reports[..site.reports.len().min(FEED_LIMIT)]
                .iter()
                .map(|r| site.bodies.page(r))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Job::Sitemap if sitemap::parts(site) > 1 => ctx.insert("sitemaps", &sitemap::index(site)),
        Job::Sitemap => ctx.insert("entries", &sitemap::part(site, 0)),
        Job::SitemapPart(n) => ctx.insert("entries", &sitemap::part(site, n)),
    }
    Ok(())
}
