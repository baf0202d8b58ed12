//! The plain, serialisable views templates are given: reports with formatted
//! figures, regions and tags, lists.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::crosscheck::Said;

#[derive(Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    pub base_url: String,
    pub base_path: String,
    pub language: String,
    /// Whether `base_url` names a host (feeds and the sitemap need one).
    pub absolute: bool,
    /// The newest conference date: the feed's `updated`.
    pub updated: Option<String>,
    /// The same day in the site's language ("3 January 2025"), said as "last updated".
    pub updated_long: Option<String>,
    pub generator: String,
    /// Where this language's tree stands under the site's root: "" or "en/".
    pub prefix: String,
    /// Every tree of the site (one when the site has one language).
    pub languages: Vec<LangLink>,
    pub t: BTreeMap<String, String>,
    /// The headings of the headline figures' columns in every list of reports.
    pub headline: Vec<String>,
    /// The open data's licence (an SPDX id): `data_license` in `coopsite.yaml`.
    pub data_license: String,
    /// Whether pages carry the search box (`search:` in `coopsite.yaml`).
    pub search: bool,
}

/// One language tree of a site, for language switches and `hreflang`.
#[derive(Debug, Clone, Serialize)]
pub struct LangLink {
    pub lang: String,
    /// Its own name: "Tiếng Việt".
    pub name: String,
    /// The tree's root as a link (`/repo/en/`) and as a full URL.
    pub root: String,
    pub abs_root: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub name: String,
    pub slug: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbour {
    pub title: String,
    pub url: String,
    pub year: i32,
}

/// One figure as a table row.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    /// Shared by every row of the same figure.
    pub key: std::sync::Arc<str>,
    pub label: std::sync::Arc<str>,
    /// `count`, `money` or `number`.
    pub kind: &'static str,
    /// For reading, to the precision the report states: "2.295 billion VND".
    pub value: String,
    /// To the unit, with what it is counted over: "2,295,000,000 VND per year".
    pub exact: String,
    /// "VND per year" for money counted per year, "VND" for a total, empty otherwise.
    pub unit: String,
    /// Money as the report stated it when that differs from `value`: per month
    /// ("5.6 million VND per month"), or in words ("2,3 tỷ đồng").
    pub as_written: Option<String>,
    /// The number itself (money per year), for themes that compute.
    pub number: f64,
    /// The same number as plain digits, for `<data value>`.
    pub raw: String,
    /// Money's currency (`VND`), None for counts and numbers.
    pub currency: Option<String>,
    /// What money is counted over: `year` or `total`; None for counts and numbers.
    pub per: Option<&'static str>,
    /// The sentence of the report's text that states it, where one does: cut around
    /// the number (`before`, `number`, `after`), and as HTML with the number marked
    /// (`html`).
    #[serde(serialize_with = "said_with_html")]
    pub sentence: Option<Said>,
    /// What the text check concluded: `stated`, `not-stated` or `differs` (pages mark
    /// every figure that is not `stated`).
    pub checked: &'static str,
    /// Why, when it is not `stated` ("the text gives 498 for 2024"); empty otherwise.
    pub check_reason: String,
}

fn said_with_html<S: serde::Serializer>(said: &Option<Said>, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct WithHtml<'a> {
        before: &'a str,
        number: &'a str,
        after: &'a str,
        html: String,
    }
    let with_html = said.as_ref().map(|x| WithHtml {
        before: &x.before,
        number: &x.number,
        after: &x.after,
        html: x.html(),
    });
    with_html.serialize(s)
}

/// The figures every list of reports shows, one per headline figure of the table,
/// formatted ("–" when not given).
#[derive(Debug, Clone, Serialize)]
pub struct Headline {
    pub cells: Vec<HeadlineCell>,
    /// Each cell's `checked`, in order (as themes read it before the cells).
    pub checked: Vec<&'static str>,
}

/// One headline figure of a report.
#[derive(Debug, Clone, Serialize)]
pub struct HeadlineCell {
    pub key: std::sync::Arc<str>,
    /// "758", "67.2 million VND"; "–" when not given.
    pub value: String,
    /// Money: "67,200,000 VND per year"; else empty, as when not given.
    pub exact: String,
    /// "5.6 million VND per month", when the report stated it per month.
    pub month: Option<String>,
    /// The text check's status (`stated`, `not-stated`, `differs`; `stated` for a
    /// figure not given).
    pub checked: &'static str,
}

impl Headline {
    /// The cell of the figure `key`, when it is a headline figure.
    pub fn get(&self, key: &str) -> Option<&HeadlineCell> {
        self.cells.iter().find(|c| &*c.key == key)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub title: String,
    pub slug: String,
    /// Output path relative to the site root: `reports/<slug>/`.
    pub path: String,
    pub url: String,
    pub permalink: String,
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub date: String,
    /// The day in the site's language: "3 January 2025".
    pub date_long: String,
    pub year: i32,
    pub union: String,
    pub region: Link,
    /// The region's code in the site's register of regions, when it has one.
    pub region_code: Option<String>,
    pub lang: String,
    /// The languages the report exists in (its own and its translations').
    pub languages: Vec<String>,
    /// The report is written in another language than the site's (or tree's).
    pub lang_shown: bool,
    pub summary: String,
    pub source: Option<String>,
    pub tags: Vec<Link>,
    /// Given to templates by [`super::ReportPage`], one by one or, for the built-in
    /// theme, as whether there are any (as `targets` and `headline`).
    #[serde(skip)]
    pub figures: Vec<FigureRow>,
    #[serde(skip)]
    pub targets: Vec<FigureRow>,
    pub target_year: i32,
    #[serde(skip)]
    pub headline: Headline,
    /// The text as Markdown; its page gets it as HTML (`content`, see
    /// [`super::BodyLinks::page`]).
    #[serde(skip)]
    pub body: Body,
    /// The report's folder under `content/`, which the text's links start from.
    #[serde(skip)]
    pub dir: String,
    pub prev: Option<Neighbour>,
    pub next: Option<Neighbour>,
    /// The report that supersedes this one (`replaces:` in it): this one's page stays,
    /// marked as replaced, and it is counted nowhere else.
    pub replaced_by: Option<Neighbour>,
    pub extra: serde_json::Value,
    /// The source file, relative to the site root.
    pub source_file: String,
}

/// A report's Markdown text.
#[derive(Debug, Clone)]
pub enum Body {
    /// Held, shared with the parsed report (`serve`, which keeps both).
    Held(std::sync::Arc<str>),
    /// Read again from its file when the page is made (a build holds no report's
    /// text); the hash of the text as first read tells a file changed meanwhile.
    InFile { file: std::path::PathBuf, hash: u64 },
}

/// What lists show of a report (borrowed from its view: a list page is made from
/// it, not kept).
#[derive(Debug, Clone, Serialize)]
pub struct ReportItem<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub date: &'a str,
    pub date_long: &'a str,
    pub year: i32,
    pub region: &'a Link,
    pub summary: &'a str,
    pub headline: &'a Headline,
    pub lang: &'a str,
    /// The report is written in another language than the page around it.
    pub lang_shown: bool,
}

/// A region or a tag with its reports, newest first.
#[derive(Debug, Clone)]
pub struct Group {
    pub name: String,
    pub slug: String,
    pub path: String,
    pub url: String,
    /// Its reports, as indexes into `Site::reports`.
    pub reports: Vec<usize>,
}

/// A region or a tag with one page of its reports, for a template.
#[derive(Debug, Serialize)]
pub struct GroupPage<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub path: &'a str,
    pub url: &'a str,
    pub reports: Listed<'a>,
}

/// Reports as a page of a list gives them to its templates.
#[derive(Debug)]
pub enum Listed<'a> {
    /// One by one.
    Each(Vec<ReportItem<'a>>),
    /// Only whether there are any: all the built-in theme asks, its rows made in Rust
    /// (`render/rows.rs`).
    Any(bool),
}

impl Serialize for Listed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Listed::Each(items) => items.serialize(s),
            Listed::Any(any) => s.serialize_bool(*any),
        }
    }
}

/// A region or tag as lists show it: without its reports.
#[derive(Debug, Clone, Serialize)]
pub struct GroupSummary {
    pub name: String,
    pub slug: String,
    pub url: String,
    /// How many reports it has.
    pub count: usize,
}

impl Group {
    pub fn summary(&self) -> GroupSummary {
        GroupSummary {
            name: self.name.clone(),
            slug: self.slug.clone(),
            url: self.url.clone(),
            count: self.reports.len(),
        }
    }
}
