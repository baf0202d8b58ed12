//! Times `serve`'s rebuild after one edit on a generated corpus, and the edited
//! report's page made as a browser asks for it:
//! `cargo run --release --example rebuild_prof -- N` (`RUST_LOG=coopsite` for steps).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use coopsite::build::Live;
use coopsite::cache::Cache;
use coopsite::BuildOptions;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let dir = std::env::temp_dir().join(format!("coopsite-rebuild-{n}"));
    if !dir.join("content").is_dir() {
        coopsite::corpus::write_corpus(n, &dir, 42).unwrap();
    }
    let opts = BuildOptions::new(&dir);
    let cache = Cache::default();
    let t = std::time::Instant::now();
    Live::new(&opts, Some(&cache)).unwrap();
    eprintln!("first build: {:?}", t.elapsed());
    let report = dir.join("content/2010/ha-giang-2010.md");
    let page = "reports/ha-giang-2010/index.html";
    let original = std::fs::read_to_string(&report).unwrap();
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for i in 0..repeat {
        std::fs::write(&report, format!("{original}\nEdit {i}.\n")).unwrap();
        let t = std::time::Instant::now();
        let live = Live::new(&opts, Some(&cache)).unwrap();
        let rebuilt = t.elapsed();
        live.get(page).unwrap().unwrap();
        eprintln!(
            "rebuild after one edit: {rebuilt:?}, and its page: {:?}",
            t.elapsed()
        );
    }
    std::fs::write(&report, original).unwrap();
}
