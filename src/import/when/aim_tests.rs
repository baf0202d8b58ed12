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
