//! `chart.html`: one chart, inline or from its files, with its source, its files, its
//! embed code and its numbers as a table.

use std::borrow::Cow;

use super::{Links, Out};
use crate::charts::{Chart, Marked, ReportChart};

/// What `chart.html` reads of a chart, borrowed from a report's chart or a region's,
/// a year's or the home page's.
pub(super) struct ChartParts<'a> {
    svg: &'a str,
    narrow: &'a str,
    path: &'a str,
    narrow_path: &'a str,
    /// What follows the files' URL (`#y2023`).
    target: &'a str,
    title: &'a str,
    desc: &'a str,
    note: Option<&'a str>,
    width: u32,
    height: u32,
    narrow_width: u32,
    narrow_height: u32,
    source: &'a str,
    links_html: Cow<'a, str>,
    regions: Option<&'a str>,
    csv: &'a str,
    csv_label: &'a str,
    png: &'a str,
    embed: &'a str,
    table_html: Cow<'a, str>,
    /// Where the row of the year the page marks starts in `table_html`.
    table_row: Option<usize>,
}

impl<'a> ChartParts<'a> {
    pub(super) fn of_report(c: &'a ReportChart<'a>) -> Self {
        ChartParts {
            svg: c.svg,
            narrow: c.narrow,
            path: c.path,
            narrow_path: c.narrow_path,
            target: &c.target,
            title: c.title,
            desc: &c.desc,
            note: c.note.as_deref(),
            width: c.width,
            height: c.height,
            narrow_width: c.narrow_width,
            narrow_height: c.narrow_height,
            source: c.source.text,
            links_html: Cow::Borrowed(c.source.links_html),
            regions: c.source.regions.as_deref(),
            csv: c.csv,
            csv_label: c.csv_label,
            png: c.png,
            embed: c.embed,
            table_html: Cow::Borrowed(c.table.html.html),
            table_row: c.table.html.row,
        }
    }

    pub(super) fn of(c: &'a Chart) -> Self {
        ChartParts {
            svg: &c.svg,
            narrow: &c.narrow,
            path: &c.path,
            narrow_path: &c.narrow_path,
            target: &c.target,
            title: &c.title,
            desc: &c.desc,
            note: c.note.as_deref(),
            width: c.width,
            height: c.height,
            narrow_width: c.narrow_width,
            narrow_height: c.narrow_height,
            source: &c.source.text,
            links_html: Cow::Owned(c.source.links_html()),
            regions: c.source.regions.as_deref(),
            csv: &c.csv,
            csv_label: &c.csv_label,
            png: &c.png,
            embed: &c.embed,
            table_html: Cow::Owned(c.table.html()),
            table_row: None,
        }
    }
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

/// `chart.html`.
pub(super) fn chart(o: &mut Out, links: &Links, c: &ChartParts) -> Option<()> {
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
                .esc(c.target)
                .raw("\" type=\"image/svg+xml\" role=\"img\" aria-label=\"")
                .esc(c.title)
                .raw("\" width=\"")
                .num(w)
                .raw("\" height=\"")
                .num(h)
                .raw("\">")
                .esc(c.desc)
                .raw("</object></div></div>\n");
        }
    }
    o.raw("\n<figcaption>").esc(c.title);
    if let Some(note) = c.note.filter(|n| !n.is_empty()) {
        o.raw(" <small>(").esc(note).raw(")</small>");
    }
    o.raw("</figcaption>\n</figure>\n<p class=\"chart-source\">")
        .esc(c.source)
        .shared(&c.links_html);
    if let Some(regions) = c.regions.filter(|n| !n.is_empty()) {
        o.raw(" <a href=\"")
            .esc(&url("regions/"))
            .raw("\">")
            .esc(regions)
            .raw("</a>");
    }
    chart_files(o, links, c)?;
    o.raw("<details>\n<summary>");
    o.word("chart_data")?
        .raw("</summary>\n<div class=\"table-wrap\">\n");
    let table = Marked {
        html: &c.table_html,
        row: c.table_row,
    };
    for piece in table.pieces() {
        o.raw(piece);
    }
    o.raw("\n</div>\n</details>\n</div>\n");
    Some(())
}
/// `chart.html`'s links to a chart's files and its embed code.
fn chart_files(o: &mut Out, links: &Links, c: &ChartParts) -> Option<()> {
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
