//! A count of something no noun of the table names, said right after it ("hơn 150
//! đại biểu", "32 quỹ tín dụng nhân dân", "in 45 communes"), states none of the
//! table's figures: typed as a count of cooperatives it differs.

use super::tests::{count_status as status, run_with};
use super::Status;
use crate::content::figures::Value;
use crate::figure_table::{EFFECTIVE, GROUP_MEMBERS, NEW, TOTAL};

#[test]
fn a_count_of_another_thing_is_no_count_of_cooperatives() {
    let vi = "Năm 2024, hội nghị có hơn 150 đại biểu tham dự; toàn tỉnh có 320 HTX.";
    assert_eq!(status(vi, "vi", TOTAL, 150), Status::Differs);
    assert_eq!(status(vi, "vi", TOTAL, 320), Status::Stated);
    let vi = "Toàn tỉnh có 412 tổ chức kinh tế tập thể, gồm 380 HTX và 32 quỹ tín dụng nhân dân.";
    assert_eq!(status(vi, "vi", TOTAL, 412), Status::Differs);
    assert_eq!(status(vi, "vi", NEW, 32), Status::Differs);
    assert_eq!(status(vi, "vi", TOTAL, 380), Status::Stated);
    let en = "In 2024 the province had 210 cooperatives in 45 communes.";
    assert_eq!(status(en, "en", TOTAL, 45), Status::Differs);
    assert_eq!(status(en, "en", TOTAL, 210), Status::Stated);
}

#[test]
fn a_count_before_a_noun_of_the_table_or_of_people_may_be_a_figure() {
    // Must not fire: a noun of cooperatives a few words on ("mô hình HTX"), or people,
    // who may be the members.
    let vi = "Năm 2024, tỉnh có 27 mô hình HTX, 12.400 người tham gia tổ hợp tác.";
    assert_eq!(status(vi, "vi", TOTAL, 27), Status::Stated);
    assert_eq!(status(vi, "vi", GROUP_MEMBERS, 12400), Status::Stated);
    // Nor a preposition or a verb right after the count: it names nothing counted.
    let vi = "Năm 2024, có 252 trong tổng số 313 HTX làm ăn có lãi.";
    assert_eq!(status(vi, "vi", EFFECTIVE, 252), Status::Stated);
    // Nor when the same number is said of cooperatives too.
    let en = "In 2024 cooperatives worked in 45 communes; 45 new cooperatives were set up.";
    assert_eq!(status(en, "en", NEW, 45), Status::Stated);
}

#[test]
fn a_word_after_a_count_in_a_text_of_unsure_language_is_no_sign() {
    // Read with the Vietnamese table, "cooperatives" is no noun of it: said to count
    // something else when the text is known to be Vietnamese, not when it is unsure.
    let text = "1.059 cooperatives.";
    let typed = [(TOTAL, Value::Count(1059))];
    let status =
        |sure| run_with(text, "vi", &typed, sure).verdicts[&format!("figures.{TOTAL}")].status;
    assert_eq!(status(false), Status::Stated);
    assert_eq!(status(true), Status::Differs);
}
