//! A new site is right on its first day: `new` writes the site's language and
//! nothing that would publish unnoticed. The real binary on fixture sites.

mod common;

use common::{stderr, Site};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn new_writes_the_sites_language_and_its_placeholders_stop_a_published_report() {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguage: vi\n",
    );
    let o = site.run(&["new", "2024/son-la-2024.md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = site.root().join("content/2024/son-la-2024.md");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\nlang: vi "), "{text}");
    assert!(!text.contains("lang: en"), "{text}");
    // A draft builds (and is left out) with its placeholders.
    let o = site.build(&[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 draft skipped"), "{}", stdout(&o));
    // Published as written, every placeholder is an error at its line.
    std::fs::write(&path, text.replace("draft: true", "draft: false")).unwrap();
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for at in [
        "content/2024/son-la-2024.md:2:9: a placeholder is left here (`title: \"TODO: the title",
        "content/2024/son-la-2024.md:3:31: a placeholder is left here (`date: 2025-01-01",
        "content/2024/son-la-2024.md:5:9: a placeholder is left here (`union: \"TODO: who held the conference\"`)",
        "content/2024/son-la-2024.md:6:29: a placeholder is left here (`region: \"Son La\"",
        "content/2024/son-la-2024.md:28:1: a placeholder is left here (`TODO: the report's text, in Markdown.`)",
    ] {
        assert!(err.contains(at), "{at}\n{err}");
    }
    assert!(err.contains("error: 5 problems found"), "{err}");
    assert!(err.contains("write the day of the conference and delete the `# TODO` comment"));
    assert!(!site.out("reports/son-la-2024/index.html").exists());
    // `check` says the same.
    let o = site.run(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("5 problems"), "{}", stderr(&o));
    // Filled in, it builds.
    let filled = text
        .replace("draft: true", "draft: false")
        .replace(
            "\"TODO: the title, e.g. Province Cooperative Union reviews 2024 and sets 2025 tasks\"",
            "\"Liên minh HTX tỉnh Sơn La tổng kết năm 2024\"",
        )
        .replace("# TODO: the day of the conference (YYYY-MM-DD)", "")
        .replace("2025-01-01", "2025-01-10")
        .replace(
            "\"TODO: who held the conference\"",
            "Liên minh Hợp tác xã tỉnh Sơn La",
        )
        .replace("\"Son La\"", "\"Sơn La\"")
        .replace(
            "# TODO: not one of the site's regions yet: check its spelling",
            "",
        )
        .replace(
            "TODO: the report's text, in Markdown.",
            "Toàn tỉnh có 600 hợp tác xã.",
        );
    assert!(!filled.contains("TODO"), "{filled}");
    std::fs::write(&path, filled).unwrap();
    let err = site.build_ok();
    assert!(!err.contains("placeholder"), "{err}");
    let page = site.read("reports/son-la-2024/index.html");
    assert!(page.contains("Liên minh HTX tỉnh Sơn La tổng kết năm 2024"));
    assert!(page.contains("<html lang=\"vi\""));
}

#[test]
fn new_without_a_year_in_the_name_marks_the_guessed_year() {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguage: fr\n",
    );
    let o = site.run(&["new", "province-b.md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(site.root().join("content/province-b.md")).unwrap();
    let year = text.lines().find(|l| l.starts_with("year:")).unwrap();
    assert!(year.contains("# TODO: the year under review"), "{year}");
    assert!(text.contains("\nlang: fr "), "{text}");
    // With the year in the name, the year is no placeholder.
    let o = site.run(&["new", "province-b-2024.md"]);
    assert!(o.status.success());
    let text = std::fs::read_to_string(site.root().join("content/province-b-2024.md")).unwrap();
    let year = text.lines().find(|l| l.starts_with("year:")).unwrap();
    assert!(!year.contains("TODO"), "{year}");
}

/// The commands of the README's "Start a site", one by one, as a new user types them.
fn readme_start_commands() -> Vec<Vec<String>> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = &readme[readme.find("## Start a site").expect("a Start section")..];
    let block = common::between(section, "```sh\n", "```");
    block
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .flat_map(|l| {
            l.split("&&")
                .map(str::trim)
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .map(|c| c.split_whitespace().map(String::from).collect())
        .collect()
}

#[test]
fn the_readmes_commands_take_a_new_user_from_init_to_a_deployable_site() {
    let commands = readme_start_commands();
    let names: Vec<String> = commands.iter().map(|c| c.join(" ")).collect();
    assert!(names.len() >= 4, "{names:?}");
    assert!(names[0].starts_with("coopsite init"), "{names:?}");
    assert!(
        names.iter().any(|c| c.starts_with("coopsite new")),
        "{names:?}"
    );
    assert!(names.iter().any(|c| c == "coopsite build"), "{names:?}");
    let tmp = tempfile::tempdir().unwrap();
    let mut cwd = tmp.path().to_path_buf();
    for cmd in &commands {
        match (cmd[0].as_str(), cmd.get(1).map(String::as_str)) {
            ("cd", Some(dir)) => cwd = cwd.join(dir),
            ("coopsite", Some("serve")) => {} // serves until stopped: tests/serve.rs
            ("coopsite", _) => {
                let args: Vec<&str> = cmd[1..].iter().map(String::as_str).collect();
                let o = common::coopsite(&cwd, &args);
                assert!(o.status.success(), "{}: {}", cmd.join(" "), stderr(&o));
                assert!(
                    !stderr(&o).contains("warning"),
                    "{}: {}",
                    cmd.join(" "),
                    stderr(&o)
                );
            }
            _ => panic!(
                "a README command this test does not know: {}",
                cmd.join(" ")
            ),
        }
    }
    // A site GitHub Pages can take as it is: pages, .nojekyll, the workflow.
    let site = cwd;
    for f in [
        "output/index.html",
        "output/404.html",
        "output/.nojekyll",
        "output/sitemap.xml",
        "output/reports/province-a-2024/index.html",
        ".github/workflows/pages.yml",
        ".gitignore",
    ] {
        assert!(site.join(f).is_file(), "{f} missing");
    }
    let workflow = std::fs::read_to_string(site.join(".github/workflows/pages.yml")).unwrap();
    assert!(workflow.contains("actions/deploy-pages"), "{workflow}");
    // The new report is a draft until filled in, so it is not published yet.
    assert!(site.join("content/2024/province-b-2024.md").is_file());
    assert!(!site.join("output/reports/province-b-2024").exists());
    // coopsite.yaml points to the docs, and they are in the repository.
    let config = std::fs::read_to_string(site.join("coopsite.yaml")).unwrap();
    for doc in [
        "docs/content-format.md",
        "docs/commands.md",
        "docs/theming.md",
    ] {
        assert!(config.contains(doc), "{doc}: {config}");
        assert!(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(doc)
                .is_file(),
            "{doc}"
        );
    }
}

#[test]
fn the_readme_links_every_doc_and_every_link_leads_to_one() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mut docs = 0;
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            docs += 1;
            assert!(
                readme.contains(&format!("(docs/{name})")),
                "README does not link docs/{name}"
            );
        }
    }
    assert!(docs >= 3, "{docs}");
    for link in readme.split("](docs/").skip(1) {
        let target = link.split(')').next().unwrap();
        assert!(
            root.join("docs").join(target).is_file(),
            "README links docs/{target}"
        );
    }
    // Each doc's links to other docs lead somewhere too.
    for doc in ["content-format.md", "commands.md", "theming.md"] {
        let text = std::fs::read_to_string(root.join("docs").join(doc)).unwrap();
        for link in text.split("](").skip(1) {
            let target = link.split(')').next().unwrap();
            if target.ends_with(".md") && !target.contains('/') {
                assert!(
                    root.join("docs").join(target).is_file(),
                    "{doc} links {target}"
                );
            }
        }
    }
}
