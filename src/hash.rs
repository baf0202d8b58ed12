//! A stable hash of byte strings: what rebuilds compare to know whether an input changed.

use std::hash::{BuildHasher, Hash, Hasher};

/// A hash of anything hashable, the same in every run (foldhash with a fixed seed:
/// several times faster than the standard SipHash on whole report texts).
pub fn hash_of(parts: &[&[u8]]) -> u64 {
    let mut h = foldhash::quality::FixedState::with_seed(0).build_hasher();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}
