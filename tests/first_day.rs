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
