//! What a rebuild can keep from the last one (`coopsite serve`): parsed reports by file
//! (while the file's size and modification time stay the same) and each language
//! tree's charts by a hash of the figures they are drawn from. A rebuild after one
//! edited report re-parses one file and redraws one region's charts.
//!
//! While `serve` watches the sources it tells the cache which files changed
//! ([`Cache::changed`]): a rebuild then asks the file system about those files alone,
//! and lists `content/` again only when a file or folder may have been made or removed
//! there. Without a watch, or after a watch lost track, every file is asked about.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

use crate::charts::ChartSet;
use crate::content::{self, ParseCache, Parsed, Walk};
use crate::diagnostics::Diagnostic;
use crate::render::Renderer;
use crate::site::{KeptViews, KeptYears, ViewCache};

#[derive(Default)]
pub struct Cache {
    /// Read by both cores at once for 10,000 files a rebuild: a lock readers share, and
    /// a fast hash (SipHash of each path was a tenth of a rebuild's load).
    reports: RwLock<foldhash::HashMap<PathBuf, (Stamp, Parsed)>>,
    /// Each language tree's report views, by its prefix.
    views: Mutex<HashMap<String, KeptViews>>,
    /// Each language tree's rows of each year, by its prefix.
    years: Mutex<HashMap<String, KeptYears>>,
    /// Each language tree's charts, with the hash of what they were drawn from.
    charts: Mutex<HashMap<String, (u64, Arc<ChartSet>)>>,
    /// Each language tree's templates, by its prefix, with what they were made for;
    /// let go when the watch sees a change to `templates/` or `themes/`.
    renderers: Mutex<HashMap<String, (String, Arc<Renderer>)>>,
    /// What the watch saw change since the build in progress began; None when not
    /// known (no watch, or it lost track).
    pending: Mutex<Option<HashSet<PathBuf>>>,
    /// Whether a watch runs.
    watched: Mutex<bool>,
    /// Whether the kept parses and listing stand for every file the watch told no
    /// change of: a build asked about every file since the watch began, and no change
    /// told since may have hidden others (a folder moved in brings its files unseen).
    trust: Mutex<bool>,
    /// Whether the build in progress takes kept parses without asking about their files.
    trusted: RwLock<bool>,
    /// The last listing of each folder; let go when a change may list it otherwise.
    walks: Mutex<HashMap<PathBuf, Kept>>,
}

/// A listing kept for the next build, with its files and the folders that hold them
/// (relative to the folder listed).
struct Kept {
    walk: Walk,
    files: HashSet<PathBuf>,
    dirs: HashSet<PathBuf>,
}

impl Kept {
    fn of(walk: Walk) -> Kept {
        let files: HashSet<PathBuf> = walk.files.iter().map(|(_, rel)| rel.clone()).collect();
        let dirs = files
            .iter()
            .flat_map(|f| f.ancestors().skip(1))
            .filter(|a| !a.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .collect();
        Kept { walk, files, dirs }
    }

    /// What a change at `rel` (below the folder `dir` listed) may do to the listing.
    fn effect(&self, dir: &Path, rel: &Path) -> Effect {
        let names: Vec<Option<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
        if names.is_empty() || names.contains(&None) {
            return Effect::Folders;
        }
        if names.into_iter().flatten().any(content::is_hidden) {
            return Effect::None;
        }
        let listed = self.files.contains(rel);
        match std::fs::symlink_metadata(dir.join(rel)) {
            Ok(m) if m.is_file() => match listed {
                true => Effect::None,
                false => Effect::Files,
            },
            Ok(_) => Effect::Folders,
            Err(_) if self.dirs.contains(rel) => Effect::Folders,
            Err(_) => match listed {
                true => Effect::Files,
                false => Effect::None,
            },
        }
    }
}

/// What a change may do to a folder's listing.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Effect {
    /// Nothing: a listed file changed, or a name the listing skips.
    None,
    /// A file made or removed: the folder is listed again.
    Files,
    /// A folder made, removed or replaced (or a link): listed again, and the files
    /// below it may have changed unseen (a folder moved in brings its files).
    Folders,
}

/// What identifies one version of a file, and the settings its parse depended on.
#[derive(Clone, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    settings: u64,
}

/// File times move in coarse steps (a few milliseconds on Linux), so a write just
/// after a read can leave the same time and, for a small edit, the same size. A parse
/// is kept only for a file last changed at least this long before it was read (Git's
/// "racy" entries); files changed later are read again at each rebuild until then.
const RACY: Duration = Duration::from_millis(50);

impl Stamp {
    fn of(src: &Path, settings: u64) -> Option<Stamp> {
        let m = std::fs::metadata(src).ok()?;
        Some(Stamp {
            modified: m.modified().ok(),
            len: m.len(),
            settings,
        })
    }

    /// Whether a parse read at `read` can stand for this version of the file.
    fn settled_before(&self, read: SystemTime) -> bool {
        self.modified
            .and_then(|m| m.checked_add(RACY))
            .is_some_and(|m| m < read)
    }
}

fn read<T>(m: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    m.read().unwrap_or_else(|e| e.into_inner())
}

fn write<T>(m: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    m.write().unwrap_or_else(|e| e.into_inner())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl ParseCache for Cache {
    /// The parse of `src`, from the cache when the file and settings are unchanged:
    /// without asking the file system when the watch saw no change to the file.
    fn report(&self, src: &Path, settings: u64, parse: &dyn Fn() -> Parsed) -> Parsed {
        if *read(&self.trusted) {
            if let Some((s, parsed)) = read(&self.reports).get(src) {
                if s.settings == settings {
                    return parsed.clone();
                }
            }
        }
        let stamp = Stamp::of(src, settings);
        if let Some(stamp) = &stamp {
            if let Some((s, parsed)) = read(&self.reports).get(src) {
                if s == stamp {
                    return parsed.clone();
                }
            }
        }
        let read = SystemTime::now();
        let parsed = parse();
        match stamp {
            Some(stamp) if stamp.settled_before(read) => {
                write(&self.reports).insert(src.to_path_buf(), (stamp, parsed.clone()));
            }
            _ => {
                write(&self.reports).remove(src);
            }
        }
        parsed
    }

    /// The last listing of `dir` unless a change told since may list it otherwise;
    /// else a new one, kept. The build then asks about every file when the kept
    /// parses do not stand for the unchanged ones (or a symbolic link is below `dir`:
    /// the watch sees nothing below one).
    fn walk(&self, dir: &Path) -> Result<Walk, Diagnostic> {
        let mut walks = lock(&self.walks);
        let walk = match walks.get(dir) {
            Some(kept) => kept.walk.clone(),
            None => {
                let walk = content::walk_files(dir)?;
                walks.insert(dir.to_path_buf(), Kept::of(walk.clone()));
                walk
            }
        };
        let mut trust = lock(&self.trust);
        *write(&self.trusted) = *trust && !walk.links;
        // This build asks about every file it does not trust: from now on, what the
        // watch tells is what changed.
        *trust = *lock(&self.watched) && !walk.links;
        Ok(walk)
    }
}

impl ViewCache for Cache {
    fn take_views(&self, prefix: &str) -> KeptViews {
        lock(&self.views).remove(prefix).unwrap_or_default()
    }

    fn keep_views(&self, prefix: &str, views: KeptViews) {
        lock(&self.views).insert(prefix.to_string(), views);
    }

    fn take_years(&self, prefix: &str) -> KeptYears {
        lock(&self.years).remove(prefix).unwrap_or_default()
    }

    fn keep_years(&self, prefix: &str, years: KeptYears) {
        lock(&self.years).insert(prefix.to_string(), years);
    }
}

impl Cache {
    /// A watch of the site's sources runs from now on, and will tell each change
    /// ([`Cache::changed`]) or that it lost track ([`Cache::lost_track`]).
    pub fn watching(&self) {
        *lock(&self.watched) = true;
        *lock(&self.pending) = Some(HashSet::new());
    }

    /// The watch saw a change at `path`, relative to the site's folder.
    pub fn changed(&self, path: PathBuf) {
        if let Some(changes) = lock(&self.pending).as_mut() {
            changes.insert(path);
        }
    }

    /// The watch may have missed changes: the next build asks about every file.
    pub fn lost_track(&self) {
        *lock(&self.pending) = None;
    }

    /// A build of the site at `root` begins: what changed since the last one began is
    /// let go (the parses of changed files, a listing they may change, templates), so
    /// a build that stops early leaves nothing stale for the next.
    pub fn begin(&self, root: &Path) {
        let next = lock(&self.watched).then(HashSet::new);
        let changes = std::mem::replace(&mut *lock(&self.pending), next);
        *write(&self.trusted) = false;
        let Some(changes) = changes else {
            *lock(&self.trust) = false;
            lock(&self.walks).clear();
            lock(&self.renderers).clear();
            return;
        };
        let templates = |c: &PathBuf| c.starts_with("templates") || c.starts_with("themes");
        if changes.iter().any(templates) {
            lock(&self.renderers).clear();
        }
        let mut reports = write(&self.reports);
        let mut walks = lock(&self.walks);
        for c in &changes {
            reports.remove(&root.join(c));
        }
        walks.retain(|dir, kept| {
            let Ok(rel) = dir.strip_prefix(root) else {
                return false;
            };
            let effect = (changes.iter())
                .filter_map(|c| c.strip_prefix(rel).ok())
                .map(|c| kept.effect(dir, c))
                .max()
                .unwrap_or(Effect::None);
            if effect == Effect::Folders || kept.walk.links {
                *lock(&self.trust) = false;
            }
            effect == Effect::None
        });
    }

    /// Tree `tree`'s templates: the last ones when made for the same `key` (and no
    /// change to `templates/` or `themes/` was told since), else new ones from `make`.
    pub(crate) fn renderer(
        &self,
        tree: &str,
        key: String,
        make: impl FnOnce() -> Result<Renderer, Vec<Diagnostic>>,
    ) -> Result<Arc<Renderer>, Vec<Diagnostic>> {
        if !*lock(&self.watched) {
            return make().map(Arc::new);
        }
        if let Some((k, r)) = lock(&self.renderers).get(tree) {
            if *k == key {
                return Ok(r.clone());
            }
        }
        let made = make().map(Arc::new);
        match &made {
            Ok(r) => lock(&self.renderers).insert(tree.to_string(), (key, r.clone())),
            Err(_) => lock(&self.renderers).remove(tree),
        };
        made
    }

    /// The charts drawn from inputs hashing to `key`: the last set if the key is the
    /// same, else a new one from `draw`, which is given the last set to reuse from.
    pub(crate) fn charts(
        &self,
        tree: &str,
        key: u64,
        draw: impl FnOnce(Option<&ChartSet>) -> ChartSet,
    ) -> Arc<ChartSet> {
        let mut slots = lock(&self.charts);
        if let Some((k, set)) = slots.get(tree) {
            if *k == key {
                return set.clone();
            }
        }
        let set = Arc::new(draw(slots.get(tree).map(|(_, s)| s.as_ref())));
        slots.insert(tree.to_string(), (key, set.clone()));
        set
    }

    /// How many parsed reports are kept.
    pub fn len(&self) -> usize {
        read(&self.reports).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
