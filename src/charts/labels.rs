//! Chart words in the site's language (en, fr, ms, vi; English otherwise).

use crate::numfmt::primary;

pub struct Labels {
    pub year: &'static str,
    pub counts_title: &'static str,
    pub incomes_title: &'static str,
    pub total_by_region_title: &'static str,
    pub income_by_region_title: &'static str,
    pub report_title: &'static str,
    pub cooperatives: &'static str,
    pub million_vnd: &'static str,
    pub billion_vnd: &'static str,
    pub largest_of: &'static str,
    pub highlighted: &'static str,
}

const EN: Labels = Labels {
    year: "Year",
    counts_title: "Cooperatives over the years",
    incomes_title: "Average revenue, profit and income over the years",
    total_by_region_title: "Cooperatives by region over the years",
    income_by_region_title: "Average income per worker by region over the years",
    report_title: "Cooperatives in the region, year by year",
    cooperatives: "Cooperatives",
    million_vnd: "Million VND per year",
    billion_vnd: "Billion VND per year",
    largest_of: "regions with the most cooperatives, of",
    highlighted: "highlighted",
};

const FR: Labels = Labels {
    year: "Année",
    counts_title: "Coopératives au fil des années",
    incomes_title: "Chiffre d'affaires, bénéfice et revenu moyens au fil des années",
    total_by_region_title: "Coopératives par région au fil des années",
    income_by_region_title: "Revenu moyen par travailleur par région au fil des années",
    report_title: "Coopératives de la région, année par année",
    cooperatives: "Coopératives",
    million_vnd: "Millions de VND par an",
    billion_vnd: "Milliards de VND par an",
    largest_of: "régions comptant le plus de coopératives, sur",
    highlighted: "en évidence",
};

const MS: Labels = Labels {
    year: "Tahun",
    counts_title: "Koperasi mengikut tahun",
    incomes_title: "Purata hasil, keuntungan dan pendapatan mengikut tahun",
    total_by_region_title: "Koperasi mengikut wilayah dan tahun",
    income_by_region_title: "Purata pendapatan setiap pekerja mengikut wilayah dan tahun",
    report_title: "Koperasi di wilayah ini, tahun demi tahun",
    cooperatives: "Koperasi",
    million_vnd: "Juta VND setahun",
    billion_vnd: "Bilion VND setahun",
    largest_of: "wilayah dengan koperasi terbanyak, daripada",
    highlighted: "diserlahkan",
};

const VI: Labels = Labels {
    year: "Năm",
    counts_title: "Số hợp tác xã qua các năm",
    incomes_title: "Doanh thu, lợi nhuận và thu nhập bình quân qua các năm",
    total_by_region_title: "Số hợp tác xã theo tỉnh qua các năm",
    income_by_region_title: "Thu nhập bình quân người lao động theo tỉnh qua các năm",
    report_title: "Số hợp tác xã của tỉnh qua từng năm",
    cooperatives: "Hợp tác xã",
    million_vnd: "Triệu VND mỗi năm",
    billion_vnd: "Tỷ VND mỗi năm",
    largest_of: "tỉnh có nhiều hợp tác xã nhất, trong số",
    highlighted: "được tô đậm",
};

pub fn labels(lang: &str) -> &'static Labels {
    match primary(lang) {
        "fr" => &FR,
        "ms" => &MS,
        "vi" => &VI,
        _ => &EN,
    }
}
