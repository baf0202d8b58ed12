//! What every chart keeps to, checked on generated corpora: bars from zero, a line
//! axis that does not start at zero marked as broken, money axes in the unit that
//! reads best (billions from a billion up, ticks to match), a series of one point
//! named beside it, and neighbouring series 3:1 apart.

mod common;

use std::collections::BTreeMap;

use common::{build_into as build, front, tree, Site};

/// The value axis's tick labels (plotters writes them anchored at their end, half an
/// ex down), read as English numbers.
fn y_ticks(doc: &roxmltree::Document) -> Vec<f64> {
    doc.descendants()
        .filter(|n| {
            n.has_tag_name("text")
                && n.attribute("dy") == Some("0.5ex")
                && n.attribute("text-anchor") == Some("end")
        })
        .filter_map(|n| n.text()?.trim().replace(',', "").parse().ok())
        .collect()
}

/// The texts of a drawing, trimmed.
fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().trim().to_string())
        .collect()
}

/// Each series' colour, by its class (`l0`, `l1`…), in order.
fn series_colours(doc: &roxmltree::Document) -> BTreeMap<usize, String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("polyline") || n.has_tag_name("g"))
        .filter_map(|n| {
            let class = n.attribute("class")?;
            let i: usize = class
                .strip_prefix('l')
                .or(class.strip_prefix('p'))?
                .parse()
                .ok()?;
            let colour = n.attribute("stroke").or(n.attribute("fill"))?;
            Some((i, colour.to_string()))
        })
        .collect()
}

fn luminance(hex: &str) -> f64 {
    let c = |i: usize| {
        let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Checks one drawing; returns (a line chart off zero, a money chart in billions).
fn check_chart(path: &str, svg: &str) -> (bool, bool) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let ticks = y_ticks(&doc);
    let all = texts(&doc);
    let broken = svg.contains("class=\"axis-break\"");
    let panels = svg.matches("class=\"plot\"").count() > 1;
    if ticks.is_empty() || panels {
        assert!(!broken, "{path}: small multiples start at zero");
        return (false, false);
    }
    let (lo, hi) = ticks
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), &t| (l.min(t), h.max(t)));
    if svg.contains("class=\"bar\"") {
        assert_eq!(lo, 0.0, "{path}: bars start at zero");
        assert!(!broken, "{path}");
    }
    let off_zero = lo > 0.0 || hi < 0.0;
    assert_eq!(
        broken, off_zero,
        "{path}: ticks {ticks:?}, broken-axis mark {broken}"
    );
    let billions = all.iter().any(|t| t.starts_with("Billion VND"));
    let millions = all.iter().any(|t| t.starts_with("Million VND"));
    if billions || millions {
        assert!(hi <= 1000.0, "{path}: ticks in the axis's unit: {ticks:?}");
        let tips_in_billions = svg.contains(" billion VND</title>");
        assert_eq!(
            billions, tips_in_billions,
            "{path}: the unit follows the values"
        );
    }
    let colours: Vec<String> = series_colours(&doc).into_values().collect();
    for pair in colours.windows(2) {
        let c = contrast(&pair[0], &pair[1]);
        assert!(c >= 3.0, "{path}: {} beside {}: {c:.2}:1", pair[0], pair[1]);
    }
    (off_zero, billions)
}

#[test]
fn charts_of_a_generated_corpus_keep_the_rules() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(
        coopsite::corpus::write_corpus(100, tmp.path(), 11).unwrap(),
        4
    );
    let out = tmp.path().join("out");
    build(tmp.path(), &out);
    let (mut charts, mut off_zero, mut billions) = (0, 0, 0);
    for (path, bytes) in tree(&out) {
        if !path.ends_with(".svg") {
            continue;
        }
        let (o, b) = check_chart(&path, &String::from_utf8(bytes).unwrap());
        charts += 1;
        off_zero += o as usize;
        billions += b as usize;
    }
    assert!(charts > 20, "{charts} charts");
    assert!(
        off_zero > 0,
        "some money line is off zero: the rule was tried"
    );
    assert!(
        billions > 0,
        "revenue of 0.5 to 3.5 billion is drawn in billions"
    );
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    let (start, end) = (
        home.find("<svg").unwrap(),
        home.rfind("</svg>").unwrap() + 6,
    );
    for (i, (s, _)) in home[start..end].match_indices("<svg").enumerate() {
        let piece = &home[start + s..];
        let piece = &piece[..piece.find("</svg>").unwrap() + 6];
        check_chart(&format!("index.html#svg{i}"), piece);
    }
}

#[test]
fn a_region_with_one_year_is_named_beside_its_point() {
    let site = Site::new();
    for (region, year, total) in [
        ("Long Region", 2021, 400),
        ("Long Region", 2022, 420),
        ("Long Region", 2023, 450),
        ("Lone East", 2023, 300),
        ("Lone West", 2021, 120),
    ] {
        site.file(
            &format!(
                "content/{}-{year}.md",
                region.replace(' ', "-").to_lowercase()
            ),
            front(
                "R",
                region,
                year,
                &format!("figures:\n  cooperatives_total: {total}\n"),
            ),
        );
    }
    site.build_ok();
    let svg = site.read("charts/home-counts.svg");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let direct: Vec<(String, f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("class") == Some("direct"))
        .map(|n| {
            let num = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
            (n.text().unwrap().to_string(), num("x"), num("y"))
        })
        .collect();
    let names: Vec<&str> = direct.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(names.len(), 2, "{direct:?}");
    assert!(names.contains(&"Lone East") && names.contains(&"Lone West"));
    // Each name stands beside its own point, on its line.
    for (name, x, y) in &direct {
        let tip = format!("{name}, ");
        let point = doc
            .descendants()
            .filter(|n| n.has_tag_name("circle"))
            .find(|n| {
                n.children()
                    .any(|t| t.text().is_some_and(|t| t.starts_with(&tip)))
            })
            .unwrap();
        let num = |a: &str| point.attribute(a).unwrap().parse::<f64>().unwrap();
        assert!((y - num("cy")).abs() < 10.0, "{name}");
        assert!((x - num("cx")).abs() < 20.0, "{name}");
    }
}

#[test]
fn revenue_in_billions_reads_in_billions_in_each_language() {
    for (lang, unit, tick) in [
        ("vi", "Tỷ VND mỗi năm", "2,5"),
        ("en", "Billion VND per year", "2.5"),
        ("fr", "Milliards de VND par an", "2,5"),
    ] {
        let site = Site::new();
        site.file("coopsite.yaml", format!("language: {lang}\n"));
        for (year, revenue) in [
            (2021, 2_200_000_000u64),
            (2022, 2_350_000_000),
            (2023, 2_480_000_000),
        ] {
            site.file(
                &format!("content/a-{year}.md"),
                front(
                    "A",
                    "Hòa Bình",
                    year,
                    &format!("figures:\n  avg_revenue_per_cooperative: {revenue}\n"),
                ),
            );
        }
        site.build_ok();
        let svg = site.read("charts/regions/hoa-binh-avg-revenue-per-cooperative.svg");
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let all = texts(&doc);
        assert!(all.iter().any(|t| t == unit), "{lang}: {all:?}");
        assert!(
            all.iter().any(|t| t == tick),
            "{lang}: ticks in billions: {all:?}"
        );
        assert!(
            svg.contains("class=\"axis-break\""),
            "{lang}: 2.2 to 2.5 is off zero, and says so"
        );
    }
}
