//! The year under review from terms, halves, spans and days as newspapers write them, and
//! the years a text names that are not the one it reviews (a cooperative's story, the
//! term before a congress's).

use super::tests::year;
use super::*;

#[test]
fn terms_halves_spans_and_days_newspapers_write() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // "No. 15" ends no sentence: the review word before it still counts.
    assert_eq!(
        en("The committee met to sum up Decision No. 15/QD-UBND on the scheme for cooperatives in the period 2016 - 2020."),
        Some((2020, false))
    );
    // The term's word after its span, opened by a congress.
    assert_eq!(
        en("On 20 December, the third Congress of the provincial Co-operative Union for the 2020-2025 term was opened."),
        Some((2020, false))
    );
    assert_eq!(
        en("In the 2026-2030 period, the province will set up 200 cooperatives."),
        None
    );
    // Tasks of the second half of a year: its first half is reviewed.
    assert_eq!(
        vi("Liên minh HTX tỉnh họp để triển khai nhiệm vụ sáu tháng cuối năm 2024."),
        Some((2024, true))
    );
    assert_eq!(
        en("The union set out tasks for the second half of 2022 at the meeting."),
        Some((2022, true))
    );
    assert_eq!(
        vi("Hội nghị bàn nhiệm vụ năm 2025 của Liên minh HTX."),
        Some((2024, false))
    );
    // "from 2019 to now" starts a span, not a comparison.
    assert_eq!(
        en("The number of cooperatives has grown steadily from 2019 to now."),
        None
    );
    assert_eq!(
        en("The number of cooperatives rose 8 per cent from 2022."),
        Some((2023, false))
    );
    // A day written with words ("ngày 16 tháng 6 năm 2022") is a document's day.
    assert_eq!(
        vi("Thực hiện Nghị quyết số 20 ngày 16 tháng 6 năm 2022, tỉnh hiện có 300 HTX."),
        None
    );
    assert_eq!(
        vi("Tháng 6 năm 2022, tỉnh có 300 HTX."),
        Some((2022, false))
    );
    // A plan's horizon ("towards 2025") is no year of aims nor the one reviewed.
    assert_eq!(
        en("The province issued a plan towards 2025 to develop its cooperatives."),
        None
    );
    // A part of a year whose result is set against the year's target later on.
    assert_eq!(
        en("In the first nine months of 2021, 20 new cooperatives were founded, completing 50 per cent of the yearly target."),
        Some((2021, false))
    );
    assert_ne!(
        en("The province aims to found 20 cooperatives in the first nine months of 2021."),
        Some((2021, false))
    );
}

#[test]
fn a_story_year_is_not_the_year_under_review() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // One body's founding: right before its year, or after a year in a sentence with no
    // figure.
    assert_eq!(
        en("The Hoa Sen cooperative was established in 2016 and now has 40 members."),
        None
    );
    assert_eq!(
        en("In total, 30 cooperatives were established in 2023."),
        Some((2023, false))
    );
    assert_eq!(
        vi("Hợp tác xã Hòa Lợi thành lập năm 2018, hiện có 25 thành viên."),
        None
    );
    assert_eq!(
        vi("Có 30 HTX được thành lập năm 2023."),
        Some((2023, false))
    );
    assert_eq!(
        vi("Năm 2019, Hợp tác xã Tân Tiến ở xã Hòa An được thành lập."),
        None
    );
    assert_eq!(
        vi("Năm 2021, toàn tỉnh thành lập mới 25 HTX."),
        Some((2021, false))
    );
    assert_eq!(
        en("In 2018, the An Phu cooperative was set up by local farmers."),
        None
    );
    assert_eq!(
        en("In 2018, 25 cooperatives were set up."),
        Some((2018, false))
    );
    // A quote in the first person, with no figure.
    assert_eq!(
        vi("Bà Lan kể: Năm 2021, chúng tôi bắt đầu trồng rau sạch."),
        None
    );
    assert_eq!(
        en("\"In 2020, we started to grow organic rice,\" the director said."),
        None
    );
    // With the page's day, a year more than one before it that the text only mentions
    // is history: the page's own year is guessed.
    let on = |t: &str, d: &str| year(t, Lang::En, Some(d));
    assert_eq!(
        on(
            "The province has 231 co-operatives. Its rice won a contest in 2019.",
            "2022-09-14"
        ),
        Some((2022, false))
    );
    assert_eq!(
        on("In 2021, the province had 231 co-operatives.", "2022-02-10"),
        Some((2021, false))
    );
}

#[test]
fn a_congress_reviews_the_term_before_and_ties_go_to_figures() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    // The term before the one a congress opens, named and ended the year before.
    assert_eq!(
        vi("Đại hội Liên minh HTX tỉnh lần thứ IV, nhiệm kỳ 2016-2020. Đại hội đánh giá kết quả nhiệm kỳ 2011-2015."),
        Some((2015, false))
    );
    assert_eq!(
        vi("Đại hội Liên minh HTX tỉnh lần thứ IV, nhiệm kỳ 2020-2025. Nhiệm kỳ 2015-2020, tỉnh thành lập mới 120 HTX."),
        Some((2020, false))
    );
    // Two years said once each: the one said with figures.
    assert_eq!(
        vi("Năm 2022, toàn tỉnh có 210 HTX. Năm 2023, Liên minh HTX tỉnh tập trung tuyên truyền Luật."),
        Some((2022, false))
    );
    assert_eq!(
        vi("Năm 2022, Liên minh HTX tuyên truyền Luật. Năm 2023, toàn tỉnh có 210 HTX."),
        Some((2023, false))
    );
}
