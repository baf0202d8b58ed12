//! ARCHITECTURE.md says only what is true: its leaf modules import none of the stages
//! its table names, no figure key is spelt out in src/ outside the figure table
//! except by the constants it lists, and no file imports itself through others.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn architecture() -> String {
    fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md")
}

/// The `code` spans of `text`.
fn spans(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// A source file without its tests: what follows `#[cfg(test)]` (a file's tests
/// close it), and none of a `tests.rs`.
fn code_of(path: &Path) -> String {
    if path.file_name().is_some_and(|n| n == "tests.rs") {
        return String::new();
    }
    let text = fs::read_to_string(path).unwrap_or_default();
    match text.find("#[cfg(test)]") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The top-level modules `code` names as `crate::name`.
fn crate_modules(code: &str) -> BTreeSet<String> {
    code.match_indices("crate::")
        .map(|(at, m)| {
            let rest = &code[at + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            rest[..end].to_string()
        })
        .filter(|m| !m.is_empty())
        .collect()
}

/// The leaf modules the sentence "Leaf modules, …" names (`x.rs` or a folder `x/`).
fn leaves(doc: &str) -> BTreeSet<String> {
    let start = doc
        .find("Leaf modules")
        .expect("a paragraph on leaf modules");
    let sentence = &doc[start..start + doc[start..].find(".\n").unwrap()];
    spans(sentence)
        .into_iter()
        .filter_map(|s| s.strip_suffix(".rs").or_else(|| s.strip_suffix('/')))
        .map(str::to_string)
        .collect()
}

/// A module's files: `src/x.rs`, and every file of `src/x/`.
fn files_of(module: &str) -> Vec<PathBuf> {
    let file = root().join("src").join(format!("{module}.rs"));
    let dir = root().join("src").join(module);
    let mut files = match dir.is_dir() {
        true => sources(&dir),
        false => Vec::new(),
    };
    if file.is_file() {
        files.push(file);
    }
    files
}

/// The top-level modules of the stage table's `module` column.
fn stages(doc: &str) -> BTreeSet<String> {
    doc.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| stage") && !l.starts_with("| ---"))
        .filter_map(|l| l.split(" | ").nth(1))
        .flat_map(spans)
        .filter(|s| s.ends_with(".rs") || s.ends_with('/'))
        .map(|s| {
            let first = s.split('/').next().unwrap_or(s);
            first.strip_suffix(".rs").unwrap_or(first).to_string()
        })
        .collect()
}

#[test]
fn leaf_modules_import_no_stage() {
    let doc = architecture();
    let leaves = leaves(&doc);
    assert!(
        leaves.contains("yamlpos") && leaves.contains("lang"),
        "{leaves:?}"
    );
    let stages: BTreeSet<String> = stages(&doc).difference(&leaves).cloned().collect();
    assert!(
        stages.contains("content") && stages.contains("site"),
        "{stages:?}"
    );
    for leaf in &leaves {
        let files = files_of(leaf);
        assert!(
            !files.is_empty(),
            "ARCHITECTURE.md names a leaf {leaf} that is not in src/"
        );
        for path in files {
            let imported = crate_modules(&code_of(&path));
            let wrong: Vec<&String> = imported.intersection(&stages).collect();
            assert!(
                wrong.is_empty(),
                "ARCHITECTURE.md calls {leaf} a leaf, but {} imports the stage(s) {wrong:?}",
                path.display()
            );
        }
    }
    // The picture's line of leaves names the same modules.
    let line = doc
        .lines()
        .find(|l| l.trim_start().starts_with("leaves:"))
        .expect("the picture names the leaves");
    let drawn: BTreeSet<String> = line
        .trim_start()
        .trim_start_matches("leaves:")
        .split(',')
        .map(|s| s.split_whitespace().next().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        drawn, leaves,
        "the picture's leaves and the paragraph's differ"
    );
}

/// The built-in figure keys, from the table's constants (`pub const TOTAL: &str = "…";`).
fn table_constants() -> Vec<(String, String)> {
    let table = fs::read_to_string(root().join("src/figure_table.rs")).unwrap();
    table
        .lines()
        .filter_map(|l| l.strip_prefix("pub const "))
        .filter_map(|l| {
            let (name, rest) = l.split_once(": &str = \"")?;
            Some((name.to_string(), rest.strip_suffix("\";")?.to_string()))
        })
        .filter(|(_, key)| key.contains('_'))
        .collect()
}

/// The names `code` takes from the figure table: `figure_table::{A, B}` and
/// `figure_table::A`, over as many lines as they run.
fn table_names(code: &str) -> BTreeSet<&str> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    code.match_indices("figure_table::")
        .flat_map(|(at, m)| {
            let rest = &code[at + m.len()..];
            let names = match rest.strip_prefix('{') {
                Some(list) => &list[..list.find('}').unwrap_or(list.len())],
                None => &rest[..rest.find(|c: char| !word(c)).unwrap_or(rest.len())],
            };
            names.split(|c: char| !word(c)).filter(|w| !w.is_empty())
        })
        .collect()
}

#[test]
fn no_figure_key_is_spelt_out_outside_the_table() {
    let doc = architecture();
    let start = doc
        .find("**One figure table.**")
        .expect("the rule on the figure table");
    let rule = &doc[start..start + doc[start..].find("\n- **").unwrap()];
    let allowed: BTreeSet<&str> = spans(rule).into_iter().collect();
    let constants = table_constants();
    assert!(constants.len() >= 9, "{constants:?}");
    for path in sources(&root().join("src")) {
        if path.ends_with("figure_table.rs") {
            continue;
        }
        let code = code_of(&path);
        let shown = path.strip_prefix(root()).unwrap().display().to_string();
        let named = table_names(&code);
        for (name, key) in &constants {
            assert!(
                !code.contains(&format!("\"{key}\"")),
                "{shown} spells out the figure key \"{key}\": take it from the figure table"
            );
            assert!(
                !named.contains(name.as_str()) || allowed.contains(name.as_str()),
                "{shown} names the table's constant {name}, which ARCHITECTURE.md's rule \
                 \"One figure table\" does not list"
            );
        }
    }
}

/// A file's module path: `src/site/today.rs` → `site::today`, `src/x/mod.rs` → `x`,
/// `src/lib.rs` → the crate's root (empty).
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root().join("src")).unwrap();
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_string());
    }
    parts
}

/// The file a path names: the deepest module of `path` that is a file of src/.
fn file_of(path: &[String], files: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| files.contains(m))
}

/// The paths `code` (a file of module `here`) names: `crate::a::b`, `super::a`, and
/// in `use` lines its own child modules (`use names::Names`); each item of a
/// `{…}` group on its own.
fn named_paths(code: &str, here: &[String], children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(|c: char| word(c)) {
        let before = rest[..at].chars().last();
        let tail = &rest[at..];
        let len = tail
            .find(|c: char| !(word(c) || c == ':'))
            .unwrap_or(tail.len());
        let path: Vec<&str> = tail[..len].split("::").filter(|s| !s.is_empty()).collect();
        let (base, skip): (Vec<String>, usize) = match path.first() {
            _ if before.is_some_and(|c| word(c) || c == ':') => (Vec::new(), 0),
            Some(&"crate") => (Vec::new(), 1),
            Some(&"super") => (here[..here.len().saturating_sub(1)].to_vec(), 1),
            Some(first) if path.len() > 1 && children.contains(*first) => (here.to_vec(), 0),
            _ => {
                rest = &tail[len.max(1)..];
                continue;
            }
        };
        if skip > 0 || !base.is_empty() {
            let mut full = base.clone();
            full.extend(path[skip..].iter().map(|s| s.to_string()));
            let group = &tail[len..];
            match group.strip_prefix('{') {
                Some(list) => {
                    let list = &list[..list.find('}').unwrap_or(list.len())];
                    for item in list.split(',') {
                        let mut p = full.clone();
                        p.extend(item.split("::").map(|s| s.trim().to_string()));
                        found.push(p);
                    }
                }
                None => found.push(full),
            }
        }
        rest = &tail[len.max(1)..];
    }
    found
}

#[test]
fn no_file_imports_itself_through_others() {
    let files: Vec<PathBuf> = sources(&root().join("src"));
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f)).collect();
    let mut edges: std::collections::BTreeMap<Vec<String>, BTreeSet<Vec<String>>> =
        Default::default();
    for file in &files {
        let here = module_of(file);
        let children: BTreeSet<String> = modules
            .iter()
            .filter(|m| m.len() == here.len() + 1 && m.starts_with(&here))
            .map(|m| m[here.len()].clone())
            .collect();
        let code: String = code_of(file)
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        let targets = named_paths(&code, &here, &children)
            .iter()
            .filter_map(|p| file_of(p, &modules))
            // A module reaching its own ancestors (`super::`) is no circle.
            .filter(|m| !here.starts_with(m))
            .collect();
        edges.insert(here, targets);
    }
    no_circle_between_siblings(&edges);
    // A file that reaches itself again through the files it imports.
    for start in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut path = vec![(start.clone(), vec![start.join("::")])];
        while let Some((m, trail)) = path.pop() {
            for next in edges.get(&m).into_iter().flatten() {
                let mut trail = trail.clone();
                trail.push(next.join("::"));
                assert!(
                    next != start,
                    "an import circle between files: {}",
                    trail.join(" -> ")
                );
                if seen.insert(next.clone()) {
                    path.push((next.clone(), trail));
                }
            }
        }
    }
}

/// No circle between the modules of one folder, the crate's top-level modules
/// included: each file's imports are taken as its folder-level module's (`content`
/// for `content/translations.rs`), so `content -> regions -> content` is one even when
/// no single file reaches itself.
fn no_circle_between_siblings(
    edges: &std::collections::BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
) {
    let folders: BTreeSet<Vec<String>> = edges
        .keys()
        .flat_map(|m| (0..m.len()).map(move |n| m[..n].to_vec()))
        .collect();
    for folder in &folders {
        let n = folder.len();
        let mut up: std::collections::BTreeMap<&str, BTreeSet<&str>> = Default::default();
        for (from, targets) in edges {
            if from.len() <= n || !from.starts_with(folder) {
                continue;
            }
            for to in targets {
                if to.len() > n && to.starts_with(folder) && to[n] != from[n] {
                    up.entry(&from[n]).or_default().insert(&to[n]);
                }
            }
        }
        for start in up.keys() {
            let mut seen = BTreeSet::new();
            let mut path = vec![(*start, vec![*start])];
            while let Some((m, trail)) = path.pop() {
                for next in up.get(m).into_iter().flatten() {
                    let mut trail = trail.clone();
                    trail.push(next);
                    assert!(
                        next != start,
                        "an import circle between the modules of {}: {}",
                        if n == 0 {
                            "src/".to_string()
                        } else {
                            folder.join("/")
                        },
                        trail.join(" -> ")
                    );
                    if seen.insert(*next) {
                        path.push((next, trail));
                    }
                }
            }
        }
    }
}
