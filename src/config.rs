//! `coopsite.yaml`: the site's settings, every key optional, unknown keys an error.

use std::path::Path;

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::figure_table::{is_figure_key, ChartRole, Declared, FigureTable, Kind, Label};

use crate::diagnostics::{from_yaml_error, Diagnostic};

mod colours;

pub use colours::{contrast_on_white, luminance, rgb, ChartsConfig};

pub const CONFIG_FILE: &str = "coopsite.yaml";

const KNOWN_KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "theme",
    "cname",
    "markdown",
    "charts",
    "data_license",
    "figures",
    "languages",
    "regions",
    "search",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// One text, or one per language (`{vi: …, en: …}`): see [`Config::title_in`].
    pub title: crate::localized::Localized,
    pub description: crate::localized::Localized,
    /// Where the site is published, e.g. `https://user.github.io/repo/`.
    pub base_url: String,
    /// The site's language (BCP 47); reports may set their own.
    pub language: String,
    pub theme: String,
    /// A custom domain for GitHub Pages: written to `CNAME`.
    pub cname: Option<String>,
    pub markdown: MarkdownConfig,
    pub charts: ChartsConfig,
    /// Figures beyond the built-in ones: kind, `per` and labels.
    pub figures: BTreeMap<String, Declared>,
    /// One tree per language: the first at the root, each other under `/<lang>/`.
    pub languages: Vec<String>,
    /// The open data's licence (an SPDX id), in `data/datapackage.json`.
    pub data_license: String,
    /// The register of regions, as written: `vietnam`, or `{use: vietnam, add: [...]}`.
    pub regions: Option<serde_yaml::Value>,
    /// The register `regions` describes, made when the settings are read.
    #[serde(skip)]
    pub register: Option<std::sync::Arc<crate::regions::Register>>,
    /// A search box on every page and an index per tree under `search/` (on by default).
    pub search: bool,
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
            description: "".into(),
            base_url: "/".into(),
            language: "en".into(),
            theme: "default".into(),
            cname: None,
            markdown: MarkdownConfig::default(),
            charts: ChartsConfig::default(),
            figures: BTreeMap::new(),
            languages: Vec::new(),
            data_license: crate::license::DEFAULT_LICENSE.into(),
            regions: None,
            register: None,
            search: true,
        }
    }
}

impl Config {
    /// The site's title in `lang` (a tree's language): its own when the title is
    /// given per language, else the site's language's, else English's.
    pub fn title_in(&self, lang: &str) -> String {
        self.title.get(lang, self.first_language())
    }

    /// The site's description in `lang`, as [`Config::title_in`].
    pub fn description_in(&self, lang: &str) -> String {
        self.description.get(lang, self.first_language())
    }

    /// The language of the root tree.
    fn first_language(&self) -> &str {
        self.languages.first().unwrap_or(&self.language)
    }

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
        let text = crate::yamlpos::normalize(&text);
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
        if let Err(bad) = crate::lang::check(&self.language) {
            errors.push(self.locate(text, "language", bad.message).help(bad.help));
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
        if !crate::license::is_license_id(&self.data_license) {
            errors.push(
                self.locate(
                    text,
                    "data_license",
                    format!("`{}` is not a licence id", self.data_license),
                )
                .help("write an SPDX id such as CC-BY-4.0, CC0-1.0 or ODbL-1.0"),
            );
        }
        for (key, value) in [("title", &self.title), ("description", &self.description)] {
            for bad in value.bad_keys() {
                errors.push(
                    self.locate(text, key, format!("{key}: {}", bad.message))
                        .help(bad.help),
                );
            }
        }
        self.check_figures(text, &mut errors);
        self.check_languages(text, &mut errors);
        self.make_register(text, &mut errors);
        let c = &self.charts;
        if c.colors.is_empty() {
            errors.push(self.locate(text, "charts.colors", "`charts.colors` is empty".into()));
        }
        for (key, color) in c
            .colors
            .iter()
            .map(|col| ("charts.colors", col))
            .chain([("charts.bar", &c.bar), ("charts.highlight", &c.highlight)])
        {
            match rgb(color) {
                None => errors.push(
                    self.locate(text, key, format!("`{color}` is not a colour"))
                        .help("write colours as #rrggbb, e.g. #0b5cad"),
                ),
                Some(v) if contrast_on_white(v) < 3.0 => errors.push(
                    self.locate(
                        text,
                        key,
                        format!(
                            "chart colour {color} has a contrast of {:.1}:1 on white; charts need at least 3:1",
                            contrast_on_white(v)
                        ),
                    )
                    .help("choose a darker colour (WCAG 1.4.11, non-text contrast)"),
                ),
                Some(_) => {}
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }

    /// Declared figures: a figure name, not a built-in one, `per` only for money,
    /// labels keyed by language codes.
    fn check_figures(&self, text: &str, errors: &mut Vec<Diagnostic>) {
        for (key, d) in &self.figures {
            let at = format!("figures.{key}");
            if !is_figure_key(key) {
                errors.push(
                    self.locate(text, &at, format!("`{key}` is not a figure name"))
                        .help("use lowercase letters, digits and _, e.g. ocop_products"),
                );
            } else if FigureTable::is_built_in(key) {
                errors.push(
                    self.locate(text, &at, format!("`{key}` is a built-in figure"))
                        .help("remove it from `figures:`; built-in figures need no declaring"),
                );
            }
            if d.per.is_some() && d.kind != Kind::Money {
                errors.push(
                    self.locate(
                        text,
                        &at,
                        format!("`{key}`: `per` is for money figures only"),
                    )
                    .help("remove `per`, or make it `kind: money`"),
                );
            }
            let drawable = match d.chart {
                Some(ChartRole::Money) => d.kind == Kind::Money,
                Some(ChartRole::Counts) => d.kind != Kind::Money,
                None => true,
            };
            if !drawable {
                errors.push(
                    self.locate(
                        text,
                        &at,
                        format!(
                            "`{key}`: a {:?} figure cannot be drawn in the {:?} chart",
                            d.kind,
                            d.chart.unwrap()
                        )
                        .to_lowercase(),
                    )
                    .help(
                        "use `chart: money` for money figures and `chart: counts` for the others",
                    ),
                );
            }
            if let Some(whole) = &d.part_of {
                self.check_part_of(text, key, d.kind, whole, errors);
            }
            if let Some(Label::Each(labels)) = &d.label {
                for lang in labels.keys() {
                    if let Err(bad) = crate::lang::check(lang) {
                        errors.push(self.locate(text, &at, bad.message).help(bad.help));
                    }
                }
            }
        }
    }

    /// `part_of`: another figure of the same kind, counted or measured in the same
    /// things, that the declared one is a part of.
    fn check_part_of(
        &self,
        text: &str,
        key: &str,
        kind: Kind,
        whole: &str,
        errors: &mut Vec<Diagnostic>,
    ) {
        let at = format!("figures.{key}.part_of");
        let table = FigureTable::with_declared(&self.figures);
        let problem = match table.get(whole) {
            None => Some((
                format!("`{key}`: `part_of: {whole}` names no figure"),
                match table.near(whole) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "name a built-in or declared figure, e.g. cooperatives_total".into(),
                },
            )),
            Some(_) if whole == key => Some((
                format!("`{key}` cannot be a part of itself"),
                "remove `part_of`, or name the figure it is a part of".into(),
            )),
            Some(w) if w.kind != kind || kind == Kind::Money => Some((
                format!(
                    "`{key}`: a {} figure cannot be a part of `{whole}`, a {} figure",
                    format!("{kind:?}").to_lowercase(),
                    format!("{:?}", w.kind).to_lowercase()
                ),
                "a part and its whole are both counts, or both numbers".into(),
            )),
            Some(_) => None,
        };
        if let Some((message, help)) = problem {
            errors.push(self.locate(text, &at, message).help(help));
        }
    }

    /// `languages`: codes, each once; the first is the site's `language`.
    fn check_languages(&mut self, text: &str, errors: &mut Vec<Diagnostic>) {
        let mut seen = std::collections::BTreeSet::new();
        for lang in &self.languages {
            if let Err(bad) = crate::lang::check(lang) {
                errors.push(self.locate(text, "languages", bad.message).help(bad.help));
            } else if !seen.insert(crate::lang::primary(lang).to_string()) {
                errors.push(
                    self.locate(
                        text,
                        "languages",
                        format!("`{lang}` is in `languages` twice"),
                    )
                    .help("list each language once"),
                );
            }
        }
        let Some(first) = self.languages.first().cloned() else {
            return;
        };
        let explicit = crate::yamlpos::find_key(text, 0, "language").is_some();
        if explicit && self.language != first {
            errors.push(
                self.locate(
                    text,
                    "language",
                    format!("`language: {}` but `languages` starts with `{first}`", self.language),
                )
                .help("the first of `languages` is the site's language: remove `language`, or put it first"),
            );
        }
        self.language = first;
    }

    /// `regions`: the register it names, with the site's entries.
    fn make_register(&mut self, text: &str, errors: &mut Vec<Diagnostic>) {
        let Some(value) = self.regions.as_ref().filter(|v| !v.is_null()) else {
            return;
        };
        match crate::regions::setting::register(value) {
            Ok(r) => self.register = Some(std::sync::Arc::new(r)),
            Err(messages) => errors.extend(messages.into_iter().map(|m| {
                self.locate(text, "regions", m)
                    .help("see docs/regions.md for the register and its entries")
            })),
        }
    }

    /// The languages of the site's trees: `languages`, or the one `language`.
    pub fn trees(&self) -> Vec<String> {
        if self.languages.is_empty() {
            vec![self.language.clone()]
        } else {
            self.languages.clone()
        }
    }

    /// Where a language's tree stands under the site's root: "" for the first of
    /// [`Config::trees`], `"<lang>/"` for the others.
    pub fn tree_prefix(&self, lang: &str) -> String {
        if self.trees().first().is_some_and(|first| first == lang) {
            String::new()
        } else {
            format!("{lang}/")
        }
    }

    /// The built-in figures and the site's declared ones.
    pub fn figure_table(&self) -> FigureTable {
        FigureTable::with_declared(&self.figures)
    }

    fn locate(&self, text: &str, key: &str, msg: String) -> Diagnostic {
        let (line, col) = crate::yamlpos::find_key(text, 0, key).unwrap_or((0, 0));
        Diagnostic::new(CONFIG_FILE, msg)
            .at(line, col)
            .with_source(text)
    }

    /// The settings with `base_url` given on the command line (`--base-url`), as they
    /// are read: nothing changes them afterwards.
    pub fn with_base_url(self, url: &str) -> Result<Config, String> {
        let base_url = normalize_base_url(url)?;
        Ok(Config { base_url, ..self })
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
