//! Figures of the country (round 12): said after the count ("… cooperatives across the
//! country") or in a later sentence of a paragraph that opens with the country's figure.
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

#[test]
fn later_figures_of_a_paragraph_opened_by_the_countrys_are_the_countrys() {
    let text = "In 2024 the whole country had 23,400 cooperatives. Their average revenue was \
                VND3.1 billion a year, and 1,200 new cooperatives were set up.";
    let got = keys(text, "en", 2024);
    has(
        &got,
        "figures.avg_revenue_per_cooperative=3100000000/Year (doubt)",
    );
    has(&got, "figures.cooperatives_new=1200 (doubt)");
    let text = "Năm 2024, cả nước có 23.400 hợp tác xã. Doanh thu bình quân đạt 3,1 tỷ \
                đồng/HTX/năm; thành lập mới 1.200 HTX.";
    let got = keys(text, "vi", 2024);
    has(
        &got,
        "figures.avg_revenue_per_cooperative=3100000000/Year (doubt)",
    );
    has(&got, "figures.cooperatives_new=1200 (doubt)");
}

#[test]
fn the_province_named_after_the_countrys_figure_takes_the_paragraph_back() {
    let text = "In 2024 the whole country had 23,400 cooperatives. The province had 312 \
                cooperatives, with average revenue of VND2.4 billion a year.";
    let got = keys(text, "en", 2024);
    has(&got, "figures.cooperatives_total=312");
    has(&got, "figures.avg_revenue_per_cooperative=2400000000/Year");
    let text = "Năm 2024, cả nước có 23.400 hợp tác xã. Toàn tỉnh có 312 HTX, doanh thu \
                bình quân đạt 2,4 tỷ đồng/HTX/năm.";
    let got = keys(text, "vi", 2024);
    has(&got, "figures.cooperatives_total=312");
    has(&got, "figures.avg_revenue_per_cooperative=2400000000/Year");
    // A new paragraph is the province's again.
    let text = "In 2024 the whole country had 23,400 cooperatives.\nIn 2024 there were 312 \
                cooperatives with average revenue of VND2.4 billion a year.";
    let got = keys(text, "en", 2024);
    has(&got, "figures.cooperatives_total=312");
}
