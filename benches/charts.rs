//! The cost of the charts: one region's charts, and every chart of a 10,000-report
//! site per report (`cargo bench --bench charts`).

use coopsite::charts::ChartSet;
use coopsite::config::Config;
use coopsite::content::Settings;
use coopsite::figure_table::FigureTable;
use coopsite::site::Site;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn site_of(n: usize) -> (tempfile::TempDir, Site) {
    let dir = tempfile::tempdir().unwrap();
    coopsite::corpus::write_corpus(n, dir.path(), 7).unwrap();
    let config = Config::default();
    let table = FigureTable::built_in();
    let settings = Settings {
        site_lang: "en",
        table: &table,
    };
    let (content, errors) = coopsite::content::load(dir.path(), settings, false);
    assert!(errors.is_empty());
    (
        dir,
        Site::new(
            &config,
            &table,
            content.reports,
            &coopsite::site::Tree::single(&config),
        ),
    )
}

fn charts(c: &mut Criterion) {
    let table = FigureTable::built_in();
    let (_dir, one_region) = site_of(25);
    c.bench_function("charts of one region (25 years)", |b| {
        b.iter(|| {
            ChartSet::build(
                &one_region.reports,
                &Default::default(),
                &Default::default(),
                &table,
            )
        })
    });

    let (_dir, big) = site_of(10_000);
    let mut group = c.benchmark_group("10,000 reports");
    group.sample_size(10);
    group.throughput(Throughput::Elements(big.reports.len() as u64));
    group.bench_function("every chart, per report", |b| {
        b.iter(|| {
            let set = ChartSet::build(
                &big.reports,
                &Default::default(),
                &Default::default(),
                &table,
            );
            let shown = big.reports.iter().flat_map(|r| set.report_charts(r, false));
            assert!(shown.count() >= big.reports.len());
            set
        })
    });
    group.finish();
}

criterion_group!(benches, charts);
criterion_main!(benches);
