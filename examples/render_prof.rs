//! Times the render step alone on a generated corpus, on one thread: every page a
//! build makes, rendered as a build renders them (the pages of a language tree in
//! runs that share one context), written nowhere. Steadier than timing whole builds
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
    fn put(&self, _: &str, text: String) -> Result<(), Diagnostic> {
        self.0.fetch_add(text.len(), Ordering::Relaxed);
        Ok(())
    }
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
    let site = Site::new(&config, &table, reports, &Tree::single());
    let loc = Locale::new(&config.language);
    let charts = ChartSet::build(&site.reports, &loc, &config.charts, &table);
    let urls = Urls::new(&config.base_url, config.base_path());
    let renderer = Renderer::new(Path::new("/nonexistent"), "default", &urls, &urls).unwrap();
    let all = pages(&site);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let sink = Count::default();
        let t = std::time::Instant::now();
        let errors = one.install(|| render_site(&renderer, &site, &charts, &all, &sink));
        let s = t.elapsed().as_secs_f64();
        assert!(errors.is_empty(), "{errors:?}");
        best = best.min(s);
        eprintln!(
            "{} pages ({} bytes) in {s:.3} s: {:.1} µs a page",
            all.len(),
            sink.0.load(Ordering::Relaxed),
            s * 1e6 / all.len() as f64
        );
    }
    eprintln!("best: {best:.3} s");
}
