//! Pictures to take away and share: every home, region and year chart as a PNG beside
//! its SVG (5/3 of its size: 1,200 pixels for a wide chart, text drawn), and a share card per home, region and year
//! page, named by the page's Open Graph and Twitter tags, and the site's icon; all under
//! a sub-path.

mod common;

use common::sub_path_site;

/// A PNG's width and height, and how many of its pixels are dark (text, lines).
fn decode(bytes: &[u8]) -> ((u32, u32), usize) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).expect("its pixels");
    let channels = info.color_type.samples();
    let dark = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .filter(|p| p[..3.min(channels)].iter().all(|&c| c < 100))
        .count();
    ((info.width, info.height), dark)
}

/// The values of `href="…"` in `html` that end with `ext`.
fn links(html: &str, ext: &str) -> Vec<String> {
    html.match_indices("href=\"")
        .map(|(s, m)| {
            let v = &html[s + m.len()..];
            v[..v.find('"').unwrap()].to_string()
        })
        .filter(|l| l.ends_with(ext))
        .collect()
}

/// The `width="…"` and `height="…"` an SVG file starts with.
fn svg_size(svg: &str) -> (u32, u32) {
    let head = &svg[..svg.find('>').unwrap()];
    let num = |key: &str| -> u32 {
        let v = &head[head.find(key).unwrap() + key.len()..];
        v[..v.find('"').unwrap()].parse().unwrap()
    };
    (num("width=\""), num("height=\""))
}

#[test]
fn every_chart_with_an_svg_has_a_1200_pixel_png_with_its_text() {
    let site = sub_path_site();
    let mut pngs = 0;
    for page in [
        "index.html",
        "regions/hoa-binh/index.html",
        "years/2023/index.html",
    ] {
        let html = site.read(page);
        let lines: Vec<&str> = html
            .split("<p class=\"chart-csv\">")
            .skip(1)
            .map(|l| &l[..l.find("</p>").unwrap()])
            .collect();
        assert!(!lines.is_empty(), "{page} has charts");
        for line in lines {
            let (svgs, png) = (links(line, ".svg"), links(line, ".png"));
            assert_eq!(svgs.len(), 1, "{page}: {line}");
            assert_eq!(png.len(), 1, "{page}: a PNG beside the SVG in {line}");
            let rel = |l: &str| l.strip_prefix("/sub/").expect("under /sub/").to_string();
            assert_eq!(
                rel(&png[0]).trim_end_matches(".png"),
                rel(&svgs[0]).trim_end_matches(".svg")
            );
            let svg = site.read(&rel(&svgs[0]));
            let bytes = std::fs::read(site.out(&rel(&png[0]))).unwrap();
            let ((w, h), dark) = decode(&bytes);
            let (sw, sh) = svg_size(&svg);
            let scaled = |n: u32| (n as f64 * 5.0 / 3.0).round() as u32;
            assert_eq!((w, h), (scaled(sw), scaled(sh)), "{}", png[0]);
            assert_eq!(w, 1200, "{}: a wide chart is 720 units", png[0]);
            // Axis labels, ticks and names are drawn: thousands of dark pixels.
            assert!(dark > 2_000, "{}: {dark} dark pixels", png[0]);
            assert!(
                line.contains("type=\"image/png\" download>PNG</a>"),
                "{line}"
            );
            pngs += 1;
        }
    }
    assert!(pngs >= 5, "{pngs}");
    // A report's chart is its region's, opened at its year: no PNG of its own.
    let report = site.read("reports/hoa-binh-2022/index.html");
    assert!(!links(&report, ".svg").is_empty());
    assert!(links(&report, ".png")
        .iter()
        .all(|l| !l.contains("report-")));
}

#[test]
fn a_second_build_gives_the_same_pictures_from_its_cache() {
    let site = sub_path_site();
    let before = common::tree(&site.out(""));
    let cache = site.root().join(".coopsite-cache/png");
    let kept = std::fs::read_dir(&cache).expect("the PNG cache").count();
    assert!(kept >= 5, "{kept} drawings kept");
    site.build_ok();
    assert_eq!(common::tree(&site.out("")), before);
    // Without the cache, the same bytes again.
    std::fs::remove_dir_all(&cache).unwrap();
    site.build_ok();
    assert_eq!(common::tree(&site.out("")), before);
}

/// A second build puts the kept drawings in place as links to the cache's files (no
/// bytes copied), and a later build that draws anew never changes a kept file, so an
/// earlier output and the cache stay as they were.
#[cfg(unix)]
#[test]
fn kept_drawings_are_linked_and_never_written_through() {
    use std::os::unix::fs::MetadataExt;
    let site = sub_path_site();
    site.build_ok();
    let cache = site.root().join(".coopsite-cache/png");
    let kept: std::collections::HashMap<u64, std::path::PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .flatten()
        .map(|e| (e.metadata().unwrap().ino(), e.path()))
        .collect();
    let pngs: Vec<_> = common::tree(&site.out(""))
        .into_iter()
        .filter(|(p, _)| p.ends_with(".png"))
        .collect();
    assert!(pngs.len() >= 5, "{} PNGs", pngs.len());
    for (p, bytes) in &pngs {
        let ino = std::fs::metadata(site.out(p)).unwrap().ino();
        let file = kept
            .get(&ino)
            .unwrap_or_else(|| panic!("{p} is a kept drawing"));
        assert_eq!(&std::fs::read(file).unwrap(), bytes, "{p}");
    }
    let cached = common::tree(&cache);
    // Moved aside, the last output keeps its pictures while the next build redraws
    // the charts of a changed figure (and the home and year cards).
    std::fs::rename(site.out(""), site.root().join("earlier")).unwrap();
    let earlier = common::tree(&site.root().join("earlier"));
    let report = std::fs::read_to_string(site.root().join("content/lào-cai-2023.md")).unwrap();
    site.file(
        "content/lào-cai-2023.md",
        report.replace("cooperatives_total: 1204", "cooperatives_total: 1305"),
    );
    site.build_ok();
    assert_ne!(common::tree(&site.out("")), earlier);
    assert_eq!(common::tree(&site.root().join("earlier")), earlier);
    let now = common::tree(&cache);
    assert!(now.len() > cached.len(), "the new drawings are kept");
    assert!(
        cached.iter().all(|f| now.contains(f)),
        "no kept file changed"
    );
}

/// The cache does not grow build after build: once a day old, a drawing no output links
/// (the charts of numbers since changed) is removed by the next build; the ones the
/// output uses stay.
#[cfg(unix)]
#[test]
fn drawings_no_output_uses_leave_the_cache() {
    use std::os::unix::fs::MetadataExt;
    let site = sub_path_site();
    let cache = site.root().join(".coopsite-cache/png");
    let files = |dir: &std::path::Path| -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect()
    };
    let before = files(&cache);
    let two_days_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 86_400);
    for f in &before {
        let file = std::fs::File::options().write(true).open(f).unwrap();
        file.set_modified(two_days_ago).unwrap();
    }
    let report = std::fs::read_to_string(site.root().join("content/lào-cai-2023.md")).unwrap();
    site.file(
        "content/lào-cai-2023.md",
        report.replace("cooperatives_total: 1204", "cooperatives_total: 1305"),
    );
    site.build_ok();
    let used: std::collections::HashSet<u64> = common::tree(&site.out(""))
        .into_iter()
        .filter(|(p, _)| p.ends_with(".png"))
        .map(|(p, _)| std::fs::metadata(site.out(&p)).unwrap().ino())
        .collect();
    let after = files(&cache);
    let inodes: std::collections::HashSet<u64> = after
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().ino())
        .collect();
    assert_eq!(
        inodes, used,
        "the cache holds what the output uses, no more"
    );
    let gone = before.iter().filter(|f| !f.exists()).count();
    let kept = before.iter().filter(|f| f.exists()).count();
    assert!(gone >= 2 && kept >= 5, "{gone} removed, {kept} kept");
}

/// The `content` of `<meta property|name="key" …>` in `html`.
fn meta<'h>(html: &'h str, key: &str) -> &'h str {
    let needle = format!("=\"{key}\" content=\"");
    let at = html.find(&needle).unwrap_or_else(|| panic!("<meta {key}>"));
    let v = &html[at + needle.len()..];
    &v[..v.find('"').unwrap()]
}

#[test]
fn every_page_names_its_share_card_a_1200_by_630_png_with_its_title() {
    let site = sub_path_site();
    for (page, card, title) in [
        ("index.html", "cards/home.png", "Co-op reports"),
        (
            "regions/hoa-binh/index.html",
            "cards/regions/hoa-binh.png",
            "Reports in Hòa Bình",
        ),
        (
            "years/2023/index.html",
            "cards/years/2023.png",
            "Every region in 2023",
        ),
        // A report shares its region's card.
        (
            "reports/hoa-binh-2022/index.html",
            "cards/regions/hoa-binh.png",
            "Union reviews the year",
        ),
        ("regions/index.html", "cards/home.png", "Co-op reports"),
    ] {
        let html = site.read(page);
        let url = format!("https://example.org/sub/{card}");
        assert_eq!(meta(&html, "og:image"), url, "{page}");
        assert_eq!(meta(&html, "twitter:image"), url, "{page}");
        assert_eq!(meta(&html, "og:image:width"), "1200", "{page}");
        assert_eq!(meta(&html, "og:image:height"), "630", "{page}");
        assert_eq!(meta(&html, "twitter:card"), "summary_large_image", "{page}");
        assert!(meta(&html, "og:image:alt").contains(title), "{page}");
        let ((w, h), dark) = decode(&std::fs::read(site.out(card)).unwrap());
        assert_eq!((w, h), (1200, 630), "{card}");
        assert!(dark > 5_000, "{card}: its title and figures drawn ({dark})");
    }
    // Every page's card is there.
    let mut pages = 0;
    for (path, bytes) in common::tree(&site.out("")) {
        if !path.ends_with(".html") || path.starts_with("embed/") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        let card = meta(&html, "og:image");
        let rel = card.strip_prefix("https://example.org/sub/").expect(card);
        assert!(site.out(rel).is_file(), "{path}: {card}");
        pages += 1;
    }
    assert!(pages > 10, "{pages}");
    // Each region and year has its own card, and they differ.
    let (a, b) = (
        std::fs::read(site.out("cards/regions/hoa-binh.png")).unwrap(),
        std::fs::read(site.out("cards/regions/lao-cai.png")).unwrap(),
    );
    assert_ne!(a, b);
    for year in [2021, 2022, 2023] {
        assert!(
            site.out(&format!("cards/years/{year}.png")).is_file(),
            "{year}"
        );
    }
}

#[test]
fn every_page_has_the_site_icon() {
    let site = sub_path_site();
    for page in ["index.html", "reports/hoa-binh-2022/index.html", "404.html"] {
        let html = site.read(page);
        assert!(
            html.contains(r#"<link rel="icon" href="/sub/favicon.svg" type="image/svg+xml">"#),
            "{page}"
        );
    }
    let icon = site.read("favicon.svg");
    assert!(
        icon.starts_with("<svg") && icon.contains("viewBox"),
        "{icon}"
    );
}
