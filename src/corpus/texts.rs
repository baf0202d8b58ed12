//! The words of generated reports in each language: the first paragraph, which states
//! the figures as the reader of that language reads them, the heading of the next year's
//! tasks, and the words the other paragraphs are made of.

use std::fmt::Write as _;

const WORDS_EN: &[&str] = &[
    "cooperative",
    "union",
    "province",
    "members",
    "production",
    "business",
    "value",
    "chain",
    "support",
    "training",
    "market",
    "products",
    "agriculture",
    "growth",
    "capital",
    "management",
    "digital",
    "transformation",
    "conference",
    "review",
    "tasks",
    "economy",
    "collective",
    "effective",
    "revenue",
    "income",
    "workers",
    "model",
    "linkage",
    "quality",
];
const WORDS_VI: &[&str] = &[
    "hợp tác xã",
    "liên minh",
    "tỉnh",
    "thành viên",
    "sản xuất",
    "kinh doanh",
    "giá trị",
    "chuỗi",
    "hỗ trợ",
    "đào tạo",
    "thị trường",
    "sản phẩm",
    "nông nghiệp",
    "tăng trưởng",
    "vốn",
    "quản lý",
    "số hóa",
    "chuyển đổi",
    "hội nghị",
    "tổng kết",
    "nhiệm vụ",
    "kinh tế",
    "tập thể",
    "hiệu quả",
    "doanh thu",
    "thu nhập",
    "lao động",
    "mô hình",
    "liên kết",
    "chất lượng",
];
const WORDS_FR: &[&str] = &[
    "coopérative",
    "union",
    "province",
    "membres",
    "production",
    "entreprise",
    "valeur",
    "chaîne",
    "soutien",
    "formation",
    "marché",
    "produits",
    "agriculture",
    "croissance",
    "capital",
    "gestion",
    "numérique",
    "transformation",
    "conférence",
    "bilan",
    "tâches",
    "économie",
    "collective",
    "efficace",
    "recettes",
    "revenu",
    "travailleurs",
    "modèle",
    "liaison",
    "qualité",
];
const WORDS_MS: &[&str] = &[
    "koperasi",
    "kesatuan",
    "wilayah",
    "ahli",
    "pengeluaran",
    "perniagaan",
    "nilai",
    "rantaian",
    "sokongan",
    "latihan",
    "pasaran",
    "produk",
    "pertanian",
    "pertumbuhan",
    "modal",
    "pengurusan",
    "digital",
    "transformasi",
    "persidangan",
    "semakan",
    "tugas",
    "ekonomi",
    "kolektif",
    "berkesan",
    "hasil",
    "pendapatan",
    "pekerja",
    "model",
    "rangkaian",
    "kualiti",
];

/// What a report's text says, in its language: its figures as the text gives them
/// (`Texts::say`), the year and the target.
pub(super) struct Said<'a> {
    pub(super) lang: &'a str,
    pub(super) region: &'a str,
    pub(super) year: i32,
    /// Total and new.
    pub(super) t: String,
    pub(super) w: String,
    /// Effective, agricultural, groups, members, profit: None in the reports that
    /// leave them out.
    pub(super) rest: Option<[String; 5]>,
    /// Revenue and income.
    pub(super) r: String,
    pub(super) i: String,
    pub(super) target: u64,
}

impl Said<'_> {
    /// The first paragraph: every figure in a sentence of the report's language, as the
    /// reader of that language reads it (`tests` checks that a stated corpus gives no
    /// warning).
    pub(super) fn paragraph(&self) -> String {
        let Said {
            region,
            year,
            t,
            w,
            r,
            i,
            target,
            ..
        } = self;
        let rest = self.rest.as_ref();
        match self.lang {
            "vi" => {
                let mut s = format!(
                    "Liên minh HTX {region} tổ chức hội nghị tổng kết năm {year}. Toàn tỉnh \
                     có {t} HTX, trong đó thành lập mới {w} HTX."
                );
                if let Some([e, a, g, m, p]) = rest {
                    let _ = write!(
                        s,
                        " Trong đó {e} HTX hoạt động hiệu quả, {a} HTX nông nghiệp; {g} tổ \
                         hợp tác với {m} thành viên. Lợi nhuận bình quân mỗi HTX đạt {p} \
                         đồng/năm."
                    );
                }
                format!(
                    "{s} Doanh thu bình quân mỗi HTX đạt {r} đồng/năm; thu nhập bình quân \
                     của thành viên {i} đồng/người/tháng. Năm tới, phấn đấu thành lập mới \
                     {target} HTX."
                )
            }
            "fr" => {
                let mut s = format!(
                    "L'union des coopératives de {region} a tenu sa conférence sur l'année \
                     {year}. La province comptait {t} coopératives, dont {w} nouvelles \
                     coopératives."
                );
                if let Some([e, a, g, m, p]) = rest {
                    let _ = write!(
                        s,
                        " Parmi elles, {e} coopératives efficaces et {a} coopératives \
                         agricoles. Les {g} groupes coopératifs comptent {m} membres. Le \
                         bénéfice moyen atteint {p} VND par an."
                    );
                }
                format!(
                    "{s} Le chiffre d'affaires moyen est de {r} VND par an, et le revenu \
                     moyen des membres est de {i} VND par mois. L'objectif est de créer \
                     {target} nouvelles coopératives l'an prochain."
                )
            }
            "ms" => {
                let mut s = format!(
                    "Kesatuan Koperasi {region} mengadakan persidangan untuk menilai tahun \
                     {year}. Wilayah ini mempunyai {t} koperasi, termasuk {w} koperasi baharu."
                );
                if let Some([e, a, g, m, p]) = rest {
                    let _ = write!(
                        s,
                        " Antaranya, {e} koperasi beroperasi dengan berkesan dan {a} koperasi \
                         pertanian. Terdapat {g} kumpulan koperasi dengan {m} ahli. Purata \
                         keuntungan mencapai {p} VND setahun."
                    );
                }
                format!(
                    "{s} Purata hasil ialah {r} VND setahun, dan ahli memperoleh pendapatan \
                     purata {i} VND sebulan. Sasaran tahun depan ialah {target} koperasi \
                     baharu."
                )
            }
            _ => {
                let mut s = format!(
                    "The {region} Cooperative Union held its conference to review {year}. The \
                     province had {t} cooperatives, {w} of them new."
                );
                if let Some([e, a, g, m, p]) = rest {
                    let _ = write!(
                        s,
                        " Of these, {e} operated effectively and {a} worked in agriculture. \
                         There were {g} cooperative groups with {m} members. Average profit \
                         reached {p} VND a year."
                    );
                }
                format!(
                    "{s} Average revenue was {r} VND a year, and members earned {i} VND a \
                     month. The union aims for {target} new cooperatives next year."
                )
            }
        }
    }

    /// The heading of the tasks for the next year, and the words of the other paragraphs.
    pub(super) fn tasks_and_words(&self) -> (String, &'static [&'static str]) {
        let next = self.year + 1;
        match self.lang {
            "vi" => (format!("## Nhiệm vụ năm {next}"), WORDS_VI),
            "fr" => (format!("## Tâches pour {next}"), WORDS_FR),
            "ms" => (format!("## Tugas bagi tahun {next}"), WORDS_MS),
            _ => (format!("## Tasks for {next}"), WORDS_EN),
        }
    }
}
