//! The rules of the precision round of 2026-12-06 (third session): each with sentences
//! written for the test, in other words than the articles they were found in, and one
//! where the rule must not fire.

use super::tests::keys;
use super::*;
use crate::figure_table::INCOME;

fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
}

#[test]
fn cooperatives_owning_things_counted_before_them_are_a_part() {
    let got = keys(
        "Đến nay có 57 sản phẩm OCOP của 31 HTX; 12 cán bộ của gần 9 HTX được đào tạo.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=31 (doubt)");
    has(&got, "figures.cooperatives_total=9 (doubt)");
    let got = keys(
        "The 120 hectares of 14 cooperatives were certified. The province has a total of 312 cooperatives.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=14 (doubt)");
    has(&got, "figures.cooperatives_total=312");
    // Not after a count of other things: "a total of", "số … của".
    let got = keys(
        "Tổng vốn của các HTX tăng; toàn tỉnh có 408 HTX.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=408");
}

#[test]
fn what_is_said_after_a_list_is_said_of_each_of_its_counts() {
    // Doing something, after "X và N Y".
    let got = keys(
        "Năm 2024 có 23 hợp tác xã và 7 tổ hợp tác liên kết tiêu thụ với doanh nghiệp.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=23 (doubt)");
    // How they operate, after a list of cooperatives and groups.
    let got = keys(
        "The province has 410 cooperatives and 95 cooperative groups operating effectively.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=410 (doubt)");
    // Not a list: the words are said of the second count only.
    let got = keys(
        "The province has 410 cooperatives; 95 cooperative groups operate effectively.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=410");
}

#[test]
fn members_after_a_list_of_several_bodies_are_of_all_of_them() {
    let got = keys(
        "Toàn tỉnh có 640 HTX, 2 liên hiệp HTX, 1.900 tổ hợp tác với 40.000 thành viên.",
        "vi",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains(GROUP_MEMBERS)), "{got:?}");
    // Each body with its own members: the groups' are theirs.
    let got = keys(
        "There are 150 cooperatives with 9,000 members and 300 cooperative groups with 4,100 members.",
        "en",
        2024,
    );
    has(&got, "figures.cooperative_group_members=4100");
}

#[test]
fn one_cooperative_after_an_average_of_is_its_unit() {
    let got = keys(
        "Lợi nhuận bình quân của 1 HTX đạt 210 triệu đồng; toàn tỉnh có 97 HTX.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=1 (doubt)");
    has(&got, "figures.cooperatives_total=97");
}

#[test]
fn a_count_under_a_heading_of_its_kind_is_that_kinds() {
    let got = keys(
        "Tổng số HTX: 310 HTX. HTX nông nghiệp: có 205 HTX. Nông nghiệp: 205 HTX.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=310");
    has(&got, "figures.cooperatives_agricultural=205");
    assert!(
        !got.contains(&"figures.cooperatives_total=205".to_string()),
        "{got:?}"
    );
    let got = keys(
        "In agriculture: 144 cooperatives. In all: 260 cooperatives.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_agricultural=144");
    has(&got, "figures.cooperatives_total=260");
}

#[test]
fn how_a_kind_does_after_a_count_of_that_kind_is_a_part_of_it() {
    let got = keys(
        "Tỉnh có 412 HTX nông nghiệp, trong đó 250 HTX hoạt động hiệu quả.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_effective=250 (doubt)");
    // After a count of all of them, it is all the effective ones.
    let got = keys(
        "The province has 600 cooperatives, including 412 agricultural cooperatives and 250 effective cooperatives.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_effective=250");
}

#[test]
fn counts_of_those_helped_of_districts_of_members_of_a_union_and_ranks() {
    let got = keys(
        "Quỹ đã cho vay vốn cho 14 HTX. Huyện đã cấp phép cho gần 20 HTX. Có 7 HTX ở \
         thị xã Ba Đồn. Liên minh có 15 HTX thành viên. Hội nghị Liên minh HTX lần thứ 5. \
         Toàn tỉnh có 350 HTX.",
        "vi",
        2024,
    );
    assert_eq!(
        got,
        vec![
            "figures.cooperatives_total=14 (doubt)",
            "figures.cooperatives_total=20 (doubt)",
            "figures.cooperatives_total=7 (doubt)",
            "figures.cooperatives_total=350"
        ],
        "{got:?}"
    );
    let got = keys(
        "Loans for 12 cooperatives; 4 cooperatives in Tan Lac district; farming \
         cooperatives in seven districts; the union has 30 member cooperatives; the \
         province has 208 cooperatives.",
        "en",
        2024,
    );
    assert_eq!(
        got,
        vec![
            "figures.cooperatives_total=12 (doubt)",
            "figures.cooperatives_total=4 (doubt)",
            "figures.cooperatives_total=208"
        ],
        "{got:?}"
    );
}

#[test]
fn a_figure_said_in_the_future_or_of_last_year_is_not_the_years() {
    let got = keys(
        "By December the number of agricultural cooperatives will reach 530. Members earned \
         an average income of VND42 million (US$1,800) last year. There are 520 agricultural \
         cooperatives.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_agricultural=530 (doubt)");
    has(&got, "figures.cooperatives_agricultural=520");
    assert!(!got.iter().any(|g| g.contains(INCOME)), "{got:?}");
    let got = keys("Cuối năm, tỉnh sẽ có 530 HTX. Hiện có 520 HTX.", "vi", 2024);
    has(&got, "figures.cooperatives_total=530 (doubt)");
    has(&got, "figures.cooperatives_total=520");
}

#[test]
fn cooperatives_after_a_noun_of_money_and_of_are_those_whose_money_it_is() {
    let got = keys(
        "Năm 2024 thành lập mới 4 HTX với 30 thành viên, tổng vốn điều lệ của 4 HTX là 3 tỷ đồng. \
         Toàn tỉnh hiện có 310 HTX.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=4 (doubt)");
    has(&got, "figures.cooperatives_total=310");
    let got = keys(
        "In 2024, 4 new cooperatives were set up with 30 members; the charter capital of 4 \
         cooperatives is VND 3 billion. The province now has 310 cooperatives.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=4 (doubt)");
    has(&got, "figures.cooperatives_total=310");
    // Money of all of them, the count before it: the count is all of them.
    let got = keys(
        "Năm 2024, toàn tỉnh có 310 HTX với tổng vốn điều lệ 900 tỷ đồng.",
        "vi",
        2024,
    );
    assert_eq!(got, ["figures.cooperatives_total=310"]);
    // "a total of": no money before it.
    let got = keys(
        "In 2024 the province had a total of 310 cooperatives.",
        "en",
        2024,
    );
    assert_eq!(got, ["figures.cooperatives_total=310"]);
}

#[test]
fn the_ends_of_a_range_are_no_other_income() {
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động trong HTX đạt 50 triệu đồng/người/năm. \
         Tại một HTX chè, 12 lao động có thu nhập bình quân 4–6 triệu đồng/tháng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=50000000/Year");
    let got = keys(
        "In 2024 the average income of cooperative workers was VND 50 million a year. At one tea \
         cooperative, 12 workers earn an average of VND 4-6 million a month.",
        "en",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=50000000/Year");
    // Another single income: whose is which is still the author's to say.
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động trong HTX đạt 50 triệu đồng/người/năm. \
         Tại một HTX chè, 12 lao động có thu nhập bình quân 6 triệu đồng/tháng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=50000000/Year (doubt)");
}

#[test]
fn a_count_among_a_larger_count_of_a_kind_in_its_sentence_is_a_part_of_it() {
    // The whole before "trong đó" in the sentence may be of a kind; 30 is no part of 20.
    for (whole, part) in [(120, true), (20, false)] {
        let text =
            format!("Năm 2024, tỉnh có {whole} HTX nông nghiệp, trong đó có 30 HTX đạt chuẩn.");
        let got = keys(&text, "vi", 2024);
        let left_out = got
            .iter()
            .any(|g| g == "figures.cooperatives_total=30 (doubt)");
        assert_eq!(left_out, part, "{got:?}");
    }
}

#[test]
fn a_small_income_with_no_period_is_no_years_income() {
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động trong HTX đạt 4,6 triệu đồng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=4600000/Year (doubt)");
    let got = keys(
        "In 2024, the average income of cooperative workers was VND 3.9 million.",
        "en",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=3900000/Year (doubt)");
    // Not with its period, nor when a year's income is large enough to be one.
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động trong HTX đạt 4,6 triệu đồng/1 lao động/tháng; năm 2023 là 44 triệu đồng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=4600000/Month");
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động trong HTX đạt 46 triệu đồng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=46000000/Year");
}

#[test]
fn an_average_after_the_name_of_one_cooperative_is_that_ones() {
    let vi = "Năm 2024, toàn tỉnh có 120 HTX. Tiêu biểu là HTX Tân Phú (xã Hòa Bình), chuyên trồng bưởi. \
              Năm 2024, thành viên HTX có thu nhập bình quân 5,5 triệu đồng/người/tháng.";
    has(
        &keys(vi, "vi", 2024),
        "figures.avg_income_per_worker=5500000/Month (doubt)",
    );
    let en = "In 2024, the province had 120 cooperatives. One example is the Tam Duong Tea Cooperative in Lai Chau. \
              In 2024, its members earned an average income of VND 5.5 million per person per month.";
    has(
        &keys(en, "en", 2024),
        "figures.avg_income_per_worker=5500000/Month (doubt)",
    );
    // Not when the average's own sentence speaks of several cooperatives or the
    // province, nor after the country's name or the union's.
    let vi = "Năm 2024, toàn tỉnh có 120 HTX. Tiêu biểu là HTX Tân Phú (xã Hòa Bình). \
              Năm 2024, thu nhập bình quân của lao động trong các HTX đạt 5,5 triệu đồng/người/tháng.";
    has(
        &keys(vi, "vi", 2024),
        "figures.avg_income_per_worker=5500000/Month",
    );
    let vi = "Nhân Ngày HTX Việt Nam, Liên minh HTX Tỉnh tổng kết năm 2024: thu nhập bình quân đạt 5,5 triệu đồng/người/tháng.";
    has(
        &keys(vi, "vi", 2024),
        "figures.avg_income_per_worker=5500000/Month",
    );
    let en = "One example is the Tam Duong Tea Cooperative. In 2024, the average income of workers in the province's \
              cooperatives was VND 5.5 million per month.";
    has(
        &keys(en, "en", 2024),
        "figures.avg_income_per_worker=5500000/Month",
    );
    let en = "The Vietnam Cooperative Alliance met in Hanoi. In 2024, the average income of workers reached VND 5.5 million per month.";
    has(
        &keys(en, "en", 2024),
        "figures.avg_income_per_worker=5500000/Month",
    );
}

#[test]
fn a_fraction_after_a_word_of_a_share_is_no_count() {
    let clean = |got: &[String]| !got.iter().any(|g| g.ends_with("=2") || g.ends_with("=3"));
    let got = keys(
        "Năm 2024, toàn tỉnh có 300 HTX, trong đó các HTX nông nghiệp chiếm khoảng 2/3.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=300");
    assert!(clean(&got), "{got:?}");
    let got = keys(
        "In 2024, the province had 300 cooperatives, with agricultural cooperatives accounting for 2/3.",
        "en",
        2024,
    );
    assert!(clean(&got), "{got:?}");
    // A count out of all is a count ("139/143 HTX").
    let got = keys("Năm 2024, có 139/143 HTX hoạt động hiệu quả.", "vi", 2024);
    has(&got, "figures.cooperatives_effective=139");
}

#[test]
fn a_cooperative_named_by_a_day_is_no_count_of_them() {
    // "1/5", "19/5": a day in a cooperative's name, with no noun counted after it.
    let named = |got: &[String]| got.iter().any(|g| g.ends_with("=1") || g.ends_with("=19"));
    for (text, lang) in [
        (
            "Năm 2024, đoàn đến thăm HTX nông nghiệp 19/5 ở huyện Nghĩa Đàn.",
            "vi",
        ),
        (
            "In 2024, the minister visited the agricultural cooperative 1/5, in Nghia Dan district.",
            "en",
        ),
        (
            "En 2024, le ministre a visité la coopérative agricole 1/5, district de Nghia Dan.",
            "fr",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(!named(&got), "{text}: {got:?}");
    }
    // A fraction with the noun after it counts the part: "14/20 HTX".
    let got = keys(
        "Năm 2024, thành lập mới 14/20 HTX theo kế hoạch.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_new=14");
    let got = keys(
        "En 2024, 14/20 coopératives fonctionnent efficacement.",
        "fr",
        2024,
    );
    has(&got, "figures.cooperatives_effective=14");
}
