//! `coopsite serve`: builds the site in memory, serves it on localhost, rebuilds on
//! every change (reusing what did not change) and reloads the open pages. A failed
//! rebuild keeps the last good site and shows the errors over the page.

mod http;
mod livereload;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};
use notify_debouncer_mini::{new_debouncer_opt, DebounceEventResult, Debouncer};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::build::Live;
use crate::cache::Cache;
use crate::BuildOptions;
use livereload::{Event, Hub, EVENTS_PATH};

pub use http::{clean_path, content_type};

/// How long the watcher gathers raw file events into one batch. While writes go on,
/// it hands over a batch about this often (it does not wait for them to stop).
const DEBOUNCE: Duration = Duration::from_millis(25);

/// How long no batch of changes to the sources must come before a rebuild starts:
/// more than the gap between two batches of one burst (an editor's save is a temporary
/// file and a rename; a script writes many files), short enough that the page shows
/// the change well within 400 ms of the save.
const QUIET: Duration = Duration::from_millis(100);

/// The longest a rebuild waits after the first change while changes keep coming.
const MAX_WAIT: Duration = Duration::from_secs(1);

/// The folders below the root that a site is built from (with `coopsite.yaml`).
const SOURCE_DIRS: [&str; 4] = ["content", "themes", "templates", "static"];

/// What `coopsite serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub port: u16,
    pub bind: String,
    pub drafts: bool,
    /// Open the site in the browser once it is served.
    pub open: bool,
    /// Print every warning, not the first few of each kind.
    pub verbose: bool,
}

/// The site being served: the last good build and the current errors, if any.
#[derive(Default)]
struct State {
    site: Option<Arc<Live>>,
    error: Option<String>,
    /// The last good build's warnings as the terminal shows them, for the banner of
    /// every page opened (None when it has none).
    warnings: Option<String>,
}

/// Whether a change to `path` can change the site: it is `coopsite.yaml` or below one
/// of the source folders.
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    match parts.next().and_then(|c| c.as_os_str().to_str()) {
        Some(name) if SOURCE_DIRS.contains(&name) => true,
        Some(name) => name == crate::config::CONFIG_FILE && parts.next().is_none(),
        None => false,
    }
}

/// The platform's watcher without access events: reading the sources (every build
/// does) is not a change, and the debouncer's events no longer say which kind they were.
struct ChangeWatcher(notify::RecommendedWatcher);

impl Watcher for ChangeWatcher {
    fn new<F: notify::EventHandler>(
        mut handler: F,
        config: notify::Config,
    ) -> notify::Result<Self> {
        let changes = move |event: notify::Result<notify::Event>| match event {
            Ok(e) if matches!(e.kind, notify::EventKind::Access(_)) => {}
            // The system dropped events (its queue was full): which files changed is
            // not known, so the next rebuild asks about every one.
            Ok(e) if e.need_rescan() => handler.handle_event(Err(notify::Error::generic(
                "the system dropped some file events; every file is read again",
            ))),
            event => handler.handle_event(event),
        };
        notify::RecommendedWatcher::new(changes, config).map(ChangeWatcher)
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        self.0.watch(path, mode)
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        self.0.unwatch(path)
    }

    fn kind() -> notify::WatcherKind {
        notify::RecommendedWatcher::kind()
    }
}

/// The watch on a site's sources: each source folder recursively, and the root alone
/// (not its other folders, such as `output/` or `target/`) for `coopsite.yaml` and for
/// source folders made, removed or replaced while serving.
struct Sources {
    root: PathBuf,
    debouncer: Debouncer<ChangeWatcher>,
    /// Told each change, so a rebuild reads only the files that changed.
    cache: Arc<Cache>,
}

impl Sources {
    fn watch(
        root: &Path,
        tx: Sender<DebounceEventResult>,
        cache: Arc<Cache>,
    ) -> Result<Sources, String> {
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let cannot = |e: notify::Error| format!("cannot watch {}: {e}", root.display());
        let config = notify_debouncer_mini::Config::default()
            .with_timeout(DEBOUNCE)
            .with_notify_config(notify::Config::default().with_follow_symlinks(false));
        let mut debouncer = new_debouncer_opt::<_, ChangeWatcher>(config, tx).map_err(cannot)?;
        debouncer
            .watcher()
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(cannot)?;
        let mut sources = Sources {
            root,
            debouncer,
            cache,
        };
        for name in SOURCE_DIRS {
            sources.watch_dir(name);
        }
        sources.cache.watching();
        Ok(sources)
    }

    /// Watches `root/name` and everything below it, when it is a folder.
    fn watch_dir(&mut self, name: &str) {
        let dir = self.root.join(name);
        if !dir.is_dir() {
            return;
        }
        if let Err(e) = self
            .debouncer
            .watcher()
            .watch(&dir, RecursiveMode::Recursive)
        {
            eprintln!("warning: cannot watch {}: {e}", dir.display());
        }
    }

    /// Whether a batch of changes touches the sources (each is told to the cache). A
    /// source folder that appeared (or was replaced) is watched from now on. After an
    /// error of the watch, which may have missed changes, the site is built again.
    fn changed(&mut self, batch: DebounceEventResult) -> bool {
        let events = match batch {
            Ok(events) => events,
            Err(e) => {
                eprintln!("warning: watching {}: {e}", self.root.display());
                self.cache.lost_track();
                return true;
            }
        };
        let mut changed = false;
        for event in &events {
            if is_source(&self.root, &event.path) {
                changed = true;
                if let Ok(rel) = event.path.strip_prefix(&self.root) {
                    self.cache.changed(rel.to_path_buf());
                }
            }
            if let Some(name) = SOURCE_DIRS
                .into_iter()
                .find(|name| event.path == self.root.join(name))
            {
                self.watch_dir(name);
            }
        }
        changed
    }

    /// Calls `rebuild` after each burst of changes to the sources: once they have been
    /// quiet for [`QUIET`] (no batch of changes to them), and at the latest [`MAX_WAIT`]
    /// after the first change even when changes keep coming.
    /// Returns when the watch stops.
    fn rebuild_on_change(mut self, rx: Receiver<DebounceEventResult>, rebuild: impl Fn()) {
        while let Ok(batch) = rx.recv() {
            if !self.changed(batch) {
                continue;
            }
            // The first change came up to DEBOUNCE before its batch.
            let now = Instant::now();
            let deadline = now + MAX_WAIT.saturating_sub(DEBOUNCE);
            let mut quiet_at = now + QUIET;
            loop {
                let until = quiet_at.min(deadline);
                let now = Instant::now();
                if now >= until {
                    break;
                }
                match rx.recv_timeout(until - now) {
                    Ok(batch) => {
                        if self.changed(batch) {
                            quiet_at = Instant::now() + QUIET;
                        }
                    }
                    Err(_) => break,
                }
            }
            rebuild();
        }
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
        strict: false,
    };

    let state = Arc::new(RwLock::new(State::default()));
    let hub = Arc::new(Hub::default());
    let cache = Arc::new(Cache::default());
    let verbose = opts.verbose;
    // Watch first, then build and announce: an edit made while the site is first
    // read, or right after the address is printed, is seen.
    let (tx, rx) = channel();
    let sources = Sources::watch(&opts.root, tx, cache.clone())?;
    rebuild(&build_opts, &cache, &state, &hub, ("Built", verbose));
    {
        let (state, hub, cache) = (state.clone(), hub.clone(), cache.clone());
        std::thread::spawn(move || {
            sources.rebuild_on_change(rx, || {
                rebuild(&build_opts, &cache, &state, &hub, ("Rebuilt", verbose));
            });
        });
    }

    if state
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .site
        .is_some()
    {
        eprintln!("Serving {} at {url} (Ctrl-C to stop)", opts.root.display());
    } else {
        eprintln!(
            "Serving the errors of {} at {url} until a build succeeds (Ctrl-C to stop)",
            opts.root.display()
        );
    }
    if opts.open {
        open_browser(&url);
    }
    for request in server.incoming_requests() {
        respond(request, &state, &hub);
    }
    Ok(())
}

/// Builds the site again; `how` is the verb to print and whether to print every warning.
fn rebuild(
    opts: &BuildOptions,
    cache: &Cache,
    state: &RwLock<State>,
    hub: &Hub,
    (verb, verbose): (&str, bool),
) {
    let start = Instant::now();
    let result = Live::new(opts, Some(cache));
    match result {
        Ok(live) => {
            // Every rebuild tells its warnings, those the edit brought first, grouped by
            // kind past the first few: told before the lock is taken, so pages are served
            // from the last site meanwhile.
            let (last, banner) = {
                let s = state.read().unwrap_or_else(|e| e.into_inner());
                (s.site.clone(), s.warnings.clone())
            };
            let before: Vec<_> = last.iter().flat_map(|l| l.warnings().parts()).collect();
            let now: Vec<_> = live.warnings().parts().collect();
            let (told, shown) = crate::warnings::told(&before, &now, banner.as_deref(), verbose);
            let n = live.reports();
            let mut s = state.write().unwrap_or_else(|e| e.into_inner());
            s.warnings = Some(shown).filter(|w| !w.is_empty());
            let old = s.site.replace(Arc::new(live));
            s.error = None;
            drop(s);
            let ms = start.elapsed().as_millis();
            hub.broadcast(Event::Reload);
            eprint!("{told}");
            let noun = if n == 1 { "report" } else { "reports" };
            eprintln!(
                "{verb} {} {noun} in {ms} ms",
                crate::numfmt::NumFormat::for_lang("en").int(n as i128)
            );
            // The last site (a few hundred MB at 10,000 reports) is freed by another
            // thread, once the requests that hold it are answered: not while the
            // pages wait for the reload.
            drop(last);
            std::thread::spawn(move || drop(old));
        }
        Err(errors) => {
            let text = errors.to_string();
            let mut s = state.write().unwrap_or_else(|e| e.into_inner());
            eprintln!("{text}");
            if s.site.is_some() {
                eprintln!("Serving the last good build; fix the problems above and save again.");
            } else {
                eprintln!(
                    "No build has succeeded yet: the pages show these errors until one does. \
                     Fix the problems above and save again."
                );
            }
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
        // A page opened (or reloaded after a rebuild) hears at once what is wrong: the
        // errors, else the last good build's warnings.
        let s = state.read().unwrap_or_else(|e| e.into_inner());
        let first = match (&s.error, &s.warnings) {
            (Some(e), _) => Some(Event::Error(e.clone())),
            (None, Some(w)) => Some(Event::Warnings(w.clone())),
            (None, None) => None,
        };
        drop(s);
        hub.stream(request.into_writer(), first);
        return;
    }
    let s = state.read().unwrap_or_else(|e| e.into_inner());
    let Some(site) = s.site.clone() else {
        let page = livereload::error_page(s.error.as_deref().unwrap_or("building…"));
        drop(s);
        return respond_error(request, page);
    };
    drop(s);
    let found = http::clean_path(&url).map(|p| http::lookup(&p, |f| site.has(f)));
    let (status, path) = match found {
        Some(http::Lookup::File(p)) => (200, p),
        Some(http::Lookup::Redirect(to)) => {
            let _ = request.respond(Response::empty(301).with_header(header("Location", &to)));
            return;
        }
        _ => (404, "404.html".to_string()),
    };
    let body = match site.get(&path) {
        Some(Ok(bytes)) if path.ends_with(".html") => match String::from_utf8(bytes) {
            Ok(text) => Some(livereload::inject(&text).into_bytes()),
            Err(e) => Some(e.into_bytes()),
        },
        Some(Ok(bytes)) => Some(bytes),
        Some(Err(e)) => {
            let text = e.to_string();
            eprint!("{text}");
            return respond_error(request, livereload::error_page(&text));
        }
        None => None,
    };
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

fn respond_error(request: Request, page: String) {
    let _ = request.respond(
        Response::from_string(page)
            .with_status_code(500)
            .with_header(header("Content-Type", "text/html; charset=utf-8")),
    );
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
