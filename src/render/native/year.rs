//! A page of a year's table of regions (`year.html`, with `year_table.html`, the
//! year's charts on its first page and, with a register, its regions on today's
//! boundaries).

use super::chart::{chart, ChartParts};
use super::lists::{pager, Pager};
use super::{page, word, Head, Links, Out, Written};
use crate::charts::Chart;
use crate::site::{Site, TodayTable, YearUnits, YearView};

/// What a page of a year's table is made of, beside the site.
pub(in crate::render) struct YearParts<'a> {
    pub year: &'a YearView,
    /// The page's rows, as HTML (`year.rows_html`).
    pub rows: &'a str,
    pub pager: Pager<'a>,
    /// How many regions the whole table has.
    pub total: usize,
    pub units: Option<&'a YearUnits>,
    /// The year's charts, on its first page.
    pub charts: &'a [Chart],
    pub page_path: &'a str,
    pub header: &'a str,
}

/// The page, or `None` when a word it needs is missing (Tera's error then tells which).
pub(in crate::render) fn year_page(site: &Site, links: &Links, p: &YearParts) -> Option<Written> {
    let mut o = Out::new(site, 16_000 + p.rows.len() + 40_000 * p.charts.len());
    let s = &site.site;
    let y = p.year.year;
    let title = format!("{} {y} · {}", word(site, "year_compared")?, s.title);
    let meta_title = format!("{} {y}", word(site, "every_region_of")?);
    let desc = format!("{meta_title} · {}", s.title);
    let card = format!("cards/years/{y}.png");
    let head = Head {
        title: &title,
        meta_title: &meta_title,
        desc: &desc,
        card: &card,
        article: false,
        page_path: p.page_path,
        languages: None,
        header: p.header,
    };
    page(&mut o, links, &head, |o| content(o, links, p))?;
    Some(o.done())
}

/// `year.html`'s content block.
fn content(o: &mut Out, links: &Links, p: &YearParts) -> Option<()> {
    let y = p.year;
    o.raw("\n<p class=\"kicker\"><a href=\"")
        .esc(&links.urls.url_for("years/"))
        .raw("\">");
    o.word("years")?.raw("</a></p>\n<h1>");
    o.word("year_compared")?
        .raw(" ")
        .num(y.year)
        .raw("</h1>\n<p>");
    o.word("regions")?.raw(": ").num(p.total).raw("</p>\n");
    if let Some(units) = p.units {
        o.raw("<p>").esc(&units.note).raw("</p>");
    }
    o.raw("\n");
    if !p.charts.is_empty() {
        o.raw("<section class=\"charts\">\n");
        for c in p.charts {
            chart(o, links, &ChartParts::of(c))?;
        }
        o.raw("\n</section>");
    }
    o.raw("\n<div id=\"year-table\">");
    year_table(o, y, p.rows)?;
    o.raw("</div>\n");
    pager(o, &p.pager)?;
    o.raw("\n");
    if let Some(today) = p.units.and_then(|u| u.today.as_ref()) {
        today_table(o, today)?;
    }
    o.raw("\n<nav class=\"prev-next\" aria-label=\"");
    o.word("years")?.raw("\">\n");
    if let Some(prev) = &y.prev {
        o.raw("<a rel=\"prev\" href=\"")
            .esc(&prev.url)
            .raw("\">← ")
            .num(prev.year)
            .raw("</a>");
    }
    o.raw("\n");
    if let Some(next) = &y.next {
        o.raw("<a rel=\"next\" href=\"")
            .esc(&next.url)
            .raw("\">")
            .num(next.year)
            .raw(" →</a>");
    }
    o.raw("\n</nav>\n");
    data_links(o, links)?;
    o.raw("\n");
    Some(())
}

/// `year_table.html`, with its caption.
fn year_table(o: &mut Out, y: &YearView, rows: &str) -> Option<()> {
    o.raw("<div class=\"table-wrap\">\n<table class=\"year\">\n<caption>");
    o.word("year_compared")?
        .raw(" ")
        .num(y.year)
        .raw("</caption>\n<thead><tr><th scope=\"col\" class=\"num\">");
    o.word("rank")?.raw("</th><th scope=\"col\">");
    o.word("region")?.raw("</th>");
    for c in &y.columns {
        o.raw("<th scope=\"col\" class=\"num\"><abbr title=\"")
            .esc(&c.title)
            .raw("\">")
            .esc(&c.label)
            .raw("</abbr>");
        if !c.unit.is_empty() {
            o.raw("<br><small>").esc(&c.unit).raw("</small>");
        }
        o.raw("</th>");
    }
    o.raw("</tr></thead>\n<tbody>\n")
        .raw(rows)
        .raw("</tbody>\n</table>\n</div>\n");
    Some(())
}

/// `year.html`'s table of the year's figures on today's boundaries.
fn today_table(o: &mut Out, td: &TodayTable) -> Option<()> {
    o.raw("<section class=\"today\" aria-labelledby=\"today\">\n<h2 id=\"today\">")
        .esc(&td.title)
        .raw("</h2>\n<p>")
        .esc(&td.intro)
        .raw("</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">");
    o.word("region")?.raw("</th>");
    for c in &td.columns {
        o.raw("<th scope=\"col\" class=\"num\">")
            .esc(c)
            .raw("</th>");
    }
    o.raw("</tr></thead>\n<tbody>\n");
    for r in &td.rows {
        o.raw("<tr><th scope=\"row\">");
        match r.url.as_deref().filter(|u| !u.is_empty()) {
            Some(url) => o
                .raw("<a href=\"")
                .esc(url)
                .raw("\">")
                .esc(&r.name)
                .raw("</a>"),
            None => o.esc(&r.name),
        };
        if !r.missing.is_empty() {
            o.raw("<br><small>").esc(&r.missing).raw("</small>");
        }
        o.raw("</th>");
        for c in &r.cells {
            o.raw("<td class=\"num\">");
            match c.raw.as_deref().filter(|v| !v.is_empty()) {
                Some(raw) => o
                    .raw("<data value=\"")
                    .esc(raw)
                    .raw("\">")
                    .esc(&c.text)
                    .raw("</data>"),
                None => o.esc(&c.text),
            };
            if let Some(note) = c.note.as_deref().filter(|n| !n.is_empty()) {
                o.raw("<br><small>").esc(note).raw("</small>");
            }
            o.raw("</td>");
        }
        o.raw("</tr>\n");
    }
    o.raw("</tbody>\n</table></div>\n</section>");
    Some(())
}

/// `lists.html`'s `data_links` macro: the open data files and their licence.
fn data_links(o: &mut Out, links: &Links) -> Option<()> {
    let url = |p: &str| links.site_urls.url_for(p);
    o.raw("\n<p class=\"data-links\">");
    o.word("data")?
        .raw(": <a href=\"")
        .esc(&url("data/figures.csv"))
        .raw("\">figures.csv</a> (<a href=\"")
        .esc(&url("data/figures-excel.csv"))
        .raw("\">");
    o.word("for_excel")?
        .raw("</a>) · <a href=\"")
        .esc(&url("data/reports.json"))
        .raw("\">reports.json</a> · <a href=\"")
        .esc(&url("data/datapackage.json"))
        .raw("\">datapackage.json</a> · ");
    let licence = &o.s().data_license;
    o.word("licence")?.raw(" ").esc(licence).raw("</p>\n");
    Some(())
}
