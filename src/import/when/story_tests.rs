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
fn tasks_of_a_later_quarter_are_that_years() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // A meeting on the first quarter sets the second's tasks: the same year, not the one
    // before it (as "nhiệm vụ năm 2019" would give).
    assert_eq!(
        vi("Ban Thường vụ họp, đánh giá kết quả quý I, triển khai nhiệm vụ trọng tâm quý II năm 2019 của Liên minh."),
        Some((2019, false))
    );
    assert_eq!(
        vi("Hội nghị giao ban đã triển khai nhiệm vụ Quí III/2021 cho các phòng."),
        Some((2021, false))
    );
    assert_eq!(
        en("The standing board looked back on the first nine months and set tasks for the fourth quarter of 2022."),
        Some((2022, false))
    );
    // A whole year's tasks are still the next year's.
    assert_eq!(
        vi("Hội nghị giao ban đã triển khai nhiệm vụ năm 2021 cho các phòng."),
        Some((2020, false))
    );
    assert_eq!(
        en("The standing board met and set tasks for 2022."),
        Some((2021, false))
    );
}

#[test]
fn a_year_opening_a_plan_is_one_of_aims() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // The year opens a sentence with no figure; the next one opens with its aims.
    assert_eq!(
        vi("Năm 2026, tỉnh tập trung củng cố các hợp tác xã yếu kém. Tỉnh đặt mục tiêu thành lập mới 15 hợp tác xã."),
        Some((2025, false))
    );
    assert_eq!(
        en("In 2026, the province focuses on strengthening weak cooperatives. It targets 15 new cooperatives."),
        Some((2025, false))
    );
    // Reached, not set ("đạt", folded as "đặt" is): a result of the year.
    assert_eq!(
        vi("Năm 2026, tỉnh tập trung củng cố các hợp tác xã yếu kém. Tỉnh đạt mục tiêu thành lập mới 15 hợp tác xã."),
        Some((2026, false))
    );
    // A result against the target later in the next sentence, or figures in the
    // year's own: the year reviewed.
    assert_eq!(
        en("In 2026, the province focused on strengthening weak cooperatives. As a result, 15 new cooperatives were set up, surpassing the target."),
        Some((2026, false))
    );
    assert_eq!(
        vi("Năm 2026, tỉnh có 300 hợp tác xã. Tỉnh đặt mục tiêu thành lập mới 15 hợp tác xã trong năm tới."),
        Some((2026, false))
    );
}

#[test]
fn a_year_right_before_one_cooperative_is_its_story() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // One cooperative is what the year's clause speaks of, with its own figures.
    assert_eq!(
        vi("HTX Thành Công ở xã Yên Lãng trồng 20 ha chè. Nhờ vốn vay 200 triệu đồng, năm 2024 HTX mua thêm máy sao chè."),
        None
    );
    assert_eq!(
        en("The Tan Phu cooperative grows tea on 30 ha. In 2019, the cooperative bought a drying machine with a loan of VND 500 million."),
        None
    );
    assert_eq!(
        vi("Toàn tỉnh có 120 HTX trong năm 2021. Năm 2022, Hợp tác xã Hoa Sen đầu tư 2 tỷ đồng vào kho lạnh."),
        Some((2021, false))
    );
    // A kind of cooperatives, the word as an adjective: the province's.
    assert_eq!(
        vi("Năm 2024, HTX nông nghiệp toàn tỉnh đạt doanh thu bình quân 1,2 tỷ đồng."),
        Some((2024, false))
    );
    assert_eq!(
        en("In 2024, the cooperative sector of the province created 3,000 jobs."),
        Some((2024, false))
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

#[test]
fn a_month_early_in_a_year_dates_figures_of_the_year_before() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    assert_eq!(
        en("In January 2021 the provincial union launched a campaign; the province has 412 cooperatives."),
        Some((2020, false))
    );
    assert_eq!(
        vi("Trong tháng 2/2022, Liên minh HTX tỉnh ra mắt chương trình hỗ trợ 300 HTX."),
        Some((2021, false))
    );
    // Later in the year, the year itself.
    assert_eq!(
        en("In October 2021 the province counted 300 cooperatives."),
        Some((2021, false))
    );
    let r = review(
        "In March 2024 the city released a plan; it has 95 cooperatives.",
        Lang::En,
        None,
    )
    .unwrap();
    assert!(!r.sure, "{r:?}");
}

#[test]
fn a_whole_year_outweighs_the_start_of_the_running_one() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        vi("Năm 2022, toàn tỉnh có 180 HTX. Từ đầu năm 2023 đến nay, thành lập mới 7 HTX."),
        Some((2022, false))
    );
    assert_eq!(
        en("In 2019 the province had 150 cooperatives. Since the beginning of 2020, 6 cooperatives have been set up."),
        Some((2019, false))
    );
    // Alone, the running year is the one the figures are of.
    assert_eq!(
        vi("Từ đầu năm 2024 đến nay, toàn tỉnh thành lập mới 12 HTX."),
        Some((2024, false))
    );
}

#[test]
fn a_year_compared_with_from_afar_and_years_before_a_law() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    // Compared with the end of a year long past, since a law of 2012: no year is said
    // but the tenth year of the law (a guess).
    assert_eq!(
        vi("Hội nghị 10 năm thi hành Luật Hợp tác xã năm 2012. Hiện toàn tỉnh có 210 HTX, tăng 95 HTX so với thời điểm cuối năm 2003."),
        Some((2021, false))
    );
    assert_eq!(
        en("Ten years after the 2012 Cooperative Law, the province has 210 cooperatives, 95 more compared with the situation at the end of 2003."),
        None
    );
    // A comparison before another year governs that one only.
    assert_eq!(
        vi("So với năm 2022, năm 2023 toàn tỉnh có thêm 20 HTX."),
        Some((2023, false))
    );
}

#[test]
fn figures_at_a_day_after_a_word_of_the_day_only() {
    let fr = |t: &str| year(t, Lang::Fr, None);
    assert_eq!(
        fr("D'après l'Union, au 31 mars 2023, la ville comptait 420 coopératives."),
        Some((2022, false))
    );
    assert_eq!(
        fr("Selon le bilan, au 15 novembre 2024, 35 coopératives ont été créées."),
        Some((2024, false))
    );
    // "au" before no day is no day ("au 3e rang … depuis 2021").
    assert_eq!(
        fr("En 2022, la province comptait 400 coopératives, classée au 3e rang du pays depuis 2021."),
        Some((2022, false))
    );
}

#[test]
fn a_term_in_a_quoted_title_is_no_period_reviewed() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        vi("Tỉnh đã phê duyệt “Kế hoạch phát triển kinh tế tập thể của tỉnh, giai đoạn 2026 - 2030” với nhiều giải pháp."),
        None
    );
    assert_eq!(
        en("The province approved the \"Scheme on developing cooperatives, period 2026-2030\" last month."),
        None
    );
    // Unquoted, the term's figures give its last year.
    assert_eq!(
        vi("Giai đoạn 2021 - 2025, toàn tỉnh thành lập mới 120 HTX."),
        Some((2025, false))
    );
}

#[test]
fn a_term_closing_its_sentence_after_a_name_is_that_bodys() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    // A committee's term after its name, and nothing after it: no period stated.
    assert_eq!(
        vi("Chiều qua tại Đà Lạt, Liên minh HTX tỉnh họp Ban Chấp hành lần thứ 9, khóa IV, nhiệm kỳ 2021-2026."),
        None
    );
    assert_eq!(
        en("The meeting was chaired by the union's executive board, tenure 2019-2024."),
        None
    );
    // A term that opens what the sentence goes on to say is still the period stated.
    assert_eq!(
        vi("Trong nhiệm kỳ 2020-2025, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 150 HTX."),
        Some((2025, false))
    );
    assert_eq!(
        en("Over the period of 2019-2023, the province set up 95 cooperatives."),
        Some((2023, false))
    );
}

#[test]
fn a_year_said_once_in_a_text_with_no_date_is_a_guess() {
    let read = |t: &str, lang: Lang, page: Option<&str>| {
        let p = page.map(|d| Stamp::day(crate::content::date::Date::parse(d).unwrap()));
        review(t, lang, p).map(|r| (r.year, r.sure))
    };
    // One cooperative's story right after its year, the only year of an undated
    // feature: no year at all.
    assert_eq!(
        read(
            "Được hỗ trợ 200 triệu đồng, năm 2022 HTX Tân An mua thêm hai máy sấy chè.",
            Lang::Vi,
            None
        ),
        None
    );
    // A prize's year in a clause of the co-operative's: a guess.
    assert_eq!(
        read(
            "The Hoa Lac tea co-operative, which won a national prize in 2021, now sells to Japan.",
            Lang::En,
            None
        ),
        Some((2021, false))
    );
    // Said twice, or on a dated page: the year the text speaks of, as before.
    assert_eq!(
        read(
            "Năm 2023, toàn tỉnh thành lập mới 25 HTX. Doanh thu bình quân năm 2023 đạt 1,5 tỷ đồng/HTX.",
            Lang::Vi,
            None
        ),
        Some((2023, true))
    );
    assert_eq!(
        read(
            "In 2023, the province founded 41 co-operatives.",
            Lang::En,
            Some("2023-12-28")
        ),
        Some((2023, true))
    );
}

#[test]
fn a_review_of_the_years_a_law_has_been_implemented() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // The tenth year of a law of 2012 is 2021: a guess when the text says no other year.
    assert_eq!(
        vi("Chiều 12/11, tỉnh tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012. Toàn tỉnh có 215 HTX."),
        Some((2021, false))
    );
    assert_eq!(
        en("After 10 years of implementing the 2012 Law on Cooperatives, the province has 215 cooperatives."),
        Some((2021, false))
    );
    // A year compared with before the law is no year under review either.
    assert_eq!(
        vi("Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012. Toàn tỉnh có 215 HTX, tăng 132 HTX so với cuối năm 2001."),
        Some((2021, false))
    );
    // Not a number of years with no law's year, nor over a year the text states.
    assert_eq!(
        vi("Sau 20 năm thực hiện Nghị quyết 13, toàn tỉnh có 215 HTX."),
        None
    );
    assert_eq!(
        vi("Năm 2023, toàn tỉnh có 215 HTX. Sau 10 năm thi hành Luật Hợp tác xã năm 2012, nhiều HTX hoạt động hiệu quả."),
        Some((2023, false))
    );
    let got = review(
        "Sau 10 năm thi hành Luật Hợp tác xã năm 2012, toàn tỉnh có 215 HTX.",
        Lang::Vi,
        None,
    );
    assert!(got.is_some_and(|r| !r.sure), "a guess");
}

#[test]
fn a_year_said_once_of_one_bodys_own_is_no_guess() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    let fr = |t: &str| year(t, Lang::Fr, None);
    // One cooperative's year, in a text that says no year of the province's.
    assert_eq!(
        en("The Tan Phu co-operative has 30 members. In 2023, its revenue reached VND2 billion. The district has 40 co-operatives."),
        None
    );
    assert_eq!(
        fr("La coopérative Tan Phu compte 30 membres. En 2023, son chiffre d'affaires a atteint 2 milliards de VND."),
        None
    );
    assert_eq!(
        vi("Năm 2023, doanh thu của HTX này đạt 2 tỷ đồng. Toàn huyện có 40 HTX."),
        None
    );
    // The province's own year stays a guess.
    assert_eq!(
        en("In 2023, the province raised its number of co-operatives to 418."),
        Some((2023, false))
    );
    assert_eq!(vi("Năm 2023, toàn tỉnh có 418 HTX."), Some((2023, false)));
}

#[test]
fn figures_counted_to_now_leave_a_year_said_once_to_the_author() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // Counted from 2013 to now, in a text with no date: now is not 2017.
    assert_eq!(
        vi("Từ năm 2013 đến nay, toàn tỉnh có 120 HTX thành lập mới, nâng tổng số lên 300 HTX.\n\nRiêng năm 2017, thu nhập bình quân của lao động đạt 3 triệu đồng/người/tháng."),
        None
    );
    assert_eq!(
        en("Since 2013, 120 new cooperatives have been set up, bringing the total to date to 300.\n\nIn 2017 alone, the average income of workers reached VND 3 million a month."),
        None
    );
    // A span to now with no figure (one member's story), or no span: the year said once
    // is still read, a guess.
    assert_eq!(
        vi("Toàn tỉnh hiện có 300 HTX.\n\nTừ năm 2013 đến nay, anh Tuấn liên kết với hợp tác xã.\n\nNăm 2017, toàn tỉnh thành lập mới 20 HTX."),
        Some((2017, false))
    );
    assert_eq!(
        en("The province has 300 cooperatives.\n\nIn 2017, the province set up 20 new cooperatives."),
        Some((2017, false))
    );
}

#[test]
fn a_year_said_once_in_a_persons_account_is_left_to_the_author() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // The only year is in what a cooperative's director or a hamlet's head told.
    assert_eq!(
        vi("Hiện nay, toàn tỉnh có 300 HTX.\n\nÔng Minh, Giám đốc HTX Đồng Tâm cho biết, HTX có 9 thành viên. Năm 2020 doanh thu của HTX đạt 2 tỷ đồng."),
        None
    );
    assert_eq!(
        en("The province has 300 cooperatives.\n\nThe head of the hamlet said that after the road was built in 2020, the village's tea found buyers."),
        None
    );
    // Said of the province, or with no one's words: still read, a guess.
    assert_eq!(
        vi("Hiện nay, toàn tỉnh có 300 HTX.\n\nÔng Minh cho biết, năm 2020 toàn tỉnh thành lập mới 20 HTX."),
        Some((2020, false))
    );
    assert_eq!(
        en("The province has 300 cooperatives.\n\nIn 2020, revenue of the cooperatives reached VND 2 billion each."),
        Some((2020, false))
    );
}
