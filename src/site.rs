//! Stage 3: the model. Checked reports become the plain, serialisable views the
//! templates show: reports with formatted figures, regions, tags, neighbours by year.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::Report;
use crate::diagnostics::Diagnostic;
use crate::figure_table::FigureTable;
use crate::i18n::Locale;
use crate::markdown;
use crate::urls::{self, Urls};
use names::Names;

mod body;
mod lineage;
mod names;
mod replaced;
mod rows;
mod today;
mod views;
mod years;
pub use body::{BodyLinks, ReportPage};
pub use lineage::{Boundary, Lineage, RegionHistory};
pub use today::{TodayCell, TodayRow, TodayTable, YearUnits};
pub use views::*;
pub use years::{Column, KeptYears, YearCell, YearLink, YearRow, YearView};

#[derive(Debug)]
pub struct Site {
    pub site: SiteView,
    pub urls: Urls,
    /// Newest first.
    pub reports: Vec<Arc<ReportView>>,
    /// Reports another one supersedes (`replaces:`): each keeps its page, marked as
    /// replaced, and is counted in no list, table, chart or data file.
    pub replaced: Vec<Arc<ReportView>>,
    pub regions: Vec<Group>,
    pub tags: Vec<Group>,
    /// `regions` and `tags` without their reports, for the pages that list them.
    pub region_list: Vec<GroupSummary>,
    pub tag_list: Vec<GroupSummary>,
    /// Every year compared across regions, oldest first.
    pub years: Vec<YearView>,
    /// What the model noticed and a site author may want to know (merged spellings).
    pub notes: Vec<Diagnostic>,
    /// The tree's words, dates and numbers, for what is drawn from the model (charts).
    pub loc: Locale,
    /// Makes each report's text HTML when its page is rendered.
    pub bodies: BodyLinks,
    /// The site's register of regions, when it has one.
    pub register: Option<Arc<crate::regions::Register>>,
    /// With a register: each region's history and boundary change, by slug.
    pub lineage: Lineage,
}

/// Checks what no single file can show: slugs used twice.
pub fn check(reports: &[Arc<Report>]) -> Vec<Diagnostic> {
    // By slug, then file: of the reports that share a slug, the first file keeps it.
    let mut by_slug: Vec<&Report> = reports.iter().map(|r| &**r).collect();
    by_slug.sort_unstable_by(|a, b| a.slug.cmp(&b.slug).then_with(|| a.path.cmp(&b.path)));
    let mut errors = Vec::new();
    let mut first = None::<&Report>;
    for r in by_slug {
        match first {
            Some(f) if f.slug == r.slug => {
                let (line, col) = r.slug_pos;
                errors.push(
                    Diagnostic::new(
                        &r.path,
                        format!(
                            "slug `{}` is already used by {}",
                            r.slug,
                            crate::urls::slash_path(&f.path)
                        ),
                    )
                    .at(line, col)
                    .help("give one of the two reports its own `slug:`"),
                );
            }
            _ => first = Some(r),
        }
    }
    errors
}

/// What the views of one site are made with.
struct Ctx<'a> {
    config: &'a Config,
    table: &'a FigureTable,
    urls: &'a Urls,
    loc: Locale,
    links: BodyLinks,
    /// The one name shown for each region and tag slug.
    names: &'a Names,
    /// Each figure's key and label, shared by every row that shows it.
    keys: HashMap<String, (Arc<str>, Arc<str>)>,
}

impl Ctx<'_> {
    /// Each report's view, with the key of what it is made from; a view kept from the
    /// last model with the same key is reused as it is.
    fn views(
        &self,
        reports: Vec<Arc<Report>>,
        tree: &Tree,
        site_key: u64,
    ) -> (Vec<u64>, Vec<Arc<ReportView>>) {
        let kept = tree
            .views
            .map(|c| c.take_views(&tree.prefix))
            .unwrap_or_default();
        reports
            .into_par_iter()
            .map(|r| {
                let key = self.view_key(site_key, &r);
                match kept.get(&r.path) {
                    Some((k, view)) if *k == key => (key, view.clone()),
                    _ => (key, Arc::new(self.view(&r))),
                }
            })
            .unzip()
    }

    /// A hash of what every view of the tree is made with: the settings, figures,
    /// words and the tree's place. (The links of a report's text, which lead to other
    /// reports, are made when its page is rendered, not kept in its view.)
    fn site_key(&self, tree: &Tree) -> u64 {
        let text = format!(
            "{:?}{:?}{:?}{:?}{:?}{:?}",
            self.config,
            self.table.defs(),
            tree.lang,
            tree.prefix,
            tree.languages,
            self.loc.t
        );
        crate::hash::hash_of(&[text.as_bytes()])
    }

    /// A hash of what one report's view is made from besides the tree's settings: the
    /// report itself, and the names its region and tags are shown with.
    fn view_key(&self, site_key: u64, r: &Report) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (site_key, r.version, &r.languages).hash(&mut h);
        // Without a register, the region's link is made from the name it is shown
        // with (its slug and URL from the report's spelling): not made for the key.
        match self.names.register {
            Some(_) => {
                let (region, code) = self.region_of(r);
                (&region.slug, &region.name, code).hash(&mut h);
            }
            None => self.names.shown(&r.region, true).hash(&mut h),
        }
        for t in &r.tags {
            self.names.shown(t, false).hash(&mut h);
        }
        h.finish()
    }

    /// A report's region and its code: with a register, the unit its name means in
    /// its year, shown with its official name in the tree's language.
    fn region_of(&self, r: &Report) -> (Link, Option<String>) {
        match self.names.unit_of(&r.region, r.year) {
            Some((reg, i)) => {
                let unit = reg.unit(i);
                let link = Link {
                    name: unit.shown(&self.loc.lang),
                    url: self.urls.url_for(&urls::region_path(&unit.id)),
                    slug: unit.id.clone(),
                };
                (link, unit.code.clone())
            }
            None => (self.link(&r.region, true), None),
        }
    }

    fn link(&self, name: &str, region: bool) -> Link {
        let slug = self.names.slug(name);
        let (names, path) = if region {
            (&self.names.regions, urls::region_path(&slug))
        } else {
            (&self.names.tags, urls::tag_path(&slug))
        };
        Link {
            name: names
                .get(&slug)
                .cloned()
                .unwrap_or_else(|| name.to_string()),
            url: self.urls.url_for(&path),
            slug,
        }
    }

    /// A report's view; its text is held while the parse holds it, else read again
    /// when its page is made.
    fn view(&self, r: &Report) -> ReportView {
        let dir = r
            .rel
            .parent()
            .map(crate::urls::slash_path)
            .unwrap_or_default();
        let path = urls::report_path(&r.slug);
        let (region, region_code) = self.region_of(r);
        ReportView {
            title: r.title.clone(),
            slug: r.slug.clone(),
            url: self.urls.url_for(&path),
            permalink: self.urls.abs_url(&path),
            path,
            date: r.date.to_string(),
            date_long: self.loc.date(&r.date),
            year: r.year,
            union: r.union.clone(),
            region,
            region_code,
            lang: r.lang.clone(),
            lang_shown: crate::lang::primary(&r.lang) != crate::lang::primary(&self.loc.lang),
            languages: if r.languages.is_empty() {
                vec![r.lang.clone()]
            } else {
                r.languages.clone()
            },
            summary: r
                .summary
                .clone()
                .or_else(|| r.body.as_deref().map(markdown::first_paragraph))
                .unwrap_or_default(),
            source: r.source.clone(),
            tags: r.tags.iter().map(|t| self.link(t, false)).collect(),
            figures: self.rows(&r.figures, "figures", r),
            targets: self.rows(&r.targets, "targets", r),
            target_year: r.year + 1,
            headline: self.headline(&r.figures, &r.checks),
            body: match &r.body {
                Some(text) => Body::Held(text.clone()),
                None => Body::InFile {
                    file: r.file.clone(),
                    hash: r.body_hash,
                },
            },
            dir,
            prev: None,
            next: None,
            replaced_by: None,
            extra: r.extra.clone(),
            source_file: crate::urls::slash_path(&r.path),
        }
    }
}

/// Where a language's tree stands in the site, and the words it speaks.
pub struct Tree<'a> {
    /// The tree's language.
    pub lang: String,
    /// "" for the root tree, "en/" for another.
    pub prefix: String,
    /// Links within the tree: the site's `base_url` with `prefix` after it.
    pub urls: Urls,
    pub languages: Vec<LangLink>,
    pub tables: &'a crate::i18n::Tables,
    /// The views of the last model of this tree, to reuse (`serve`).
    pub views: Option<&'a dyn ViewCache>,
}

/// Report views kept between rebuilds, by source file: each with the key of what it
/// was made from.
pub type KeptViews = foldhash::HashMap<PathBuf, (u64, Arc<ReportView>)>;

/// Where a rebuild keeps each tree's report views (`serve`).
pub trait ViewCache: Sync {
    /// The views kept for the tree at `prefix`, handed over (none are left).
    fn take_views(&self, prefix: &str) -> KeptViews;
    /// Keeps this model's views for the next rebuild.
    fn keep_views(&self, prefix: &str, views: KeptViews);
    /// The rows of each year kept for the tree at `prefix`, handed over.
    fn take_years(&self, prefix: &str) -> KeptYears;
    /// Keeps this model's rows of each year for the next rebuild.
    fn keep_years(&self, prefix: &str, years: KeptYears);
}

impl Tree<'static> {
    /// The only tree of a one-language site, with the built-in words.
    pub fn single(config: &Config) -> Tree<'static> {
        Tree {
            lang: config.language.clone(),
            prefix: String::new(),
            urls: Urls::new(&config.base_url, config.base_path()),
            languages: Vec::new(),
            tables: crate::i18n::built_in(),
            views: None,
        }
    }
}

impl Site {
    /// Builds the model of one language tree (`tree`: its language, place and links)
    /// from checked reports with unique slugs.
    pub fn new(
        config: &Config,
        table: &FigureTable,
        mut reports: Vec<Arc<Report>>,
        tree: &Tree,
    ) -> Site {
        let urls = tree.urls.clone();
        let loc = Locale::with_tables(&tree.lang, tree.tables);
        reports.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        let md_slugs: HashMap<String, String> = reports
            .par_iter()
            .map(|r| (crate::urls::slash_path(&r.rel), r.slug.clone()))
            .collect();
        let (reports, replaced) = replaced::set_apart(reports);
        let (names, notes) = Names::choose(&reports, config.register.as_ref());
        let ctx = Ctx {
            config,
            table,
            urls: &urls,
            loc,
            links: BodyLinks::new(urls.clone(), md_slugs, config.markdown.unsafe_html),
            names: &names,
            keys: table
                .defs()
                .iter()
                .map(|d| {
                    let label = table.label(&d.key, &tree.lang);
                    (d.key.clone(), (Arc::from(d.key.as_str()), Arc::from(label)))
                })
                .collect(),
        };
        let paths: Vec<PathBuf> = match tree.views {
            Some(_) => reports.iter().map(|r| r.path.clone()).collect(),
            None => Vec::new(),
        };
        // What every view and year is made with, when kept (`serve`); each parsed
        // report is let go once its view is made.
        let site_key = tree.views.map_or(0, |_| ctx.site_key(tree));
        let (keys, mut views) = ctx.views(reports, tree, site_key);
        let regions = members(&views, |v| std::slice::from_ref(&v.region));
        let tags = members(&views, |v| &v.tags);
        link_neighbours(&mut views, &regions);
        if let Some(cache) = tree.views {
            let kept = paths.into_iter().zip(keys).zip(&views);
            let kept = kept.map(|((path, key), v)| (path, (key, v.clone())));
            cache.keep_views(&tree.prefix, kept.collect());
        }
        let regions: Vec<Group> = regions
            .iter()
            .map(|(slug, e)| group(&urls, e, urls::region_path(slug)))
            .collect();
        let tags: Vec<Group> = tags
            .iter()
            .map(|(slug, e)| group(&urls, e, urls::tag_path(slug)))
            .collect();
        let replaced = replaced::views(&ctx, replaced, &views);
        let kept = years::YearCache::of(tree.views, &tree.prefix, site_key);
        let years = years::years(&views, (table, &ctx.loc, &urls), kept);
        let with = (&ctx.loc, table, &urls);
        let lineage = Lineage::of_site(config.register.as_deref(), &regions, &years, with);
        let site = SiteView {
            title: config.title_in(&tree.lang),
            description: config.description_in(&tree.lang),
            base_url: urls.base_url().to_string(),
            base_path: urls.base_path().to_string(),
            language: tree.lang.clone(),
            absolute: config.has_absolute_base(),
            updated: views.iter().map(|v| v.date.clone()).max(),
            updated_long: views
                .iter()
                .max_by(|a, b| a.date.cmp(&b.date))
                .map(|v| v.date_long.clone()),
            generator: format!("coopsite {}", env!("CARGO_PKG_VERSION")),
            prefix: tree.prefix.clone(),
            languages: tree.languages.clone(),
            t: ctx.loc.t.clone(),
            headline: ctx.headline_heads(),
            data_license: config.data_license.clone(),
            search: config.search,
        };
        let (loc, bodies) = (ctx.loc, ctx.links);
        Site {
            site,
            urls,
            reports: views,
            replaced,
            region_list: regions.iter().map(Group::summary).collect(),
            tag_list: tags.iter().map(Group::summary).collect(),
            regions,
            tags,
            years,
            notes,
            loc,
            bodies,
            register: config.register.clone(),
            lineage,
        }
    }
}

/// The reports of each region or tag (by the links `of` gives), by slug.
fn members(
    views: &[Arc<ReportView>],
    of: fn(&ReportView) -> &[Link],
) -> BTreeMap<String, (Link, Vec<usize>)> {
    // Found by slug in a hash (10,000 reports, a few hundred slugs), sorted once.
    let mut found: foldhash::HashMap<&str, (Link, Vec<usize>)> = Default::default();
    for (i, v) in views.iter().enumerate() {
        for link in of(v) {
            let entry = match found.get_mut(link.slug.as_str()) {
                Some(entry) => entry,
                None => found
                    .entry(link.slug.as_str())
                    .or_insert_with(|| (link.clone(), Vec::new())),
            };
            if entry.1.last() != Some(&i) {
                entry.1.push(i);
            }
        }
    }
    found
        .into_iter()
        .map(|(slug, entry)| (slug.to_string(), entry))
        .collect()
}

fn group(urls: &Urls, entry: &(Link, Vec<usize>), path: String) -> Group {
    let (link, members) = entry;
    Group {
        name: link.name.clone(),
        slug: link.slug.clone(),
        url: urls.url_for(&path),
        path,
        reports: members.clone(),
    }
}

/// Each report's previous and next year within its region (a view is copied only when
/// they changed: the cache may share it).
fn link_neighbours(views: &mut [Arc<ReportView>], regions: &BTreeMap<String, (Link, Vec<usize>)>) {
    for (_, members) in regions.values() {
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
            let prev = before.checked_sub(1).map(|p| by_year[p]);
            let next = by_year.get(after).copied();
            // Made only when they changed (after an edit, a few of 10,000).
            let is = |n: &Option<Neighbour>, j: Option<usize>| match (n, j) {
                (Some(n), Some(j)) => {
                    let v = &views[j];
                    n.year == v.year && n.title == v.title && n.url == v.url
                }
                (n, j) => n.is_none() && j.is_none(),
            };
            if !is(&views[i].prev, prev) || !is(&views[i].next, next) {
                let neighbour = |j: usize| Neighbour {
                    title: views[j].title.clone(),
                    url: views[j].url.clone(),
                    year: views[j].year,
                };
                let (prev, next) = (prev.map(neighbour), next.map(neighbour));
                let v = Arc::make_mut(&mut views[i]);
                v.prev = prev;
                v.next = next;
            }
        }
    }
}

/// What lists show of a report.
pub fn item(v: &ReportView) -> ReportItem<'_> {
    ReportItem {
        title: &v.title,
        url: &v.url,
        date: &v.date,
        date_long: &v.date_long,
        year: v.year,
        region: &v.region,
        summary: &v.summary,
        headline: &v.headline,
        lang: &v.lang,
        lang_shown: v.lang_shown,
    }
}
