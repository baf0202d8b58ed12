//! Every bad-input class of the contract: exit 1, a message naming file, line, column
//! and cause, and the previous output left untouched.

mod common;

use common::{front, stderr, tree, Site};

const GOOD: &str = "---\ntitle: Good\ndate: 2023-12-28\nyear: 2023\nunion: U\nregion: R\n";

/// Builds a site holding `content/a.md` = `text` and returns stderr, asserting exit 1.
fn fails_with(text: &str) -> String {
    let site = Site::new();
    site.file("content/a.md", text);
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "expected exit 1, got {:?}\n{err}",
        o.status
    );
    assert!(!site.out("index.html").exists(), "nothing may be written");
    err
}

#[test]
fn each_bad_input_names_file_line_column_and_cause() {
    let cases: &[(&str, String, &str)] = &[
        ("no front matter", "Just text.\n".into(), "content/a.md:1:1: no front matter"),
        (
            "unclosed front matter",
            "---\ntitle: x\n\nText.\n".into(),
            "content/a.md:1:1: front matter opened here is never closed",
        ),
        (
            "YAML that does not parse",
            format!("{GOOD}tags: [a, b\n---\n"),
            "content/a.md:8:1: did not find expected ',' or ']' at line 8 column 1",
        ),
        (
            "missing required key",
            "---\ntitle: x\ndate: 2023-12-28\nyear: 2023\nunion: U\n---\n".into(),
            "content/a.md:1:1: missing required key `region`",
        ),
        (
            "required key left empty (an imported draft's year)",
            "---\ntitle: x\ndate: 2023-12-28\nyear:      # write it\nunion: U\nregion: R\n---\n".into(),
            "content/a.md:4:1: `year` is empty",
        ),
        (
            "negative count",
            format!("{GOOD}figures:\n  cooperatives_new: -5\n---\n"),
            "content/a.md:8:21: figures.cooperatives_new: a count must be a whole number, 0 or more; found -5",
        ),
        (
            "count not whole",
            format!("{GOOD}figures:\n  cooperatives_total: 12.5\n---\n"),
            "content/a.md:8:23: figures.cooperatives_total: a count must be a whole number",
        ),
        (
            "money of the wrong kind",
            format!("{GOOD}figures:\n  avg_income_per_worker: {{amount: 5, per: week}}\n---\n"),
            "content/a.md:8:",
        ),
        (
            "target key of the wrong kind",
            format!("{GOOD}targets:\n  cooperatives_new: many\n---\n"),
            "content/a.md:8:21: targets.cooperatives_new:",
        ),
        (
            "date that is not a date",
            "---\ntitle: x\ndate: 28/12/2023\nyear: 2023\nunion: U\nregion: R\n---\n".into(),
            "content/a.md:3:7: date: `28/12/2023` is not a date",
        ),
        (
            "date not in the calendar",
            "---\ntitle: x\ndate: 2023-02-30\nyear: 2023\nunion: U\nregion: R\n---\n".into(),
            "content/a.md:3:7: date: `2023-02-30` is not a day of the calendar",
        ),
        (
            "year of the wrong kind",
            "---\ntitle: x\ndate: 2023-12-28\nyear: last\nunion: U\nregion: R\n---\n".into(),
            "content/a.md:4:7: year: `last` is not a year",
        ),
        (
            "unknown top-level key",
            format!("{GOOD}figuers:\n  cooperatives_new: 5\n---\n"),
            "content/a.md:7:1: unknown key `figuers`",
        ),
        (
            "slug leaving the output folder",
            format!("{GOOD}slug: ../../etc\n---\n"),
            "content/a.md:7:1: slug `../../etc` would leave the output folder",
        ),
        (
            "source that is not a web address",
            format!("{GOOD}source: javascript:alert(1)\n---\n"),
            "content/a.md:7:1: `source: javascript:alert(1)` is not a web address",
        ),
    ];
    for (what, text, expected) in cases {
        let err = fails_with(text);
        assert!(
            err.contains(expected),
            "{what}: expected `{expected}` in:\n{err}"
        );
    }
}

#[test]
fn unknown_key_suggests_the_nearest() {
    let err = fails_with(&format!("{GOOD}titel: y\n---\n"));
    assert!(err.contains("unknown key `titel`"), "{err}");
    assert!(err.contains("help: did you mean `title`?"), "{err}");
    assert!(
        err.contains(" 7 | titel: y"),
        "the offending line is shown:\n{err}"
    );
}

#[test]
fn duplicate_slugs_name_both_files() {
    let site = Site::new();
    site.file("content/2023/a.md", front("A", "R", 2023, "slug: same\n"));
    site.file("content/2024/b.md", front("B", "R", 2024, "slug: same\n"));
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains("content/2024/b.md:7:1: slug `same` is already used by content/2023/a.md"),
        "{err}"
    );
}

#[test]
fn all_problems_of_a_build_are_reported_together() {
    let site = Site::new();
    site.file("content/a.md", "no front matter\n");
    site.file(
        "content/b.md",
        format!("{GOOD}figures:\n  cooperatives_new: -1\n---\n"),
    );
    site.file(
        "content/c.md",
        front("C", "R", 2023, "lang: \"english!\"\n"),
    );
    let err = stderr(&site.build(&[]));
    assert!(err.contains("content/a.md:1:1:"), "{err}");
    assert!(err.contains("content/b.md:8:21:"), "{err}");
    assert!(
        err.contains("content/c.md:7:7: lang: `english!` is not a language code"),
        "{err}"
    );
    assert!(err.contains("3 problems found"), "{err}");
}

#[test]
fn bad_config_is_located_with_a_suggestion() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    site.file(
        "coopsite.yaml",
        "title: x\nbase_ulr: https://example.org/\n",
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains("coopsite.yaml:2:1: unknown key `base_ulr`"),
        "{err}"
    );
    assert!(err.contains("did you mean `base_url`?"), "{err}");

    site.file("coopsite.yaml", "base_url: example.org\n");
    let err = stderr(&site.build(&[]));
    assert!(
        err.contains("coopsite.yaml:1:1: base_url `example.org` must start with https://"),
        "{err}"
    );
}

#[test]
fn template_errors_name_the_template() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    site.file(
        "templates/report.html",
        "{% extends \"base.html\" %}{% block content %}{{ report.title }{% endblock content %}",
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("templates/report.html:1:61: Failed to parse"),
        "{err}"
    );

    site.file("templates/report.html", "{% extends \"base.html\" %}{% block content %}{{ report.no_such_field }}{% endblock content %}");
    let err = stderr(&site.build(&[]));
    assert!(err.contains("templates/report.html"), "{err}");
    assert!(err.contains("no_such_field"), "{err}");
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = Site::new();
    site.file("content/a.md", front("First version", "R", 2023, ""));
    site.build_ok();
    let before = tree(&site.root().join("output"));
    site.file(
        "content/a.md",
        front("Second version", "R", 2023, "year_typo: 1\n"),
    );
    let o = site.build(&[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("output was left as it was"),
        "{}",
        stderr(&o)
    );
    assert_eq!(tree(&site.root().join("output")), before);
    assert!(site.read("reports/a/index.html").contains("First version"));
}

#[test]
fn bom_and_crlf_are_accepted() {
    let site = Site::new();
    let text = format!(
        "\u{feff}{}",
        front("Windows", "R", 2023, "figures:\n  cooperatives_total: 7\n")
    )
    .replace('\n', "\r\n");
    site.file("content/a.md", text);
    site.build_ok();
    let page = site.read("reports/a/index.html");
    assert!(page.contains("Windows") && page.contains(">7<"), "{page}");
}

#[test]
fn not_utf8_is_reported_not_a_panic() {
    let site = Site::new();
    site.file("content/a.md", b"---\ntitle: \xff\xfe\n---\n");
    let err = stderr(&site.build(&[]));
    assert!(err.contains("content/a.md: is not UTF-8 text"), "{err}");
}

#[test]
fn output_inside_the_sources_is_refused() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    let content = site.root().join("content");
    let o = site.build(&["--output", content.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("would replace the site's own files"));
    assert!(site.root().join("content/a.md").is_file());
}

#[test]
fn an_output_path_that_is_a_file_is_refused_and_kept() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    site.file("notes.txt", "mine");
    let file = site.root().join("notes.txt");
    let o = site.build(&["--output", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("notes.txt: the output path is a file, not a folder"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    // A folder is built into.
    let o = site.build(&["--output", site.root().join("out").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(site.root().join("out/reports/a/index.html").is_file());
}

#[test]
fn check_reports_broken_links_against_the_report_file() {
    let site = Site::new();
    site.file(
        "content/a.md",
        front("A", "R", 2023, "") + "\n[annex](annex.pdf) [b](b.md)\n",
    );
    let o = site.run(&["check", "--root", site.root().to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/a.md (page reports/a/index.html): broken link to `/annex.pdf`"),
        "{err}"
    );
    assert!(err.contains("broken link to `/b.md`"), "{err}");
    assert!(!site.root().join("output").exists(), "check writes nothing");
    site.file("content/annex.pdf", "%PDF");
    site.file("content/b.md", front("B", "R", 2024, ""));
    let o = site.run(&["check", "--root", site.root().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_missing_site_folder_is_named() {
    let site = Site::new();
    let missing = site.root().join("nope");
    let o = site.run(&["build", "--root", missing.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("nope: there is no such folder"), "{err}");
    let o = site.run(&["build", "--root", site.root().to_str().unwrap()]);
    assert!(
        stderr(&o).contains("there is no content/ folder"),
        "{}",
        stderr(&o)
    );
}
