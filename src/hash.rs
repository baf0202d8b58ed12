//! A stable hash of byte strings: what rebuilds compare to know whether an input changed.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// A hash of anything hashable, the same in every run.
pub fn hash_of(parts: &[&[u8]]) -> u64 {
    let mut h = DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}
