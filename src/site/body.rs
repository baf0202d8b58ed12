//! A report's text: kept as Markdown in its view (shared with the parsed report, not
//! copied) and made HTML only when its page is rendered, so a build never holds every
//! report's HTML at once.

use std::collections::HashMap;

use serde::Serialize;

use super::ReportView;
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

    /// A report's text as HTML.
    pub fn html(&self, report: &ReportView) -> String {
        markdown::render(&report.body, &report.dir, self.unsafe_html, self)
    }

    /// A report as its page and the feed show it: its view and its text as `content`.
    pub fn page<'a>(&self, report: &'a ReportView) -> ReportPage<'a> {
        ReportPage {
            report,
            content: self.html(report),
        }
    }
}

/// A report with its text as HTML, for templates (`report.content`).
#[derive(Serialize)]
pub struct ReportPage<'a> {
    #[serde(flatten)]
    pub report: &'a ReportView,
    pub content: String,
}
