//! Reloading open pages after a rebuild, and showing build errors over them, with
//! Server-Sent Events. The script is added to pages only while serving.

use std::io::Write;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

/// Where pages listen for rebuilds.
pub const EVENTS_PATH: &str = "/__coopsite/events";

/// Added before `</body>`: reloads on `reload`, shows an overlay on `error` and a
/// banner that can be dismissed on `warnings` (dismissed, the same warnings stay
/// hidden for the browser tab's session).
const SCRIPT: &str = r#"<script>
(function () {
  var box = null;
  function show(text) {
    var page = document.getElementById("coopsite-build-errors");
    if (page) {
      page.textContent = text;
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "coopsite-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:60vh;z-index:2147483647;overflow:auto;background:#fff;color:#1b1f24;border:3px solid #b00020;border-radius:6px;padding:1rem;box-shadow:0 4px 24px rgba(0,0,0,.3);font:14px/1.4 ui-monospace,monospace";
      var h = document.createElement("strong");
      h.textContent = "coopsite: the last change does not build. Showing the last good build underneath.";
      box.appendChild(h);
      box.appendChild(document.createElement("pre"));
      document.body.appendChild(box);
    }
    box.lastChild.textContent = text;
  }
  function warn(text) {
    var key = "coopsite-dismissed";
    try { if (sessionStorage.getItem(key) === text) { return; } } catch (e) {}
    var old = document.getElementById("coopsite-warnings");
    if (old) { old.remove(); }
    var bar = document.createElement("section");
    bar.id = "coopsite-warnings";
    bar.setAttribute("role", "status");
    bar.setAttribute("aria-label", "coopsite warnings");
    bar.style.cssText = "position:fixed;right:1rem;bottom:1rem;width:min(40rem,calc(100vw - 2rem));max-height:40vh;z-index:2147483646;overflow:auto;background:#fffbe6;color:#1b1f24;border:2px solid #8a4b00;border-radius:6px;padding:.75rem 1rem;box-shadow:0 4px 24px rgba(0,0,0,.25);font:14px/1.4 ui-monospace,monospace";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.style.cssText = "float:right;margin-left:1rem;font:inherit;cursor:pointer";
    close.addEventListener("click", function () {
      try { sessionStorage.setItem(key, text); } catch (e) {}
      bar.remove();
    });
    var h = document.createElement("strong");
    h.textContent = "coopsite: the site builds, with warnings (the terminal shows them too):";
    var pre = document.createElement("pre");
    pre.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0";
    pre.textContent = text;
    bar.appendChild(close);
    bar.appendChild(h);
    bar.appendChild(pre);
    document.body.appendChild(bar);
  }
  var es = new EventSource("/__coopsite/events");
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("error", function (e) { if (e.data) { show(e.data); } });
  es.addEventListener("warnings", function (e) { if (e.data) { warn(e.data); } });
})();
</script>
"#;

/// The page with the live-reload script added.
pub fn inject(html: &str) -> String {
    match html.rfind("</body>") {
        Some(i) => format!("{}{SCRIPT}{}", &html[..i], &html[i..]),
        None => format!("{html}{SCRIPT}"),
    }
}

/// The page served for every path while no build has succeeded yet. The live-reload
/// script keeps its errors current and loads the site once a build succeeds.
pub fn error_page(errors: &str) -> String {
    let escaped = crate::escape::escape(errors);
    inject(&format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>No build has succeeded yet</title></head>\n<body><h1>No build has succeeded yet</h1>\n<p>coopsite serve has not built this site yet, so there is no page to show. Fix the problems below and save: this page reloads by itself once the site builds.</p>\n<pre id=\"coopsite-build-errors\">{escaped}</pre>\n</body></html>\n"
    ))
}

/// One message to the open pages.
#[derive(Clone, Debug)]
pub enum Event {
    Reload,
    Error(String),
    /// The last good build's warnings, for the banner.
    Warnings(String),
}

impl Event {
    fn frame(&self) -> String {
        match self {
            Event::Reload => "event: reload\ndata: reload\n\n".to_string(),
            Event::Error(text) => frame("error", text),
            Event::Warnings(text) => frame("warnings", text),
        }
    }
}

/// An event named `name` whose data is `text`, every line kept.
fn frame(name: &str, text: &str) -> String {
    let data: String = text.lines().map(|l| format!("data: {l}\n")).collect();
    format!("event: {name}\n{data}\n")
}

/// The open pages' event streams.
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<Sender<Event>>>,
}

impl Hub {
    pub fn broadcast(&self, event: Event) {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain(|c| c.send(event.clone()).is_ok());
    }

    /// Streams events to one page until it goes away. `first` is sent at once (the
    /// current error, for a page opened while the build is broken).
    pub fn stream(&self, mut out: Box<dyn Write + Send>, first: Option<Event>) {
        let (tx, rx) = channel();
        self.clients
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(tx);
        std::thread::spawn(move || {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\nretry: 1000\n\n";
            if out
                .write_all(head.as_bytes())
                .and_then(|_| out.flush())
                .is_err()
            {
                return;
            }
            if let Some(e) = first {
                if out
                    .write_all(e.frame().as_bytes())
                    .and_then(|_| out.flush())
                    .is_err()
                {
                    return;
                }
            }
            pump(out, rx);
        });
    }
}

/// Writes events as they come, and a keep-alive comment every 15 s, until a write fails.
fn pump(mut out: Box<dyn Write + Send>, rx: Receiver<Event>) {
    loop {
        let frame = match rx.recv_timeout(Duration::from_secs(15)) {
            Ok(e) => e.frame(),
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if out
            .write_all(frame.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_body_end() {
        let page = inject("<html><body><p>x</p></body></html>");
        assert!(page.contains("<p>x</p><script>"));
        assert!(page.ends_with("</script>\n</body></html>"));
    }

    #[test]
    fn the_error_page_says_no_build_succeeded_and_shows_the_errors() {
        let page = error_page("a.md:1:1: <bad>");
        assert!(page.contains("<h1>No build has succeeded yet</h1>"));
        assert!(page.contains("a.md:1:1: &lt;bad&gt;"));
        let shown = page.split("<script>").next().unwrap();
        assert!(!shown.contains("last good build"), "{shown}");
        assert!(page.contains(EVENTS_PATH), "reloads once a build succeeds");
    }

    #[test]
    fn error_frames_keep_every_line() {
        let f = Event::Error("a.md:1:1: bad\n  = help: fix".into()).frame();
        assert_eq!(
            f,
            "event: error\ndata: a.md:1:1: bad\ndata:   = help: fix\n\n"
        );
        let f = Event::Warnings("warning: a.md:3:1: odd\n".into()).frame();
        assert_eq!(f, "event: warnings\ndata: warning: a.md:3:1: odd\n\n");
        assert!(SCRIPT.contains("addEventListener(\"warnings\""));
    }
}
