//! The words of the default theme in the site's language (en, fr, ms, vi; English
//! for any other), handed to templates as `t`.

use std::collections::BTreeMap;

use crate::lang::primary;
use crate::numfmt::NumFormat;

/// key, English, French, Malay, Vietnamese.
#[rustfmt::skip]
const STRINGS: &[[&str; 5]] = &[
    ["reports", "Reports", "Rapports", "Laporan", "Báo cáo"],
    ["all_reports", "All reports", "Tous les rapports", "Semua laporan", "Tất cả báo cáo"],
    ["date", "Date", "Date", "Tarikh", "Ngày"],
    ["year", "Year", "Année", "Tahun", "Năm"],
    ["region", "Region", "Région", "Wilayah", "Tỉnh"],
    ["regions", "Regions", "Régions", "Wilayah", "Các tỉnh"],
    ["union", "Union", "Union", "Kesatuan", "Liên minh"],
    ["tags", "Tags", "Étiquettes", "Tag", "Thẻ"],
    ["source", "Original article", "Article d'origine", "Artikel asal", "Bài gốc"],
    ["figures", "Figures", "Chiffres", "Angka", "Số liệu"],
    ["figure", "Figure", "Indicateur", "Angka", "Chỉ tiêu"],
    ["value", "Value", "Valeur", "Nilai", "Giá trị"],
    ["years", "Years", "Années", "Tahun", "Các năm"],
    ["years_compared", "Regions compared, year by year", "Les régions comparées, année par année", "Wilayah dibandingkan, tahun demi tahun", "So sánh các tỉnh theo từng năm"],
    ["year_compared", "Regions compared in", "Les régions comparées en", "Wilayah dibandingkan pada", "So sánh các tỉnh năm"],
    ["avg_revenue", "Avg. revenue", "CA moyen", "Purata hasil", "Doanh thu BQ"],
    ["avg_profit", "Avg. profit", "Bénéfice moyen", "Purata untung", "Lợi nhuận BQ"],
    ["avg_income", "Avg. income", "Revenu moyen", "Purata pendapatan", "Thu nhập BQ"],
    ["rank", "Rank", "Rang", "Kedudukan", "Hạng"],
    ["newest_reports", "Newest reports", "Rapports les plus récents", "Laporan terbaharu", "Báo cáo mới nhất"],
    ["every_region_of", "Every region in", "Toutes les régions en", "Semua wilayah pada", "Tất cả các tỉnh năm"],
    ["page", "Page", "Page", "Halaman", "Trang"],
    ["of", "of", "sur", "daripada", "trên"],
    ["previous_page", "Previous page", "Page précédente", "Halaman sebelumnya", "Trang trước"],
    ["next_page", "Next page", "Page suivante", "Halaman seterusnya", "Trang sau"],
    ["pages", "Pages", "Pages", "Halaman", "Các trang"],
    ["data", "Open data", "Données ouvertes", "Data terbuka", "Dữ liệu mở"],
    ["data_text", "Every figure of every report, to take away:", "Tous les chiffres de tous les rapports, à emporter :", "Semua angka setiap laporan, untuk dibawa pulang:", "Mọi số liệu của mọi báo cáo, để tải về:"],
    ["report_says", "The report says:", "Le rapport dit :", "Laporan menyatakan:", "Báo cáo viết:"],
    ["exact", "Exact value", "Valeur exacte", "Nilai tepat", "Giá trị chính xác"],
    ["targets", "Targets", "Objectifs", "Sasaran", "Mục tiêu"],
    ["targets_for", "Targets for", "Objectifs pour", "Sasaran untuk", "Mục tiêu năm"],
    ["conference", "Conference", "Conférence", "Persidangan", "Hội nghị"],
    ["year_under_review", "Year under review", "Année examinée", "Tahun dikaji", "Năm tổng kết"],
    ["previous_year", "Previous year", "Année précédente", "Tahun sebelumnya", "Năm trước"],
    ["next_year", "Next year", "Année suivante", "Tahun berikutnya", "Năm sau"],
    ["report_text", "Report", "Rapport", "Laporan", "Nội dung"],
    ["no_reports", "No reports yet.", "Aucun rapport pour l'instant.", "Belum ada laporan.", "Chưa có báo cáo."],
    ["no_figures", "This report states no figures.", "Ce rapport ne donne aucun chiffre.", "Laporan ini tidak menyatakan angka.", "Báo cáo không nêu số liệu."],
    ["reports_in", "Reports in", "Rapports pour", "Laporan di", "Báo cáo của"],
    ["tagged", "Reports tagged", "Rapports étiquetés", "Laporan bertag", "Báo cáo gắn thẻ"],
    ["not_found", "Page not found", "Page introuvable", "Halaman tidak dijumpai", "Không tìm thấy trang"],
    ["not_found_text", "There is no page at this address.", "Il n'y a pas de page à cette adresse.", "Tiada halaman di alamat ini.", "Không có trang nào ở địa chỉ này."],
    ["home", "Home", "Accueil", "Utama", "Trang chủ"],
    ["feed", "Atom feed", "Flux Atom", "Suapan Atom", "Nguồn Atom"],
    ["per_year", "per year", "par an", "setahun", "mỗi năm"],
    ["per_month", "per month", "par mois", "sebulan", "mỗi tháng"],
    ["count_unit", "number", "nombre", "bilangan", "số lượng"],
    ["report_count", "reports", "rapports", "laporan", "báo cáo"],
    ["cooperatives", "Cooperatives", "Coopératives", "Koperasi", "Hợp tác xã"],
    ["total", "Total", "Total", "Jumlah", "Tổng số"],
    ["new", "New", "Nouvelles", "Baharu", "Thành lập mới"],
    ["effective", "Effective", "Efficaces", "Berkesan", "Hoạt động hiệu quả"],
    ["income_per_worker", "Income per worker", "Revenu par travailleur", "Pendapatan setiap pekerja", "Thu nhập người lao động"],
    ["chart_data", "The numbers in this chart", "Les chiffres de ce graphique", "Angka dalam carta ini", "Số liệu của biểu đồ"],
    ["skip", "Skip to content", "Aller au contenu", "Langkau ke kandungan", "Chuyển đến nội dung"],
    ["built_with", "Built with coopsite", "Généré avec coopsite", "Dibina dengan coopsite", "Tạo bằng coopsite"],
    // Charts.
    ["counts_title", "Cooperatives over the years", "Coopératives au fil des années", "Koperasi mengikut tahun", "Số hợp tác xã qua các năm"],
    ["incomes_title", "Average revenue, profit and income over the years", "Chiffre d'affaires, bénéfice et revenu moyens au fil des années", "Purata hasil, keuntungan dan pendapatan mengikut tahun", "Doanh thu, lợi nhuận và thu nhập bình quân qua các năm"],
    ["total_by_region_title", "Cooperatives by region over the years", "Coopératives par région au fil des années", "Koperasi mengikut wilayah dan tahun", "Số hợp tác xã theo tỉnh qua các năm"],
    ["income_by_region_title", "Average income per worker by region over the years", "Revenu moyen par travailleur par région au fil des années", "Purata pendapatan setiap pekerja mengikut wilayah dan tahun", "Thu nhập bình quân người lao động theo tỉnh qua các năm"],
    ["report_chart_title", "Cooperatives in the region, year by year", "Coopératives de la région, année par année", "Koperasi di wilayah ini, tahun demi tahun", "Số hợp tác xã của tỉnh qua từng năm"],
    ["million_per_year", "Million {currency} per year", "Millions de {currency} par an", "Juta {currency} setahun", "Triệu {currency} mỗi năm"],
    ["billion_per_year", "Billion {currency} per year", "Milliards de {currency} par an", "Bilion {currency} setahun", "Tỷ {currency} mỗi năm"],
    ["largest_of", "regions with the most cooperatives, of", "régions comptant le plus de coopératives, sur", "wilayah dengan koperasi terbanyak, daripada", "tỉnh có nhiều hợp tác xã nhất, trong số"],
    ["highlighted", "highlighted", "en évidence", "diserlahkan", "được tô đậm"],
];

/// The column of [`STRINGS`] for a language.
fn column(lang: &str) -> usize {
    match primary(lang) {
        "fr" => 2,
        "ms" => 3,
        "vi" => 4,
        _ => 1,
    }
}

/// Every string for `lang`, keyed as templates use them (`t.reports`).
pub fn strings(lang: &str) -> BTreeMap<&'static str, &'static str> {
    let c = column(lang);
    STRINGS.iter().map(|row| (row[0], row[c])).collect()
}

/// Month names, January first: English, French, Malay.
#[rustfmt::skip]
const MONTHS: [[&str; 12]; 3] = [
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
];

/// How pages and charts speak one language: its words and how it writes numbers.
#[derive(Debug, Clone)]
pub struct Locale {
    pub lang: String,
    pub t: BTreeMap<&'static str, &'static str>,
    pub num: NumFormat,
}

impl Locale {
    pub fn new(lang: &str) -> Locale {
        Locale {
            lang: lang.to_string(),
            t: strings(lang),
            num: NumFormat::for_lang(lang),
        }
    }

    /// A day as this language writes it: 3 January 2025, 3 janvier 2025,
    /// 3 Januari 2025, 3 tháng 1 năm 2025 (English for other languages).
    pub fn date(&self, d: &crate::content::date::Date) -> String {
        let m = (d.month.clamp(1, 12) - 1) as usize;
        match primary(&self.lang) {
            "vi" => format!("{} tháng {} năm {}", d.day, d.month, d.year),
            "fr" if d.day == 1 => format!("1er {} {}", MONTHS[1][m], d.year),
            "fr" => format!("{} {} {}", d.day, MONTHS[1][m], d.year),
            "ms" => format!("{} {} {}", d.day, MONTHS[2][m], d.year),
            _ => format!("{} {} {}", d.day, MONTHS[0][m], d.year),
        }
    }

    /// One string ("" for a key the table lacks, which the tests rule out).
    pub fn get(&self, key: &str) -> &'static str {
        self.t.get(key).copied().unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_string() {
        for row in STRINGS {
            assert!(row.iter().all(|s| !s.is_empty()), "{row:?}");
        }
        assert_eq!(strings("fr-FR")["regions"], "Régions");
        assert_eq!(strings("de")["regions"], "Regions");
    }

    #[test]
    fn dates_in_each_language() {
        let d = crate::content::date::Date::parse("2025-01-03").unwrap();
        let said: Vec<String> = ["en", "fr", "ms", "vi", "de"]
            .iter()
            .map(|l| Locale::new(l).date(&d))
            .collect();
        assert_eq!(
            said,
            [
                "3 January 2025",
                "3 janvier 2025",
                "3 Januari 2025",
                "3 tháng 1 năm 2025",
                "3 January 2025"
            ]
        );
    }
}
