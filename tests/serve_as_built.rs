//! What `coopsite serve` answers for files the build writes besides pages: the search
//! index and its shards, share cards and embed pages, the same bytes as `build` writes,
//! made when first asked for and following edits.

mod common;

use common::serving::{fixture, get, get_bytes, serve, wait_for};
use common::{front, Site};

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
