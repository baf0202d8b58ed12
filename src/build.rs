//! The pipeline, start to end: config → content → site → render → output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::cache::Cache;
use crate::charts::ChartSet;
use crate::config::Config;
use crate::content;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::figure_table::FigureTable;
use crate::links::{self, LinkChecker};
use crate::output::{OutputSet, Source, Staging};
use crate::render::{self, Renderer};
use crate::site::{self, Site};
use crate::theme;
use crate::timing::Timer;

/// What `coopsite build` and `check` are asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site's folder.
    pub root: PathBuf,
    /// Where to write; default `root/output`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from `coopsite.yaml`.
    pub base_url: Option<String>,
    /// Build reports marked `draft: true`.
    pub drafts: bool,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            ..Default::default()
        }
    }

    pub fn output_dir(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.root.join("output"))
    }
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildSummary {
    pub reports: usize,
    /// Reports marked `draft: true` that were left out (no `--drafts`).
    pub drafts_skipped: usize,
    pub files: usize,
    pub output: PathBuf,
    pub warnings: Vec<Diagnostic>,
    pub seconds: f64,
}

/// A site rendered in memory, not yet written.
pub struct Planned {
    pub files: OutputSet,
    /// Each report page's source file: `reports/a/index.html` → `content/a.md`.
    pub sources: BTreeMap<String, String>,
    pub reports: usize,
    /// Reports marked `draft: true` that were left out (no `--drafts`).
    pub drafts_skipped: usize,
    pub warnings: Vec<Diagnostic>,
    pub base_path: String,
}

/// A site read, checked and modelled: everything but rendering and writing.
struct Prepared {
    site: Site,
    charts: Arc<ChartSet>,
    renderer: Renderer,
    /// Files copied as they are, and the small generated files (.nojekyll, CNAME).
    files: OutputSet,
    reports: usize,
    drafts_skipped: usize,
    warnings: Vec<Diagnostic>,
    base_path: String,
}

/// `coopsite.yaml`, with `--base-url` applied.
fn load_config(opts: &BuildOptions) -> Result<Config, Diagnostics> {
    if !opts.root.is_dir() {
        return Err(Diagnostics(vec![Diagnostic::new(
            &opts.root,
            "there is no such folder",
        )
        .help(
            "pass --root with the site's folder (the one holding content/)",
        )]));
    }
    let mut config = Config::load(&opts.root).map_err(Diagnostics)?;
    if let Some(url) = &opts.base_url {
        config
            .set_base_url(url)
            .map_err(|msg| Diagnostics(vec![Diagnostic::new("--base-url", msg)]))?;
    }
    Ok(config)
}

fn prepare(opts: &BuildOptions, cache: Option<&Cache>) -> Result<Prepared, Diagnostics> {
    let root = &opts.root;
    let config = load_config(opts)?;
    let mut timer = Timer::start();
    let mut errors = Diagnostics::default();
    let mut warnings = Vec::new();
    if !config.has_absolute_base() {
        warnings.push(
            Diagnostic::new(
                crate::config::CONFIG_FILE,
                format!(
                    "base_url `{}` names no host: the feed and sitemap use rooted URLs",
                    config.base_url
                ),
            )
            .help("set `base_url: https://…/` in coopsite.yaml or pass --base-url"),
        );
    }
    let table = config.figure_table();
    let settings = content::Settings {
        site_lang: &config.language,
        table: &table,
    };
    let parse_cache = cache.map(|c| c as &dyn content::ParseCache);
    let (loaded, load_errors) = content::load_cached(root, settings, opts.drafts, parse_cache);
    timer.lap("load");
    errors.0.extend(load_errors);
    errors.0.extend(site::check(&loaded.reports));
    let urls = crate::urls::Urls::new(&config.base_url, config.base_path());
    let renderer = match Renderer::new(root, &config.theme, &urls) {
        Ok(r) => Some(r),
        Err(e) => {
            errors.0.extend(e);
            None
        }
    };
    let Some(renderer) = renderer.filter(|_| errors.is_empty()) else {
        return Err(errors.sorted());
    };
    let mut files = OutputSet::default();
    copy_static(root, &config, &mut files, &mut errors, &mut warnings);
    warnings.extend(loaded.outside.iter().map(|l| outside_warning(root, l)));
    for asset in &loaded.assets {
        files.copy(rel_string(&asset.rel), Source::File(asset.src.clone()));
    }
    for r in &loaded.reports {
        warnings.extend(r.warnings.iter().cloned());
    }
    let (reports, drafts_skipped) = (loaded.reports.len(), loaded.drafts_skipped);
    let site = Site::new(&config, &table, loaded.reports);
    warnings.extend(site.notes.iter().cloned());
    timer.lap("model");
    let charts = draw_charts(&site, &config, &table, cache);
    errors.0.extend(charts.errors.iter().cloned());
    timer.lap("charts");
    add_generated(&site, &charts, &config, &mut files, &mut errors);
    if !errors.is_empty() {
        return Err(errors.sorted());
    }
    Ok(Prepared {
        site,
        charts,
        renderer,
        files,
        reports,
        drafts_skipped,
        warnings,
        base_path: config.base_path().to_string(),
    })
}

/// Every chart, reusing from `cache` the regions whose figures did not change.
fn draw_charts(
    site: &Site,
    config: &Config,
    table: &FigureTable,
    cache: Option<&Cache>,
) -> Arc<ChartSet> {
    let draw = |previous: Option<&ChartSet>| {
        ChartSet::build_reusing(
            &site.reports,
            &config.language,
            &config.charts,
            table,
            previous,
        )
    };
    match cache {
        Some(c) => c.charts(
            ChartSet::input_key(&site.reports, &config.language, &config.charts, table),
            draw,
        ),
        None => Arc::new(draw(None)),
    }
}

/// The chart files and the small files for GitHub Pages, refusing a copied file
/// that has the path of a generated one.
fn add_generated(
    site: &Site,
    charts: &ChartSet,
    config: &Config,
    files: &mut OutputSet,
    errors: &mut Diagnostics,
) {
    let mut generated: Vec<(String, String)> = vec![(".nojekyll".into(), String::new())];
    if let Some(cname) = &config.cname {
        generated.push(("CNAME".into(), format!("{cname}\n")));
    }
    generated.extend(
        charts
            .files()
            .map(|(p, svg)| (p.to_string(), svg.to_string())),
    );
    generated.push((
        crate::data::REPORTS_JSON.into(),
        crate::data::reports_json(site),
    ));
    generated.push((
        crate::data::FIGURES_CSV.into(),
        crate::data::figures_csv(site),
    ));
    for path in render::page_paths(site) {
        if files.get(&path).is_some() {
            errors.push(clash(&path));
        }
    }
    for (path, text) in generated {
        if files.generate(path.clone(), text).is_err() {
            errors.push(clash(&path));
        }
    }
}

fn clash(path: &str) -> Diagnostic {
    let help = if path == "CNAME" {
        "remove static/CNAME or the `cname` setting: coopsite writes CNAME from `cname`"
    } else {
        "rename or move the copied file"
    };
    Diagnostic::new(
        path,
        format!("`{path}` is both a copied file and a page coopsite generates"),
    )
    .help(help)
}

/// Reads, checks, models and renders the whole site in memory; writes nothing.
pub fn plan(opts: &BuildOptions) -> Result<Planned, Diagnostics> {
    plan_cached(opts, None)
}

/// [`plan`], keeping what it can from the previous run in `cache` (for `serve`).
pub fn plan_cached(opts: &BuildOptions, cache: Option<&Cache>) -> Result<Planned, Diagnostics> {
    let Prepared {
        site,
        charts,
        renderer,
        mut files,
        reports,
        drafts_skipped,
        warnings,
        base_path,
    } = prepare(opts, cache)?;
    let mut timer = Timer::start();
    let pages = render::Collect::default();
    let page_cache = cache.map(|c| c as &dyn render::PageCache);
    let mut errors = render::render_site_cached(&renderer, &site, &charts, &pages, page_cache);
    timer.lap("render");
    let mut pages = pages
        .0
        .into_inner()
        .expect("no panics while holding the lock");
    pages.sort();
    for (path, text) in pages {
        if let Err(msg) = files.generate(path.clone(), text) {
            errors.push(Diagnostic::new(path, msg));
        }
    }
    if !errors.is_empty() {
        return Err(Diagnostics(errors).sorted());
    }
    Ok(Planned {
        files,
        sources: sources(&site),
        reports,
        drafts_skipped,
        warnings,
        base_path,
    })
}

/// Each report page's source file: `reports/a/index.html` → `content/a.md`.
fn sources(site: &Site) -> BTreeMap<String, String> {
    site.reports
        .iter()
        .map(|r| (format!("{}index.html", r.path), r.source_file.clone()))
        .collect()
}

fn outside_warning(root: &Path, link: &Path) -> Diagnostic {
    Diagnostic::new(
        link.strip_prefix(root).unwrap_or(link),
        "skipped: a link to a file outside its folder",
    )
    .help("copy the file in instead")
}

fn copy_static(
    root: &Path,
    config: &Config,
    files: &mut OutputSet,
    errors: &mut Diagnostics,
    warnings: &mut Vec<Diagnostic>,
) {
    let theme_static = root.join("themes").join(&config.theme).join("static");
    let theme_templates = root.join("themes").join(&config.theme).join("templates");
    if !theme_templates.is_dir() && config.theme == "default" && !theme_static.is_dir() {
        for (path, bytes) in theme::STATIC {
            files.copy(path.to_string(), Source::Bytes(bytes));
        }
    }
    for dir in [theme_static, root.join("static")] {
        match content::walk_files(&dir) {
            Ok(walk) => {
                for (src, rel) in walk.files {
                    files.copy(rel_string(&rel), Source::File(src));
                }
                warnings.extend(walk.outside.iter().map(|l| outside_warning(root, l)));
            }
            Err(e) => errors.push(e),
        }
    }
}

fn rel_string(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Refuses an output folder that is the site itself or holds its sources.
fn check_output_dir(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let abs = |p: &Path| {
        std::path::absolute(p)
            .map(|a| a.canonicalize().unwrap_or(a))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let (root, out_abs) = (abs(root), abs(out));
    let sources = ["content", "static", "templates", "themes"];
    if root.starts_with(&out_abs) || sources.iter().any(|s| out_abs.starts_with(root.join(s))) {
        return Err(Diagnostic::new(
            out,
            "the output folder would replace the site's own files",
        )
        .help("choose an output folder outside content/, static/, templates/ and themes/, e.g. output/"));
    }
    Ok(())
}

/// Told how far rendering has got, for a progress bar.
pub trait Progress: Sync {
    /// Rendering starts: `total` pages to go.
    fn start(&self, _total: u64) {}
    /// One more page is written.
    fn advance(&self) {}
    /// Rendering is over, well or not.
    fn finish(&self) {}
}

/// No progress shown.
pub struct Quiet;
impl Progress for Quiet {}

/// A sink that counts pages for a [`Progress`] and checks their links on the way.
struct Counted<'a> {
    inner: &'a dyn render::Sink,
    progress: &'a dyn Progress,
    links: LinkChecker<'a>,
    sources: &'a BTreeMap<String, String>,
    broken: Mutex<Vec<Diagnostic>>,
}

impl render::Sink for Counted<'_> {
    fn put(&self, path: &str, text: String) -> Result<(), Diagnostic> {
        if path.ends_with(".html") {
            let broken = self
                .links
                .page(&links::page_name(path, self.sources), &text);
            if !broken.is_empty() {
                self.broken
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend(broken);
            }
        }
        let r = self.inner.put(path, text);
        self.progress.advance();
        r
    }
}

/// Builds the site into its output folder: pages are written to a staging folder as
/// they are rendered (in parallel), which replaces `output/` only when all went well,
/// internal links included.
pub fn build(opts: &BuildOptions) -> Result<BuildSummary, Diagnostics> {
    build_with(opts, &Quiet)
}

/// [`build`], telling `progress` how rendering goes.
pub fn build_with(
    opts: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildSummary, Diagnostics> {
    let start = Instant::now();
    let out = opts.output_dir();
    check_output_dir(&opts.root, &out).map_err(|d| Diagnostics(vec![d]))?;
    let prepared = prepare(opts, None)?;
    let mut timer = Timer::start();
    let one = |d: Diagnostic| Diagnostics(vec![d]);
    let staging = Staging::new(&out).map_err(one)?;
    staging.put_all(&prepared.files).map_err(one)?;
    timer.lap("copy");
    let page_paths = render::page_paths(&prepared.site);
    let sources = sources(&prepared.site);
    let all_paths = prepared
        .files
        .paths()
        .chain(page_paths.iter().map(String::as_str));
    progress.start(page_paths.len() as u64);
    let sink = Counted {
        inner: &staging,
        progress,
        links: LinkChecker::new(all_paths, &prepared.base_path),
        sources: &sources,
        broken: Mutex::default(),
    };
    let mut errors =
        render::render_site(&prepared.renderer, &prepared.site, &prepared.charts, &sink);
    progress.finish();
    timer.lap("render");
    errors.extend(sink.broken.into_inner().unwrap_or_else(|e| e.into_inner()));
    if !errors.is_empty() {
        return Err(Diagnostics(errors).sorted());
    }
    staging.commit().map_err(one)?;
    Ok(BuildSummary {
        reports: prepared.reports,
        drafts_skipped: prepared.drafts_skipped,
        files: prepared.files.len() + page_paths.len(),
        output: out,
        warnings: prepared.warnings,
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// Everything `build` checks, and every internal link; writes nothing.
pub fn check(opts: &BuildOptions) -> Result<Planned, Diagnostics> {
    let planned = plan(opts)?;
    let broken = links::check(&planned.files, &planned.base_path, &planned.sources);
    if broken.is_empty() {
        Ok(planned)
    } else {
        Err(Diagnostics(broken).sorted())
    }
}
