//! Fixture sites in temp dirs, built with the real `coopsite` binary.
#![allow(dead_code)]

pub mod serving;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Site {
    pub dir: tempfile::TempDir,
}

/// The front matter keys every report needs, with a few set by the test.
pub fn front(title: &str, region: &str, year: i32, extra: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndate: {year}-12-20\nyear: {year}\nunion: Provincial Cooperative Union\nregion: {region}\n{extra}---\n\nReport text for {year}.\n"
    )
}

impl Site {
    pub fn new() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, rel: &str, text: impl AsRef<[u8]>) -> &Site {
        let p = self.root().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
        self
    }

    pub fn remove(&self, rel: &str) -> &Site {
        fs::remove_file(self.root().join(rel)).unwrap();
        self
    }

    pub fn run(&self, args: &[&str]) -> Output {
        coopsite(self.root(), args)
    }

    /// Writes `text` to `name` and gives the draft `coopsite import NAME --stdout` prints;
    /// panics with the text and stderr when import fails.
    pub fn import_draft(&self, name: &str, text: &str) -> String {
        self.file(name, text);
        let root = self.root().to_str().unwrap();
        let out = self.run(&["import", name, "--stdout", "--root", root]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `coopsite build --root DIR` plus `args`.
    pub fn build(&self, args: &[&str]) -> Output {
        let mut all = vec!["build", "--root", self.root().to_str().unwrap()];
        all.extend_from_slice(args);
        coopsite(self.root(), &all)
    }

    /// Builds and panics with stderr when the build fails.
    pub fn build_ok(&self) -> String {
        let out = self.build(&[]);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "build failed:\n{err}");
        err
    }

    pub fn out(&self, rel: &str) -> PathBuf {
        self.root().join("output").join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        let p = self.out(rel);
        fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }
}

/// A site of two regions over three years, published under `/sub/`.
pub fn sub_path_site() -> Site {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "title: Co-op reports\nbase_url: https://example.org/sub/\n",
    );
    for (region, year, total) in [
        ("Hòa Bình", 2021, 700),
        ("Hòa Bình", 2022, 730),
        ("Hòa Bình", 2023, 758),
        ("Lào Cai", 2023, 1204),
    ] {
        let slug = format!("{}-{year}", region.replace(' ', "-").to_lowercase());
        site.file(
            &format!("content/{slug}.md"),
            front(
                "Union reviews the year",
                region,
                year,
                &format!(
                    "figures:\n  cooperatives_total: {total}\n  avg_income_per_worker: {}\n",
                    50_000_000 + total * 10_000
                ),
            ),
        );
    }
    site.build_ok();
    site
}

pub fn coopsite(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coopsite"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run coopsite")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file below `dir`, relative path to bytes.
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// A GET over plain HTTP/1.1 to 127.0.0.1: (status, head, body).
pub fn http_get(port: u16, path: &str) -> (u16, String, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

/// `coopsite build --root ROOT --output OUT`, which must succeed; its output.
pub fn build_into(root: &Path, out: &Path) -> Output {
    let o = coopsite(
        root,
        &[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    o
}

/// Text between `start` and the next `end` after it.
pub fn between<'t>(text: &'t str, start: &str, end: &str) -> &'t str {
    let i = text.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    &text[i..i + text[i..].find(end).unwrap()]
}

/// A chart's data table as rows of strings, as its CSV file has them: the header
/// cells, then each row's heading and `<data value>`s ("" for a gap).
pub fn table_rows(html: &str) -> Vec<Vec<String>> {
    let table = format!(
        "<table>{}</table>",
        between(html, "<table class=\"chart-data\">", "</table>")
    );
    let doc = roxmltree::Document::parse(&table).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("tr"))
        .map(|tr| {
            tr.children()
                .filter(|c| c.is_element())
                .map(
                    |cell| match cell.descendants().find(|d| d.has_tag_name("data")) {
                        Some(d) => d.attribute("value").unwrap().to_string(),
                        None if cell.has_tag_name("td") => String::new(),
                        None => cell.text().unwrap_or_default().to_string(),
                    },
                )
                .collect()
        })
        .collect()
}

/// The line of a draft that starts with `key` ("year:", "#   the year under review:"),
/// empty if none does.
pub fn key_line(text: &str, key: &str) -> String {
    text.lines()
        .find(|l| l.starts_with(key))
        .unwrap_or_default()
        .to_string()
}
