//! What `serve` does after one edited report: rebuild the site and make the edited
//! report's page, at 1,000 and 10,000 reports: `cargo bench --bench rebuild`.

use coopsite::build::{plan, Live};
use coopsite::cache::Cache;
use coopsite::BuildOptions;
use criterion::{criterion_group, criterion_main, Criterion};

fn one_edit(c: &mut Criterion, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    coopsite::corpus::write_corpus(n, dir.path(), 42).unwrap();
    let opts = BuildOptions::new(dir.path());
    let cache = Cache::default();
    Live::new(&opts, Some(&cache)).unwrap();
    let report = dir.path().join("content/2010/ha-giang-2010.md");
    let page = "reports/ha-giang-2010/index.html";
    let original = std::fs::read_to_string(&report).unwrap();
    let mut edits = 0u64;
    let mut group = c.benchmark_group(format!("{n} reports"));
    group.sample_size(10);
    group.bench_function(
        "rebuild after one edited report, and its page (serve)",
        |b| {
            b.iter(|| {
                edits += 1;
                std::fs::write(&report, format!("{original}\nEdit {edits}.\n")).unwrap();
                let live = Live::new(&opts, Some(&cache)).unwrap();
                let text = live.get(page).expect("the edited page").unwrap();
                assert!(String::from_utf8(text)
                    .unwrap()
                    .contains(&format!("Edit {edits}.")));
                live
            })
        },
    );
    if n <= 1000 {
        group.bench_function("full build in memory", |b| b.iter(|| plan(&opts).unwrap()));
    }
    group.finish();
}

fn rebuild(c: &mut Criterion) {
    one_edit(c, 1_000);
    one_edit(c, 10_000);
}

criterion_group!(benches, rebuild);
criterion_main!(benches);
