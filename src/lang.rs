//! Language codes: what `lang:` and `language:` accept, and the likely intent of a
//! code that is not one (`vn` is a country; Vietnamese is `vi`).

/// ISO 639-1: the two-letter language codes BCP 47 uses where one exists.
#[rustfmt::skip]
const ISO_639_1: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
    "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv",
    "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi",
    "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
    "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja",
    "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
    "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml",
    "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
    "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro",
    "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr",
    "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr",
    "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
    "yo", "za", "zh", "zu",
];

/// What people write instead of a language code, and the code they mean.
#[rustfmt::skip]
const MISTAKES: &[(&str, &str, &str)] = &[
    ("vn", "vi", "Vietnamese"), ("vie", "vi", "Vietnamese"), ("vietnamese", "vi", "Vietnamese"),
    ("tieng viet", "vi", "Vietnamese"), ("tiếng việt", "vi", "Vietnamese"),
    ("eng", "en", "English"), ("english", "en", "English"), ("uk-en", "en", "English"),
    ("fra", "fr", "French"), ("fre", "fr", "French"), ("french", "fr", "French"),
    ("francais", "fr", "French"), ("français", "fr", "French"),
    ("msa", "ms", "Malay"), ("may", "ms", "Malay"), ("malay", "ms", "Malay"),
    ("melayu", "ms", "Malay"), ("bahasa", "ms", "Malay"), ("my", "ms", "Malay"),
    ("zho", "zh", "Chinese"), ("chi", "zh", "Chinese"), ("cn", "zh", "Chinese"),
    ("jp", "ja", "Japanese"), ("kr", "ko", "Korean"), ("in", "id", "Indonesian"),
    ("cz", "cs", "Czech"), ("dk", "da", "Danish"), ("gr", "el", "Greek"), ("ua", "uk", "Ukrainian"),
    ("lao", "lo", "Lao"), ("khm", "km", "Khmer"), ("tha", "th", "Thai"),
];

/// Why a tag is not a language code, and what was probably meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLang {
    pub message: String,
    pub help: String,
    /// The code the writer most likely meant (`vi` for `vn`), to read the rest of
    /// the file with, so one wrong code gives one error and no others.
    pub meant: Option<String>,
}

/// Checks a BCP 47 tag: a lowercase ISO 639 code (`vi`), optionally followed by
/// subtags (`vi-VN`, `zh-Hant`). `my` (Burmese) is a real code but in these reports
/// almost always means Malay, so it is refused with that hint.
pub fn check(tag: &str) -> Result<(), BadLang> {
    let lower = tag.trim().to_lowercase();
    if let Some((_, code, name)) = MISTAKES.iter().find(|(w, _, _)| *w == lower) {
        return Err(BadLang {
            message: format!("`{tag}` is not a language code"),
            help: format!("{name} is `{code}`"),
            meant: Some(code.to_string()),
        });
    }
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    let shape_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    let is_code = match first.len() {
        2 => ISO_639_1.contains(&first.to_ascii_lowercase().as_str()),
        3 => first.chars().all(|c| c.is_ascii_alphabetic()),
        _ => false,
    };
    if !is_code || !shape_ok {
        return Err(BadLang {
            message: format!("`{tag}` is not a language code"),
            help: "write a BCP 47 code such as vi, en, fr or ms (vi-VN is fine too)".into(),
            meant: None,
        });
    }
    if first.chars().any(|c| c.is_ascii_uppercase()) {
        let fixed = format!("{}{}", first.to_ascii_lowercase(), &tag[first.len()..]);
        return Err(BadLang {
            message: format!("`{tag}`: language codes are lowercase"),
            help: format!("write `{fixed}`"),
            meant: Some(fixed.clone()),
        });
    }
    Ok(())
}

/// True for a tag [`check`] accepts.
pub fn is_language_tag(tag: &str) -> bool {
    check(tag).is_ok()
}

/// A language's own name, for a language switch: "Tiếng Việt"; the code for others.
pub fn endonym(lang: &str) -> String {
    match primary(lang) {
        "en" => "English",
        "fr" => "Français",
        "ms" => "Bahasa Melayu",
        "vi" => "Tiếng Việt",
        "zh" => "中文",
        "lo" => "ພາສາລາວ",
        "km" => "ភាសាខ្មែរ",
        "th" => "ไทย",
        _ => lang,
    }
    .to_string()
}

/// The primary subtag of a BCP 47 tag: "vi-VN" → "vi".
pub fn primary(lang: &str) -> &str {
    lang.split('-').next().unwrap_or(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_codes_and_subtags() {
        for ok in ["en", "fr", "vi", "ms", "vi-VN", "zh-Hant", "fil"] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn names_the_likely_intent() {
        let e = check("vn").unwrap_err();
        assert_eq!(e.help, "Vietnamese is `vi`");
        assert_eq!(check("VI").unwrap_err().help, "write `vi`");
        assert_eq!(check("Vi-VN").unwrap_err().help, "write `vi-VN`");
        assert_eq!(check("English").unwrap_err().help, "English is `en`");
        assert_eq!(check("my").unwrap_err().help, "Malay is `ms`");
        for bad in ["", "e", "xx", "english!", "en_US", "vi-", "12"] {
            assert!(check(bad).is_err(), "{bad}");
        }
    }
}
