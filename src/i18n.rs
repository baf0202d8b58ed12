//! The words of the default theme in the site's language (en, fr, ms, vi; English
//! for any other), handed to templates as `t`.

use std::collections::BTreeMap;

use crate::numfmt::primary;

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
    // Figure names, as `fig_<key>`.
    ["fig_cooperatives_total", "Cooperatives", "Coopératives", "Koperasi", "Số hợp tác xã"],
    ["fig_cooperatives_new", "New cooperatives", "Nouvelles coopératives", "Koperasi baharu", "Hợp tác xã thành lập mới"],
    ["fig_cooperatives_effective", "Effective cooperatives", "Coopératives efficaces", "Koperasi berkesan", "Hợp tác xã hoạt động hiệu quả"],
    ["fig_cooperatives_agricultural", "Agricultural cooperatives", "Coopératives agricoles", "Koperasi pertanian", "Hợp tác xã nông nghiệp"],
    ["fig_cooperative_groups", "Cooperative groups", "Groupes coopératifs", "Kumpulan koperasi", "Tổ hợp tác"],
    ["fig_cooperative_group_members", "Cooperative group members", "Membres des groupes coopératifs", "Ahli kumpulan koperasi", "Thành viên tổ hợp tác"],
    ["fig_avg_revenue_per_cooperative", "Average revenue per cooperative", "Chiffre d'affaires moyen par coopérative", "Purata hasil setiap koperasi", "Doanh thu bình quân một hợp tác xã"],
    ["fig_avg_profit_per_cooperative", "Average profit per cooperative", "Bénéfice moyen par coopérative", "Purata keuntungan setiap koperasi", "Lợi nhuận bình quân một hợp tác xã"],
    ["fig_avg_income_per_worker", "Average income per worker", "Revenu moyen par travailleur", "Purata pendapatan setiap pekerja", "Thu nhập bình quân người lao động"],
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

/// The name of a figure: translated for known keys, from the key itself otherwise
/// (`ocop_products` → "Ocop products").
pub fn figure_label(key: &str, lang: &str) -> String {
    let c = column(lang);
    let wanted = format!("fig_{key}");
    if let Some(row) = STRINGS.iter().find(|row| row[0] == wanted) {
        return row[c].to_string();
    }
    let words = key.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
    fn labels_known_and_other_figures() {
        assert_eq!(figure_label("cooperatives_new", "en"), "New cooperatives");
        assert_eq!(
            figure_label("cooperatives_high_tech", "en"),
            "Cooperatives high tech"
        );
    }
}
