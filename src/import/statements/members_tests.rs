//! Members counted in thousands and the members of groups after an aside (round 8 of
//! #23, 2026-12-07), each with sentences of our own and one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn members_counted_with_a_word_of_thousands_are_a_count() {
    let got = keys(
        "Cuối năm 2022, cả tỉnh có 1.310 tổ hợp tác với khoảng 27 nghìn tổ viên.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperative_groups=1310"), "{got:?}");
    assert!(
        has(&got, "figures.cooperative_group_members=27000"),
        "{got:?}"
    );
    let en =
        "By the end of 2022 the province had 1,310 cooperative groups with 2.7 thousand members.";
    let got = keys(en, "en", 2022);
    assert!(
        has(&got, "figures.cooperative_group_members=2700"),
        "{got:?}"
    );
    // With a currency, a period or another word between, it stays money, no count.
    for vi in [
        "Cuối năm 2022, cả tỉnh có 1.310 tổ hợp tác, vốn góp 27 nghìn đồng mỗi tổ viên.",
        "Cuối năm 2022, cả tỉnh có 1.310 tổ hợp tác, thu 27 nghìn/tháng của tổ viên.",
    ] {
        let got = keys(vi, "vi", 2022);
        assert!(
            !got.iter()
                .any(|g| g.starts_with("figures.cooperative_group_members")),
            "{vi}: {got:?}"
        );
    }
}

#[test]
fn the_members_after_an_aside_are_those_of_the_count_before_it() {
    let vi = "Năm 2023, toàn tỉnh có 1.520 tổ hợp tác (thành lập mới 64 tổ hợp tác), với \
              18.300 tổ viên.";
    let got = keys(vi, "vi", 2023);
    assert!(
        has(&got, "figures.cooperative_group_members=18300"),
        "{got:?}"
    );
    let en = "In 2023 the province had 1,520 cooperative groups (64 new cooperative groups \
              among them), with 18,300 members.";
    let got = keys(en, "en", 2023);
    assert!(
        has(&got, "figures.cooperative_group_members=18300"),
        "{got:?}"
    );
    // Members inside the aside, after a kind of groups, are that kind's only.
    let part = "Năm 2023, toàn tỉnh có 1.520 tổ hợp tác (trong đó 300 tổ hợp tác nông nghiệp \
                với 7.000 tổ viên).";
    let got = keys(part, "vi", 2023);
    assert!(
        !has(&got, "figures.cooperative_group_members=7000"),
        "{got:?}"
    );
}

#[test]
fn members_after_unions_and_groups_are_the_groups() {
    let vi = "Năm 2025, toàn tỉnh có 1.210 HTX với 38.000 thành viên; 4 liên hiệp HTX, \
              7.300 tổ hợp tác với 52.000 thành viên.";
    let got = keys(vi, "vi", 2025);
    assert!(
        has(&got, "figures.cooperative_group_members=52000"),
        "{got:?}"
    );
    let en = "In 2025 the province had 4 cooperative unions and 7,300 cooperative groups with \
              52,000 members.";
    let got = keys(en, "en", 2025);
    assert!(
        has(&got, "figures.cooperative_group_members=52000"),
        "{got:?}"
    );
    // With a count of cooperatives in the list, the members are all of theirs.
    let all = "Năm 2025, toàn tỉnh có 1.210 HTX, 4 liên hiệp HTX, 7.300 tổ hợp tác với \
               90.000 thành viên.";
    let got = keys(all, "vi", 2025);
    assert!(
        !got.iter()
            .any(|g| g.starts_with("figures.cooperative_group_members")),
        "{got:?}"
    );
}

#[test]
fn households_of_members_are_no_members() {
    let got = keys(
        "Năm 2024, toàn tỉnh có 1.200 tổ hợp tác với trên 15.000 hộ thành viên.",
        "vi",
        2024,
    );
    assert!(
        got.contains(&"figures.cooperative_group_members=15000 (doubt)".to_string()),
        "{got:?}"
    );
    let got = keys(
        "In 2024, the province had 1,200 cooperative groups with 15,000 member households.",
        "en",
        2024,
    );
    assert!(
        !got.iter()
            .any(|g| g == "figures.cooperative_group_members=15000"),
        "{got:?}"
    );
    // Members counted as people stay members.
    let got = keys(
        "Năm 2024, toàn tỉnh có 1.200 tổ hợp tác với trên 15.000 thành viên, 300 hộ kinh doanh.",
        "vi",
        2024,
    );
    assert!(
        got.contains(&"figures.cooperative_group_members=15000".to_string()),
        "{got:?}"
    );
}

#[test]
fn members_in_brackets_right_after_a_count_of_groups_are_the_groups() {
    for (text, lang) in [
        (
            "In 2024 the province counts 812 cooperatives and 430 cooperative groups \
             (with some 5,100 members).",
            "en",
        ),
        (
            "Năm 2024, toàn tỉnh có 812 HTX, 430 tổ hợp tác (thu hút 5.100 thành viên).",
            "vi",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            has(&got, "figures.cooperative_group_members=5100"),
            "{text}: {got:?}"
        );
    }
    // Members after the list, out of brackets: of the cooperatives and groups together.
    let got = keys(
        "In 2024 the province counts 812 cooperatives and 430 cooperative groups with some \
         5,100 members.",
        "en",
        2024,
    );
    assert!(
        !got.iter()
            .any(|g| g.starts_with("figures.cooperative_group_members")),
        "{got:?}"
    );
    // In brackets after a count of cooperatives: theirs, not the groups'.
    let got = keys(
        "In 2024 the province counts 430 cooperative groups and 812 cooperatives (with some \
         5,100 members).",
        "en",
        2024,
    );
    assert!(
        !got.iter()
            .any(|g| g.starts_with("figures.cooperative_group_members")),
        "{got:?}"
    );
}
