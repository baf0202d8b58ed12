//! Front matter: parsed as YAML (so a syntax error keeps its line and column), then
//! every key checked on its own, so that all problems of a file are reported at once.

use std::path::{Path, PathBuf};

use serde_yaml::{Mapping, Value as Yaml};

use super::amount::Notation;
use super::crosscheck;
use super::date::Date;
use super::figures::{Figures, Reader};
use super::split::{split, SplitError};
use super::Report;
use crate::diagnostics::{from_yaml_error, nearest, Diagnostic};
use crate::figure_table::FigureTable;
use crate::urls::slugify;
use crate::yamlpos::Positions;

mod checked;

pub const KNOWN_KEYS: &[&str] = &[
    "title", "date", "year", "union", "region", "lang", "slug", "summary", "source", "tags",
    "draft", "figures", "targets", "extra", "replaces",
];

/// How many years before its conference's year a report may review: 2024-12-28
/// reviews 2024, 2023 or 2022, never 1024.
pub const MAX_REVIEW_LAG: i32 = 2;

/// What parsing a report depends on besides its own text.
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    /// The language of reports that do not say theirs.
    pub site_lang: &'a str,
    pub table: &'a FigureTable,
}

/// One file being read: where it is and what it holds, and the problems found so far.
struct Doc<'a> {
    path: &'a Path,
    /// The same, shared by every diagnostic of the file.
    shared: std::sync::Arc<Path>,
    text: &'a str,
    /// The Markdown text after the front matter.
    body: &'a str,
    map: Mapping,
    /// Where each key and value stands, from the YAML parser's marks.
    pos: Positions,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

/// Parses one report file. `path` is shown in messages (relative to the site root);
/// `rel` is the file's path under `content/`.
pub fn parse_report(
    text: &str,
    path: &Path,
    rel: &Path,
    settings: Settings,
) -> Result<Report, Vec<Diagnostic>> {
    let text = crate::yamlpos::normalize(text);
    let text = text.as_ref();
    let mut doc = Doc::open(text, path)?;
    doc.unknown_keys();
    let title = doc.required_text("title", "\"Provincial Cooperative Union reviews 2023\"");
    let union = doc.required_text("union", "Provincial Cooperative Union");
    let region = doc.required_text("region", "Province A");
    let date = doc.date();
    let year = doc.year();
    if let (Some(d), Some(y)) = (date, year) {
        doc.date_after_year(d, y);
    }
    let default_lang = super::translations::suffix_lang(rel);
    let lang = doc.lang(default_lang.as_deref().unwrap_or(settings.site_lang));
    let slug = doc.slug(rel);
    let source = doc.source();
    let tags = doc.tags();
    let draft = doc.flag("draft");
    let extra = doc.extra();
    let summary = doc.optional_text("summary");
    let replaces = doc.optional_text("replaces");
    let notation = Notation::for_lang(&lang);
    let figures = doc.figures("figures", settings.table, notation);
    let targets = doc.figures("targets", settings.table, notation);
    let body: std::sync::Arc<str> = doc.body.into();
    let body_hash = crate::hash::hash_of(&[body.as_bytes()]);
    // The text is read in the language it is written in: English sentences under
    // `lang: vi` with the English table.
    let said = crate::lang_tables::find(&lang);
    let figured = !(figures.is_empty() && targets.is_empty());
    let read_with = said
        .filter(|_| figured)
        .map(|l| crate::lang_tables::read_with(&body, l));
    let ctx = crosscheck::Context {
        notation: read_with.flatten().map_or(notation, Notation::of),
        sure: read_with.is_none_or(|l| l.is_some()),
        review: year.unwrap_or_default(),
        table: settings.table,
        line0: 1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..text.len() - doc.body.len()])
            .count(),
        dated: date.map(|d| d.year),
    };
    let (sentences, checks) = match said {
        Some(_) => doc.crosscheck(&body, &ctx, &figures, &targets),
        None => doc.unread(&lang, &figures, &targets),
    };
    // A missing or bad date or year has pushed its error above.
    let (Some(date), Some(year), true) = (date, year, doc.errors.is_empty()) else {
        return Err(doc.errors);
    };
    Ok(Report {
        path: path.to_path_buf(),
        rel: rel.to_path_buf(),
        title,
        date,
        year,
        union,
        region: unicode_normalization::UnicodeNormalization::nfc(region.as_str()).collect(),
        lang,
        slug_pos: doc.pos.key("slug").unwrap_or((1, 1)),
        slug,
        summary,
        source,
        tags,
        draft,
        replaces,
        figures,
        targets,
        extra,
        body: Some(body),
        file: PathBuf::new(),
        body_hash,
        positions: doc.positions(),
        languages: Vec::new(),
        version: crate::hash::hash_of(&[text.as_bytes(), path.as_os_str().as_encoded_bytes()]),
        warnings: doc.warnings,
        sentences,
        checks,
    })
}

impl<'a> Doc<'a> {
    /// Splits the file and parses its YAML into a map of keys.
    fn open(text: &'a str, path: &'a Path) -> Result<Doc<'a>, Vec<Diagnostic>> {
        let parts = match split(text) {
            Ok(p) => p,
            Err(SplitError::Missing) => {
                return Err(vec![Diagnostic::new(path, "no front matter")
                    .at(1, 1)
                    .help(
                        "start the file with a line `---`, the report's keys (title, date, year, \
                         union, region), and another `---`",
                    )
                    .with_source(text)])
            }
            Err(SplitError::Unclosed) => {
                return Err(vec![Diagnostic::new(
                    path,
                    "front matter opened here is never closed",
                )
                .at(1, 1)
                .help("end the front matter with a line `---` before the report text")
                .with_source(text)])
            }
        };
        let off = parts.yaml_line_offset;
        let parsed: Yaml = if parts.yaml.trim().is_empty() {
            Yaml::Null
        } else {
            serde_yaml::from_str(parts.yaml)
                .map_err(|e| vec![from_yaml_error(&e, path, text, off, KNOWN_KEYS)])?
        };
        let map = match parsed {
            Yaml::Mapping(m) => m,
            Yaml::Null => Mapping::new(),
            _ => {
                return Err(vec![Diagnostic::new(
                    path,
                    "front matter must be `key: value` lines",
                )
                .at(off + 1, 1)
                .help("write one key per line, e.g. `title: \"…\"`")
                .with_source(text)])
            }
        };
        Ok(Doc {
            path,
            shared: path.into(),
            text,
            pos: Positions::of_map(parts.yaml, off, &map),
            body: parts.body,
            map,
            errors: Vec::new(),
            warnings: Vec::new(),
        })
    }

    /// Where each known top-level key stands, (0, 0) for those the file leaves out.
    fn positions(&self) -> [(usize, usize); KNOWN_KEYS.len()] {
        std::array::from_fn(|i| match self.map.contains_key(KNOWN_KEYS[i]) {
            true => self.pos.key(KNOWN_KEYS[i]).unwrap_or((0, 0)),
            false => (0, 0),
        })
    }

    fn get(&self, key: &str) -> Option<&Yaml> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// A diagnostic at a key (dotted for nested keys), or at the value when asked.
    fn at(&self, key: &str, value: bool, msg: impl Into<String>) -> Diagnostic {
        let (line, col) = match self.pos.value(key) {
            Some(s) if value => (s.line, s.value_col),
            Some(s) => (s.line, s.key_col),
            None => (1, 1),
        };
        Diagnostic::in_file(self.shared.clone(), msg)
            .at(line, col)
            .with_source(self.text)
    }

    /// A diagnostic at a key's value, its message led by the key: `date: …`.
    fn at_value(&self, key: &str, msg: impl std::fmt::Display) -> Diagnostic {
        self.at(key, true, format!("{key}: {msg}"))
    }

    /// A required key that is not there, or is there with no value (`year:` left for
    /// the author in an imported draft): said at the key when it is there.
    fn missing(&mut self, key: &str, help: String) {
        let empty = self.map.contains_key(key);
        let d = match self.pos.value(key).filter(|_| empty) {
            Some(s) => Diagnostic::in_file(self.shared.clone(), format!("`{key}` is empty"))
                .at(s.line, s.key_col),
            None => {
                Diagnostic::in_file(self.shared.clone(), format!("missing required key `{key}`"))
                    .at(1, 1)
            }
        };
        self.errors.push(d.help(help).with_source(self.text));
    }

    fn unknown_keys(&mut self) {
        let keys: Vec<String> = self
            .map
            .keys()
            .map(|k| match k.as_str() {
                Some(s) => s.to_string(),
                None => serde_yaml::to_string(k)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
            })
            .collect();
        for key in keys.iter().filter(|k| !KNOWN_KEYS.contains(&k.as_str())) {
            let help = match nearest(key, KNOWN_KEYS) {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!("the known keys are: {}", KNOWN_KEYS.join(", ")),
            };
            let d = self
                .at(key, false, format!("unknown key `{key}`"))
                .help(help);
            self.errors.push(d);
        }
    }

    /// A scalar as text: strings as they are, numbers and booleans as written.
    fn text_of(&mut self, key: &str) -> Option<String> {
        match self.get(key)? {
            Yaml::String(s) => Some(s.trim().to_string()),
            Yaml::Number(n) => Some(n.to_string()),
            Yaml::Bool(b) => Some(b.to_string()),
            _ => {
                let d = self.at_value(key, "must be text, not a list or a map");
                self.errors.push(d);
                None
            }
        }
    }

    fn required_text(&mut self, key: &str, example: &str) -> String {
        if !self.map.contains_key(key) {
            self.missing(key, format!("add `{key}: {example}` to the front matter"));
            return String::new();
        }
        let before = self.errors.len();
        match self.text_of(key) {
            Some(v) if !v.is_empty() => v,
            _ if self.errors.len() > before => String::new(),
            _ => {
                let d = self.at(key, false, format!("`{key}` is empty"));
                self.errors
                    .push(d.help(format!("write it, e.g. `{key}: {example}`")));
                String::new()
            }
        }
    }

    fn optional_text(&mut self, key: &str) -> Option<String> {
        self.text_of(key).filter(|s| !s.is_empty())
    }

    fn date(&mut self) -> Option<Date> {
        let Some(v) = self.get("date") else {
            self.missing(
                "date",
                "add the day of the conference, e.g. `date: 2023-12-28`".into(),
            );
            return None;
        };
        let parsed = match v {
            Yaml::String(s) => Date::parse(s.trim()),
            other => Err(format!(
                "`{}` is not a date: write it as YYYY-MM-DD, e.g. 2023-12-28",
                serde_yaml::to_string(other).unwrap_or_default().trim()
            )),
        };
        parsed
            .map_err(|msg| {
                let d = self.at_value("date", msg);
                self.errors.push(d);
            })
            .ok()
    }

    fn year(&mut self) -> Option<i32> {
        let Some(v) = self.get("year") else {
            self.missing(
                "year",
                "add the year under review, e.g. `year: 2023`".into(),
            );
            return None;
        };
        let year = v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()));
        match year {
            Some(y) if (1000..=9999).contains(&y) => Some(y as i32),
            _ => {
                let shown = serde_yaml::to_string(v).unwrap_or_default();
                let d = self.at_value("year", format!("`{}` is not a year", shown.trim()));
                self.errors
                    .push(d.help("write the year under review as four digits, e.g. `year: 2023`"));
                None
            }
        }
    }

    /// A conference reviews a year that has begun: it cannot be held before it. It
    /// reviews a recent year: its own, or one of the two before (a conference that
    /// closes a term reviews the year it ended, a little late).
    fn date_after_year(&mut self, date: Date, year: i32) {
        if date.year - year > MAX_REVIEW_LAG {
            let d = self.at_value(
                "year",
                format!(
                    "the conference on {date} cannot review {year}, {} years before it",
                    date.year - year
                ),
            );
            self.errors.push(d.help(format!(
                "`year` is the year under review: the conference's year or one of the two \
                 before ({}, {} or {})",
                date.year,
                date.year - 1,
                date.year - 2
            )));
        }
        if date.year < year {
            let d = self.at_value(
                "date",
                format!("the conference on {date} is before the year it reviews ({year})"),
            );
            self.errors.push(d.help(format!(
                "`year` is the year under review: a conference on {date} usually reviews {}",
                date.year - 1
            )));
        }
    }

    fn lang(&mut self, site_lang: &str) -> String {
        let Some(lang) = self.text_of("lang") else {
            return site_lang.to_string();
        };
        match crate::lang::check(&lang) {
            Ok(()) => lang,
            Err(bad) => {
                let d = self.at_value("lang", bad.message).help(bad.help);
                self.errors.push(d);
                // The rest is read in the language meant: no follow-on errors.
                bad.meant.unwrap_or_else(|| site_lang.to_string())
            }
        }
    }

    fn slug(&mut self, rel: &Path) -> String {
        if let Some(s) = self.text_of("slug") {
            if let Err(msg) = check_slug(&s) {
                let d = self.at("slug", false, msg).help(
                    "a slug is one URL segment: letters, digits, - and _, e.g. province-a-2023",
                );
                self.errors.push(d);
            }
            return s;
        }
        let stem = rel.file_stem().unwrap_or_default().to_string_lossy();
        let s = slugify(&stem);
        if s.is_empty() {
            self.errors.push(
                Diagnostic::new(self.path, "cannot make a slug from this file name")
                    .help("add `slug: some-name` to the front matter"),
            );
        }
        s
    }

    fn source(&mut self) -> Option<String> {
        let src = self.text_of("source")?;
        if !(src.starts_with("https://") || src.starts_with("http://")) {
            let d = self.at(
                "source",
                false,
                format!("`source: {src}` is not a web address starting with https://"),
            );
            self.errors.push(d);
        }
        Some(src)
    }

    fn tags(&mut self) -> Vec<String> {
        let items: Vec<Yaml> = match self.get("tags") {
            None => return Vec::new(),
            Some(Yaml::Sequence(items)) => items.clone(),
            // `tags: ocop, digital` is two tags, as authors mean it.
            Some(Yaml::String(s)) => s
                .split(',')
                .map(|t| Yaml::String(t.trim().to_string()))
                .collect(),
            Some(_) => {
                let d = self.at_value("tags", "must be a list, e.g. `tags: [ocop]`");
                self.errors.push(d);
                return Vec::new();
            }
        };
        let mut tags = Vec::new();
        for item in items {
            let tag = match &item {
                Yaml::String(s) => s.trim().to_string(),
                Yaml::Number(n) => n.to_string(),
                _ => String::new(),
            };
            if slugify(&tag).is_empty() {
                let d = self.at_value("tags", format!("tag `{tag}` has no letters or digits"));
                self.errors.push(d);
            } else {
                tags.push(tag);
            }
        }
        tags
    }

    fn flag(&mut self, key: &str) -> bool {
        match self.get(key) {
            None => false,
            Some(Yaml::Bool(b)) => *b,
            Some(_) => {
                let d = self.at_value(key, "must be true or false");
                self.errors.push(d);
                false
            }
        }
    }

    fn extra(&mut self) -> serde_json::Value {
        let Some(v) = self.get("extra").cloned() else {
            return serde_json::Value::Null;
        };
        serde_json::to_value(v).unwrap_or_else(|e| {
            let d = self.at(
                "extra",
                false,
                format!("`extra` cannot be given to templates: {e}"),
            );
            self.errors.push(d);
            serde_json::Value::Null
        })
    }

    fn figures(&mut self, section: &str, table: &FigureTable, notation: Notation) -> Figures {
        let map = match self.get(section) {
            None => return Figures::default(),
            Some(Yaml::Mapping(m)) => m.clone(),
            Some(_) => {
                let d = self.at_value(section, "must be a map of figure names to numbers")
                    .help(format!("write one figure per line under `{section}:`, e.g. `  cooperatives_total: 895`"));
                self.errors.push(d);
                return Figures::default();
            }
        };
        let pos = &self.pos;
        let raw = move |key: &str| {
            pos.value(&format!("{section}.{key}"))
                .map(|s| s.raw.clone())
        };
        let reader = Reader {
            table,
            notation,
            raw: &raw,
        };
        let (figures, problems) = reader.read(&map);
        for p in problems {
            let mut d = self.at(
                &format!("{section}.{}", p.key),
                p.at_value,
                format!("{section}.{}: {}", p.key, p.message),
            );
            d.help = p.help.map(Into::into);
            if p.warning {
                self.warnings.push(d);
            } else {
                self.errors.push(d);
            }
        }
        figures
    }
}

fn check_slug(s: &str) -> Result<(), String> {
    if s.contains(['/', '\\']) || s.split(['/', '\\']).any(|p| p == "..") || s == "." {
        return Err(format!("slug `{s}` would leave the output folder"));
    }
    if s.is_empty() {
        return Err("`slug` is empty".into());
    }
    if s.starts_with('.') || s.starts_with('_') {
        return Err(format!(
            "slug `{s}` starts with `{}`, which hosts hide",
            &s[..1]
        ));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(format!(
            "slug `{s}` has the character `{c}`, which URLs cannot carry as is"
        ));
    }
    Ok(())
}
