//! Charts read as geometry and as pages, on the example site and on generated corpora
//! of several regions: no text over a data point, income using its chart's height, a
//! `<title>` on every point, text large enough on phones and desktops, and under every
//! chart a source line whose links resolve and a CSV file equal to the table.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{between, build_into as build, table_rows, tree};

/// Every chart of a built site: (where, SVG text), files and inline.
fn charts(files: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, text) in files {
        if path.ends_with(".svg") {
            out.push((path.clone(), text.clone()));
        } else if path.ends_with(".html") {
            for (i, (start, _)) in text.match_indices("<svg").enumerate() {
                let end = start + text[start..].find("</svg>").unwrap() + 6;
                out.push((format!("{path}#svg{i}"), text[start..end].to_string()));
            }
        }
    }
    out
}

fn num(v: Option<&str>) -> f64 {
    v.unwrap_or("0").trim().parse().unwrap_or(0.0)
}

/// A text's box: its font size, anchor and `dy` (plotters writes `0.5ex`, `0.76em`),
/// 0.6 em a character (DejaVu Sans is about that wide), shrunk by a unit each side.
fn text_box(n: roxmltree::Node) -> Option<([f64; 4], String)> {
    let s: String = n
        .children()
        .filter(|c| c.is_text())
        .filter_map(|c| c.text())
        .collect::<String>()
        .trim()
        .to_string();
    if s.is_empty() || n.attribute("transform").is_some() {
        return None;
    }
    let fs = num(n.attribute("font-size"));
    let w = 0.6 * fs * s.chars().count() as f64;
    let dy = n.attribute("dy").unwrap_or("0");
    let dy = match dy {
        d if d.ends_with("em") => num(Some(&d[..d.len() - 2])) * fs,
        d if d.ends_with("ex") => num(Some(&d[..d.len() - 2])) * fs * 0.5,
        d => num(Some(d)),
    };
    let (x, base) = (num(n.attribute("x")), num(n.attribute("y")) + dy);
    let left = match n.attribute("text-anchor") {
        Some("middle") => x - w / 2.0,
        Some("end") => x - w,
        _ => x,
    };
    Some((
        [
            left + 1.0,
            base - 0.8 * fs + 1.0,
            left + w - 1.0,
            base + 0.2 * fs - 1.0,
        ],
        s,
    ))
}

/// The data: points (circles, and the vertices of series lines) and bars.
fn data(doc: &roxmltree::Document) -> (Vec<(f64, f64)>, Vec<[f64; 4]>) {
    let (mut points, mut bars) = (Vec::new(), Vec::new());
    for n in doc.descendants().filter(|n| n.is_element()) {
        match n.tag_name().name() {
            "circle" => points.push((num(n.attribute("cx")), num(n.attribute("cy")))),
            "polyline" if num(n.attribute("stroke-width")) >= 1.5 => {
                for pair in n.attribute("points").unwrap_or("").split_whitespace() {
                    let (x, y) = pair.split_once(',').unwrap();
                    points.push((num(Some(x)), num(Some(y))));
                }
            }
            "rect" if matches!(n.attribute("class"), Some("bar" | "hl")) => {
                let (x, y) = (num(n.attribute("x")), num(n.attribute("y")));
                bars.push([
                    x,
                    y,
                    x + num(n.attribute("width")),
                    y + num(n.attribute("height")),
                ]);
            }
            _ => {}
        }
    }
    (points, bars)
}

/// The series of a data point: circles in a series' group (`<g class="p0">`), not
/// the highlight ring.
fn series_of<'a>(n: &roxmltree::Node<'a, '_>) -> Option<&'a str> {
    n.parent_element()
        .and_then(|g| g.attribute("class"))
        .filter(|c| n.has_tag_name("circle") && c.starts_with('p'))
}

/// Geometry checks of one chart; returns the income chart's share of its plot's height
/// its points span, when it is an income chart with values that differ.
fn check_svg(name: &str, svg: &str) -> Option<f64> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{name}: not XML: {e}"));
    let root = doc.root_element();
    let width = num(root.attribute("width"));
    let (points, bars) = data(&doc);
    let mut smallest = f64::MAX;
    for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let Some(([l, top, r, b], s)) = text_box(t) else {
            continue;
        };
        smallest = smallest.min(num(t.attribute("font-size")));
        for &(x, y) in &points {
            assert!(
                !(l <= x && x <= r && top <= y && y <= b),
                "{name}: \"{s}\" covers the data point at ({x}, {y})"
            );
        }
        for &[x0, y0, x1, y1] in &bars {
            assert!(
                x1 < l || r < x0 || y1 < top || b < y0,
                "{name}: \"{s}\" covers a bar"
            );
        }
    }
    // Wide charts are shown at least 608 px wide (from 40rem up), narrow ones 328 px
    // on a 360 px phone: at least 12 and 11 CSS px.
    let (shown, least) = if width > 400.0 {
        (608.0, 12.0)
    } else {
        (328.0, 11.0)
    };
    assert!(
        smallest * shown / width >= least,
        "{name}: text {smallest} in {width}"
    );
    for n in doc.descendants().filter(|n| {
        n.has_tag_name("circle")
            || (n.has_tag_name("rect") && matches!(n.attribute("class"), Some("bar" | "hl")))
    }) {
        assert!(
            n.children().any(|c| c.has_tag_name("title")),
            "{name}: a point without a <title>"
        );
    }
    let id = root.attribute("aria-labelledby").unwrap_or_default();
    let home = id.starts_with("home-");
    if !id.contains("income") {
        return None;
    }
    let classes: std::collections::BTreeSet<&str> =
        doc.descendants().filter_map(|n| series_of(&n)).collect();
    let panels = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("plot"))
        .count();
    if panels > 1 {
        return None;
    }
    assert!(
        classes.len() <= 1 || home,
        "{name}: income shares its axis: {classes:?}"
    );
    let plot = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("plot"))
        .unwrap();
    let ys: Vec<f64> = doc
        .descendants()
        .filter(|n| series_of(n).is_some())
        .map(|n| num(n.attribute("cy")))
        .collect();
    let span =
        ys.iter().cloned().fold(f64::MIN, f64::max) - ys.iter().cloned().fold(f64::MAX, f64::min);
    (span > 0.5 && !home).then(|| span / num(plot.attribute("height")))
}

/// RFC 4180 records: CRLF line ends, quoted fields with doubled quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    assert!(text.ends_with("\r\n"), "CSV lines end with CRLF");
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => {
                assert!(c != '\n', "LF without CR");
                field.push(c);
            }
        }
    }
    rows
}

/// The page checks of every chart on every page: source line, links, CSV = table.
fn check_pages(files: &BTreeMap<String, String>) -> usize {
    let mut seen = 0;
    // Embed pages carry their own styles and no chart table (tests/share.rs).
    let pages = files
        .iter()
        .filter(|(p, _)| p.ends_with(".html") && !p.starts_with("embed/"));
    for (path, html) in pages {
        let base = between(html, "<link rel=\"stylesheet\" href=\"", "style.css\"");
        let file_of = |href: &str| {
            let href = href.split('#').next().unwrap_or_default();
            let rel = href
                .strip_prefix(base)
                .unwrap_or_else(|| panic!("{path}: {href}"));
            if rel.is_empty() || rel.ends_with('/') {
                format!("{rel}index.html")
            } else {
                rel.to_string()
            }
        };
        for chart in html.split("<div class=\"chart\">").skip(1) {
            seen += 1;
            let source = between(chart, "<p class=\"chart-source\">", "</p>");
            let links: Vec<&str> = source
                .match_indices("href=\"")
                .map(|(i, _)| between(&source[i..], "href=\"", "\""))
                .collect();
            assert!(
                !links.is_empty(),
                "{path}: a source line without links: {source}"
            );
            for l in &links {
                let page = files.get(&file_of(l));
                assert!(page.is_some(), "{path}: source link {l} leads nowhere");
                if let Some((_, id)) = l.split_once('#') {
                    let anchor = format!("id=\"{id}\"");
                    assert!(page.unwrap().contains(&anchor), "{path}: no #{id}");
                }
            }
            // A year's many regions are linked from its table.
            let to_table = links.iter().any(|l| l.contains('#'));
            if let Some(n) = source
                .strip_prefix("From ")
                .and_then(|s| s.split(' ').next())
            {
                if !source.contains(" regions, ") && !to_table {
                    let n: usize = n.replace(',', "").parse().unwrap();
                    assert_eq!(n, links.len(), "{path}: {source}");
                }
            }
            let csv = between(chart, "<p class=\"chart-csv\"><a href=\"", "\"");
            let text = files
                .get(&file_of(csv))
                .unwrap_or_else(|| panic!("{path}: no {csv}"));
            assert_eq!(
                parse_csv(text),
                table_rows(chart),
                "{path}: {csv} is not the table"
            );
        }
    }
    seen
}

/// Every check on a built site; the income charts' shares of their heights.
fn check_site(out: &Path) -> Vec<f64> {
    let files: BTreeMap<String, String> = tree(out)
        .into_iter()
        .filter_map(|(p, b)| String::from_utf8(b).ok().map(|t| (p, t)))
        .collect();
    let all = charts(&files);
    assert!(!all.is_empty());
    let shares: Vec<f64> = all.iter().filter_map(|(n, s)| check_svg(n, s)).collect();
    assert!(check_pages(&files) > 0, "charts on the pages");
    shares
}

#[test]
fn example_site_charts_read_anywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(Path::new(env!("CARGO_MANIFEST_DIR")), &out);
    check_site(&out);
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains("From 2 reports of 2 regions, 2023–2024."),
        "the home comparison's source"
    );
}

#[test]
fn generated_corpora_charts_read_anywhere() {
    // 4 regions (one line each) and 12 (small multiples), 25 years each.
    for (n, regions) in [(100, 4), (300, 12)] {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(
            coopsite::corpus::write_corpus(n, tmp.path(), 7).unwrap(),
            regions
        );
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        build(tmp.path(), &a);
        let shares = check_site(&a);
        assert!(
            shares.len() >= regions * 2,
            "every region's and report's income charts: {}",
            shares.len()
        );
        let least = shares.iter().cloned().fold(1.0, f64::min);
        eprintln!(
            "{n} reports: {} income charts, the least uses {least:.2} of its plot",
            shares.len()
        );
        assert!(least > 0.4, "income uses its chart's height: {least:.2}");
        let home = std::fs::read_to_string(a.join("index.html")).unwrap();
        if regions > 8 {
            // Small multiples are shown from their files, the page stays light.
            assert!(home.contains("<object data=\"/charts/home-counts.svg\""));
            assert!(home.contains("<object data=\"/charts/home-income-narrow.svg\""));
        }
        for (path, bytes) in tree(&a).iter().filter(|(p, _)| p.ends_with(".html")) {
            let limit = if path == "index.html" { 300 } else { 1024 };
            assert!(
                bytes.len() < limit * 1024,
                "{path}: {} KB",
                bytes.len() / 1024
            );
        }
        build(tmp.path(), &b);
        assert!(tree(&a) == tree(&b), "{n} reports: two builds differ");
    }
}

#[test]
#[should_panic(expected = "covers the data point")]
fn a_legend_over_a_point_is_caught() {
    check_svg(
        "legend.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"100\"><text x=\"10\" y=\"20\" font-size=\"15\">Province A</text><circle cx=\"30\" cy=\"15\" r=\"4\"><title>A</title></circle></svg>",
    );
}

#[test]
#[should_panic(expected = "a point without a <title>")]
fn a_point_without_a_title_is_caught() {
    check_svg(
        "bare.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"100\"><circle cx=\"30\" cy=\"15\" r=\"4\"/></svg>",
    );
}
