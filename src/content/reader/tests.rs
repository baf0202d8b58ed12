use super::*;
use crate::content::amount::Period;
use crate::meaning::{Measure, PerUnit, Qualifier};

/// (number as written, measure, qualifier, time) of each statement.
pub(super) fn said(
    text: &str,
    lang: &str,
    review: i32,
) -> Vec<(String, Option<Measure>, Option<Qualifier>, TimeRole)> {
    read(text, lang, review)
        .into_iter()
        .map(|s| (s.text(text).to_string(), s.measure, s.qualifier, s.time))
        .collect()
}

pub(super) fn one(
    n: &str,
    m: Option<Measure>,
    q: Option<Qualifier>,
    t: TimeRole,
) -> (String, Option<Measure>, Option<Qualifier>, TimeRole) {
    (n.to_string(), m, q, t)
}

use Measure::*;
use TimeRole::*;

#[test]
fn counts_in_vietnamese() {
    let text = "Năm 2023, toàn tỉnh có 462 HTX. Đến cuối năm 2024, toàn tỉnh có 1.059 HTX, tăng 9 HTX so với năm 2023; thành lập mới 21 HTX, giải thể 3 HTX. Trong đó 740 HTX nông nghiệp, 520 HTX hoạt động hiệu quả; 532 tổ hợp tác với 6.200 thành viên; 4 liên hiệp HTX. Năm 2025, phấn đấu thành lập mới 60 HTX.";
    assert_eq!(
        said(text, "vi", 2024),
        vec![
            one("462", Some(Cooperatives), None, Year(2023)),
            one("1.059", Some(Cooperatives), None, Review),
            one("9", Some(Cooperatives), None, Change),
            one("21", Some(Cooperatives), Some(Qualifier::New), Review),
            one("3", Some(Cooperatives), Some(Qualifier::Dissolved), Review),
            one(
                "740",
                Some(Cooperatives),
                Some(Qualifier::Agricultural),
                Review
            ),
            one(
                "520",
                Some(Cooperatives),
                Some(Qualifier::Effective),
                Review
            ),
            one("532", Some(CooperativeGroups), None, Review),
            one("6.200", Some(Members), None, Review),
            one("4", Some(Federations), None, Review),
            one("60", Some(Cooperatives), Some(Qualifier::New), Target),
        ]
    );
}

#[test]
fn money_in_vietnamese() {
    let text = "Doanh thu bình quân đạt 2,2 tỷ đồng/HTX/năm; lợi nhuận bình quân 210 triệu đồng/HTX/năm; thu nhập bình quân 4,8 triệu đồng/người/tháng.";
    let found = read(text, "vi", 2024);
    let got: Vec<_> = found
        .iter()
        .map(|s| (s.value, s.measure, s.per_unit, s.per, s.unit))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                2_200_000_000.0,
                Some(Revenue),
                Some(PerUnit::Cooperative),
                None,
                Unit::Money
            ),
            (
                210_000_000.0,
                Some(Profit),
                Some(PerUnit::Cooperative),
                None,
                Unit::Money
            ),
            (
                4_800_000.0,
                Some(Income),
                Some(PerUnit::Person),
                Some(Period::Month),
                Unit::Money
            ),
        ]
    );
    assert!(found.iter().all(|s| s.average && s.time == Review));
    assert_eq!(found[2].sentence(text), text.split("; ").nth(2).unwrap());
}

#[test]
fn counts_in_french_and_english() {
    let fr = "En 2023, la province comptait 462 coopératives. Fin 2024, elle en comptait 1 059, dont 740 coopératives agricoles et 520 coopératives efficaces ; 21 nouvelles coopératives ont été créées, soit une hausse de 9 coopératives. L'objectif pour 2025 est de créer 60 nouvelles coopératives. Les 532 groupes coopératifs comptent 6 200 membres.";
    let got = said(fr, "fr", 2024);
    assert_eq!(got[0], one("462", Some(Cooperatives), None, Year(2023)));
    assert_eq!(got[1].3, Review);
    assert_eq!(
        got[2],
        one(
            "740",
            Some(Cooperatives),
            Some(Qualifier::Agricultural),
            Review
        )
    );
    assert_eq!(
        got[3],
        one(
            "520",
            Some(Cooperatives),
            Some(Qualifier::Effective),
            Review
        )
    );
    assert_eq!(
        got[4],
        one("21", Some(Cooperatives), Some(Qualifier::New), Review)
    );
    assert_eq!(got[5].3, Change);
    assert_eq!(
        got[6],
        one("60", Some(Cooperatives), Some(Qualifier::New), Target)
    );
    assert_eq!(got[7], one("532", Some(CooperativeGroups), None, Review));
    let en = "In 2023 the province had 462 cooperatives. By the end of 2024 it had 1,059 cooperatives, an increase of 9 cooperatives compared with 2023; 21 new cooperatives were established. The province aims to establish 60 new cooperatives in 2025. There are 532 cooperative groups with 6,200 members.";
    let got = said(en, "en", 2024);
    assert_eq!(got[0], one("462", Some(Cooperatives), None, Year(2023)));
    assert_eq!(got[1], one("1,059", Some(Cooperatives), None, Review));
    assert_eq!(got[2], one("9", Some(Cooperatives), None, Change));
    assert_eq!(
        got[3],
        one("21", Some(Cooperatives), Some(Qualifier::New), Review)
    );
    assert_eq!(
        got[4],
        one("60", Some(Cooperatives), Some(Qualifier::New), Target)
    );
    assert_eq!(got[5], one("532", Some(CooperativeGroups), None, Review));
    assert_eq!(got[6], one("6,200", Some(Members), None, Review));
}

#[test]
fn a_period_word_before_an_amount_is_its_period() {
    let en = "Members and workers got an average yearly income of 54 million VND.";
    let found = read(en, "en", 2022);
    assert_eq!(found[0].per, Some(Period::Year));
    let en = "Workers earn a monthly income of 4 million VND.";
    assert_eq!(read(en, "en", 2022)[0].per, Some(Period::Month));
    let en = "Workers earn an income of 4 million VND.";
    assert_eq!(read(en, "en", 2022)[0].per, None);
}

#[test]
fn respectively_pairs_a_list_with_its_nouns_in_order() {
    let en = "By the end of 2024, the province had 640 and 3,250 cooperatives and cooperative groups respectively.";
    assert_eq!(
        said(en, "en", 2024),
        vec![
            one("640", Some(Cooperatives), None, Review),
            one("3,250", Some(CooperativeGroups), None, Review),
        ]
    );
    // The words before the list: which number is which is not said by the nouns.
    let vi = "Số HTX thành lập mới và giải thể lần lượt là 30 và 12 HTX.";
    let got = said(vi, "vi", 2024);
    assert!(
        got.iter().all(|(_, m, q, _)| m.is_none() && q.is_none()),
        "{got:?}"
    );
    // Without the word, each number keeps its own noun.
    let plain = "Toàn tỉnh có 640 HTX và 3.250 tổ hợp tác.";
    assert_eq!(
        said(plain, "vi", 2024),
        vec![
            one("640", Some(Cooperatives), None, Review),
            one("3.250", Some(CooperativeGroups), None, Review),
        ]
    );
}

#[test]
fn a_day_of_a_named_month_is_no_count() {
    let en = "On July 29, 1 new cooperative was founded; by 29 December the province had 630 cooperatives.";
    let got: Vec<String> = said(en, "en", 2024).into_iter().map(|s| s.0).collect();
    assert_eq!(got, ["1", "630"]);
    let fr = "Le 29 juillet, la province comptait 630 coopératives.";
    let got: Vec<String> = said(fr, "fr", 2024).into_iter().map(|s| s.0).collect();
    assert_eq!(got, ["630"]);
}

#[test]
fn whose_income_it_is() {
    let en = "The cooperative's average profit is 88 million VND per year, and regular workers' average income is 46.8 million VND per year.";
    let got = read(en, "en", 2022);
    assert_eq!(got[1].measure, Some(Income), "{got:?}");
    let en = "The cooperative's average income is 765 million VND per year.";
    let got = read(en, "en", 2022);
    assert_eq!(got[0].measure, Some(Revenue), "{got:?}");
}

#[test]
fn the_noun_after_the_number_of_is_what_is_counted() {
    let vi = "Hiện số thành viên của các HTX là 7.568 (tăng 2,7%), tổng số lao động thường xuyên trong các HTX ước khoảng 8.529 người.";
    let got = said(vi, "vi", 2024);
    assert_eq!(got[0].1, Some(Members), "{got:?}");
    assert_eq!(got[2].1, Some(Workers), "{got:?}");
    let en = "The number of active cooperatives is 496.";
    assert_eq!(said(en, "en", 2024)[0].1, Some(Cooperatives));
}

#[test]
fn numbers_in_words_and_counts_grouped_with_the_decimal_mark() {
    let text = "Fifty co-operatives were established in 2022. \
                The region has 270 cooperative groups with around 56.000 members.";
    assert_eq!(
        said(text, "en", 2022),
        vec![
            one("Fifty", Some(Cooperatives), Some(Qualifier::New), Review),
            one("270", Some(CooperativeGroups), None, Review),
            one("56.000", Some(Members), None, Review),
        ]
    );
    let found = read(text, "en", 2022);
    assert_eq!(found[0].value, 50.0);
    assert_eq!(
        found[2].value, 56000.0,
        "a count is not 56 to three decimals"
    );
    // Money keeps its decimal mark; "one" and "un" are not read (pronoun, article).
    let money = read(
        "It earned 2.360 billion VND; one of them closed.",
        "en",
        2022,
    );
    assert_eq!(money.len(), 1);
    assert_eq!(money[0].value, 2_360_000_000.0);
    assert!(read("Un rapport de la province.", "fr", 2022).is_empty());
    assert_eq!(read("Quinze coopératives", "fr", 2022)[0].value, 15.0);
    assert_eq!(read("two hundred members", "en", 2022)[0].value, 200.0);
}

#[test]
fn a_number_word_is_read_only_as_a_whole_word() {
    let values = |text: &str, lang: &str| -> Vec<f64> {
        read(text, lang, 2022).iter().map(|s| s.value).collect()
    };
    // "ten" in "often", "six" inside "sixty-six" read once, "five" after a joiner.
    assert_eq!(
        values(
            "Often, Sixty-six co-operatives and seventy-seven members.",
            "en"
        ),
        vec![66.0, 77.0]
    );
    assert!(values("The union's content is x-five and five5 and l'five.", "en").is_empty());
    assert_eq!(values("“Twelve” cooperatives.", "en"), vec![12.0]);
    assert_eq!(
        values(
            "Quatre-vingts ? Non : vingt-cinq coopératives dans l'union.",
            "fr"
        ),
        vec![25.0]
    );
}

#[test]
fn branches_groups_and_the_part_of_a_slash_are_read_for_what_they_are() {
    let text = "The province has 197 agricultural cooperatives and 2 cooperative branches. \
                The average profit is 29.09 million VND a cooperative group.";
    let found = read(text, "en", 2024);
    assert_eq!(found[1].measure, None, "branches are no cooperatives");
    assert_eq!(
        found[2].per_unit, None,
        "a cooperative group is no cooperative"
    );
    let per_coop = read(
        "The average profit is 127 million VND a cooperative.",
        "en",
        2024,
    );
    assert_eq!(per_coop[0].per_unit, Some(PerUnit::Cooperative));
    // How they do is said of the part; the whole is all of them.
    let text = "Toàn tỉnh hiện có 139/143 hợp tác xã (HTX) đang hoạt động có hiệu quả.";
    assert_eq!(
        said(text, "vi", 2019),
        vec![
            one(
                "139",
                Some(Cooperatives),
                Some(Qualifier::Effective),
                Review
            ),
            one("143", Some(Cooperatives), None, Review),
        ]
    );
    // Two kinds: the count is a part of either.
    let eight = read(
        "The province will establish 8 new agricultural cooperatives.",
        "en",
        2024,
    );
    assert_eq!(eight[0].qualifier, Some(Qualifier::New));
    assert_eq!(eight[0].also, Some(Qualifier::Agricultural));
    let one_kind = read("12 new cooperatives have been established.", "en", 2024);
    assert_eq!(one_kind[0].also, None);
    // "formed", "an additional": new ones; "LH HTX" is a union of cooperatives.
    let formed = read(
        "During the first 6 months of 2023, an additional 8 cooperatives were formed.",
        "en",
        2023,
    );
    let eight = formed.iter().find(|s| s.value == 8.0).expect("8 read");
    assert_eq!(eight.qualifier, Some(Qualifier::New));
    let unions = read("Toàn tỉnh có 204 HTX, 02 LH HTX.", "vi", 2022);
    let two = unions.iter().find(|s| s.value == 2.0).expect("02 read");
    assert_eq!(two.measure, Some(Federations));
}

#[test]
fn a_count_said_to_be_in_one_sector_is_that_sectors() {
    use Qualifier::{Agricultural, Sector};
    // The sector's kind read past the clause's reach, an unknown sector, "this sector".
    let text = "Hiện nay tỉnh có 215 hợp tác xã đang hoạt động trong lĩnh vực nông nghiệp. \
        Có 17 HTX thuộc lĩnh vực xây dựng. Năm nay thành lập 8 HTX hoạt động trong lĩnh \
        vực nông nghiệp, đưa số HTX trong lĩnh vực này lên 203 HTX.";
    let q: Vec<Option<Qualifier>> = read(text, "vi", 2024).iter().map(|s| s.qualifier).collect();
    assert_eq!(
        q,
        vec![
            Some(Agricultural),
            Some(Sector),
            Some(Agricultural),
            Some(Agricultural)
        ]
    );
    let text = "There are 61 cooperatives working in the field of farming and 12 \
        cooperatives in the tourism sector.";
    let q: Vec<Option<Qualifier>> = read(text, "en", 2024).iter().map(|s| s.qualifier).collect();
    assert_eq!(q, vec![Some(Agricultural), Some(Sector)]);
    // Several sectors: all of them.
    for (text, lang) in [
        ("Toàn tỉnh có 402 HTX hoạt động trên nhiều lĩnh vực.", "vi"),
        ("Toàn tỉnh có 402 HTX hoạt động trong 7 lĩnh vực.", "vi"),
        (
            "The province has 402 cooperatives in various sectors.",
            "en",
        ),
    ] {
        let s = &read(text, lang, 2024)[0];
        assert_eq!(
            (s.measure, s.qualifier),
            (Some(Cooperatives), None),
            "{text}"
        );
    }
}

#[test]
fn a_number_joined_to_a_word_by_a_hyphen_counts_nothing() {
    let en = "The 100-member Duc Phat cooperative sells 3-star products; the city has 1,284 agricultural cooperatives.";
    assert_eq!(
        said(en, "en", 2021),
        vec![one(
            "1,284",
            Some(Cooperatives),
            Some(Qualifier::Agricultural),
            Review
        )]
    );
    // Digits after the hyphen: a range, both ends read.
    let vi = "Mỗi năm thành lập mới 30-40 HTX.";
    let found: Vec<String> = read(vi, "vi", 2021)
        .iter()
        .map(|s| s.text(vi).to_string())
        .collect();
    assert_eq!(found, ["30", "40"]);
}

#[test]
fn an_amount_glued_to_its_units_by_slashes_keeps_its_scale() {
    let en = "The average profit is VND168 million/year/cooperative, up 5 percent.";
    let found = read(en, "en", 2019);
    assert_eq!(found[0].value, 168_000_000.0);
    assert_eq!(found[0].per, Some(Period::Year));
    assert_eq!(found[0].per_unit, Some(PerUnit::Cooperative));
    // Units a money reading takes whole stay whole; a slash between counts is no money.
    let vi = "Thu nhập bình quân 5,3 triệu đồng/người/tháng; 139/143 HTX hoạt động hiệu quả.";
    let found = read(vi, "vi", 2019);
    assert_eq!(found[0].text(vi), "5,3 triệu đồng/người/tháng");
    assert_eq!(found[0].per, Some(Period::Month));
    assert_eq!(found[1].unit, Unit::Count);
    assert_eq!(found[2].unit, Unit::Count);
}

#[test]
fn units_after_the_number_of_a_kind_count_that_kind() {
    // The noun stands after the words of its number, its number later.
    let vi = "Năm 2024, tỉnh thành lập mới 40 HTX, đưa tổng số HTX toàn tỉnh lên 612, trong đó 450 đơn vị hoạt động hiệu quả.";
    let got = said(vi, "vi", 2024);
    assert_eq!(
        got[2],
        one(
            "450",
            Some(Cooperatives),
            Some(Qualifier::Effective),
            Review
        )
    );
    let en = "In 2024 the province set up 40 new cooperatives, raising the total number of cooperatives to 612, of which 450 operate effectively.";
    let got = said(en, "en", 2024);
    assert_eq!(
        got[2],
        one(
            "450",
            Some(Cooperatives),
            Some(Qualifier::Effective),
            Review
        )
    );
    // No number of the noun between: the units count nothing named.
    let vi = "Tỉnh đang rà soát tổng số HTX, trong đó 450 đơn vị hoạt động hiệu quả.";
    assert_eq!(
        said(vi, "vi", 2024),
        vec![one("450", None, Some(Qualifier::Effective), Review)]
    );
    let en =
        "The province is reviewing the number of cooperatives, of which 450 operate effectively.";
    assert_eq!(
        said(en, "en", 2024),
        vec![one("450", None, Some(Qualifier::Effective), Review)]
    );
}

#[test]
fn cooperatives_converted_to_the_law_are_a_part() {
    let vi =
        "Năm 2024, toàn tỉnh có 180 HTX, trong đó 95 HTX đã chuyển đổi theo Luật HTX năm 2012.";
    let got = said(vi, "vi", 2024);
    assert_eq!(got[0], one("180", Some(Cooperatives), None, Review));
    assert_eq!(
        got[1],
        one("95", Some(Cooperatives), Some(Qualifier::Converted), Review)
    );
    let en = "In 2024 the province had 180 cooperatives, of which 95 have re-registered under the 2012 Law on Cooperatives.";
    let got = said(en, "en", 2024);
    assert_eq!(got[0], one("180", Some(Cooperatives), None, Review));
    assert_eq!(
        got[1],
        one("95", Some(Cooperatives), Some(Qualifier::Converted), Review)
    );
    let vi = "Năm 2024, hiện có 95 HTX chuyển đổi về tổ chức, bộ máy theo Luật HTX năm 2012.";
    assert_eq!(
        said(vi, "vi", 2024),
        vec![one(
            "95",
            Some(Cooperatives),
            Some(Qualifier::Converted),
            Review
        )]
    );
    // Those not yet converted: a part too, not the converted ones.
    let vi = "Năm 2024, có 160 HTX hoạt động theo Luật HTX năm 2012, 20 HTX chưa chuyển đổi theo Luật HTX năm 2012.";
    let got = said(vi, "vi", 2024);
    assert_eq!(got[0], one("160", Some(Cooperatives), None, Review));
    assert_eq!(
        got[1],
        one(
            "20",
            Some(Cooperatives),
            Some(Qualifier::NotConverted),
            Review
        )
    );
    let en = "In 2024, 20 cooperatives have not yet converted to the 2012 Law on Cooperatives.";
    assert_eq!(
        said(en, "en", 2024),
        vec![one(
            "20",
            Some(Cooperatives),
            Some(Qualifier::NotConverted),
            Review
        )]
    );
    // "N of which" right after the count: the words after it are said of the N.
    let en = "In 2024 the province had 180 cooperatives and 95 of which have re-registered under the 2012 law.";
    assert_eq!(
        said(en, "en", 2024)[1],
        one("95", Some(Cooperatives), Some(Qualifier::Converted), Review)
    );
    let fr = "En 2024, la province compte 180 coopératives, dont 95 ont été converties selon la loi de 2012 et 20 n'ont pas encore été converties.";
    let got = said(fr, "fr", 2024);
    assert_eq!(got[1].2, Some(Qualifier::Converted));
    assert_eq!(got[2].2, Some(Qualifier::NotConverted));
    // Must not fire: "of which" after a count's noun ends what is said of it.
    let en = "In 2024 the province had 180 cooperatives, of which 95 were agricultural.";
    assert_eq!(said(en, "en", 2024)[0].2, None);
    // Operating under the law, with no word of converting: all of them.
    let vi = "Năm 2024, toàn tỉnh có 180 HTX hoạt động theo Luật HTX năm 2012.";
    assert_eq!(
        said(vi, "vi", 2024),
        vec![one("180", Some(Cooperatives), None, Review)]
    );
    let en = "In 2024 the province had 180 cooperatives registered to operate under the 2012 Law on Cooperatives.";
    assert_eq!(
        said(en, "en", 2024)[0],
        one("180", Some(Cooperatives), None, Review)
    );
}
