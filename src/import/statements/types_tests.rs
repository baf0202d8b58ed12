//! Counts of cooperatives of one type (model ones on an award's or a programme's list,
//! those of the young or of women), their breakdown, and new ones counted over "this
//! period" (round 11 of #23), each with sentences of our own and one where the rule must
//! not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn model_cooperatives_on_a_list_are_a_part_and_so_is_its_breakdown() {
    let vi = "Năm 2023, tỉnh có 410 HTX. Hội nghị biểu dương 40 HTX tiêu biểu, gồm 25 HTX nông \
              nghiệp và 15 HTX phi nông nghiệp. Tỉnh xây dựng 8 HTX kiểu mẫu.";
    let got = keys(vi, "vi", 2023);
    assert!(has(&got, "figures.cooperatives_total=410"), "{got:?}");
    assert!(
        has(&got, "figures.cooperatives_total=40 (doubt)"),
        "{got:?}"
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=25 (doubt)"),
        "{got:?}"
    );
    assert!(has(&got, "figures.cooperatives_total=8 (doubt)"), "{got:?}");
    let en = "In 2023 the province had 410 cooperatives. The union honoured 40 exemplary \
              cooperatives, 25 of them agricultural.";
    let got = keys(en, "en", 2023);
    assert!(has(&got, "figures.cooperatives_total=410"), "{got:?}");
    assert!(
        has(&got, "figures.cooperatives_total=40 (doubt)"),
        "{got:?}"
    );
}

#[test]
fn the_type_words_of_a_later_count_are_not_said_of_the_one_before() {
    // "kiểu mẫu" is the 12's, after another number: the 350 is all of them.
    let got = keys(
        "Năm 2023, toàn tỉnh có 350 HTX và 12 HTX kiểu mẫu.",
        "vi",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=350"), "{got:?}");
    let got = keys(
        "In 2023 the province had 350 cooperatives and 12 model cooperatives.",
        "en",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_total=350"), "{got:?}");
    // A larger count after a typed one is no part of it.
    let got = keys(
        "Năm 2023, có 12 HTX tiêu biểu trong tổng số 350 HTX toàn tỉnh.",
        "vi",
        2023,
    );
    assert!(
        !has(&got, "figures.cooperatives_total=350 (doubt)"),
        "{got:?}"
    );
}

#[test]
fn cooperatives_of_the_young_or_of_women_or_honoured_ones_are_a_part() {
    let got = keys(
        "Hiện nay toàn tỉnh có 30 hợp tác xã thanh niên với 2.000 lao động; 6 HTX được tôn vinh.",
        "vi",
        2022,
    );
    assert!(
        has(&got, "figures.cooperatives_total=30 (doubt)"),
        "{got:?}"
    );
    assert!(has(&got, "figures.cooperatives_total=6 (doubt)"), "{got:?}");
    let got = keys(
        "In 2022 the province had 30 youth cooperatives with 2,000 workers.",
        "en",
        2022,
    );
    assert!(
        has(&got, "figures.cooperatives_total=30 (doubt)"),
        "{got:?}"
    );
    // Young workers of all the cooperatives: the count is all of them.
    let got = keys(
        "Năm 2022, toàn tỉnh có 300 HTX, thu hút nhiều lao động trẻ.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_total=300"), "{got:?}");
}

#[test]
fn new_cooperatives_of_this_period_are_of_the_period_named_before() {
    let vi = "Giai đoạn 2016-2020, cả nước phát triển mạnh. Trong giai đoạn này có 900 HTX \
              thành lập mới.";
    let got = keys(vi, "vi", 2020);
    assert!(has(&got, "figures.cooperatives_new=900 (doubt)"), "{got:?}");
    let en = "From 2016 to 2020 the sector grew fast. During this period 900 new cooperatives \
              were established.";
    let got = keys(en, "en", 2020);
    assert!(has(&got, "figures.cooperatives_new=900 (doubt)"), "{got:?}");
    // The year's own new ones stay.
    let got = keys("Năm 2020, toàn tỉnh thành lập mới 45 HTX.", "vi", 2020);
    assert!(has(&got, "figures.cooperatives_new=45"), "{got:?}");
}

#[test]
fn the_abbreviation_of_the_noun_in_brackets_does_not_end_what_is_said_of_a_count() {
    // A text glosses its noun the first time ("hợp tác xã (HTX)"): the words past the
    // brackets are still the count's, here of women's cooperatives, a part.
    let got = keys(
        "Năm 2021, với sự hỗ trợ của Hội, toàn tỉnh có thêm 4 hợp tác xã (HTX) do phụ nữ \
         làm chủ.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_total=4 (doubt)"), "{got:?}");
    let got = keys(
        "In 2021 the province had 9 cooperatives (co-ops) applying high technology.",
        "en",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_total=9 (doubt)"), "{got:?}");
    // Brackets that hold a number are another statement: what follows them is not the
    // count's ("(tăng 5 HTX)"), and the province's count stands.
    let got = keys(
        "Năm 2021, toàn tỉnh có 240 hợp tác xã (tăng 5 HTX) do phụ nữ trong ban quản trị \
         chiếm 30%.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_total=240"), "{got:?}");
    let got = keys(
        "Năm 2021, toàn tỉnh có 240 hợp tác xã (HTX), thanh niên tham gia đông.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_total=240"), "{got:?}");
}
