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
    log: Receiver<String>,
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
    while Instant::now() < deadline {
        if let Ok(line) = log.recv_timeout(Duration::from_millis(200)) {
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
                return Server { child, port, log };
            }
        }
    }
    panic!("serve did not print its address");
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

/// Reads the event stream for up to `secs` seconds.
fn events(port: u16, secs: u64) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    write!(
        s,
        "GET /__coopsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    let mut got = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut buf = [0u8; 4096];
    while Instant::now() < deadline {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(_) => {}
        }
        if String::from_utf8_lossy(&got).contains("event: error") {
            break;
        }
    }
    String::from_utf8_lossy(&got).into_owned()
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
    site.file("content/2023/a.md", "---\ntitle: \"Broken\nyear: 2023\n");
    let stream = events(port, 10);
    assert!(stream.contains("event: error"), "{stream}");
    assert!(stream.contains("content/2023/a.md:1:1"), "{stream}");
    let (status, _, page) = get(port, "/reports/a/");
    assert_eq!(status, 200);
    assert!(
        page.contains("Second title"),
        "last good build still served"
    );
    let logged: Vec<String> = server.log.try_iter().collect();
    assert!(
        logged.iter().any(|l| l.contains("content/2023/a.md:1:1")),
        "{logged:?}"
    );

    // Fixed: it recovers.
    site.file(
        "content/2023/a.md",
        front("Third title", "Province A", 2023, ""),
    );
    wait_for(port, "/reports/a/", "Third title");
    let stream = events(port, 1);
    assert!(
        !stream.contains("event: error"),
        "no error once fixed: {stream}"
    );
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
        get(port, "/reports").0,
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
