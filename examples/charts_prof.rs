//! Times the charts stage alone on a site's folder, on one thread: every chart a build
//! draws (regions with their reports' charts, home, years, lineage), the PNG copies
//! taken from the site's cache folder as a build takes them, the files handed to a sink
//! that drops them; then the search index and the share cards' SVGs. Steadier than
//! timing whole builds on a busy machine:
//! `cargo run --release --example charts_prof -- SITE [ROUNDS]`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use coopsite::charts::{Body, ChartSet};
use coopsite::config::Config;
use coopsite::content::Settings;
use coopsite::diagnostics::Diagnostic;
use coopsite::site::{Site, Tree};

/// The CPU time this process has used, in seconds.
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
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: charts_prof SITE [ROUNDS]"));
    let rounds: usize = args.next().map_or(3, |r| r.parse().expect("a number"));
    let mut config = Config::load(&dir).expect("the site's settings");
    config.charts.png_cache = Some(dir.join(".coopsite-cache/png"));
    let table = config.figure_table();
    let settings = Settings {
        site_lang: &config.language,
        table: &table,
    };
    let (content, errors) = coopsite::content::load(&dir, settings, false);
    assert!(errors.is_empty(), "{errors:?}");
    let site = Site::new(&config, &table, content.reports, &Tree::single(&config));
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let bytes = AtomicUsize::new(0);
    let sink = |_: &str, body: &Body| -> Result<(), Diagnostic> {
        if let Body::Text(t) = body {
            bytes.fetch_add(t.len(), Ordering::Relaxed);
        }
        Ok(())
    };
    for _ in 0..rounds {
        bytes.store(0, Ordering::Relaxed);
        let (t, c) = (std::time::Instant::now(), cpu());
        let set = one.install(|| {
            let loc = &site.loc;
            let mut set = ChartSet::build_with(
                &site.reports,
                loc,
                &config.charts,
                &table,
                None,
                Some(&sink),
            );
            set.add_years(&site.years, &config.charts, &table, None);
            set.add_lineage(
                &site.reports,
                &site.lineage.boundaries,
                &config.charts,
                &table,
            );
            set
        });
        let inline: usize = set
            .files()
            .map(|(_, b)| match b {
                Body::Text(t) => t.len(),
                _ => 0,
            })
            .sum();
        eprintln!(
            "charts: {:.3} s ({:.2} s of CPU), {} + {} bytes of text",
            t.elapsed().as_secs_f64(),
            cpu() - c,
            bytes.load(Ordering::Relaxed),
            inline
        );
        let (t, c) = (std::time::Instant::now(), cpu());
        let files = coopsite::search::files(&site, &table);
        eprintln!(
            "search: {:.3} s ({:.2} s of CPU), {} files",
            t.elapsed().as_secs_f64(),
            cpu() - c,
            files.len()
        );
    }
}
