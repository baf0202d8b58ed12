//! The default theme, built into the binary: used when a site has no
//! `themes/default/` folder, and written out by `coopsite init`.

macro_rules! theme_files {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../themes/default/templates/", $name)))),*]
    };
}

/// (name, text) of every template of the default theme.
pub const TEMPLATES: &[(&str, &str)] = theme_files!(
    "base.html",
    "chart.html",
    "cite.html",
    "meta.html",
    "figures.html",
    "report_table.html",
    "year_table.html",
    "lists.html",
    "index.html",
    "reports.html",
    "years.html",
    "year.html",
    "report.html",
    "region.html",
    "regions.html",
    "tag.html",
    "tags.html",
    "404.html",
    "atom.xml",
    "sitemap.xml",
    "sitemap_index.xml",
    "robots.txt",
    "search.html",
    "search_box.html",
    "site_header.html",
);

/// (path, bytes) of the default theme's static files, but for the search's
/// ([`SEARCH_STATIC`]).
pub const STATIC: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../themes/default/static/style.css"),
    ),
    (
        "favicon.svg",
        include_bytes!("../themes/default/static/favicon.svg"),
    ),
];

/// (path, bytes) of the search's script and style: every site with search gets them,
/// unless its theme or `static/` has its own.
pub const SEARCH_STATIC: [(&str, &[u8]); 2] = [
    (
        "search.js",
        include_bytes!("../themes/default/static/search.js"),
    ),
    (
        "search.css",
        include_bytes!("../themes/default/static/search.css"),
    ),
];
