//! The words `import` looks for, per language. Every phrase is folded as
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
    // Nouns a count is a count of.
    pub coop: W,
    pub group: W,
    pub member: W,
    pub product: W,
    /// Names of unions and alliances: their "cooperative" counts nothing.
    pub union: W,
    /// Words allowed between a number and its noun ("38 lagi koperasi").
    pub gap: W,
    // What a count of cooperatives is.
    pub new: W,
    pub effective: W,
    pub not_effective: W,
    pub agricultural: W,
    pub farm_linked: W,
    pub value_chain: W,
    pub high_tech: W,
    pub dissolved: W,
    /// Ratings and states that make a count none of the figures.
    pub other_state: W,
    pub total_strong: W,
    /// At the end of the words before a number: "toàn tỉnh có", "la province compte".
    pub total_weak: W,
    /// Words after a count's noun that say nothing more of what is counted.
    pub neutral: W,
    /// Right before a count of members: "với", "comptant", "with".
    pub member_lead: W,
    /// "Of which": what follows is a part, not the total.
    pub part_of: W,
    /// Right before a number: a change, not a level ("tăng 45 HTX").
    pub delta: W,
    /// Right before a number, skipped: "hơn", "environ", "more than".
    pub approx: W,
    // Money.
    pub avg: W,
    pub revenue: W,
    pub profit: W,
    pub income: W,
    /// Revenue of a cooperative or income of a person, by its subject (fr "revenu").
    pub revenue_or_income: W,
    pub other_money: W,
    pub per_capita: W,
    pub person: W,
    // Next year's aims.
    pub target: W,
    /// Right before a target word, it reports a result ("vượt chỉ tiêu").
    pub not_target: W,
    /// Right before a year: "năm 2024", "en 2025", "d'ici 2025".
    pub year_intro: W,
    // The report itself.
    pub review: W,
    pub next_tasks: W,
    pub months: W,
    pub day_markers: W,
    pub union_default: &'static str,
    pub function_words: W,
}

pub const OCOP: W = &["ocop"];
/// After a count: it is all of them.
pub const TOTAL_AFTER: W = &[
    "in total",
    "altogether",
    "au total",
    "en tout",
    "tong cong",
    "kesemuanya",
    "keseluruhannya",
    "secara keseluruhan",
];
pub const MONTH_MARKERS: W = &[
    "/thang",
    "moi thang",
    "hang thang",
    "mot thang",
    "/month",
    "per month",
    "a month",
    "each month",
    "monthly",
    "par mois",
    "/mois",
    "mensuel",
    "mensuels",
    "mensuelle",
    "/bulan",
    "sebulan",
    "setiap bulan",
    "bulanan",
];
pub const YEAR_MARKERS: W = &[
    "/nam",
    "moi nam",
    "hang nam",
    "mot nam",
    "/year",
    "per year",
    "a year",
    "each year",
    "annually",
    "yearly",
    "par an",
    "/an",
    "annuel",
    "annuelle",
    "/tahun",
    "setahun",
    "setiap tahun",
    "tahunan",
];
/// Money in another currency than VND.
pub const FOREIGN: W = &[
    "usd", "us$", "$", "eur", "euro", "euros", "dollar", "dollars", "do la",
];
/// Trailing lines of a web page, not of the report.
pub const BOILERPLATE: W = &[
    "source",
    "sources",
    "sumber",
    "nguon",
    "comment",
    "comments",
    "commentaire",
    "commentaires",
    "komen",
    "binh luan",
    "y kien",
    "share",
    "chia se",
    "partager",
    "kongsi",
];
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

/// The provinces and cities of Viet Nam (before the 2025 mergers), as they are named.
#[rustfmt::skip]
pub const PROVINCES: W = &[
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
    "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
    "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái", "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Huế",
];
/// Other ways of writing a province, and the name it is written with.
pub const PROVINCE_ALIASES: &[(&str, &str)] = &[
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("Hanoi", "Hà Nội"),
    ("Dak Lak", "Đắk Lắk"),
    ("Daklak", "Đắk Lắk"),
    ("Dak Nong", "Đắk Nông"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("Hoà Bình", "Hòa Bình"),
    ("Khánh Hoà", "Khánh Hòa"),
];

#[rustfmt::skip]
static VI: Patterns = Patterns {
    coop: &["hop tac xa", "htx"],
    group: &["to hop tac", "tht"],
    member: &["thanh vien", "xa vien"],
    product: &["san pham"],
    union: &["lien minh hop tac xa", "lien minh htx", "lmhtx"],
    gap: &[],
    new: &["thanh lap moi", "moi thanh lap", "duoc thanh lap", "thanh lap", "phat trien moi",
        "xay dung moi", "htx moi", "hop tac xa moi", "thanh lap them"],
    effective: &["hoat dong hieu qua", "hoat dong co hieu qua", "hieu qua"],
    not_effective: &["kem hieu qua", "khong hieu qua", "chua hieu qua", "thieu hieu qua",
        "hieu qua thap", "it hieu qua"],
    agricultural: &["nong nghiep", "nong, lam", "nong lam nghiep"],
    farm_linked: &["lien ket tieu thu", "tieu thu nong san", "tieu thu san pham nong nghiep",
        "gan voi tieu thu"],
    value_chain: &["chuoi gia tri", "lien ket chuoi", "chuoi lien ket"],
    high_tech: &["cong nghe cao"],
    dissolved: &["giai the", "ngung hoat dong", "dung hoat dong"],
    other_state: &["xep loai", "yeu kem", "loai yeu", "loai kha", "loai trung binh", "loai tot",
        "khong hoat dong", "chuyen doi", "chuyen doi so", "tot", "kha", "yeu"],
    total_strong: &["tong so", "nang tong so", "tong cong", "nang so", "tong so luong"],
    total_weak: &["co", "hien co", "toan tinh co", "hien nay co", "dang co"],
    part_of: &["trong do", "trong so do", "bao gom"],
    neutral: &["dang", "hoat", "dong", "tren", "dia", "ban", "toan", "tinh", "hien", "nay", "tai",
        "voi", "va", "thuoc", "cac", "trong", "linh", "vuc"],
    member_lead: &["voi", "co", "thu hut", "gom", "bao gom", "tong so", "la"],
    delta: &["tang", "giam", "tang them", "cao hon", "thap hon", "nhieu hon", "it hon"],
    approx: &["hon", "khoang", "gan", "tren", "xap xi", "it nhat", "toi thieu", "uoc tinh",
        "uoc dat", "uoc"],
    avg: &["binh quan", "trung binh", "moi htx", "mot htx", "/htx", "moi hop tac xa",
        "mot hop tac xa"],
    revenue: &["doanh thu"],
    profit: &["loi nhuan", "lai binh quan", "lai rong", "tien lai"],
    income: &["thu nhap", "tien luong"],
    revenue_or_income: &[],
    other_money: &["von", "kinh phi", "ngan sach", "gia tri", "tong doanh thu", "thiet hai",
        "ho tro", "dau tu", "tong loi nhuan", "tai san", "cho vay"],
    per_capita: &["dau nguoi", "grdp"],
    person: &["nguoi lao dong", "lao dong", "thanh vien", "xa vien", "nguoi"],
    target: &["phan dau", "muc tieu", "chi tieu", "ke hoach"],
    not_target: &["vuot", "dat", "hoan thanh", "no luc", "su", "theo"],
    year_intro: &["nam", "den", "trong"],
    review: &["tong ket"],
    next_tasks: &["trien khai nhiem vu", "phuong huong nhiem vu", "nhiem vu nam", "ke hoach nam",
        "nhiem vu trong tam nam"],
    months: &[],
    day_markers: &["sang", "chieu", "ngay", "toi", "hom nay", "sang nay", "chieu nay"],
    union_default: "Liên minh Hợp tác xã tỉnh",
    function_words: &[],
};

#[rustfmt::skip]
static FR: Patterns = Patterns {
    coop: &["cooperatives", "cooperative", "coop", "coops"],
    group: &["groupes cooperatifs", "groupe cooperatif", "groupements cooperatifs",
        "groupement cooperatif", "gct"],
    member: &["membres", "membre", "adherents", "societaires"],
    product: &["produits", "produit"],
    union: &["union cooperative", "union des cooperatives", "union provinciale des cooperatives",
        "alliance cooperative", "alliance des cooperatives"],
    gap: &["nouvelles", "nouveaux", "nouvelle", "nouveau", "autres"],
    new: &["nouvellement creees", "nouvellement creee", "nouvelles", "nouveaux", "creees",
        "nouvellement etablies", "fondees", "nouvelle"],
    effective: &["efficaces", "efficacement", "efficace"],
    not_effective: &["inefficaces", "peu efficaces", "pas efficaces", "non efficaces"],
    agricultural: &["secteur agricole", "agricoles", "agricole", "agriculture"],
    farm_linked: &["consommation de produits agricoles", "liees a la consommation",
        "consommation des produits agricoles"],
    value_chain: &["chaine de valeur", "chaines de valeur"],
    high_tech: &["haute technologie", "hautes technologies", "technologie de pointe"],
    dissolved: &["dissoutes", "dissolution", "cesse leurs activites", "liquidees"],
    other_state: &["classees", "faibles", "moyennes", "bonnes"],
    total_strong: &["nombre total", "au total", "total de", "portant le nombre", "soit un total"],
    total_weak: &["compte", "comptait", "compte actuellement", "comptait actuellement",
        "recense", "recensait", "il y a", "on compte", "dispose de"],
    part_of: &["parmi", "dont", "parmi celles-ci", "parmi lesquelles"],
    neutral: &["en", "activite", "actives", "active", "dans", "la", "province", "avec", "et",
        "operationnelles", "qui", "sont", "de", "du", "territoire"],
    member_lead: &["comptant", "avec", "regroupant", "compte", "comptait", "de", "rassemblant"],
    delta: &["hausse de", "augmentation de", "baisse de", "de plus que", "de moins que",
        "augmente de", "diminue de"],
    approx: &["plus de", "environ", "pres de", "presque", "quelque", "au moins", "a peu pres"],
    avg: &["moyen", "moyenne", "moyens", "par cooperative", "par membre", "par personne"],
    revenue: &["chiffre d'affaires", "chiffres d'affaires"],
    profit: &["benefice", "benefices", "profit", "profits"],
    income: &["salaire", "salaires"],
    revenue_or_income: &["revenu", "revenus"],
    other_money: &["capital", "budget", "fonds", "financement", "degats", "montant",
        "investissement", "investissements", "pret", "prets", "chiffre d'affaires total",
        "subvention", "aide"],
    per_capita: &["par habitant", "pib"],
    person: &["membre", "membres", "travailleur", "travailleurs", "personne", "salarie",
        "salaries", "adherent", "employe", "employes"],
    target: &["objectif", "objectifs", "s'efforcant", "s'efforcer", "s'efforcera", "viser",
        "vise", "visant", "ambitionne", "cible"],
    not_target: &["depasse", "atteint", "realise", "rempli"],
    year_intro: &["en", "d'ici", "pour", "annee", "l'annee", "de"],
    review: &["passer en revue", "bilan", "revue", "examine", "examiner", "resume"],
    next_tasks: &["taches pour", "taches de", "orientations pour", "plan pour"],
    months: &["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
        "septembre", "octobre", "novembre", "decembre"],
    day_markers: &["le matin du", "l'apres-midi du", "le", "du", "matin du", "ce"],
    union_default: "Union coopérative provinciale",
    function_words: &["le", "la", "les", "des", "du", "et", "est", "une", "un", "pour", "dans",
        "qui", "que", "sur", "au", "aux", "avec", "par", "ont", "sont", "ses", "cette"],
};

#[rustfmt::skip]
static MS: Patterns = Patterns {
    coop: &["koperasi"],
    group: &["kumpulan koperasi", "kumpulan kerjasama", "kumpulan koperatif"],
    member: &["ahli", "anggota"],
    product: &["produk"],
    union: &["kesatuan koperasi", "perikatan koperasi", "gabungan koperasi"],
    gap: &["lagi", "buah", "unit"],
    new: &["dibangunkan", "ditubuhkan", "baharu", "baru", "didirikan", "lagi"],
    effective: &["berkesan", "cekap"],
    not_effective: &["tidak berkesan", "kurang berkesan", "tidak cekap"],
    agricultural: &["sektor pertanian", "pertanian"],
    farm_linked: &["penggunaan produk pertanian", "dikaitkan dengan penggunaan",
        "pemasaran produk pertanian"],
    value_chain: &["rantaian nilai"],
    high_tech: &["teknologi tinggi", "berteknologi tinggi"],
    dissolved: &["dibubarkan", "berhenti beroperasi"],
    other_state: &["lemah", "sederhana", "dikelaskan"],
    total_strong: &["jumlah keseluruhan", "jumlah koperasi", "keseluruhannya", "kesemuanya",
        "jumlah semua"],
    total_weak: &["terdapat", "mempunyai", "memiliki", "ada"],
    part_of: &["daripada jumlah ini", "daripadanya", "antaranya", "termasuk", "daripada jumlah"],
    neutral: &["di", "wilayah", "itu", "ini", "yang", "aktif", "beroperasi", "dengan", "dan",
        "seluruh", "negeri"],
    member_lead: &["dengan", "mempunyai", "melibatkan", "seramai", "terdapat", "menarik"],
    delta: &["meningkat", "bertambah", "peningkatan", "berkurang", "penurunan", "menurun",
        "lebih banyak"],
    approx: &["lebih", "lebih daripada", "kira-kira", "sekitar", "hampir", "lebih kurang",
        "sekurang-kurangnya"],
    avg: &["purata", "setiap koperasi", "sebuah koperasi", "seorang", "bagi setiap"],
    revenue: &["hasil", "perolehan", "jualan"],
    profit: &["keuntungan", "untung"],
    income: &["pendapatan", "gaji"],
    revenue_or_income: &[],
    other_money: &["modal", "bajet", "peruntukan", "dana", "kerugian", "pelaburan",
        "jumlah hasil", "pinjaman", "bantuan"],
    per_capita: &["per kapita", "kdnk"],
    person: &["buruh", "pekerja", "ahli", "anggota", "orang", "kakitangan"],
    target: &["sasaran", "menyasarkan", "mensasarkan", "matlamat", "menargetkan", "target",
        "berusaha untuk mencapai"],
    not_target: &["melebihi", "mencapai", "memenuhi"],
    year_intro: &["tahun", "pada", "menjelang", "hingga"],
    review: &["meringkaskan", "merumuskan", "menilai", "menyemak", "kajian semula"],
    next_tasks: &["melaksanakan tugas", "tugas pada tahun", "tugas untuk", "rancangan untuk"],
    months: &["januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos",
        "september", "oktober", "november", "disember"],
    day_markers: &["pada pagi", "pada petang", "pada", "pagi", "petang"],
    union_default: "Kesatuan Koperasi Wilayah",
    function_words: &["dan", "yang", "di", "untuk", "dengan", "pada", "ini", "itu", "akan",
        "dalam", "daripada", "kepada", "bagi", "oleh", "telah", "ke", "tahun", "mereka"],
};

#[rustfmt::skip]
static EN: Patterns = Patterns {
    coop: &["cooperatives", "cooperative", "co-operatives", "co-operative", "coops", "co-ops"],
    group: &["cooperative groups", "cooperative group", "co-operative groups", "co-op groups"],
    member: &["members", "member"],
    product: &["products", "product"],
    union: &["cooperative union", "co-operative union", "cooperatives union",
        "cooperative alliance", "co-operative alliance", "union of cooperatives"],
    gap: &["new", "newly", "established", "more", "additional", "agricultural", "effective",
        "effectively", "operating", "active", "registered", "other", "high-tech", "farming",
        "founded", "created", "such", "of", "the", "ocop"],
    new: &["newly established", "newly founded", "newly created", "new", "established",
        "founded", "set up", "formed"],
    effective: &["effectively", "effective", "efficiently", "efficient"],
    not_effective: &["ineffective", "ineffectively", "not effective", "not effectively",
        "inefficient", "poorly"],
    agricultural: &["agricultural", "agriculture", "farming"],
    farm_linked: &["consumption of farm products", "consumption of agricultural products",
        "linked to the consumption", "farm produce"],
    value_chain: &["value chain", "value chains"],
    high_tech: &["high technology", "high-tech", "high tech", "hi-tech", "high technologies"],
    dissolved: &["dissolved", "ceased operation", "ceased operations", "closed"],
    other_state: &["weak", "poor", "fair"],
    total_strong: &["total number", "total of", "in total", "the total", "altogether",
        "bringing the total", "total"],
    total_weak: &["has", "had", "have", "there are", "there were", "now has", "counted",
        "is home to", "home to", "numbered"],
    part_of: &["of which", "among them", "including", "of these", "of them", "among these"],
    neutral: &["in", "the", "province", "active", "operating", "with", "and", "across",
        "registered", "currently", "now", "whole"],
    member_lead: &["with", "has", "have", "had", "having", "counting", "totaling", "totalling",
        "attracting", "of"],
    delta: &["increase of", "increased by", "up by", "down by", "up", "down", "rise of", "up from",
        "down from",
        "decrease of", "decreased by", "more than in", "fewer than", "grew by"],
    approx: &["more than", "over", "about", "nearly", "almost", "around", "approximately",
        "some", "at least", "roughly"],
    avg: &["average", "on average", "per cooperative", "each cooperative", "per worker",
        "per member", "per person", "a cooperative"],
    revenue: &["revenue", "revenues", "turnover", "sales"],
    profit: &["profit", "profits"],
    income: &["income", "incomes", "earnings", "wage", "wages", "salary", "salaries", "earned",
        "earn", "earns"],
    revenue_or_income: &[],
    other_money: &["capital", "budget", "fund", "funds", "funding", "damage", "damages",
        "investment", "investments", "loan", "loans", "total revenue", "total profit",
        "support", "grant", "grants", "value"],
    per_capita: &["per capita", "gdp", "grdp"],
    person: &["worker", "workers", "member", "members", "person", "employee", "employees",
        "labourer", "laborer", "labourers", "laborers", "people"],
    target: &["target", "targets", "aims to", "aim to", "aiming to", "aim of", "aims at",
        "strive", "strives", "striving", "goal", "goals", "plans to", "plan to", "seeks to",
        "targeting"],
    not_target: &["exceeded", "exceeding", "met", "achieved", "surpassed", "reached", "beat",
        "meeting", "hit"],
    year_intro: &["in", "by", "for", "of", "during", "year"],
    review: &["review", "reviewing", "reviewed", "reviews", "summarize", "summarise",
        "summing up", "results of", "sum up"],
    next_tasks: &["tasks for", "plans for", "sets tasks", "directions for", "sets out tasks"],
    months: &["january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"],
    day_markers: &["on the morning of", "on the afternoon of", "on", "the morning of"],
    union_default: "Provincial Cooperative Union",
    function_words: &["the", "and", "of", "to", "in", "is", "was", "for", "with", "on",
        "that", "by", "were", "are", "from", "as", "its", "their", "has"],
};

/// Abbreviated English month names.
pub const EN_MONTHS_SHORT: W = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Letters only Vietnamese writes (lowercase).
pub const VI_LETTERS: &str = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
