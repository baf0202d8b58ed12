//! Ways newspapers write found by importing the reader set with `--year` given (round 9):
//! an average per month that is not an income, English co-operative unions, and the
//! Vietnamese word "môi" (environment's), which folds like "mới" (new). Sentences written
//! for the test, with a case where each rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
}

fn lacks(got: &[String], key: &str) {
    assert!(!got.iter().any(|g| g.starts_with(key)), "{key} in {got:?}");
}

#[test]
fn a_revenue_or_profit_per_month_is_written_per_month() {
    let got = keys(
        "Năm 2022, doanh thu bình quân đạt 85 triệu đồng/tháng/HTX.",
        "vi",
        2022,
    );
    has(&got, "figures.avg_revenue_per_cooperative=85000000/Month");
    let got = keys(
        "In 2022, the average profit of a cooperative was VND 12 million a month.",
        "en",
        2022,
    );
    has(&got, "figures.avg_profit_per_cooperative=12000000/Month");
    // Not when the text says a year, or no period at all.
    let got = keys(
        "Năm 2022, doanh thu bình quân đạt 1,2 tỷ đồng/HTX/năm; lợi nhuận bình quân 150 triệu đồng/HTX.",
        "vi",
        2022,
    );
    has(&got, "figures.avg_revenue_per_cooperative=1200000000/Year");
    has(&got, "figures.avg_profit_per_cooperative=150000000/Year");
}

#[test]
fn co_operative_unions_are_not_counted_as_cooperatives() {
    let got = keys(
        "In 2022, the province also had three co-operative unions with 41 members.",
        "en",
        2022,
    );
    lacks(&got, "figures.cooperatives_total");
    let got = keys(
        "Năm 2022, tỉnh còn có 3 liên hiệp HTX với 41 thành viên.",
        "vi",
        2022,
    );
    lacks(&got, "figures.cooperatives_total");
    // The cooperatives counted beside them are.
    let got = keys(
        "In 2022, the province had 512 co-operatives and 4 co-operative unions.",
        "en",
        2022,
    );
    has(&got, "figures.cooperatives_total=512");
}

#[test]
fn environment_is_not_new() {
    // "môi trường" (environment) folds like "mới" (new): a sector's count is no new one.
    let got = keys(
        "Năm 2022, toàn tỉnh có 215 HTX; giao thông 6 HTX, vệ sinh môi trường 3 HTX.",
        "vi",
        2022,
    );
    lacks(&got, "figures.cooperatives_new");
    let got = keys(
        "Năm 2022, có 7 HTX hoạt động trong lĩnh vực môi trường.",
        "vi",
        2022,
    );
    lacks(&got, "figures.cooperatives_new");
    // "mới" as written still is, and English is read as before.
    let got = keys("Năm 2022, toàn tỉnh có 215 HTX, 9 HTX mới.", "vi", 2022);
    has(&got, "figures.cooperatives_new=9");
    let got = keys(
        "In 2022, 9 new cooperatives in environmental services were set up.",
        "en",
        2022,
    );
    has(&got, "figures.cooperatives_new=9");
}
