//! What a rebuild can keep from the last one (`coopsite serve`): parsed reports by file
//! (while the file's size and modification time stay the same) and each language
//! tree's charts by a hash of the figures they are drawn from. A rebuild after one
//! edited report re-parses one file and redraws one region's charts.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::charts::ChartSet;
use crate::content::{ParseCache, Parsed};
use crate::site::{KeptViews, ViewCache};

#[derive(Default)]
pub struct Cache {
    reports: Mutex<HashMap<PathBuf, (Stamp, Parsed)>>,
    /// Each language tree's report views, by its prefix.
    views: Mutex<HashMap<String, KeptViews>>,
    /// Each language tree's charts, with the hash of what they were drawn from.
    charts: Mutex<HashMap<String, (u64, Arc<ChartSet>)>>,
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
    /// The parse of `src`, from the cache when the file and settings are unchanged.
    fn report(&self, src: &Path, settings: u64, parse: &dyn Fn() -> Parsed) -> Parsed {
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
