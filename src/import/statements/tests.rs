use super::*;

fn keys(text: &str, lang: &str, year: i32) -> Vec<String> {
    figures(text, lang, year)
        .iter()
        .map(|f| {
            let v = match &f.val {
                Val::Count(n) => n.to_string(),
                Val::Money { amount, per } => format!("{amount}/{per:?}"),
            };
            let doubt = if f.doubt.is_some() { " (doubt)" } else { "" };
            format!("{}.{}={v}{doubt}", f.section.name(), f.key)
        })
        .collect()
}

#[test]
fn statements_of_the_year_are_figures_and_targets_are_targets() {
    let got = keys(
        "Năm 2023, toàn tỉnh có 462 HTX. Năm 2024, toàn tỉnh có 498 HTX, thành lập mới 21 HTX. \
         Năm 2025 phấn đấu thành lập mới 60 HTX.",
        "vi",
        2024,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=498".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_new=21".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"targets.cooperatives_new=60".to_string()),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.contains("=462")), "{got:?}");
}

#[test]
fn parts_of_the_total_and_of_the_new_ones_are_not_the_provinces() {
    let got = keys(
        "Toàn tỉnh có 617 HTX, trong đó 544 HTX đang hoạt động. \
         Có 11 HTX được thành lập mới, trong đó có 8 HTX nông nghiệp.",
        "vi",
        2018,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=617".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=544 (doubt)".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_agricultural=8 (doubt)".to_string()),
        "{got:?}"
    );
}

#[test]
fn groups_members_and_a_cooperatives_income() {
    let got = keys(
        "La province compte 215 groupes coopératifs comptant 840 membres. \
         Le revenu moyen d'une coopérative est estimé à 850 millions de VND/an.",
        "fr",
        2024,
    );
    assert!(
        got.contains(&"figures.cooperative_groups=215".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperative_group_members=840".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.avg_revenue_per_cooperative=850000000/Year (doubt)".to_string()),
        "after the groups' figures it could be theirs: {got:?}"
    );
    // In French a cooperative's "revenu" is its revenue.
    let got = keys(
        "Le revenu moyen d'une coopérative est estimé à 850 millions de VND/an.",
        "fr",
        2024,
    );
    assert_eq!(got, ["figures.avg_revenue_per_cooperative=850000000/Year"]);
}

#[test]
fn a_part_of_all_written_a_slash_b() {
    let got = keys(
        "Parmi les 616 coopératives provinciales, 269/616 coopératives fonctionnent efficacement.",
        "fr",
        2017,
    );
    assert!(
        got.contains(&"figures.cooperatives_effective=269".to_string()),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.contains("effective=616")), "{got:?}");
}

#[test]
fn ranges_projections_shares_and_mixed_members_are_left_out() {
    let got = keys(
        "Toàn tỉnh có 931 tổ hợp tác và 833 hợp tác xã. Các THT có từ 3-8 hộ thành viên. \
         Dự kiến đến cuối năm 2015 toàn tỉnh có 899 HTX và 1.051 THT.",
        "vi",
        2015,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=833".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperative_groups=931".to_string()),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|g| g.contains("=899") || g.contains("=1051")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|g| g.ends_with("=3") || g.ends_with("=8")),
        "{got:?}"
    );
    let got = keys(
        "Thời gian qua đã thành lập mới 59 HTX, vượt trên 65% kế hoạch đề ra, nâng số HTX \
         đang hoạt động trên địa bàn tỉnh 581 HTX, chiếm 80,3% so với tổng số HTX. \
         Toàn tỉnh đang có 430 HTX và 7.150 THT với trên 200.000 thành viên.",
        "vi",
        2023,
    );
    assert!(
        got.contains(&"figures.cooperatives_new=59".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=581 (doubt)".to_string()),
        "a share of all: {got:?}"
    );
    assert!(!got.iter().any(|g| g.starts_with("targets.")), "{got:?}");
    assert!(!got.iter().any(|g| g.contains("=200000")), "{got:?}");
}

#[test]
fn an_average_word_far_from_its_number_and_of_one_kind() {
    let got = keys(
        "Doanh thu bình quân của hợp tác xã năm 2021 khoảng 773 triệu đồng. \
         Thu nhập bình quân của thành viên ở HTX nông nghiệp đạt 2,8 triệu đồng/người/tháng.",
        "vi",
        2021,
    );
    assert!(
        got.contains(&"figures.avg_revenue_per_cooperative=773000000/Year".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.avg_income_per_worker=2800000/Month (doubt)".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_count_in_operation_beside_a_larger_total_is_a_part() {
    let got = keys(
        "In 2022, 405 cooperatives were operating. The province had 485 cooperatives.",
        "en",
        2022,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=485".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=405 (doubt)".to_string()),
        "{got:?}"
    );
    // Alone, the count of active cooperatives is all the text gives.
    let got = keys(
        "In 2022, the province had 334 active cooperatives.",
        "en",
        2022,
    );
    assert_eq!(got, ["figures.cooperatives_total=334"]);
}

#[test]
fn a_cooperatives_income_is_not_written_as_its_revenue() {
    let got = keys(
        "Thu nhập bình quân của HTX đạt 500 triệu đồng/năm. \
         Doanh thu bình quân của HTX đạt 2 tỷ đồng/năm.",
        "vi",
        2024,
    );
    assert_eq!(got, ["figures.avg_revenue_per_cooperative=2000000000/Year"]);
}

#[test]
fn an_amount_in_another_currency_is_not_written() {
    let got = keys(
        "The average revenue of cooperatives is estimated at 2.36 billion VND (100,500 USD).",
        "en",
        2022,
    );
    assert_eq!(got, ["figures.avg_revenue_per_cooperative=2360000000/Year"]);
}

#[test]
fn parts_said_by_each_remaining_sums_and_two_kinds_are_left_out() {
    let got = keys(
        "Since the beginning of the year 12 new cooperatives have been established, of which \
         Cao Phong and Tan Lac districts have established 2 cooperatives each.",
        "en",
        2022,
    );
    assert!(
        got.contains(&"figures.cooperatives_new=12".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_new=2 (doubt)".to_string()),
        "{got:?}"
    );
    let got = keys(
        "The province will establish 8 new agricultural cooperatives. The province has 197 \
         agricultural cooperatives; the remaining 7 cooperatives are not classified.",
        "en",
        2024,
    );
    assert!(
        got.contains(&"figures.cooperatives_new=8 (doubt)".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=7 (doubt)".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_agricultural=197".to_string()),
        "{got:?}"
    );
    // 75 + 64 = 139 effective: agricultural among the effective, not the province's.
    let got = keys(
        "Toàn tỉnh hiện có 139/143 hợp tác xã (HTX) đang hoạt động có hiệu quả, trong đó 75 HTX \
         thuộc lĩnh vực nông nghiệp và 64 HTX ở lĩnh vực phi nông nghiệp.",
        "vi",
        2019,
    );
    assert!(
        got.contains(&"figures.cooperatives_effective=139".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=143".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_agricultural=75 (doubt)".to_string()),
        "{got:?}"
    );
    // A count said to be the total makes the others parts.
    let got = keys(
        "Fifty co-operatives and 16 cooperative groups were established in 2022. By now, the \
         province has a total of 485 cooperatives.",
        "en",
        2022,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=485".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=50 (doubt)".to_string()),
        "{got:?}"
    );
    // A breakdown of all of them gives the province's kinds.
    let got = keys(
        "The province had 630 cooperatives, of which, agricultural cooperatives were 409 \
         cooperatives (accounting for 64.9%), non-agricultural cooperatives had 221 cooperatives.",
        "en",
        2022,
    );
    assert!(
        got.contains(&"figures.cooperatives_agricultural=409".to_string()),
        "{got:?}"
    );
}

#[test]
fn cooperatives_doing_something_or_helped_are_a_part() {
    let got = keys(
        "Toàn tỉnh có 140 HTX; có khoảng 26 HTX nông nghiệp liên kết với DN.",
        "vi",
        2022,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=140".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_agricultural=26 (doubt)".to_string()),
        "{got:?}"
    );
    let got = keys(
        "The province has 500 cooperatives. It has supported 79 cooperatives; 63 \
         agricultural cooperatives are applying high technology.",
        "en",
        2024,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=500".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=79 (doubt)".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_agricultural=63 (doubt)".to_string()),
        "{got:?}"
    );
}

#[test]
fn aims_for_each_year_and_the_unit_of_an_average_are_not_figures() {
    let got = keys(
        "Năm 2019 phấn đấu thành lập mới 20 HTX. Mỗi năm, tỉnh phấn đấu thành lập mới 25 \
         hợp tác xã trở lên. Lợi nhuận bình quân 1 HTX đạt 220 triệu đồng/năm.",
        "vi",
        2018,
    );
    assert!(
        got.contains(&"targets.cooperatives_new=20".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"targets.cooperatives_new=25 (doubt)".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.cooperatives_total=1 (doubt)".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"figures.avg_profit_per_cooperative=220000000/Year".to_string()),
        "{got:?}"
    );
}
