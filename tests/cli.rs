//! The command line itself: help texts, exit codes, counts that agree in number,
//! results on stdout and problems on stderr, and what `init` and `new` write.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::{coopsite, front, stderr, Site};

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const CONFIG: &str = "title: Test\nbase_url: https://user.github.io/repo/\n";

/// A site with an absolute base_url (so no warning), `n` reports and `drafts` drafts.
fn site_with(n: usize, drafts: usize) -> Site {
    let site = Site::new();
    site.file("coopsite.yaml", CONFIG);
    for i in 0..n {
        let year = 2020 + i as i32;
        site.file(&format!("content/r-{year}.md"), front("R", "R", year, ""));
    }
    for i in 0..drafts {
        let year = 2010 + i as i32;
        let text = front("D", "R", year, "draft: true\n");
        site.file(&format!("content/d-{year}.md"), text);
    }
    site
}

/// The lines of a help text's `Arguments:` and `Options:` sections.
fn help_entries(help: &str) -> Vec<String> {
    let mut entries = Vec::new();
    let mut in_list = false;
    for line in help.lines() {
        if line == "Arguments:" || line == "Options:" {
            in_list = true;
        } else if !line.starts_with(' ') {
            in_list = false;
        } else if in_list {
            entries.push(line.trim().to_string());
        }
    }
    entries
}

#[test]
fn every_argument_and_option_has_help_text() {
    let tmp = tempfile::tempdir().unwrap();
    let expected: &[(&str, &[&str])] = &[
        ("build", &["--root", "--output", "--base-url", "--drafts"]),
        (
            "serve",
            &["--root", "--port", "--bind", "--drafts", "--open"],
        ),
        ("check", &["--root", "--drafts"]),
        ("init", &["<DIR>"]),
        ("new", &["<PATH>", "--root"]),
    ];
    let top = stdout(&coopsite(tmp.path(), &["help"]));
    for (cmd, names) in expected {
        let listed = top.lines().find(|l| l.trim_start().starts_with(cmd));
        let described = listed.is_some_and(|l| l.trim().len() > cmd.len() + 2);
        assert!(described, "`{cmd}` has no description in:\n{top}");
        let o = coopsite(tmp.path(), &["help", cmd]);
        assert!(o.status.success(), "{}", stderr(&o));
        let help = stdout(&o);
        let entries = help_entries(&help);
        for name in *names {
            let entry = entries.iter().find(|e| e.starts_with(name));
            let entry = entry.unwrap_or_else(|| panic!("`{cmd}` lacks {name}:\n{help}"));
            assert!(entry.contains("  "), "`{cmd} {name}` has no help:\n{help}");
        }
        for entry in &entries {
            assert!(
                entry.contains("  "),
                "`{cmd}`: `{entry}` has no help:\n{help}"
            );
        }
    }
}

#[test]
fn a_bad_base_url_is_wrong_usage() {
    let site = site_with(1, 0);
    for bad in [
        "example.org",
        "https://",
        "ftp://example.org/",
        "https://x.org/a b/",
    ] {
        let o = site.build(&["--base-url", bad]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{bad}: {err}");
        assert!(
            err.contains("--base-url") && err.contains(bad),
            "{bad}: {err}"
        );
        assert!(stdout(&o).is_empty(), "{bad}");
        assert!(
            !site.out("index.html").exists(),
            "{bad}: a site was written"
        );
    }
    let o = site.build(&["--base-url", "https://user.github.io/other"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.read("index.html").contains("/other/"));
    assert_eq!(site.run(&["build", "--nope"]).status.code(), Some(2));
    assert_eq!(site.run(&["new"]).status.code(), Some(2));
}

#[test]
fn counts_agree_in_number() {
    let one = site_with(1, 1);
    let out = stdout(&one.build(&[]));
    assert!(out.starts_with("Built 1 report ("), "{out}");
    assert!(
        out.contains("; 1 draft skipped: pass --drafts to build it"),
        "{out}"
    );
    let out = stdout(&one.run(&["check"]));
    assert!(out.starts_with("No problems in 1 report ("), "{out}");
    assert!(
        out.contains("; 1 draft skipped: pass --drafts to check it"),
        "{out}"
    );

    let two = site_with(2, 2);
    let out = stdout(&two.build(&[]));
    assert!(out.starts_with("Built 2 reports ("), "{out}");
    assert!(out.contains(" files) in "), "{out}");
    assert!(
        out.contains("; 2 drafts skipped: pass --drafts to build them"),
        "{out}"
    );
    let out = stdout(&two.run(&["check"]));
    assert!(out.starts_with("No problems in 2 reports ("), "{out}");
    assert!(out.contains(" files would be written)"), "{out}");

    let bad = site_with(1, 0);
    bad.file("content/a.md", front("A", "R", 2023, "titel: x\n"));
    let err = stderr(&bad.build(&[]));
    assert!(err.contains("error: 1 problem found;"), "{err}");
    bad.file("content/b.md", front("B", "R", 2024, "yeer: 1\n"));
    let err = stderr(&bad.build(&[]));
    assert!(err.contains("error: 2 problems found;"), "{err}");
    let err = stderr(&bad.run(&["check"]));
    assert!(err.contains("error: 2 problems found"), "{err}");
}

#[test]
fn drafts_left_out_are_counted() {
    let site = site_with(2, 1);
    let out = stdout(&site.build(&[]));
    assert!(out.starts_with("Built 2 reports"), "{out}");
    assert!(out
        .trim_end()
        .ends_with("1 draft skipped: pass --drafts to build it"));
    let out = stdout(&site.build(&["--drafts"]));
    assert!(out.starts_with("Built 3 reports"), "{out}");
    assert!(!out.contains("skipped"), "{out}");
    let out = stdout(&site.run(&["check", "--drafts"]));
    assert!(out.starts_with("No problems in 3 reports"), "{out}");
    assert!(!out.contains("skipped"), "{out}");
    let out = stdout(&site_with(2, 0).build(&[]));
    assert!(!out.contains("draft"), "{out}");
}

#[test]
fn results_go_to_stdout_and_problems_to_stderr() {
    let site = site_with(2, 0);
    for args in [vec!["build"], vec!["check"]] {
        let mut all = args.clone();
        all.extend(["--root", site.root().to_str().unwrap()]);
        let o = coopsite(site.root(), &all);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o).lines().count(), 1, "{args:?}: {}", stdout(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
    // A warning (no host in base_url) goes to stderr, the result to stdout.
    site.file("coopsite.yaml", "title: Test\n");
    let o = site.build(&[]);
    assert!(stderr(&o).starts_with("warning: coopsite.yaml: base_url `/` names no host"));
    assert!(!stdout(&o).contains("base_url"), "{}", stdout(&o));
    assert!(stdout(&o).starts_with("Built 2 reports"));
    assert!(stdout(&o).contains(", 1 warning, in "), "{}", stdout(&o));
    // Errors go to stderr only.
    site.file("content/bad.md", "no front matter\n");
    for cmd in ["build", "check"] {
        let o = site.run(&[cmd]);
        assert_eq!(o.status.code(), Some(1), "{cmd}");
        assert_eq!(stdout(&o), "", "{cmd}");
        assert!(stderr(&o).contains("content/bad.md:1:1: no front matter"));
    }
    // init and new say what they made on stdout, and nothing on stderr.
    let o = site.run(&["init", "fresh"]);
    assert!(
        stdout(&o).starts_with("Created a site in fresh."),
        "{}",
        stdout(&o)
    );
    assert_eq!(stderr(&o), "");
    let o = site.run(&["new", "2025/n-2025.md"]);
    assert_eq!(
        stdout(&o),
        "Created content/2025/n-2025.md: fill in its front matter and text\n"
    );
    assert_eq!(stderr(&o), "");
    let o = site.run(&["new", "2025/n-2025.md"]);
    assert_eq!((o.status.code(), stdout(&o)), (Some(1), String::new()));
    assert!(stderr(&o).starts_with("error: content/2025/n-2025.md: already exists"));
}

/// The `key: value` lines of the `figures:` and `targets:` maps of a report.
fn figure_lines(text: &str) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("figures:") || line.starts_with("targets:") {
            inside = true;
        } else if !line.starts_with(' ') {
            inside = false;
        } else if inside && !line.trim_start().starts_with('#') {
            let (key, value) = line.split_once(':').expect("key: value");
            let value = value.split(" #").next().unwrap().trim();
            lines.push((key.trim().to_string(), value.to_string()));
        }
    }
    lines
}

#[test]
fn init_writes_a_site_that_builds_with_no_zero_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let o = coopsite(tmp.path(), &["init", "site"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = tmp.path().join("site");
    let report = fs::read_to_string(dir.join("content/2024/province-a-2024.md")).unwrap();
    let figures = figure_lines(&report);
    assert!(figures.len() >= 9, "{report}");
    for (key, value) in &figures {
        let digits: String = value.chars().filter(char::is_ascii_digit).collect();
        assert!(!digits.is_empty(), "{key} has no value");
        assert!(!digits.trim_start_matches('0').is_empty(), "{key}: {value}");
    }
    assert!(report.contains("draft: false"));
    for cmd in ["build", "check"] {
        let o = coopsite(&dir, &[cmd]);
        assert!(o.status.success(), "{cmd}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{cmd} warns");
        assert!(stdout(&o).contains(" 1 report ("), "{}", stdout(&o));
    }
    let page = fs::read_to_string(dir.join("output/reports/province-a-2024/index.html")).unwrap();
    assert!(page.contains(">120<"), "the example's total is shown");
}

#[test]
fn new_leaves_every_figure_empty_and_builds_as_a_draft() {
    let site = site_with(1, 0);
    let o = site.run(&["new", "content/2025/province-b-2025.md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = fs::read_to_string(site.root().join("content/2025/province-b-2025.md")).unwrap();
    let figures = figure_lines(&text);
    for key in [
        "cooperatives_total",
        "avg_income_per_worker",
        "cooperatives_new",
    ] {
        assert!(figures.iter().any(|(k, _)| k == key), "{key}: {text}");
    }
    for (key, value) in &figures {
        assert_eq!(value, "", "{key} is not left empty");
    }
    assert!(!text.lines().any(|l| l.contains(": 0")), "{text}");
    let o = site.build(&["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Built 2 reports"));
    let page = site.read("reports/province-b-2025/index.html");
    assert!(!page.contains(">0<"), "a figure shown as 0");
}

fn year_and_region(text: &str) -> (String, String, String) {
    let value = |key: &str| {
        let line = text.lines().find(|l| l.starts_with(key)).unwrap_or("");
        let v = line[key.len()..].split(" #").next().unwrap_or("").trim();
        v.to_string()
    };
    (value("year:"), value("region:"), value("title:"))
}

#[test]
fn new_takes_the_year_and_region_from_the_name() {
    let site = site_with(0, 0);
    site.file("content/2022/a.md", front("A", "Hòa Bình", 2022, ""));
    site.file("content/2022/b.md", front("B", "\"Lào Cai\"", 2022, ""));
    let run = |path: &str| {
        let o = site.run(&["new", path]);
        assert!(o.status.success(), "{path}: {}", stderr(&o));
        let (year, region, title) =
            year_and_region(&fs::read_to_string(site.root().join(path)).unwrap());
        (year, region, title)
    };
    let (year, region, title) = run("content/2023/hoa-binh-2023.md");
    assert_eq!((year.as_str(), region.as_str()), ("2023", "\"Hòa Bình\""));
    assert!(
        title.contains("2023") && title.contains("Hòa Bình"),
        "{title}"
    );
    let (year, region, _) = run("content/2024/2024-lao-cai.md");
    assert_eq!((year.as_str(), region.as_str()), ("2024", "\"Lào Cai\""));
    let (year, region, title) = run("content/x/province-z-2019.md");
    assert_eq!(year, "2019");
    assert_eq!(
        region, "\"Province Z\"",
        "a new region, spelled from the name"
    );
    assert!(title.contains("2019"), "{title}");
    let o = site.build(&["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let region_page = site.read("regions/hoa-binh/index.html");
    assert!(
        region_page.contains("/reports/hoa-binh-2023/"),
        "the new report joins its region"
    );
}

#[test]
fn new_writes_into_content_whichever_way_the_path_is_given() {
    let site = site_with(1, 0);
    let cases = [
        ("2024/a-2024.md", "content/2024/a-2024.md"),
        ("content/2024/b-2024.md", "content/2024/b-2024.md"),
        ("./c.md", "content/c.md"),
    ];
    for (given, written) in cases {
        let o = site.run(&["new", given]);
        assert!(o.status.success(), "{given}: {}", stderr(&o));
        assert!(site.root().join(written).is_file(), "{given} → {written}");
        assert!(stdout(&o).contains(written), "{}", stdout(&o));
    }
    assert!(!site.root().join("content/content").exists());
    let abs = site.root().join("content/d.md");
    let o = site.run(&["new", abs.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(abs.is_file());
    // From elsewhere, with --root.
    let elsewhere = tempfile::tempdir().unwrap();
    let root = site.root().to_str().unwrap();
    let o = coopsite(elsewhere.path(), &["new", "--root", root, "2026/e-2026.md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.root().join("content/2026/e-2026.md").is_file());
    assert!(!elsewhere.path().join("content").exists());
}

fn files_in(dir: &Path) -> usize {
    common::tree(dir).len()
}

#[test]
fn new_refuses_paths_outside_content_and_existing_files() {
    let site = site_with(1, 0);
    let before = files_in(site.root());
    let other = tempfile::tempdir().unwrap();
    let abs_outside = other.path().join("x.md");
    let abs_root = site.root().join("x.md");
    // Beside the site, under a name no other test uses.
    let name = site.root().file_name().unwrap().to_str().unwrap();
    let beside = format!("../{name}-x.md");
    for path in [
        beside.as_str(),
        "content/../x.md",
        "2024/../../x.md",
        abs_outside.to_str().unwrap(),
        abs_root.to_str().unwrap(),
    ] {
        let o = site.run(&["new", path]);
        assert_eq!(o.status.code(), Some(1), "{path}: {}", stdout(&o));
        assert!(
            stderr(&o).contains("outside the site's content folder"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(files_in(site.root()), before);
    assert!(!abs_outside.exists());
    assert!(!site.root().join(&beside).exists());

    let o = site.run(&["new", "content/r-2020.md"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    let kept = fs::read_to_string(site.root().join("content/r-2020.md")).unwrap();
    assert_eq!(
        kept,
        front("R", "R", 2020, ""),
        "the report was overwritten"
    );

    let o = coopsite(other.path(), &["new", "y.md"]);
    assert_eq!(o.status.code(), Some(1), "outside any site");
    assert!(
        stderr(&o).contains("is not a coopsite site"),
        "{}",
        stderr(&o)
    );
    assert!(!other.path().join("content").exists());
    let o = site.run(&["new", "content/notes.txt"]);
    assert_eq!(o.status.code(), Some(1));
}
