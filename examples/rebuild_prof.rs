//! Times `serve`'s rebuild after one edit on a generated corpus:
//! `cargo run --release --example rebuild_prof -- N`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use coopsite::build::plan_cached;
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
    plan_cached(&opts, Some(&cache)).unwrap();
    eprintln!("first build: {:?}", t.elapsed());
    let report = std::fs::read_dir(dir.join("content/2010"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let original = std::fs::read_to_string(&report).unwrap();
    for i in 0..5 {
        std::fs::write(&report, format!("{original}\nEdit {i}.\n")).unwrap();
        let t = std::time::Instant::now();
        plan_cached(&opts, Some(&cache)).unwrap();
        eprintln!("rebuild after one edit: {:?}", t.elapsed());
    }
    std::fs::write(&report, original).unwrap();
}
