//! What a number counts, in sentences of our own: a number before a unit of land or
//! goods counts no body (round 8 of #23, 2026-12-07).

use crate::content::reader::read;
use crate::meaning::{Measure, Qualifier};

/// (number as written, measure) of each statement.
fn measures(text: &str, lang: &str) -> Vec<(String, Option<Measure>)> {
    read(text, lang, 2025)
        .into_iter()
        .map(|s| (s.text(text).to_string(), s.measure))
        .collect()
}

fn of(n: &str, m: Option<Measure>) -> (String, Option<Measure>) {
    (n.to_string(), m)
}

#[test]
fn a_number_before_a_unit_of_land_or_goods_counts_no_cooperatives() {
    assert_eq!(
        measures(
            "The cooperative now farms 35 hectares of dragon fruit.",
            "en"
        ),
        vec![of("35", None)]
    );
    // A noun of cooperatives after the unit does not make it a count of them.
    assert_eq!(
        measures(
            "Last year 1,200 tonnes of the cooperatives' coffee were sold.",
            "en"
        ),
        vec![of("1,200", None)]
    );
    assert_eq!(
        measures("Chaque coopérative exploite 15 hectares de riz.", "fr"),
        vec![of("15", None)]
    );
}

#[test]
fn a_count_of_cooperatives_beside_a_unit_is_still_theirs() {
    assert_eq!(
        measures(
            "In 2025, 42 cooperatives grew rice on 900 hectares; the cooperative has 35 members.",
            "en"
        ),
        vec![
            of("42", Some(Measure::Cooperatives)),
            of("900", None),
            of("35", Some(Measure::Members)),
        ]
    );
    assert_eq!(
        measures("En 2025, 18 coopératives cultivent 600 hectares.", "fr"),
        vec![of("18", Some(Measure::Cooperatives)), of("600", None)]
    );
}

#[test]
fn a_word_of_another_thing_right_after_a_count_is_what_it_counts() {
    // Officials of cooperatives, models of cooperatives: not cooperatives.
    assert_eq!(
        measures("Thị xã cử 40 cán bộ HTX đi học lớp giám đốc.", "vi"),
        vec![of("40", None)]
    );
    assert_eq!(
        measures(
            "Tỉnh đã xây dựng 12 mô hình HTX gắn với chuỗi giá trị.",
            "vi"
        ),
        vec![of("12", None)]
    );
    // The noun right after the count, or a word that only links it to its noun: its.
    assert_eq!(
        measures("Toàn tỉnh có 18 HTX cán bộ trẻ về làm việc.", "vi"),
        vec![of("18", Some(Measure::Cooperatives))]
    );
    assert_eq!(
        measures("Trong tổng số 300 HTX có 210 là HTX nông nghiệp.", "vi"),
        vec![
            of("300", Some(Measure::Cooperatives)),
            of("210", Some(Measure::Cooperatives))
        ]
    );
}

#[test]
fn a_listed_count_after_a_share_in_brackets_is_new_as_the_list_is() {
    let new = |text: &str, lang: &str| -> Vec<(String, bool)> {
        read(text, lang, 2025)
            .into_iter()
            .filter(|s| s.measure == Some(Measure::Cooperatives))
            .map(|s| {
                let q = s.qualifier == Some(crate::meaning::Qualifier::New);
                (s.text(text).to_string(), q)
            })
            .collect()
    };
    assert_eq!(
        new(
            "Toàn tỉnh đã thành lập mới 120 tổ hợp tác (vượt 5%), gần 85 hợp tác xã.",
            "vi"
        ),
        vec![("85".to_string(), true)]
    );
    // No word of new ones before the list: the count is of all of them.
    assert_eq!(
        new(
            "Toàn tỉnh hiện có 120 tổ hợp tác (tăng 5%), gần 85 hợp tác xã.",
            "vi"
        ),
        vec![("85".to_string(), false)]
    );
}

/// (number as written, measure, qualifier) of each statement.
fn kinds(text: &str, lang: &str) -> Vec<(String, Option<Measure>, Option<Qualifier>)> {
    read(text, lang, 2025)
        .into_iter()
        .map(|s| (s.text(text).to_string(), s.measure, s.qualifier))
        .collect()
}

#[test]
fn a_word_of_money_right_after_an_amount_is_its_own() {
    // Each amount with its word after it: the second is profit, not the revenue
    // named before it in the sentence.
    let vi = "Năm 2025, mỗi HTX đạt bình quân 950 triệu đồng doanh thu, 120 triệu đồng lợi nhuận.";
    assert_eq!(
        measures(vi, "vi"),
        vec![
            of("950 triệu đồng", Some(Measure::Revenue)),
            of("120 triệu đồng", Some(Measure::Profit)),
        ]
    );
    let en = "In 2025 a cooperative had on average 950 million VND in revenue and 120 million VND in profit.";
    assert_eq!(
        measures(en, "en"),
        vec![
            of("950 million VND", Some(Measure::Revenue)),
            of("120 million VND", Some(Measure::Profit)),
        ]
    );
    // Must not fire: an amount with its word before it keeps it, whatever stands
    // after it; and a word of money further after is not its own.
    let vi = "Doanh thu bình quân đạt 950 triệu đồng, lợi nhuận đạt 120 triệu đồng.";
    assert_eq!(
        measures(vi, "vi"),
        vec![
            of("950 triệu đồng", Some(Measure::Revenue)),
            of("120 triệu đồng", Some(Measure::Profit)),
        ]
    );
    let en =
        "Revenue per cooperative reached 950 million VND, while the whole sector's profit grew.";
    assert_eq!(
        measures(en, "en"),
        vec![of("950 million VND", Some(Measure::Revenue))]
    );
}

#[test]
fn fairly_before_an_adjective_is_no_rating() {
    use crate::meaning::Qualifier::Effective;
    let groups = Some(Measure::CooperativeGroups);
    // "khá" alone after "hoạt động" is the rating "good": effective ones.
    let vi = "Năm 2025, có 120 tổ hợp tác hoạt động khá.";
    assert_eq!(
        kinds(vi, "vi"),
        vec![("120".into(), groups, Some(Effective))]
    );
    // "khá ổn định", fairly stable: no rating.
    let vi = "Năm 2025, toàn tỉnh còn 120 tổ hợp tác hoạt động khá ổn định.";
    assert_eq!(kinds(vi, "vi"), vec![("120".into(), groups, None)]);
    let en = "In 2025 there were 120 cooperative groups performing well.";
    assert_eq!(
        kinds(en, "en"),
        vec![("120".into(), groups, Some(Effective))]
    );
    let en = "In 2025 there were 120 cooperative groups operating fairly steadily.";
    assert_eq!(kinds(en, "en"), vec![("120".into(), groups, None)]);
}

#[test]
fn an_income_said_per_member_before_it_is_the_members() {
    use crate::meaning::PerUnit::{Cooperative, Member};
    let per = |text: &str, lang: &str| read(text, lang, 2025)[0].per_unit;
    // A member's income, though "/HTX" follows the amount.
    let vi = "Thu nhập bình quân mỗi thành viên 3,1 triệu đồng/tháng/HTX.";
    assert_eq!(per(vi, "vi"), Some(Member));
    let en = "The average income per member was VND 3.1 million a month per cooperative.";
    assert_eq!(per(en, "en"), Some(Member));
    // Must not fire: no person before it, or not an income.
    let vi = "Thu nhập bình quân 150 triệu đồng/HTX.";
    assert_eq!(per(vi, "vi"), Some(Cooperative));
    let vi = "Doanh thu bình quân mỗi thành viên 3,1 triệu đồng/HTX.";
    assert_eq!(per(vi, "vi"), Some(Cooperative));
}

#[test]
fn a_word_of_money_past_the_amount_converted_in_brackets_is_the_amounts() {
    // The amount, the same in dollars in brackets, then its word of money.
    let got = measures(
        "Each cooperative makes an average of 3.1 billion VND (122,000 USD) in revenue a year.",
        "en",
    );
    assert_eq!(
        got[0],
        of("3.1 billion VND", Some(Measure::Revenue)),
        "{got:?}"
    );
    let got = measures(
        "Chaque coopérative réalise en moyenne 3,1 milliards de VND (122 000 USD) de bénéfice.",
        "fr",
    );
    assert_eq!(got[0].1, Some(Measure::Profit), "{got:?}");
    // Brackets without a number are no amount converted: the word after them is too
    // far to be the amount's.
    let got = measures(
        "The fund lent 3.1 billion VND (a record) and revenue of members grew.",
        "en",
    );
    assert_eq!(got[0].1, None, "{got:?}");
}
