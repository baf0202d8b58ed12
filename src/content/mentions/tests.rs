use super::*;

fn values(text: &str, lang: &str) -> Vec<(f64, bool, Option<Period>)> {
    mentions(text, Notation::for_lang(lang))
        .into_iter()
        .map(|m| (m.value, m.money, m.per))
        .collect()
}

#[test]
fn the_first_number_of_a_range_is_of_the_second_s_unit() {
    let m = |text: &str, lang: &str| mentions(text, Notation::for_lang(lang));
    let first = m("Năng suất tăng từ 20 - 30% so với trước.", "vi");
    assert!(first[0].percent && first[1].percent);
    let first = m("La productivité a augmenté de 20 à 30 % depuis.", "fr");
    assert!(first[0].percent, "{first:?}");
    let first = m(
        "Thu nhập của thành viên đạt 4,5 - 5 triệu đồng/người/tháng.",
        "vi",
    );
    assert_eq!(
        (first[0].value, first[0].money, first[0].per),
        (4_500_000.0, true, Some(Period::Month))
    );
    let first = m("Members earn from VND 4 to 6.5 million a month.", "en");
    assert_eq!((first[0].value, first[0].money), (4_000_000.0, true));
    let first = m(
        "Un revenu de 140 à 160 millions de dôngs par hectare.",
        "fr",
    );
    assert_eq!((first[0].value, first[0].money), (140_000_000.0, true));
}

#[test]
fn numbers_beside_a_range_of_other_units_keep_their_own() {
    let m = |text: &str, lang: &str| mentions(text, Notation::for_lang(lang));
    // Counts on both ends: counts.
    let got = m(
        "Mỗi HTX tạo việc làm cho 5 - 10 lao động, thu nhập 5 triệu đồng.",
        "vi",
    );
    assert!(!got[0].money && !got[0].percent, "{got:?}");
    // A count, then a share: not a range.
    let got = m("Toàn tỉnh có 120 HTX, chiếm 30% tổng số.", "vi");
    assert!(!got[0].percent);
    let got = m("The province has 120 cooperatives, or 30% of all.", "en");
    assert!(!got[0].percent, "{got:?}");
    // A span of years before a share: the year stays a year.
    let got = m("Giai đoạn 2016 - 2020 - 15% HTX hoạt động hiệu quả.", "vi");
    let year = got.iter().find(|x| x.value == 2020.0).expect("2020 read");
    assert!(!year.percent, "{got:?}");
}

#[test]
fn reads_numbers_as_each_language_writes_them() {
    assert_eq!(
        values("Toàn tỉnh có 1.059 hợp tác xã, doanh thu bình quân 2,3 tỷ đồng/năm; thu nhập 5,3 triệu đồng/người/tháng.", "vi"),
        vec![
            (1059.0, false, None),
            (2_300_000_000.0, true, Some(Period::Year)),
            (5_300_000.0, true, Some(Period::Month)),
        ]
    );
    assert_eq!(
        values(
            "portant le nombre total à 1 059 coopératives ; 5,6 millions de VND/personne/mois.",
            "fr"
        ),
        vec![
            (1059.0, false, None),
            (5_600_000.0, true, Some(Period::Month))
        ]
    );
    assert_eq!(
        values(
            "akan mencecah VND 2 bilion 295 juta/tahun; 520 koperasi (58.1%)",
            "ms"
        ),
        vec![
            (2_295_000_000.0, true, Some(Period::Year)),
            (520.0, false, None),
            (58.1, false, None),
        ]
    );
    assert_eq!(
        values("an average of 62 million VND per year, up from 2022.", "en"),
        vec![
            (62_000_000.0, true, Some(Period::Year)),
            (2022.0, false, None)
        ]
    );
}

#[test]
fn numbers_glued_to_words_are_not_mentions() {
    assert!(values("Nghị quyết NQ31 và H2O", "vi").is_empty());
    // A currency glued before it makes it money.
    let en = "revenue of about VNĐ3.2 billion, a profit of VND726million, in Q3 2024";
    assert_eq!(
        values(en, "en"),
        vec![
            (3.2e9, true, None),
            (726e6, true, None),
            (2024.0, false, None)
        ]
    );
    // A currency code one space before it makes it money; another currency than
    // the dong makes it no figure; a word of the currency does not ("cánh đồng").
    assert_eq!(
        values(
            "income of VND 68 million, revenue of USD 50,000 (US$2,100, $9)",
            "en"
        ),
        vec![(68e6, true, None)]
    );
    assert_eq!(
        values("trên cánh đồng 50 ha", "vi"),
        vec![(50.0, false, None)]
    );
    assert!(values("ngày 28/12/2023, ngày 2023-12-28", "vi").is_empty());
    assert_eq!(values("170/430 produk", "ms").len(), 2);
    assert_eq!(values("1.059.300 đồng", "vi")[0].0, 1_059_300.0);
}

#[test]
fn the_next_digit_is_found_in_any_position() {
    let text = "abcdefghijklmnopqrstuvwxyz ĐƯỢC ỗ 7 tail 0";
    let b = text.as_bytes();
    for from in 0..=b.len() {
        let slow = (from..b.len())
            .find(|&i| b[i].is_ascii_digit())
            .unwrap_or(b.len());
        assert_eq!(next_digit(b, from), slow, "from {from}");
    }
}
