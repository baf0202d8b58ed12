//! Internal link checking over the rendered pages (`build` and `check`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use foldhash::HashSet;

use memchr::memmem;

use crate::diagnostics::Diagnostic;
use crate::output::{OutputSet, Source};

/// Every `href` and `src` of the tags of `html`, in the order they come, read as HTML
/// reads them: quoted with `"` or `'` or not quoted at all, and never in text, comments,
/// scripts or styles (a report may show `<a href='x'>` as code). Each `<` is found with
/// memchr and only tags are read, so a page costs little more than one pass.
pub fn links_in(html: &str) -> Vec<&str> {
    // Each link is cut at ASCII bytes (quotes, spaces, `>`), so on char boundaries.
    links_in_bytes(html.as_bytes())
        .into_iter()
        .filter_map(|l| std::str::from_utf8(l).ok())
        .collect()
}

/// [`links_in`] of a page as the bytes it is written as.
pub fn links_in_bytes(bytes: &[u8]) -> Vec<&[u8]> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + lt + 1;
        i = match bytes.get(at) {
            Some(b'!') if bytes[at..].starts_with(b"!--") => after(bytes, at + 3, b"-->"),
            Some(b'!' | b'?') => after(bytes, at, b">"),
            Some(c) if c.is_ascii_alphabetic() => {
                let (end, name) = tag(bytes, at, &mut found);
                match raw_text(name) {
                    Some(close) => after_close(bytes, end, close),
                    None => end,
                }
            }
            _ => at,
        };
    }
    found
}

/// Just past the first `what` from `from` (the end when there is none).
fn after(bytes: &[u8], from: usize, what: &[u8]) -> usize {
    let from = from.min(bytes.len());
    memmem::find(&bytes[from..], what).map_or(bytes.len(), |n| from + n + what.len())
}

/// Elements whose content is not HTML: their closing tag (`name` in any case, read
/// with no copy: a page has hundreds of tags).
fn raw_text(name: &[u8]) -> Option<&'static [u8]> {
    const RAW: [&[u8]; 4] = [b"</script", b"</style", b"</textarea", b"</title"];
    RAW.into_iter()
        .find(|close| close[2..].eq_ignore_ascii_case(name))
}

/// Past the closing tag `close` (any case), from `from`.
fn after_close(bytes: &[u8], from: usize, close: &[u8]) -> usize {
    let mut i = from;
    while let Some(n) = memchr::memchr(b'<', &bytes[i.min(bytes.len())..]) {
        let at = i + n;
        let end = at + close.len();
        if end <= bytes.len() && bytes[at..end].eq_ignore_ascii_case(close) {
            return end;
        }
        i = at + 1;
    }
    bytes.len()
}

/// Reads the tag whose name starts at `at`: pushes its `href` and `src` values onto
/// `found`, and gives where the tag ends and its name.
fn tag<'h>(b: &'h [u8], at: usize, found: &mut Vec<&'h [u8]>) -> (usize, &'h [u8]) {
    let stop = |c: u8| c.is_ascii_whitespace() || c == b'/' || c == b'>';
    let mut i = at;
    while i < b.len() && !stop(b[i]) {
        i += 1;
    }
    let name = &b[at..i];
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return ((i + 1).min(b.len()), name);
        }
        let start = i;
        while i < b.len() && !stop(b[i]) && b[i] != b'=' {
            i += 1;
        }
        let attr = &b[start..i];
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j >= b.len() || b[j] != b'=' {
            continue;
        }
        j += 1;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let (value, end) = match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let len = memchr::memchr(q, &b[j + 1..]).unwrap_or(b.len() - j - 1);
                (&b[j + 1..j + 1 + len], (j + 2 + len).min(b.len()))
            }
            _ => {
                let mut k = j;
                while k < b.len() && !b[k].is_ascii_whitespace() && b[k] != b'>' {
                    k += 1;
                }
                (&b[j..k], k)
            }
        };
        if attr.eq_ignore_ascii_case(b"href") || attr.eq_ignore_ascii_case(b"src") {
            found.push(value);
        }
        i = end;
    }
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
    pub fn page(&self, shown: impl Fn() -> String, html: &[u8]) -> Vec<Diagnostic> {
        let base_path = self.base_path;
        // Each link is looked up as it comes (a page names many twice: its region, the
        // reports a chart comes from); only the broken ones are sorted and told once.
        let mut bad: Vec<(Cow<str>, bool)> = Vec::new();
        for link in links_in_bytes(html) {
            // A page is text (Tera writes only text): the lossy reading changes nothing.
            let link = String::from_utf8_lossy(link);
            let link = match link.contains('&') {
                true => Cow::Owned(link.replace("&amp;", "&")),
                false => link,
            };
            let Some(target) = link.strip_prefix(base_path) else {
                if link.starts_with('/') && !link.starts_with("//") {
                    bad.push((link, true));
                }
                continue;
            };
            let target = target.split(['#', '?']).next().unwrap_or_default();
            let found = match target.is_empty() || target.ends_with('/') {
                true => self.folders.contains(target),
                false => self.paths.contains(target) || self.folders.contains(target),
            };
            if !found {
                bad.push((link, false));
            }
        }
        bad.sort_unstable();
        bad.dedup();
        let broken = bad.into_iter().map(|(link, outside)| match outside {
            true => Diagnostic::new(
                shown(),
                format!("link `{link}` is outside the site's path `{base_path}`"),
            )
            .help("make links with url_for(path=...) so they carry base_url's path"),
            false => Diagnostic::new(shown(), format!("broken link to `{link}`"))
                .help("link to a file under content/ or static/, or to another report's .md file"),
        });
        broken.collect()
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
            broken.extend(checker.page(|| page_name(path, sources), text.as_bytes()));
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
    fn reads_tags_as_html_does() {
        let html = concat!(
            "<a href='/single/'>s</a><a class=x href=/bare/>b</a><A HREF = \"/spaced/\">c</A>",
            "<img\nsrc=\"i.png\"/><p data-href=\"/no/\" title='a > b' href=\"/after-gt/\">",
            "<code>&lt;a href='/in-code/'&gt;</code> text href=\"/in-text/\" ",
            "<!-- <a href=\"/commented/\"> --><script>let s = '<a href=\"/js/\">';</script>",
            "<style>a[href=\"/css/\"]{}</style><svg><a xlink:href=\"/xlink/\" href=\"/svg/\"></a></svg>",
            "<a href=\"/unclosed"
        );
        assert_eq!(
            links_in(html),
            vec![
                "/single/",
                "/bare/",
                "/spaced/",
                "i.png",
                "/after-gt/",
                "/svg/",
                "/unclosed"
            ]
        );
        assert!(
            links_in("<").is_empty()
                && links_in("<a href").is_empty()
                && links_in("<a href=").len() == 1
        );
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
            .map(|d| d.message.to_string())
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
