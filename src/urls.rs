//! The one URL function: every href the site writes goes through [`Urls`], so a site
//! published under a sub-path (`https://user.github.io/repo/`) works the first time.

/// Turns output paths into links.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://host/path/` or `/path/`, with a trailing slash.
    base_url: String,
    /// The path part of the base URL, `/path/`.
    base_path: String,
}

impl Urls {
    pub fn new(base_url: &str, base_path: &str) -> Urls {
        Urls {
            base_url: base_url.to_string(),
            base_path: base_path.to_string(),
        }
    }

    /// A link from inside the site: `reports/a/` → `/repo/reports/a/`.
    pub fn url_for(&self, path: &str) -> String {
        format!("{}{}", self.base_path, path.trim_start_matches('/'))
    }

    /// A full URL for feeds, the sitemap and `rel=canonical` (a rooted path when the
    /// base URL names no host).
    pub fn abs_url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path.trim_start_matches('/'))
    }

    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }
}

/// A path with `/` between its parts on every system, for URLs, output paths and
/// messages.
pub fn slash_path(p: &std::path::Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// The output folder of each kind of page, relative to the site root.
pub fn report_path(slug: &str) -> String {
    format!("reports/{slug}/")
}
pub fn region_path(slug: &str) -> String {
    format!("regions/{slug}/")
}
pub fn tag_path(slug: &str) -> String {
    format!("tags/{slug}/")
}
pub fn year_path(year: i32) -> String {
    format!("years/{year}/")
}
/// Page `n` (from 1) of a list whose first page is at `first`: `reports/`,
/// `reports/page/2/`.
pub fn page_path(first: &str, n: usize) -> String {
    match n {
        0 | 1 => first.to_string(),
        n => format!("{first}page/{n}/"),
    }
}

/// A URL segment from any text: ASCII letters and digits joined by `-`
/// ("Thái Nguyên" gives "thai-nguyen").
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_base_path() {
        let u = Urls::new("https://u.github.io/repo/", "/repo/");
        assert_eq!(u.url_for("style.css"), "/repo/style.css");
        assert_eq!(u.url_for("/reports/a/"), "/repo/reports/a/");
        assert_eq!(u.url_for(""), "/repo/");
        assert_eq!(u.abs_url("atom.xml"), "https://u.github.io/repo/atom.xml");
        let root = Urls::new("/", "/");
        assert_eq!(root.url_for("reports/a/"), "/reports/a/");
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slugify("Thái Nguyên"), "thai-nguyen");
        assert_eq!(slugify("Đắk Lắk"), "dak-lak");
        assert_eq!(slugify("  Province A  "), "province-a");
        assert_eq!(slugify("digital transformation!"), "digital-transformation");
        assert_eq!(slugify("???"), "");
    }
}
