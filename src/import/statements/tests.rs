use super::*;

/// `section.key=value` of each figure import writes, with " (doubt)" when it is left out.
pub(super) fn keys(text: &str, lang: &str, year: i32) -> Vec<String> {
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
    // A count said to be the total makes the others parts (the fifty are new ones:
    // the word of new ones after the list is said of each count in it).
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
        got.contains(&"figures.cooperatives_new=50".to_string()),
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

/// What a sentence says keeps a figure out: a part outside agriculture, the end of a
/// range, an aim of a later year or of the year itself, the whole country.
#[test]
fn what_a_sentence_says_keeps_a_figure_out() {
    let has = |got: &[String], k: &str| got.contains(&k.to_string());
    let got = keys(
        "Trên địa bàn tỉnh hiện có 181 hợp tác xã, bao gồm 137 HTX nông, lâm nghiệp và 44 HTX \
         phi nông nghiệp.",
        "vi",
        2019,
    );
    assert!(has(&got, "figures.cooperatives_total=181"), "{got:?}");
    assert!(
        !got.iter().any(|g| g.contains("agricultural=44")),
        "{got:?}"
    );
    let got = keys(
        "It planned to establish eight to 10 new co-operatives this year.",
        "en",
        2020,
    );
    assert!(has(&got, "targets.cooperatives_new=10 (doubt)"), "{got:?}");
    let got = keys(
        "Hanoi targets to set up more than 3,000 cooperatives by 2030.",
        "en",
        2022,
    );
    assert!(
        !got.iter()
            .any(|g| g.contains("3000") && !g.contains("(doubt)")),
        "{got:?}"
    );
    let got = keys(
        "Năm 2020, tỉnh có kế hoạch thành lập 23 HTX và giải thể 10 HTX yếu kém.",
        "vi",
        2020,
    );
    assert!(has(&got, "targets.cooperatives_new=23 (doubt)"), "{got:?}");
    let got = keys(
        "Đến tháng 6/2021, cả nước có 26.145 HTX, tăng 863 HTX so với cùng kỳ năm 2020; trong \
         đó 17.060 HTX nông nghiệp. Năm 2021, tỉnh có 320 HTX.",
        "vi",
        2021,
    );
    assert!(has(&got, "figures.cooperatives_total=320"), "{got:?}");
    assert!(
        has(&got, "figures.cooperatives_total=26145 (doubt)"),
        "{got:?}"
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=17060 (doubt)"),
        "{got:?}"
    );
}

/// The word of new ones before a list of counts is said of each ("thành lập mới 60 tổ
/// hợp tác và 40 HTX"), as one after it is in English.
#[test]
fn the_word_of_new_ones_is_said_of_a_list() {
    let got = keys(
        "Năm 2022, Liên minh HTX đặt mục tiêu phấn đấu thành lập mới 60 tổ hợp tác và 40 HTX \
         trở lên.",
        "vi",
        2021,
    );
    assert!(
        got.contains(&"targets.cooperatives_new=40".to_string()),
        "{got:?}"
    );
    let got = keys(
        "Fifty co-operatives and 16 cooperative groups were established in 2022.",
        "en",
        2022,
    );
    assert!(
        got.contains(&"figures.cooperatives_new=50".to_string()),
        "{got:?}"
    );
}

/// Averages of part of the year, of some cooperatives only, and the aims listed after
/// a percentage aim are left out or read as aims.
#[test]
fn averages_of_a_part_and_aims_after_a_share() {
    let got = keys(
        "Doanh thu bình quân 9 tháng năm 2025 ước đạt 2,14 tỷ đồng/HTX.",
        "vi",
        2025,
    );
    assert_eq!(
        got,
        ["figures.avg_revenue_per_cooperative=2140000000/Year (doubt)"]
    );
    let got = keys(
        "Toàn tỉnh có 208 HTX. Trong tổng số 153 HTX đang hoạt động, doanh thu bình quân của \
         một HTX ước đạt 821 triệu đồng.",
        "vi",
        2019,
    );
    assert!(
        got.contains(&"figures.avg_revenue_per_cooperative=821000000/Year (doubt)".to_string()),
        "{got:?}"
    );
    let got = keys(
        "Năm 2017, Liên minh HTX phấn đấu tốc độ tăng trưởng đạt 6%; thành lập mới trên 20 HTX.",
        "vi",
        2016,
    );
    assert_eq!(got, ["targets.cooperatives_new=20"]);
}

/// Counts of other bodies with cooperatives, of a term, of those helped in a list, and
/// of people are no figure of the year.
#[test]
fn counts_together_over_a_term_helped_or_of_people_are_left_out() {
    let doubt = |text: &str, year: i32, want: &str| {
        let got = keys(text, "vi", year);
        assert!(got.contains(&want.to_string()), "{want}: {got:?}");
    };
    doubt(
        "Đến nay trên địa bàn tỉnh có 12 hợp tác xã thành lập mới, nâng tổng số lên 287 hợp tác \
         xã, liên hiệp hợp tác xã và quỹ tín dụng.",
        2016,
        "figures.cooperatives_total=287 (doubt)",
    );
    // Read as of the term by the reader (a span), or left out here: never the year's.
    let got = keys(
        "Theo báo cáo tại Đại hội, nhiệm kỳ 2020-2025, toàn tỉnh thành lập mới 353 HTX.",
        "vi",
        2025,
    );
    assert!(
        !got.contains(&"figures.cooperatives_new=353".to_string()),
        "{got:?}"
    );
    doubt(
        "Trong 15 năm qua, thành phố phát triển mới 324 Hợp tác xã.",
        2019,
        "figures.cooperatives_new=324 (doubt)",
    );
    doubt(
        "Tỉnh đã hỗ trợ xây dựng 91 hợp tác xã kiểu mới, 9 hợp tác xã mở cửa hàng nông sản.",
        2025,
        "figures.cooperatives_total=9 (doubt)",
    );
    let got = keys(
        "Lực lượng lao động nông thôn tham gia hợp tác xã đạt 268.700 người.",
        "vi",
        2025,
    );
    assert!(got.is_empty(), "{got:?}");
}
