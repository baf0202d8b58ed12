//! New cooperatives counted from a year up to now, or over a span of years that opens a
//! sentence of several parts (round 11 of #23): sentences of our own, and ones where the
//! rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn new_ones_counted_from_an_earlier_or_later_year_up_to_now_are_not_the_years() {
    let got = keys(
        "Năm 2021, toàn tỉnh có 500 HTX. Từ 2017 đến nay, tỉnh thành lập mới 210 HTX.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_total=500"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_new=210 (doubt)"), "{got:?}");
    // A piece on 2021 written in the next year: the new ones of 2022 so far.
    let got = keys(
        "Năm 2021, toàn tỉnh có 500 HTX. Từ đầu năm 2022 đến nay, đã thành lập mới 7 HTX.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_new=7 (doubt)"), "{got:?}");
    let got = keys(
        "In 2021 the province had 500 cooperatives. From 2017 to date, the province has set up \
         210 new cooperatives.",
        "en",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_new=210 (doubt)"), "{got:?}");
}

#[test]
fn new_ones_counted_from_the_start_of_the_year_under_review_are_its_own() {
    let got = keys(
        "Từ đầu năm 2021 đến nay, toàn tỉnh thành lập mới 35 HTX.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_new=35"), "{got:?}");
    let got = keys(
        "From the start of 2021 to date, 35 new cooperatives were set up.",
        "en",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_new=35"), "{got:?}");
}

#[test]
fn a_span_of_years_opening_a_sentence_of_several_parts_holds_each_part() {
    let got = keys(
        "Giai đoạn 2018 - 2021, thành lập mới 2 liên hiệp HTX; thành lập mới 60 HTX, nâng \
         tổng số HTX lên 300 HTX.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_new=60 (doubt)"), "{got:?}");
    // The span ends at the full stop: the next sentence's new ones are the year's.
    let got = keys(
        "Giai đoạn 2018 - 2021, tỉnh phát triển mạnh kinh tế tập thể. Năm 2021 thành lập mới \
         20 HTX; giải thể 5 HTX.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_new=20"), "{got:?}");
}

#[test]
fn new_ones_measured_against_a_resolutions_target_are_its_terms() {
    for (text, lang) in [
        (
            "In 2025, 240 new cooperatives were set up across the province, reaching 130% of \
             the resolution's target.",
            "en",
        ),
        (
            "Năm 2025, toàn tỉnh thành lập mới 240 HTX, vượt 130% chỉ tiêu Nghị quyết Đại hội.",
            "vi",
        ),
    ] {
        let got = keys(text, lang, 2025);
        assert!(
            has(&got, "figures.cooperatives_new=240 (doubt)"),
            "{text}: {got:?}"
        );
    }
    // Against the year's plan: the year's new ones.
    let got = keys(
        "In 2025, 24 new cooperatives were set up, reaching 120% of the year's plan.",
        "en",
        2025,
    );
    assert!(has(&got, "figures.cooperatives_new=24"), "{got:?}");
}

#[test]
fn new_ones_counted_over_a_span_from_one_year_to_another_are_not_the_years() {
    let got = keys(
        "Over the eight years from 2016 to 2024, the province set up 140 new cooperatives.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_new=140 (doubt)"), "{got:?}");
    let got = keys(
        "Trong 8 năm từ 2016 đến 2024, tỉnh thành lập mới 140 HTX.",
        "vi",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_new=140 (doubt)"), "{got:?}");
    // Years that are no span: the first not before the second, or one year alone.
    let got = keys(
        "In 2024, against 2023, the province set up 18 new cooperatives.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_new=18"), "{got:?}");
}

#[test]
fn new_ones_counted_between_two_years_are_the_spans_not_the_years() {
    for (text, lang) in [
        (
            "Between 2019 and 2023, the province founded 150 new cooperatives, above the plan.",
            "en",
        ),
        (
            "Entre 2019 et 2023, la province a fondé 150 nouvelles coopératives.",
            "fr",
        ),
        ("Giữa 2019 và 2023, tỉnh thành lập mới 150 HTX.", "vi"),
    ] {
        let got = keys(text, lang, 2023);
        assert!(
            has(&got, "figures.cooperatives_new=150 (doubt)"),
            "{text}: {got:?}"
        );
    }
    // "and" between two years without "between" before them is no span: two years
    // named, the count the later one's.
    let got = keys(
        "Compared with 2022 and 2023, the province founded 15 new cooperatives in 2023.",
        "en",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_new=15"), "{got:?}");
    // "Entre" before no year: no span.
    let got = keys(
        "Entre autres, en 2023, la province a fondé 15 nouvelles coopératives.",
        "fr",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_new=15"), "{got:?}");
}
