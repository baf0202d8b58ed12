//! Running `coopsite serve` in a test: the server, its console, its pages and its
//! event stream, and the fixture site the serve tests start from.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use super::{front, Site};

/// A running `coopsite serve`, killed when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
    /// What it printed up to and including its address.
    pub early: Vec<String>,
    /// What it prints after that, line by line.
    pub log: Receiver<String>,
}

impl Server {
    /// Waits up to `timeout` for a console line containing `text`, skipping others.
    pub fn line(&self, text: &str, timeout: Duration) -> Option<String> {
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

pub fn start(site: &Site, port: u16) -> (Child, Receiver<String>) {
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

pub fn serve(site: &Site) -> Server {
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

pub fn get(port: u16, path: &str) -> (u16, String, String) {
    super::http_get(port, path)
}

/// Polls `path` until its body contains `text` (at most 10 s).
pub fn wait_for(port: u16, path: &str, text: &str) -> String {
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
pub struct Events {
    stream: TcpStream,
    got: Vec<u8>,
    seen: usize,
}

impl Events {
    pub fn open(port: u16) -> Events {
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
    pub fn until(&mut self, text: &str, timeout: Duration) -> String {
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

pub fn fixture() -> Site {
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

/// `path`'s status and body as bytes (a PNG is not text).
pub fn get_bytes(port: u16, path: &str) -> (u16, Vec<u8>) {
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
