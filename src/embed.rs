//! Embed pages: one small page per chart of the home, region and year pages
//! (`embed/<chart>/index.html`), that a newspaper can put in an `<iframe>`: the
//! chart's title, its drawing, where its numbers come from, and a link back to the
//! page it belongs to (opened outside the frame). Every link goes through the site's
//! URLs, so the pages work under a GitHub Pages sub-path; the link back is absolute,
//! as a frame on another site needs.

use crate::charts::{Chart, ChartSet};
use crate::escape::escape;
use crate::site::Site;
use crate::urls;

/// Every embed page of a tree: (path under the tree's root, HTML).
pub fn pages(site: &Site, charts: &ChartSet) -> Vec<(String, String)> {
    embedded(charts)
        .map(|(c, page)| (format!("{}index.html", c.embed), page_html(site, c, &page)))
        .collect()
}

/// The paths [`pages`] makes, without making them.
pub fn paths(charts: &ChartSet) -> Vec<String> {
    embedded(charts)
        .map(|(c, _)| format!("{}index.html", c.embed))
        .collect()
}

/// Each chart with an embed page, and the path of the page it belongs to.
fn embedded(charts: &ChartSet) -> impl Iterator<Item = (&Chart, String)> {
    let home = charts.home.iter().map(|c| (c, String::new()));
    let regions = charts
        .regions
        .iter()
        .flat_map(|(slug, cs)| cs.iter().map(move |c| (c, urls::region_path(slug))));
    let years = charts
        .years
        .iter()
        .flat_map(|(year, cs)| cs.iter().map(move |c| (c, urls::year_path(*year))));
    home.chain(regions)
        .chain(years)
        .filter(|(c, _)| !c.embed.is_empty())
}

/// The little page: no script, its own few styles, light and dark.
fn page_html(site: &Site, c: &Chart, page: &str) -> String {
    let s = &site.site;
    let u = &site.urls;
    let back = u.abs_url(page);
    let t = |k: &str| escape(site.loc.get(k));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title} · {site}</title>\n<meta name=\"description\" content=\"{desc}\">\n<meta name=\"robots\" content=\"noindex\">\n\
<link rel=\"canonical\" href=\"{back}\">\n<style>{STYLE}</style>\n</head>\n<body>\n\
<figure>\n<figcaption>{title}</figcaption>\n\
<img src=\"{svg}\" alt=\"{desc}\" width=\"{w}\" height=\"{h}\">\n</figure>\n\
<p>{source} <a href=\"{back}\" target=\"_top\">{site}</a> · <a href=\"{csv}\" target=\"_top\">{csv_label}</a> · {licence} {data_license}</p>\n\
</body>\n</html>\n",
        lang = escape(&s.language),
        title = escape(&c.title),
        site = escape(&s.title),
        back = escape(&back),
        svg = escape(&u.url_for(&c.path)),
        desc = escape(&c.desc),
        w = c.width,
        h = c.height,
        source = escape(c.source.text.trim_end_matches(':')),
        csv = escape(&u.url_for(&c.csv)),
        csv_label = escape(&c.csv_label),
        licence = t("licence"),
        data_license = escape(&s.data_license),
    )
}

/// The embed pages' styles: the drawing as wide as the frame, text that reads.
const STYLE: &str = "body{margin:0;padding:8px;font:14px/1.4 system-ui,sans-serif;color:#1b1f24;background:#fff}\
figure{margin:0}figcaption{font-weight:bold;margin:0 0 4px}img{display:block;width:100%;height:auto}\
p{margin:6px 0 0;font-size:13px}a{color:#0a58ca}\
@media (prefers-color-scheme:dark){body{color:#e4e7eb;background:#15181c}a{color:#8cb4ff}}";

#[cfg(test)]
mod tests {
    use crate::charts::embed_path;

    #[test]
    fn a_chart_file_has_its_embed_page() {
        assert_eq!(embed_path("charts/home-counts.svg"), "embed/home-counts/");
        assert_eq!(
            embed_path("charts/regions/hoa-binh-income.svg"),
            "embed/regions/hoa-binh-income/"
        );
    }
}
