//! Thousands of warnings stay readable: past the first few of a kind they are counted
//! with the files they touch most; errors are all printed; `--verbose` and
//! `--format json` list every warning.

mod common;

use common::{stderr, Site};

/// A site of `n` reports, each with two figures its text does not state.
fn unstated_site(n: usize) -> Site {
    let site = Site::new();
    site.file("coopsite.yaml", "base_url: https://example.org/\n");
    for i in 0..n {
        site.file(
            &format!("content/r{i:02}.md"),
            format!(
                "---\ntitle: R{i}\ndate: 2024-01-05\nyear: 2023\nunion: U\nregion: Region {i}\nlang: en\nfigures:\n  cooperatives_total: {}\n  cooperatives_new: {}\n---\n\nThe union met.\n",
                900 + i,
                40 + i
            ),
        );
    }
    site
}

fn root(site: &Site) -> &str {
    site.root().to_str().unwrap()
}

#[test]
fn warnings_past_three_of_a_kind_are_counted_by_file() {
    let site = unstated_site(6);
    let o = site.run(&["check", "--root", root(&site)]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    // Three in full, with their place and snippet…
    assert_eq!(
        err.matches("is not stated in the report's text").count(),
        3,
        "{err}"
    );
    assert!(err.contains("content/r00.md:9:"), "{err}");
    assert!(err.contains(" 9 |   cooperatives_total: 900"), "{err}");
    // …then one line for the other nine of the twelve, in six files.
    assert!(
        err.contains("warning: 9 more of 12 figures not stated in their report's text, in 6 files (most: content/r00.md (2), content/r01.md (2), content/r02.md (2), …)"),
        "{err}"
    );
    assert!(!err.contains("content/r05.md:"), "{err}");

    let all = site.run(&["check", "--verbose", "--root", root(&site)]);
    let all_err = stderr(&all);
    assert_eq!(
        all_err
            .matches("is not stated in the report's text")
            .count(),
        12,
        "{all_err}"
    );
    assert!(all_err.contains("content/r05.md:10:"), "{all_err}");
    assert!(!all_err.contains("more of"), "{all_err}");

    let json = site.run(&["check", "--format", "json", "--root", root(&site)]);
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["warnings"], 12);
    assert_eq!(doc["problems"].as_array().unwrap().len(), 12);
}

#[test]
fn build_groups_warnings_too() {
    let site = unstated_site(4);
    let o = site.build(&[]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert_eq!(
        err.matches("is not stated in the report's text").count(),
        3,
        "{err}"
    );
    assert!(err.contains("5 more of 8 figures not stated"), "{err}");
    let o = site.build(&["--verbose"]);
    assert_eq!(
        stderr(&o)
            .matches("is not stated in the report's text")
            .count(),
        8
    );
}

#[test]
fn every_error_is_printed_however_many() {
    let site = unstated_site(0);
    for i in 0..7 {
        site.file(
            &format!("content/bad{i}.md"),
            format!("---\ntitle: B{i}\ndate: 2024-01-05\nyear: 2023\nunion: U\nregion: R{i}\nfigures:\n  cooperatives_total: -{}\n---\n\nText.\n", i + 1),
        );
    }
    let o = site.run(&["check", "--root", root(&site)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for i in 0..7 {
        assert!(err.contains(&format!("content/bad{i}.md:8:")), "{i}: {err}");
    }
    assert!(err.contains("7 problems found"), "{err}");
    assert!(!err.contains("more of"), "{err}");
}
