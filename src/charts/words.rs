//! The charts' own sentences (source lines, the CSV link, titles of single figures), in
//! the languages of [`crate::i18n`]: English, French, Malay, Vietnamese (English for any
//! other). The words pages share (year, cooperatives, units) stay in `i18n`.

use crate::lang::primary;

/// key, English, French, Malay, Vietnamese. `{n}`, `{m}`, `{years}`, `{year}`, `{what}`,
/// `{place}`, `{value}` and `{region}` are filled in by the caller.
#[rustfmt::skip]
const WORDS: &[[&str; 5]] = &[
    ["source_one", "From 1 report of {region}, {years}:", "D'après 1 rapport de {region}, {years} :", "Daripada 1 laporan {region}, {years}:", "Từ 1 báo cáo của {region}, {years}:"],
    ["source_many", "From {n} reports of {region}, {years}:", "D'après {n} rapports de {region}, {years} :", "Daripada {n} laporan {region}, {years}:", "Từ {n} báo cáo của {region}, {years}:"],
    ["source_regions", "From {n} reports of {m} regions, {years}.", "D'après {n} rapports de {m} régions, {years}.", "Daripada {n} laporan dari {m} wilayah, {years}.", "Từ {n} báo cáo của {m} tỉnh, {years}."],
    ["all_regions", "Every region and its reports", "Toutes les régions et leurs rapports", "Semua wilayah dan laporannya", "Tất cả các tỉnh và báo cáo"],
    ["csv", "The numbers as CSV", "Les chiffres en CSV", "Angka dalam CSV", "Số liệu dạng CSV"],
    ["over_years", "{what} over the years", "{what} au fil des années", "{what} mengikut tahun", "{what} qua các năm"],
    ["and", "and", "et", "dan", "và"],
    ["tip", "{place}, {year} – {what}: {value}", "{place}, {year} – {what} : {value}", "{place}, {year} – {what}: {value}", "{place}, {year} – {what}: {value}"],
    ["year_value", "{year}: {value}", "{year} : {value}", "{year}: {value}", "{year}: {value}"],
    ["no_value", "no figure for {year}", "pas de chiffre pour {year}", "tiada angka untuk {year}", "không có số liệu năm {year}"],
];

/// The column of [`WORDS`] for a language.
fn column(lang: &str) -> usize {
    match primary(lang) {
        "fr" => 2,
        "ms" => 3,
        "vi" => 4,
        _ => 1,
    }
}

/// One sentence in `lang` ("" for a key the table lacks, which the tests rule out).
pub fn word(lang: &str, key: &str) -> &'static str {
    let c = column(lang);
    WORDS
        .iter()
        .find(|row| row[0] == key)
        .map_or("", |row| row[c])
}

/// `items` joined as a list in a sentence: "A, b and c" (a capital kept only where
/// the next letter is a capital too, as in "OCOP").
pub fn list(lang: &str, items: &[String]) -> String {
    let lower = |s: &String| {
        let mut c = s.chars();
        match (c.next(), c.next()) {
            (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
                a.to_lowercase().chain(s.chars().skip(1)).collect()
            }
            _ => s.clone(),
        }
    };
    let items: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(i, s)| if i == 0 { s.clone() } else { lower(s) })
        .collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), word(lang, "and")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_word() {
        for row in WORDS {
            assert!(row.iter().all(|s| !s.is_empty()), "{row:?}");
        }
        assert_eq!(word("vi-VN", "and"), "và");
        assert_eq!(word("de", "and"), "and");
        let three = ["Ab".to_string(), "Bc".into(), "OCOP".into()];
        assert_eq!(list("fr", &three), "Ab, bc et OCOP");
    }
}
