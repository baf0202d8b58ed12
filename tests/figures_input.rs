//! What an author types becomes the right number, or a located error that says what
//! was probably meant: reports written as hurried clerks write them, in vi, fr, ms, en.

mod common;

use common::{front, stderr, Site};

/// Builds `content/a.md` = `text` and returns stderr, asserting exit 1.
fn fails_with(text: &str) -> String {
    let site = Site::new();
    site.file("content/a.md", text);
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "expected exit 1:\n{err}");
    err
}

fn report(lang: &str, figures: &str) -> String {
    front(
        "Conference",
        "Province A",
        2023,
        &format!("lang: {lang}\nfigures:\n{figures}"),
    )
}

#[test]
fn vietnamese_thousands_are_not_decimals() {
    let err = fails_with(&report("vi", "  cooperatives_total: 1.059\n"));
    assert!(err.contains("content/a.md:9:23: figures.cooperatives_total: a count must be a whole number, 0 or more; found 1.059"), "{err}");
    assert!(
        err.contains("help: write counts as plain digits without separators: 1059"),
        "{err}"
    );
    let err = fails_with(&report("vi", "  collective_economy_members: 15.200\n"));
    assert!(
        err.contains("content/a.md:9:31: figures.collective_economy_members:"),
        "{err}"
    );
    assert!(err.contains("write 15200"), "{err}");
}

#[test]
fn money_that_cannot_be_an_average_says_what_was_meant() {
    let err = fails_with(&report("en", "  avg_revenue_per_cooperative: 2.5\n"));
    assert!(
        err.contains("content/a.md:9:32: figures.avg_revenue_per_cooperative:"),
        "{err}"
    );
    assert!(err.contains("2.5 billion is 2500000000"), "{err}");
    let err = fails_with(&report(
        "en",
        "  avg_income_per_worker: {amount: 4.5, per: month}\n",
    ));
    assert!(err.contains("4.5 million is 4500000"), "{err}");
    let err = fails_with(&report(
        "en",
        "  avg_profit_per_cooperative: 30000000000000\n",
    ));
    assert!(err.contains("number of zeros"), "{err}");
}

#[test]
fn misspelt_figures_parts_and_currencies_are_errors() {
    let err = fails_with(&report("en", "  cooperatives_totl: 120\n"));
    assert!(
        err.contains("content/a.md:9:3: figures.cooperatives_totl:"),
        "{err}"
    );
    assert!(err.contains("did you mean `cooperatives_total`?"), "{err}");
    let err = fails_with(&report(
        "fr",
        "  cooperatives_total: 100\n  cooperatives_effective: 140\n",
    ));
    assert!(err.contains("content/a.md:10:27: figures.cooperatives_effective: `cooperatives_effective: 140` is more than `cooperatives_total: 100`"), "{err}");
    let err = fails_with(&report(
        "en",
        "  avg_income_per_worker: {amount: 2500, currency: USD}\n",
    ));
    assert!(
        err.contains("is charted in VND; this amount is in USD"),
        "{err}"
    );
    let err = fails_with(&front("C", "R", 2023, "targets:\n  cooperatives_nwe: 60\n"));
    assert!(
        err.contains("targets.cooperatives_nwe:")
            && err.contains("did you mean `cooperatives_new`?"),
        "{err}"
    );
}

#[test]
fn language_codes_are_checked() {
    let err = fails_with(&front("C", "R", 2023, "lang: vn\n"));
    assert!(
        err.contains("content/a.md:7:7: lang: `vn` is not a language code"),
        "{err}"
    );
    assert!(err.contains("help: Vietnamese is `vi`"), "{err}");
    let err = fails_with(&front("C", "R", 2023, "lang: FR\n"));
    assert!(
        err.contains("language codes are lowercase") && err.contains("write `fr`"),
        "{err}"
    );
}

#[test]
fn every_problem_of_a_file_in_one_run() {
    let text = "---\ntitle: x\ndate: 2023-13-45\nyear: 2023\nunion: U\nregion: R\ncolour: red\nfigures:\n  cooperatives_new: -4\n  avg_income_per_worker: lots\n---\n";
    let err = fails_with(text);
    for expected in [
        "content/a.md:3:7: date:",
        "content/a.md:7:1: unknown key `colour`",
        "content/a.md:9:21: figures.cooperatives_new: a count must be a whole number, 0 or more; found -4",
        "content/a.md:10:26: figures.avg_income_per_worker: cannot read `lots` as money",
        "error: 4 problems found",
    ] {
        assert!(err.contains(expected), "{expected}:\n{err}");
    }
}

#[test]
fn money_in_words_is_exact_and_shown_as_written() {
    let site = Site::new();
    site.file("content/vi.md", front("V", "Hòa Bình", 2023, "lang: vi\nfigures:\n  avg_revenue_per_cooperative: \"1,58 tỷ đồng\"\n  avg_income_per_worker: \"4,67 triệu đồng/người/tháng\"\n"));
    site.file(
        "content/fr.md",
        front(
            "F",
            "Province B",
            2024,
            "lang: fr\nfigures:\n  avg_income_per_worker: \"5,6 millions par mois\"\n",
        ),
    );
    site.file(
        "content/ms.md",
        front(
            "M",
            "Province A",
            2023,
            "lang: ms\nfigures:\n  avg_revenue_per_cooperative: \"2 bilion 295 juta\"\n",
        ),
    );
    site.build_ok();
    let vi = site.read("reports/vi/index.html");
    for shown in [
        "1.58 billion VND",
        "1,580,000,000 VND per year",
        "1,58 tỷ đồng",
        "4.67 million VND per month",
        "56.04 million VND",
    ] {
        assert!(vi.contains(shown), "vi lacks {shown}");
    }
    assert!(
        !vi.contains("1.6 billion"),
        "the precision the report states is kept"
    );
    let fr = site.read("reports/fr/index.html");
    assert!(fr.contains("67.2 million VND") && fr.contains("5.6 million VND per month"));
    let ms = site.read("reports/ms/index.html");
    assert!(ms.contains("2,295,000,000 VND per year"), "exact");
    let home = site.read("index.html");
    assert!(
        home.contains("4.67 million VND per month"),
        "the home table shows the month too"
    );
}

#[test]
fn declared_figures_have_their_labels_and_period() {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        "figures:\n  ocop_products: {kind: count, label: {en: OCOP products, vi: Sản phẩm OCOP}}\n  charter_capital: {kind: money, per: total, label: {en: Charter capital}}\n",
    );
    site.file(
        "content/a.md",
        front(
            "A",
            "R",
            2023,
            "figures:\n  ocop_products: 12\n  charter_capital: 5000000000\n  other_thing: 3\n",
        ),
    );
    let log = site.build_ok();
    let page = site.read("reports/a/index.html");
    assert!(
        page.contains("OCOP products") && !page.contains("Ocop products"),
        "{page}"
    );
    assert!(
        page.contains("5,000,000,000 VND<"),
        "a total is not per year"
    );
    assert!(!page.contains("5,000,000,000 VND per year"));
    assert!(log.contains("`other_thing` is not declared"), "{log}");
    assert!(!log.contains("`ocop_products` is not declared"), "{log}");
}

#[test]
fn one_region_one_name() {
    let site = Site::new();
    site.file(
        "content/a.md",
        front("A", "Thừa Thiên Huế", 2021, "slug: a\n"),
    );
    site.file(
        "content/b.md",
        front("B", "Thua Thien Hue", 2022, "slug: b\n"),
    );
    // Decomposed Unicode: the same letters, written with combining marks.
    site.file(
        "content/c.md",
        front(
            "C",
            "Thu\u{31b}\u{300}a Thie\u{302}n Hue\u{302}\u{301}",
            2023,
            "slug: c\n",
        ),
    );
    let log = site.build_ok();
    assert!(
        log.contains("content/b.md:6:1: region: `Thua Thien Hue` (content/b.md) is merged with `Thừa Thiên Huế` (content/c.md, content/a.md)"),
        "merged spellings are named:\n{log}"
    );
    for page in [
        "reports/a/index.html",
        "reports/b/index.html",
        "reports/c/index.html",
        "regions/index.html",
        "index.html",
    ] {
        let html = site.read(page);
        assert!(html.contains("Thừa Thiên Huế"), "{page}");
        assert!(!html.contains("Thua Thien Hue<"), "{page}");
    }
    assert!(site.out("regions/thua-thien-hue/index.html").exists());
}

#[test]
fn broken_internal_links_fail_the_build() {
    let site = Site::new();
    site.file(
        "content/a.md",
        format!(
            "{}See [the other report](missing.md).\n",
            front("A", "R", 2023, "")
        ),
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/a.md (page reports/a/index.html): broken link"),
        "{err}"
    );
    assert!(!site.out("index.html").exists());
}

#[test]
fn a_conference_cannot_precede_the_year_it_reviews() {
    let text = "---\ntitle: x\ndate: 2022-12-28\nyear: 2023\nunion: U\nregion: R\n---\n";
    let err = fails_with(text);
    assert!(err.contains("content/a.md:3:7: date: the conference on 2022-12-28 is before the year it reviews (2023)"), "{err}");
}

#[test]
fn a_report_typed_as_clerks_type_builds_with_the_right_numbers() {
    let site = Site::new();
    site.file(
        "content/2023/hoa-binh-2023.md",
        "---\ntitle: Hội nghị tổng kết năm 2023\ndate: 2023-12-28\nyear: \"2023\"\nunion: Liên minh HTX tỉnh\nregion: Hòa Bình\nlang: vi\ntags: ocop, chuyển đổi số\nfigures:\n  cooperatives_total: 758\n  avg_revenue_per_cooperative: 2,3 tỷ đồng\n  avg_income_per_worker: 5.600.000 đ/tháng\n  avg_profit_per_cooperative: 215.000.000\n---\n\nToàn tỉnh có 758 HTX, doanh thu bình quân 2,3 tỷ đồng; lợi nhuận 215.000.000 đồng; thu nhập 5.600.000 đ/tháng.\n",
    );
    let log = site.build_ok();
    assert!(!log.contains("not stated"), "{log}");
    let page = site.read("reports/hoa-binh-2023/index.html");
    for shown in [
        ">758<",
        "2,300,000,000 VND per year",
        "67,200,000 VND per year",
        "5.6 million VND per month",
        "215,000,000 VND per year",
    ] {
        assert!(page.contains(shown), "{shown}");
    }
    assert!(site.out("tags/ocop/index.html").exists());
    assert!(
        site.out("tags/chuyen-doi-so/index.html").exists(),
        "a tag list written as text"
    );
}
