//! A number's place in time, read from its sentence: the year under review, another
//! year, a span to the year under review, a target, a share; and words that look like
//! time but are not.

use crate::content::reader::tests::{one, said};
use crate::content::reader::{read, TimeRole};
use crate::meaning::Measure;

use Measure::*;
use TimeRole::*;

#[test]
fn shares_dates_and_comparisons() {
    let text =
        "Ngày 10/1/2025, toàn tỉnh có 498 HTX, chiếm 58% số HTX của vùng; so với 462 HTX năm 2023.";
    let got = said(text, "vi", 2024);
    assert_eq!(
        got[0].3, Review,
        "the day of the conference is not the year stated"
    );
    assert_eq!(got[1].3, Share);
    assert_eq!(got[2], one("462", Some(Cooperatives), None, Year(2023)));
}

/// The time role of the statement written `n` in `text`.
fn time_of(text: &str, lang: &str, review: i32, n: &str) -> TimeRole {
    let found = read(text, lang, review);
    found.iter().find(|s| s.text(text) == n).unwrap().time
}

#[test]
fn words_that_look_like_time_but_are_not() {
    // An approximation is not a comparison ("more than" holds "than").
    let en = "Currently, the province has nearly 4,500 cooperative groups with more than 73,000 members.";
    assert_eq!(time_of(en, "en", 2021, "73,000"), Review);
    // The Department of Planning and Investment is not a plan.
    let vi = "Theo Sở Kế hoạch và Đầu tư tỉnh, đến nay, toàn tỉnh có 479 hợp tác xã.";
    assert_eq!(time_of(vi, "vi", 2022, "479"), Review);
    let vi = "Năm 2025, theo kế hoạch, thành lập mới 60 HTX.";
    assert_eq!(time_of(vi, "vi", 2024, "60"), Target);
    // Written after the year under review, compared with the one before it.
    let en = "Last year, each cooperative got an average profit of 260 million VND, 4% higher than that of 2021.";
    assert_eq!(time_of(en, "en", 2022, "260 million VND"), Review);
    let en = "Last year, the province had 462 cooperatives.";
    assert_eq!(time_of(en, "en", 2022, "462"), Year(2021));
}

#[test]
fn since_an_earlier_year_is_a_span_to_the_year_under_review() {
    let vi = "Từ năm 2013 đến nay, trên địa bàn tỉnh có 168 hợp tác xã thành lập mới.";
    assert_eq!(time_of(vi, "vi", 2018, "168"), Span(2013, 2018));
    let en = "Since 2021, 90 new cooperatives were established.";
    assert_eq!(time_of(en, "en", 2024, "90"), Span(2021, 2024));
    // Since the start of the year under review: that year.
    let vi = "Từ đầu năm 2018 đến nay, có 45 HTX thành lập mới.";
    assert_eq!(time_of(vi, "vi", 2018, "45"), Review);
    // An aim over a term is no year's target; "2026–30" ends in 2030 and counts nothing.
    let en = "In 2026–30 the alliance plans to establish 150 co-operatives. \
              The province aims to establish 30 new co-operatives this year.";
    assert_eq!(time_of(en, "en", 2026, "150"), Span(2026, 2030));
    assert_eq!(time_of(en, "en", 2026, "30"), Target);
    assert_eq!(read(en, "en", 2026).len(), 2);
}

#[test]
fn a_year_in_a_name_is_no_time() {
    let vi = "Tỉnh có 45 HTX thành lập mới, nâng tổng số HTX hoạt động theo Luật HTX năm 2012 lên 127 HTX.";
    assert_eq!(time_of(vi, "vi", 2017, "127"), Review);
    let en = "The province had 127 cooperatives operating under the 2012 law.";
    assert_eq!(time_of(en, "en", 2017, "127"), Review);
    let vi = "Năm 2012, toàn tỉnh có 100 HTX.";
    assert_eq!(time_of(vi, "vi", 2017, "100"), Year(2012));
}

#[test]
fn parts_after_a_semicolon_keep_the_aim_of_the_first() {
    let text = "Năm 2023, tỉnh phấn đấu thành lập mới 15 HTX; doanh thu bình quân mỗi HTX khoảng 3,2 tỷ đồng/năm. Tính đến hết năm 2022, toàn tỉnh có 140 HTX; doanh thu bình quân 3 tỷ đồng/năm; đến năm 2023 có 150 HTX.";
    let times: Vec<(String, TimeRole)> = read(text, "vi", 2022)
        .into_iter()
        .map(|s| (s.text(text).to_string(), s.time))
        .collect();
    let t = |n: &str, r: TimeRole| (n.to_string(), r);
    assert_eq!(
        times,
        vec![
            t("15", Target),
            t("3,2 tỷ đồng/năm", Target),
            t("140", Review),
            t("3 tỷ đồng/năm", Review),
            t("150", Target),
        ]
    );
}

#[test]
fn a_plan_a_percentage_is_a_share_of_sets_no_target() {
    // The plan is the whole the percentage is of: the count after it is the year's.
    let en = "In all, 40 new cooperatives were set up, reaching 125% of the congress's target and raising the number of cooperatives to 512.";
    assert_eq!(time_of(en, "en", 2024, "512"), Review);
    let en = "Ten new cooperatives were set up, equal to 50 per cent of the yearly plan, and the total of cooperatives came to 230.";
    assert_eq!(time_of(en, "en", 2024, "230"), Review);
    let vi = "Năm 2024 thành lập mới 40 HTX, đạt 125% so với chỉ tiêu Đại hội, nâng tổng số HTX lên 512.";
    assert_eq!(time_of(vi, "vi", 2024, "512"), Review);
    // A percentage of something else before a plan of its own: the plan sets a target.
    let en = "Members grew 8% and the province plans to set up 20 new cooperatives.";
    assert_eq!(time_of(en, "en", 2024, "20"), Target);
    let en = "Members make up 30% of the workforce and the province plans 20 new cooperatives.";
    assert_eq!(time_of(en, "en", 2024, "20"), Target);
    let vi = "Thu nhập tăng 8%, tỉnh phấn đấu thành lập mới 20 HTX.";
    assert_eq!(time_of(vi, "vi", 2024, "20"), Target);
}

#[test]
fn a_number_in_brackets_opening_with_now_beside_an_aim_is_the_present() {
    let vi = "Tỉnh phấn đấu đến năm 2025 có 350 HTX (hiện có 310 HTX) và 900 tổ hợp tác.";
    assert_eq!(
        said(vi, "vi", 2024),
        vec![
            one("350", Some(Cooperatives), None, Target),
            one("310", Some(Cooperatives), None, Review),
            one("900", Some(CooperativeGroups), None, Target),
        ]
    );
    let en = "The province aims to have 350 cooperatives by 2025 (currently 310 cooperatives).";
    assert_eq!(
        said(en, "en", 2024),
        vec![
            one("350", Some(Cooperatives), None, Target),
            one("310", Some(Cooperatives), None, Review),
        ]
    );
    // Brackets without a word of now: a part of the aim.
    let vi = "Tỉnh phấn đấu đến năm 2025 có 350 HTX (trong đó 200 HTX nông nghiệp).";
    assert_eq!(said(vi, "vi", 2024)[1].3, Target);
}

#[test]
fn results_after_a_plan_are_no_target() {
    // The plan is named, then the results against it: the count is the year's.
    let vi = "Hội nghị bàn kế hoạch công tác năm 2025, với kết quả đạt được: thành lập mới 14 HTX.";
    assert_eq!(time_of(vi, "vi", 2025, "14"), Review);
    let en =
        "The union reviewed its plan for 2025, with the results achieved: 14 new cooperatives.";
    assert_eq!(time_of(en, "en", 2025, "14"), Review);
    // Must not fire: results named before the plan, or no results at all.
    let vi = "Từ kết quả đạt được, kế hoạch năm 2025 là thành lập mới 14 HTX.";
    assert_eq!(time_of(vi, "vi", 2025, "14"), Target);
    let en = "Building on the results achieved, the plan for 2025 is 14 new cooperatives.";
    assert_eq!(time_of(en, "en", 2025, "14"), Target);
    let vi = "Kế hoạch công tác năm 2025: thành lập mới 14 HTX.";
    assert_eq!(time_of(vi, "vi", 2025, "14"), Target);
}

#[test]
fn a_year_right_after_a_count_in_its_clause_is_its_year() {
    let vi = "Theo kế hoạch, tỉnh sẽ thành lập mới 40 HTX trong năm 2026.";
    assert_eq!(time_of(vi, "vi", 2025, "40"), Target);
    let vi = "Toàn tỉnh có 310 HTX năm 2022, nay đã có 355 HTX.";
    assert_eq!(time_of(vi, "vi", 2025, "310"), Year(2022));
    let en = "The province had 310 cooperatives in 2022 and has 355 now.";
    assert_eq!(time_of(en, "en", 2025, "310"), Year(2022));
    // Must not fire: the year of a day, a law's year, a year compared with, a year
    // past another number.
    let vi = "Có 92 tổ hợp tác hoạt động theo Nghị định 151 ký ngày 10 tháng 10 năm 2007.";
    assert_eq!(time_of(vi, "vi", 2023, "92"), Review);
    let vi = "Có 310 HTX hoạt động theo Luật HTX năm 2012.";
    assert_eq!(time_of(vi, "vi", 2025, "310"), Review);
    let en = "The province has 355 cooperatives, 45 more than in 2022.";
    assert_eq!(time_of(en, "en", 2025, "355"), Review);
    let en = "The province has 355 cooperatives, 120 of them founded after 2020.";
    assert_eq!(time_of(en, "en", 2025, "355"), Review);
}

#[test]
fn a_count_that_looks_like_a_year_after_a_count_is_no_year() {
    let vi = "Toàn tỉnh có 127 tổ hợp tác có 2030 thành viên.";
    assert_eq!(time_of(vi, "vi", 2025, "127"), Review);
    let en = "The 127 cooperative groups had 2030 members.";
    assert_eq!(time_of(en, "en", 2025, "127"), Review);
}
