//! A number written as a rank ("Hội nghị Ban Chấp hành lần thứ 9", "its 9th conference")
//! counts nothing: a figure typed with its value is not stated by it.

use super::tests::run;
use super::Status;
use crate::content::figures::Value;
use crate::figure_table::NEW;

fn checked(body: &str, lang: &str, new: u64) -> (Status, String) {
    let out = run(body, lang, &[(NEW, Value::Count(new))]);
    let v = &out.verdicts[&format!("figures.{NEW}")];
    (v.status, v.reason.to_string())
}

#[test]
fn a_conference_s_rank_typed_as_new_cooperatives_differs() {
    let body = "Sáng 12/12, Liên minh HTX tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 9, \
                nhiệm kỳ 2020 - 2025.\nNăm 2024, toàn tỉnh thành lập mới 31 HTX.";
    let (status, why) = checked(body, "vi", 9);
    assert_eq!(status, Status::Differs, "{why}");
    assert!(
        why.starts_with("9 is a rank, not a count (line 1)"),
        "{why}"
    );
    assert!(
        why.contains("it says the number of new cooperatives is 31"),
        "{why}"
    );
    assert_eq!(checked(body, "vi", 31).0, Status::Stated);

    // In English a rank is written as an ordinal ("the 9th"), no count either.
    let body = "The provincial Cooperative Alliance held its 9th Executive Board \
                conference. In 2024, the province set up 31 new cooperatives.";
    assert_eq!(checked(body, "en", 9).0, Status::NotStated);
    assert_eq!(checked(body, "en", 31).0, Status::Stated);
}

#[test]
fn a_count_of_the_same_value_as_a_rank_is_still_stated() {
    let body = "Hội nghị Ban Chấp hành lần thứ 9 cho biết: năm 2024 toàn tỉnh thành lập \
                mới 9 HTX.";
    let (status, why) = checked(body, "vi", 9);
    assert_eq!(status, Status::Stated, "{why}");

    let body = "At its 9th conference the Alliance said 9 new cooperatives were set up \
                in 2024.";
    let (status, why) = checked(body, "en", 9);
    assert_eq!(status, Status::Stated, "{why}");
    // "the number" before its noun is no rank: "the number of new cooperatives … 12".
    let body = "In 2024 the number of new cooperatives reached 12.";
    assert_eq!(checked(body, "en", 12).0, Status::Stated);
}

#[test]
fn a_document_s_number_typed_as_a_count_differs() {
    for (body, lang) in [
        (
            "Hội nghị sơ kết 20 năm thực hiện Nghị quyết 13 của Trung ương. Năm 2024, \
             toàn tỉnh thành lập mới 31 HTX.",
            "vi",
        ),
        (
            "Các HTX giúp nhiều xã đạt tiêu chí số 13 về tổ chức sản xuất. Năm 2024, \
             toàn tỉnh thành lập mới 31 HTX.",
            "vi",
        ),
        (
            "Twenty years after Resolution 13 of the Party Central Committee, the \
             province set up 31 new cooperatives in 2024.",
            "en",
        ),
        (
            "Cooperatives helped communes meet Criterion 13 on production. In 2024, 31 \
             new cooperatives were set up.",
            "en",
        ),
        (
            "Vingt ans après la résolution 13 du Comité central, la province a créé 31 \
             nouvelles coopératives en 2024.",
            "fr",
        ),
    ] {
        let (status, why) = checked(body, lang, 13);
        assert_eq!(status, Status::Differs, "{body}: {why}");
        assert!(why.starts_with("13 is a rank, not a count"), "{why}");
        assert_eq!(checked(body, lang, 31).0, Status::Stated, "{body}");
    }
}

#[test]
fn a_count_after_a_document_s_name_is_still_a_count() {
    // The document's word is not right before the number: the number counts.
    for (body, lang) in [
        (
            "Thực hiện Nghị quyết, năm 2024 toàn tỉnh thành lập mới 13 HTX.",
            "vi",
        ),
        (
            "Theo quyết định của tỉnh, 13 HTX được thành lập mới trong năm 2024.",
            "vi",
        ),
        (
            "Following the resolution, 13 new cooperatives were set up in 2024.",
            "en",
        ),
        (
            "Après la décision, 13 nouvelles coopératives ont été créées en 2024.",
            "fr",
        ),
    ] {
        let (status, why) = checked(body, lang, 13);
        assert_eq!(status, Status::Stated, "{body}: {why}");
    }
}
