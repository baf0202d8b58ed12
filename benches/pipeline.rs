//! Criterion benchmarks of the build's steps on one realistic report:
//! `cargo bench --bench pipeline`.

use std::path::Path;

use coopsite::charts::ChartSet;
use coopsite::config::Config;
use coopsite::content::frontmatter::{parse_report, Settings};
use coopsite::figure_table::FigureTable;
use coopsite::markdown::{self, LinkResolver};
use coopsite::render::{pages, render_site, Collect, Renderer};
use coopsite::site::Site;
use coopsite::urls::Urls;
use criterion::{criterion_group, criterion_main, Criterion};

const REPORT: &str = include_str!("../content/2024/province-b-2024.md");

struct Links;
impl LinkResolver for Links {
    fn resolve(&self, p: &str) -> String {
        format!("/{p}")
    }
    fn rooted(&self, p: &str) -> String {
        format!("/{p}")
    }
}

fn settings(table: &FigureTable) -> Settings<'_> {
    Settings {
        site_lang: "en",
        table,
    }
}

fn parse(c: &mut Criterion) {
    let path = Path::new("content/2024/province-b-2024.md");
    let table = FigureTable::built_in();
    c.bench_function("front matter and figures of one report", |b| {
        b.iter(|| {
            parse_report(
                REPORT,
                path,
                Path::new("2024/province-b-2024.md"),
                settings(&table),
            )
            .unwrap()
        })
    });
}

fn markdown(c: &mut Criterion) {
    let body = REPORT.split("\n---\n").nth(1).unwrap();
    c.bench_function("markdown of one report", |b| {
        b.iter(|| markdown::render(body, "2024", true, &Links))
    });
}

fn page(c: &mut Criterion) {
    let config = Config::default();
    let table = FigureTable::built_in();
    let report = parse_report(
        REPORT,
        Path::new("content/a.md"),
        Path::new("a.md"),
        settings(&table),
    )
    .unwrap();
    let site = Site::new(
        &config,
        &table,
        vec![report.into()],
        &coopsite::site::Tree::single(&config),
    );
    let charts = ChartSet::build(
        &site.reports,
        &coopsite::i18n::Locale::new("en"),
        &config.charts,
        &table,
    );
    assert!(!charts.report_charts(&site.reports[0], false).is_empty());
    let urls = Urls::new(&config.base_url, config.base_path());
    let renderer = Renderer::new(Path::new("/nonexistent"), "default", &urls, &urls).unwrap();
    c.bench_function("every page of a one-report site", |b| {
        b.iter(|| {
            let sink = Collect::default();
            assert!(render_site(&renderer, &site, &charts, &pages(&site), &sink).is_empty());
        })
    });
}

criterion_group!(benches, parse, markdown, page);
criterion_main!(benches);
