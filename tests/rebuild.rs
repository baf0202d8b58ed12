//! Rebuilds that reuse the last build's work (`serve`) give exactly what a fresh
//! build gives.

mod common;

use common::{front, Site};
use coopsite::build::{plan, plan_cached};
use coopsite::cache::Cache;
use coopsite::output::Source;
use coopsite::BuildOptions;

fn pages(p: &coopsite::build::Planned) -> Vec<(String, String)> {
    p.files
        .iter()
        .filter_map(|(path, src)| match src {
            Source::Text(t) => Some((path.to_string(), t.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn cached_rebuilds_match_fresh_builds_after_each_edit() {
    let site = Site::new();
    for year in [2021, 2022, 2023] {
        site.file(
            &format!("content/{year}.md"),
            front(
                &format!("Review {year}"),
                "Province A",
                year,
                "tags: [ocop]\nfigures:\n  cooperatives_total: 5\n",
            ),
        );
    }
    site.file("content/other.md", front("Other", "Province B", 2023, ""));
    let opts = BuildOptions::new(site.root());
    let cache = Cache::default();
    let first = plan_cached(&opts, Some(&cache)).unwrap();
    assert_eq!(pages(&first), pages(&plan(&opts).unwrap()));
    assert!(cache.len().1 > 5, "pages are cached");

    let edits: &[(&str, String)] = &[
        // A title shown on neighbours, the region, the tag page and the home page.
        (
            "content/2022.md",
            front("Renamed 2022", "Province A", 2022, "tags: [ocop]\n"),
        ),
        // A report moves to another region and tag.
        (
            "content/2021.md",
            front("Review 2021", "Province B", 2021, "tags: [digital]\n"),
        ),
        // A figure: its own chart and its region's neighbours' charts change.
        (
            "content/2023.md",
            front(
                "Review 2023",
                "Province A",
                2023,
                "tags: [ocop]\nfigures:\n  cooperatives_total: 9\n",
            ),
        ),
        // A new report.
        (
            "content/2024.md",
            front("Review 2024", "Province A", 2024, ""),
        ),
        // A template.
        (
            "templates/404.html",
            "{% extends \"base.html\" %}{% block content %}Gone{% endblock content %}".to_string(),
        ),
        // The settings.
        (
            "coopsite.yaml",
            "title: Renamed site\nlanguage: fr\n".to_string(),
        ),
    ];
    for (path, text) in edits {
        site.file(path, text);
        let cached = plan_cached(&opts, Some(&cache)).unwrap();
        let fresh = plan(&opts).unwrap();
        assert_eq!(pages(&cached), pages(&fresh), "after editing {path}");
    }
    let last = plan_cached(&opts, Some(&cache)).unwrap();
    let home = last.files.get("index.html").unwrap();
    let Source::Text(home) = home else { panic!() };
    assert!(home.contains("Renamed site") && home.contains("Renamed 2022"));

    // A removed report disappears, and a broken one is an error, not a stale page.
    site.remove("content/2024.md");
    assert!(plan_cached(&opts, Some(&cache))
        .unwrap()
        .files
        .get("reports/2024/index.html")
        .is_none());
    site.file("content/2023.md", "---\ntitle: broken\n");
    assert!(plan_cached(&opts, Some(&cache)).is_err());
}
