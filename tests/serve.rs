//! `coopsite serve` as an author uses it: pages served, edits picked up, broken front
//! matter reported while the last good site stays up, and nothing outside the site
//! ever served.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use common::{front, Site};

/// A running `coopsite serve`, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    /// What it printed up to and including its address.
    early: Vec<String>,
    /// What it prints after that, line by line.
    log: Receiver<String>,
}

impl Server {
    /// Waits up to `timeout` for a console line containing `text`, skipping others.
    fn line(&self, text: &str, timeout: Duration) -> Option<String> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.log.recv_timeout(left) {
                Ok(line) if line.contains(text) => return Some(line),
                Ok(_) => {}
                Err(_) => return None,
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &Site, port: u16) -> (Child, Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coopsite"))
        .args([
            "serve",
            "--root",
            site.root().to_str().unwrap(),
            "--port",
            &port.to_string(),
        ])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

fn serve(site: &Site) -> Server {
    let (child, log) = start(site, 0);
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut early = Vec::new();
    while Instant::now() < deadline {
        if let Ok(line) = log.recv_timeout(Duration::from_millis(200)) {
            early.push(line.clone());
            if let Some(url) = line
                .split_whitespace()
                .find(|w| w.starts_with("http://127.0.0.1:"))
            {
                let port = url
                    .trim_end_matches('/')
                    .rsplit(':')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap();
                return Server {
                    child,
                    port,
                    early,
                    log,
                };
            }
        }
    }
    panic!("serve did not print its address: {early:?}");
}

fn get(port: u16, path: &str) -> (u16, String, String) {
    common::http_get(port, path)
}

/// Polls `path` until its body contains `text` (at most 10 s).
fn wait_for(port: u16, path: &str, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, _, body) = get(port, path);
        if body.contains(text) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "{path} never showed {text:?}; last body:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A page's event stream (`/__coopsite/events`), read as it comes.
struct Events {
    stream: TcpStream,
    got: Vec<u8>,
    seen: usize,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        write!(
            stream,
            "GET /__coopsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        Events {
            stream,
            got: Vec::new(),
            seen: 0,
        }
    }

    /// Reads until what arrived since the last call contains `text`, or `timeout`
    /// passes; returns what arrived since the last call.
    fn until(&mut self, text: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&self.got[self.seen..]).contains(text)
            && Instant::now() < deadline
        {
            match self.stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => self.got.extend_from_slice(&buf[..n]),
                Err(_) => {}
            }
        }
        let new = String::from_utf8_lossy(&self.got[self.seen..]).into_owned();
        self.seen = self.got.len();
        new
    }
}

fn fixture() -> Site {
    let site = Site::new();
    site.file(
        "content/2023/a.md",
        front(
            "First title",
            "Province A",
            2023,
            "figures:\n  cooperatives_total: 10\n",
        ),
    );
    site.file(
        "content/2024/b.md",
        front("Other report", "Province A", 2024, ""),
    );
    site.file("coopsite.yaml", "base_url: https://user.github.io/repo/\n");
    site
}

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

#[test]
fn every_rebuild_shows_its_warnings_in_the_terminal_and_on_the_open_page() {
    let site = fixture();
    let server = serve(&site);
    let port = server.port;
    let wait = Duration::from_secs(10);
    // The first build: its warning in the terminal and, on a page opened, a banner's.
    let said = "figures.cooperatives_total: 10 is not stated";
    assert!(
        server.early.iter().any(|l| l.contains(said)),
        "{:?}",
        server.early
    );
    let (_, _, home) = get(port, "/");
    assert!(home.contains("addEventListener(\"warnings\""), "{home}");
    assert!(home.contains("Dismiss"), "{home}");
    let mut page = Events::open(port);
    let stream = page.until("is not stated", wait);
    assert!(
        stream.contains("event: warnings\ndata: warning: content/2023/a.md:"),
        "{stream}"
    );

    // An edit brings another warning: the terminal says it, the page reloads and hears it.
    site.file(
        "content/2023/a.md",
        front(
            "First title",
            "Province A",
            2023,
            "figures:\n  cooperatives_new: 7\n",
        ),
    );
    assert!(server
        .line("figures.cooperatives_new: 7 is not stated", wait)
        .is_some());
    assert!(page.until("event: reload", wait).contains("event: reload"));
    let mut reloaded = Events::open(port);
    let stream = reloaded.until("is not stated", wait);
    assert!(
        stream.contains("cooperatives_new: 7 is not stated"),
        "{stream}"
    );
    assert!(!stream.contains("cooperatives_total"), "{stream}");

    // Fixed: a page opened hears no warnings before the next reload.
    site.file(
        "content/2023/a.md",
        front(
            "First title",
            "Province A",
            2023,
            "figures:\n  cooperatives_new: 2023\n",
        ),
    );
    assert!(reloaded
        .until("event: reload", wait)
        .contains("event: reload"));
    let mut clean = Events::open(port);
    site.file(
        "content/2024/b.md",
        front("Renamed", "Province A", 2024, ""),
    );
    let stream = clean.until("event: reload", wait);
    assert!(stream.contains("event: reload"), "{stream}");
    assert!(!stream.contains("event: warnings"), "{stream}");
}

/// After an edit the terminal tells the edited report's new warning first and the
/// others as before, and a page opened hears every report's, the untouched one's too.
#[test]
fn an_edit_tells_its_new_warning_first_and_keeps_the_other_reports_warnings() {
    let site = fixture();
    let b = |text: &str| {
        let extra = "figures:\n  cooperatives_new: 8\n";
        front("Other report", "Province A", 2024, extra) + text
    };
    site.file("content/2024/b.md", b(""));
    let server = serve(&site);
    let wait = Duration::from_secs(10);
    for said in [
        "a.md:",
        "cooperatives_total: 10 is not",
        "b.md:",
        "new: 8 is not",
    ] {
        assert!(server.early.iter().any(|l| l.contains(said)), "{said}");
    }
    // A sentence added: the same warnings, told as before.
    site.file("content/2024/b.md", b("A sentence more.\n"));
    assert!(server
        .line("2 warnings as before (none new)", wait)
        .is_some());
    // A figure added to the other report: its warning first, then all three.
    site.file(
        "content/2023/a.md",
        front(
            "First title",
            "Province A",
            2023,
            "figures:\n  cooperatives_total: 10\n  cooperatives_effective: 6\n",
        ),
    );
    assert!(server
        .line("1 warning new since the last build, 3 in all:", wait)
        .is_some());
    let next = server.log.recv_timeout(wait).unwrap();
    assert!(
        next.contains("content/2023/a.md:") && next.contains("effective: 6 is not stated"),
        "{next}"
    );
    let stream = Events::open(server.port).until("new: 8 is not", wait);
    for said in ["total: 10 is not", "effective: 6 is not", "new: 8 is not"] {
        assert!(stream.contains(said), "{said}: {stream}");
    }
}

#[test]
fn the_search_index_is_served_as_build_writes_it_and_follows_edits() {
    let site = fixture();
    site.build_ok();
    let built = std::fs::read_to_string(site.out("search/t/fi.json")).unwrap();
    assert!(built.contains("\"first\""), "{built}");
    let server = serve(&site);
    let port = server.port;

    // Made when first asked for, the same bytes as the build's.
    let (status, _, index) = get(port, "/search/index.json");
    assert_eq!(status, 200);
    assert!(index.contains("\"n\":2"), "{index}");
    assert_eq!(get(port, "/search/t/fi.json"), {
        let (status, head, _) = get(port, "/search/t/fi.json");
        (status, head, built)
    });
    assert_eq!(get(port, "/search/t/ze.json").0, 404);

    // An edit is in the next index.
    site.file(
        "content/2023/a.md",
        front("Zebra title", "Province A", 2023, ""),
    );
    wait_for(port, "/reports/a/", "Zebra title");
    let (status, _, shard) = get(port, "/search/t/ze.json");
    assert_eq!(status, 200, "{shard}");
    assert!(shard.contains("\"zebra\""), "{shard}");
    let (_, _, shard) = get(port, "/search/t/fi.json");
    assert!(!shard.contains("\"first\""), "{shard}");
}

/// `path`'s status and body as bytes (a PNG is not text).
fn get_bytes(port: u16, path: &str) -> (u16, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    let mut body = raw[end + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = unchunked(&body);
    }
    (status, body)
}

/// A chunked body's bytes.
fn unchunked(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line = raw.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = std::str::from_utf8(&raw[..line]).unwrap();
        let size = usize::from_str_radix(size.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&raw[line + 2..line + 2 + size]);
        raw = &raw[line + 2 + size + 2..];
    }
}

/// The first embed page `build` wrote, as a path under the site's root.
fn an_embed_page(site: &Site) -> String {
    let mut dirs = vec![site.out("embed")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.ends_with("index.html") {
                let rel = path.strip_prefix(site.out("")).unwrap();
                return rel.to_str().unwrap().replace('\\', "/");
            }
        }
    }
    panic!("build wrote no embed page");
}

/// Builds the site as `serve` on `port` shows it (its base URL).
fn build_as_served(site: &Site, port: u16) {
    let out = site.build(&["--base-url", &format!("http://127.0.0.1:{port}/")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Asserts `serve` answers `path` with `built` (an HTML page with its reload script).
fn served_as_built(port: u16, path: &str, built: &[u8]) {
    let (status, mut served) = get_bytes(port, path);
    assert_eq!(status, 200, "{path}");
    if path.ends_with(".html") {
        let text = String::from_utf8(served).unwrap();
        let start = text.rfind("<script>").expect("serve's reload script");
        let end = text.rfind("</script>\n").unwrap() + "</script>\n".len();
        served = format!("{}{}", &text[..start], &text[end..]).into_bytes();
    }
    assert!(
        served == built,
        "{path}: served {} bytes, built {}:\n{}",
        served.len(),
        built.len(),
        String::from_utf8_lossy(&served[..served.len().min(400)])
    );
}

#[test]
fn share_cards_and_embed_pages_are_served_as_build_writes_them_and_follow_edits() {
    let site = fixture();
    let server = serve(&site);
    let port = server.port;
    build_as_served(&site, port);
    let region = "cards/regions/province-a.png";
    let embed = an_embed_page(&site);
    let built = |rel: &str| std::fs::read(site.out(rel)).unwrap();
    let card = built(region);
    assert!(card.starts_with(b"\x89PNG"));
    assert!(String::from_utf8_lossy(&built(&embed)).contains("<figure>"));

    // Made when first asked for, the same bytes as the build's.
    served_as_built(port, &format!("/{embed}"), &built(&embed));
    served_as_built(port, &format!("/{region}"), &card);
    served_as_built(port, "/cards/home.png", &built("cards/home.png"));
    assert_eq!(get_bytes(port, "/cards/regions/nowhere.png").0, 404);
    assert_eq!(get_bytes(port, "/embed/nowhere/index.html").0, 404);

    // An edit is in the next rebuild's card, as a build after it writes it.
    site.file(
        "content/2024/b.md",
        front(
            "Other report",
            "Province A",
            2024,
            "figures:\n  cooperatives_total: 4321\n",
        ),
    );
    wait_for(port, "/reports/b/", "4321");
    build_as_served(&site, port);
    let edited = built(region);
    assert_ne!(edited, card);
    served_as_built(port, &format!("/{region}"), &edited);
    served_as_built(port, &format!("/{embed}"), &built(&embed));
}
