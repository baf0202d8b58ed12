//! Front matter: read with serde (so errors keep their line and column), then checked
//! into a [`Report`].

use std::path::Path;

use serde::Deserialize;

use super::date::Date;
use super::figures::Figures;
use super::split::{find_key, split, SplitError};
use super::{is_language_tag, slugify, Report};
use crate::diagnostics::{from_yaml_error, Diagnostic};

pub const KNOWN_KEYS: &[&str] = &[
    "title", "date", "year", "union", "region", "lang", "slug", "summary", "source", "tags",
    "draft", "figures", "targets", "extra",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    title: Option<String>,
    date: Option<Date>,
    year: Option<i64>,
    union: Option<String>,
    region: Option<String>,
    lang: Option<String>,
    slug: Option<String>,
    summary: Option<String>,
    source: Option<String>,
    tags: Option<Vec<String>>,
    draft: Option<bool>,
    figures: Option<Figures>,
    targets: Option<Figures>,
    extra: Option<serde_yaml::Value>,
}

/// Parses one report file. `path` is shown in messages (relative to the site root);
/// `rel` is the file's path under `content/`.
pub fn parse_report(
    text: &str,
    path: &Path,
    rel: &Path,
    site_lang: &str,
) -> Result<Report, Vec<Diagnostic>> {
    let text = super::split::normalize(text);
    let text = text.as_ref();
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
    let yaml = if parts.yaml.trim().is_empty() {
        "{}"
    } else {
        parts.yaml
    };
    let raw: Raw = serde_yaml::from_str(yaml)
        .map_err(|e| vec![from_yaml_error(&e, path, text, off, KNOWN_KEYS)])?;

    let mut errors = Vec::new();
    let at_key = |key: &str, msg: String| {
        let (line, col) = find_key(parts.yaml, off, key).unwrap_or((1, 1));
        Diagnostic::new(path, msg).at(line, col).with_source(text)
    };
    let mut required = |value: Option<String>, key: &str, example: &str| -> String {
        match value.map(|v| v.trim().to_string()) {
            Some(v) if !v.is_empty() => v,
            Some(_) => {
                errors.push(at_key(key, format!("`{key}` is empty")));
                String::new()
            }
            None => {
                errors.push(
                    Diagnostic::new(path, format!("missing required key `{key}`"))
                        .at(1, 1)
                        .help(format!("add `{key}: {example}` to the front matter"))
                        .with_source(text),
                );
                String::new()
            }
        }
    };
    let title = required(
        raw.title,
        "title",
        "\"Provincial Cooperative Union reviews 2023\"",
    );
    let union = required(raw.union, "union", "Provincial Cooperative Union");
    let region = required(raw.region, "region", "Province A");
    if raw.date.is_none() {
        errors.push(
            Diagnostic::new(path, "missing required key `date`")
                .at(1, 1)
                .help("add the day of the conference, e.g. `date: 2023-12-28`")
                .with_source(text),
        );
    }
    let year = match raw.year {
        Some(y) if (1000..=9999).contains(&y) => y as i32,
        Some(y) => {
            errors.push(at_key("year", format!("`year: {y}` is not a year")));
            0
        }
        None => {
            errors.push(
                Diagnostic::new(path, "missing required key `year`")
                    .at(1, 1)
                    .help("add the year under review, e.g. `year: 2023`")
                    .with_source(text),
            );
            0
        }
    };
    let lang = raw.lang.unwrap_or_else(|| site_lang.to_string());
    if !is_language_tag(&lang) {
        errors.push(
            at_key("lang", format!("`{lang}` is not a language tag"))
                .help("use a BCP 47 tag such as en, fr, ms or vi"),
        );
    }
    let slug = match raw.slug {
        Some(s) => {
            if let Err(msg) = check_slug(&s) {
                errors.push(at_key("slug", msg).help(
                    "a slug is one URL segment: letters, digits, - and _, e.g. province-a-2023",
                ));
            }
            s
        }
        None => {
            let stem = rel.file_stem().unwrap_or_default().to_string_lossy();
            let s = slugify(&stem);
            if s.is_empty() {
                errors.push(
                    Diagnostic::new(path, "cannot make a slug from this file name")
                        .help("add `slug: some-name` to the front matter"),
                );
            }
            s
        }
    };
    if let Some(src) = &raw.source {
        if !(src.starts_with("https://") || src.starts_with("http://")) {
            errors.push(at_key(
                "source",
                format!("`source: {src}` is not a web address starting with https://"),
            ));
        }
    }
    let tags = raw.tags.unwrap_or_default();
    for tag in &tags {
        if slugify(tag).is_empty() {
            errors.push(at_key(
                "tags",
                format!("tag `{tag}` has no letters or digits"),
            ));
        }
    }
    let extra = match raw.extra.map(serde_json::to_value).transpose() {
        Ok(v) => v.unwrap_or(serde_json::Value::Null),
        Err(e) => {
            errors.push(at_key(
                "extra",
                format!("`extra` cannot be given to templates: {e}"),
            ));
            serde_json::Value::Null
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let slug_pos = find_key(parts.yaml, off, "slug").unwrap_or((1, 1));
    Ok(Report {
        path: path.to_path_buf(),
        rel: rel.to_path_buf(),
        title,
        date: raw.date.expect("checked above"),
        year,
        union,
        region,
        lang,
        slug,
        slug_pos,
        summary: raw
            .summary
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        source: raw.source,
        tags,
        draft: raw.draft.unwrap_or(false),
        figures: raw.figures.unwrap_or_default(),
        targets: raw.targets.unwrap_or_default(),
        extra,
        body: parts.body.to_string(),
    })
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
