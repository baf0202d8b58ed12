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
use crate::site::{KeptViews, ViewCache};

#[derive(Default)]
pub struct Cache {
    reports: Mutex<HashMap<PathBuf, (Stamp, Parsed)>>,
    /// Each language tree's report views, by its prefix.
    views: Mutex<HashMap<String, KeptViews>>,
    /// Each language tree's charts, with the hash of what they were drawn from.
    charts: Mutex<HashMap<String, (u64, Arc<ChartSet>)>>,
    /// What the watch saw change since the build in progress began; None when not
    /// known (no watch, or it lost track).
    pending: Mutex<Option<HashSet<PathBuf>>>,
    /// Whether a watch runs.
    watched: Mutex<bool>,
    /// The build in progress.
    current: RwLock<Build>,
    /// The last listing of each folder.
    walks: Mutex<HashMap<PathBuf, Kept>>,
}

/// The build in progress: its site's folder and what changed before it began.
#[derive(Default)]
struct Build {
    root: PathBuf,
    /// The paths that changed since the last build began (relative to `root`); None
    /// when not known.
    changes: Option<HashSet<PathBuf>>,
    /// The changed files as the build reads them (below `root`), once its listing of
    /// `content/` is one the watch sees whole: any other file is as the last build read
    /// it. None: every file is asked about.
    trusted: Option<HashSet<PathBuf>>,
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

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl ParseCache for Cache {
    /// The parse of `src`, from the cache when the file and settings are unchanged:
    /// without asking the file system when the watch saw no change to the file.
    fn report(&self, src: &Path, settings: u64, parse: &dyn Fn() -> Parsed) -> Parsed {
        let current = self.current.read().unwrap_or_else(|e| e.into_inner());
        let unchanged = (current.trusted.as_ref()).is_some_and(|c| !c.contains(src));
        drop(current);
        if unchanged {
            if let Some((s, parsed)) = lock(&self.reports).get(src) {
                if s.settings == settings {
                    return parsed.clone();
                }
            }
        }
        let stamp = Stamp::of(src, settings);
        if let Some(stamp) = &stamp {
            if let Some((s, parsed)) = lock(&self.reports).get(src) {
                if s == stamp {
                    return parsed.clone();
                }
            }
        }
        let read = SystemTime::now();
        let parsed = parse();
        match stamp {
            Some(stamp) if stamp.settled_before(read) => {
                lock(&self.reports).insert(src.to_path_buf(), (stamp, parsed.clone()));
            }
            _ => {
                lock(&self.reports).remove(src);
            }
        }
        parsed
    }

    /// The last listing of `dir` when the watch saw nothing made or removed below it
    /// since and it holds no symbolic link (below which the watch sees nothing); else
    /// a new one, kept.
    fn walk(&self, dir: &Path) -> Result<Walk, Diagnostic> {
        let mut current = self.current.write().unwrap_or_else(|e| e.into_inner());
        let mut walks = lock(&self.walks);
        let rel = dir.strip_prefix(&current.root).ok();
        let effect = match (&current.changes, rel, walks.get(dir)) {
            (Some(changes), Some(rel), Some(kept)) if !kept.walk.links => changes
                .iter()
                .filter_map(|c| c.strip_prefix(rel).ok())
                .map(|c| kept.effect(dir, c))
                .max()
                .unwrap_or(Effect::None),
            _ => Effect::Folders,
        };
        let walk = match (effect, walks.get(dir)) {
            (Effect::None, Some(kept)) => kept.walk.clone(),
            _ => {
                let walk = content::walk_files(dir)?;
                walks.insert(dir.to_path_buf(), Kept::of(walk.clone()));
                walk
            }
        };
        current.trusted = match (&current.changes, effect, walk.links) {
            (Some(changes), Effect::None | Effect::Files, false) => {
                Some(changes.iter().map(|c| current.root.join(c)).collect())
            }
            _ => None,
        };
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

    /// A build of the site at `root` begins: it takes what changed since the last began.
    pub fn begin(&self, root: &Path) {
        let next = lock(&self.watched).then(HashSet::new);
        let changes = std::mem::replace(&mut *lock(&self.pending), next);
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Build {
            root: root.to_path_buf(),
            changes,
            trusted: None,
        };
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
        lock(&self.reports).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
