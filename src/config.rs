//! `coopsite.yaml`: the site's settings, every key optional, unknown keys an error.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::{from_yaml_error, Diagnostic};

pub const CONFIG_FILE: &str = "coopsite.yaml";

const KNOWN_KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "theme",
    "cname",
    "markdown",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub title: String,
    pub description: String,
    /// Where the site is published, e.g. `https://user.github.io/repo/`.
    pub base_url: String,
    /// The site's language (BCP 47); reports may set their own.
    pub language: String,
    pub theme: String,
    /// A custom domain for GitHub Pages: written to `CNAME`.
    pub cname: Option<String>,
    pub markdown: MarkdownConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MarkdownConfig {
    /// Keep raw HTML in report bodies (as Zola and Hugo do).
    pub unsafe_html: bool,
}

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig { unsafe_html: true }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Cooperative conference reports".into(),
            description: String::new(),
            base_url: "/".into(),
            language: "en".into(),
            theme: "default".into(),
            cname: None,
            markdown: MarkdownConfig::default(),
        }
    }
}

impl Config {
    /// Reads `root/coopsite.yaml`; a missing file gives the defaults.
    pub fn load(root: &Path) -> Result<Config, Vec<Diagnostic>> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(vec![Diagnostic::new(
                    CONFIG_FILE,
                    format!("cannot read: {e}"),
                )])
            }
        };
        let text = crate::content::split::normalize(&text);
        let config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            serde_yaml::from_str(&text).map_err(|e| {
                vec![from_yaml_error(
                    &e,
                    Path::new(CONFIG_FILE),
                    &text,
                    0,
                    KNOWN_KEYS,
                )]
            })?
        };
        config.validated(&text)
    }

    fn validated(mut self, text: &str) -> Result<Config, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        match normalize_base_url(&self.base_url) {
            Ok(u) => self.base_url = u,
            Err(msg) => errors.push(self.locate(text, "base_url", msg)),
        }
        if !crate::content::is_language_tag(&self.language) {
            errors.push(self.locate(
                text,
                "language",
                format!("`{}` is not a language tag", self.language),
            ));
        }
        if self.theme.is_empty() || self.theme.contains(['/', '\\']) || self.theme.starts_with('.')
        {
            errors.push(self.locate(
                text,
                "theme",
                format!("`{}` is not a theme name", self.theme),
            ));
        }
        if let Some(c) = &self.cname {
            if c.is_empty() || c.contains(['/', ':', ' ']) {
                errors.push(self.locate(
                    text,
                    "cname",
                    format!("`{c}` is not a domain name (write it as reports.example.org)"),
                ));
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }

    fn locate(&self, text: &str, key: &str, msg: String) -> Diagnostic {
        let (line, col) = crate::content::split::find_key(text, 0, key).unwrap_or((0, 0));
        Diagnostic::new(CONFIG_FILE, msg)
            .at(line, col)
            .with_source(text)
    }

    /// Overrides `base_url` (from `--base-url`).
    pub fn set_base_url(&mut self, url: &str) -> Result<(), String> {
        self.base_url = normalize_base_url(url)?;
        Ok(())
    }

    /// The path part of `base_url`, always starting and ending with `/`.
    pub fn base_path(&self) -> &str {
        base_path_of(&self.base_url)
    }

    /// True when `base_url` names a host, so feeds and the sitemap get absolute URLs.
    pub fn has_absolute_base(&self) -> bool {
        self.base_url.contains("://")
    }
}

fn base_path_of(url: &str) -> &str {
    match url.find("://") {
        Some(i) => {
            let after = &url[i + 3..];
            match after.find('/') {
                Some(j) => &after[j..],
                None => "/",
            }
        }
        None => url,
    }
}

/// Checks a base URL and gives it a trailing slash: `https://host/path/` or `/path/`.
pub fn normalize_base_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    let ok_scheme = url.starts_with("http://") || url.starts_with("https://");
    if !(ok_scheme || url.starts_with('/')) {
        return Err(format!(
            "base_url `{url}` must start with https://, http:// or /, as in https://user.github.io/repo/"
        ));
    }
    if url.contains(['?', '#', ' ', '"', '<', '>']) {
        return Err(format!(
            "base_url `{url}` must not contain a query, a fragment or spaces"
        ));
    }
    if ok_scheme
        && url
            .split("://")
            .nth(1)
            .is_none_or(|h| h.is_empty() || h.starts_with('/'))
    {
        return Err(format!("base_url `{url}` names no host"));
    }
    let mut u = url.to_string();
    if !u.ends_with('/') {
        u.push('/');
    }
    Ok(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_normalized() {
        assert_eq!(
            normalize_base_url("https://u.github.io/repo").unwrap(),
            "https://u.github.io/repo/"
        );
        assert_eq!(base_path_of("https://u.github.io/repo/"), "/repo/");
        assert_eq!(base_path_of("https://reports.example.org/"), "/");
        assert_eq!(base_path_of("https://reports.example.org"), "/");
        assert_eq!(base_path_of("/sub/"), "/sub/");
        assert!(normalize_base_url("example.org").is_err());
        assert!(normalize_base_url("https://").is_err());
    }
}
