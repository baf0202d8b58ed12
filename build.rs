//! Embeds the git commit coopsite is built from, for `coopsite --version`
//! (`coopsite 0.1.0 (abc1234)`), as the `COOPSITE_COMMIT` environment variable.
//!
//! - From a packaged crate (`cargo install coopsite`, `cargo package`): the commit that
//!   `cargo package` recorded in `.cargo_vcs_info.json`. It comes first, because an
//!   unpacked package may lie inside some other git checkout (`target/package/`).
//! - From a git checkout of this repository: `git rev-parse HEAD`.
//! - Otherwise (a source archive, no git): `unknown`.
//!
//! (`src/build.rs` is the library's site builder, unrelated to this file.)

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=COOPSITE_COMMIT");
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let commit = std::env::var("COOPSITE_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(|| from_vcs_info(&dir))
        .or_else(|| from_git(&dir))
        .map(|sha| sha.trim().chars().take(7).collect::<String>())
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=COOPSITE_COMMIT={commit}");
}

/// The `"sha1"` that `cargo package` writes into `.cargo_vcs_info.json`:
/// `{"git": {"sha1": "…", "dirty": true}, "path_in_vcs": ""}`.
fn from_vcs_info(dir: &Path) -> Option<String> {
    let path = dir.join(".cargo_vcs_info.json");
    if !path.is_file() {
        return None;
    }
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).ok()?;
    let after = &text[text.find("\"sha1\"")? + "\"sha1\"".len()..];
    let value = after.trim_start().strip_prefix(':')?.trim_start();
    let value = value.strip_prefix('"')?;
    let sha = &value[..value.find('"')?];
    is_sha(sha).then(|| sha.to_string())
}

/// `git rev-parse HEAD`, only when the manifest is at the top of the git checkout
/// (so that a crate unpacked inside someone else's repository does not take its commit).
fn from_git(dir: &Path) -> Option<String> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if !same_dir(Path::new(&top), dir) {
        return None;
    }
    let sha = git(dir, &["rev-parse", "HEAD"]).filter(|s| is_sha(s))?;
    // Rebuild when HEAD moves: HEAD itself (a checkout), the branch it points to (a
    // commit), or packed-refs (a branch that git has packed). Only paths that exist:
    // cargo reruns the script on every build for a path that does not.
    let mut watch = vec![git(dir, &["rev-parse", "--git-path", "HEAD"])];
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        watch.push(git(dir, &["rev-parse", "--git-path", &branch]));
        watch.push(git(dir, &["rev-parse", "--git-path", "packed-refs"]));
    }
    for path in watch.into_iter().flatten() {
        let path = dir.join(path);
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    Some(sha)
}

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn is_sha(s: &str) -> bool {
    s.len() >= 7 && s.chars().all(|c| c.is_ascii_hexdigit())
}
