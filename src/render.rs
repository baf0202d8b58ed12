//! Stage 4: Tera templates (autoescape on) turn the model into pages.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use rayon::prelude::*;

use tera::{Context, Tera};

use crate::charts::ChartSet;
use crate::content::walk_files;
use crate::diagnostics::Diagnostic;
use crate::output::Staging;
use crate::site::Site;
use crate::theme;
use crate::urls::Urls;

mod jobs;
mod layered;
mod native;
mod rows;
mod sitemap;
mod truncate;
mod written;
pub use jobs::PAGE_SIZE;
use jobs::{context, job_path, jobs, template, Job};
use layered::Layered;
pub use sitemap::SITEMAP_URLS;

/// How many of the newest reports the Atom feed carries.
pub const FEED_LIMIT: usize = 50;

/// Templates, compiled once.
pub struct Renderer {
    tera: Tera,
    /// Where each template came from, for messages.
    origins: HashMap<String, PathBuf>,
    /// A template that is not the built-in default theme's: the theme makes markup of
    /// its own, so report charts' tables come with their rows one by one too.
    own_markup: bool,
    /// The largest page of each template so far, in bytes: the next one's buffer.
    sizes: HashMap<String, AtomicUsize>,
    /// `site_header.html` and the search box it includes are the built-in theme's: they
    /// read `site` alone, so the header is rendered once per language tree.
    header_once: bool,
    /// Links within the tree (`url_for`, `abs_url`) and from the site's root
    /// (`site_url`), for the pages written in Rust (`native.rs`).
    urls: Urls,
    site_urls: Urls,
}

fn tera_chain(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str("\n  caused by: ");
        msg.push_str(&s.to_string().replace('\n', "\n    "));
        source = s.source();
    }
    msg
}

/// The templates a site renders with, by name, each with the file it came from: the
/// built-in theme's (for `default`), the theme's own, then the site's `templates/`, which
/// override by name.
fn template_sources(
    root: &Path,
    theme_name: &str,
) -> Result<BTreeMap<String, (String, PathBuf)>, Vec<Diagnostic>> {
    let mut sources: BTreeMap<String, (String, PathBuf)> = BTreeMap::new();
    let theme_dir = root.join("themes").join(theme_name).join("templates");
    let shown_theme = Path::new("themes").join(theme_name).join("templates");
    let mut errors = Vec::new();
    if theme_name == "default" {
        // A copy of the default theme from an older coopsite lacks the templates
        // of newer pages: those come from the built-in theme.
        for (name, text) in theme::TEMPLATES {
            sources.insert(name.to_string(), (text.to_string(), shown_theme.join(name)));
        }
    }
    if theme_dir.is_dir() {
        read_templates(&theme_dir, &shown_theme, &mut sources, &mut errors);
    } else if theme_name != "default" {
        errors.push(
            Diagnostic::new(
                "coopsite.yaml",
                format!(
                    "theme `{theme_name}` not found: there is no {}",
                    shown_theme.display()
                ),
            )
            .help("put the theme in themes/, or use `theme: default`"),
        );
    }
    read_templates(
        &root.join("templates"),
        Path::new("templates"),
        &mut sources,
        &mut errors,
    );
    // A sitemap index is the protocol's, not a design, and the search page and box
    // come with the search: any theme gets the built-in ones unless it has its own.
    for (name, text) in theme::TEMPLATES
        .iter()
        .filter(|(n, _)| ["sitemap_index.xml", "search.html", "search_box.html"].contains(n))
    {
        sources
            .entry(name.to_string())
            .or_insert_with(|| (text.to_string(), shown_theme.join(name)));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(sources)
}

impl Renderer {
    /// Loads the theme's templates (from `themes/<theme>/templates`, or the built-in
    /// default theme), then the site's own `templates/`, which override by name.
    /// `urls` link within a language tree (`url_for`); `site_urls` from the site's
    /// root, for the files all trees share (`site_url`: style.css, static files, data).
    pub fn new(
        root: &Path,
        theme_name: &str,
        urls: &Urls,
        site_urls: &Urls,
    ) -> Result<Renderer, Vec<Diagnostic>> {
        let sources = template_sources(root, theme_name)?;
        let own_markup = sources.keys().any(|name| !built_in(&sources, name));
        let header_once = ["site_header.html", "search_box.html"]
            .iter()
            .all(|name| built_in(&sources, name));
        let mut tera = Tera::default();
        tera.set_escape_fn(crate::escape::escape);
        let origins: HashMap<String, PathBuf> = sources
            .iter()
            .map(|(n, (_, p))| (n.clone(), p.clone()))
            .collect();
        let raw: Vec<(String, String)> = sources
            .into_iter()
            .map(|(n, (text, _))| (n, text))
            .collect();
        if let Err(e) = tera.add_raw_templates(raw) {
            let path =
                template_in_error(&e, &origins).unwrap_or_else(|| PathBuf::from("templates"));
            let chain = tera_chain(&e);
            let (line, col) = tera_position(&chain).unwrap_or((0, 0));
            return Err(vec![Diagnostic::new(path, chain).at(line, col).help(
                "fix the template syntax (see https://keats.github.io/tera/docs/)",
            )]);
        }
        tera.register_filter("truncate", truncate::truncate);
        let u = urls.clone();
        tera.register_function("url_for", move |args: &HashMap<String, tera::Value>| {
            Ok(tera::Value::String(u.url_for(path_arg(args)?)))
        });
        let u = urls.clone();
        tera.register_function("abs_url", move |args: &HashMap<String, tera::Value>| {
            Ok(tera::Value::String(u.abs_url(path_arg(args)?)))
        });
        let u = site_urls.clone();
        tera.register_function("site_url", move |args: &HashMap<String, tera::Value>| {
            Ok(tera::Value::String(u.url_for(path_arg(args)?)))
        });
        let sizes = origins
            .keys()
            .map(|n| (n.clone(), AtomicUsize::new(0)))
            .collect();
        Ok(Renderer {
            tera,
            origins,
            own_markup,
            sizes,
            header_once,
            urls: urls.clone(),
            site_urls: site_urls.clone(),
        })
    }

    /// The header of every page of `site`'s tree (`site_header` in base.html), when the
    /// built-in theme makes it: its links and search box, rendered once instead of on
    /// each page. A theme's own is included by each page, with the page's values.
    fn site_header(&self, site: &Site) -> Result<Option<String>, Diagnostic> {
        if !self.header_once {
            return Ok(None);
        }
        self.render("site_header.html", &layered::shared(site, &None))
            .map(Some)
    }

    /// Whether the theme or the site has a template of this name.
    pub fn has(&self, name: &str) -> bool {
        self.tera.get_template(name).is_ok()
    }

    /// Renders one template; an error names the template's file.
    pub fn render(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        let bytes = self.render_bytes(name, ctx)?;
        String::from_utf8(bytes).map_err(|e| self.error(name, &e.to_string()))
    }

    /// A page as the bytes Tera writes, for the output folder: no check that they are
    /// UTF-8 (Tera writes only text) and, made in a buffer the size of the largest
    /// page of the same template so far, no copy as it grows (a report page, 25 KB,
    /// grew from 2 KB in four copies).
    pub fn render_bytes(&self, name: &str, ctx: &Context) -> Result<Vec<u8>, Diagnostic> {
        let size = self.sizes.get(name);
        let mut out = Vec::with_capacity(size.map_or(0, |s| s.load(Ordering::Relaxed)).max(2000));
        self.tera
            .render_to(name, ctx, &mut out)
            .map_err(|e| self.error(name, &tera_chain(&e)))?;
        if let Some(s) = size {
            s.fetch_max(out.len(), Ordering::Relaxed);
        }
        Ok(out)
    }

    fn error(&self, name: &str, msg: &str) -> Diagnostic {
        let path = self
            .origins
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name));
        Diagnostic::new(path, msg)
    }
}

/// Whether the template `name` is the built-in theme's, unchanged.
fn built_in(sources: &BTreeMap<String, (String, PathBuf)>, name: &str) -> bool {
    let ours = sources.get(name).map(|(text, _)| text.as_str());
    let theirs = theme::TEMPLATES.iter().find(|(n, _)| *n == name);
    theirs.is_some_and(|(_, text)| ours == Some(*text))
}

fn path_arg(args: &HashMap<String, tera::Value>) -> tera::Result<&str> {
    args.get("path").and_then(|v| v.as_str()).ok_or_else(|| {
        tera::Error::msg("url_for and abs_url take a `path` string, e.g. url_for(path='style.css')")
    })
}

/// The `--> line:col` that Tera's parse errors carry.
fn tera_position(chain: &str) -> Option<(usize, usize)> {
    let after = &chain[chain.find("--> ")? + 4..];
    let end = after.find(|c: char| !(c.is_ascii_digit() || c == ':'))?;
    let (l, c) = after[..end].split_once(':')?;
    Some((l.parse().ok()?, c.parse().ok()?))
}

fn template_in_error(e: &tera::Error, origins: &HashMap<String, PathBuf>) -> Option<PathBuf> {
    let text = tera_chain(e);
    origins
        .iter()
        .filter(|(name, _)| text.contains(&format!("'{name}'")))
        .map(|(_, p)| p.clone())
        .min()
}

fn read_templates(
    dir: &Path,
    shown: &Path,
    into: &mut BTreeMap<String, (String, PathBuf)>,
    errors: &mut Vec<Diagnostic>,
) {
    let files = match walk_files(dir) {
        Ok(w) => w.files,
        Err(e) => return errors.push(e),
    };
    for (src, rel) in files {
        let name = crate::urls::slash_path(&rel);
        match std::fs::read_to_string(&src) {
            Ok(text) => {
                into.insert(name, (text, shown.join(&rel)));
            }
            Err(e) => errors.push(Diagnostic::new(
                shown.join(&rel),
                format!("cannot read: {e}"),
            )),
        }
    }
}

/// Where rendered pages go: written to disk as they come (build) or kept (check, serve).
pub trait Sink: Sync {
    fn put(&self, path: &str, page: Vec<u8>) -> Result<(), Diagnostic>;

    /// A page with the byte ranges of the text it shares with other pages (the site's
    /// header, a chart's source links, on a page written in Rust): a sink that reads
    /// pages (the link check) may read each such text once.
    fn put_shared(
        &self,
        path: &str,
        page: Vec<u8>,
        _shared: &[Range<usize>],
    ) -> Result<(), Diagnostic> {
        self.put(path, page)
    }
}

/// Keeps every page in memory.
#[derive(Default)]
pub struct Collect(pub Mutex<Vec<(String, String)>>);

impl Sink for Collect {
    fn put(&self, path: &str, page: Vec<u8>) -> Result<(), Diagnostic> {
        let text = String::from_utf8(page).map_err(|e| Diagnostic::new(path, e.to_string()))?;
        self.0
            .lock()
            .expect("no panics while holding the lock")
            .push((path.to_string(), text));
        Ok(())
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, page: Vec<u8>) -> Result<(), Diagnostic> {
        Staging::put(self, path, &page)
    }
}

/// Renders `pages` (of [`pages`]) in parallel into `sink`, collecting every error.
pub fn render_site(
    r: &Renderer,
    site: &Site,
    charts: &ChartSet,
    pages: &[(String, Page)],
    sink: &dyn Sink,
) -> Vec<Diagnostic> {
    let header = match r.site_header(site) {
        Ok(h) => h,
        Err(e) => return vec![e],
    };
    let errors = Mutex::new(Vec::new());
    // Pages differ in cost (a year's table of 500 regions takes fifty report pages'
    // time, and they come last): small pieces keep both cores busy to the end, where
    // rayon's halving would leave one core with the whole expensive tail.
    // Each piece's pages share one context holding `site` (made once a piece).
    pages.par_iter().with_max_len(8).for_each_init(
        || layered::shared(site, &header),
        |shared, (path, page)| {
            let result = render_page(r, site, charts, page.0, path, shared)
                .and_then(|(text, shared)| sink.put_shared(path, text, &shared));
            if let Err(e) = result {
                errors
                    .lock()
                    .expect("no panics while holding the lock")
                    .push(e);
            }
        },
    );
    errors
        .into_inner()
        .expect("no panics while holding the lock")
}

/// One page of a site, to render when it is asked for (`serve`).
#[derive(Clone, Copy)]
pub struct Page(Job);

/// Every page of a site with its path under the site's root.
pub fn pages(site: &Site) -> Vec<(String, Page)> {
    jobs(site)
        .into_iter()
        .map(|j| (job_path(site, j), Page(j)))
        .collect()
}

/// Renders one page of [`pages`], at `path` (its path there).
pub fn render_one(
    r: &Renderer,
    site: &Site,
    charts: &ChartSet,
    page: Page,
    path: &str,
) -> Result<String, Diagnostic> {
    let mut shared = layered::shared(site, &r.site_header(site)?);
    let (bytes, _) = render_page(r, site, charts, page.0, path, &mut shared)?;
    String::from_utf8(bytes).map_err(|e| Diagnostic::new(path, e.to_string()))
}

/// A page's bytes, and the ranges of the text it shares with other pages
/// ([`Sink::put_shared`]).
type Written = (Vec<u8>, Vec<Range<usize>>);

fn render_page(
    r: &Renderer,
    site: &Site,
    charts: &ChartSet,
    job: Job,
    path: &str,
    shared: &mut Context,
) -> Result<Written, Diagnostic> {
    if let Some((page, pieces)) = written::native_page(r, site, charts, job, path, shared)? {
        // Every test that builds a site checks the page against Tera's.
        #[cfg(debug_assertions)]
        {
            let tera = tera_page(r, site, charts, job, path, shared)?;
            if page != tera {
                let at = page.iter().zip(&tera).take_while(|(a, b)| a == b).count();
                let near = |b: &[u8]| {
                    String::from_utf8_lossy(&b[at.saturating_sub(80)..(at + 80).min(b.len())])
                        .into_owned()
                };
                panic!(
                    "{path}: the page written in Rust differs from Tera's at byte {at}:\n{}\n--- Tera's:\n{}",
                    near(&page),
                    near(&tera)
                );
            }
        }
        return Ok((page, pieces));
    }
    Ok((tera_page(r, site, charts, job, path, shared)?, Vec::new()))
}

/// A page rendered by Tera from its template.
fn tera_page(
    r: &Renderer,
    site: &Site,
    charts: &ChartSet,
    job: Job,
    path: &str,
    shared: &mut Context,
) -> Result<Vec<u8>, Diagnostic> {
    let mut ctx = Layered::over(shared).rendered_by(r);
    context(site, charts, job, path, &mut ctx)?;
    match job {
        Job::Report(i) => ctx.insert(
            "charts",
            &charts.report_charts(&site.reports[i], r.own_markup),
        ),
        // A replaced report is drawn in no chart.
        Job::Replaced(_) => ctx.insert("charts", &Vec::<()>::new()),
        _ => {}
    }
    r.render_bytes(template(site, job), ctx.context())
}
