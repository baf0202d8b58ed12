//! Every page speaks one language: dates and numbers in the interface language,
//! sites in several languages with their translations linked and counted once, and
//! interface words a site adds or replaces.

mod common;

use common::{stderr, Site};

/// The example site's reports in a site whose language is `lang`.
fn example_in(lang: &str) -> Site {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        format!("base_url: https://example.org/\nlanguage: {lang}\n"),
    );
    for f in [
        "content/2023/tinh-a-2023.md",
        "content/2024/province-b-2024.md",
    ] {
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(f))
                .unwrap();
        site.file(f, text);
    }
    site
}

#[test]
fn the_example_site_in_each_language() {
    for (lang, date, number, label) in [
        ("en", "3 January 2025", "1,059", "New cooperatives"),
        (
            "fr",
            "3 janvier 2025",
            "1\u{202f}059",
            "Nouvelles coopératives",
        ),
        ("ms", "3 Januari 2025", "1,059", "Koperasi baharu"),
        (
            "vi",
            "3 tháng 1 năm 2025",
            "1.059",
            "Hợp tác xã thành lập mới",
        ),
    ] {
        let site = example_in(lang);
        site.build_ok();
        let page = site.read("reports/province-b-2024/index.html");
        assert!(page.contains(&format!(">{date}</time>")), "{lang}: {date}");
        assert!(page.contains(&format!(">{number}<")), "{lang}: {number}");
        assert!(page.contains(label), "{lang}: {label}");
        assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        let home = site.read("index.html");
        assert!(
            home.contains(&format!(">{date}</time>")),
            "{lang} home: {date}"
        );
    }
}

const VI: &str = "---\ntitle: \"Liên minh HTX tỉnh tổng kết năm 2023\"\ndate: 2024-01-05\nyear: 2023\nunion: Liên minh Hợp tác xã tỉnh\nregion: Hòa Bình\nlang: vi\nfigures:\n  cooperatives_total: 758\n---\n\nToàn tỉnh có 758 hợp tác xã.\n";
const EN: &str = "---\ntitle: \"Provincial Cooperative Union reviews 2023\"\ndate: 2024-01-05\nyear: 2023\nunion: Provincial Cooperative Union\nregion: Hoa Binh\nfigures:\n  cooperatives_total: 758\n---\n\nThe province has 758 cooperatives.\n";

fn two_languages() -> Site {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguages: [vi, en]\n",
    );
    site.file("content/2023/hoa-binh-2023.md", VI);
    site.file("content/2023/hoa-binh-2023.en.md", EN);
    site
}

#[test]
fn a_translation_pair_builds_both_pages_linked_and_counted_once() {
    let site = two_languages();
    site.build_ok();
    let vi = site.read("reports/hoa-binh-2023/index.html");
    let en = site.read("en/reports/hoa-binh-2023/index.html");
    assert!(
        vi.contains("Liên minh HTX tỉnh tổng kết năm 2023") && vi.contains("<html lang=\"vi\"")
    );
    assert!(
        en.contains("Provincial Cooperative Union reviews 2023")
            && en.contains("<html lang=\"en\"")
    );
    for (page, other) in [
        (&vi, "https://example.org/en/reports/hoa-binh-2023/"),
        (&en, "https://example.org/reports/hoa-binh-2023/"),
    ] {
        assert!(
            page.contains(&format!(
                "hreflang=\"{}\" href=\"{other}\"",
                if other.contains("/en/") { "en" } else { "vi" }
            )),
            "alternate link to {other}"
        );
    }
    assert!(
        vi.contains("href=\"/en/reports/hoa-binh-2023/\" lang=\"en\""),
        "a visible switch to English"
    );
    assert!(
        en.contains("href=\"/reports/hoa-binh-2023/\" lang=\"vi\""),
        "and back"
    );
    // Counted once: one report in the data, one row in each tree's year table.
    let data = site.read("data/reports.json");
    assert_eq!(data.matches("\"slug\":\"hoa-binh-2023\"").count(), 1);
    for year in ["years/2023/index.html", "en/years/2023/index.html"] {
        let page = site.read(year);
        let body = &page[page.find("<tbody>").unwrap()..];
        assert_eq!(body.matches("<tr>").count(), 1, "{year}");
    }
    assert!(
        site.read("en/index.html")
            .contains("Regions compared in 2023"),
        "the English tree speaks English"
    );
    assert!(
        site.read("index.html")
            .contains("So sánh các tỉnh năm 2023"),
        "the root tree speaks Vietnamese"
    );
    assert!(site.out("en/atom.xml").exists() && site.out("en/sitemap.xml").exists());
    assert!(
        !site.out("en/404.html").exists(),
        "one 404 page, at the root"
    );
}

#[test]
fn a_translation_with_other_figures_is_an_error_naming_both_files() {
    let site = two_languages();
    site.file(
        "content/2023/hoa-binh-2023.en.md",
        EN.replace("cooperatives_total: 758", "cooperatives_total: 785"),
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("content/2023/hoa-binh-2023.en.md:"), "{err}");
    assert!(
        err.contains(
            "figures.cooperatives_total: 785 here, but 758 in content/2023/hoa-binh-2023.md"
        ),
        "{err}"
    );
}

#[test]
fn a_translation_into_a_language_the_site_does_not_publish_is_unused_and_said_so() {
    let site = two_languages();
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguage: vi\n",
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("warning: content/2023/hoa-binh-2023.en.md:1:1: this translation into `en` is not used: the site's languages are vi, so content/2023/hoa-binh-2023.md is shown as it is"),
        "{err}"
    );
    assert!(err.contains("`languages: [vi, en]`"), "{err}");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains(", 1 warning,"), "{out}");
    // The original stays, in Vietnamese; the English text is nowhere.
    let page = site.read("reports/hoa-binh-2023/index.html");
    assert!(
        page.contains("Liên minh HTX tỉnh tổng kết năm 2023"),
        "{page}"
    );
    assert!(!page.contains("Provincial Cooperative Union reviews 2023"));
    assert!(!site.out("en").exists());
    let home = site.read("index.html");
    assert!(home.contains("Liên minh HTX tỉnh tổng kết năm 2023"));
    assert!(!home.contains("Provincial Cooperative Union reviews 2023"));
    // With English among the languages, the same files give no such warning.
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguages: [vi, en]\n",
    );
    let err = site.build_ok();
    assert!(!err.contains("not used"), "{err}");
    assert!(site
        .read("en/reports/hoa-binh-2023/index.html")
        .contains("Provincial Cooperative Union reviews 2023"));
}

#[test]
fn a_translation_of_another_region_or_year_is_an_error_naming_both_files() {
    let site = two_languages();
    site.file(
        "content/2023/hoa-binh-2023.en.md",
        EN.replace("year: 2023", "year: 2022")
            .replace("region: Hoa Binh", "region: Son La"),
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for line in [
        "content/2023/hoa-binh-2023.en.md:4:1: year: 2022 here, but 2023 in content/2023/hoa-binh-2023.md, the report it translates",
        "content/2023/hoa-binh-2023.en.md:6:1: region: Son La here, but Hòa Bình in content/2023/hoa-binh-2023.md, the report it translates",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
    assert!(
        err.contains("give it the region of content/2023/hoa-binh-2023.md"),
        "{err}"
    );
    // The same region spelled without diacritics ("Hoa Binh") is no error: the pair
    // in two_languages() builds.
    let site = two_languages();
    let err = site.build_ok();
    assert!(!err.contains("here, but"), "{err}");
}

#[test]
fn a_report_without_a_translation_is_shown_in_its_own_language_marked() {
    let site = two_languages();
    site.remove("content/2023/hoa-binh-2023.en.md");
    site.build_ok();
    let en = site.read("en/index.html");
    assert!(en.contains("lang=\"vi\">Liên minh HTX tỉnh tổng kết năm 2023</a> <small class=\"lang\">(vi)</small>"), "{en}");
}

#[test]
fn sites_add_languages_and_words() {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguages: [en, zh]\n",
    );
    site.file("i18n/zh.yaml", "reports: \"报告\"\nyears: \"年份\"\n");
    site.file("i18n/en.yaml", "years: \"Years compared\"\n");
    site.file("content/a.md", common::front("A", "R", 2023, ""));
    let o = site.run(&["check", "--root", site.root().to_str().unwrap()]);
    let err = stderr(&o);
    assert!(err.contains("i18n/zh.yaml: "), "{err}");
    assert!(
        err.contains("have no `zh` translation and are shown in English"),
        "{err}"
    );
    site.build_ok();
    let zh = site.read("zh/index.html");
    assert!(zh.contains("年份"), "the site's own words");
    assert!(
        zh.contains("Newest reports"),
        "English where zh has no word"
    );
    assert!(
        site.read("index.html").contains(">Years compared</a>"),
        "a site replaces a word"
    );
}

#[test]
fn a_title_and_description_per_language_each_tree_shows_its_own() {
    let site = two_languages();
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguages: [vi, en]\ntitle: {vi: Báo cáo đại hội HTX, en: Cooperative conference reports}\ndescription:\n  vi: Số liệu hợp tác xã qua các năm\n  en: Cooperative figures over the years\n",
    );
    site.build_ok();
    for (page, title, description) in [
        (
            "index.html",
            "<title>Báo cáo đại hội HTX</title>",
            "Số liệu hợp tác xã qua các năm",
        ),
        (
            "years/index.html",
            "Báo cáo đại hội HTX</title>",
            "Số liệu hợp tác xã qua các năm",
        ),
        (
            "en/index.html",
            "<title>Cooperative conference reports</title>",
            "Cooperative figures over the years",
        ),
        (
            "en/years/index.html",
            "Cooperative conference reports</title>",
            "Cooperative figures over the years",
        ),
    ] {
        let html = site.read(page);
        assert!(html.contains(title), "{page}: {title}");
        assert!(
            html.contains(&format!(
                "<meta name=\"description\" content=\"{description}\">"
            )),
            "{page}: {description}"
        );
    }
    assert!(!site
        .read("en/index.html")
        .contains("Báo cáo đại hội HTX</title>"));
    assert!(site
        .read("en/atom.xml")
        .contains("Cooperative conference reports"));
    // A key that is not a language: the hint, at the setting.
    site.file(
        "coopsite.yaml",
        "base_url: https://example.org/\nlanguages: [vi, en]\ntitle: {vn: Báo cáo, en: Reports}\n",
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("coopsite.yaml:3:1: title: `vn` is not a language code"),
        "{err}"
    );
    assert!(err.contains("help: Vietnamese is `vi`"), "{err}");
}

#[test]
fn lang_vn_gives_its_hint_and_no_follow_on_errors() {
    let site = two_languages();
    site.remove("content/2023/hoa-binh-2023.en.md");
    site.file(
        "content/2023/hoa-binh-2023.md",
        VI.replace("lang: vi", "lang: vn").replace(
            "  cooperatives_total: 758\n",
            "  cooperatives_total: 758\n  avg_revenue_per_cooperative: \"2,3 tỷ đồng\"\n",
        ) + "Doanh thu bình quân 2,3 tỷ đồng.\n",
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/2023/hoa-binh-2023.md:7:7: lang: `vn` is not a language code"),
        "{err}"
    );
    assert!(err.contains("help: Vietnamese is `vi`"), "{err}");
    // The money in Vietnamese words is read as Vietnamese: the one error is the code.
    assert!(err.contains("error: 1 problem found"), "{err}");
    assert!(!err.contains("2,3 tỷ đồng"), "{err}");
    // Fixed, it builds with nothing to say.
    site.file(
        "content/2023/hoa-binh-2023.md",
        VI.replace(
            "  cooperatives_total: 758\n",
            "  cooperatives_total: 758\n  avg_revenue_per_cooperative: \"2,3 tỷ đồng\"\n",
        ) + "Doanh thu bình quân 2,3 tỷ đồng.\n",
    );
    let err = site.build_ok();
    assert!(!err.contains("error"), "{err}");
}
