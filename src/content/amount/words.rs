//! The words amounts are written with, `|`-separated and folded: lowercase, without
//! diacritics (Vietnamese, English, French and Malay).

/// Words in front of a number that say it is approximate; ignored for the value.
pub(super) const APPROX: &str =
    "khoang|hon|gan|tren|xap xi|uoc|uoc tinh|tren duoi|about|over|above|\
    more than|nearly|almost|around|approximately|approx|roughly|some|close to|environ|plus de|\
    pres de|presque|autour de|quelque|approximativement|kira-kira|lebih|lebih daripada|\
    lebih dari|hampir|sekitar|lebih kurang|kurang lebih";
/// Between two numbers: a range.
pub(super) const RANGE_WORDS: &str = "den|toi|to|a|au|hingga|sampai|ke|till|until|or|ou|atau|hoac";
/// Before the first number, these make "and" between numbers a range.
pub(super) const BETWEEN_WORDS: &str = "between|from|entre|giua|tu|antara|dari";
pub(super) const AND_WORDS: &str = "and|et|va|dan";
pub(super) const NEGATIVE_WORDS: &str = "minus|negative|negatif|negatifs";
pub(super) const SCALES: [(&str, u128); 3] = [
    ("nghin|ngan|thousand|thousands|mille|ribu", 1_000),
    ("trieu|million|millions|mn|juta", 1_000_000),
    (
        "ty|ti|billion|billions|bn|milliard|milliards|bilion",
        1_000_000_000,
    ),
];
/// Each is followed by a month, a year or a person: "/", "per", "mỗi", "a"...
pub(super) const CONNECTORS: &str = "/|per|par|a|mot|moi|hang|each|every|setiap|tiap|pour";
pub(super) const MONTHS: &str = "thang|month|mois|bulan";
pub(super) const YEARS: &str = "nam|year|an|annee|tahun|annum";
pub(super) const PERSONS: &str =
    "nguoi|lao dong|thanh vien|xa vien|person|head|capita|worker|member|\
    personne|travailleur|membre|orang|pekerja|ahli";
/// A period in one word.
pub(super) const MONTHLY: &str = "sebulan|monthly|mensuel|mensuelle|bulanan";
pub(super) const YEARLY: &str = "setahun|yearly|annually|annuel|annuelle|tahunan";
