//! GitHub Pages: a site built for a project sub-path (or a domain root) is served
//! under that path on a local port and crawled from the home page: no broken link,
//! image, stylesheet, feed or chart.

mod common;

use std::collections::{BTreeSet, VecDeque};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{front, Site};

/// A static file server like GitHub Pages: the output folder appears under `prefix`,
/// folders serve their `index.html`, anything missing gets `404.html` with status 404.
struct Pages {
    port: u16,
    stop: Arc<AtomicBool>,
}

impl Pages {
    fn start(dir: PathBuf, prefix: &'static str) -> Pages {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(s) = stream {
                    let _ = answer(s, &dir, prefix);
                }
            }
        });
        Pages { port, stop }
    }
}

impl Drop for Pages {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn answer(mut s: TcpStream, dir: &Path, prefix: &str) -> std::io::Result<()> {
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut line = String::new();
    BufReader::new(&s).read_line(&mut line)?;
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let file = path
        .strip_prefix(prefix)
        .filter(|rest| !rest.split('/').any(|seg| seg == ".."))
        .map(|rest| {
            let p = dir.join(rest);
            if p.is_dir() {
                p.join("index.html")
            } else {
                p
            }
        });
    let (status, body) = match file.filter(|f| f.is_file()) {
        Some(f) => ("200 OK", std::fs::read(f)?),
        None => (
            "404 Not Found",
            std::fs::read(dir.join("404.html")).unwrap_or_default(),
        ),
    };
    write!(
        s,
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    s.write_all(&body)
}

fn get(port: u16, path: &str) -> (u16, String) {
    let (status, _, body) = common::http_get(port, path);
    (status, body)
}

/// Resolves a link found on the page at `from` to a path on the server, or None when
/// it leaves the site (another host, a fragment alone).
fn resolve(from: &str, link: &str, origin: &str) -> Option<String> {
    let link = link.replace("&amp;", "&");
    let link = link.split('#').next().unwrap_or_default();
    if link.is_empty() {
        return None;
    }
    if let Some(rest) = link.strip_prefix(origin) {
        return Some(format!("/{}", rest.trim_start_matches('/')));
    }
    if link.contains("://") || link.starts_with("//") || link.starts_with("mailto:") {
        return None;
    }
    if link.starts_with('/') {
        return Some(link.to_string());
    }
    let dir = &from[..from.rfind('/').map_or(0, |i| i + 1)];
    Some(format!("{dir}{link}"))
}

/// Crawls from `start`, returning every path reached and the broken ones.
fn crawl(port: u16, start: &str, origin: &str) -> (BTreeSet<String>, Vec<String>) {
    let mut seen = BTreeSet::from([start.to_string()]);
    let mut queue = VecDeque::from([start.to_string()]);
    let mut broken = Vec::new();
    while let Some(page) = queue.pop_front() {
        let (status, body) = get(port, &page);
        if status != 200 {
            broken.push(format!("{page} → {status}"));
            continue;
        }
        if !(page.ends_with('/') || page.ends_with(".html")) {
            continue;
        }
        for link in coopsite::links::links_in(&body) {
            if let Some(target) = resolve(&page, link, origin) {
                if seen.insert(target.clone()) {
                    queue.push_back(target);
                }
            }
        }
        assert!(seen.len() < 500, "crawl does not end");
    }
    (seen, broken)
}

fn fixture() -> Site {
    let site = Site::new();
    site.file(
        "content/2023/a.md",
        front(
            "A 2023",
            "Province A",
            2023,
            "tags: [ocop]\nfigures:\n  cooperatives_total: 10\n",
        ) + "\n![logo](logo.png) [next](../2024/a.md)\n",
    );
    site.file(
        "content/2024/a.md",
        front(
            "A 2024",
            "Province A",
            2024,
            "slug: a-2024\ntags: [ocop, digital]\nfigures:\n  cooperatives_total: 12\n",
        ),
    );
    site.file("content/2024/b.md", front("B 2024", "Province B", 2024, ""));
    site.file("content/2023/logo.png", b"png");
    site.file("static/extra.css", "body{}");
    site
}

fn crawl_site(base_url: &str, prefix: &'static str, origin: &str) {
    let site = fixture();
    let o = site.build(&["--base-url", base_url]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let server = Pages::start(site.root().join("output"), prefix);
    let (seen, broken) = crawl(server.port, prefix, origin);
    assert!(
        broken.is_empty(),
        "broken links under {prefix}: {broken:#?}"
    );
    for must in [
        "reports/a/",
        "reports/a-2024/",
        "regions/province-b/",
        "tags/digital/",
        "style.css",
        "atom.xml",
        "2023/logo.png",
    ] {
        assert!(
            seen.contains(&format!("{prefix}{must}")),
            "{must} not reached: {seen:#?}"
        );
    }

    // GitHub serves 404.html at whatever path was missing: its links must still work.
    let (status, body) = get(server.port, &format!("{prefix}no/such/page/"));
    assert_eq!(status, 404);
    for link in coopsite::links::links_in(&body) {
        if let Some(target) = resolve(&format!("{prefix}no/such/page/"), link, origin) {
            assert_eq!(get(server.port, &target).0, 200, "404 page link {link}");
        }
    }

    // Every sitemap URL is a page of the site.
    let (_, sitemap) = get(server.port, &format!("{prefix}sitemap.xml"));
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|s| s.split("</loc>").next())
        .collect();
    assert!(locs.len() >= 6, "{sitemap}");
    for loc in locs {
        let path = loc
            .strip_prefix(origin)
            .unwrap_or_else(|| panic!("{loc} is not on {origin}"));
        assert_eq!(
            get(server.port, &format!("/{}", path.trim_start_matches('/'))).0,
            200,
            "sitemap {loc}"
        );
    }
}

#[test]
fn project_site_under_a_sub_path_has_no_broken_links() {
    crawl_site(
        "https://user.github.io/repo/",
        "/repo/",
        "https://user.github.io",
    );
}

#[test]
fn site_at_a_domain_root_has_no_broken_links() {
    crawl_site(
        "https://reports.example.org/",
        "/",
        "https://reports.example.org",
    );
}

#[test]
fn workflow_is_valid_yaml_with_the_official_pages_actions() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.github/workflows/pages.yml"
    ))
    .unwrap();
    let wf: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    let perms = &wf["permissions"];
    assert_eq!(perms["pages"].as_str(), Some("write"));
    assert_eq!(perms["id-token"].as_str(), Some("write"));
    let mut uses = Vec::new();
    for job in wf["jobs"].as_mapping().unwrap().values() {
        for step in job["steps"].as_sequence().unwrap() {
            if let Some(u) = step["uses"].as_str() {
                uses.push(u.to_string());
            }
        }
    }
    for wanted in [
        "actions/checkout@v4",
        "actions/configure-pages@v5",
        "actions/upload-pages-artifact@v3",
        "actions/deploy-pages@v4",
    ] {
        assert!(
            uses.iter().any(|u| u == wanted),
            "{wanted} missing from {uses:?}"
        );
    }
    assert!(text.contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""));
}
