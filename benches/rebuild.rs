//! The rebuild `serve` does after one edited report, at 1,000 reports:
//! `cargo bench --bench rebuild`.

use coopsite::build::{plan, plan_cached};
use coopsite::cache::Cache;
use coopsite::BuildOptions;
use criterion::{criterion_group, criterion_main, Criterion};

fn rebuild(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    coopsite::corpus::write_corpus(1000, dir.path(), 42).unwrap();
    let opts = BuildOptions::new(dir.path());
    let cache = Cache::default();
    plan_cached(&opts, Some(&cache)).unwrap();
    let report = dir.path().join("content/2010/ha-giang-2010.md");
    let original = std::fs::read_to_string(&report).unwrap();
    let mut n = 0u64;
    let mut group = c.benchmark_group("1,000 reports");
    group.sample_size(20);
    group.bench_function("rebuild after one edited report (serve)", |b| {
        b.iter(|| {
            n += 1;
            std::fs::write(&report, format!("{original}\nEdit {n}.\n")).unwrap();
            plan_cached(&opts, Some(&cache)).unwrap()
        })
    });
    group.bench_function("full build in memory", |b| b.iter(|| plan(&opts).unwrap()));
    group.finish();
}

criterion_group!(benches, rebuild);
criterion_main!(benches);
