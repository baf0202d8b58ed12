//! The pipeline, start to end: config → content → site → render → output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::links::{self, LinkChecker};
use crate::output::{OutputSet, Staging};
use crate::render;
use crate::site::Site;
use crate::timing::Timer;

mod charted;
mod data_files;
mod live;
mod prepare;
mod share;
mod warned;
pub use live::Live;
use prepare::{prepare, Data, Mode, Prepared};
pub use warned::Warned;

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
    /// Fail on warnings too (`build --strict`): the previous output is kept.
    pub strict: bool,
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

/// Reads, checks, models and renders the whole site in memory; writes nothing.
pub fn plan(opts: &BuildOptions) -> Result<Planned, Diagnostics> {
    let mode = Mode {
        with_data: true,
        ..Mode::default()
    };
    let prepared = prepare(opts, mode)?;
    let sources = prepared.sources();
    let Prepared {
        trees,
        mut files,
        reports,
        drafts_skipped,
        warnings,
        base_path,
        ..
    } = prepared;
    let mut timer = Timer::start();
    let pages = render::Collect::default();
    let mut errors = Vec::new();
    for t in &trees {
        errors.extend(render::render_site(
            &t.renderer,
            &t.site,
            &t.charts,
            &t.pages,
            &pages,
        ));
    }
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
        sources,
        reports,
        drafts_skipped,
        warnings: warnings.into_vec(),
        base_path,
    })
}

/// Refuses an output folder that is the site itself or holds its sources, and an
/// output path that is a file (`/dev/null`, a page): the build replaces the folder
/// whole, which would remove that file.
fn check_output_dir(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    if std::fs::metadata(out).is_ok_and(|m| !m.is_dir()) {
        return Err(
            Diagnostic::new(out, "the output path is a file, not a folder").help(
                "coopsite replaces the output folder as a whole: name a folder, e.g. output/",
            ),
        );
    }
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
    /// Where each report page comes from, made only if a link is broken.
    sources: OnceLock<BTreeMap<String, String>>,
    prepared: &'a Prepared,
    broken: Mutex<Vec<Diagnostic>>,
}

impl Counted<'_> {
    fn sources(&self) -> &BTreeMap<String, String> {
        self.sources.get_or_init(|| self.prepared.sources())
    }
}

impl render::Sink for Counted<'_> {
    fn put(&self, path: &str, page: Vec<u8>) -> Result<(), Diagnostic> {
        self.put_shared(path, page, &[])
    }

    fn put_shared(
        &self,
        path: &str,
        page: Vec<u8>,
        shared: &[std::ops::Range<usize>],
    ) -> Result<(), Diagnostic> {
        if path.ends_with(".html") {
            let shown = || links::page_name(path, self.sources());
            let broken = self.links.page_sharing(shown, &page, shared);
            if !broken.is_empty() {
                self.broken
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend(broken);
            }
        }
        let r = self.inner.put(path, page);
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
    let one = |d: Diagnostic| Diagnostics(vec![d]);
    prepare::check_root(opts)?;
    let staging = Staging::new(&out).map_err(one)?;
    // Chart files are written as they are drawn; the open data files streamed beside
    // the pages: neither is held.
    let mode = Mode {
        staging: Some(&staging),
        ..Mode::default()
    };
    let mut prepared = prepare(opts, mode)?;
    if opts.strict && !prepared.warnings.is_empty() {
        // The staging folder, charts and all, goes when dropped; output/ stays.
        return Err(Diagnostics(std::mem::take(&mut prepared.warnings).into_vec()).sorted());
    }
    let mut timer = Timer::start();
    staging.put_all(&prepared.files).map_err(one)?;
    prepared.files.mark_written();
    timer.lap("copy");
    let pages = prepared.page_paths().count();
    let data = match prepared.trees.first() {
        Some(_) => &Data::ALL[..],
        None => &[],
    };
    let all_paths = prepared
        .files
        .paths()
        .chain(prepared.page_paths())
        .chain(data.iter().map(|d| d.path()));
    progress.start(pages as u64);
    let sink = Counted {
        inner: &staging,
        progress,
        links: LinkChecker::new(all_paths, &prepared.base_path),
        sources: OnceLock::new(),
        prepared: &prepared,
        broken: Mutex::default(),
    };
    // The open data (two long streams, one report after another) is written beside
    // the pages, which come in small pieces: each core is busy to the end, where
    // after the pages one stream alone would keep one core.
    let root_site = prepared.trees.first().map(|t| &t.site);
    let (mut errors, data_written) = rayon::join(
        || {
            let mut errors = Vec::new();
            for t in &prepared.trees {
                errors.extend(render::render_site(
                    &t.renderer,
                    &t.site,
                    &t.charts,
                    &t.pages,
                    &sink,
                ));
            }
            errors
        },
        || write_data(data, root_site, &staging),
    );
    progress.finish();
    timer.lap("render and data");
    errors.extend(sink.broken.into_inner().unwrap_or_else(|e| e.into_inner()));
    errors.extend(data_written.err());
    if !errors.is_empty() {
        return Err(Diagnostics(errors).sorted());
    }
    staging.commit().map_err(one)?;
    // The cache's drawings that no output links any more (charts whose numbers
    // changed) go once a day old, so the cache does not grow build after build.
    crate::raster::prune(&opts.root.join(prepare::PNG_CACHE), CACHE_KEEP);
    let summary = BuildSummary {
        reports: prepared.reports,
        drafts_skipped: prepared.drafts_skipped,
        files: prepared.files.len() + pages + data.len(),
        output: out,
        warnings: std::mem::take(&mut prepared.warnings).into_vec(),
        seconds: start.elapsed().as_secs_f64(),
    };
    // Freeing the model of 10,000 reports takes a tenth of a second on one core;
    // nothing waits for it.
    std::thread::spawn(move || drop(prepared));
    Ok(summary)
}

/// How long a cached drawing no output links is kept (see [`crate::raster::prune`]).
const CACHE_KEEP: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Streams the open data files (`data`) of the root tree's `site` into `staging`.
fn write_data(data: &[Data], site: Option<&Site>, staging: &Staging) -> Result<(), Diagnostic> {
    use rayon::prelude::*;
    match site {
        // figures-excel.csv is figures.csv after a byte-order mark: both are written
        // in one pass.
        Some(site) => data.par_iter().try_for_each(|d| match d {
            Data::FiguresExcel if data.contains(&Data::Figures) => Ok(()),
            Data::Figures if data.contains(&Data::FiguresExcel) => staging.put_twice(
                d.path(),
                (Data::FiguresExcel.path(), crate::data::EXCEL_BOM),
                |w| d.write(site, w),
            ),
            _ => staging.put_with(d.path(), |w| d.write(site, w)),
        }),
        None => Ok(()),
    }
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
