//! The words `import` reads a report's head by, per language (what a figure is, and
//! the words of time, are the language tables' ([`crate::lang_tables`])). Every phrase is folded as
//! [`super::text::Folded`] folds text: lowercase, no diacritics, `’` as `'`
//! ("hoạt động hiệu quả" → "hoat dong hieu qua"), and matched as whole words.

/// The languages `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
    Fr,
    Ms,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ms => "ms",
        }
    }

    /// `vi`, `vi-VN` → Vi; None for languages `import` does not read.
    pub fn from_code(code: &str) -> Option<Lang> {
        match crate::lang::primary(code.trim())
            .to_ascii_lowercase()
            .as_str()
        {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "ms" => Some(Lang::Ms),
            _ => None,
        }
    }

    pub fn patterns(self) -> &'static Patterns {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Ms => &MS,
        }
    }
}

type W = &'static [&'static str];

/// One language's words.
pub struct Patterns {
    /// Names of unions and alliances: their "cooperative" counts nothing.
    pub union: W,
    pub review: W,
    pub next_tasks: W,
    pub union_default: &'static str,
    pub function_words: W,
}
/// A machine translation's note of its language at the start of a line.
pub const LANGUAGE_NAMES: W = &[
    "Français",
    "English",
    "Tiếng Việt",
    "Bahasa Melayu",
    "Melayu",
];

/// Vietnamese surnames: "tỉnh Nguyễn Văn A" names a person, not a province.
pub const SURNAMES: W = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "trinh", "mai", "cao", "luu", "doan", "truong", "lam",
    "ha", "quach", "ta", "luong", "thai",
];
/// Capitalised words after "tỉnh"/"wilayah" that are bodies, not places.
pub const NOT_PLACES: W = &[
    "uy",
    "doan",
    "hoi",
    "dang",
    "jawatankuasa",
    "kesatuan",
    "parti",
    "majlis",
    "kerajaan",
    "dewan",
    "the",
    "this",
    "that",
    "whole",
    "each",
    "our",
    "provincial",
    "people's",
    "party",
    "la",
    "le",
    "les",
    "cette",
];

#[rustfmt::skip]
static VI: Patterns = Patterns {
    union: &["lien minh hop tac xa", "lien minh htx", "lmhtx"],
    review: &["tong ket"],
    next_tasks: &["trien khai nhiem vu", "phuong huong nhiem vu", "nhiem vu nam", "ke hoach nam",
        "nhiem vu trong tam nam"],
    union_default: "Liên minh Hợp tác xã tỉnh",
    function_words: &[],
};

#[rustfmt::skip]
static FR: Patterns = Patterns {
    union: &["union cooperative", "union des cooperatives", "union provinciale des cooperatives",
        "alliance cooperative", "alliance des cooperatives"],
    review: &["passer en revue", "bilan", "revue", "examine", "examiner", "resume"],
    next_tasks: &["taches pour", "taches de", "orientations pour", "plan pour"],
    union_default: "Union coopérative provinciale",
    function_words: &["le", "la", "les", "des", "du", "et", "est", "une", "un", "pour", "dans",
        "qui", "que", "sur", "au", "aux", "avec", "par", "ont", "sont", "ses", "cette"],
};

#[rustfmt::skip]
static MS: Patterns = Patterns {
    union: &["kesatuan koperasi", "perikatan koperasi", "gabungan koperasi"],
    review: &["meringkaskan", "merumuskan", "menilai", "menyemak", "kajian semula"],
    next_tasks: &["melaksanakan tugas", "tugas pada tahun", "tugas untuk", "rancangan untuk"],
    union_default: "Kesatuan Koperasi Wilayah",
    function_words: &["dan", "yang", "di", "untuk", "dengan", "pada", "ini", "itu", "akan",
        "dalam", "daripada", "kepada", "bagi", "oleh", "telah", "ke", "tahun", "mereka"],
};

#[rustfmt::skip]
static EN: Patterns = Patterns {
    union: &["cooperative union", "co-operative union", "cooperatives union",
        "cooperative alliance", "co-operative alliance", "union of cooperatives"],
    review: &["review", "reviewing", "reviewed", "reviews", "summarize", "summarise",
        "summing up", "results of", "sum up"],
    next_tasks: &["tasks for", "plans for", "sets tasks", "directions for", "sets out tasks"],
    union_default: "Provincial Cooperative Union",
    function_words: &["the", "and", "of", "to", "in", "is", "was", "for", "with", "on",
        "that", "by", "were", "are", "from", "as", "its", "their", "has"],
};

/// Letters only Vietnamese writes (lowercase).
pub const VI_LETTERS: &str = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
