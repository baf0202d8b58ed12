//! A report's page of the built-in theme, written in Rust: the same bytes Tera makes
//! of `base.html`, `meta.html`, `report.html`, `figures.html`, `chart.html` and
//! `cite.html` while all of them are the built-in theme's (`Renderer::native`).
//!
//! Tera looks every dotted name up by copying its parts and walks each template's
//! nodes for each of 10,000 report pages: that was three fifths of the rendering
//! stage's time. Debug builds (every test that builds a site) render each report page
//! both ways and compare the bytes, so a change to one of these templates that is not
//! made here too fails the tests.

use crate::charts::ReportChart;
use crate::escape::escape_into;
use crate::site::{ReportView, Site};
use crate::urls::Urls;

/// What a report's page is made of, beside the site.
pub(super) struct ReportParts<'a> {
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

/// The links a page makes: `url_for` and `abs_url` within its tree, `site_url` from
/// the site's root.
pub(super) struct Links<'a> {
    pub urls: &'a Urls,
    pub site_urls: &'a Urls,
}

/// A page being written: text as it is, or escaped as Tera escapes a value.
struct Out<'a> {
    s: String,
    site: &'a Site,
}

impl<'a> Out<'a> {
    /// The site's values, for as long as the page is made.
    fn s(&self) -> &'a crate::site::SiteView {
        &self.site.site
    }

    fn raw(&mut self, text: &str) -> &mut Self {
        self.s.push_str(text);
        self
    }

    fn esc(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.s, text);
        self
    }

    fn num(&mut self, n: impl std::fmt::Display) -> &mut Self {
        use std::fmt::Write;
        let _ = write!(self.s, "{n}");
        self
    }

    /// An interface word (`t.<key>`), escaped; `None` when the site has no such word
    /// (Tera then renders the page, and names the missing word).
    fn word(&mut self, key: &str) -> Option<&mut Self> {
        let w = self.s().t.get(key)?;
        Some(self.esc(w))
    }
}

/// The page, or `None` when a word it needs is missing (Tera's error then tells which).
pub(super) fn report_page(site: &Site, links: &Links, p: &ReportParts) -> Option<String> {
    let mut o = Out {
        s: String::with_capacity(
            8_000
                + p.content.len()
                + p.figure_rows.len()
                + p.target_rows.len()
                + 12_000 * p.charts.len(),
        ),
        site,
    };
    head(&mut o, links, p)?;
    o.raw("<body>\n").raw(p.header);
    languages(&mut o, p)?;
    o.raw("\n</header>\n<main id=\"main\">\n");
    article(&mut o, links, p)?;
    o.raw("\n</main>\n<footer class=\"site-footer\">\n<p><a href=\"")
        .esc(&links.urls.url_for("atom.xml"))
        .raw("\">");
    o.word("feed")?.raw("</a> · ");
    o.word("built_with")?
        .raw("</p>\n</footer>\n</body>\n</html>\n");
    Some(o.s)
}

/// Whether the site has more than one language tree (every page then links the others).
fn many_languages(site: &Site) -> bool {
    site.site.languages.len() > 1
}

/// `base.html`'s head, with `report.html`'s title and alternates.
fn head(o: &mut Out, links: &Links, p: &ReportParts) -> Option<()> {
    let site = o.s();
    let r = p.view;
    o.raw("<!DOCTYPE html>\n<html lang=\"")
        .esc(&site.language)
        .raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
        .esc(&r.title)
        .raw(" · ")
        .esc(&site.title)
        .raw("</title>\n");
    meta(o, links, p)?;
    let site = o.s();
    o.raw("\n<meta name=\"generator\" content=\"")
        .esc(&site.generator)
        .raw("\">\n<link rel=\"stylesheet\" href=\"")
        .esc(&links.site_urls.url_for("style.css"))
        .raw("\">\n<link rel=\"icon\" href=\"")
        .esc(&links.site_urls.url_for("favicon.svg"))
        .raw("\" type=\"image/svg+xml\">\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
        .esc(&site.title)
        .raw("\" href=\"")
        .esc(&links.urls.url_for("atom.xml"))
        .raw("\">\n");
    if site.absolute {
        o.raw("<link rel=\"canonical\" href=\"")
            .esc(&links.urls.abs_url(p.page_path))
            .raw("\">\n");
    }
    if many_languages(o.site) && p.page_path != "404.html" {
        for l in &site.languages {
            if r.languages.contains(&l.lang) {
                o.raw("<link rel=\"alternate\" hreflang=\"")
                    .esc(&l.lang)
                    .raw("\" href=\"")
                    .esc(&l.abs_root)
                    .esc(p.page_path)
                    .raw("\">\n");
            }
        }
    }
    o.raw("</head>\n");
    Some(())
}

/// `meta.html` for a report: its description, Open Graph and Twitter cards.
fn meta(o: &mut Out, links: &Links, p: &ReportParts) -> Option<()> {
    let site = o.s();
    let r = p.view;
    let desc = super::truncate::truncated(&r.summary, 200);
    let card = links
        .urls
        .abs_url(&format!("cards/regions/{}.png", r.region.slug));
    let title = r.title.as_str();
    o.raw("<meta name=\"description\" content=\"")
        .esc(&desc)
        .raw("\">\n<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:site_name\" content=\"")
        .esc(&site.title)
        .raw("\">\n<meta property=\"og:title\" content=\"")
        .esc(title)
        .raw("\">\n<meta property=\"og:description\" content=\"")
        .esc(&desc)
        .raw("\">\n");
    if site.absolute {
        o.raw("<meta property=\"og:url\" content=\"")
            .esc(&links.urls.abs_url(p.page_path))
            .raw("\">\n");
    }
    o.raw("<meta property=\"og:image\" content=\"")
        .esc(&card)
        .raw("\">\n<meta property=\"og:image:type\" content=\"image/png\">\n<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">\n<meta property=\"og:image:alt\" content=\"")
        .esc(title)
        .raw("\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:image\" content=\"")
        .esc(&card)
        .raw("\">\n<meta name=\"twitter:image:alt\" content=\"")
        .esc(title)
        .raw("\">\n<meta name=\"twitter:title\" content=\"")
        .esc(title)
        .raw("\">\n<meta name=\"twitter:description\" content=\"")
        .esc(&desc)
        .raw("\">\n");
    Some(())
}

/// `base.html`'s links to the page in the site's other languages.
fn languages(o: &mut Out, p: &ReportParts) -> Option<()> {
    if !many_languages(o.site) || p.page_path == "404.html" {
        return Some(());
    }
    let site = o.s();
    o.raw("<nav class=\"languages\" aria-label=\"");
    o.word("language")?.raw("\">\n");
    for l in &site.languages {
        o.raw("<a href=\"")
            .esc(&l.root)
            .esc(p.page_path)
            .raw("\" lang=\"")
            .esc(&l.lang)
            .raw("\" hreflang=\"")
            .esc(&l.lang);
        match l.lang == site.language {
            true => o.raw("\" aria-current=\"page\">"),
            false => o.raw("\">"),
        };
        o.esc(&l.name).raw("</a>\n");
    }
    o.raw("</nav>");
    Some(())
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
        chart(o, links, c)?;
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

/// `{{ a * 100 / b }}` as Tera says it: a whole number without a point, else the
/// shortest decimals; `None` for 0 / 0.
fn percent(a: u32, b: u32) -> Option<String> {
    let res = (f64::from(a) * 100.0) / f64::from(b);
    if res.is_nan() {
        None
    } else if res.round() == res && res.is_finite() {
        Some((res as i64).to_string())
    } else {
        Some(res.to_string())
    }
}

/// `chart.html`: one of a report's charts.
fn chart(o: &mut Out, links: &Links, c: &ReportChart) -> Option<()> {
    let url = |path: &str| links.urls.url_for(path);
    o.raw("<div class=\"chart\">\n<figure>\n");
    if !c.svg.is_empty() {
        o.raw("<div class=\"chart-wide\">")
            .raw(c.svg)
            .raw("</div>\n<div class=\"chart-narrow\">")
            .raw(c.narrow)
            .raw("</div>\n");
    } else {
        for (class, path, w, h) in [
            ("chart-wide", c.path, c.width, c.height),
            (
                "chart-narrow",
                c.narrow_path,
                c.narrow_width,
                c.narrow_height,
            ),
        ] {
            o.raw("<div class=\"")
                .raw(class)
                .raw("\"><div class=\"chart-box\" style=\"padding-top:")
                .raw(&percent(h, w)?)
                .raw("%\"><object data=\"")
                .esc(&url(path))
                .esc(&c.target)
                .raw("\" type=\"image/svg+xml\" role=\"img\" aria-label=\"")
                .esc(c.title)
                .raw("\" width=\"")
                .num(w)
                .raw("\" height=\"")
                .num(h)
                .raw("\">")
                .esc(&c.desc)
                .raw("</object></div></div>\n");
        }
    }
    o.raw("\n<figcaption>").esc(c.title);
    if let Some(note) = c.note.as_deref().filter(|n| !n.is_empty()) {
        o.raw(" <small>(").esc(note).raw(")</small>");
    }
    o.raw("</figcaption>\n</figure>\n<p class=\"chart-source\">")
        .esc(c.source.text)
        .raw(c.source.links_html);
    if let Some(regions) = c.source.regions.as_deref().filter(|n| !n.is_empty()) {
        o.raw(" <a href=\"")
            .esc(&url("regions/"))
            .raw("\">")
            .esc(regions)
            .raw("</a>");
    }
    chart_files(o, links, c)?;
    o.raw("<details>\n<summary>");
    o.word("chart_data")?
        .raw("</summary>\n<div class=\"table-wrap\">\n")
        .raw(&c.table.html)
        .raw("\n</div>\n</details>\n</div>\n");
    Some(())
}

/// `chart.html`'s links to a chart's files and its embed code.
fn chart_files(o: &mut Out, links: &Links, c: &ReportChart) -> Option<()> {
    let url = |path: &str| links.urls.url_for(path);
    o.raw("</p>\n<p class=\"chart-csv\"><a href=\"")
        .esc(&url(c.csv))
        .raw("\" type=\"text/csv\" download>")
        .esc(c.csv_label)
        .raw("</a>");
    if !c.path.is_empty() {
        o.raw(" · <a href=\"")
            .esc(&url(c.path))
            .raw("\" type=\"image/svg+xml\" download>SVG</a>");
    }
    if !c.png.is_empty() {
        o.raw(" · <a href=\"")
            .esc(&url(c.png))
            .raw("\" type=\"image/png\" download>PNG</a>");
    }
    if !c.embed.is_empty() {
        o.raw(" · <a href=\"").esc(&url(c.embed)).raw("\">");
        o.word("chart_embed")?.raw("</a>");
    }
    o.raw("</p>\n");
    if !c.embed.is_empty() {
        o.raw("<details class=\"chart-embed\"><summary>");
        o.word("chart_embed_code")?
            .raw("</summary><pre><code>&lt;iframe src=\"")
            .esc(&links.urls.abs_url(c.embed))
            .raw("\" width=\"")
            .num(c.width)
            .raw("\" height=\"")
            .num(u64::from(c.height) + 90)
            .raw("\" style=\"border:0;max-width:100%\" loading=\"lazy\" title=\"")
            .esc(c.title)
            .raw("\"&gt;&lt;/iframe&gt;</code></pre></details>");
    }
    o.raw("\n");
    Some(())
}
