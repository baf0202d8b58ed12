//! `coopsite serve` as an author uses it: pages served, edits picked up, broken front
//! matter reported while the last good site stays up, and nothing outside the site
//! ever served.

mod common;

use std::net::TcpListener;
use std::time::{Duration, Instant};

use common::front;
use common::serving::{fixture, get, serve, start, wait_for, Events};

#[test]
fn edits_are_served_and_broken_front_matter_keeps_the_last_good_site() {
    let site = fixture();
    let server = serve(&site);
    let port = server.port;

    let (status, head, home) = get(port, "/");
    assert_eq!(status, 200);
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: text/html; charset=utf-8"),
        "{head}"
    );
    assert!(home.contains("First title"));
    assert!(
        home.contains("/__coopsite/events"),
        "live reload script injected"
    );
    assert!(
        home.contains("href=\"/reports/a/\""),
        "links point at the local server, not base_url's /repo/"
    );
    let (status, _, page) = get(port, "/reports/a/");
    assert_eq!(status, 200);
    assert!(page.contains("First title"));

    // An edit is picked up.
    site.file(
        "content/2023/a.md",
        front(
            "Second title",
            "Province A",
            2023,
            "figures:\n  cooperatives_total: 10\n",
        ),
    );
    wait_for(port, "/reports/a/", "Second title");
    wait_for(port, "/", "Second title");

    // Broken front matter: the old page stays, the error is reported and streamed.
    let mut page_events = Events::open(port);
    site.file("content/2023/a.md", "---\ntitle: \"Broken\nyear: 2023\n");
    let stream = page_events.until("event: error", Duration::from_secs(10));
    assert!(stream.contains("event: error"), "{stream}");
    assert!(stream.contains("content/2023/a.md:1:1"), "{stream}");
    assert!(!stream.contains("event: reload"), "{stream}");
    let (status, _, page) = get(port, "/reports/a/");
    assert_eq!(status, 200);
    assert!(
        page.contains("Second title"),
        "last good build still served"
    );
    let wait = Duration::from_secs(5);
    assert!(server.line("content/2023/a.md:1:1", wait).is_some());
    assert!(server.line("Serving the last good build", wait).is_some());

    // Fixed: it recovers. A page opened while the build is broken is told the error at
    // once, then a reload (not another error) once the sources build again.
    let mut late_page = Events::open(port);
    let stream = late_page.until("content/2023/a.md:1:1", Duration::from_secs(5));
    assert!(stream.contains("event: error"), "{stream}");
    site.file(
        "content/2023/a.md",
        front("Third title", "Province A", 2023, ""),
    );
    for events in [&mut page_events, &mut late_page] {
        let stream = events.until("event: reload", Duration::from_secs(10));
        assert!(
            stream.contains("event: reload"),
            "a reload arrived: {stream}"
        );
        assert!(
            !stream.contains("event: error"),
            "no error once fixed: {stream}"
        );
    }
    wait_for(port, "/reports/a/", "Third title");
}

#[test]
fn reports_made_moved_in_and_removed_while_serving_are_served() {
    let site = fixture();
    let server = serve(&site);
    let port = server.port;
    wait_for(port, "/reports/a/", "First title");

    // A new report: its page and the home page's list.
    site.file(
        "content/2024/c.md",
        front("Made now", "Province B", 2024, ""),
    );
    wait_for(port, "/reports/c/", "Made now");
    wait_for(port, "/", "Made now");

    // A folder of reports moved in (the watch sees only the folder arrive).
    let outside = tempfile::tempdir_in(site.root()).unwrap();
    let folder = outside.path().join("2030");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("d.md"),
        front("Moved in", "Province A", 2030, ""),
    )
    .unwrap();
    std::fs::rename(&folder, site.root().join("content/2030")).unwrap();
    wait_for(port, "/reports/d/", "Moved in");

    // A removed report leaves its address and the lists; an edit is still seen.
    site.remove("content/2024/c.md");
    site.file(
        "content/2024/b.md",
        front("Edited after", "Province A", 2024, ""),
    );
    wait_for(port, "/", "Edited after");
    assert!(!get(port, "/").2.contains("Made now"));
    assert_eq!(get(port, "/reports/c/").0, 404);
}

#[test]
fn nothing_outside_the_site_is_served() {
    let site = fixture();
    site.file("secret.txt", "top secret");
    site.file(
        "content/région/index.html",
        "<!DOCTYPE html><title>x</title>",
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            site.root().join("secret.txt"),
            site.root().join("content/leak.txt"),
        )
        .unwrap();
        std::fs::create_dir_all(site.root().join("static")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", site.root().join("static/passwd")).unwrap();
    }
    let server = serve(&site);
    let port = server.port;
    for bad in [
        "/../Cargo.toml",
        "/../secret.txt",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2fsecret.txt",
        "/reports/..%5c..%5csecret.txt",
        "//etc/passwd",
        "/%00",
        "/content/2023/a.md",
        "/coopsite.yaml",
        "/leak.txt",
        "/passwd",
    ] {
        let (status, _, body) = get(port, bad);
        assert_eq!(status, 404, "{bad}");
        assert!(
            !body.contains("top secret") && !body.contains("root:"),
            "{bad} leaked"
        );
    }
    site.file(
        "content/région/index.html",
        "<!DOCTYPE html><title>x</title>",
    );
    let (status, head, _) = get(port, "/r%C3%A9gion");
    assert_eq!(status, 301, "{head}");
    assert!(head.contains("Location: /r%C3%A9gion/"), "{head}");
    let (status, head, _) = get(port, "/reports/a");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /reports/a/"), "{head}");
    assert_eq!(
        get(port, "/charts").0,
        404,
        "no folder without an index page"
    );
    for (path, want) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/sitemap.xml", "text/xml; charset=utf-8"),
        (
            "/charts/regions/province-a-counts.svg",
            "image/svg+xml; charset=utf-8",
        ),
    ] {
        let (status, head, _) = get(port, path);
        assert_eq!(status, 200, "{path}");
        assert!(
            head.to_ascii_lowercase()
                .contains(&format!("content-type: {want}")),
            "{path}: {head}"
        );
    }
    let (status, _, body) = get(port, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"), "the site's 404 page");
}

#[test]
fn a_port_in_use_is_named() {
    let site = fixture();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let (mut child, log) = start(&site, port);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
    let text: Vec<String> = log.iter().collect();
    let text = text.join("\n");
    assert!(
        text.contains(&format!("port {port} on 127.0.0.1 is in use")),
        "{text}"
    );
    assert!(text.contains("--port"), "{text}");
}

#[test]
fn a_site_that_never_built_says_so_and_shows_the_errors() {
    let site = fixture();
    site.file("content/2023/a.md", "---\ntitle: \"Broken\nyear: 2023\n");
    let server = serve(&site);
    let port = server.port;

    let console = server.early.join("\n");
    assert!(console.contains("content/2023/a.md:1:1"), "{console}");
    assert!(console.contains("No build has succeeded yet"), "{console}");
    assert!(!console.contains("last good build"), "{console}");

    for path in ["/", "/reports/a/"] {
        let (status, _, body) = get(port, path);
        assert_eq!(status, 500, "{path}");
        let shown = body.split("<script>").next().unwrap();
        assert!(shown.contains("No build has succeeded yet"), "{shown}");
        assert!(shown.contains("content/2023/a.md:1:1"), "{shown}");
        assert!(!shown.contains("last good build"), "{shown}");
        assert!(body.contains("/__coopsite/events"), "reloads when fixed");
    }
    let mut events = Events::open(port);
    let stream = events.until("content/2023/a.md:1:1", Duration::from_secs(5));
    assert!(stream.contains("event: error"), "{stream}");

    // The first good build is served, and the open page reloads to show it.
    site.file(
        "content/2023/a.md",
        front("First title", "Province A", 2023, ""),
    );
    let stream = events.until("event: reload", Duration::from_secs(10));
    assert!(stream.contains("event: reload"), "{stream}");
    assert!(!stream.contains("event: error"), "{stream}");
    let (status, _, home) = get(port, "/");
    assert_eq!(status, 200);
    assert!(home.contains("First title"));
}

/// Writes `text` to `root/rel` every `every` for `total`, from another thread.
fn keep_writing(
    root: &std::path::Path,
    rel: &'static [&'static str],
    every: Duration,
    total: Duration,
    text: impl Fn(usize) -> String + Send + 'static,
) -> std::thread::JoinHandle<()> {
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        let end = Instant::now() + total;
        let mut i = 0;
        while Instant::now() < end {
            for rel in rel {
                let p = root.join(rel);
                std::fs::create_dir_all(p.parent().unwrap()).unwrap();
                std::fs::write(p, text(i)).unwrap();
            }
            i += 1;
            std::thread::sleep(every);
        }
    })
}

#[test]
fn only_the_sources_are_watched() {
    let site = fixture();
    let server = serve(&site);
    let mut events = Events::open(server.port);

    // Steady writes to output/, target/ and other files of the root rebuild nothing...
    let writer = keep_writing(
        site.root(),
        &[
            "output/index.html",
            "target/debug/x",
            "notes.txt",
            "content.bak",
        ],
        Duration::from_millis(20),
        Duration::from_secs(4),
        |i| format!("write {i}"),
    );
    // (The stream opens with the site's warnings: its report's figure is not in its text.)
    let quiet = events.until("event: reload", Duration::from_millis(1500));
    assert!(!quiet.contains("event: reload"), "{quiet}");
    assert_eq!(server.line("Rebuilt", Duration::from_millis(100)), None);

    // ...and do not hold back the rebuild for a change to coopsite.yaml meanwhile.
    let edited = Instant::now();
    site.file("coopsite.yaml", "title: Renamed site\n");
    let stream = events.until("event: reload", Duration::from_secs(10));
    let after = edited.elapsed();
    assert!(stream.contains("event: reload"), "{stream}");
    assert!(
        after < Duration::from_millis(1500),
        "the rebuild waited {after:?} for writes outside the sources"
    );
    assert!(server.line("Rebuilt", Duration::from_secs(5)).is_some());
    let (_, _, home) = get(server.port, "/");
    assert!(home.contains("Renamed site"));
    writer.join().unwrap();
}

#[test]
fn a_burst_is_one_rebuild_and_steady_writes_cannot_postpone_one() {
    let site = fixture();
    let server = serve(&site);

    // An editor's burst of writes to several files: one rebuild.
    for i in 0..10 {
        site.file(
            "content/2023/a.md",
            front(&format!("Burst {i}"), "Province A", 2023, ""),
        );
        site.file(
            "content/2024/b.md",
            front(&format!("Other {i}"), "Province A", 2024, ""),
        );
    }
    assert!(server.line("Rebuilt", Duration::from_secs(10)).is_some());
    assert_eq!(
        server.line("Rebuilt", Duration::from_millis(1000)),
        None,
        "a burst is one rebuild"
    );
    wait_for(server.port, "/", "Burst 9");

    // Changes every 50 ms for 3 s: a rebuild still comes about 1 s after the first.
    let start = Instant::now();
    let writer = keep_writing(
        site.root(),
        &["content/2023/a.md"],
        Duration::from_millis(50),
        Duration::from_secs(3),
        |i| front(&format!("Steady {i}"), "Province A", 2023, ""),
    );
    let rebuilt = server.line("Rebuilt", Duration::from_secs(5));
    let after = start.elapsed();
    assert!(rebuilt.is_some());
    assert!(
        after < Duration::from_millis(2500),
        "the first rebuild waited {after:?} while changes kept coming"
    );
    let (_, _, home) = get(server.port, "/");
    assert!(
        home.contains("Steady "),
        "a rebuild during the writes: {rebuilt:?}\n{home}"
    );
    writer.join().unwrap();
    wait_for(server.port, "/", "Steady ");
}

#[test]
fn source_folders_made_while_serving_are_watched() {
    let site = fixture();
    assert!(!site.root().join("static").exists());
    let server = serve(&site);
    site.file("static/hello.txt", "hello");
    wait_for(server.port, "/hello.txt", "hello");
    // Inside the new folder, a new file is picked up too: the folder is watched now.
    site.file("static/notes/second.txt", "second");
    wait_for(server.port, "/notes/second.txt", "second");
    site.file(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}Gone away{% endblock content %}",
    );
    wait_for(server.port, "/no/such/page/", "Gone away");
}
