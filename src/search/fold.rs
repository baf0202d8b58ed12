//! Folding text for search: what a reader types without accents finds what the site
//! writes with them. `search.js` folds queries the same way (see its `fold`).

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Tokens shorter than this (in characters) are neither indexed nor searched.
pub const MIN_TOKEN: usize = 2;

/// Lowercase, without diacritics (canonical decomposition, marks dropped), đ as d:
/// "Đắk Lắk" → "dak lak", "Hòa Bình" → "hoa binh", "Coopératives" → "cooperatives".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            for l in d.to_lowercase() {
                out.push(if l == 'đ' { 'd' } else { l });
            }
        });
    }
}

/// The search tokens of a text: folded runs of letters and digits, each at least
/// [`MIN_TOKEN`] characters long, in the order they come.
pub fn tokens(text: &str) -> impl Iterator<Item = String> {
    let folded = fold(text);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_TOKEN)
        .map(str::to_string)
        .collect();
    words.into_iter()
}

/// The shard a token's postings are kept in: its first two characters, each ASCII
/// letter or digit as it is and any other character as `x` and its code point in hex
/// (a file name on every system). `search.js` computes the same.
pub fn shard_key(token: &str) -> String {
    let mut key = String::new();
    for c in token.chars().take(MIN_TOKEN) {
        if c.is_ascii_alphanumeric() {
            key.push(c);
        } else {
            key.push_str(&format!("x{:x}", c as u32));
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_french_and_case_fold_to_plain_letters() {
        for (text, folded) in [
            ("Đắk Lắk", "dak lak"),
            ("ĐẮK LẮK", "dak lak"),
            ("Hòa Bình", "hoa binh"),
            ("Thừa Thiên Huế", "thua thien hue"),
            ("Bà Rịa - Vũng Tàu", "ba ria - vung tau"),
            ("Thu nhập bình quân", "thu nhap binh quan"),
            (
                "Chiffre d'affaires moyen par coopérative",
                "chiffre d'affaires moyen par cooperative",
            ),
            ("Hợp tác xã", "hop tac xa"),
            ("Phú Yên 2024", "phu yen 2024"),
            // Decomposed input (NFD) folds the same as composed.
            ("Phu\u{301} Ye\u{302}n", "phu yen"),
        ] {
            assert_eq!(fold(text), folded, "{text}");
        }
    }

    #[test]
    fn tokens_are_folded_words_of_two_characters_or_more() {
        let t: Vec<String> = tokens("Liên minh HTX tỉnh Đắk Lắk: năm 2024, 1.059 HTX; a").collect();
        assert_eq!(
            t,
            ["lien", "minh", "htx", "tinh", "dak", "lak", "nam", "2024", "059", "htx"]
        );
    }

    #[test]
    fn shard_keys_are_safe_file_names() {
        assert_eq!(shard_key("dak"), "da");
        assert_eq!(shard_key("2024"), "20");
        assert_eq!(shard_key("中文"), "x4e2dx6587");
        assert_eq!(shard_key("ab"), "ab");
    }
}
