//! `coopsite serve`: builds the site in memory, serves it on localhost, rebuilds on
//! every change (reusing what did not change) and reloads the open pages. A failed
//! rebuild keeps the last good site and shows the errors over the page.

mod http;
mod livereload;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::channel;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::build::{plan_cached, Planned};
use crate::cache::Cache;
use crate::output::Source;
use crate::BuildOptions;
use livereload::{Event, Hub, EVENTS_PATH};

pub use http::{clean_path, content_type};

/// How long the sources must stay unchanged before a rebuild starts.
const DEBOUNCE: Duration = Duration::from_millis(120);

/// What `coopsite serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub port: u16,
    pub bind: String,
    pub drafts: bool,
    /// Open the site in the browser once it is served.
    pub open: bool,
}

/// The site being served: the last good build and the current errors, if any.
#[derive(Default)]
struct State {
    site: Option<Planned>,
    error: Option<String>,
}

/// What is watched: the folders and file a site is built from.
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    match parts.next().and_then(|c| c.as_os_str().to_str()) {
        Some("content" | "themes" | "templates" | "static") => true,
        Some(name) => name == crate::config::CONFIG_FILE && parts.next().is_none(),
        None => false,
    }
}

/// Serves until the process is stopped (Ctrl-C). An error is returned only when the
/// server cannot start.
pub fn run(opts: &ServeOptions) -> Result<(), String> {
    let server = Server::http((opts.bind.as_str(), opts.port)).map_err(|e| {
        let in_use = e
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::AddrInUse);
        if in_use {
            format!(
                "port {} on {} is in use; pass --port with another port (e.g. --port {})",
                opts.port,
                opts.bind,
                opts.port.wrapping_add(1).max(1024)
            )
        } else {
            format!("cannot serve on {}:{}: {e}", opts.bind, opts.port)
        }
    })?;
    let addr: SocketAddr = server
        .server_addr()
        .to_ip()
        .ok_or("the server has no IP address")?;
    let host = if addr.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        addr.ip().to_string()
    };
    let url = format!(
        "http://{}/",
        SocketAddr::new(host.parse().map_err(|_| "bad address")?, addr.port())
    );
    let build_opts = BuildOptions {
        root: opts.root.clone(),
        output: None,
        base_url: Some(url.clone()),
        drafts: opts.drafts,
    };

    let state = Arc::new(RwLock::new(State::default()));
    let hub = Arc::new(Hub::default());
    let cache = Arc::new(Cache::default());
    rebuild(&build_opts, &cache, &state, &hub, "Built");

    // Watch first, then announce: an edit made right after the address is printed is seen.
    let (tx, rx) = channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| format!("cannot watch {}: {e}", opts.root.display()))?;
    watcher
        .watch(&opts.root, RecursiveMode::Recursive)
        .map_err(|e| format!("cannot watch {}: {e}", opts.root.display()))?;
    {
        let (state, hub, cache) = (state.clone(), hub.clone(), cache.clone());
        let root = opts
            .root
            .canonicalize()
            .unwrap_or_else(|_| opts.root.clone());
        let relevant = move |event: &notify::Event| {
            // Reading files (our own builds do) is not a change.
            !matches!(event.kind, notify::EventKind::Access(_))
                && event.paths.iter().any(|p| is_source(&root, p))
        };
        std::thread::spawn(move || {
            while let Ok(first) = rx.recv() {
                if !first.as_ref().is_ok_and(&relevant) {
                    continue;
                }
                // Debounce: an editor's burst of writes is one rebuild.
                while let Ok(_more) = rx.recv_timeout(DEBOUNCE) {}
                rebuild(&build_opts, &cache, &state, &hub, "Rebuilt");
            }
        });
    }

    eprintln!("Serving {} at {url} (Ctrl-C to stop)", opts.root.display());
    if opts.open {
        open_browser(&url);
    }
    for request in server.incoming_requests() {
        respond(request, &state, &hub);
    }
    drop(watcher);
    Ok(())
}

fn rebuild(opts: &BuildOptions, cache: &Cache, state: &RwLock<State>, hub: &Hub, verb: &str) {
    let start = Instant::now();
    let result = plan_cached(opts, Some(cache));
    let ms = start.elapsed().as_millis();
    let mut s = state.write().unwrap_or_else(|e| e.into_inner());
    match result {
        Ok(planned) => {
            if verb == "Built" {
                for w in &planned.warnings {
                    eprintln!("warning: {w}");
                }
            }
            eprintln!("{verb} {} reports in {ms} ms", planned.reports);
            s.site = Some(planned);
            s.error = None;
            drop(s);
            hub.broadcast(Event::Reload);
        }
        Err(errors) => {
            let text = errors.to_string();
            eprintln!("{text}");
            eprintln!("Serving the last good build; fix the problems above and save again.");
            s.error = Some(text.clone());
            drop(s);
            hub.broadcast(Event::Error(text));
        }
    }
}

/// A header; the value is percent-encoded where it is not plain printable ASCII (a
/// redirect to a folder with a non-ASCII name), so this never fails.
fn header(name: &str, value: &str) -> Header {
    let mut safe = String::with_capacity(value.len());
    for b in value.bytes() {
        if (0x20..0x7f).contains(&b) {
            safe.push(b as char);
        } else {
            safe.push_str(&format!("%{b:02X}"));
        }
    }
    Header::from_bytes(name.as_bytes(), safe.as_bytes()).unwrap_or_else(|_| {
        Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).expect("a constant header")
    })
}

fn respond(request: Request, state: &RwLock<State>, hub: &Hub) {
    let method = request.method().clone();
    if !matches!(method, Method::Get | Method::Head) {
        let _ = request.respond(
            Response::from_string("method not allowed\n")
                .with_status_code(405)
                .with_header(header("Allow", "GET, HEAD")),
        );
        return;
    }
    let url = request.url().to_string();
    if url.split('?').next() == Some(EVENTS_PATH) {
        let first = state
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .error
            .clone()
            .map(Event::Error);
        hub.stream(request.into_writer(), first);
        return;
    }
    let s = state.read().unwrap_or_else(|e| e.into_inner());
    let Some(site) = &s.site else {
        let page = livereload::error_page(s.error.as_deref().unwrap_or("building…"));
        let _ = request.respond(
            Response::from_string(page)
                .with_status_code(500)
                .with_header(header("Content-Type", "text/html; charset=utf-8")),
        );
        return;
    };
    let found = http::clean_path(&url).map(|p| http::lookup(&p, |f| site.files.get(f).is_some()));
    let (status, path) = match found {
        Some(http::Lookup::File(p)) => (200, p),
        Some(http::Lookup::Redirect(to)) => {
            let _ = request.respond(Response::empty(301).with_header(header("Location", &to)));
            return;
        }
        _ => (404, "404.html".to_string()),
    };
    let body: Option<Vec<u8>> = match site.files.get(&path) {
        Some(Source::Text(t)) if path.ends_with(".html") => {
            Some(livereload::inject(t).into_bytes())
        }
        Some(Source::Text(t)) => Some(t.clone().into_bytes()),
        Some(Source::Bytes(b)) => Some(b.to_vec()),
        Some(Source::File(f)) => std::fs::read(f).ok(),
        None => None,
    };
    drop(s);
    let response = match body {
        Some(bytes) => Response::from_data(bytes)
            .with_status_code(status)
            .with_header(header("Content-Type", &http::content_type(&path)))
            .with_header(header("Cache-Control", "no-store")),
        None => Response::from_string("not found\n")
            .with_status_code(404)
            .with_header(header("Content-Type", "text/plain; charset=utf-8")),
    };
    let _ = request.respond(response);
}

fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(cmd)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}
