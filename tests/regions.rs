//! The register of regions: `regions: vietnam` resolves spellings to official names,
//! knows the 1 July 2025 merger, and says what happened to a region that did not exist
//! in a report's year; without a register, a tie of spellings goes to diacritics.

mod common;

use common::{front, stderr, Site};

/// Cooperatives (and income, for averages) as a report's figures.
fn figures(total: u32, extra: &str) -> String {
    format!("figures:\n  cooperatives_total: {total}\n{extra}")
}

/// A site with `regions: vietnam`: old units' reports of 2021-2024 (Hòa Bình, Phú
/// Yên, Bình Thuận, the old Phú Thọ; Vĩnh Phúc never reports) and 2025 reports of the
/// new Phú Thọ, Đắk Lắk and Lâm Đồng, their names spelled as clerks spell them.
pub fn merger_site() -> Site {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "title: Unions\nbase_url: https://example.org/\nregions: vietnam\n",
    );
    let spellings = ["Hòa Bình", "tỉnh Hoà Bình", "Hoa Binh province", "Hòa Bình"];
    for (i, year) in (2021..=2024).enumerate() {
        let f = figures(700 + i as u32 * 10, "  cooperatives_new: 20\n");
        site.file(
            &format!("content/hoa-binh-{year}.md"),
            front("Hòa Bình", spellings[i], year, &f),
        );
        site.file(
            &format!("content/phu-yen-{year}.md"),
            front("Phú Yên", "Phu Yen", year, &figures(300 + i as u32, "")),
        );
        site.file(
            &format!("content/phu-tho-{year}.md"),
            front("Phú Thọ", "Phú Thọ", year, &figures(500 + i as u32, "")),
        );
    }
    for year in [2023, 2024] {
        site.file(
            &format!("content/binh-thuan-{year}.md"),
            front("Bình Thuận", "Bình Thuận", year, &figures(400, "")),
        );
    }
    site.file(
        "content/phu-tho-2025.md",
        front("Phú Thọ 2025", "Phú Thọ", 2025, &figures(1900, "")),
    );
    site.file(
        "content/dak-lak-2025.md",
        front("Đắk Lắk 2025", "Dak Lak", 2025, &figures(1100, "")),
    );
    site.file(
        "content/lam-dong-2025.md",
        front("Lâm Đồng 2025", "tỉnh Lâm Đồng", 2025, &figures(1500, "")),
    );
    site
}

#[test]
fn spellings_resolve_to_official_names_and_units_of_their_year() {
    let site = merger_site();
    let log = site.build_ok();
    assert!(!log.contains("is merged with"), "{log}");
    // Every spelling of Hòa Bình is one region, shown with its official name.
    let hb = site.read("regions/hoa-binh/index.html");
    assert!(hb.contains("Hòa Bình"), "{hb}");
    for year in 2021..=2024 {
        assert!(hb.contains(&format!("hoa-binh-{year}/")), "{year}");
    }
    assert!(site
        .read("reports/hoa-binh-2023/index.html")
        .contains("Hòa Bình"));
    assert!(!site.out("regions/hoa-binh-province").exists());
    // `Dak Lak` is Đắk Lắk; `tỉnh Lâm Đồng` is Lâm Đồng.
    let dl = site.read("regions/dak-lak/index.html");
    assert!(
        dl.contains("<h1>Reports from Đắk Lắk</h1>") || dl.contains("Đắk Lắk</h1>"),
        "{dl}"
    );
    assert!(!dl.contains("Dak Lak"), "the spelling is not shown");
    assert!(site
        .read("regions/lam-dong/index.html")
        .contains("Lâm Đồng"));
    assert!(!site.out("regions/tinh-lam-dong").exists());
    // `Phú Thọ` before 2025 is the old unit; in 2025 the new one: two regions.
    let old = site.read("regions/phu-tho-before-2025/index.html");
    assert!(old.contains("Phú Thọ (–2024)"), "{old}");
    assert!(old.contains("phu-tho-2021/") && !old.contains("phu-tho-2025/"));
    let new = site.read("regions/phu-tho/index.html");
    assert!(new.contains("phu-tho-2025/"));
    // Its one report; the old unit's four are its own (the new page links them only
    // as the sources of its predecessors' series).
    let json = site.read("data/regions.json");
    assert!(
        json.contains("\"url\": \"https://example.org/regions/phu-tho/\",\n      \"reports\": 1"),
        "{json}"
    );
    // A chart never joins them: the old unit's counts end in 2024.
    let csv = site.read("charts/regions/phu-tho-before-2025-counts.csv");
    assert!(csv.contains("2024") && !csv.contains("2025"), "{csv}");
}

#[test]
fn an_unknown_region_is_an_error_naming_the_nearest() {
    let site = merger_site();
    site.file(
        "content/typo.md",
        front("Typo", "Hoa Bnh", 2023, "slug: typo\n"),
    );
    let out = site.build(&[]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains(
            "content/typo.md:6:1: region `Hoa Bnh` is not in the site's register of regions"
        ),
        "{err}"
    );
    assert!(err.contains("the nearest entries are Hòa Bình"), "{err}");
    assert!(!site.out("index.html").exists(), "nothing is written");
}

#[test]
fn a_region_that_did_not_exist_that_year_is_a_warning_saying_what_happened() {
    let site = merger_site();
    site.file(
        "content/hoa-binh-2026.md",
        front("Hòa Bình 2026", "Hòa Bình", 2026, ""),
    );
    site.file(
        "content/dak-lak-2023.md",
        front("Đắk Lắk 2023", "Đắk Lắk", 2023, ""),
    );
    let log = site.build_ok();
    assert!(
        log.contains("content/hoa-binh-2026.md:6:1: region `Hòa Bình`: Hòa Bình no longer existed in 2026: on 1 July 2025 it merged with Vĩnh Phúc and Phú Thọ into Phú Thọ"),
        "{log}"
    );
    assert!(log.contains("write `region: Phú Thọ`"), "{log}");
    // `Đắk Lắk` in 2023 is the old unit: no warning for it.
    assert!(!log.contains("dak-lak-2023.md"), "{log}");
    assert!(site
        .read("regions/dak-lak-before-2025/index.html")
        .contains("dak-lak-2023/"));
}

#[test]
fn a_new_unit_in_a_year_before_it_existed_is_a_warning() {
    let site = merger_site();
    site.file(
        "coopsite.yaml",
        "title: Unions\nregions:\n  use: vietnam\n  add:\n    - id: phu-tho\n      spellings: [Phú Thọ mới]\n",
    );
    site.file(
        "content/new-2023.md",
        front("New Phú Thọ 2023", "Phú Thọ mới", 2023, ""),
    );
    let log = site.build_ok();
    assert!(
        log.contains("content/new-2023.md:6:1: region `Phú Thọ mới`: the present Phú Thọ did not exist yet in 2023: it was formed on 1 July 2025 from Vĩnh Phúc, Hòa Bình and Phú Thọ"),
        "{log}"
    );
}

#[test]
fn a_bad_register_setting_is_an_error_in_coopsite_yaml() {
    let site = merger_site();
    site.file("coopsite.yaml", "title: Unions\nregions: vietnamm\n");
    let err = stderr(&site.build(&[]));
    assert!(
        err.contains("coopsite.yaml:2:1: there is no built-in register `vietnamm`"),
        "{err}"
    );
    site.file(
        "coopsite.yaml",
        "title: Unions\nregions:\n  use: vietnam\n  add:\n    - name: Tây Bắc\n      formed_from: [Hòa Bình]\n",
    );
    let err = stderr(&site.build(&[]));
    assert!(
        err.contains("regions.add[0]: an entry with `formed_from` needs `from`"),
        "{err}"
    );
}

#[test]
fn a_site_adds_its_own_regions() {
    let site = merger_site();
    site.file(
        "coopsite.yaml",
        "title: Unions\nregions:\n  use: vietnam\n  add:\n    - name: {vi: Vùng Tây Bắc, en: Northwest region}\n      id: northwest\n      spellings: [Tay Bac]\n",
    );
    site.file("content/nw.md", front("NW", "Tay Bac", 2024, "slug: nw\n"));
    site.build_ok();
    let page = site.read("regions/northwest/index.html");
    assert!(page.contains("Northwest region"), "the site's language, en");
}

#[test]
fn without_a_register_a_tie_goes_to_the_spelling_with_diacritics() {
    let site = Site::new();
    // The newer report spells it without diacritics: a tie of one report each.
    site.file("content/a.md", front("A", "Đắk Lắk", 2022, "slug: a\n"));
    site.file("content/b.md", front("B", "Dak Lak", 2023, "slug: b\n"));
    let log = site.build_ok();
    assert!(
        log.contains("content/b.md:6:1: region: `Dak Lak` (content/b.md) is merged with `Đắk Lắk` (content/a.md)"),
        "{log}"
    );
    for page in [
        "regions/dak-lak/index.html",
        "reports/b/index.html",
        "index.html",
    ] {
        let html = site.read(page);
        assert!(html.contains("Đắk Lắk"), "{page}");
        assert!(!html.contains(">Dak Lak<"), "{page}");
    }
}

#[test]
fn region_pages_tell_the_history_with_links() {
    let site = merger_site();
    site.build_ok();
    let hb = site.read("regions/hoa-binh/index.html");
    assert!(
        hb.contains(r#"On 1 July 2025, Hòa Bình merged with Vĩnh Phúc and <a href="/regions/phu-tho-before-2025/">Phú Thọ (–2024)</a> into <a href="/regions/phu-tho/">Phú Thọ</a>."#),
        "{hb}"
    );
    assert!(
        hb.contains(r#"Code: <data value="17">17</data> · until 30 June 2025"#),
        "{hb}"
    );
    let pt = site.read("regions/phu-tho/index.html");
    assert!(
        pt.contains(r#"Phú Thọ was formed on 1 July 2025 from Vĩnh Phúc, <a href="/regions/hoa-binh/">Hòa Bình</a> and <a href="/regions/phu-tho-before-2025/">Phú Thọ (–2024)</a>."#),
        "{pt}"
    );
    assert!(pt.contains(r#"Code: <data value="25">25</data> · since 1 July 2025"#));
    // Vĩnh Phúc has no report, so no page: named, not linked.
    assert!(!site.out("regions/vinh-phuc").exists());
    // A region of no register has no history.
    let plain = Site::new();
    plain.file("content/a.md", front("A", "Hòa Bình", 2023, ""));
    plain.build_ok();
    let page = plain.read("regions/hoa-binh/index.html");
    assert!(page.contains("Hòa Bình") && !page.contains("History"));
}

#[test]
fn open_data_has_codes_and_the_register_with_its_lineage() {
    let site = merger_site();
    site.build_ok();
    let json: serde_json::Value = serde_json::from_str(&site.read("data/regions.json")).unwrap();
    assert_eq!(json["register"], true);
    let units = json["regions"].as_array().unwrap();
    assert_eq!(units.len(), 86, "63 old units, 23 new ones");
    let unit = |id: &str| units.iter().find(|u| u["id"] == id).unwrap().clone();
    let hb = unit("hoa-binh");
    assert_eq!(hb["code"], "17");
    assert_eq!(hb["until"], "2025-06-30");
    assert_eq!(hb["last_year"], 2024);
    assert_eq!(hb["merged_into"], "phu-tho");
    assert_eq!(hb["url"], "https://example.org/regions/hoa-binh/");
    assert_eq!(hb["reports"], 4);
    let pt = unit("phu-tho");
    assert_eq!(pt["from"], "2025-07-01");
    assert_eq!(
        pt["formed_from"],
        serde_json::json!(["vinh-phuc", "hoa-binh", "phu-tho-before-2025"])
    );
    assert_eq!(unit("vinh-phuc")["url"], serde_json::Value::Null);
    assert_eq!(unit("hanoi")["from"], serde_json::Value::Null);
    assert_eq!(unit("hue")["formerly"][0]["name"], "Thừa Thiên Huế");
    // Each figure's row carries its region's code.
    let csv = site.read("data/figures.csv");
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let code_col = header.iter().position(|h| *h == "region_code").unwrap();
    let row = csv.lines().find(|l| l.contains("hoa-binh-2022")).unwrap();
    assert_eq!(row.split(',').nth(code_col), Some("17"), "{row}");
    let reports: serde_json::Value = serde_json::from_str(&site.read("data/reports.json")).unwrap();
    let dl = reports
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == "dak-lak-2025")
        .unwrap();
    assert_eq!(dl["region"], "Đắk Lắk");
    assert_eq!(dl["region_code"], "66");
}

#[test]
fn a_merged_regions_chart_shows_its_predecessors_and_the_boundary() {
    let site = merger_site();
    site.build_ok();
    let page = site.read("regions/phu-tho/index.html");
    assert!(
        page.contains("charts/regions/phu-tho-lineage-counts.svg"),
        "{page}"
    );
    let svg = site.read("charts/regions/phu-tho-lineage-counts.svg");
    assert!(svg.contains("class=\"boundary\""), "the boundary mark");
    assert!(svg.contains("1 July 2025: formed from Vĩnh Phúc, Hòa Bình and Phú Thọ (–2024)"));
    for name in ["Hòa Bình", "Phú Thọ (–2024)", "Phú Thọ"] {
        assert!(svg.contains(&format!(">{name}<")), "{name} is labelled");
    }
    // One line per unit: the predecessors stop at 2024, the new unit starts in 2025.
    let csv = site.read("charts/regions/phu-tho-lineage-counts.csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert!(
        rows[0].contains("Hòa Bình") && rows[0].contains("Phú Thọ (–2024)"),
        "{csv}"
    );
    let row = |y: &str| rows.iter().find(|r| r.starts_with(y)).unwrap().to_string();
    assert!(
        row("2024").contains("730") && row("2024").contains("503"),
        "{csv}"
    );
    assert!(
        row("2025").contains("1,900") || row("2025").contains("1900"),
        "{csv}"
    );
    assert!(
        !row("2025").contains("730") && !row("2024").contains("1900"),
        "{csv}"
    );
    // Đắk Lắk from Phú Yên, Lâm Đồng from Bình Thuận.
    assert!(site
        .read("charts/regions/dak-lak-lineage-counts.svg")
        .contains(">Phú Yên<"));
    assert!(site
        .read("charts/regions/lam-dong-lineage-counts.svg")
        .contains(">Bình Thuận<"));
    // An old unit's charts have no such mark.
    assert!(!site
        .read("charts/regions/hoa-binh-counts.svg")
        .contains("class=\"boundary\""));
}

#[test]
fn year_pages_compare_on_todays_boundaries_adding_counts_never_averages() {
    let site = merger_site();
    site.build_ok();
    let y = site.read("years/2023/index.html");
    assert!(
        y.contains("Compares 4 of the 63 regions that existed at the end of 2023. These are the regions before the merger of 1 July 2025."),
        "{y}"
    );
    assert!(
        y.contains("2023 on today&#39;s boundaries (since 1 July 2025)"),
        "{y}"
    );
    // Phú Thọ: Hòa Bình 720 + the old Phú Thọ 502; Vĩnh Phúc did not report.
    let row = |name: &str| {
        let start = y
            .find(&format!(">{name}</a><br>"))
            .or_else(|| y.find(&format!(">{name}<br>")))
            .unwrap_or_else(|| panic!("{name}: {y}"));
        let end = start + y[start..].find("</tr>").unwrap();
        y[start..end].to_string()
    };
    let pt = row("Phú Thọ");
    assert!(pt.contains("Vĩnh Phúc did not report."), "{pt}");
    assert!(
        pt.contains(r#"<data value="1222">1,222</data><br><small>without Vĩnh Phúc</small>"#),
        "{pt}"
    );
    // New cooperatives: only Hòa Bình gives them.
    assert!(
        pt.contains(
            r#"<data value="20">20</data><br><small>without Vĩnh Phúc and Phú Thọ (–2024)</small>"#
        ),
        "{pt}"
    );
    // An average is never added: not comparable, with the reason.
    assert!(
        pt.contains("not comparable<br><small>Vĩnh Phúc did not report</small>"),
        "{pt}"
    );
    let dl = row("Đắk Lắk");
    assert!(
        dl.contains(r#"<data value="302">302</data><br><small>without Đắk Lắk (–2024)</small>"#),
        "{dl}"
    );
    let ld = row("Lâm Đồng");
    assert!(
        ld.contains("Đắk Nông and Lâm Đồng (–2024) did not report."),
        "{ld}"
    );
    // 2025 compares the new units, with no table on today's boundaries.
    let y25 = site.read("years/2025/index.html");
    assert!(y25.contains("Compares 3 of the 34 regions that existed at the end of 2025. These are the regions as formed on 1 July 2025."), "{y25}");
    assert!(!y25.contains("today&#39;s boundaries"));
}

#[test]
fn an_average_is_combined_only_when_every_unit_gives_its_weight() {
    let site = Site::new();
    site.file("coopsite.yaml", "title: Unions\nregions: vietnam\n");
    let money = |total: u32, avg: &str, income: &str| {
        format!("figures:\n  cooperatives_total: {total}\n  avg_revenue_per_cooperative: {avg}\n  avg_income_per_worker: {income}\n")
    };
    site.file(
        "content/bd.md",
        front(
            "BĐ",
            "Bình Định",
            2024,
            &money(100, "1000000000", "60000000"),
        ),
    );
    site.file(
        "content/gl.md",
        front("GL", "Gia Lai", 2024, &money(300, "2000000000", "50000000")),
    );
    site.build_ok();
    let y = site.read("years/2024/index.html");
    let start = y.find(">Gia Lai</th>").unwrap_or_else(|| panic!("{y}"));
    let row = &y[start..start + y[start..].find("</tr>").unwrap()];
    assert!(!row.contains("did not report"), "{row}");
    assert!(row.contains(r#"<data value="400">400</data>"#), "{row}");
    // (100 × 1.0 + 300 × 2.0 billion) / 400 = 1.75 billion, weighted by cooperatives.
    assert!(row.contains(r#"<data value="1750000000">"#), "{row}");
    assert!(row.contains("weighted by cooperatives"), "{row}");
    // Profit: neither gives it.
    assert!(
        row.contains("not comparable<br><small>no figure from Bình Định and Gia Lai (–2024)"),
        "{row}"
    );
    // Income needs the workers of each unit, which neither gives.
    assert!(
        row.contains("not comparable<br><small>needs every unit&#39;s workers"),
        "{row}"
    );
}
