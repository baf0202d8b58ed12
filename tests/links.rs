//! Links are read from pages as HTML reads them: raw HTML in a report with
//! single-quoted or unquoted `href`s is checked like Markdown links, and a link shown
//! as code is not a link.

mod common;

use common::{front, stderr, Site};

#[test]
fn single_quoted_and_unquoted_links_in_raw_html_are_checked() {
    let site = Site::new();
    let body = "\n<a href='/reports/gone/'>single</a> and <a href=/annex.pdf>bare</a>, \
                <img src = '/chart.png' alt=''>\n\n\
                ```html\n<a href='/in-code/'>shown as code</a>\n```\n\n\
                Inline `<a href='/inline-code/'>` too.\n";
    site.file("content/a.md", front("A", "R", 2023, "") + body);
    let root = site.root().to_str().unwrap();
    let o = site.run(&["check", "--root", root]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let page = "content/a.md (page reports/a/index.html)";
    for link in ["/reports/gone/", "/annex.pdf", "/chart.png"] {
        assert!(
            err.contains(&format!("{page}: broken link to `{link}`")),
            "{link}: {err}"
        );
    }
    assert!(!err.contains("/in-code/"), "{err}");
    assert!(!err.contains("/inline-code/"), "{err}");
    // Where the links lead somewhere, the same page passes.
    site.file("content/annex.pdf", "%PDF");
    site.file("content/chart.png", "png");
    site.file("content/b.md", front("B", "R", 2024, ""));
    site.file(
        "content/a.md",
        front("A", "R", 2023, "") + &body.replace("/reports/gone/", "/reports/b/"),
    );
    let o = site.run(&["check", "--root", root]);
    assert!(o.status.success(), "{}", stderr(&o));
}
