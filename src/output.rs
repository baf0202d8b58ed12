//! Stage 5: write the site into a fresh folder beside `output/`, then swap it in,
//! so a failed build never touches the last good output.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use foldhash::HashSet;

use crate::diagnostics::Diagnostic;

/// Where one output file's bytes come from.
pub enum Source {
    Text(String),
    /// Text also held elsewhere (a chart inlined in its page and written as a file).
    Shared(std::sync::Arc<str>),
    Bytes(&'static [u8]),
    /// Bytes also held elsewhere (a chart's PNG, kept by `serve`).
    SharedBytes(std::sync::Arc<[u8]>),
    /// A file copied as it is.
    File(PathBuf),
    /// A file of coopsite's cache (a drawn PNG), which never changes once written:
    /// hard-linked into the output where it can be, else copied.
    Kept(PathBuf),
    /// Already written into the staging folder (a chart file, as it was drawn): only
    /// its path is known here.
    Written,
}

impl Source {
    /// A chart's file, shared with the chart that holds it.
    pub fn chart(body: &crate::charts::Body) -> Source {
        match body {
            crate::charts::Body::Text(t) => Source::Shared(t.clone()),
            crate::charts::Body::Png(b) => Source::SharedBytes(b.clone()),
            crate::charts::Body::Cached(f) => Source::Kept(f.clone()),
        }
    }

    /// The file's bytes, as they are written.
    pub fn bytes(&self) -> io::Result<Vec<u8>> {
        match self {
            Source::Text(t) => Ok(t.as_bytes().to_vec()),
            Source::Shared(t) => Ok(t.as_bytes().to_vec()),
            Source::Bytes(b) => Ok(b.to_vec()),
            Source::SharedBytes(b) => Ok(b.to_vec()),
            Source::File(f) | Source::Kept(f) => fs::read(f),
            Source::Written => Err(io::Error::other("written straight to the output folder")),
        }
    }
}

/// Every file of the site, by path relative to the output folder.
#[derive(Default)]
pub struct OutputSet {
    files: BTreeMap<String, (Source, Origin)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Copied,
    Generated,
}

impl OutputSet {
    /// A copied file (theme static, then site static, then content files: later wins).
    pub fn copy(&mut self, path: String, src: Source) {
        self.files.insert(path, (src, Origin::Copied));
    }

    /// A generated page; fails if a copied file or another page has the same path.
    pub fn generate(&mut self, path: String, text: String) -> Result<(), String> {
        self.generate_from(path, Source::Text(text))
    }

    /// [`OutputSet::generate`], from any source.
    pub fn generate_from(&mut self, path: String, src: Source) -> Result<(), String> {
        match self.files.insert(path.clone(), (src, Origin::Generated)) {
            Some((_, Origin::Copied)) => Err(format!(
                "`{path}` is both a copied file and a page coopsite generates"
            )),
            Some((_, Origin::Generated)) => Err(format!("two pages would be written to `{path}`")),
            None => Ok(()),
        }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Forgets what each file holds, keeping its path, once every file is written
    /// ([`Staging::put_all`]): a build needs only the paths past that point, and the
    /// search files and embed pages (11 MB at 10,000 reports) are let go before the
    /// pages are rendered.
    pub fn mark_written(&mut self) {
        for (src, _) in self.files.values_mut() {
            *src = Source::Written;
        }
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// The source of one output file, by its path relative to the output folder.
    pub fn get(&self, path: &str) -> Option<&Source> {
        self.files.get(path).map(|(s, _)| s)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Source)> {
        self.files.iter().map(|(p, (s, _))| (p.as_str(), s))
    }
}

/// A fresh folder beside `output/` that pages are written into as they are rendered,
/// then swapped in by [`Staging::commit`]; dropped without a commit, it is removed.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    committed: bool,
    /// Folders made so far: the thousands of chart files in one folder would
    /// otherwise each ask the system to make it again.
    made: Mutex<HashSet<PathBuf>>,
}

fn io_error(what: &str, p: &Path, e: io::Error) -> Diagnostic {
    Diagnostic::new(p, format!("cannot {what}: {e}"))
        .help("check that the output folder's parent exists and is writable")
}

impl Staging {
    /// Makes the folder `dest` goes in, unless it was made already.
    fn folder_of(&self, dest: &Path) -> Result<(), Diagnostic> {
        let Some(dir) = dest.parent() else {
            return Ok(());
        };
        let made = || self.made.lock().unwrap_or_else(|e| e.into_inner());
        if made().contains(dir) {
            return Ok(());
        }
        fs::create_dir_all(dir).map_err(|e| io_error("create", dir, e))?;
        made().insert(dir.to_path_buf());
        Ok(())
    }

    pub fn new(out: &Path) -> Result<Staging, Diagnostic> {
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".into());
        let parent = out.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| io_error("create", parent, e))?;
        let dir = parent.join(format!(".{name}.coopsite-new"));
        let old = parent.join(format!(".{name}.coopsite-old"));
        remove_if_present(&dir).map_err(|e| io_error("remove", &dir, e))?;
        fs::create_dir(&dir).map_err(|e| io_error("create", &dir, e))?;
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            old,
            committed: false,
            made: Mutex::default(),
        })
    }

    /// Writes one file (safe to call from several threads).
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let dest = self.dir.join(path);
        self.folder_of(&dest)?;
        fs::write(&dest, bytes).map_err(|e| io_error("write", &dest, e))
    }

    /// Writes one file as `write` makes it, through a buffer.
    pub fn put_with(
        &self,
        path: &str,
        write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<(), Diagnostic> {
        let dest = self.dir.join(path);
        self.folder_of(&dest)?;
        let file = fs::File::create(&dest).map_err(|e| io_error("write", &dest, e))?;
        let mut w = io::BufWriter::with_capacity(1 << 16, file);
        write(&mut w)
            .and_then(|()| io::Write::flush(&mut w))
            .map_err(|e| io_error("write", &dest, e))
    }

    /// Writes `path` as `write` makes it and, in the same pass, `copy` as `head` then
    /// the same bytes (`figures.csv` and `figures-excel.csv`, its copy after a
    /// byte-order mark, made once).
    pub fn put_twice(
        &self,
        path: &str,
        (copy, head): (&str, &[u8]),
        write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<(), Diagnostic> {
        let open = |path: &str| -> Result<(PathBuf, io::BufWriter<fs::File>), Diagnostic> {
            let dest = self.dir.join(path);
            self.folder_of(&dest)?;
            let file = fs::File::create(&dest).map_err(|e| io_error("write", &dest, e))?;
            Ok((dest, io::BufWriter::with_capacity(1 << 16, file)))
        };
        let (first, a) = open(path)?;
        let (second, mut b) = open(copy)?;
        io::Write::write_all(&mut b, head).map_err(|e| io_error("write", &second, e))?;
        let mut tee = Tee {
            a,
            b,
            second_failed: false,
        };
        let written = write(&mut tee).and_then(|()| io::Write::flush(&mut tee));
        written.map_err(|e| match tee.second_failed {
            true => io_error("write", &second, e),
            false => io_error("write", &first, e),
        })
    }

    /// Copies one file as it is.
    pub fn copy(&self, path: &str, src: &Path) -> Result<(), Diagnostic> {
        let dest = self.dir.join(path);
        self.folder_of(&dest)?;
        fs::copy(src, &dest)
            .map(|_| ())
            .map_err(|e| io_error("copy", src, e))
    }

    /// Puts a file of the cache in place as it is: a hard link where the output is on
    /// the cache's file system (no bytes read or written), else a copy. Safe because
    /// nothing writes into a staged file (each is written once, fresh) and the cache
    /// replaces a file by renaming a new one over it: a linked file never changes.
    pub fn link(&self, path: &str, src: &Path) -> Result<(), Diagnostic> {
        let dest = self.dir.join(path);
        self.folder_of(&dest)?;
        if fs::hard_link(src, &dest).is_ok() {
            return Ok(());
        }
        // A copy into a fresh file, never through a link that may stand there.
        remove_if_present(&dest).map_err(|e| io_error("write", &dest, e))?;
        fs::copy(src, &dest)
            .map(|_| ())
            .map_err(|e| io_error("copy", src, e))
    }

    /// Writes every file of `set`, in parallel.
    pub fn put_all(&self, set: &OutputSet) -> Result<(), Diagnostic> {
        use rayon::prelude::*;
        let files: Vec<(&String, &(Source, Origin))> = set.files.iter().collect();
        files.par_iter().try_for_each(|(path, (src, _))| match src {
            Source::Text(t) => self.put(path, t.as_bytes()),
            Source::Shared(t) => self.put(path, t.as_bytes()),
            Source::Bytes(b) => self.put(path, b),
            Source::SharedBytes(b) => self.put(path, b),
            Source::File(f) => self.copy(path, f),
            Source::Kept(f) => self.link(path, f),
            Source::Written => Ok(()),
        })
    }

    /// Swaps the staging folder in for `output/`.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        let (out, old) = (&self.out, &self.old);
        remove_if_present(old).map_err(|e| io_error("remove", old, e))?;
        let had_old = out.exists();
        if had_old {
            fs::rename(out, old).map_err(|e| io_error("move aside", out, e))?;
        }
        if let Err(e) = fs::rename(&self.dir, out) {
            if had_old {
                let _ = fs::rename(old, out);
            }
            return Err(io_error("move into place", out, e));
        }
        self.committed = true;
        if had_old {
            remove_tree(old);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Writes `set` to `out` through a staging folder and a rename.
pub fn write(out: &Path, set: &OutputSet) -> Result<(), Diagnostic> {
    let staging = Staging::new(out)?;
    staging.put_all(set)?;
    staging.commit()
}

/// Removes the folder `dir` and everything in it, the folders under it in parallel:
/// the last output of 10,000 reports is 24,000 files in 12,000 folders, which
/// `fs::remove_dir_all` unlinks one by one on one core (a tenth of a build's time).
/// Links are removed, never followed. What cannot be removed is left (the new output
/// is in place already); `fs::remove_dir_all` gets a last try at what remains.
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    fn empty(dir: &Path) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        let (folders, files): (Vec<_>, Vec<_>) = entries
            .filter_map(Result::ok)
            .partition(|e| e.file_type().is_ok_and(|t| t.is_dir()));
        for f in files {
            let _ = fs::remove_file(f.path());
        }
        folders.par_iter().for_each(|f| {
            let path = f.path();
            empty(&path);
            let _ = fs::remove_dir(&path);
        });
    }
    empty(dir);
    if fs::remove_dir(dir).is_err() {
        let _ = fs::remove_dir_all(dir);
    }
}

fn remove_if_present(p: &Path) -> io::Result<()> {
    match fs::symlink_metadata(p) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(p),
        Ok(_) => fs::remove_file(p),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Two writers given the same bytes; remembers which failed.
struct Tee<W: io::Write> {
    a: W,
    b: W,
    second_failed: bool,
}

impl<W: io::Write> io::Write for Tee<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf).map(|()| buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.a.write_all(buf)?;
        self.b
            .write_all(buf)
            .inspect_err(|_| self.second_failed = true)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.a.flush()?;
        self.b.flush().inspect_err(|_| self.second_failed = true)
    }
}

#[cfg(test)]
mod tests {
    use super::Staging;
    use std::fs;

    /// A second build replaces the first output whole: nothing of the first is left
    /// beside it (the folders removed in parallel, deep and wide), and a link in the
    /// old output is removed without touching what it points to.
    #[test]
    fn a_build_replaces_the_last_output_and_leaves_nothing_beside_it() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("output");
        let kept = root.path().join("kept.txt");
        fs::write(&kept, "not the output's").unwrap();
        let first = Staging::new(&out).unwrap();
        for i in 0..300 {
            first
                .put(&format!("reports/r{i}/index.html"), b"old")
                .unwrap();
        }
        first.put("a/b/c/d/deep.html", b"old").unwrap();
        first.commit().unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.path(), out.join("reports/r7/up")).unwrap();

        let second = Staging::new(&out).unwrap();
        second.put("index.html", b"new").unwrap();
        second.commit().unwrap();

        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert!(!out.join("reports").exists() && !out.join("a").exists());
        let mut beside: Vec<String> = fs::read_dir(root.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        assert_eq!(beside, ["kept.txt", "output"]);
        assert_eq!(fs::read_to_string(&kept).unwrap(), "not the output's");
    }
}
