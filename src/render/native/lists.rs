//! A page of a list of reports: every report (`reports.html`), a region's
//! (`region.html`, with its history and charts on the first page) or a tag's
//! (`tag.html`), each with `report_table.html` and `lists.html`'s pager.

use super::chart::{chart, ChartParts};
use super::{page, site_meta, word, Head, Links, Out, Written};
use crate::charts::Chart;
use crate::site::{Group, RegionHistory, Site};

/// Where a page of a list stands among the others (`pager` in the templates).
pub(in crate::render) struct Pager<'a> {
    pub number: usize,
    pub pages: usize,
    pub prev: Option<&'a str>,
    pub next: Option<&'a str>,
    /// Every page's link.
    pub links: &'a [String],
}

/// Which list a page is of.
pub(in crate::render) enum ListKind<'a> {
    /// Every report.
    All,
    /// A region's reports, with its history (with a register) and its charts.
    Region {
        group: &'a Group,
        history: Option<&'a RegionHistory>,
        charts: Vec<&'a Chart>,
    },
    Tag(&'a Group),
}

/// What a page of a list is made of, beside the site.
pub(in crate::render) struct ListParts<'a> {
    pub kind: ListKind<'a>,
    /// The page's rows of reports, as HTML (`report_rows`).
    pub rows: &'a str,
    /// Whether the page lists any report.
    pub any: bool,
    pub pager: Pager<'a>,
    pub page_path: &'a str,
    pub header: &'a str,
}

/// The page, or `None` when a word it needs is missing (Tera's error then tells which).
pub(in crate::render) fn list_page(site: &Site, links: &Links, p: &ListParts) -> Option<Written> {
    let mut o = Out::new(site, 8_000 + p.rows.len() + 80 * p.pager.links.len());
    let s = &site.site;
    let (site_title, site_desc) = site_meta(site);
    let (title, meta_title, desc, card) = match &p.kind {
        ListKind::All => {
            let mut title = word(site, "all_reports")?.to_string();
            if p.pager.number > 1 {
                let page = word(site, "page")?;
                title.push_str(&format!(" ({page} {})", p.pager.number));
            }
            let title = format!("{title} · {}", s.title);
            let card = "cards/home.png".to_string();
            (title, site_title.to_string(), site_desc.to_string(), card)
        }
        ListKind::Region { group, .. } => {
            let meta_title = format!("{} {}", word(site, "reports_in")?, group.name);
            let desc = format!("{meta_title} · {}", s.title);
            let card = format!("cards/regions/{}.png", group.slug);
            (
                format!("{} · {}", group.name, s.title),
                meta_title,
                desc,
                card,
            )
        }
        ListKind::Tag(group) => {
            let card = "cards/home.png".to_string();
            let title = format!("{} · {}", group.name, s.title);
            (title, site_title.to_string(), site_desc.to_string(), card)
        }
    };
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

/// The content block of `reports.html`, `region.html` or `tag.html`.
fn content(o: &mut Out, links: &Links, p: &ListParts) -> Option<()> {
    o.raw("\n<h1>");
    match &p.kind {
        ListKind::All => {
            o.word("all_reports")?.raw("</h1>\n");
            if p.any {
                report_table(o, p.rows, false)?;
            } else {
                o.raw("<p>");
                o.word("no_reports")?.raw("</p>");
            }
        }
        ListKind::Region {
            group,
            history,
            charts,
        } => {
            o.word("reports_in")?
                .raw(" ")
                .esc(&group.name)
                .raw("</h1>\n");
            if let Some(h) = history {
                region_history(o, h)?;
            }
            o.raw("\n");
            for c in charts {
                chart(o, links, &ChartParts::of(c))?;
            }
            o.raw("\n");
            report_table(o, p.rows, true)?;
        }
        ListKind::Tag(group) => {
            o.word("tagged")?.raw(" “").esc(&group.name).raw("”</h1>\n");
            report_table(o, p.rows, false)?;
        }
    }
    o.raw("\n");
    pager(o, &p.pager)?;
    o.raw("\n");
    Some(())
}

/// `region.html`'s history of the region.
fn region_history(o: &mut Out, h: &RegionHistory) -> Option<()> {
    o.raw("<section class=\"history\" aria-labelledby=\"history\">\n<h2 id=\"history\">");
    o.word("region_history")?.raw("</h2>\n");
    for s in &h.sentences {
        o.raw("<p>").raw(s).raw("</p>\n");
    }
    let code = h.code.as_deref().filter(|c| !c.is_empty());
    if code.is_some() || !h.period.is_empty() {
        o.raw("<p><small>");
        if let Some(code) = code {
            o.word("region_code")?
                .raw(": <data value=\"")
                .esc(code)
                .raw("\">")
                .esc(code)
                .raw("</data>");
            if !h.period.is_empty() {
                o.raw(" · ");
            }
        }
        o.esc(&h.period).raw("</small></p>");
    }
    o.raw("\n</section>");
    Some(())
}

/// `report_table.html`: the head of a table of reports, and its rows.
fn report_table(o: &mut Out, rows: &str, hide_region: bool) -> Option<()> {
    o.raw("<div class=\"table-wrap\">\n<table class=\"reports\">\n<thead>\n<tr><th scope=\"col\">");
    o.word("date")?.raw("</th>");
    if !hide_region {
        o.raw("<th scope=\"col\">");
        o.word("region")?.raw("</th>");
    }
    o.raw("<th scope=\"col\">");
    o.word("year")?.raw("</th><th scope=\"col\">");
    o.word("reports")?.raw("</th>");
    for h in &o.s().headline {
        o.raw("<th scope=\"col\" class=\"num\">")
            .esc(h)
            .raw("</th>");
    }
    o.raw("</tr>\n</thead>\n<tbody>\n")
        .raw(rows)
        .raw("</tbody>\n</table>\n</div>\n");
    Some(())
}

/// `lists.html`'s `pager` macro: the page's number and links to the others.
pub(super) fn pager(o: &mut Out, p: &Pager) -> Option<()> {
    o.raw("\n");
    if p.pages > 1 {
        o.raw("<nav class=\"pager\" aria-label=\"");
        o.word("pages")?.raw("\">\n<p>");
        o.word("page")?.raw(" ").num(p.number).raw(" ");
        o.word("of")?.raw(" ").num(p.pages).raw("</p>\n<ul>\n");
        if let Some(prev) = p.prev {
            o.raw("<li><a rel=\"prev\" href=\"").esc(prev).raw("\">← ");
            o.word("previous_page")?.raw("</a></li>");
        }
        o.raw("\n");
        for (k, link) in p.links.iter().enumerate() {
            o.raw("<li><a href=\"").esc(link);
            match k + 1 == p.number {
                true => o.raw("\" aria-current=\"page\">"),
                false => o.raw("\">"),
            };
            o.num(k + 1).raw("</a></li>\n");
        }
        o.raw("\n");
        if let Some(next) = p.next {
            o.raw("<li><a rel=\"next\" href=\"").esc(next).raw("\">");
            o.word("next_page")?.raw(" →</a></li>");
        }
        o.raw("\n</ul>\n</nav>");
    }
    o.raw("\n");
    Some(())
}
