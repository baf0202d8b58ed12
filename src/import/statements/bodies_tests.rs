//! Counts of other bodies and districts (round 5 of #23, 2026-12-06): counts of
//! cooperatives together with other bodies, parts of such a count, a district's counts.
//! Sentences of our own, each with one where the rule must not fire.

use super::super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn cooperatives_counted_with_credit_funds_are_no_total() {
    let got = keys(
        "At the end of 2023 the province had 1,240 co-operatives and people's credit funds.",
        "en",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=1240 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2023, toàn tỉnh có 415 hợp tác xã và quỹ tín dụng nhân dân.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=415 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "En 2023, la province comptait 300 coopératives et caisses de crédit populaire.",
        "fr",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=300 (doubt)"),
        "{got:?}"
    );
    // Counted apart, each its own number: the cooperatives' count is theirs.
    let got = keys(
        "In 2023 the province had 640 cooperatives and four people's credit funds.",
        "en",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=640"), "{got:?}");
    let got = keys(
        "Năm 2023, toàn tỉnh có 415 HTX và 12 quỹ tín dụng nhân dân.",
        "vi",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=415"), "{got:?}");
}

#[test]
fn a_count_among_those_of_the_sentence_before_is_a_part() {
    let got = keys(
        "Năm 2023, toàn tỉnh có 415 hợp tác xã và quỹ tín dụng nhân dân. Trong đó, 380 HTX \
         và 9 quỹ tín dụng đang hoạt động.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=380 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "In 2023 the province had 1,240 co-operatives and credit funds. Of which, 1,100 \
         co-operatives were still running.",
        "en",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=1100 (doubt)"),
        "{got:?}"
    );
    // A year after the words of those among them starts another time.
    let got = keys(
        "Năm 2001, tỉnh có 300 hợp tác xã và quỹ tín dụng. Trong đó có nhiều HTX yếu kém, \
         nhưng đến năm 2023 toàn tỉnh có 265 HTX.",
        "vi",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=265"), "{got:?}");
}

#[test]
fn a_count_right_after_a_district_named_in_its_sentence_is_the_districts() {
    let got = keys(
        "In 2023, in Tan Lac District there were 14 cooperatives and 9 cooperative groups.",
        "en",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=14 (doubt)"),
        "{got:?}"
    );
    assert!(has(&got, "figures.cooperative_groups=9 (doubt)"), "{got:?}");
    let got = keys("Năm 2023, huyện Mai Châu đã có 25 HTX.", "vi", 2023);
    assert!(
        has(&got, "figures.cooperatives_total=25 (doubt)"),
        "{got:?}"
    );
    // "bình quân" is no "quận" (a district), however both fold.
    let got = keys(
        "Năm 2023, doanh thu bình quân Hợp tác xã đạt 2 tỷ đồng.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=2000000000/Year"),
        "{got:?}"
    );
    // The province named between, or the district far before: the province's.
    let got = keys(
        "At a meeting in Tan Lac district, the province reported 480 cooperatives in 2023.",
        "en",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=480"), "{got:?}");
    let got = keys(
        "Tại hội nghị ở huyện Mai Châu, lãnh đạo tỉnh cho biết năm 2023 có 480 HTX.",
        "vi",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=480"), "{got:?}");
    let got = keys(
        "Speaking in Lac Son District on Monday, the chairman of the union said that in \
         2023 there were 480 cooperatives.",
        "en",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=480"), "{got:?}");
}

#[test]
fn a_province_named_after_a_districts_comma_says_where_the_district_is() {
    let got = keys(
        "In 2023, Krong Pa district, Phu Thien province has 18 cooperatives.",
        "en",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=18 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "En 2023, le district de Krong Pa, province de Phu Thien, compte 18 coopératives.",
        "fr",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=18 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2023, huyện Krông Pa, tỉnh Phú Thiện có 18 HTX.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.cooperatives_total=18 (doubt)"),
        "{got:?}"
    );
    // "the province" names no place: what follows it is the province's.
    let got = keys(
        "After a visit to Krong Pa district, the province counted 640 cooperatives in 2023.",
        "en",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=640"), "{got:?}");
    let got = keys(
        "Après une visite au district de Krong Pa, la province comptait 640 coopératives en 2023.",
        "fr",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=640"), "{got:?}");
}
