use super::*;

// The reports' languages, by code.
#[allow(non_upper_case_globals)]
const Vi: &str = "vi";
#[allow(non_upper_case_globals)]
const Fr: &str = "fr";
#[allow(non_upper_case_globals)]
const Ms: &str = "ms";
#[allow(non_upper_case_globals)]
const En: &str = "en";

fn parse_money(text: &str, lang: &str) -> Result<Amount, String> {
    super::parse_money(text, Notation::for_lang(lang))
}

fn parse_number(text: &str, lang: &str) -> Option<f64> {
    super::parse_number(text, Notation::for_lang(lang))
}
use Period::{Month, Year};

/// (text, notation, value, per, currency): every value must come out exactly.
type Case = (
    &'static str,
    &'static str,
    f64,
    Option<Period>,
    Option<&'static str>,
);

const MONEY: &[Case] = &[
    // A loss, in each language's words or with a sign.
    ("-5 triệu", Vi, -5_000_000.0, None, None),
    ("âm 5 triệu", Vi, -5_000_000.0, None, None),
    ("lỗ 120 triệu đồng", Vi, -120_000_000.0, None, Some("VND")),
    (
        "thua lỗ 1,2 tỷ đồng",
        Vi,
        -1_200_000_000.0,
        None,
        Some("VND"),
    ),
    ("$-5 million", En, -5_000_000.0, None, Some("USD")),
    (
        "a loss of 120 million VND",
        En,
        -120_000_000.0,
        None,
        Some("VND"),
    ),
    ("−850 million VND", En, -850_000_000.0, None, Some("VND")),
    (
        "une perte de 120 millions de VND",
        Fr,
        -120_000_000.0,
        None,
        Some("VND"),
    ),
    ("rugi 120 juta", Ms, -120_000_000.0, None, None),
    // Vietnamese
    ("2,3 tỷ đồng", Vi, 2_300_000_000.0, None, Some("VND")),
    ("2,3 tỷ", Vi, 2_300_000_000.0, None, None),
    ("1,58 tỷ", Vi, 1_580_000_000.0, None, None),
    ("0,5 triệu", Vi, 500_000.0, None, None),
    ("1,1 triệu đồng", Vi, 1_100_000.0, None, Some("VND")),
    (
        "5,6 triệu đồng/tháng",
        Vi,
        5_600_000.0,
        Some(Month),
        Some("VND"),
    ),
    (
        "2 tỷ 300 triệu đồng",
        Vi,
        2_300_000_000.0,
        None,
        Some("VND"),
    ),
    ("2 ti 295 trieu", Vi, 2_295_000_000.0, None, None),
    ("1.059 triệu đồng", Vi, 1_059_000_000.0, None, Some("VND")),
    ("1 059 triệu", Vi, 1_059_000_000.0, None, None),
    ("850.000.000 đ", Vi, 850_000_000.0, None, Some("VND")),
    ("850.000.000đ", Vi, 850_000_000.0, None, Some("VND")),
    ("850000000", Vi, 850_000_000.0, None, None),
    (
        "khoảng 300 triệu đồng/năm",
        Vi,
        300_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    (
        "hơn 5 triệu đồng/người/tháng",
        Vi,
        5_000_000.0,
        Some(Month),
        Some("VND"),
    ),
    (
        "Gần 2,5 TỶ ĐỒNG mỗi năm",
        Vi,
        2_500_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    (
        "58 trieu dong mot thang",
        Vi,
        58_000_000.0,
        Some(Month),
        Some("VND"),
    ),
    (
        "5,6 triệu VNĐ/tháng.",
        Vi,
        5_600_000.0,
        Some(Month),
        Some("VND"),
    ),
    ("120 ngàn đồng", Vi, 120_000.0, None, Some("VND")),
    (
        "1,5 nghìn tỷ đồng",
        Vi,
        1_500_000_000_000.0,
        None,
        Some("VND"),
    ),
    (
        "trên 60 triệu đồng/lao động/năm",
        Vi,
        60_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    (
        "3 triệu đồng hàng tháng",
        Vi,
        3_000_000.0,
        Some(Month),
        Some("VND"),
    ),
    (
        "4 triệu đồng mỗi người mỗi tháng",
        Vi,
        4_000_000.0,
        Some(Month),
        Some("VND"),
    ),
    ("2,3 million", Vi, 2_300_000.0, None, None),
    // French
    ("850 millions de VND", Fr, 850_000_000.0, None, Some("VND")),
    (
        "850 millions de VND/an",
        Fr,
        850_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    (
        "5,6 millions de VND/personne/mois",
        Fr,
        5_600_000.0,
        Some(Month),
        Some("VND"),
    ),
    (
        "environ 300 millions de VND par an",
        Fr,
        300_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    (
        "plus de 5 millions de VND par personne et par mois",
        Fr,
        5_000_000.0,
        Some(Month),
        Some("VND"),
    ),
    ("1 milliard 200 millions", Fr, 1_200_000_000.0, None, None),
    (
        "1\u{202f}059 millions de VND",
        Fr,
        1_059_000_000.0,
        None,
        Some("VND"),
    ),
    ("1\u{a0}059,5 mille", Fr, 1_059_500.0, None, None),
    (
        "1.059.000 VND par mois",
        Fr,
        1_059_000.0,
        Some(Month),
        Some("VND"),
    ),
    (
        "2,3 milliards d’euros",
        Fr,
        2_300_000_000.0,
        None,
        Some("EUR"),
    ),
    (
        "près de 663 millions de VND.",
        Fr,
        663_000_000.0,
        None,
        Some("VND"),
    ),
    // English
    ("850 million VND", En, 850_000_000.0, None, Some("VND")),
    ("2.3 billion", En, 2_300_000_000.0, None, None),
    (
        "$2.5 million a year",
        En,
        2_500_000.0,
        Some(Year),
        Some("USD"),
    ),
    (
        "US$ 1,200,000 per month",
        En,
        1_200_000.0,
        Some(Month),
        Some("USD"),
    ),
    (
        "about 5.6 million VND per person per month",
        En,
        5_600_000.0,
        Some(Month),
        Some("VND"),
    ),
    (
        "more than 1.5 bn dong/year",
        En,
        1_500_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    ("1,059 thousand EUR", En, 1_059_000.0, None, Some("EUR")),
    (
        "2 billion 295 million VND",
        En,
        2_295_000_000.0,
        None,
        Some("VND"),
    ),
    (
        "nearly 300 million dollars annually",
        En,
        300_000_000.0,
        Some(Year),
        Some("USD"),
    ),
    ("0.7 billion", En, 700_000_000.0, None, None),
    ("US$5 million", En, 5_000_000.0, None, Some("USD")),
    (
        "₫ 5,000,000 monthly",
        En,
        5_000_000.0,
        Some(Month),
        Some("VND"),
    ),
    // Malay
    ("2 bilion 295 juta", Ms, 2_295_000_000.0, None, None),
    (
        "VND 2 bilion 295 juta/tahun",
        Ms,
        2_295_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    (
        "VND 58 juta/tahun",
        Ms,
        58_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    ("5.6 juta sebulan", Ms, 5_600_000.0, Some(Month), None),
    (
        "kira-kira 300 juta VND setahun",
        Ms,
        300_000_000.0,
        Some(Year),
        Some("VND"),
    ),
    (
        "lebih 5 juta VND/orang/bulan",
        Ms,
        5_000_000.0,
        Some(Month),
        Some("VND"),
    ),
    ("hampir 1,500 ribu", Ms, 1_500_000.0, None, None),
    (
        "sekitar 2.3 million VND per tahun",
        Ms,
        2_300_000.0,
        Some(Year),
        Some("VND"),
    ),
];

#[test]
fn money_in_every_language() {
    for &(text, notation, value, per, currency) in MONEY {
        let got = parse_money(text, notation).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(got.value, value, "{text}");
        assert_eq!(got.per, per, "{text}");
        assert_eq!(got.currency.as_deref(), currency, "{text}");
    }
}

#[test]
fn a_one_written_before_the_unit_after_a_slash_keeps_the_period() {
    let vi = parse_money("4,2 triệu đồng/1 lao động/tháng", Vi).unwrap();
    assert_eq!((vi.value, vi.per), (4_200_000.0, Some(Month)));
    let vi = parse_money("60 triệu đồng/01 người/năm", Vi).unwrap();
    assert_eq!(vi.per, Some(Year));
    let en = parse_money("VND 5 million/1 worker/month", En).unwrap();
    assert_eq!(en.per, Some(Month));
    // Any other number after the slash is no period, nor a one left dangling.
    assert!(parse_money("3 triệu đồng/12 người/tháng", Vi).is_err());
    assert!(parse_money("3 triệu đồng/1", Vi).is_err());
    assert!(parse_money("3 triệu đồng/1 hecta", Vi).is_err());
}

#[test]
fn values_are_exact_where_float_products_are_not() {
    // Multiplying floats would give 8199999.999999999 and 1004999999.9999999 here.
    assert_ne!(8.2_f64 * 1e6, 8_200_000.0);
    assert_ne!(1.005_f64 * 1e9, 1_005_000_000.0);
    assert_eq!(parse_money("8,2 triệu", Vi).unwrap().value, 8_200_000.0);
    assert_eq!(
        parse_money("1.005 billion", En).unwrap().value,
        1_005_000_000.0
    );
    assert_eq!(parse_money("1,1 triệu", Vi).unwrap().value, 1_100_000.0);
    assert_eq!(parse_money("2,3 tỷ", Vi).unwrap().value, 2_300_000_000.0);
    assert_eq!(parse_money("0,000001 triệu", Vi).unwrap().value, 1.0);
    assert_eq!(parse_money("0,5 đồng", Vi).unwrap().value, 0.5);
}

/// (text, notation, a piece the message must hold).
const REJECTED: &[(&str, &str, &str)] = &[
    ("", Vi, "empty"),
    ("tỷ đồng", Vi, "no number"),
    ("hai tỷ đồng", Vi, "no number"),
    ("2,5 - 3 triệu", Vi, "range"),
    ("2.5-3 million", En, "range"),
    ("từ 2,5 đến 3 triệu", Vi, "range"),
    ("between 2 and 3 million", En, "range"),
    ("de 2 à 3 millions", Fr, "range"),
    ("2 hingga 3 juta", Ms, "range"),
    ("1.05 triệu", Vi, "\"1.05\" is not a number"),
    ("1,0595 million", En, "\"1,0595\" is not a number"),
    ("2,3 juta", Ms, "\"2,3\" is not a number"),
    ("2,3 tỷ xyz", Vi, "\"xyz\""),
    ("đạt 2,3 tỷ", Vi, "\"đạt\""),
    ("69,8%", Vi, "percentage"),
    ("2 tỷ 300", Vi, "needs a scale word"),
    (
        "2 tỷ 1500 triệu",
        Vi,
        "\"1500 triệu\" after \"2 tỷ\" should be less than 1 tỷ",
    ),
    ("2 tỷ 0,5 tỷ", Vi, "less than 1 tỷ"),
    ("5 triệu/tháng/năm", Vi, "per month and per year"),
    ("5 juta sebulan setahun", Ms, "per month and per year"),
    ("$5 million VND", En, "two currencies"),
    ("2,3 billions", Fr, "milliards"),
    ("5 triệu /", Vi, "\"/\" is not followed"),
    ("5 million per day", En, "\"per\" is not followed"),
    ("2 3 million", En, "second number"),
    ("5 triệu đồng (2023)", Vi, "\"(\""),
];

#[test]
fn junk_and_ranges_are_rejected() {
    for &(text, notation, needle) in REJECTED {
        let err = parse_money(text, notation).expect_err(text);
        assert!(err.contains(needle), "{text}: {err}");
        assert!(err.contains("; write money like \""), "{text}: {err}");
    }
}

#[test]
fn errors_show_the_reports_own_notation() {
    let vi = parse_money("abc", Vi).unwrap_err();
    assert!(
        vi.ends_with("like \"2,3 tỷ đồng\" or \"5,6 triệu đồng/tháng\""),
        "{vi}"
    );
    let fr = parse_money("abc", Fr).unwrap_err();
    assert!(fr.contains("\"850 millions de VND\""), "{fr}");
    let en = parse_money("1.05 triệu", Vi).unwrap_err();
    assert!(
        en.contains("in Vietnamese \",\" is the decimal mark"),
        "{en}"
    );
}

#[test]
fn plain_numbers() {
    let cases: &[(&str, &str, Option<f64>)] = &[
        ("1.059", Vi, Some(1059.0)),
        ("69,8", Vi, Some(69.8)),
        ("5.854", Vi, Some(5854.0)),
        ("1.059.300,25", Vi, Some(1_059_300.25)),
        (" 1 059 ", Vi, Some(1059.0)),
        ("1 059", Fr, Some(1059.0)),
        ("1\u{202f}059", Fr, Some(1059.0)),
        ("1\u{a0}059", Fr, Some(1059.0)),
        ("1.059", Fr, Some(1059.0)),
        ("5,6", Fr, Some(5.6)),
        ("1,059", En, Some(1059.0)),
        ("2.3", En, Some(2.3)),
        ("1,059,300.25", En, Some(1_059_300.25)),
        ("1.059", En, Some(1.059)),
        ("1,059", Ms, Some(1059.0)),
        ("58.1", Ms, Some(58.1)),
        ("0", Ms, Some(0.0)),
        ("1.05", Vi, None),
        ("1059.300", Vi, None),
        ("1.059 300", Vi, None),
        ("1 059\t300", Vi, None),
        ("5,", Vi, None),
        ("1,2,3", Vi, None),
        ("1,0595", En, None),
        ("2,3", En, None),
        ("1 059", En, None),
        ("-3", En, None),
        ("", Vi, None),
        ("abc", En, None),
        ("1 triệu", Vi, None),
    ];
    for &(text, notation, want) in cases {
        assert_eq!(parse_number(text, notation), want, "{text:?} {notation:?}");
    }
}

#[test]
fn notation_from_language_tag() {
    let cases = [
        ("vi", Vi),
        ("vi-VN", Vi),
        ("VI", Vi),
        ("fr", Fr),
        ("fr-CA", Fr),
        ("ms", Ms),
        ("ms-MY", Ms),
        ("en", En),
        ("en-GB", En),
        ("de", En),
        ("", En),
    ];
    for (lang, want) in cases {
        assert_eq!(Notation::for_lang(lang), Notation::for_lang(want), "{lang}");
    }
}
