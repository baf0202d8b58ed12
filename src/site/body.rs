//! A report's text: kept as Markdown in its view (shared with the parsed report, not
//! copied) and made HTML only when its page is rendered, so a build never holds every
//! report's HTML at once.

use std::collections::HashMap;

use serde::Serialize;

use super::{Body, ReportView};
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
            content: self.html(report)?,
        })
    }
}

/// A report with its text as HTML, for templates (`report.content`).
#[derive(Serialize)]
pub struct ReportPage<'a> {
    #[serde(flatten)]
    pub report: &'a ReportView,
    pub content: String,
}
