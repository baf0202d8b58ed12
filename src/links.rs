//! Internal link checking over the rendered pages (`build` and `check`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use foldhash::HashSet;

use memchr::memmem;

use crate::diagnostics::Diagnostic;
use crate::output::{OutputSet, Source};

/// Every `href="…"` and `src="…"` in `html`, in the order they come: each name is
/// searched for on its own (a page has hundreds of attributes, few of them links),
/// and kept when it follows whitespace (a real attribute, not `data-href`).
pub fn links_in(html: &str) -> Vec<&str> {
    let bytes = html.as_bytes();
    let mut found: Vec<(usize, &str)> = Vec::new();
    for name in ["href=\"", "src=\""] {
        for at in memmem::find_iter(bytes, name) {
            if at == 0 || !matches!(bytes[at - 1], b' ' | b'\n' | b'\t') {
                continue;
            }
            let start = at + name.len();
            if let Some(len) = memchr::memchr(b'"', &bytes[start..]) {
                found.push((start, &html[start..start + len]));
            }
        }
    }
    found.sort_unstable_by_key(|&(at, _)| at);
    found.into_iter().map(|(_, link)| link).collect()
}

/// Checks the links of pages against the paths of every file of the site.
pub struct LinkChecker<'a> {
    paths: HashSet<&'a str>,
    /// The folders that have an `index.html`, without and with the final slash.
    folders: HashSet<&'a str>,
    base_path: &'a str,
}

impl<'a> LinkChecker<'a> {
    pub fn new(paths: impl IntoIterator<Item = &'a str>, base_path: &'a str) -> Self {
        let paths: HashSet<&str> = paths.into_iter().collect();
        let mut folders = HashSet::default();
        for p in &paths {
            if let Some(dir) = p.strip_suffix("index.html") {
                folders.insert(dir);
                folders.insert(dir.strip_suffix('/').unwrap_or(dir));
            }
        }
        LinkChecker {
            paths,
            folders,
            base_path,
        }
    }

    /// Links of one HTML page under `base_path` that lead to no file; `shown` names
    /// the page (or the report it comes from) in the messages.
    pub fn page(&self, shown: impl Fn() -> String, html: &str) -> Vec<Diagnostic> {
        let base_path = self.base_path;
        let mut broken = Vec::new();
        // Each link once: a page names many twice (its region, the reports a chart
        // comes from), and each lookup in the site's paths is a miss in the cache.
        let mut links = links_in(html);
        links.sort_unstable();
        links.dedup();
        for link in links {
            let link = match link.contains('&') {
                true => Cow::Owned(link.replace("&amp;", "&")),
                false => Cow::Borrowed(link),
            };
            let Some(target) = link.strip_prefix(base_path) else {
                if link.starts_with('/') && !link.starts_with("//") {
                    broken.push(
                        Diagnostic::new(
                            shown(),
                            format!("link `{link}` is outside the site's path `{base_path}`"),
                        )
                        .help("make links with url_for(path=...) so they carry base_url's path"),
                    );
                }
                continue;
            };
            let target = target.split(['#', '?']).next().unwrap_or_default();
            let found = match target.is_empty() || target.ends_with('/') {
                true => self.folders.contains(target),
                false => self.paths.contains(target) || self.folders.contains(target),
            };
            if !found {
                broken.push(
                    Diagnostic::new(shown(), format!("broken link to `{link}`")).help(
                        "link to a file under content/ or static/, or to another report's .md file",
                    ),
                );
            }
        }
        broken
    }
}

/// How a page is named in messages: by the report file it comes from, if any.
pub fn page_name(path: &str, sources: &BTreeMap<String, String>) -> String {
    sources
        .get(path)
        .map(|src| format!("{src} (page {path})"))
        .unwrap_or_else(|| format!("output/{path}"))
}

/// Links under `base_path` that lead to no file of the site. A broken link on a
/// report's page is reported against the report's file (`sources`: page → file).
pub fn check(
    files: &OutputSet,
    base_path: &str,
    sources: &BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let checker = LinkChecker::new(files.paths(), base_path);
    let mut broken = Vec::new();
    for (path, src) in files.iter() {
        let Source::Text(text) = src else { continue };
        if path.ends_with(".html") {
            broken.extend(checker.page(|| page_name(path, sources), text));
        }
    }
    broken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(pages: &[(&str, &str)]) -> OutputSet {
        let mut set = OutputSet::default();
        for (p, text) in pages {
            set.generate(p.to_string(), text.to_string()).unwrap();
        }
        set
    }

    #[test]
    fn finds_attributes_only() {
        let html = r#"<a href="/a/">x</a> <img src="b.png"> data-href="no" <link href="c.css">"#;
        assert_eq!(links_in(html), vec!["/a/", "b.png", "c.css"]);
    }

    #[test]
    fn reports_broken_and_outside_links() {
        let set = site(&[
            (
                "index.html",
                r#"<a href="/repo/ok/">k</a> <a href="/repo/missing/">m</a> <a href="/style.css">s</a> <a href="https://x.org/">x</a>"#,
            ),
            ("ok/index.html", "fine"),
        ]);
        let broken: Vec<String> = check(&set, "/repo/", &BTreeMap::new())
            .iter()
            .map(|d| d.message.clone())
            .collect();
        assert_eq!(
            broken,
            vec![
                "broken link to `/repo/missing/`".to_string(),
                "link `/style.css` is outside the site's path `/repo/`".to_string(),
            ]
        );
    }
}
