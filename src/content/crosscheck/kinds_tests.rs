//! A count said with two kinds ("thành lập mới 35 HTX hoạt động hiệu quả", "19 new
//! agricultural cooperatives") states a figure of either kind, and none of a third.

use super::tests::count_status as status;
use super::Status;
use crate::figure_table::{AGRICULTURAL, EFFECTIVE, NEW};

#[test]
fn a_count_of_two_kinds_states_either() {
    let vi = "Năm 2024, tỉnh đã thành lập mới 35 HTX hoạt động hiệu quả.";
    assert_eq!(status(vi, "vi", NEW, 35), Status::Stated);
    assert_eq!(status(vi, "vi", EFFECTIVE, 35), Status::Stated);
    // Must not fire: a kind the text does not say of them.
    assert_eq!(status(vi, "vi", AGRICULTURAL, 35), Status::Differs);
    let en = "In 2024 the province established 19 new agricultural cooperatives.";
    assert_eq!(status(en, "en", NEW, 19), Status::Stated);
    assert_eq!(status(en, "en", AGRICULTURAL, 19), Status::Stated);
    assert_eq!(status(en, "en", EFFECTIVE, 19), Status::Differs);
}
