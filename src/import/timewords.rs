//! The words that say when: which period a report reviews, a news page's stamp and
//! its own lines. Folded as [`super::text::Folded`] folds text (lowercase, no
//! diacritics) and matched as whole words.

use super::patterns::Lang;

type W = &'static [&'static str];

/// Words of a publication stamp besides its date and time.
pub const STAMP_WORDS: W = &[
    "cap", "nhat", "cap nhat:", "updated", "updated:", "published", "published:", "posted",
    "dang", "luc", "ngay", "gmt", "gmt+7", "am", "pm", "thu", "hai", "ba", "tu", "nam", "sau",
    "bay", "chu", "chunhat", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "isnin", "selasa", "rabu", "khamis", "jumaat", "sabtu", "ahad", "-", "|",
    "cap nhat", "publie", "publie le", "le", "on",
];

/// Month names, folded, with their number (en, fr, ms; short English forms).
pub const MONTH_NAMES: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ("janvier", 1), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("decembre", 12), ("januari", 1), ("februari", 2), ("mac", 3), ("julai", 7),
    ("ogos", 8), ("oktober", 10), ("disember", 12),
];

/// A page's own line, whole: a button, a print link, a comment counter.
pub const PAGE_LINES: W = &[
    "chia se", "share", "partager", "kongsi", "in bai nay", "in bai viet", "print",
    "imprimer", "cetak", "luu", "save", "theo doi", "follow", "thich", "like", "tweet",
    "zalo", "facebook", "email", "copy link", "sao chep link", "nghe doc bai", "listen",
    "tin lien quan", "bai lien quan", "related", "related news", "related articles",
    "read more", "see more", "xem them", "doc them", "voir aussi", "lire aussi", "baca juga",
    "back to top", "top",
];

/// The start of a page's own line: a photo credit, a related link, a hotline.
pub const PAGE_PREFIXES: W = &[
    "anh", "anh minh hoa", "photo", "photos", "nguon anh", "credit", "xem them", "doc them",
    "tin lien quan", "bai lien quan", "lire aussi", "voir aussi", "baca juga", "read more",
    "related", "hotline", "tag", "tags", "tu khoa", "mots-cles",
];

/// The words of one language about the period under review.
pub struct TimeWords {
    /// Right before a year, the period is its first half: "6 tháng đầu năm 2022".
    pub half: W,
    /// Right before a date or year, the figures stand at that day: "tính đến", "as of".
    pub as_of: W,
    /// Right before a year, it is compared with: "so với năm 2023", "compared with".
    pub compare: W,
    /// Right before a year, a span starts or something else is dated: "từ năm", "since".
    pub other: W,
    /// The year before the page's ("last year").
    pub last_year: W,
    /// The year the page was published in ("this year", "năm nay").
    pub this_year: W,
    /// The past twelve months ("trong năm qua"): the page's year, or the one before it
    /// early in a year.
    pub past_year: W,
    /// A conference: a day in its sentence is the conference day.
    pub conference: W,
}

pub fn of(lang: Lang) -> &'static TimeWords {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Ms => &MS,
    }
}

const VI: TimeWords = TimeWords {
    half: &["6 thang dau nam", "sau thang dau nam", "6 thang nam", "so ket 6 thang",
        "6 thang dau", "nua dau nam"],
    as_of: &["tinh den", "den het", "den cuoi", "tinh den het", "tinh den cuoi", "tinh den ngay",
        "den thoi diem", "den ngay"],
    compare: &["so voi", "so cung ky", "cung ky", "hon", "tu", "tu nam", "luat", "truoc",
        "truoc nam", "sau", "giai doan", "nhiem ky", "den nam", "vao nam", "nam truoc"],
    other: &["thanh lap nam", "thanh lap tu", "ke tu", "tu khi"],
    last_year: &["nam ngoai", "nam truoc"],
    this_year: &["nam nay"],
    past_year: &["nam qua", "trong nam qua", "mot nam qua", "trong nam"],
    conference: &["hoi nghi", "dai hoi", "tong ket", "so ket", "to chuc"],
};

const EN: TimeWords = TimeWords {
    half: &["first six months of", "first 6 months of", "first half of", "six months of",
        "6 months of", "first half-year of", "the first half of"],
    as_of: &["as of", "as of the end of", "by the end of", "at the end of", "until the end of",
        "up to the end of", "end of"],
    compare: &["compared with", "compared to", "over", "than", "from", "since", "law",
        "between", "and", "in the same period of", "same period", "to", "by", "until",
        "before", "after", "period", "term", "tenure", "that in", "those in", "that of"],
    other: &[],
    last_year: &["last year", "the previous year", "the past year"],
    this_year: &["this year"],
    past_year: &["over the past year", "in the past year"],
    conference: &["conference", "congress", "meeting", "review", "summarize", "summarise"],
};

const FR: TimeWords = TimeWords {
    half: &["premier semestre", "premier semestre de", "six premiers mois de",
        "six premiers mois", "6 premiers mois de"],
    as_of: &["a la fin de", "fin", "a fin", "au 31 decembre", "jusqu'a fin", "a la date du"],
    compare: &["par rapport a", "rapport a", "depuis", "qu'en", "que", "de", "a", "entre",
        "loi", "periode", "d'ici", "jusqu'en", "avant", "apres"],
    other: &[],
    last_year: &["l'an dernier", "l'annee derniere", "l'annee precedente"],
    this_year: &["cette annee"],
    past_year: &["l'annee ecoulee", "au cours de l'annee ecoulee"],
    conference: &["conference", "congres", "reunion", "bilan"],
};

const MS: TimeWords = TimeWords {
    half: &["enam bulan pertama", "6 bulan pertama", "separuh pertama", "separuh pertama tahun"],
    as_of: &["sehingga akhir", "hingga akhir", "pada akhir", "setakat"],
    compare: &["berbanding", "berbanding tahun", "sejak", "dari", "daripada", "akta", "antara",
        "tempoh", "menjelang", "hingga", "sebelum", "selepas"],
    other: &[],
    last_year: &["tahun lalu", "tahun sebelumnya"],
    this_year: &["tahun ini"],
    past_year: &["setahun yang lalu"],
    conference: &["persidangan", "mesyuarat", "kongres"],
};
