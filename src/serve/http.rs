//! Requests to files of the in-memory site: safe paths, content types, index pages.

use mime_guess::mime;
use percent_encoding::percent_decode_str;

/// A request path made safe: each segment percent-decoded once, with no `..` or `.`
/// segment and no slash, backslash or NUL inside a segment (an encoded `%2F` is
/// refused, not read as a folder). Returns the path relative to the site root ("" for
/// the root), or None to answer 404.
pub fn clean_path(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = path.strip_prefix('/')?;
    if path.starts_with('/') {
        return None;
    }
    let mut parts = Vec::new();
    for raw in path.split('/') {
        let seg = percent_decode(raw)?;
        if matches!(seg.as_str(), "." | "..") || seg.contains(['/', '\\', '\0']) {
            return None;
        }
        parts.push(seg);
    }
    Some(parts.join("/"))
}

/// Percent-decodes `s`, refusing a `%` that is not followed by two hex digits (`%zz`,
/// `%2`, `%+1`) and a result that is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let well_formed = bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return None;
    }
    percent_decode_str(s)
        .decode_utf8()
        .ok()
        .map(|c| c.into_owned())
}

/// The content type for a file name, from its extension (`mime_guess`); text types
/// (HTML, CSS, JavaScript, XML, SVG, JSON, CSV, plain text) say they are UTF-8, as
/// everything coopsite writes is.
pub fn content_type(path: &str) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let textual = mime.type_() == mime::TEXT
        || matches!(mime.subtype().as_str(), "javascript" | "json" | "xml")
        || matches!(mime.suffix().map(|s| s.as_str()), Some("xml" | "json"));
    if textual && mime.get_param(mime::CHARSET).is_none() {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

/// What a clean path resolves to in a site that has the files `has`.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    File(String),
    /// A folder asked for without its slash: send the reader to `/path/`.
    Redirect(String),
    NotFound,
}

pub fn lookup(path: &str, has: impl Fn(&str) -> bool) -> Lookup {
    if path.is_empty() || path.ends_with('/') {
        let index = format!("{path}index.html");
        return if has(&index) {
            Lookup::File(index)
        } else {
            Lookup::NotFound
        };
    }
    if has(path) {
        Lookup::File(path.to_string())
    } else if has(&format!("{path}/index.html")) {
        Lookup::Redirect(format!("/{path}/"))
    } else {
        Lookup::NotFound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_is_refused() {
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/..%2fetc/passwd",
            "/reports/..%5c..%5cx",
            "/%00",
            "/a/./b",
            "/%2fetc/passwd",
            "//etc/passwd",
            "/%zz",
            "/%+1",
            "/a%2",
            "/a%2/b",
            "/%-1",
            "/%",
            "/%C3",
            "/%2E%2E/x",
            "/a/%2e",
            "/a%2Fb",
            "/a%5Cb",
            "/a\\b",
            "relative",
        ] {
            assert_eq!(clean_path(bad), None, "{bad}");
        }
        assert_eq!(clean_path("/"), Some(String::new()));
        assert_eq!(clean_path("/reports/a/?x=1#y"), Some("reports/a/".into()));
        assert_eq!(clean_path("/r%C3%A9gion/"), Some("région/".into()));
        assert_eq!(clean_path("/a%20b%2e"), Some("a b.".into()));
        assert_eq!(clean_path("/%25zz"), Some("%zz".into()), "decoded once");
    }

    #[test]
    fn content_types() {
        for (path, want) in [
            ("a/index.html", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("app.js", "text/javascript; charset=utf-8"),
            ("charts/x.svg", "image/svg+xml; charset=utf-8"),
            ("sitemap.xml", "text/xml; charset=utf-8"),
            ("atom.xml", "text/xml; charset=utf-8"),
            ("data/figures.json", "application/json; charset=utf-8"),
            ("data/figures.csv", "text/csv; charset=utf-8"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("images/a.PNG", "image/png"),
            ("photo.jpg", "image/jpeg"),
            ("f.WOFF2", "font/woff2"),
            ("report.pdf", "application/pdf"),
            ("noext", "application/octet-stream"),
        ] {
            assert_eq!(content_type(path), want, "{path}");
        }
    }

    #[test]
    fn folders_and_redirects() {
        let files = ["index.html", "reports/a/index.html", "style.css"];
        let has = |p: &str| files.contains(&p);
        assert_eq!(lookup("", has), Lookup::File("index.html".into()));
        assert_eq!(
            lookup("reports/a/", has),
            Lookup::File("reports/a/index.html".into())
        );
        assert_eq!(
            lookup("reports/a", has),
            Lookup::Redirect("/reports/a/".into())
        );
        assert_eq!(lookup("reports/", has), Lookup::NotFound);
        assert_eq!(lookup("style.css", has), Lookup::File("style.css".into()));
    }
}
