//! A union that made a loss records a negative average profit: accepted in every way
//! money is written, shown with its sign on pages, in charts and in the open data,
//! and checked against the report's words ("lỗ", "âm", "loss", "perte", "rugi").
//! The real binary on fixture sites.

mod common;

use common::{stderr, Site};

/// A site in `lang` with one report of Hòa Bình for 2023 whose text is `text` and
/// whose average profit is `profit` (as YAML).
fn site_with(lang: &str, profit: &str, text: &str) -> Site {
    let site = Site::new();
    site.file(
        "coopsite.yaml",
        format!("base_url: https://example.org/\nlanguage: {lang}\n"),
    );
    site.file(
        "content/hoa-binh-2023.md",
        format!(
            "---\ntitle: Hoa Binh 2023\ndate: 2024-01-05\nyear: 2023\nunion: U\nregion: Hòa Bình\nfigures:\n  cooperatives_total: 758\n  avg_profit_per_cooperative: {profit}\n---\n\n{text}\n"
        ),
    );
    site
}

#[test]
fn a_loss_is_accepted_shown_with_its_sign_and_found_in_each_languages_words() {
    for (lang, profit, text, shown) in [
        (
            "vi",
            "\"lỗ 120 triệu đồng\"",
            "Toàn tỉnh có 758 hợp tác xã; các hợp tác xã lỗ bình quân 120 triệu đồng.",
            "-120 triệu VND",
        ),
        (
            "vi",
            "\"-120 triệu đồng\"",
            "Toàn tỉnh có 758 hợp tác xã, lợi nhuận bình quân âm 120 triệu đồng.",
            "-120 triệu VND",
        ),
        (
            "en",
            "-120000000",
            "The province had 758 cooperatives, which made an average loss of 120 million VND.",
            "-120 million VND",
        ),
        (
            "fr",
            "{amount: -120000000}",
            "La province comptait 758 coopératives, avec une perte moyenne de 120 millions de VND.",
            "-120 millions VND",
        ),
        (
            "ms",
            "\"rugi 120 juta\"",
            "Wilayah ini mempunyai 758 koperasi, dengan purata rugi 120 juta.",
            "-120 juta VND",
        ),
    ] {
        let site = site_with(lang, profit, text);
        let err = site.build_ok();
        assert!(!err.contains("warning"), "{lang} {profit}: {err}");
        let page = site.read("reports/hoa-binh-2023/index.html");
        assert!(
            page.contains(&format!("<data value=\"-120000000\">{shown}</data>")),
            "{lang} {profit}: {shown}"
        );
        // Stated: the sentence is shown with its number marked, and no mark of doubt.
        assert!(page.contains("<mark>120 "), "{lang} {profit}");
        assert!(!page.contains("class=\"check "), "{lang} {profit}");
        let csv = site.read("data/figures.csv");
        let row = csv
            .lines()
            .find(|l| l.contains("avg_profit_per_cooperative"))
            .unwrap();
        assert!(row.contains(",-120000000,VND,year,"), "{row}");
        assert!(row.contains(",stated,"), "{row}");
        let chart = site.read("charts/regions/hoa-binh-avg-profit-per-cooperative.csv");
        assert_eq!(chart.lines().last(), Some("2023,-120000000"), "{chart}");
    }
}

#[test]
fn a_loss_the_text_states_as_a_gain_is_flagged_with_the_number_it_does_state() {
    let site = site_with(
        "vi",
        "\"-120 triệu đồng\"",
        "Toàn tỉnh có 758 hợp tác xã; lợi nhuận bình quân 120 triệu đồng.",
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains(
            "figures.avg_profit_per_cooperative: -120000000 is not stated in the report's text"
        ),
        "{err}"
    );
    assert!(err.contains("the text says `120 triệu đồng`"), "{err}");
    let page = site.read("reports/hoa-binh-2023/index.html");
    assert!(page.contains("class=\"check not-stated\""), "{page}");
    // And a gain the text states as a loss is not taken for it either.
    let site = site_with(
        "vi",
        "\"120 triệu đồng\"",
        "Toàn tỉnh có 758 hợp tác xã; các hợp tác xã lỗ bình quân 120 triệu đồng.",
    );
    let err = site.build_ok();
    assert!(
        !err.contains("warning"),
        "a positive figure is matched as before: {err}"
    );
}

#[test]
fn only_a_profit_may_be_below_zero() {
    let site = site_with(
        "vi",
        "\"lỗ 120 triệu đồng\"",
        "Toàn tỉnh có 758 hợp tác xã.",
    );
    site.file(
        "content/hoa-binh-2023.md",
        "---\ntitle: T\ndate: 2024-01-05\nyear: 2023\nunion: U\nregion: Hòa Bình\nfigures:\n  avg_revenue_per_cooperative: \"-2,3 tỷ đồng\"\n  avg_income_per_worker: -5000000\n---\n\nText.\n",
    );
    let o = site.build(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/hoa-binh-2023.md:8:32: figures.avg_revenue_per_cooperative: `avg_revenue_per_cooperative` is -2,3 tỷ đồng, below zero: only `avg_profit_per_cooperative` may be a loss"),
        "{err}"
    );
    assert!(
        err.contains("content/hoa-binh-2023.md:9:26: figures.avg_income_per_worker: `avg_income_per_worker` is -5000000, below zero"),
        "{err}"
    );
    assert!(err.contains("5000000 without it"), "{err}");
    // A loss too small or too large for an average is an error as a gain is.
    let site = site_with("en", "-2.5", "The province had 758 cooperatives.");
    let err = stderr(&site.build(&[]));
    assert!(
        err.contains("which cannot be an average (under 100,000 VND)"),
        "{err}"
    );
}
