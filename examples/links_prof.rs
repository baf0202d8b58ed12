//! Times the link check (`coopsite::links`) on every page of a built site, on one
//! core: `cargo run --release --example links_prof -- OUTPUT_DIR [ROUNDS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("usage: links_prof DIR [ROUNDS]"));
    let rounds: usize = args.next().map_or(3, |s| s.parse().expect("a number"));
    let mut paths = Vec::new();
    let mut pages = Vec::new();
    for e in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if !e.file_type().is_file() {
            continue;
        }
        let rel = e
            .path()
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if rel.ends_with(".html") {
            pages.push(std::fs::read_to_string(e.path()).unwrap());
        }
        paths.push(rel);
    }
    let checker = coopsite::links::LinkChecker::new(paths.iter().map(String::as_str), "/");
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut links = 0;
    for page in &pages {
        links += coopsite::links::links_in(page).len();
    }
    for _ in 0..rounds {
        let start = std::time::Instant::now();
        let broken = pages
            .iter()
            .map(|p| checker.page(String::new, p.as_bytes()).len())
            .sum::<usize>();
        let t = start.elapsed().as_secs_f64();
        println!(
            "{} pages, {:.0} MB, {links} links, {broken} broken: {:.0} ms ({:.0} MB/s)",
            pages.len(),
            bytes as f64 / 1e6,
            t * 1e3,
            bytes as f64 / 1e6 / t
        );
    }
}
