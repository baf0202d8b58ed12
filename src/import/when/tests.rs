use super::*;
use crate::content::date::Date;

pub(super) fn year(text: &str, lang: Lang, published: Option<&str>) -> Option<(i32, bool)> {
    let p = published.map(|d| Stamp::day(Date::parse(d).unwrap()));
    review(text, lang, p).map(|r| (r.year, r.half))
}

#[test]
fn the_year_a_text_reviews() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    assert_eq!(
        vi("Liên minh HTX tổng kết năm 2024, triển khai nhiệm vụ năm 2025."),
        Some((2024, false))
    );
    assert_eq!(
        vi("Trong năm 2024, toàn tỉnh thành lập mới 46 HTX."),
        Some((2024, false))
    );
    assert_eq!(
        vi("Năm 2024, có 50 HTX được thành lập. Năm 2025, tỉnh phấn đấu thành lập 60 HTX."),
        Some((2024, false))
    );
    assert_eq!(
        vi("Tính đến 31/12/2020, toàn tỉnh có 300 HTX."),
        Some((2020, false))
    );
    assert_eq!(
        vi("Tính đến tháng 12/2020, toàn tỉnh có 300 HTX."),
        Some((2020, false))
    );
    assert_eq!(
        vi("Đến hết tháng 02/2025, toàn tỉnh có 834 HTX."),
        Some((2024, false))
    );
    assert_eq!(
        vi("6 tháng đầu năm 2022, toàn tỉnh thành lập 14 HTX."),
        Some((2022, true))
    );
    assert_eq!(
        vi("Toàn tỉnh có 137 HTX, tăng 2 HTX so với đầu năm 2018."),
        Some((2018, false))
    );
    assert_eq!(
        vi("Toàn tỉnh có 79 HTX thành lập trước năm 2013 theo Luật HTX năm 2012."),
        None
    );
    // A document's number is no year; "tới" as "đến"; a plan for the next year reviews the
    // year whose estimate it is built on.
    assert_eq!(
        vi("PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2019\n\nCăn cứ tình hình 6 tháng đầu năm, ước thực hiện cả năm 2018, UBND tỉnh xây dựng Kế hoạch năm 2019."),
        Some((2018, false))
    );
    assert_eq!(
        vi("Kế hoạch 2100/KH-UBND năm 2018. Toàn tỉnh có 196 HTX (ước thực hiện cả năm 2018)."),
        Some((2018, false))
    );
    assert_eq!(
        vi("Thống kê tới đầu tháng 6/2022, các HTX có 66.221 thành viên; năm 2021 có 32 HTX."),
        Some((2022, false))
    );
    assert_eq!(
        year(
            "Trong năm qua, toàn tỉnh có 300 HTX.",
            Lang::Vi,
            Some("2024-12-20")
        ),
        Some((2024, false))
    );
    assert_eq!(
        year(
            "Trong năm qua, toàn tỉnh có 300 HTX.",
            Lang::Vi,
            Some("2025-01-10")
        ),
        Some((2024, false))
    );
    assert_eq!(
        year(
            "6 tháng đầu năm nay, toàn tỉnh thành lập mới 14 HTX.",
            Lang::Vi,
            Some("2024-07-20")
        ),
        Some((2024, true))
    );
}

#[test]
fn the_year_in_english_and_french() {
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        en("Fifty co-operatives were established in 2022, up 35% compared with those in 2021."),
        Some((2022, false))
    );
    assert_eq!(
        en("In the first six months of 2019, the province established 33 cooperatives."),
        Some((2019, true))
    );
    assert_eq!(en("A conference to review the first half of 2023, and a mid-term review for the period 2020 - 2025."), Some((2023, true)));
    assert_eq!(
        en("As of the end of 2021, the province counted 476 cooperatives."),
        Some((2021, false))
    );
    assert_eq!(
        en("From 2020 to present, the province has supported 79 cooperatives."),
        None
    );
    assert_eq!(
        year(
            "Last year the province set up 35 new co-operatives.",
            Lang::En,
            Some("2026-03-11")
        ),
        Some((2025, false))
    );
    let fr = |t: &str| year(t, Lang::Fr, None);
    assert_eq!(
        fr("Au premier semestre 2022, la province a créé 12 coopératives."),
        Some((2022, true))
    );
    assert_eq!(
        fr("À la fin de 2023, la province comptait 500 coopératives."),
        Some((2023, false))
    );
    assert_eq!(
        fr("En 2024, la province compte 1 059 coopératives, contre 1 020 en 2023."),
        Some((2024, false))
    );
}

#[test]
fn a_page_published_without_words_for_the_year_is_a_guess() {
    let r = review(
        "Toàn tỉnh hiện có 617 HTX.",
        Lang::Vi,
        Date::parse("2018-07-13").ok().map(Stamp::day),
    )
    .unwrap();
    assert_eq!((r.year, r.sure), (2018, false));
    let r = review(
        "Toàn tỉnh hiện có 643 HTX.",
        Lang::Vi,
        Date::parse("2022-03-03").ok().map(Stamp::day),
    )
    .unwrap();
    assert_eq!((r.year, r.sure), (2021, false));
}

#[test]
fn the_year_after_review_words_or_before_next_years_tasks() {
    let y = |t: &str, l: Lang| review(t, l, None).map(|r| r.year);
    assert_eq!(
        y(
            "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
            Lang::Vi
        ),
        Some(2023)
    );
    assert_eq!(
        y(
            "pour passer en revue les activités de 2024 et déployer les tâches pour 2025",
            Lang::Fr
        ),
        Some(2024)
    );
    assert_eq!(
        y(
            "untuk meringkaskan aktiviti pada tahun 2023 dan melaksanakan tugas pada tahun 2024",
            Lang::Ms
        ),
        Some(2023)
    );
    assert_eq!(
        y("The union set tasks for 2025 at its meeting.", Lang::En),
        Some(2024)
    );
    assert_eq!(y("Nothing about years here.", Lang::En), None);
}

#[test]
fn a_part_of_a_year_names_the_year_under_review() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        vi("Năm 2015, tỉnh có 100 HTX. 9 tháng đầu năm 2023, toàn tỉnh thành lập mới 21 HTX."),
        Some((2023, false))
    );
    assert_eq!(
        vi("Quý I/2022, toàn tỉnh thành lập mới 3 HTX, nâng tổng số lên 520 HTX."),
        Some((2022, false))
    );
    assert_eq!(
        en("In the first 11 months of 2024, the province set up 25 new co-operatives; in 2020 it had 300."),
        Some((2024, false))
    );
    assert_eq!(
        en("In the first quarter of 2023, 12 cooperatives were established."),
        Some((2023, false))
    );
    // Compared with, it is another year's part.
    assert_eq!(
        vi("Năm 2024 có 30 HTX thành lập mới, tăng 5 HTX so với 9 tháng đầu năm 2023."),
        Some((2024, false))
    );
}

#[test]
fn no_year_after_the_page_nor_before_one_compared_with() {
    let vi = |t: &str, p: Option<&str>| year(t, Lang::Vi, p);
    let en = |t: &str, p: Option<&str>| year(t, Lang::En, p);
    // Years the text compares the reviewed one with come before it.
    assert_eq!(
        vi(
            "Năm 2020, tỉnh ban hành đề án phát triển HTX. Doanh thu bình quân đạt 2,1 tỷ đồng, tăng 8% so với năm 2022.",
            None
        ),
        Some((2023, false))
    );
    assert_eq!(
        en(
            "The alliance was founded in 2010. Average revenue rose 8 per cent compared with 2022.",
            None
        ),
        Some((2023, false))
    );
    // Not the start of the reviewed year, a plan, nor a comparison in an aim.
    assert_eq!(
        vi(
            "Toàn tỉnh có 137 HTX, tăng 2 HTX so với đầu năm 2018.",
            None
        ),
        Some((2018, false))
    );
    assert_eq!(
        vi(
            "Năm 2023, toàn tỉnh thành lập mới 30 HTX. Năm 2024 phấn đấu doanh thu tăng 10% so với năm 2023.",
            None
        ),
        Some((2023, false))
    );
    // A page published in 2024 does not review 2025.
    assert_eq!(
        en(
            "In 2025, the province will set up 40 co-operatives. In 2023 it had 500.",
            Some("2024-12-20")
        ),
        Some((2023, false))
    );
}

#[test]
fn last_year_with_the_page_day_over_a_year_of_history() {
    let en = |t: &str, p: &str| year(t, Lang::En, Some(p));
    let vi = |t: &str, p: &str| year(t, Lang::Vi, Some(p));
    // A February 2024 story on last year's figures that recalls 2020 reviews 2023.
    assert_eq!(
        en(
            "The alliance was set up in 2020 with 120 co-operatives. Last year the province set up 35 new co-operatives, taking the total to 640.",
            "2024-02-06"
        ),
        Some((2023, false))
    );
    assert_eq!(
        vi(
            "Năm 2018, toàn tỉnh chỉ có 80 HTX. Năm qua, toàn tỉnh thành lập mới 25 HTX, nâng tổng số lên 210 HTX.",
            "2024-01-20"
        ),
        Some((2023, false))
    );
    // "over the same period last year" compares: the figures are of the page's year.
    assert_eq!(
        en(
            "In 2019 the province had 100 co-operatives. Revenue rose 5 per cent over the same period last year. This year 20 were founded.",
            "2024-10-15"
        ),
        Some((2024, false))
    );
    // A year one before the page's stays.
    assert_eq!(
        en(
            "In 2023, the province set up 35 new co-operatives. Last year was good.",
            "2024-02-06"
        ),
        Some((2023, false))
    );
}

#[test]
fn review_words_before_last_year_or_this_year() {
    let en = |t: &str| year(t, Lang::En, Some("2025-02-25"));
    assert_eq!(
        en("The Cooperative Alliance held a meeting to review its performance last year and set tasks for 2025."),
        Some((2024, false))
    );
    assert_eq!(
        en("At the meeting, the alliance set tasks for this year."),
        Some((2024, false))
    );
}

#[test]
fn a_change_from_a_year_compares_with_it() {
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        en("Last year the province set up 44 new co-operatives, up 10 per cent from 2022."),
        Some((2023, false))
    );
    assert_eq!(
        en("Average revenue was VNĐ2 billion, an increase of 12 per cent over 2021."),
        Some((2022, false))
    );
    // "from" alone starts a span.
    assert_eq!(en("From 2021 to now, 44 co-operatives were founded."), None);
}

#[test]
fn figures_of_now_on_a_page_years_after_the_history_it_recalls() {
    let r = review(
        "Năm 2015, tỉnh có 120 HTX. Hiện nay, toàn tỉnh có 418 HTX, 1.200 tổ hợp tác.",
        Lang::Vi,
        Date::parse("2024-08-28").ok().map(Stamp::day),
    )
    .unwrap();
    assert_eq!((r.year, r.sure), (2024, false));
    // A year one before the page's is no history.
    let r = review(
        "Năm 2023, toàn tỉnh thành lập mới 30 HTX. Hiện nay, toàn tỉnh có 418 HTX.",
        Lang::Vi,
        Date::parse("2024-08-28").ok().map(Stamp::day),
    )
    .unwrap();
    assert_eq!((r.year, r.sure), (2023, true));
}

#[test]
fn a_term_gives_the_year_its_congress_or_its_review_stands_at() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    // A congress opens its term in the first year: it reviews the term ending then.
    assert_eq!(
        vi(
            "Liên minh HTX tỉnh tổ chức Đại hội lần thứ VII, nhiệm kỳ 2025-2030. \
            Nhiệm kỳ 2020-2025, toàn tỉnh thành lập mới 300 HTX."
        ),
        Some((2025, false))
    );
    assert_eq!(
        vi(
            "Đại hội thành viên nhiệm kỳ 2020 – 2025. Giai đoạn 2015-2020, toàn tỉnh có \
            215 HTX, tăng 113 HTX so với năm 2015."
        ),
        Some((2020, false))
    );
    // Figures stated for a term, or its review: the term's last year.
    assert_eq!(
        vi(
            "Theo thống kê, giai đoạn 2021 - 2025, toàn tỉnh có 537 HTX, tăng 178 HTX so \
            với năm 2020."
        ),
        Some((2025, false))
    );
    assert_eq!(
        en("In the period of 2021-2024, the whole province has 352 cooperatives."),
        Some((2024, false))
    );
    // Not a term of aims, nor one that ends after the page.
    assert_eq!(
        vi("Giai đoạn 2021-2025, tỉnh phấn đấu thành lập mới 200 HTX."),
        None
    );
    assert_eq!(
        year(
            "Trong giai đoạn 2021-2025, toàn tỉnh có 500 HTX.",
            Lang::Vi,
            Some("2023-05-02")
        ),
        Some((2023, false))
    );
}

#[test]
fn the_year_before_a_plans_year_and_laws_and_days_are_no_year_reviewed() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    let en = |t: &str| year(t, Lang::En, None);
    assert_eq!(
        en("Specifically, in 2025, the province will establish 10 new cooperatives."),
        Some((2024, false))
    );
    assert_eq!(
        vi(
            "Trong năm qua, tỉnh đã tổ chức tập huấn. Năm 2020, tỉnh phấn đấu thành lập \
            mới 57 HTX."
        ),
        Some((2019, false))
    );
    // A result against the aims is the year's.
    assert_eq!(
        year(
            "Từ đầu năm, toàn tỉnh thành lập mới 15 HTX, đạt 100% chỉ tiêu phấn đấu của năm 2017.",
            Lang::Vi,
            Some("2017-06-29")
        ),
        Some((2017, false))
    );
    // This year's plan on a page of September is the year's.
    assert_eq!(
        year(
            "Năm 2020, tỉnh có kế hoạch thành lập 23 HTX.",
            Lang::Vi,
            Some("2020-09-21")
        ),
        Some((2020, false))
    );
    // Aims for "this year" early in a year: the year before is reviewed.
    assert_eq!(
        year(
            "The alliance aims to establish 16 new co-operatives this year.",
            Lang::En,
            Some("2024-04-15")
        ),
        Some((2023, false))
    );
    // A law's year and a day's are not reviewed.
    assert_eq!(
        en("Under the 2012 Cooperative Law, the province has 170 cooperatives."),
        None
    );
    assert_eq!(
        en("The alliance is implementing the 2023 Co-operative Law."),
        None
    );
    // The law's year is not reviewed; the tenth year of its implementation is (a guess).
    assert_eq!(
        vi("Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012."),
        Some((2021, false))
    );
    assert_eq!(
        en("Resolution No. 67 dated December 13, 2023 supports OCOP producers."),
        None
    );
    // "15 năm qua" is fifteen years, not the past year.
    assert_eq!(
        year(
            "Trong 15 năm qua, thành phố phát triển mới 324 HTX.",
            Lang::Vi,
            Some("2019-04-27")
        ),
        Some((2019, false))
    );
}

#[test]
fn a_day_compared_with_and_a_month_of_a_year() {
    assert_eq!(
        year(
            "The province currently has 488 cooperatives, an increase of 23 cooperatives \
             compared to the end of 2024.",
            Lang::En,
            Some("2025-05-29")
        ),
        Some((2025, false))
    );
    assert_eq!(
        year(
            "Đến đầu tháng 10-2016, toàn tỉnh có 12 HTX thành lập mới.",
            Lang::Vi,
            None
        ),
        Some((2016, false))
    );
    // A date's day and month are no month of a year.
    assert_eq!(
        year(
            "Hội nghị tổng kết Nghị quyết 13 ngày 18-3-2002.",
            Lang::Vi,
            None
        ),
        None
    );
}

#[test]
fn a_year_voted_for_is_quoted_from_a_word() {
    // A clause long before its year: the quote starts at a word, not inside one.
    let text = "UBND tỉnh tặng Cờ thi đua cho các tập thể và cá nhân có thành tích xuất sắc \
                trong phát triển kinh tế tập thể năm 2024.";
    let r = review(text, Lang::Vi, None).expect("a year");
    assert_eq!((r.year, r.sure), (2024, false), "said once, with no date");
    let quote = r
        .quote
        .trim_start_matches("said once, in a text with no date: ");
    let at = text.find(quote).expect("the quote is the text's");
    assert!(at == 0 || text[..at].ends_with(' '), "{quote:?}");
    assert!(quote.ends_with("2024"), "{quote:?}");
}

#[test]
fn a_year_stepped_into_is_one_of_aims() {
    let vi = |t: &str, p: Option<&str>| year(t, Lang::Vi, p);
    let en = |t: &str, p: Option<&str>| year(t, Lang::En, p);
    // "Bước sang năm 2025" opens what the year to come holds: the year before is reviewed.
    assert_eq!(
        vi(
            "Hiện toàn tỉnh có 410 HTX. Bước sang năm 2025, HTX Bình Minh dự kiến mở rộng \
            thêm 20 ha chè.",
            Some("2025-02-14")
        ),
        Some((2024, false))
    );
    assert_eq!(
        vi(
            "Bước sang năm 2025, Liên minh HTX tỉnh tiếp tục hỗ trợ 20 HTX chuyển đổi số.",
            None
        ),
        Some((2024, false))
    );
    assert_eq!(
        en(
            "Heading into 2025, the cooperative plans to add 20 hectares of tea.",
            None
        ),
        Some((2024, false))
    );
    // A year stated with its figures is the year's own, a step into a phase no aim.
    assert_eq!(
        vi(
            "Năm 2024, toàn tỉnh thành lập mới 35 HTX, bước sang giai đoạn phát triển mới.",
            None
        ),
        Some((2024, false))
    );
    assert_eq!(
        en("In 2024, the province set up 35 new cooperatives.", None),
        Some((2024, false))
    );
}

#[test]
fn the_day_figures_stand_at_gives_their_year() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    assert_eq!(
        vi("Doanh thu bình quân của một HTX tại thời điểm 31/12/2024 là 1,8 tỷ đồng, tăng 0,6 tỷ đồng so với thời điểm 31/12/2015."),
        Some((2024, false))
    );
}
