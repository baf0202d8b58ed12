use super::*;
use crate::content::amount::Period;
use crate::meaning::{Measure, PerUnit, Qualifier};

/// (number as written, measure, qualifier, time) of each statement.
fn said(
    text: &str,
    lang: &str,
    review: i32,
) -> Vec<(String, Option<Measure>, Option<Qualifier>, TimeRole)> {
    read(text, lang, review)
        .into_iter()
        .map(|s| (s.text(text).to_string(), s.measure, s.qualifier, s.time))
        .collect()
}

fn one(
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
fn shares_dates_and_comparisons() {
    let text =
        "Ngày 10/1/2025, toàn tỉnh có 498 HTX, chiếm 58% số HTX của vùng; so với 462 HTX năm 2023.";
    let got = said(text, "vi", 2024);
    assert_eq!(
        got[0].3, Review,
        "the day of the conference is not the year stated"
    );
    assert_eq!(got[1].3, Share);
    assert_eq!(got[2], one("462", Some(Cooperatives), None, Year(2023)));
}
