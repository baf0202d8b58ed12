//! A report's text: kept as Markdown in its view (shared with the parsed report, not
//! copied) and made HTML only when its page is rendered, so a build never holds every
//! report's HTML at once.

use std::collections::HashMap;

use serde::Serialize;

use super::{Body, FigureRow, Headline, ReportView};
use crate::diagnostics::Diagnostic;
use crate::markdown::{self, LinkResolver};
use crate::urls::{self, Urls};

/// Where the links of the reports' texts lead: a `.md` file to its report's page,
/// anything else to the copied file.
#[derive(Debug)]
pub struct BodyLinks {
    urls: Urls,
    /// Each report's file under `content/` (`2023/a.md`) → its slug.
    md_slugs: HashMap<String, String>,
    unsafe_html: bool,
}

impl LinkResolver for BodyLinks {
    fn resolve(&self, content_path: &str) -> String {
        match self.md_slugs.get(content_path) {
            Some(slug) => self.urls.url_for(&urls::report_path(slug)),
            None => self.urls.url_for(content_path),
        }
    }
    fn rooted(&self, path: &str) -> String {
        self.urls.url_for(path)
    }
}

impl BodyLinks {
    pub(super) fn new(urls: Urls, md_slugs: HashMap<String, String>, unsafe_html: bool) -> Self {
        BodyLinks {
            urls,
            md_slugs,
            unsafe_html,
        }
    }

    /// A report's text as HTML. Fails when its file, read again, no longer holds the
    /// text the figures were read with.
    pub fn html(&self, report: &ReportView) -> Result<String, Diagnostic> {
        let render = |md: &str| markdown::render(md, &report.dir, self.unsafe_html, self);
        match &report.body {
            Body::Held(md) => Ok(render(md)),
            Body::InFile { file, hash } => {
                let changed = || {
                    Diagnostic::new(
                        &report.source_file,
                        "changed while the site was being built",
                    )
                    .help("build again once the file is saved")
                };
                // Checked as UTF-8 many bytes at a time, as when it was loaded.
                let bytes = std::fs::read(file).map_err(|_| changed())?;
                let text = crate::content::utf8(&bytes).map_err(|_| changed())?;
                match crate::content::split::body_of(text) {
                    Some(md) if crate::hash::hash_of(&[md.as_bytes()]) == *hash => Ok(render(&md)),
                    _ => Err(changed()),
                }
            }
        }
    }

    /// A report as its page and the feed show it: its view and its text as `content`.
    pub fn page<'a>(&self, report: &'a ReportView) -> Result<ReportPage<'a>, Diagnostic> {
        Ok(ReportPage {
            report,
            figures: Rows::Each(&report.figures),
            targets: Rows::Each(&report.targets),
            headline: Some(&report.headline),
            content: self.html(report)?,
        })
    }
}

/// A report with its text as HTML, for templates (`report.content`).
#[derive(Serialize)]
pub struct ReportPage<'a> {
    #[serde(flatten)]
    pub report: &'a ReportView,
    pub figures: Rows<'a>,
    pub targets: Rows<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<&'a Headline>,
    pub content: String,
}

/// A report's figures or targets as a template gets them.
#[derive(Clone, Copy)]
pub enum Rows<'a> {
    /// One by one, each with every field.
    Each(&'a [FigureRow]),
    /// Only whether there are any: all the built-in theme asks of them, its rows made
    /// in Rust (`render/rows.rs`); a report's 15 figures copied field by field into the
    /// context were a tenth of a build's time spent rendering.
    Any(bool),
}

impl Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Rows::Each(rows) => rows.serialize(s),
            Rows::Any(any) => s.serialize_bool(*any),
        }
    }
}

impl ReportPage<'_> {
    /// The page for templates that read its figures and targets only through the rows
    /// made in Rust, and not its headline (the built-in theme's: see
    /// `Renderer::own_markup`).
    pub fn rows_made(self) -> Self {
        ReportPage {
            figures: Rows::Any(!self.report.figures.is_empty()),
            targets: Rows::Any(!self.report.targets.is_empty()),
            headline: None,
            ..self
        }
    }
}
