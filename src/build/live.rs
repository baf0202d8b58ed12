//! A site for `serve`: read, checked, modelled and charted like a build, its pages
//! rendered only when a browser asks for one (as Hugo's fast render mode does). A
//! rebuild after an edit costs what reading the edit and the model cost, whatever
//! the number of pages; a page is rendered once per rebuild, when it is first asked for.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use super::prepare::{prepare, Data, Mode, Prepared};
use super::share;
use super::BuildOptions;
use crate::cache::Cache;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::Source;
use crate::render::{self, Page};

/// How many bytes of rendered pages a [`Live`] site keeps for the next requests.
const KEEP_BYTES: usize = 64 << 20;

/// What makes a file that is not copied.
#[derive(Clone, Copy)]
enum Made {
    /// A page of the tree at this index.
    Page(usize, Page),
    /// An open data file of the root tree.
    Data(Data),
}

/// What a tree makes all at once, when one of its files is first asked for.
#[derive(Clone, Copy)]
enum Later {
    Cards = 0,
    Embeds = 1,
}

/// A tree's files of one [`Later`] kind, by path, or why they could not be made.
type LaterFiles = Result<HashMap<String, Source>, Diagnostic>;

/// A site ready to serve: every path known, pages made when asked for.
pub struct Live {
    prepared: Prepared,
    /// Made anew at each rebuild (10,000 paths and more): a fast hash.
    made: foldhash::HashMap<String, Made>,
    kept: Mutex<HashMap<String, Arc<str>>>,
    kept_bytes: AtomicUsize,
    /// Each tree's search index, made when a path under its `search/` is first asked
    /// for (when [`Prepared::search_later`] says it was left out).
    search: Vec<OnceLock<HashMap<String, Arc<str>>>>,
    /// The share cards and embed pages: which tree's they are, and each tree's, made
    /// when one is first asked for.
    later_paths: HashMap<String, (usize, Later)>,
    later: Vec<[OnceLock<LaterFiles>; 2]>,
}

impl Live {
    /// Reads, checks and models the site, keeping what it can in `cache`; renders nothing.
    pub fn new(opts: &BuildOptions, cache: Option<&Cache>) -> Result<Live, Diagnostics> {
        if let Some(c) = cache {
            c.begin(&opts.root);
        }
        let mode = Mode {
            cache,
            search_later: true,
            ..Mode::default()
        };
        let prepared = prepare(opts, mode)?;
        let mut made = foldhash::HashMap::default();
        for (i, t) in prepared.trees.iter().enumerate() {
            for (path, page) in &t.pages {
                made.insert(path.clone(), Made::Page(i, *page));
            }
        }
        for data in Data::ALL {
            made.insert(data.path().to_string(), Made::Data(data));
        }
        let search = prepared.trees.iter().map(|_| OnceLock::new()).collect();
        let mut later_paths = HashMap::new();
        for (i, t) in prepared.trees.iter().enumerate() {
            for path in share::card_paths(&t.site) {
                later_paths.insert(path, (i, Later::Cards));
            }
            for path in share::embed_paths(&t.site, &t.charts) {
                later_paths.insert(path, (i, Later::Embeds));
            }
        }
        let later = prepared.trees.iter().map(|_| Default::default()).collect();
        Ok(Live {
            prepared,
            made,
            kept: Mutex::default(),
            kept_bytes: AtomicUsize::new(0),
            search,
            later_paths,
            later,
        })
    }

    /// How many reports the site has.
    pub fn reports(&self) -> usize {
        self.prepared.reports
    }

    /// What the build noticed that is worth a look.
    pub fn warnings(&self) -> &super::Warned {
        &self.prepared.warnings
    }

    /// Whether the site has a file at `path` (relative to the output root).
    pub fn has(&self, path: &str) -> bool {
        self.made.contains_key(path)
            || self.later_paths.contains_key(path)
            || self.prepared.files.get(path).is_some()
            || self.search_file(path).is_some()
    }

    /// The search index file at `path`, making its tree's index the first time one is
    /// asked for; None when `path` is not one.
    fn search_file(&self, path: &str) -> Option<Arc<str>> {
        let i = self.prepared.trees.iter().position(|t| {
            path.strip_prefix(t.site.site.prefix.as_str())
                .is_some_and(|rest| rest.starts_with(crate::search::DIR))
        })?;
        self.search_index(i)?.get(path).cloned()
    }

    /// Tree `i`'s search index files by path, made the first time they are asked for;
    /// None when the index is not left to `serve` to make.
    fn search_index(&self, i: usize) -> Option<&HashMap<String, Arc<str>>> {
        if !self.prepared.search {
            return None;
        }
        let table = self.prepared.later.as_ref()?;
        Some(self.search[i].get_or_init(|| {
            crate::search::files(&self.prepared.trees[i].site, table)
                .into_iter()
                .map(|(p, text)| (p, text.into()))
                .collect()
        }))
    }

    /// Every file's path, sorted.
    pub fn paths(&self) -> Vec<String> {
        let search = (0..self.search.len())
            .filter_map(|i| self.search_index(i))
            .flat_map(|files| files.keys().cloned());
        let mut all: Vec<String> = self
            .prepared
            .files
            .paths()
            .map(str::to_string)
            .chain(self.made.keys().cloned())
            .chain(self.later_paths.keys().cloned())
            .chain(search)
            .collect();
        all.sort();
        all
    }

    /// The bytes of the file at `path`, rendering it if it is a page; None if there is
    /// no such file, an error if it cannot be made or read.
    pub fn get(&self, path: &str) -> Option<Result<Vec<u8>, Diagnostic>> {
        if let Some(made) = self.made.get(path) {
            return Some(self.make(path, *made).map(|t| t.as_bytes().to_vec()));
        }
        if let Some(&(i, kind)) = self.later_paths.get(path) {
            return self.later_file(i, kind, path);
        }
        let Some(src) = self.prepared.files.get(path) else {
            return self.search_file(path).map(|t| Ok(t.as_bytes().to_vec()));
        };
        Some(read(src, path))
    }

    /// A share card or embed page of tree `i`, making the tree's of its kind the first
    /// time one is asked for; None when it made no file at `path`.
    fn later_file(&self, i: usize, kind: Later, path: &str) -> Option<Result<Vec<u8>, Diagnostic>> {
        let table = self.prepared.later.as_ref()?;
        let files = self.later[i][kind as usize].get_or_init(|| {
            let t = &self.prepared.trees[i];
            let made = match kind {
                Later::Cards => share::cards(&t.site, table, self.prepared.png_cache.as_deref()),
                Later::Embeds => Ok(share::embeds(&t.site, &t.charts)),
            };
            made.map(|files| files.into_iter().collect())
        });
        match files {
            Ok(files) => files.get(path).map(|src| read(src, path)),
            Err(e) => Some(Err(e.clone())),
        }
    }

    fn make(&self, path: &str, made: Made) -> Result<Arc<str>, Diagnostic> {
        let lock = || self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = lock().get(path) {
            return Ok(text.clone());
        }
        let trees = &self.prepared.trees;
        let text: Arc<str> = match made {
            Made::Page(i, page) => {
                let t = &trees[i];
                render::render_one(&t.renderer, &t.site, &t.charts, page, path)?.into()
            }
            Made::Data(data) => data.make(&trees[0].site).into(),
        };
        if self.kept_bytes.fetch_add(text.len(), Ordering::Relaxed) + text.len() <= KEEP_BYTES {
            lock().insert(path.to_string(), text.clone());
        }
        Ok(text)
    }
}

/// The bytes of `src`, the file at `path`.
fn read(src: &Source, path: &str) -> Result<Vec<u8>, Diagnostic> {
    src.bytes().map_err(|e| {
        let shown = match src {
            Source::File(f) | Source::Kept(f) => f.display().to_string(),
            _ => path.to_string(),
        };
        Diagnostic::new(shown, format!("cannot read: {e}"))
    })
}
