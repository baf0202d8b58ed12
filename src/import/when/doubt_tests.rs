//! Readings of the year under review that rest on evidence which does not say it: a
//! comparison across several years, a day after the page's, the page's own year under
//! way, one body's founding, a horizon, "more than" a number of years. Each either
//! reads the year it names or leaves the year to the author (`None`).

use super::tests::year;
use super::*;

#[test]
fn a_comparison_gives_the_next_year_only_when_it_spans_one() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        vi("Doanh thu bình quân của HTX tăng 120 triệu đồng so với năm 2022."),
        Some((2023, false))
    );
    assert_eq!(
        en("Their average revenue rose by 12 per cent compared with 2022."),
        Some((2023, false))
    );
    // Compared with a plan: that year's own plan, no year before the one reviewed.
    assert_eq!(
        vi("Toàn tỉnh có thêm 20 HTX, đạt 100% so với kế hoạch năm 2025."),
        None
    );
    // A span from the year compared with, or a later day: the change is of several
    // years, and which one the text reviews is the author's to say.
    assert_eq!(
        vi("Số thành viên tăng 650 người trong giai đoạn 2021-2024.\n\nVốn điều lệ đạt 170 tỷ đồng, tăng 38 tỷ đồng so với năm 2021."),
        None
    );
    assert_eq!(
        vi("Tính đến 31-12-2016, cả nước có 19.569 HTX (tăng 583 HTX so với năm 2013)."),
        None
    );
    assert_eq!(
        en("Members grew by 650 in the 2021-2024 stretch.\n\nCharter capital reached VND170 billion, up VND38 billion compared with 2021."),
        None
    );
}

#[test]
fn a_day_after_the_pages_own_is_no_day_the_figures_stand_at() {
    let vi = |t: &str, d: Option<&str>| year(t, Lang::Vi, d);
    let en = |t: &str, d: Option<&str>| year(t, Lang::En, d);
    let text = "Tính đến ngày 31/12/2021, toàn tỉnh có 246 HTX.\n\nTrong năm 2020, toàn tỉnh thành lập mới 56 HTX.";
    assert_eq!(vi(text, Some("2021-05-21")), Some((2020, false)));
    // On a page of the year after, or with no page day, the day is read.
    assert_eq!(vi(text, Some("2022-01-10")), Some((2021, false)));
    assert_eq!(vi(text, None), Some((2021, false)));
    let text = "As of December 31, 2021, the province had 246 cooperatives.\n\nIn 2020, 56 new cooperatives were established across the province.";
    assert_eq!(en(text, Some("2021-05-21")), Some((2020, false)));
    assert_eq!(en(text, Some("2022-01-10")), Some((2021, false)));
}

#[test]
fn the_pages_own_year_before_july_is_under_way() {
    let vi = |t: &str, d: &str| year(t, Lang::Vi, Some(d));
    let en = |t: &str, d: &str| year(t, Lang::En, Some(d));
    let text = "Năm 2021, tỉnh phát triển 290 hợp tác xã\n\nTrong năm 2020, toàn tỉnh thành lập mới 56 HTX.";
    assert_eq!(vi(text, "2021-05-21"), Some((2020, false)));
    // From July on, the page's year may be reviewed: of two years said as often, the latest.
    assert_eq!(vi(text, "2021-09-21"), Some((2021, false)));
    let text = "In 2021, the province develops 290 cooperatives\n\nIn 2020, the province established 56 new cooperatives.";
    assert_eq!(en(text, "2021-05-21"), Some((2020, false)));
    // An event of a month of the page's year is that year's.
    assert_eq!(
        en(
            "In early June 2021, the province had 1,284 agricultural cooperatives.",
            "2021-06-28"
        ),
        Some((2021, false))
    );
}

#[test]
fn a_founding_on_a_month_is_one_bodys_story() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        en("The province has 581 cooperatives.\n\nThe Lien Gia Cooperative, Thuy Lieu commune, Cam Khe district was established in September 2019 with 10 members."),
        None
    );
    assert_eq!(
        vi("Tỉnh hiện có 581 HTX.\n\nHTX Sen Hồng ở xã Thụy Liễu được thành lập tháng 9/2019 với 10 thành viên."),
        None
    );
    // A month that is no founding's dates the province's figures.
    assert_eq!(
        vi("Tháng 9/2019, toàn tỉnh có 120 HTX."),
        Some((2019, false))
    );
    assert_eq!(
        en("In September 2019, the province had 120 cooperatives."),
        Some((2019, false))
    );
}

#[test]
fn a_horizon_or_more_than_some_years_names_no_year_reviewed() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        vi("Thành phố hiện có trên 200 HTX.\n\nĐại hội đã xác định phương hướng phát triển đến 2020."),
        None
    );
    // The end of a span from a year is the year its figures reach.
    assert_eq!(
        vi("Từ năm 2003 đến 2018, số tổ hợp tác tăng từ 1.081 lên 1.429."),
        Some((2018, false))
    );
    assert_eq!(
        vi("Hội nghị đánh giá sau hơn 4 năm triển khai Luật HTX 2012."),
        None
    );
    assert_eq!(
        en("After more than 4 years of implementing the 2012 Law on Cooperatives, the sector has changed."),
        None
    );
    // A number of years with no "more than": reviewed in the last of them (a guess).
    assert_eq!(
        vi("Hội nghị tổng kết 10 năm thi hành Luật HTX 2012."),
        Some((2021, false))
    );
    assert_eq!(
        en("After 10 years of implementing the 2012 Law on Cooperatives, the sector has changed."),
        Some((2021, false))
    );
}

#[test]
fn a_report_on_the_situation_of_a_year_reviews_it() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    assert_eq!(
        vi("Tỉnh đã có báo cáo tình hình phát triển kinh tế tập thể, hợp tác xã năm 2023 và kế hoạch phát triển năm 2024. Toàn tỉnh thành lập mới 35 HTX, đạt 100% so với kế hoạch năm 2023."),
        Some((2023, false))
    );
}

#[test]
fn the_start_of_a_year_and_an_aim_said_again_as_a_day_figures_stand_at() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    // The start of a year is read as a day in January to March: the year before.
    assert_eq!(
        en("As of early 2021, the province had 120 cooperatives."),
        Some((2020, false))
    );
    assert_eq!(
        vi("Tính đến đầu năm 2021, toàn tỉnh có 120 HTX."),
        Some((2020, false))
    );
    assert_eq!(
        en("As of the end of 2021, the province had 120 cooperatives."),
        Some((2021, false))
    );
    // A day an aim set in another sentence looks to, said again as a projection: not
    // the day the figures stand at (the year before the aims').
    assert_eq!(
        vi("Theo kế hoạch, tỉnh phấn đấu đến cuối năm 2022 sẽ thành lập mới 30 HTX. Hiện nay toàn tỉnh có 150 HTX. Dự kiến đến cuối năm 2022, tỉnh sẽ thành lập mới 30 HTX."),
        Some((2021, false))
    );
    assert_eq!(
        en("The province aims to set up 30 new cooperatives by the end of 2022. It now has 150. By the end of 2022, it will have set up 30 new cooperatives."),
        Some((2021, false))
    );
    // An estimate of the year's end that no aim sets is that year's.
    assert_eq!(
        vi("Dự kiến đến cuối năm 2022, toàn tỉnh có 160 HTX."),
        Some((2022, false))
    );
    assert_eq!(
        en("By the end of 2022, the province will have 160 cooperatives."),
        Some((2022, false))
    );
}

#[test]
fn a_change_to_a_later_year_its_sentence_names_gives_no_year_after() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    // A change from 2020 to a horizon of 2025: of several years, not 2021's.
    assert_eq!(
        vi("Mục tiêu giảm tỷ lệ hộ nghèo; đến năm 2025, thu nhập bình quân của thành viên HTX tăng 1,5 lần so với năm 2020."),
        None
    );
    assert_eq!(
        en("By 2025, the average income of cooperative members is to rise 1.5 times compared with 2020."),
        None
    );
    // A change against the year before, with the plan of the year itself: the next year.
    assert_eq!(
        vi("Doanh thu bình quân tăng 354 triệu đồng so với năm 2022, đạt 102% so với kế hoạch năm 2023."),
        Some((2023, false))
    );
    assert_eq!(
        en("Average revenue rose by VND354 million compared with 2022."),
        Some((2023, false))
    );
}

#[test]
fn a_congress_recalled_by_its_resolution_opens_no_term() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    // A slogan that implements a congress's resolution: the congress is not held in
    // the term's first year by this text.
    assert_eq!(
        vi("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020\n\nToàn tỉnh có 150 HTX."),
        None
    );
    assert_eq!(
        en("Carrying out the resolution of the 16th provincial Party Congress for the 2015-2020 term\n\nThe province has 150 cooperatives."),
        None
    );
    // A congress the text reports opens its term.
    assert_eq!(
        vi("Đại hội Liên minh HTX tỉnh lần thứ VI, nhiệm kỳ 2020-2025 đã thành công tốt đẹp. Toàn tỉnh có 150 HTX."),
        Some((2020, false))
    );
    assert_eq!(
        en("The provincial Cooperative Alliance held its sixth congress for the 2020-2025 term. The province has 150 cooperatives."),
        Some((2020, false))
    );
}

#[test]
fn years_of_a_dated_document_end_on_its_day_that_many_years_on() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    // A document of a day: its review is held once the years are up.
    assert_eq!(
        vi("Hội nghị tổng kết 15 năm thực hiện Chỉ thị số 20-CT/TU ngày 12/4/2009 của Tỉnh ủy về kinh tế tập thể."),
        Some((2024, false))
    );
    assert_eq!(
        en("The conference reviewed 12 years of implementing Directive No. 05-CT/TU dated May 9, 2011 on collective economy."),
        Some((2023, false))
    );
    // A law of a year alone: the last of its years.
    assert_eq!(
        vi("Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012."),
        Some((2021, false))
    );
}

#[test]
fn a_year_that_is_not_the_provinces_is_not_read() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    let ms = |t: &str| year(t, Lang::Ms, None);
    // Compared with the end of a year, after a change: a year before the one reviewed.
    assert_eq!(
        en("The city has 420 cooperatives, up 12% from the end of 2021."),
        Some((2022, false))
    );
    assert_eq!(
        en("By the end of 2021, the city had 420 cooperatives."),
        Some((2021, false))
    );
    // One cooperative founded late or early in a year, or named after its kind.
    assert_eq!(
        vi("HTX Hòa Lợi (xã Tân An) thành lập cuối năm 2018 với 12 thành viên, nay đã có 40 thành viên."),
        None
    );
    assert_eq!(
        en("The Tan Hung farm was established in late 2018 with 12 members."),
        None
    );
    assert_eq!(
        vi("Đầu năm 2015, HTX nông nghiệp Tân Phú đầu tư 2 tỷ đồng xây nhà xưởng."),
        None
    );
    assert_eq!(
        vi("Năm 2023, HTX nông nghiệp toàn tỉnh đạt doanh thu bình quân 2 tỷ đồng."),
        Some((2023, false))
    );
    // The start of a span to now: one body's story.
    assert_eq!(
        ms("Koperasi itu bermula dengan modal 50 juta VND pada 2014, sehingga kini mempunyai 120 anggota."),
        None
    );
    assert_eq!(
        vi("Từ đầu năm 2024 đến nay, toàn tỉnh thành lập mới 15 HTX."),
        Some((2024, false))
    );
    // The day one body's own figures stand at, in a sentence naming no province.
    assert_eq!(
        en("Its credit fund had lent VND2 trillion to 30,000 members by the end of 2018."),
        None
    );
    assert_eq!(
        en("By the end of 2018, the province had 300 cooperatives."),
        Some((2018, false))
    );
}

#[test]
fn a_year_opening_the_sentence_after_the_figures_is_the_next_ones() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        vi("Toàn tỉnh có 155 HTX nông nghiệp, 14 HTX thành lập mới.\n\nNăm 2023, Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX tiếp cận nguồn vốn."),
        Some((2022, false))
    );
    assert_eq!(
        en("The province has 155 agricultural cooperatives.\n\nIn 2023, the alliance continues helping cooperatives reach credit."),
        Some((2022, false))
    );
    // Figures after it are that year's.
    assert_eq!(
        vi("Năm 2023, Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX.\n\nToàn tỉnh có 155 HTX nông nghiệp."),
        Some((2023, false))
    );
}
