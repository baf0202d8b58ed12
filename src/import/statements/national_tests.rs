//! Figures of the country (round 12): said after the count ("… cooperatives across the
//! country").
//! Sentences written for the test, with cases where the rules must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
}

#[test]
fn a_count_followed_by_words_of_the_country_is_the_countrys() {
    let got = keys(
        "Statistics show some 23,400 cooperatives operating across the country this year.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=23400 (doubt)");
    let got = keys("Năm 2024 có 23.400 hợp tác xã trên cả nước.", "vi", 2024);
    has(&got, "figures.cooperatives_total=23400 (doubt)");
    // The words of the country after another number of the clause, or after a comma,
    // are not said of the count.
    let got = keys(
        "In 2024 the province had 312 cooperatives, among the most in the country.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=312");
    let got = keys(
        "Năm 2024, tỉnh có 312 hợp tác xã, đứng thứ 5 trên cả nước.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=312");
}
