//! Times making every report page of a generated corpus, one after another on one
//! thread (the render step's own cost, without the rest of a build):
//! `cargo run --release --example render_prof -- N [ROUNDS]`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use coopsite::build::Live;
use coopsite::BuildOptions;

fn main() {
    let arg = |i: usize, default: usize| {
        std::env::args()
            .nth(i)
            .and_then(|a| a.parse().ok())
            .unwrap_or(default)
    };
    let (n, rounds) = (arg(1, 10_000), arg(2, 3));
    let dir = std::env::temp_dir().join(format!("coopsite-rebuild-{n}"));
    if !dir.join("content").is_dir() {
        coopsite::corpus::write_corpus(n, &dir, 42).unwrap();
    }
    let opts = BuildOptions::new(&dir);
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let live = Live::new(&opts, None).unwrap();
        let pages: Vec<String> = live
            .paths()
            .into_iter()
            .filter(|p| p.starts_with("reports/") && !p.starts_with("reports/page/"))
            .filter(|p| p.ends_with("/index.html") && *p != "reports/index.html")
            .collect();
        let t = std::time::Instant::now();
        let mut bytes = 0;
        for p in &pages {
            bytes += live.get(p).unwrap().unwrap().len();
        }
        let s = t.elapsed().as_secs_f64();
        best = best.min(s);
        eprintln!(
            "{} report pages ({bytes} bytes) in {:.3} s: {:.1} µs a page",
            pages.len(),
            s,
            s * 1e6 / pages.len() as f64
        );
    }
    eprintln!("best: {best:.3} s");
}
