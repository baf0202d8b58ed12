//! Pages of the built-in theme written in Rust: the same bytes Tera makes of its
//! templates while all of them are the built-in theme's (`Renderer::own_markup` is
//! false). A report's page (`report.rs`), a page of a list of reports: all reports, a
//! region's, a tag's (`lists.rs`), and a year's table (`year.rs`), each inside
//! `base.html` and `meta.html` (here), with `chart.html` (`chart.rs`).
//!
//! Tera looks every dotted name up by copying its parts and walks each template's
//! nodes for each page, and its context owns a copy of every value a page is given
//! (a region's charts with their tables): that was most of the rendering stage's
//! time. Debug builds (every test that builds a site) render each of these pages both
//! ways and compare the bytes, so a change to one of the templates that is not made
//! here too fails the tests.

use std::ops::Range;

use crate::escape::escape_into;
use crate::site::Site;
use crate::urls::Urls;

mod chart;
mod lists;
mod report;
mod year;

pub(super) use lists::{list_page, ListKind, ListParts, Pager};
pub(super) use report::{report_page, ReportParts};
pub(super) use year::{year_page, YearParts};

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
    /// Where the text many pages share stands in it (see [`Out::shared`]).
    shared: Vec<Range<usize>>,
}

/// A page, and where the text it shares with other pages stands in it.
pub(in crate::render) type Written = (String, Vec<Range<usize>>);

impl<'a> Out<'a> {
    fn new(site: &'a Site, capacity: usize) -> Self {
        Out {
            s: String::with_capacity(capacity),
            site,
            shared: Vec::new(),
        }
    }

    /// The page written, and where its shared text stands.
    fn done(self) -> Written {
        (self.s, self.shared)
    }

    /// Text many pages share as it is (the site's header, a chart's source links), its
    /// place noted: the link check reads it once, not on each page.
    fn shared(&mut self, text: &str) -> &mut Self {
        let start = self.s.len();
        self.s.push_str(text);
        self.shared.push(start..self.s.len());
        self
    }

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

/// An interface word of the site, as text.
fn word<'a>(site: &'a Site, key: &str) -> Option<&'a str> {
    site.site.t.get(key).map(String::as_str)
}

/// What `base.html`'s head and `meta.html` say of a page.
struct Head<'a> {
    /// The `<title>`, unescaped.
    title: &'a str,
    /// `meta.html`'s `m_title`, `m_desc` and `m_card` (a path for `abs_url`).
    meta_title: &'a str,
    desc: &'a str,
    card: &'a str,
    /// `og:type` article (a report) rather than website.
    article: bool,
    /// The page's path in its tree (`reports/x/`), as templates get it.
    page_path: &'a str,
    /// The languages the page is in when not every language of the site (a report).
    languages: Option<&'a [String]>,
    /// The header every page of the tree shares (`site_header`).
    header: &'a str,
}

/// `base.html` around a page's content block, written by `content`.
fn page(
    o: &mut Out,
    links: &Links,
    h: &Head,
    content: impl FnOnce(&mut Out) -> Option<()>,
) -> Option<()> {
    head(o, links, h)?;
    o.raw("<body>\n").shared(h.header);
    languages(o, h)?;
    o.raw("\n</header>\n<main id=\"main\">\n");
    content(o)?;
    o.raw("\n</main>\n<footer class=\"site-footer\">\n<p><a href=\"")
        .esc(&links.urls.url_for("atom.xml"))
        .raw("\">");
    o.word("feed")?.raw("</a> · ");
    o.word("built_with")?
        .raw("</p>\n</footer>\n</body>\n</html>\n");
    Some(())
}

/// Whether the page links the others of the site's languages (`base.html`: more than
/// one language tree, and not the 404 page).
fn many_languages(site: &Site, h: &Head) -> bool {
    site.site.languages.len() > 1 && h.page_path != "404.html"
}

/// `base.html`'s head.
fn head(o: &mut Out, links: &Links, h: &Head) -> Option<()> {
    let site = o.s();
    o.raw("<!DOCTYPE html>\n<html lang=\"")
        .esc(&site.language)
        .raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
        .esc(h.title)
        .raw("</title>\n");
    meta(o, links, h);
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
            .esc(&links.urls.abs_url(h.page_path))
            .raw("\">\n");
    }
    if many_languages(o.site, h) {
        for l in &site.languages {
            if h.languages.is_none_or(|ls| ls.contains(&l.lang)) {
                o.raw("<link rel=\"alternate\" hreflang=\"")
                    .esc(&l.lang)
                    .raw("\" href=\"")
                    .esc(&l.abs_root)
                    .esc(h.page_path)
                    .raw("\">\n");
            }
        }
    }
    o.raw("</head>\n");
    Some(())
}

/// `meta.html`: a page's description, Open Graph and Twitter cards.
fn meta(o: &mut Out, links: &Links, h: &Head) {
    let site = o.s();
    let card = links.urls.abs_url(h.card);
    let (title, desc) = (h.meta_title, h.desc);
    let kind = if h.article { "article" } else { "website" };
    o.raw("<meta name=\"description\" content=\"")
        .esc(desc)
        .raw("\">\n<meta property=\"og:type\" content=\"")
        .raw(kind)
        .raw("\">\n<meta property=\"og:site_name\" content=\"")
        .esc(&site.title)
        .raw("\">\n<meta property=\"og:title\" content=\"")
        .esc(title)
        .raw("\">\n<meta property=\"og:description\" content=\"")
        .esc(desc)
        .raw("\">\n");
    if site.absolute {
        o.raw("<meta property=\"og:url\" content=\"")
            .esc(&links.urls.abs_url(h.page_path))
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
        .esc(desc)
        .raw("\">\n");
}

/// `base.html`'s links to the page in the site's other languages.
fn languages(o: &mut Out, h: &Head) -> Option<()> {
    if !many_languages(o.site, h) {
        return Some(());
    }
    let site = o.s();
    o.raw("<nav class=\"languages\" aria-label=\"");
    o.word("language")?.raw("\">\n");
    for l in &site.languages {
        o.raw("<a href=\"")
            .esc(&l.root)
            .esc(h.page_path)
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

/// `meta.html`'s values for a page that is not a report's, a region's or a year's:
/// the site's title and description, and the home page's card.
fn site_meta(site: &Site) -> (&str, &str) {
    let s = &site.site;
    let desc = match s.description.is_empty() {
        true => &s.title,
        false => &s.description,
    };
    (&s.title, desc)
}
