//! Times the charts and the render step alone on a generated corpus, on one thread:
//! the charts (kept in memory), then every page a build makes, rendered as a build
//! renders them (the pages of a language tree in runs that share one context),
//! written nowhere. Steadier than timing whole builds
//! on a busy machine: `cargo run --release --example render_prof -- N [ROUNDS]`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use coopsite::charts::ChartSet;
use coopsite::config::Config;
use coopsite::content::frontmatter::{parse_report, Settings};
use coopsite::diagnostics::Diagnostic;
use coopsite::i18n::Locale;
use coopsite::render::{pages, render_site, Renderer, Sink};
use coopsite::site::{Site, Tree};
use coopsite::urls::Urls;

/// Counts what it is given.
#[derive(Default)]
struct Count(AtomicUsize);

impl Sink for Count {
    fn put(&self, _: &str, page: Vec<u8>) -> Result<(), Diagnostic> {
        self.0.fetch_add(page.len(), Ordering::Relaxed);
        Ok(())
    }
}

/// The CPU time this process has used, in seconds (steadier than the time on the
/// wall on a shared machine).
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(") ").next().unwrap_or("").split(' ').collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

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
    let config = Config::load(&dir).unwrap();
    let table = config.figure_table();
    let files = coopsite::content::walk_files(&dir.join("content"))
        .unwrap()
        .files;
    let reports: Vec<Arc<_>> = files
        .iter()
        .filter(|(_, rel)| rel.extension().is_some_and(|e| e == "md"))
        .map(|(src, rel)| {
            let text = std::fs::read_to_string(src).unwrap();
            let settings = Settings {
                site_lang: &config.language,
                table: &table,
            };
            Arc::new(parse_report(&text, src, rel, settings).unwrap())
        })
        .collect();
    let site = Site::new(&config, &table, reports, &Tree::single(&config));
    let loc = Locale::new(&config.language);
    let urls = Urls::new(&config.base_url, config.base_path());
    let renderer = Renderer::new(Path::new("/nonexistent"), "default", &urls, &urls).unwrap();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let (t, c) = (std::time::Instant::now(), cpu());
    let charts = one.install(|| ChartSet::build(&site.reports, &loc, &config.charts, &table));
    eprintln!(
        "charts: {:.3} s ({:.2} s of CPU)",
        t.elapsed().as_secs_f64(),
        cpu() - c
    );
    let all = pages(&site);
    let (mut best, mut best_cpu) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let sink = Count::default();
        let (t, c) = (std::time::Instant::now(), cpu());
        let errors = one.install(|| render_site(&renderer, &site, &charts, &all, &sink));
        let (s, used) = (t.elapsed().as_secs_f64(), cpu() - c);
        best_cpu = best_cpu.min(used);
        assert!(errors.is_empty(), "{errors:?}");
        best = best.min(s);
        eprintln!(
            "{} pages ({} bytes) in {s:.3} s ({used:.2} s of CPU): {:.1} µs a page",
            all.len(),
            sink.0.load(Ordering::Relaxed),
            s * 1e6 / all.len() as f64
        );
    }
    eprintln!("best: {best:.3} s, {best_cpu:.2} s of CPU");
}
