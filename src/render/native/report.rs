//! A report's page: `report.html` and `cite.html`, with `figures.html` for its tables
//! of figures and targets.

use super::chart::{chart, ChartParts};
use super::{page, Head, Links, Out, Written};
use crate::charts::ReportChart;
use crate::site::{ReportView, Site};

/// What a report's page is made of, beside the site.
pub(in crate::render) struct ReportParts<'a> {
    pub view: &'a ReportView,
    /// The text as HTML.
    pub content: &'a str,
    pub figure_rows: &'a str,
    pub target_rows: &'a str,
    pub charts: &'a [ReportChart<'a>],
    /// The page's path in its tree (`reports/x/`), as templates get it.
    pub page_path: &'a str,
    /// The header every page of the tree shares (`site_header`).
    pub header: &'a str,
}

/// The page, or `None` when a word it needs is missing (Tera's error then tells which).
pub(in crate::render) fn report_page(
    site: &Site,
    links: &Links,
    p: &ReportParts,
) -> Option<Written> {
    let mut o = Out::new(
        site,
        8_000
            + p.content.len()
            + p.figure_rows.len()
            + p.target_rows.len()
            + 12_000 * p.charts.len(),
    );
    let r = p.view;
    let title = format!("{} · {}", r.title, site.site.title);
    let desc = crate::render::truncate::truncated(&r.summary, 200);
    let card = format!("cards/regions/{}.png", r.region.slug);
    let head = Head {
        title: &title,
        meta_title: &r.title,
        desc: &desc,
        card: &card,
        article: true,
        page_path: p.page_path,
        languages: Some(&r.languages),
        header: p.header,
    };
    page(&mut o, links, &head, |o| article(o, links, p))?;
    Some(o.done())
}

/// `report.html`'s content block.
fn article(o: &mut Out, links: &Links, p: &ReportParts) -> Option<()> {
    let r = p.view;
    o.raw("\n<article>\n<header class=\"report-header\">\n<p class=\"kicker\"><a href=\"")
        .esc(&r.region.url)
        .raw("\">")
        .esc(&r.region.name)
        .raw("</a> · ")
        .num(r.year)
        .raw("</p>\n<h1 lang=\"")
        .esc(&r.lang)
        .raw("\">")
        .esc(&r.title)
        .raw("</h1>\n<dl class=\"meta\">\n<div><dt>");
    o.word("conference")?
        .raw("</dt><dd><time datetime=\"")
        .esc(&r.date)
        .raw("\">")
        .esc(&r.date_long)
        .raw("</time></dd></div>\n<div><dt>");
    o.word("union")?
        .raw("</dt><dd lang=\"")
        .esc(&r.lang)
        .raw("\">")
        .esc(&r.union)
        .raw("</dd></div>\n<div><dt>");
    o.word("region")?
        .raw("</dt><dd><a href=\"")
        .esc(&r.region.url)
        .raw("\">")
        .esc(&r.region.name)
        .raw("</a></dd></div>\n<div><dt>");
    o.word("year_under_review")?
        .raw("</dt><dd>")
        .num(r.year)
        .raw("</dd></div>\n</dl>\n</header>\n");
    if let Some(by) = &r.replaced_by {
        o.raw("<p class=\"replaced\" role=\"note\"><strong>");
        o.word("replaced_by")?
            .raw("</strong> <a href=\"")
            .esc(&by.url)
            .raw("\">")
            .esc(&by.title)
            .raw("</a>. ");
        o.word("replaced_note")?.raw("</p>\n");
    }
    let t = &o.s().t;
    let word = |key: &str| t.get(key).map(String::as_str);
    if r.figures.is_empty() {
        o.raw("<p class=\"note\">");
        o.word("no_figures")?.raw("</p>");
    } else {
        let caption = format!("{} {}", word("figures")?, r.year);
        figures(o, &caption, p.figure_rows)?;
    }
    o.raw("\n");
    if !r.targets.is_empty() {
        let caption = format!("{} {}", word("targets_for")?, r.target_year);
        figures(o, &caption, p.target_rows)?;
    }
    o.raw("\n");
    for c in p.charts {
        chart(o, links, &ChartParts::of_report(c))?;
    }
    o.raw("\n<section class=\"body\" lang=\"")
        .esc(&r.lang)
        .raw("\" aria-label=\"");
    o.word("report_text")?
        .raw("\">\n")
        .raw(p.content)
        .raw("\n</section>\n<footer class=\"report-footer\">\n");
    footer(o, r)?;
    Some(())
}

/// `report.html` from the report's footer to the end of its content block.
fn footer(o: &mut Out, r: &ReportView) -> Option<()> {
    if let Some(source) = r.source.as_deref().filter(|s| !s.is_empty()) {
        o.raw("<p><a href=\"")
            .esc(source)
            .raw("\" rel=\"external\">");
        o.word("source")?.raw("</a></p>");
    }
    o.raw("\n");
    cite(o, r)?;
    o.raw("\n");
    if !r.tags.is_empty() {
        o.raw("<p>");
        o.word("tags")?.raw(": ");
        for (k, tag) in r.tags.iter().enumerate() {
            o.raw("<a class=\"tag\" href=\"")
                .esc(&tag.url)
                .raw("\">")
                .esc(&tag.name)
                .raw("</a>");
            if k + 1 < r.tags.len() {
                o.raw(", ");
            }
        }
        o.raw("</p>");
    }
    o.raw("\n</footer>\n</article>\n");
    if r.prev.is_some() || r.next.is_some() {
        o.raw("<nav class=\"prev-next\" aria-label=\"")
            .esc(&r.region.name)
            .raw("\">\n");
        if let Some(prev) = &r.prev {
            o.raw("<a rel=\"prev\" href=\"").esc(&prev.url).raw("\">← ");
            o.word("previous_year")?
                .raw(": ")
                .num(prev.year)
                .raw("</a>");
        }
        o.raw("\n");
        if let Some(next) = &r.next {
            o.raw("<a rel=\"next\" href=\"").esc(&next.url).raw("\">");
            o.word("next_year")?.raw(": ").num(next.year).raw(" →</a>");
        }
        o.raw("\n</nav>");
    }
    o.raw("\n");
    Some(())
}

/// `cite.html`.
fn cite(o: &mut Out, r: &ReportView) -> Option<()> {
    let site = o.s();
    o.raw("<p class=\"cite\"><strong>");
    o.word("cite")?
        .raw(":</strong> <span lang=\"")
        .esc(&r.lang)
        .raw("\">")
        .esc(&r.union)
        .raw(", “")
        .esc(&r.title)
        .raw("”</span>, ")
        .num(r.year)
        .raw(". ")
        .esc(&site.title)
        .raw(", <a href=\"")
        .esc(&r.permalink)
        .raw("\">")
        .esc(&r.permalink)
        .raw("</a>");
    if let Some(long) = site.updated_long.as_deref().filter(|s| !s.is_empty()) {
        o.raw(" (");
        o.word("last_updated")?
            .raw(" <time datetime=\"")
            .esc(site.updated.as_deref().unwrap_or(""))
            .raw("\">")
            .esc(long)
            .raw("</time>)");
    }
    o.raw(".</p>\n");
    Some(())
}

/// `figures.html`: a table of figures or targets, its rows made.
fn figures(o: &mut Out, caption: &str, rows: &str) -> Option<()> {
    o.raw("<div class=\"table-wrap\">\n<table class=\"figures\">\n<caption>")
        .esc(caption)
        .raw("</caption>\n<thead><tr><th scope=\"col\">");
    o.word("figure")?
        .raw("</th><th scope=\"col\" class=\"num\">");
    o.word("value")?
        .raw("</th></tr></thead>\n<tbody>\n")
        .raw(rows)
        .raw("</tbody>\n</table>\n</div>\n");
    Some(())
}
