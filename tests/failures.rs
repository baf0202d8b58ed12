//! A failure never passes as success: each case runs the real binary and sees exit 1
//! with a message saying what and where, or a warning naming the likely intent.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{front, stderr, Site};

const GOOD: &str = "---\ntitle: Good\ndate: 2024-12-28\nyear: 2024\nunion: U\nregion: R\n";

fn article(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// Runs coopsite in `cwd` with its stdout going to `stdout`.
fn run_into(cwd: &Path, args: &[&str], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coopsite"))
        .args(args)
        .current_dir(cwd)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("run coopsite")
}

/// The write end of a pipe whose reader has gone, as `| head -c1` leaves it once
/// `head` has its byte: every write to it fails (EPIPE).
#[cfg(unix)]
fn closed_pipe() -> Stdio {
    let mut reader = Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .expect("run true");
    let pipe = reader.stdin.take().expect("a pipe");
    reader.wait().expect("true ends");
    Stdio::from(pipe)
}

/// A full disk: every write to /dev/full fails (ENOSPC).
#[cfg(target_os = "linux")]
fn full_disk() -> Stdio {
    Stdio::from(std::fs::File::create("/dev/full").expect("/dev/full"))
}

fn assert_write_error(o: &Output, what: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "{what}: {err}");
    assert!(
        err.contains("error: ") && err.contains("cannot write to standard output"),
        "{what}: {err}"
    );
    assert!(!err.contains("panicked"), "{what}: {err}");
}

#[test]
fn import_refuses_a_broken_coopsite_yaml_as_build_does() {
    let site = Site::new();
    site.file("coopsite.yaml", "title: Site\nlanguage: vi\nbase_ulr: /\n");
    site.file("content/a.md", format!("{GOOD}---\nText.\n"));
    let root = site.root().to_str().unwrap();
    let built = site.build(&[]);
    assert_eq!(built.status.code(), Some(1), "{}", stderr(&built));
    let said = "coopsite.yaml:3:1: unknown key `base_ulr`";
    assert!(stderr(&built).contains(said), "{}", stderr(&built));
    let file = article("en_bac_giang_2023.txt");
    for extra in [&[][..], &["--stdout"][..]] {
        let mut args = vec!["import", &file];
        args.extend_from_slice(&["--root", root]);
        args.extend_from_slice(extra);
        let o = site.run(&args);
        assert_eq!(o.status.code(), Some(1), "{extra:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(said), "{extra:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{extra:?}: nothing drafted");
    }
    assert!(
        !site.root().join("content/2023").exists(),
        "nothing written"
    );
    // The same site with its key spelt right imports.
    site.file("coopsite.yaml", "title: Site\nlanguage: vi\nbase_url: /\n");
    let o = site.run(&["import", &file, "--root", root]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(site.root().join("content/2023").is_dir());
}

#[cfg(unix)]
#[test]
fn results_that_cannot_be_written_fail_with_exit_1() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    let root = site.root().to_str().unwrap();
    let file = article("en_bac_giang_2023.txt");
    let commands: [&[&str]; 4] = [
        &["schema", "--root", root],
        &["check", "--root", root, "--format", "json"],
        &["build", "--root", root],
        &["import", &file, "--stdout"],
    ];
    for args in commands {
        let o = run_into(site.root(), args, closed_pipe());
        assert_write_error(&o, &format!("{args:?} into a closed pipe"));
        #[cfg(target_os = "linux")]
        {
            let o = run_into(site.root(), args, full_disk());
            assert_write_error(&o, &format!("{args:?} onto a full disk"));
            assert!(stderr(&o).contains("No space left"), "{}", stderr(&o));
        }
        // The same command with somewhere to write succeeds.
        let o = run_into(site.root(), args, Stdio::piped());
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(!o.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn an_i18n_file_not_named_by_a_language_is_a_warning_naming_the_likely_code() {
    let site = Site::new();
    site.file("content/a.md", front("A", "R", 2023, ""));
    site.file("i18n/vn.yaml", "reports: \"Báo cáo\"\n");
    site.file("i18n/fr.yaml", "reports: \"Les rapports\"\n");
    let o = site.build(&[]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("i18n/vn.yaml: `vn` is not a language code"),
        "{err}"
    );
    assert!(
        err.contains("Vietnamese is `vi`: rename the file i18n/vi.yaml"),
        "{err}"
    );
    assert!(
        !err.contains("i18n/fr.yaml"),
        "a language's file is fine: {err}"
    );
    site.file("i18n/Vi.yml", "reports: \"Báo cáo\"\n");
    let err = stderr(&site.build(&[]));
    assert!(
        err.contains("i18n/Vi.yml: `Vi`: language codes are lowercase"),
        "{err}"
    );
    assert!(err.contains("rename the file i18n/vi.yml"), "{err}");
}

#[test]
fn a_count_too_large_for_its_type_is_an_error_never_saturated() {
    let site = Site::new();
    site.file(
        "content/a.md",
        format!("{GOOD}figures:\n  cooperatives_total: 1e30\n---\nText.\n"),
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "content/a.md:8:23: figures.cooperatives_total: `1e30` is too large for a count \
             (at most 18446744073709551615)"
        ),
        "{err}"
    );
    assert!(!site.out("index.html").exists());
    // A count written with an exponent that fits is read as the whole number it is.
    site.file(
        "content/a.md",
        format!("{GOOD}figures:\n  cooperatives_total: 1e3\n---\nText.\n"),
    );
    let err = site.build_ok();
    assert!(!err.contains("too large"), "{err}");
    let data = site.read("data/reports.json");
    assert!(
        data.contains("\"key\":\"cooperatives_total\",\"label\":\"Cooperatives\",\"value\":1000,"),
        "{data}"
    );
}

#[test]
fn a_year_far_from_the_conference_is_an_error_naming_the_years_it_may_be() {
    let site = Site::new();
    let report = |year: i32| {
        format!("---\ntitle: T\ndate: 2024-12-28\nyear: {year}\nunion: U\nregion: R\n---\nText.\n")
    };
    site.file("content/a.md", report(1024));
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/a.md:4:7: year: the conference on 2024-12-28 cannot review 1024, 1000 years before it"),
        "{err}"
    );
    assert!(err.contains("(2024, 2023 or 2022)"), "{err}");
    assert!(!site.out("index.html").exists());
    site.file("content/a.md", report(2021));
    assert_eq!(site.build(&[]).status.code(), Some(1));
    for year in [2022, 2023, 2024] {
        site.file("content/a.md", report(year));
        site.build_ok();
        assert!(site.read("index.html").contains(&year.to_string()));
    }
}
