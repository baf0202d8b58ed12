//! Aims said again without their word: a headline's count of a year that the article
//! sets as that year's aim.

use super::tests::year;
use super::*;

#[test]
fn a_headline_restating_an_aim_is_no_year_reviewed() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // The headline's count and year are the aim the next paragraph sets: the year
    // before it is reviewed (a guess, as every year read from aims).
    assert_eq!(
        vi("Thành lập mới 80 HTX trong năm 2019\n\nUBND tỉnh giao các huyện triển khai kế hoạch thành lập mới tổng số 80 HTX trong năm 2019."),
        Some((2018, false))
    );
    assert_eq!(
        en("80 new cooperatives in 2019\n\nThe provincial People's Committee plans to set up 80 new cooperatives in 2019."),
        Some((2018, false))
    );
    // Another count than the aim's, or the aim's count reached: a result of the year.
    assert_eq!(
        vi("Thành lập mới 80 HTX trong năm 2019\n\nKế hoạch đề ra là thành lập mới 60 HTX trong năm 2019."),
        Some((2019, false))
    );
    assert_eq!(
        en("80 new cooperatives in 2019\n\nThe province had planned to set up 60 new cooperatives in 2019."),
        Some((2019, false))
    );
    assert_eq!(
        vi("Thành lập mới 80 HTX trong năm 2019\n\nToàn tỉnh thành lập mới 80 HTX trong năm 2019, vượt kế hoạch."),
        Some((2019, false))
    );
}

#[test]
fn a_headline_naming_only_a_year_of_aims_is_no_year_reviewed() {
    let en = |t: &str| year(t, Lang::En, None);
    let vi = |t: &str| year(t, Lang::Vi, None);
    // The headline and a caption name the year the body names only as aims: the year
    // before it is reviewed (a guess). (The pair is the year and whether it is a half.)
    assert_eq!(
        vi("Phát triển hợp tác xã năm 2026\n\nTỉnh đề ra mục tiêu năm 2026 sẽ có 150 HTX, doanh thu bình quân 2 tỷ đồng/HTX.\n\nPhát triển hợp tác xã năm 2026"),
        Some((2025, false))
    );
    assert_eq!(
        en("Developing cooperatives in 2026\n\nThe province aims to have 150 cooperatives in 2026, with an average revenue of VND 2 billion each."),
        Some((2025, false))
    );
    // The body states results of that year: the headline's year is reviewed.
    assert_eq!(
        vi("Phát triển hợp tác xã năm 2026\n\nNăm 2026, toàn tỉnh có 150 HTX, doanh thu bình quân 2 tỷ đồng/HTX."),
        Some((2026, false))
    );
    assert_eq!(
        en("Developing cooperatives in 2026\n\nIn 2026, the province had 150 cooperatives."),
        Some((2026, false))
    );
}
