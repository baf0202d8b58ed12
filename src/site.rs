//! Stage 3: the model. Checked reports become the plain, serialisable views the
//! templates show: reports with formatted figures, regions, tags, neighbours by year.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::config::Config;
use crate::content::figures::{Figures, Per, Value};
use crate::content::{slugify, Report};
use crate::diagnostics::Diagnostic;
use crate::i18n;
use crate::markdown::{self, LinkResolver};
use crate::numfmt::NumFormat;
use crate::urls::{self, Urls};

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
    pub generator: String,
    pub t: BTreeMap<&'static str, &'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub name: String,
    pub slug: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Neighbour {
    pub title: String,
    pub url: String,
    pub year: i32,
}

/// One figure as a table row.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    pub key: String,
    pub label: String,
    /// `count`, `money` or `number`.
    pub kind: &'static str,
    /// For reading: "2.3 billion VND".
    pub value: String,
    /// To the unit: "2,295,000,000 VND".
    pub exact: String,
    /// "VND per year" for money, empty otherwise.
    pub unit: String,
    /// Money given per month, as written: "5.6 million VND per month".
    pub as_written: Option<String>,
    /// The number itself (money per year), for themes that compute.
    pub number: f64,
    /// The same number as plain digits, for `<data value>`.
    pub raw: String,
}

/// The numbers the home table shows, formatted ("–" when not given).
#[derive(Debug, Clone, Serialize)]
pub struct Headline {
    pub total: String,
    pub new: String,
    pub effective: String,
    pub income: String,
    pub income_exact: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub title: String,
    pub slug: String,
    /// Output path relative to the site root: `reports/<slug>/`.
    pub path: String,
    pub url: String,
    pub permalink: String,
    pub date: String,
    pub year: i32,
    pub union: String,
    pub region: Link,
    pub lang: String,
    pub summary: String,
    pub source: Option<String>,
    pub tags: Vec<Link>,
    pub figures: Vec<FigureRow>,
    pub targets: Vec<FigureRow>,
    pub target_year: i32,
    pub headline: Headline,
    pub content: String,
    pub prev: Option<Neighbour>,
    pub next: Option<Neighbour>,
    pub extra: serde_json::Value,
    /// The source file, relative to the site root.
    pub source_file: String,
}

/// What lists show of a report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportItem {
    pub title: String,
    pub url: String,
    pub date: String,
    pub year: i32,
    pub region: Link,
    pub summary: String,
    pub headline: Headline,
}

/// A region or a tag with its reports, newest first.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub name: String,
    pub slug: String,
    pub path: String,
    pub url: String,
    pub reports: Vec<ReportItem>,
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

#[derive(Debug)]
pub struct Site {
    pub site: SiteView,
    pub urls: Urls,
    /// Newest first.
    pub reports: Vec<ReportView>,
    pub regions: Vec<Group>,
    pub tags: Vec<Group>,
    /// `regions` and `tags` without their reports, for the pages that list them.
    pub region_list: Vec<GroupSummary>,
    pub tag_list: Vec<GroupSummary>,
    /// Drawn after the model is built (see `charts`); empty until then.
    pub charts: std::sync::Arc<crate::charts::ChartSet>,
}

/// Checks what no single file can show: slugs used twice.
pub fn check(reports: &[Report]) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, &Report> = HashMap::new();
    let mut errors = Vec::new();
    let mut sorted: Vec<&Report> = reports.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    for r in sorted {
        if let Some(first) = seen.get(r.slug.as_str()) {
            let (line, col) = r.slug_pos;
            errors.push(
                Diagnostic::new(
                    &r.path,
                    format!(
                        "slug `{}` is already used by {}",
                        r.slug,
                        first.path.to_string_lossy().replace('\\', "/")
                    ),
                )
                .at(line, col)
                .help("give one of the two reports its own `slug:`"),
            );
        } else {
            seen.insert(&r.slug, r);
        }
    }
    errors
}

struct SiteLinks<'a> {
    urls: &'a Urls,
    md_slugs: HashMap<String, &'a str>,
}

impl LinkResolver for SiteLinks<'_> {
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

impl Site {
    /// Builds the model from checked reports with unique slugs.
    pub fn new(config: &Config, mut reports: Vec<Report>) -> Site {
        let urls = Urls::new(&config.base_url, config.base_path());
        let nf = NumFormat::for_lang(&config.language);
        let t = i18n::strings(&config.language);
        reports.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));

        let md_slugs: HashMap<String, &str> = reports
            .iter()
            .map(|r| (rel_string(&r.rel), r.slug.as_str()))
            .collect();
        let links = SiteLinks {
            urls: &urls,
            md_slugs,
        };

        let region_link = |name: &str| {
            let slug = slugify(name);
            Link {
                name: name.to_string(),
                url: urls.url_for(&urls::region_path(&slug)),
                slug,
            }
        };
        let tag_link = |name: &str| {
            let slug = slugify(name);
            Link {
                name: name.to_string(),
                url: urls.url_for(&urls::tag_path(&slug)),
                slug,
            }
        };

        let mut views: Vec<ReportView> = reports
            .par_iter()
            .map(|r| {
                let dir = r.rel.parent().map(rel_string).unwrap_or_default();
                let body = markdown::render(&r.body, &dir, config.markdown.unsafe_html, &links);
                let path = urls::report_path(&r.slug);
                ReportView {
                    title: r.title.clone(),
                    slug: r.slug.clone(),
                    url: urls.url_for(&path),
                    permalink: urls.abs_url(&path),
                    path,
                    date: r.date.to_string(),
                    year: r.year,
                    union: r.union.clone(),
                    region: region_link(&r.region),
                    lang: r.lang.clone(),
                    summary: r.summary.clone().unwrap_or(body.first_paragraph),
                    source: r.source.clone(),
                    tags: r.tags.iter().map(|t| tag_link(t)).collect(),
                    figures: rows(&r.figures, &nf, &config.language, &t),
                    targets: rows(&r.targets, &nf, &config.language, &t),
                    target_year: r.year + 1,
                    headline: headline(&r.figures, &nf),
                    content: body.html,
                    prev: None,
                    next: None,
                    extra: r.extra.clone(),
                    source_file: rel_string(&r.path),
                }
            })
            .collect();

        // Regions and tags, by slug; the first name seen (newest report) names the group.
        let mut regions: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut tags: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, v) in views.iter().enumerate() {
            regions.entry(v.region.slug.clone()).or_default().push(i);
            for tag in &v.tags {
                let list = tags.entry(tag.slug.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }

        // Neighbours by year within a region.
        for members in regions.values() {
            let mut by_year = members.clone();
            by_year.sort_by(|&a, &b| {
                (views[a].year, &views[a].date, &views[a].slug).cmp(&(
                    views[b].year,
                    &views[b].date,
                    &views[b].slug,
                ))
            });
            let years: Vec<i32> = by_year.iter().map(|&i| views[i].year).collect();
            for (pos, &i) in by_year.iter().enumerate() {
                let y = years[pos];
                let before = years.partition_point(|&x| x < y);
                let after = years.partition_point(|&x| x <= y);
                let neighbour = |j: usize| Neighbour {
                    title: views[j].title.clone(),
                    url: views[j].url.clone(),
                    year: views[j].year,
                };
                let prev = before.checked_sub(1).map(|p| neighbour(by_year[p]));
                let next = by_year.get(after).map(|&n| neighbour(n));
                views[i].prev = prev;
                views[i].next = next;
            }
        }

        let group = |slug: &String, members: &Vec<usize>, is_region: bool| {
            let first = &views[members[0]];
            let (name, path) = if is_region {
                (first.region.name.clone(), urls::region_path(slug))
            } else {
                let tag = first.tags.iter().find(|t| &t.slug == slug);
                (
                    tag.map(|t| t.name.clone()).unwrap_or_default(),
                    urls::tag_path(slug),
                )
            };
            Group {
                name,
                slug: slug.clone(),
                url: urls.url_for(&path),
                path,
                reports: members.iter().map(|&i| item(&views[i])).collect(),
            }
        };
        let regions: Vec<Group> = regions.iter().map(|(s, m)| group(s, m, true)).collect();
        let tags: Vec<Group> = tags.iter().map(|(s, m)| group(s, m, false)).collect();

        let site = SiteView {
            title: config.title.clone(),
            description: config.description.clone(),
            base_url: urls.base_url().to_string(),
            base_path: urls.base_path().to_string(),
            language: config.language.clone(),
            absolute: config.has_absolute_base(),
            updated: views.iter().map(|v| v.date.clone()).max(),
            generator: format!("coopsite {}", env!("CARGO_PKG_VERSION")),
            t,
        };
        Site {
            site,
            urls,
            reports: views,
            region_list: regions.iter().map(Group::summary).collect(),
            tag_list: tags.iter().map(Group::summary).collect(),
            regions,
            tags,
            charts: Default::default(),
        }
    }

    /// The home page's list.
    pub fn items(&self) -> Vec<ReportItem> {
        self.reports.iter().map(item).collect()
    }
}

fn item(v: &ReportView) -> ReportItem {
    ReportItem {
        title: v.title.clone(),
        url: v.url.clone(),
        date: v.date.clone(),
        year: v.year,
        region: v.region.clone(),
        summary: v.summary.clone(),
        headline: v.headline.clone(),
    }
}

fn rel_string(p: &std::path::Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

fn rows(
    figures: &Figures,
    nf: &NumFormat,
    lang: &str,
    t: &BTreeMap<&'static str, &'static str>,
) -> Vec<FigureRow> {
    figures
        .ordered()
        .into_iter()
        .map(|(key, value)| {
            let label = i18n::figure_label(key, lang);
            let number = value.as_f64();
            let (kind, shown, exact, unit, as_written) = match value {
                Value::Count(n) => {
                    let s = nf.int(*n as i128);
                    ("count", s.clone(), s, String::new(), None)
                }
                Value::Number(x) => {
                    let s = nf.number(*x, 4);
                    ("number", s.clone(), s, String::new(), None)
                }
                Value::Money(m) => {
                    let per_year = m.per_year();
                    let written = (m.per == Per::Month).then(|| {
                        format!(
                            "{} {}",
                            nf.money_short(m.amount, &m.currency),
                            t["per_month"]
                        )
                    });
                    (
                        "money",
                        nf.money_short(per_year, &m.currency),
                        nf.money_exact(per_year, &m.currency),
                        format!("{} {}", m.currency, t["per_year"]),
                        written,
                    )
                }
            };
            FigureRow {
                key: key.to_string(),
                label,
                kind,
                value: shown,
                exact,
                unit,
                as_written,
                number,
                raw: plain_number(number),
            }
        })
        .collect()
}

fn headline(f: &Figures, nf: &NumFormat) -> Headline {
    let count = |k: &str| match f.get(k) {
        Some(v) => nf.number(v.as_f64(), 0),
        None => "–".to_string(),
    };
    let (income, income_exact) = match f.get("avg_income_per_worker") {
        Some(Value::Money(m)) => (
            nf.money_short(m.per_year(), &m.currency),
            nf.money_exact(m.per_year(), &m.currency),
        ),
        _ => ("–".to_string(), String::new()),
    };
    Headline {
        total: count("cooperatives_total"),
        new: count("cooperatives_new"),
        effective: count("cooperatives_effective"),
        income,
        income_exact,
    }
}

/// Digits only, no grouping, no needless decimals: 2295000000, 58.1.
pub fn plain_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
