//! Vietnamese ways of writing import reads (round 6 of #23, 2026-12-06), each with
//! sentences of our own and one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn a_sector_named_before_its_count_with_commas_in_its_name_is_that_kind() {
    let got = keys(
        "Trong lĩnh vực nông, lâm, ngư, diêm nghiệp có 612 hợp tác xã.",
        "vi",
        2022,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=612"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2020, các HTX hoạt động trong lĩnh vực nông, lâm, ngư nghiệp 301 HTX, chiếm 61%.",
        "vi",
        2020,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=301"),
        "{got:?}"
    );
    // The sector's words end before the clause of the count: the count is all of them.
    let got = keys(
        "Lĩnh vực nông nghiệp phát triển mạnh, toàn tỉnh có 488 HTX.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_total=488"), "{got:?}");
    assert!(!got.iter().any(|g| g.contains("agricultural")), "{got:?}");
}

#[test]
fn a_count_of_no_kind_among_a_larger_count_is_a_part_of_it() {
    // The larger count is a share, left out itself: the part is no total either.
    let got = keys(
        "Năm 2022, lĩnh vực công nghiệp, điện, có 91 HTX (chiếm 8,1%), trong đó có 7 HTX dịch vụ điện.",
        "vi",
        2022,
    );
    assert!(!has(&got, "figures.cooperatives_total=7"), "{got:?}");
    let got = keys(
        "In 2022 the industry sector had 91 cooperatives, accounting for 8.1%, of which 7 cooperatives supply electricity.",
        "en",
        2022,
    );
    assert!(!has(&got, "figures.cooperatives_total=7"), "{got:?}");
    // A kind the table knows is that kind's count, not left out.
    let got = keys(
        "Năm 2022, toàn tỉnh có 140 HTX, trong đó có 96 HTX nông nghiệp.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_total=140"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_agricultural=96"), "{got:?}");
}

#[test]
fn the_income_of_credit_funds_is_theirs_and_leaves_the_cooperatives_income_alone() {
    let got = keys(
        "Năm 2022, thu nhập bình quân của lao động HTX là 4,6 triệu đồng/người/tháng, khối Quỹ tín dụng nhân dân đạt bình quân 11 triệu đồng/người/tháng.",
        "vi",
        2022,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=4600000/Month"),
        "{got:?}"
    );
    assert!(
        !has(&got, "figures.avg_income_per_worker=11000000/Month"),
        "{got:?}"
    );
    let got = keys(
        "In 2022, the average income of cooperative workers was VND 4.6 million a month, while people's credit funds paid VND 11 million a month.",
        "en",
        2022,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=4600000/Month"),
        "{got:?}"
    );
    // Cooperatives and credit funds named together: the income of both, the province's.
    let got = keys(
        "In 2022, the average income of workers at cooperatives and people's credit funds was VND 5.2 million a month.",
        "en",
        2022,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=5200000/Month"),
        "{got:?}"
    );
}

#[test]
fn an_average_in_a_sentence_of_cooperative_groups_only_is_theirs() {
    let got = keys(
        "Năm 2023, bình quân một HTX đạt doanh thu 2,4 tỷ đồng, thu nhập đầu người 5,1 triệu đồng/tháng. Bình quân THT doanh thu đạt 300 triệu đồng, thu nhập người lao động đạt 3,9 triệu đồng/tháng.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=5100000/Month"),
        "{got:?}"
    );
    let got = keys(
        "In 2023, the average income of cooperative workers was VND 5.1 million a month. In cooperative groups, the average income of workers was VND 3.9 million a month.",
        "en",
        2023,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=5100000/Month"),
        "{got:?}"
    );
    // Cooperatives named in the sentence too: their workers' income.
    let got = keys(
        "In 2023, cooperative groups grew in number, and the average income of cooperative workers was VND 5.2 million a month.",
        "en",
        2023,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=5200000/Month"),
        "{got:?}"
    );
}

#[test]
fn a_heading_of_the_number_of_a_kind_before_a_colon_names_the_counts_kind() {
    let got = keys(
        "Năm 2022:\n- Số HTX hoạt động hiệu quả theo Luật Hợp tác xã năm 2012: là 64 HTX (chiếm 31,4% trên tổng số HTX).",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_effective=64"), "{got:?}");
    let got = keys(
        "In 2022:\n- Number of cooperatives operating effectively under the 2012 Law: 64 cooperatives.",
        "en",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_effective=64"), "{got:?}");
    // The kind stands further in the heading, not right after its noun: not the count's.
    let got = keys(
        "Năm 2022:\n- Số HTX được hỗ trợ theo chương trình nông nghiệp năm 2022: 12 HTX.",
        "vi",
        2022,
    );
    assert!(!got.iter().any(|g| g.contains("agricultural")), "{got:?}");
}

#[test]
fn the_whole_of_new_ones_written_a_slash_b_is_their_plan() {
    let got = keys(
        "Năm 2022, Liên minh HTX tỉnh đã thành lập mới 12/20 HTX, đạt 60% kế hoạch. Toàn tỉnh hiện có 310 HTX.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_new=12"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=310"), "{got:?}");
    assert!(!got.iter().any(|g| g.contains("=20")), "{got:?}");
    let got = keys(
        "In 2022, the alliance established 12/20 new cooperatives. The province now has 310 cooperatives.",
        "en",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_total=310"), "{got:?}");
    assert!(!got.iter().any(|g| g.contains("=20")), "{got:?}");
    // Of how they do, the whole is all of them.
    let got = keys(
        "Năm 2022, có 139/143 HTX đang hoạt động có hiệu quả.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_effective=139"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=143"), "{got:?}");
}

#[test]
fn cooperatives_that_converted_are_a_part() {
    let got = keys(
        "Năm 2016, hiện có 68 HTX chuyển đổi theo Luật HTX năm 2012. Toàn tỉnh có 112 HTX.",
        "vi",
        2016,
    );
    assert!(!has(&got, "figures.cooperatives_total=68"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=112"), "{got:?}");
    let got = keys(
        "In 2016, 68 cooperatives have converted under the 2012 Cooperative Law. The province has 112 cooperatives.",
        "en",
        2016,
    );
    assert!(!has(&got, "figures.cooperatives_total=68"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=112"), "{got:?}");
}

#[test]
fn cooperatives_founded_before_another_year_are_not_the_years_new_ones() {
    let got = keys(
        "Năm 2016, toàn tỉnh có 81 HTX thành lập trước năm 2013 phải tổ chức lại. Trong năm, đã thành lập 12 HTX mới.",
        "vi",
        2016,
    );
    assert!(!has(&got, "figures.cooperatives_new=81"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_new=12"), "{got:?}");
    let got = keys(
        "In 2016, 81 cooperatives founded before 2013 had to reorganise. During the year, 12 new cooperatives were established.",
        "en",
        2016,
    );
    assert!(!has(&got, "figures.cooperatives_new=81"), "{got:?}");
    // Founded in the year under review: the year's new ones.
    let got = keys(
        "Năm 2017, có 45 HTX thành lập mới trong năm 2017.",
        "vi",
        2017,
    );
    assert!(has(&got, "figures.cooperatives_new=45"), "{got:?}");
}

#[test]
fn an_average_after_a_count_of_all_cooperatives_is_theirs_whatever_kind_came_before() {
    let got = keys(
        "Năm 2023, tỉnh có số HTX thành lập mới cao, với 420 HTX đang hoạt động, doanh thu bình quân đạt 700 triệu đồng/HTX/năm.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=700000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "In 2023, the province had 420 cooperatives, with an average revenue of VND 700 million per cooperative.",
        "en",
        2023,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=700000000/Year"),
        "{got:?}"
    );
    // The kind named after the count: the average of that kind.
    let got = keys(
        "Năm 2023, toàn tỉnh có 420 HTX, trong đó doanh thu bình quân của HTX nông nghiệp đạt 900 triệu đồng/năm.",
        "vi",
        2023,
    );
    assert!(
        !has(&got, "figures.avg_revenue_per_cooperative=900000000/Year"),
        "{got:?}"
    );
    // Those operating, when the text counts more cooperatives: their average only.
    let got = keys(
        "Năm 2023, toàn tỉnh có 500 HTX. Trong tổng số 420 HTX đang hoạt động, doanh thu bình quân của một HTX đạt 800 triệu đồng/năm.",
        "vi",
        2023,
    );
    assert!(
        !has(&got, "figures.avg_revenue_per_cooperative=800000000/Year"),
        "{got:?}"
    );
}

#[test]
fn new_ones_of_the_term_just_ended_are_not_the_years() {
    let got = keys(
        "Trong nhiệm kỳ qua, toàn tỉnh đã thành lập mới 72 HTX.",
        "vi",
        2022,
    );
    assert!(!has(&got, "figures.cooperatives_new=72"), "{got:?}");
    let got = keys(
        "During the past term, the province established 72 new cooperatives.",
        "en",
        2022,
    );
    assert!(!has(&got, "figures.cooperatives_new=72"), "{got:?}");
    // A term named without its end: the year's new ones.
    let got = keys(
        "Năm 2022, năm đầu nhiệm kỳ, toàn tỉnh thành lập mới 15 HTX.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_new=15"), "{got:?}");
}

#[test]
fn both_farming_kinds_named_together_are_all_of_them() {
    let got = keys(
        "Năm 2019, thành phố có 1.380 tổ hợp tác nông nghiệp và phi nông nghiệp.",
        "vi",
        2019,
    );
    assert!(has(&got, "figures.cooperative_groups=1380"), "{got:?}");
    let got = keys(
        "In 2019, the city had 1,380 cooperative groups in the agricultural and non-agricultural sectors.",
        "en",
        2019,
    );
    assert!(has(&got, "figures.cooperative_groups=1380"), "{got:?}");
    // One kind only: not all the groups.
    let got = keys(
        "Năm 2019, thành phố có 1.380 tổ hợp tác nông nghiệp.",
        "vi",
        2019,
    );
    assert!(!has(&got, "figures.cooperative_groups=1380"), "{got:?}");
    let got = keys(
        "In 2019, the city had 1,380 cooperative groups in the agricultural sector.",
        "en",
        2019,
    );
    assert!(!has(&got, "figures.cooperative_groups=1380"), "{got:?}");
}

#[test]
fn an_average_after_a_sentence_that_opens_with_one_sector_is_that_sectors() {
    let got = keys(
        "Năm 2022, toàn tỉnh có 300 HTX. Lĩnh vực công nghiệp, điện, có 40 HTX. Doanh thu bình quân đạt 900 triệu đồng/HTX.",
        "vi",
        2022,
    );
    assert!(
        !has(&got, "figures.avg_revenue_per_cooperative=900000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "In 2022, the province had 300 cooperatives. In the industrial sector, there are 40 cooperatives. The average revenue is VND 900 million per cooperative.",
        "en",
        2022,
    );
    assert!(
        !has(&got, "figures.avg_revenue_per_cooperative=900000000/Year"),
        "{got:?}"
    );
    // All sectors: the province's average.
    let got = keys(
        "Năm 2022, các lĩnh vực đều phát triển, toàn tỉnh có 300 HTX. Doanh thu bình quân đạt 900 triệu đồng/HTX.",
        "vi",
        2022,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=900000000/Year"),
        "{got:?}"
    );
}

#[test]
fn a_target_income_is_not_beside_the_years_income() {
    let got = keys(
        "Năm 2022, thu nhập bình quân của thành viên đạt 84 triệu đồng/người/năm. Năm 2023, phấn đấu thu nhập bình quân của người lao động khoảng 72 triệu đồng/người/năm.",
        "vi",
        2022,
    );
    assert!(
        has(&got, "targets.avg_income_per_worker=72000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "In 2022, the average income of members was VND 84 million per person per year. In 2023, the province targets an average income of workers of VND 72 million per person per year.",
        "en",
        2022,
    );
    assert!(
        has(&got, "targets.avg_income_per_worker=72000000/Year"),
        "{got:?}"
    );
    // Two incomes of the year itself: whose is which is left to the author.
    let got = keys(
        "Năm 2022, thu nhập bình quân của thành viên đạt 84 triệu đồng/người/năm; thu nhập bình quân của người lao động đạt 72 triệu đồng/người/năm.",
        "vi",
        2022,
    );
    assert!(
        !has(&got, "figures.avg_income_per_worker=84000000/Year"),
        "{got:?}"
    );
}

#[test]
fn a_part_among_another_years_count_is_of_that_year() {
    let got = keys(
        "Năm 2015, toàn tỉnh có 200 HTX; trong đó chỉ có 10 HTX hoạt động có hiệu quả. Đến cuối năm 2021, toàn tỉnh có 250 HTX; trong đó có 95 HTX hoạt động hiệu quả.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_effective=95"), "{got:?}");
    assert!(!has(&got, "figures.cooperatives_effective=10"), "{got:?}");
    let got = keys(
        "In 2015, the province had 200 cooperatives; of which only 10 cooperatives operated effectively. By the end of 2021, the province had 250 cooperatives; of which 95 cooperatives operated effectively.",
        "en",
        2021,
    );
    assert!(!has(&got, "figures.cooperatives_effective=10"), "{got:?}");
    // Among the year's own count: the year's.
    let got = keys(
        "Năm 2021, toàn tỉnh có 250 HTX; trong đó có 95 HTX hoạt động hiệu quả.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_effective=95"), "{got:?}");
}

#[test]
fn a_union_before_its_member_cooperatives_is_not_of_the_groups_list() {
    let got = keys(
        "Năm 2024, toàn tỉnh có 210 HTX với 5.000 thành viên, 3 liên hiệp HTX với 20 HTX thành viên, 900 tổ hợp tác với 9.000 thành viên.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.cooperative_group_members=9000"),
        "{got:?}"
    );
    let en = "In 2024 the province had 210 cooperatives with 5,000 members, 3 cooperative unions \
              with 20 member cooperatives, and 900 cooperative groups with 9,000 members.";
    let got = keys(en, "en", 2024);
    assert!(
        has(&got, "figures.cooperative_group_members=9000"),
        "{got:?}"
    );
    // Members after a list of bodies with none of their own: of all of them.
    let got = keys(
        "Năm 2024, toàn tỉnh có 210 HTX, 3 liên hiệp HTX và 900 tổ hợp tác với 9.000 thành viên.",
        "vi",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("group_members")), "{got:?}");
}

#[test]
fn a_count_said_of_several_provinces_counted_before_it_is_not_the_provinces() {
    // A cluster of provinces, with the province's own count in brackets after it.
    let got = keys(
        "Năm 2015, toàn khu vực 5 tỉnh có 2.900 HTX (trong đó, tỉnh Quảng Bình có 310 HTX).",
        "vi",
        2015,
    );
    assert!(!has(&got, "figures.cooperatives_total=2900"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=310"), "{got:?}");
    // The province's word with no number before it is the province's own count.
    let got = keys("Năm 2015, toàn tỉnh có 310 HTX.", "vi", 2015);
    assert!(has(&got, "figures.cooperatives_total=310"), "{got:?}");
}

#[test]
fn farming_forestry_and_fishery_joined_by_and_are_agricultural() {
    let got = keys(
        "Năm 2016, toàn tỉnh có 1.000 HTX, trong đó 600 HTX nông, lâm và thủy sản, 90 HTX \
         công nghiệp.",
        "vi",
        2016,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=600"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2016, có 600 hợp tác xã nông, lâm nghiệp và thủy sản.",
        "vi",
        2016,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=600"),
        "{got:?}"
    );
    let en = "In 2016 the province had 1,000 cooperatives, 600 of them in agriculture, forestry \
              and fisheries.";
    let got = keys(en, "en", 2016);
    assert!(
        has(&got, "figures.cooperatives_agricultural=600"),
        "{got:?}"
    );
    // Fishery with industry is no farming: the count is not agricultural.
    let got = keys("Năm 2016, có 600 HTX công nghiệp và thủy sản.", "vi", 2016);
    assert!(!got.iter().any(|g| g.contains("agricultural")), "{got:?}");
}

#[test]
fn an_abbreviation_in_brackets_does_not_shorten_what_is_said_of_a_count() {
    // Sixteenth session: "(HTX)" took three of the eight words after the count, and
    // the sector's words fell out of reach (the 65 were written as all cooperatives).
    let got = keys(
        "Năm 2021, toàn tỉnh có 65 hợp tác xã (HTX) hoạt động trong lĩnh vực nông nghiệp, với 942 thành viên.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_agricultural=65"), "{got:?}");
    assert!(!got.iter().any(|g| g.contains("total")), "{got:?}");
    // Without a sector in reach the count stays all of them.
    let got = keys(
        "Năm 2021, toàn tỉnh có 65 hợp tác xã (HTX) với 942 thành viên.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_total=65"), "{got:?}");
}

#[test]
fn a_count_shown_to_be_a_part_elsewhere_is_not_all_cooperatives() {
    let got = keys(
        "Năm 2022, tỉnh có 220 hợp tác xã (HTX), trong đó 29 HTX ngưng hoạt động và 191 HTX hoạt động. \
         Phân theo lĩnh vực, 191 HTX đang hoạt động có hơn 6.900 thành viên.",
        "vi",
        2022,
    );
    assert!(has(&got, "figures.cooperatives_total=220"), "{got:?}");
    assert!(
        !got.iter().any(|g| g == "figures.cooperatives_total=191"),
        "{got:?}"
    );
    assert!(
        has(&got, "figures.cooperatives_total=191 (doubt)"),
        "{got:?}"
    );
}

#[test]
fn the_countrys_words_reach_a_count_listed_after_a_long_noun() {
    // "liên hiệp hợp tác xã" is five words: the 100.000 groups are the country's too.
    let got = keys(
        "Cả nước hiện có hơn 28.000 hợp tác xã, hơn 100 liên hiệp hợp tác xã và khoảng 100.000 tổ hợp tác. \
         Năm 2023, toàn tỉnh có 505 hợp tác xã và 1.200 tổ hợp tác.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.cooperative_groups=100000 (doubt)"),
        "{got:?}"
    );
    assert!(has(&got, "figures.cooperative_groups=1200"), "{got:?}");
}

#[test]
fn a_number_or_more_is_no_figure_of_the_year() {
    let got = keys(
        "Năm 2020, toàn tỉnh có 412 HTX. Doanh thu bình quân của hợp tác xã đạt 01 tỷ đồng trở lên. \
         Vận động thành lập mới 25 HTX trở lên.",
        "vi",
        2020,
    );
    assert!(has(&got, "figures.cooperatives_total=412"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_new=25 (doubt)"), "{got:?}");
    assert!(
        got.iter().any(
            |g| g.starts_with("figures.avg_revenue_per_cooperative=") && g.ends_with("(doubt)")
        ),
        "{got:?}"
    );
    // "khá trở lên" is a rating (good or better): an effective count, kept.
    let got = keys(
        "Năm 2020, toàn tỉnh có 412 HTX, trong đó 150 HTX xếp loại khá trở lên.",
        "vi",
        2020,
    );
    assert!(has(&got, "figures.cooperatives_effective=150"), "{got:?}");
}
