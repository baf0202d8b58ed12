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
);

/// (path, bytes) of every static file of the default theme.
pub const STATIC: &[(&str, &[u8])] = &[(
    "style.css",
    include_bytes!("../themes/default/static/style.css"),
)];
