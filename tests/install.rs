//! The crate installs on its own: `cargo package` ships the default theme and the font,
//! and a binary installed from the packaged crate (`cargo install coopsite`, once
//! published) starts and builds a site with no source tree around it.
//!
//! The first run compiles coopsite's dependencies once more (a debug build, about a
//! minute and a half on 2 cores) into `CARGO_TARGET_TMPDIR/install-test/target`, its own
//! target directory so that it never overwrites the `coopsite` the other tests run;
//! later runs reuse them and take seconds. Offline: `cargo test` has already fetched
//! every crate the package needs, and `--locked` holds the install to the packaged
//! Cargo.lock.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    // The commit must come from the package's own record, not from this environment.
    cmd.env_remove("COOPSITE_COMMIT");
    cmd
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The commit `cargo package` recorded, or `unknown` when it packaged outside git.
fn recorded_commit(package: &Path) -> String {
    match fs::read_to_string(package.join(".cargo_vcs_info.json")) {
        Ok(text) => {
            let info: serde_json::Value = serde_json::from_str(&text).expect("vcs info is JSON");
            let sha = info["git"]["sha1"].as_str().expect("git.sha1 in vcs info");
            sha[..7].to_string()
        }
        Err(_) => "unknown".to_string(),
    }
}

#[test]
fn the_packaged_crate_installs_and_builds_a_new_site_on_its_own() {
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("install-test");
    fs::create_dir_all(&work).unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");

    // Package the working tree as it is, without cargo's own verifying build (the
    // install below is that build).
    run(cargo()
        .args([
            "package",
            "--allow-dirty",
            "--no-verify",
            "--offline",
            "--quiet",
        ])
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&work));
    let crate_file = work
        .join("package")
        .join(format!("coopsite-{VERSION}.crate"));
    assert!(crate_file.is_file(), "no {}", crate_file.display());

    // What the package holds: the theme and the font the binary embeds, and nothing of
    // the example site, the tests or CI.
    let listing = stdout(&run(Command::new("tar").arg("-tzf").arg(&crate_file)));
    let files: Vec<&str> = listing
        .lines()
        .map(|l| l.split_once('/').map_or(l, |(_, rest)| rest))
        .collect();
    for needed in [
        "build.rs",
        "Cargo.lock",
        "src/main.rs",
        "themes/default/templates/base.html",
        "themes/default/static/style.css",
        "assets/fonts/DejaVuSans.ttf",
        "assets/fonts/DejaVuSans-LICENSE.txt",
    ] {
        assert!(
            files.contains(&needed),
            "the package lacks {needed}:\n{listing}"
        );
    }
    for left_out in [
        "content/",
        "tests/",
        "benches/",
        "bench/",
        "examples/",
        ".ci/",
        ".github/",
    ] {
        assert!(
            !files.iter().any(|f| f.starts_with(left_out)),
            "the package holds {left_out}:\n{listing}"
        );
    }

    // Unpack it afresh (`-m`: the files get today's time, so cargo sees every change).
    let unpacked = work.join("unpacked");
    if unpacked.exists() {
        fs::remove_dir_all(&unpacked).unwrap();
    }
    fs::create_dir_all(&unpacked).unwrap();
    run(Command::new("tar")
        .arg("-xzmf")
        .arg(&crate_file)
        .arg("-C")
        .arg(&unpacked));
    let package = unpacked.join(format!("coopsite-{VERSION}"));
    let commit = recorded_commit(&package);

    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    run(cargo()
        .current_dir(tmp.path())
        .args(["install", "--debug", "--locked", "--offline", "--quiet"])
        .arg("--path")
        .arg(&package)
        .arg("--root")
        .arg(&root)
        .arg("--target-dir")
        .arg(work.join("target")));

    // No source tree around it: the package it was built from is gone, and it runs
    // from a folder outside this repository.
    fs::remove_dir_all(&unpacked).unwrap();
    let bin: PathBuf = root
        .join("bin")
        .join(format!("coopsite{}", std::env::consts::EXE_SUFFIX));
    let coopsite = |args: &[&str]| {
        run(Command::new(&bin)
            .args(args.iter().map(OsStr::new))
            .current_dir(tmp.path())
            .env_remove("CARGO_MANIFEST_DIR"))
    };

    assert_eq!(
        stdout(&coopsite(&["--version"])).trim(),
        format!("coopsite {VERSION} ({commit})")
    );

    coopsite(&["init", "my-site"]);
    let site = tmp.path().join("my-site");
    assert!(site.join("coopsite.yaml").is_file());
    let built = coopsite(&["build", "--root", "my-site"]);
    assert!(
        stdout(&built).contains("Built 1 report"),
        "{}",
        stdout(&built)
    );

    let output = site.join("output");
    let index = fs::read_to_string(output.join("index.html")).unwrap();
    assert!(index.contains("Province A"), "{index}");
    assert!(output.join("style.css").is_file());
    assert!(output.join("reports/province-a-2024/index.html").is_file());
    let chart = fs::read_to_string(output.join("charts/home-counts.svg")).unwrap();
    assert!(chart.contains("<svg"), "{chart}");
}
