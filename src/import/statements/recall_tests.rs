//! The ways of writing import reads since the recall round of 2026-12-06 (#23), each
//! with sentences of our own and one where the rule must not fire.

use super::tests::keys;
use super::*;
use crate::content::reader::read;
use crate::figure_table::NEW;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn a_rank_is_no_count() {
    let text = "On the 15th anniversary of its alliance, the province had 320 cooperatives.";
    let values: Vec<f64> = read(text, "en", 2024).iter().map(|s| s.value).collect();
    assert_eq!(values, vec![320.0]);
    let got = keys(text, "en", 2024);
    assert!(has(&got, "figures.cooperatives_total=320"), "{got:?}");
    let fr = "Au 3e congrès, la province comptait 45 coopératives.";
    let values: Vec<f64> = read(fr, "fr", 2024).iter().map(|s| s.value).collect();
    assert_eq!(values, vec![45.0]);
    // Not an ordinal: a count glued to nothing, or to another word.
    let plain = "The 15 cooperatives of the district";
    let values: Vec<f64> = read(plain, "en", 2024).iter().map(|s| s.value).collect();
    assert_eq!(values, vec![15.0]);
}

#[test]
fn co_operative_teams_are_groups() {
    let got = keys(
        "The district also counts 1,250 co-operative teams and 96 co-operatives.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=1250"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=96"), "{got:?}");
}

#[test]
fn to_vien_are_the_members_of_groups_unless_of_some_groups_only() {
    let got = keys(
        "Năm 2023, toàn tỉnh có 95 tổ hợp tác với 1.480 tổ viên.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.cooperative_group_members=1480"),
        "{got:?}"
    );
    // The members of the farming groups only: left out.
    let got = keys(
        "Năm 2023, số tổ viên của các tổ hợp tác nông nghiệp là 2.300 tổ viên.",
        "vi",
        2023,
    );
    assert!(
        !has(&got, "figures.cooperative_group_members=2300"),
        "{got:?}"
    );
    let got = keys(
        "In 2023 the members of agricultural cooperative groups numbered 2,300 members.",
        "en",
        2023,
    );
    assert!(
        !has(&got, "figures.cooperative_group_members=2300"),
        "{got:?}"
    );
}

#[test]
fn farming_forestry_and_fishery_are_agricultural() {
    let got = keys(
        "Năm 2024, thành phố có 412 HTX, trong đó 300 HTX nông – lâm – ngư nghiệp.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=300"),
        "{got:?}"
    );
    let got = keys(
        "In 2024 the province counts 640 agriculture–forestry cooperatives.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=640"),
        "{got:?}"
    );
    // Fields listed far after the noun are what all of them do.
    let got = keys(
        "Năm 2024, tỉnh có 222 HTX hoạt động trên các lĩnh vực nông nghiệp, thủy sản.",
        "vi",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=222"), "{got:?}");
}

#[test]
fn a_count_of_months_is_no_count_of_cooperatives() {
    let got = keys(
        "Năm 2024, số HTX thành lập mới trong 9 tháng đầu năm là 14 HTX.",
        "vi",
        2024,
    );
    assert!(!got.iter().any(|g| g.ends_with("=9")), "{got:?}");
    let got = keys("Năm 2024, tỉnh thành lập mới 9 HTX.", "vi", 2024);
    assert!(has(&got, "figures.cooperatives_new=9"), "{got:?}");
}

#[test]
fn counts_among_the_new_ones_are_parts_of_them() {
    let got = keys(
        "Năm 2024 toàn tỉnh thành lập mới 20 HTX, trong đó có 6 HTX vận tải, 4 HTX xây dựng.",
        "vi",
        2024,
    );
    assert_eq!(
        got.iter().filter(|g| !g.ends_with("(doubt)")).count(),
        1,
        "{got:?}"
    );
    assert!(has(&got, "figures.cooperatives_new=20"), "{got:?}");
    let got = keys(
        "In 2024 the province established 12 new cooperatives including 2 transport cooperatives.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=2 (doubt)"), "{got:?}");
    // In the next sentence, when it starts with "trong đó" (a caption line between).
    let got = keys(
        "Năm 2024 thành lập mới 20 HTX.\n\nẢnh: HTX rau sạch ở huyện\n\nTrong đó có 6 HTX vận tải.",
        "vi",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=6 (doubt)"), "{got:?}");
    // Not a count of all, nor one of now.
    let got = keys(
        "Năm 2024 thành lập mới 20 HTX. Toàn tỉnh hiện có 310 HTX.",
        "vi",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=310"), "{got:?}");
    let got = keys(
        "Trong 30 HTX thành lập năm 2024, hiện có 12 HTX nông nghiệp.",
        "vi",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_agricultural=12"), "{got:?}");
}

#[test]
fn a_decimal_point_in_vietnamese_money() {
    let got = keys(
        "Năm 2024, doanh thu bình quân của HTX đạt 3.4 tỷ đồng/HTX.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=3400000000/Year"),
        "{got:?}"
    );
    // Grouped thousands stay grouped.
    let got = keys("Năm 2024, toàn tỉnh có 1.250 HTX.", "vi", 2024);
    assert!(has(&got, "figures.cooperatives_total=1250"), "{got:?}");
}

#[test]
fn an_average_said_once_for_a_list_of_amounts() {
    let got = keys(
        "Năm 2024, bình quân mỗi HTX có doanh thu 2,5 tỷ đồng, tăng 8% so với năm 2023, lãi 180 triệu đồng.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_profit_per_cooperative=180000000/Year"),
        "{got:?}"
    );
    // A total after an average is no average.
    let got = keys(
        "Năm 2024, doanh thu bình quân 2,5 tỷ đồng/HTX, tổng lợi nhuận toàn khu vực 90 tỷ đồng.",
        "vi",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("profit")), "{got:?}");
    let got = keys(
        "In 2024 the average revenue and profit of each cooperative were 2.1 billion VND and 190 million VND respectively.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=2100000000/Year"),
        "{got:?}"
    );
    assert!(
        has(&got, "figures.avg_profit_per_cooperative=190000000/Year"),
        "{got:?}"
    );
    // Three nouns for two amounts: which is which is not said.
    let got = keys(
        "In 2024 the revenue, profit and income of cooperatives were 2 billion VND and 3 billion VND respectively.",
        "en",
        2024,
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_total_said_of_what_the_count_before_it_counts() {
    let got = keys(
        "In 2024, 30 new cooperatives were founded, bringing the total number to 512.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=512"), "{got:?}");
    let got = keys(
        "Năm 2024, tỉnh thành lập mới 25 HTX, nâng tổng số lên 640 đơn vị.",
        "vi",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=640"), "{got:?}");
    // Since a year, the total at its end is the year's.
    let got = keys(
        "Since 2021, 44 new co-operatives have been set up, taking the total number to 300.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=300"), "{got:?}");
    // Counts of several bodies before it: not said of which.
    let got = keys(
        "In 2024 it established 30 new cooperative groups and cooperatives, raising the total number to 900.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=900")), "{got:?}");
    let got = keys(
        "Năm 2024, tỉnh thành lập mới 25 HTX, nâng tổng số lên 640 sản phẩm.",
        "vi",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=640")), "{got:?}");
}

#[test]
fn units_stand_for_the_noun_before_them() {
    let got = keys("Năm 2024, hợp tác xã nông nghiệp có 45 đơn vị.", "vi", 2024);
    assert!(has(&got, "figures.cooperatives_agricultural=45"), "{got:?}");
    let got = keys("Năm 2024, hợp tác xã có 45 trang trại.", "vi", 2024);
    assert!(got.is_empty(), "{got:?}");
    let got = keys(
        "Năm 2024 toàn tỉnh có 500 HTX, hiện có 160 HTX hoạt động trong lĩnh vực nông nghiệp.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=160"),
        "{got:?}"
    );
}

#[test]
fn last_year_on_a_page_of_the_next_year_is_the_year_under_review() {
    let text = "The province established 9 new cooperatives last year, the alliance said.";
    let got: Vec<_> = figures_published(text, "en", 2023, Some(2024))
        .into_iter()
        .map(|f| (f.key, f.val))
        .collect();
    assert_eq!(got, vec![(NEW, Val::Count(9))]);
    // Without the page's year, or with "this year" between: not.
    assert!(figures(text, "en", 2023).is_empty());
    let mixed = "Last year and in the first months of this year, 12 new cooperatives were set up.";
    assert!(figures_published(mixed, "en", 2023, Some(2024)).is_empty());
}

#[test]
fn an_income_beside_a_revenue_is_not_the_revenue() {
    let got = keys(
        "Năm 2024, doanh thu bình quân đạt 2 tỷ đồng đối với một HTX, thu nhập bình quân đạt 150 triệu đồng mỗi năm.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=2000000000/Year"),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.contains("150000000")), "{got:?}");
}

#[test]
fn an_average_per_cooperative_after_groups_is_theirs() {
    let got = keys(
        "Năm 2024 toàn tỉnh có 120 HTX và 40 tổ hợp tác. Doanh thu bình quân đạt 1,8 tỷ đồng/HTX/năm.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=1800000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2024 toàn tỉnh có 120 HTX và 40 tổ hợp tác. Doanh thu bình quân đạt 1,8 tỷ đồng/năm.",
        "vi",
        2024,
    );
    assert!(
        has(
            &got,
            "figures.avg_revenue_per_cooperative=1800000000/Year (doubt)"
        ),
        "{got:?}"
    );
}

#[test]
fn an_income_of_the_workers_of_cooperatives_after_groups_is_theirs() {
    let groups =
        "Năm 2024 toàn tỉnh có 150 HTX với 4.000 thành viên và 60 tổ hợp tác với 900 tổ viên.";
    let got = keys(
        &format!(
            "{groups} Thu nhập bình quân của người lao động trong các HTX đạt 45 triệu đồng/năm."
        ),
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=45000000/Year"),
        "{got:?}"
    );
    // No noun of its own: it could still be the groups'.
    let got = keys(
        &format!("{groups} Thu nhập bình quân của người lao động đạt 45 triệu đồng/năm."),
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=45000000/Year (doubt)"),
        "{got:?}"
    );
    // A revenue "of the cooperatives" right after the groups may be theirs, as a
    // translation writes it.
    let got = keys(
        &format!("{groups} Doanh thu bình quân của HTX đạt 900 triệu đồng/năm."),
        "vi",
        2024,
    );
    assert!(
        has(
            &got,
            "figures.avg_revenue_per_cooperative=900000000/Year (doubt)"
        ),
        "{got:?}"
    );
    // Both named: whose is not said.
    let got = keys(
        &format!(
            "{groups} Thu nhập bình quân của lao động trong HTX, tổ hợp tác đạt 45 triệu đồng/năm."
        ),
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=45000000/Year (doubt)"),
        "{got:?}"
    );
    let en =
        "In 2024 the province had 150 cooperatives and 60 cooperative groups with 900 members. \
              The average income of workers in the cooperatives was VND 45 million a year.";
    let got = keys(en, "en", 2024);
    assert!(
        has(&got, "figures.avg_income_per_worker=45000000/Year"),
        "{got:?}"
    );
}

#[test]
fn a_kind_heading_its_count() {
    let got = keys(
        "Năm 2024, toàn tỉnh có 310 HTX, cụ thể: Nông nghiệp: 240 HTX; vận tải: 30 HTX.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=240"),
        "{got:?}"
    );
    let got = keys("Năm 2024, HTX nông nghiệp: có 95 HTX.", "vi", 2024);
    assert!(has(&got, "figures.cooperatives_agricultural=95"), "{got:?}");
    let got = keys(
        "In 2024 the province had 300 cooperatives, led by agriculture with 210 cooperatives.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=210"),
        "{got:?}"
    );
    let got = keys(
        "In 2024 the province had 300 cooperatives in many fields, including agriculture (205 cooperatives).",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=205"),
        "{got:?}"
    );
    // A kind joined by "and" to the count is not its heading.
    let got = keys(
        "In 2024 it supported agriculture and 40 cooperatives.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("agricultural")), "{got:?}");
}

#[test]
fn a_cooperative_member_is_a_person() {
    let got = keys(
        "In 2024 the average income of a cooperative member and worker was VND 70 million/year.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=70000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "In 2024 the average annual income per cooperative member reached VND 75 million per year.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=75000000/Year"),
        "{got:?}"
    );
}
