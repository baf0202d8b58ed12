//! Times loading (reading and checking every report) of a site, alone:
//! `cargo run --release --example load_prof -- DIR [REPEAT]`; prints the reports, warnings
//! and the time of each load (for `perf record` of the load stage without the rest).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: load_prof DIR [REPEAT]");
    let repeat: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let root = Path::new(&dir);
    let config = coopsite::config::Config::load(root).expect("coopsite.yaml");
    let table = config.figure_table();
    let settings = coopsite::content::Settings {
        site_lang: &config.language,
        table: &table,
    };
    for _ in 0..repeat {
        let t = std::time::Instant::now();
        let (content, errors) = coopsite::content::load(root, settings, false);
        let warnings: usize = content.reports.iter().map(|r| r.warnings.len()).sum();
        eprintln!(
            "{} reports, {} errors, {warnings} warnings: {:?}",
            content.reports.len(),
            errors.len(),
            t.elapsed()
        );
    }
}
