//! `coopsite serve` telling warnings as an author edits: in the terminal, new ones
//! first, and on an open page through its event stream.

mod common;

use std::time::Duration;

use common::front;
use common::serving::{fixture, get, serve, Events};

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
