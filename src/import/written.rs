//! A draft written into the site: never over a report already there, nor beside one
//! with the same name elsewhere in `content/`.

use std::io::Write;
use std::path::Path;

use super::Failure;

/// A report already at the path, or one with the same name elsewhere in `content/`
/// (the same slug): never overwritten.
pub(super) fn refuse_overwrite(root: &Path, rel: &Path) -> Result<(), Failure> {
    let path = root.join(rel);
    if path.exists() {
        return Err(Failure::Content(format!(
            "{} already exists; coopsite import does not overwrite a report \
             (move it away to import again, or give another --region)",
            rel.display()
        )));
    }
    let name = rel.file_name().unwrap_or_default();
    let same = walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_type().is_file() && e.file_name() == name);
    if let Some(e) = same {
        let shown = e
            .path()
            .strip_prefix(root)
            .unwrap_or(e.path())
            .display()
            .to_string();
        return Err(Failure::Content(format!(
            "{shown} already has this report's name; coopsite import does not overwrite a report"
        )));
    }
    Ok(())
}

/// A new file at `path` with `text`, its folders made: never over a file there.
pub(super) fn write_new(path: &Path, text: &str) -> Result<(), Failure> {
    let fail =
        |e: std::io::Error| Failure::Content(format!("cannot write {}: {e}", path.display()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(fail)?;
    f.write_all(text.as_bytes()).map_err(fail)
}
