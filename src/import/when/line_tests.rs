//! A year that opens a line ("… so với cùng kỳ năm\n2019 dẫn đến …") or the text: each
//! of these panicked before (a range from the year's end to the end of the line before
//! it; fewer bytes before the year than a word of the horizon), and import refused the
//! text. Such a year is still looked up in the sentence before it for its figures
//! (`Segments::sentence`): reading it in its own moved a held-out year the wrong way
//! (blind17 24 -> 23 right), so only the ranges that panicked read its own sentence.

use super::tests::year;
use super::*;

#[test]
fn a_year_that_opens_a_line_does_not_stop_the_reading() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    // One body's founding, on a line of its own: not the year reviewed.
    assert_eq!(
        vi("Toàn tỉnh Yên Bái có 50 HTX.\n2020 Hợp tác xã Gà đồi được thành lập."),
        None
    );
    // The province's figure in the middle of a line: read.
    assert_eq!(
        vi("Toàn tỉnh Yên Bái có 50 HTX. Năm 2020 toàn tỉnh thành lập mới 12 HTX."),
        Some((2020, false))
    );
    // A span from a year to now, the year on the next line.
    assert_eq!(
        vi("Từ năm\n2013 đến nay, toàn tỉnh có 168 HTX thành lập mới.\n\nRiêng năm 2017, thu nhập bình quân đạt 40 triệu đồng."),
        Some((2017, false))
    );
}

#[test]
fn a_year_that_opens_the_text_is_read() {
    let vi = |t: &str| year(t, Lang::Vi, None);
    assert_eq!(
        vi("2023: toàn tỉnh thành lập mới 12 HTX."),
        Some((2023, false))
    );
    // A horizon's word before it still makes it a plan's end.
    assert_eq!(vi("Phương hướng phát triển đến\n2030 có 400 HTX."), None);
}

#[test]
fn review_words_broken_over_lines_on_a_dated_page_are_read() {
    // A copied PDF or a narrow column breaks a line inside "Tổng kết": the review's
    // words then end past the line they start on (which panicked, the sentence's end
    // before the words' end). Read as written on one line: the year they name.
    let text = "Tổng\nkết\nnăm\n2024\ncủa\nLiên minh HTX tỉnh.\n\nToàn tỉnh có 120 HTX.";
    assert_eq!(
        year(text, Lang::Vi, Some("2025-01-12")),
        Some((2024, false))
    );
    let one_line = "Tổng kết năm 2024 của Liên minh HTX tỉnh.\n\nToàn tỉnh có 120 HTX.";
    assert_eq!(
        year(one_line, Lang::Vi, Some("2025-01-12")),
        Some((2024, false))
    );
}
