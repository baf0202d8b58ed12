//! Times `serve`'s rebuild after one edit on a generated corpus, and the edited
//! report's page made as a browser asks for it:
//! `cargo run --release --example rebuild_prof -- N [DIR]` (`RUST_LOG=coopsite` for
//! steps; `REPEAT` edits, 5 by default; `NO_WATCH=1` as without `serve`'s watch). DIR is a corpus of N reports (written there
//! when it has no `content/`; default a folder in the temporary folder).
//! Prints each rebuild's wall time and CPU time (every thread's, user + system), what
//! telling its warnings costs (as `serve` prints and shows them), the page's, and the
//! time to drop the site it replaces.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use coopsite::build::Live;
use coopsite::cache::Cache;
use coopsite::BuildOptions;

/// The CPU time of every thread of this process so far (Linux: `/proc/self/task`).
fn cpu() -> Duration {
    let tasks = std::fs::read_dir("/proc/self/task").into_iter().flatten();
    let ns: u64 = tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    Duration::from_nanos(ns)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let dir = args
        .next()
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join(format!("coopsite-rebuild-{n}")));
    if !dir.join("content").is_dir() {
        coopsite::corpus::write_corpus(n, &dir, 42).unwrap();
    }
    let opts = BuildOptions::new(&dir);
    let cache = Cache::default();
    // As `serve` does: its watch tells the cache each changed file (`NO_WATCH=1`: as
    // without a watch, every file is asked about).
    let watch = std::env::var_os("NO_WATCH").is_none();
    if watch {
        cache.watching();
    }
    let t = Instant::now();
    let mut live = Live::new(&opts, Some(&cache)).unwrap();
    eprintln!("first build: {:?}", t.elapsed());
    // The banner of the last build's warnings, which `serve` keeps.
    let mut banner = Some(coopsite::warnings::render(live.warnings().iter(), false));
    // `WAIT=S`: seconds to wait here, for a profiler to attach to the rebuilds alone
    // (`perf record -p PID`).
    let wait = std::env::var("WAIT").ok().and_then(|w| w.parse().ok());
    std::thread::sleep(Duration::from_secs(wait.unwrap_or(0)));
    let report = dir.join("content/2010/ha-giang-2010.md");
    let page = "reports/ha-giang-2010/index.html";
    let original = std::fs::read_to_string(&report).unwrap();
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    // A parse is kept only for a file changed some time before it was read.
    std::thread::sleep(Duration::from_millis(100));
    for i in 0..repeat {
        std::fs::write(&report, format!("{original}\nEdit {i}.\n")).unwrap();
        if watch {
            cache.changed("content/2010/ha-giang-2010.md".into());
        }
        std::thread::sleep(Duration::from_millis(100));
        let (t, c) = (Instant::now(), cpu());
        let next = Live::new(&opts, Some(&cache)).unwrap();
        let (rebuilt, rebuilt_cpu) = (t.elapsed(), cpu() - c);
        // What serve prints and shows of the warnings after a rebuild.
        let (t, c) = (Instant::now(), cpu());
        let before: Vec<_> = live.warnings().parts().collect();
        let now: Vec<_> = next.warnings().parts().collect();
        let (told, shown) = coopsite::warnings::told(&before, &now, banner.as_deref(), false);
        let (warned, warned_cpu) = (t.elapsed(), cpu() - c);
        assert!(told.len() + shown.len() < 1 << 30);
        banner = Some(shown).filter(|b| !b.is_empty());
        let (t, c) = (Instant::now(), cpu());
        next.get(page).unwrap().unwrap();
        let (paged, paged_cpu) = (t.elapsed(), cpu() - c);
        let (t, c) = (Instant::now(), cpu());
        drop(std::mem::replace(&mut live, next));
        let (dropped, dropped_cpu) = (t.elapsed(), cpu() - c);
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        eprintln!(
            "rebuild {:.0} ms (cpu {:.0} ms), warnings {:.1} ms (cpu {:.1}), page {:.1} ms (cpu {:.1}), drop of the last {:.1} ms (cpu {:.1})",
            ms(rebuilt),
            ms(rebuilt_cpu),
            ms(warned),
            ms(warned_cpu),
            ms(paged),
            ms(paged_cpu),
            ms(dropped),
            ms(dropped_cpu),
        );
    }
    std::fs::write(&report, original).unwrap();
    // Freeing the kept parses and views is not a rebuild's work: left to the exit.
    std::mem::forget(cache);
}
