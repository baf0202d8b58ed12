//! Stage 1: load the content tree into plain [`Report`]s and the files to copy.

pub mod amount;
pub mod crosscheck;
pub use crate::date;
pub mod duplicates;
pub mod figures;
pub mod frontmatter;
pub mod mentions;
pub mod notation;
pub mod placeholders;
pub mod reader;
pub mod sentence;
pub mod split;
pub mod translations;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostics::Diagnostic;
use date::Date;
use figures::Figures;
pub use frontmatter::Settings;

/// One conference report, checked.
#[derive(Debug, Clone)]
pub struct Report {
    /// The file, relative to the site root (`content/2023/a.md`).
    pub path: PathBuf,
    /// The file, relative to `content/` (`2023/a.md`).
    pub rel: PathBuf,
    pub title: String,
    pub date: Date,
    pub year: i32,
    pub union: String,
    pub region: String,
    pub lang: String,
    pub slug: String,
    /// Where `slug:` stands (or 1:1), for duplicate-slug messages.
    pub slug_pos: (usize, usize),
    pub summary: Option<String>,
    pub source: Option<String>,
    pub tags: Vec<String>,
    pub draft: bool,
    /// The slug of the report this one supersedes (`replaces:`): that one stays
    /// readable, marked as replaced, and is counted nowhere.
    pub replaces: Option<String>,
    pub figures: Figures,
    pub targets: Figures,
    pub extra: serde_json::Value,
    /// The Markdown text after the front matter; None once a build has let it go
    /// (its page reads `file` again).
    pub body: Option<Arc<str>>,
    /// The file as it was read (empty for a report given as text).
    pub file: PathBuf,
    /// A hash of `body` as read, to tell whether the file still holds it.
    pub body_hash: u64,
    /// What is not wrong but worth a look: an undeclared figure, a figure the text
    /// does not state.
    pub warnings: Vec<Diagnostic>,
    /// The sentence of the text that states each figure, by dotted key
    /// (`figures.cooperatives_total`).
    pub sentences: BTreeMap<String, crosscheck::Said>,
    /// What the text check concluded about each figure, by dotted key: every figure
    /// and target has one (`stated`, `not-stated`, `differs`, with the reason).
    pub checks: BTreeMap<String, crosscheck::Verdict>,
    /// Where each top-level key stands (line, column; (0, 0) when absent), for
    /// messages the model gives later, in the order of [`frontmatter::KNOWN_KEYS`]: a
    /// report with any other key is an error.
    pub positions: [(usize, usize); frontmatter::KNOWN_KEYS.len()],
    /// The languages the report exists in (its own and its translations'), set when
    /// a language's tree is made.
    pub languages: Vec<String>,
    /// A hash of the file's path and text (for a translated report, of both files'):
    /// equal versions under the same settings are the same report.
    pub version: u64,
}

impl Report {
    /// Where a front matter key stands (line, column), or (0, 0) when unknown.
    pub fn key_pos(&self, key: &str) -> (usize, usize) {
        frontmatter::KNOWN_KEYS
            .iter()
            .position(|k| *k == key)
            .map_or((0, 0), |i| self.positions[i])
    }
}

/// A file under `content/` that is not a report: copied as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    pub src: PathBuf,
    /// Path relative to `content/`, which is also its path in the output.
    pub rel: PathBuf,
}

/// Everything under `content/`.
#[derive(Debug, Default)]
pub struct Content {
    pub reports: Vec<Arc<Report>>,
    pub assets: Vec<Asset>,
    /// Links under `content/` that lead outside it, skipped.
    pub outside: Vec<PathBuf>,
    /// Reports marked `draft: true` left out (without `--drafts`).
    pub drafts_skipped: usize,
    /// Translations (`<name>.<lang>.md`) by the report they translate.
    pub translations: BTreeMap<PathBuf, Vec<Arc<Report>>>,
}

/// True for names the contract skips: starting with `.` or `_`.
pub fn is_hidden(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('_')
}

/// The files below a folder.
#[derive(Debug, Default, Clone)]
pub struct Walk {
    /// (path on disk, path relative to the folder), sorted.
    pub files: Vec<(PathBuf, PathBuf)>,
    /// Symbolic links that lead outside the folder: skipped, so a site never
    /// publishes (or `serve` never serves) a file from elsewhere on the machine.
    pub outside: Vec<PathBuf>,
    /// Whether a symbolic link below the folder was followed (a watch of the folder
    /// does not see a change made through it).
    pub links: bool,
}

/// A folder that cannot be read, or a link that leads back into its own folder.
fn walk_error(dir: &Path, e: &walkdir::Error) -> Diagnostic {
    let p = e
        .path()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.into());
    let root = dir.parent().unwrap_or(dir);
    let p = p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p);
    match e.loop_ancestor() {
        Some(ancestor) => Diagnostic::new(
            &p,
            format!(
                "this symbolic link leads back to {}, a folder that holds it: a loop",
                ancestor.strip_prefix(root).unwrap_or(ancestor).display()
            ),
        )
        .help("remove the link, or point it at a folder outside this one"),
        None => Diagnostic::new(p, format!("cannot read: {e}")),
    }
}

/// Lists the files below `dir` that are not hidden, in a stable order.
pub fn walk_files(dir: &Path) -> Result<Walk, Diagnostic> {
    let mut walk = Walk::default();
    if !dir.is_dir() {
        return Ok(walk);
    }
    let base = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let (mut outside, mut links) = (Vec::new(), false);
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() > 0 && is_hidden(&e.file_name().to_string_lossy()) {
                return false;
            }
            if e.path_is_symlink() {
                links = true;
                let inside = e.path().canonicalize().is_ok_and(|t| t.starts_with(&base));
                if !inside {
                    outside.push(e.path().to_path_buf());
                }
                return inside;
            }
            true
        });
    let mut problems = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                problems.push(walk_error(dir, &e));
                continue;
            }
        };
        if entry.file_name().to_str().is_none() {
            let shown = entry
                .path()
                .strip_prefix(dir.parent().unwrap_or(dir))
                .unwrap_or(entry.path());
            problems.push(
                Diagnostic::new(
                    shown,
                    "this file name is not UTF-8 text, so it cannot become a URL",
                )
                .help("rename the file with letters, digits and -"),
            );
            continue;
        }
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .to_path_buf();
            walk.files.push((entry.path().to_path_buf(), rel));
        }
    }
    if let Some(first) = problems.into_iter().next() {
        return Err(first);
    }
    walk.outside = outside;
    walk.links = links;
    Ok(walk)
}

/// The result of parsing one report file.
pub type Parsed = Result<Arc<Report>, Vec<Diagnostic>>;

/// Where a rebuild keeps parses of unchanged files (`serve`): given a file and a key
/// for the settings its parse depends on, the kept parse, or a new one from `parse`.
pub trait ParseCache: Sync {
    fn report(&self, src: &Path, settings: u64, parse: &dyn Fn() -> Parsed) -> Parsed;

    /// The files below `dir` ([`walk_files`]); a cache that knows nothing was made or
    /// removed there since its last walk may give that one again.
    fn walk(&self, dir: &Path) -> Result<Walk, Diagnostic> {
        walk_files(dir)
    }
}

/// Reads `root/content`, keeping drafts only when asked. Every problem is collected.
pub fn load(root: &Path, settings: Settings, drafts: bool) -> (Content, Vec<Diagnostic>) {
    load_cached(root, settings, drafts, None)
}

/// [`load`], taking unchanged files' parses from `cache`.
pub fn load_cached(
    root: &Path,
    settings: Settings,
    drafts: bool,
    cache: Option<&dyn ParseCache>,
) -> (Content, Vec<Diagnostic>) {
    let dir = root.join("content");
    let mut content = Content::default();
    let mut errors = Vec::new();
    let walked = match cache {
        Some(c) => c.walk(&dir),
        None => walk_files(&dir),
    };
    let files = match walked {
        Ok(w) => {
            content.outside = w.outside;
            w.files
        }
        Err(e) => return (content, vec![e]),
    };
    if !dir.is_dir() {
        errors.push(match std::fs::symlink_metadata(&dir) {
            Ok(_) => Diagnostic::new(
                "content",
                "content/ is a link that leads to no folder (a loop, or a missing target)",
            )
            .help("make content/ a folder, or a link to a folder that exists"),
            Err(_) => Diagnostic::new("content", "there is no content/ folder")
                .help("put the reports in content/, or run `coopsite init DIR` for a new site"),
        });
    }
    let key = settings_key(settings);
    let loaded: Vec<Result<Option<Arc<Report>>, Vec<Diagnostic>>> = files
        .par_iter()
        .filter(|(_, rel)| is_markdown(rel))
        .map(|(src, rel)| {
            let parsed = match cache {
                Some(c) => c.report(src, key, &|| load_report(src, rel, settings)),
                None => load_report(src, rel, settings).map(shed_body),
            };
            parsed.map(|r| Some(r).filter(|r| drafts || !r.draft))
        })
        .collect();
    for result in loaded {
        match result {
            Ok(Some(r)) => content.reports.push(r),
            Ok(None) => content.drafts_skipped += 1,
            Err(errs) => errors.extend(errs),
        }
    }
    let (linked, differ) = translations::link(std::mem::take(&mut content.reports));
    errors.extend(differ);
    content.reports = linked.reports;
    content.translations = linked.translations;
    content.assets = files
        .into_iter()
        .filter(|(_, rel)| !is_markdown(rel))
        .map(|(src, rel)| Asset { src, rel })
        .collect();
    (content, errors)
}

/// A report parsed for one build, without its text: each page reads its report's
/// text again, so only the summary drawn from it is kept.
fn shed_body(mut r: Arc<Report>) -> Arc<Report> {
    if let Some(r) = Arc::get_mut(&mut r) {
        if let Some(body) = r.body.take() {
            r.summary
                .get_or_insert_with(|| crate::markdown::first_paragraph(&body));
        }
    }
    r
}

fn is_markdown(rel: &Path) -> bool {
    rel.extension().is_some_and(|e| e == "md")
}

/// Reads and parses one report file.
fn load_report(src: &Path, rel: &Path, settings: Settings) -> Parsed {
    let shown = Path::new("content").join(rel);
    let bytes = std::fs::read(src)
        .map_err(|e| vec![Diagnostic::new(&shown, format!("cannot read: {e}"))])?;
    let text = utf8(&bytes).map_err(|e| {
        vec![Diagnostic::new(
            &shown,
            format!("is not UTF-8 text (bad byte at offset {})", e.valid_up_to()),
        )
        .help("save the file as UTF-8")]
    })?;
    let mut r = frontmatter::parse_report(text, &shown, rel, settings)?;
    if !r.draft {
        let left = placeholders::check(text, &shown);
        if !left.is_empty() {
            return Err(left);
        }
    }
    r.file = src.to_path_buf();
    Ok(Arc::new(r))
}

/// `bytes` as text when they are UTF-8 (checked many bytes at a time), else where
/// they stop being it.
pub fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes))
}

/// A hash of what a parse depends on besides the file: the site's language and figures.
fn settings_key(settings: Settings) -> u64 {
    let table = format!("{:?}", settings.table.defs());
    crate::hash::hash_of(&[settings.site_lang.as_bytes(), table.as_bytes()])
}
