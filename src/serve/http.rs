//! Requests to files of the in-memory site: safe paths, content types, index pages.

/// A request path made safe: percent-decoded once, with no `..`, `.`, backslash or NUL.
/// Returns the path relative to the site root ("" for the root), or None to answer 404.
pub fn clean_path(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = path.strip_prefix('/')?;
    let decoded = percent_decode(path)?;
    if decoded.contains(['\\', '\0']) || decoded.starts_with('/') {
        return None;
    }
    let mut parts = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "." | ".." => return None,
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The content type for a file name.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml; charset=utf-8",
        Some("json") => "application/json",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("avif") => "image/avif",
        Some("ico") => "image/x-icon",
        Some("woff") => "font/woff",
        Some("woff2") => "font/woff2",
        Some("ttf") => "font/ttf",
        Some("pdf") => "application/pdf",
        Some("csv") => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
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
            "relative",
        ] {
            assert_eq!(clean_path(bad), None, "{bad}");
        }
        assert_eq!(clean_path("/"), Some(String::new()));
        assert_eq!(clean_path("/reports/a/?x=1#y"), Some("reports/a/".into()));
        assert_eq!(clean_path("/r%C3%A9gion/"), Some("région/".into()));
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("charts/x.svg"), "image/svg+xml");
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(content_type("f.WOFF2"), "font/woff2");
        assert_eq!(content_type("noext"), "application/octet-stream");
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
