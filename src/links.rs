//! Internal link checking over the rendered pages (`build` and `check`).

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Mutex;

use foldhash::{HashMap, HashSet};

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
    links_around(bytes, &[], |_, _| {})
}

/// [`links_in_bytes`], except in the ranges `shared` (in order, none overlapping: text
/// many pages share), each given to `on_shared` instead when the reading reaches it
/// between tags, where a page read whole would read it as a piece of its own (a range
/// reached inside a tag, comment or script is read with the page).
fn links_around<'h>(
    bytes: &'h [u8],
    shared: &[Range<usize>],
    mut on_shared: impl FnMut(&'h [u8], &mut Vec<&'h [u8]>),
) -> Vec<&'h [u8]> {
    let mut found = Vec::new();
    let mut shared = shared.iter().filter(|r| r.end <= bytes.len()).peekable();
    let mut i = 0;
    loop {
        while shared.next_if(|r| r.start < i).is_some() {}
        let lt = find(bytes, i, b'<');
        if let Some(r) = shared.next_if(|r| lt.is_none_or(|lt| lt >= r.start)) {
            on_shared(&bytes[r.clone()], &mut found);
            i = r.end;
            continue;
        }
        let Some(lt) = lt else { break };
        let at = lt + 1;
        i = match bytes.get(at) {
            Some(b'!') if bytes[at..].starts_with(b"!--") => after(bytes, at + 3, b"-->"),
            Some(b'!' | b'?') => find(bytes, at, b'>').map_or(bytes.len(), |n| n + 1),
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

/// The first `c` from `from`. Most stretches on a page are short (between the tags of
/// a table, inside a tag): those are read byte by byte, which costs less than setting
/// up memchr; a longer one is left to memchr.
#[inline]
fn find(bytes: &[u8], from: usize, c: u8) -> Option<usize> {
    const SHORT: usize = 16;
    let hay = bytes.get(from..)?;
    let head = hay.len().min(SHORT);
    match hay[..head].iter().position(|&b| b == c) {
        Some(n) => Some(from + n),
        None => memchr::memchr(c, &hay[head..]).map(|n| from + head + n),
    }
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
    while let Some(at) = find(bytes, i, b'<') {
        let end = at + close.len();
        if end <= bytes.len() && bytes[at..end].eq_ignore_ascii_case(close) {
            return end;
        }
        i = at + 1;
    }
    bytes.len()
}

/// What a byte is inside a tag: space, the end of a name (space, `/`, `>`), `=`, `>`.
const SPACE: u8 = 1;
const NAME_END: u8 = 2;
const EQUALS: u8 = 4;
const GT: u8 = 8;
const CLASS: [u8; 256] = {
    let mut class = [0; 256];
    let mut c = 0;
    while c < 256 {
        if (c as u8).is_ascii_whitespace() {
            class[c] = SPACE | NAME_END;
        }
        c += 1;
    }
    class[b'/' as usize] = NAME_END;
    class[b'>' as usize] = NAME_END | GT;
    class[b'=' as usize] = EQUALS;
    class
};

/// Where the first byte from `i` none of whose classes is in `classes` stands.
#[inline]
fn skip(b: &[u8], mut i: usize, classes: u8) -> usize {
    while i < b.len() && CLASS[b[i] as usize] & classes != 0 {
        i += 1;
    }
    i
}

/// Where the first byte from `i` of a class in `classes` stands (the end if none).
#[inline]
fn until(b: &[u8], mut i: usize, classes: u8) -> usize {
    while i < b.len() && CLASS[b[i] as usize] & classes == 0 {
        i += 1;
    }
    i
}

/// Reads the tag whose name starts at `at`: pushes its `href` and `src` values onto
/// `found`, and gives where the tag ends and its name.
fn tag<'h>(b: &'h [u8], at: usize, found: &mut Vec<&'h [u8]>) -> (usize, &'h [u8]) {
    let mut i = until(b, at, NAME_END);
    let name = &b[at..i];
    loop {
        while i < b.len() && (CLASS[b[i] as usize] & SPACE != 0 || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return ((i + 1).min(b.len()), name);
        }
        let start = i;
        i = until(b, i, NAME_END | EQUALS);
        let attr = &b[start..i];
        let j = skip(b, i, SPACE);
        if j >= b.len() || b[j] != b'=' {
            continue;
        }
        let j = skip(b, j + 1, SPACE);
        let (value, end) = match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let close = find(b, j + 1, q).unwrap_or(b.len());
                (&b[j + 1..close], (close + 1).min(b.len()))
            }
            _ => {
                let k = until(b, j, SPACE | GT);
                (&b[j..k], k)
            }
        };
        if matches!(attr.len(), 3 | 4)
            && (attr.eq_ignore_ascii_case(b"href") || attr.eq_ignore_ascii_case(b"src"))
        {
            found.push(value);
        }
        i = end;
    }
}

/// Checks the links of pages against the paths of every file of the site.
pub struct LinkChecker<'a> {
    paths: HashSet<&'a [u8]>,
    /// The folders that have an `index.html`, without and with the final slash.
    folders: HashSet<&'a [u8]>,
    base_path: &'a str,
    /// The broken links of each text many pages share, read once.
    shared: Mutex<HashMap<Box<[u8]>, Vec<Bad>>>,
}

/// A broken link, and whether it is outside the site's path.
type Bad = (String, bool);

impl<'a> LinkChecker<'a> {
    pub fn new(paths: impl IntoIterator<Item = &'a str>, base_path: &'a str) -> Self {
        let paths: HashSet<&[u8]> = paths.into_iter().map(str::as_bytes).collect();
        let mut folders = HashSet::default();
        for p in &paths {
            if let Some(dir) = p.strip_suffix(b"index.html") {
                folders.insert(dir);
                folders.insert(dir.strip_suffix(b"/").unwrap_or(dir));
            }
        }
        LinkChecker {
            paths,
            folders,
            base_path,
            shared: Mutex::default(),
        }
    }

    /// Links of one HTML page under `base_path` that lead to no file; `shown` names
    /// the page (or the report it comes from) in the messages.
    pub fn page(&self, shown: impl Fn() -> String, html: &[u8]) -> Vec<Diagnostic> {
        self.page_sharing(shown, html, &[])
    }

    /// [`LinkChecker::page`] of a page whose ranges `shared` hold text other pages
    /// share (see [`crate::render::Sink::put_shared`]): each such text is read once for
    /// all of them, and its broken links told on every page that holds it.
    pub fn page_sharing(
        &self,
        shown: impl Fn() -> String,
        html: &[u8],
        shared: &[Range<usize>],
    ) -> Vec<Diagnostic> {
        let mut bad = Vec::new();
        let links = links_around(html, shared, |text, _found| {
            bad.extend(self.shared_text(text));
            // Debug builds (every test) read the text with the page too.
            #[cfg(debug_assertions)]
            _found.extend(links_in_bytes(text));
        });
        #[cfg(debug_assertions)]
        assert!(
            links == links_in_bytes(html),
            "{}: the page's shared texts are not read as the page reads them",
            shown()
        );
        bad.extend(self.broken(&links));
        // Only the broken links are sorted and told once.
        bad.sort_unstable();
        bad.dedup();
        let base_path = self.base_path;
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

    /// The broken links of a text many pages share, read the first time it comes.
    fn shared_text(&self, text: &[u8]) -> Vec<Bad> {
        let lock = || self.shared.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(bad) = lock().get(text) {
            return bad.clone();
        }
        let bad = self.broken(&links_in_bytes(text));
        lock().insert(text.into(), bad.clone());
        bad
    }

    /// Which of `links` lead to no file under `base_path`, or are outside it.
    fn broken(&self, links: &[&[u8]]) -> Vec<Bad> {
        let base_path = self.base_path;
        // Each link is looked up as it comes, as bytes (a page names many twice: its
        // region, the reports a chart comes from); only the broken ones are made text.
        let mut bad = Vec::new();
        for &link in links {
            let unescaped;
            let link = match memchr::memchr(b'&', link) {
                Some(_) => {
                    unescaped = unescape_amp(link);
                    &unescaped[..]
                }
                None => link,
            };
            // A page is text (Tera writes only text): the lossy reading changes nothing.
            let text = || String::from_utf8_lossy(link).into_owned();
            let Some(target) = link.strip_prefix(base_path.as_bytes()) else {
                if link.starts_with(b"/") && !link.starts_with(b"//") {
                    bad.push((text(), true));
                }
                continue;
            };
            let end = target.iter().position(|&c| c == b'#' || c == b'?');
            let target = &target[..end.unwrap_or(target.len())];
            let found = match target.is_empty() || target.ends_with(b"/") {
                true => self.folders.contains(target),
                false => self.paths.contains(target) || self.folders.contains(target),
            };
            if !found {
                bad.push((text(), false));
            }
        }
        bad
    }
}

/// `link` with each `&amp;` read as `&`.
fn unescape_amp(link: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(link.len());
    let mut rest = link;
    while let Some(n) = memmem::find(rest, b"&amp;") {
        out.extend_from_slice(&rest[..n + 1]);
        rest = &rest[n + 5..];
    }
    out.extend_from_slice(rest);
    out
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
    fn shared_text_is_read_once_and_told_on_every_page() {
        let checker = LinkChecker::new(["ok/index.html"], "/");
        let shared = r#"<p><a href="/ok/">k</a> <a href='/gone/'>g</a></p>"#;
        let messages = |page: &str, shared_at: Option<usize>| {
            let range: Vec<_> = shared_at
                .map(|at| at..at + shared.len())
                .into_iter()
                .collect();
            checker
                .page_sharing(|| "p".into(), page.as_bytes(), &range)
                .iter()
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
        };
        let page = format!("<a href=/x/>x</a> text {shared}<a href=\"/gone/\">again</a>");
        let expected = ["broken link to `/gone/`", "broken link to `/x/`"];
        // Read alone (the first page), then from what was read (the second).
        let at = page.find(shared);
        assert_eq!(messages(&page, at), expected);
        assert_eq!(messages(&page, at), expected);
        assert_eq!(messages(&page, None), expected);
        // Reached inside a tag, it is read with the page, as a page read whole.
        let page = format!("<p title=\"a{shared}<a href=\"/gone/\">again</a>");
        assert_eq!(messages(&page, page.find(shared)), messages(&page, None));
        assert_eq!(checker.shared.lock().unwrap().len(), 1);
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
