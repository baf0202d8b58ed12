//! The articles of `tests/import/` and what a person reads in each.

/// One article and what a person reads in it.
pub struct Case {
    pub file: &'static str,
    pub args: &'static [&'static str],
    /// Where the report is written.
    pub path: &'static str,
    /// `date`, `year`, `union`, `region` and `lang`, as YAML.
    pub head: &'static str,
    /// Exactly the figures and targets written, as YAML.
    pub written: &'static str,
    /// What a person reads that is not written (two values for one key, a figure
    /// that could be the groups'): `section.key=value`, counted against recall.
    pub missed: &'static [&'static str],
}

pub const CASES: &[Case] = &[
    Case {
        file: "seeds/000_155f8a6cce4c3162.txt",
        args: &["--region", "Province A"],
        path: "content/2023/province-a-2023.md",
        head: "{date: 2023-12-28, year: 2023, union: Kesatuan Koperasi Wilayah, region: Province A, lang: ms}",
        written: "figures:
  cooperatives_total: 895
  cooperatives_new: 38
  cooperatives_effective: 520
  avg_revenue_per_cooperative: 2295000000
  avg_income_per_worker: 58000000
  cooperatives_farm_products_linked: 225
  cooperatives_high_tech: 30
  cooperatives_ocop: 79
",
        missed: &["figures.ocop_products_3_star=170", "figures.ocop_products_total=430"],
    },
    Case {
        file: "seeds/003_0c6a1c5f0ce0fe4a.txt",
        args: &["--region", "Province B"],
        path: "content/2024/province-b-2024.md",
        head: "{date: 2025-01-03, year: 2024, union: Union coopérative provinciale, region: Province B, lang: fr}",
        written: "figures:
  cooperatives_total: 1059
  cooperatives_new: 241
  cooperatives_agricultural: 740
  cooperative_groups: 215
  cooperative_group_members: 840
  avg_revenue_per_cooperative: 850000000
  avg_profit_per_cooperative: 300000000
  avg_income_per_worker: {amount: 5600000, per: month}
targets:
  cooperatives_new: 60
",
        missed: &[
            "figures.avg_revenue_per_cooperative_group=280000000",
            "figures.avg_income_per_cooperative_group_member=5000000/month",
        ],
    },
    Case {
        file: "vi_hoa_binh_2023.txt",
        args: &[],
        path: "content/2023/hoa-binh-2023.md",
        head: "{date: 2023-12-28, year: 2023, union: Liên minh HTX tỉnh Hòa Bình, region: Hòa Bình, lang: vi}",
        written: "figures:
  cooperatives_total: 654
  cooperatives_new: 62
  cooperatives_effective: 412
  cooperatives_agricultural: 398
  cooperative_groups: 1235
  cooperative_group_members: 9870
  avg_revenue_per_cooperative: 2200000000
  avg_profit_per_cooperative: 215000000
  avg_income_per_worker: {amount: 5300000, per: month}
  avg_revenue_per_cooperative_group: {amount: 320000000}
  cooperative_members: 12000
  cooperatives_dissolved: 18
  cooperatives_high_tech: 35
  cooperatives_ocop: 86
  ocop_products_3_star: 142
targets:
  cooperatives_total: 700
  cooperatives_new: 60
  avg_revenue_per_cooperative: 2500000000
  avg_income_per_worker: {amount: 5800000, per: month}
",
        missed: &[],
    },
    Case {
        file: "vi_thai_nguyen_2024.txt",
        args: &[],
        path: "content/2024/thai-nguyen-2024.md",
        head: "{date: 2025-01-10, year: 2024, union: Liên minh HTX tỉnh Thái Nguyên, region: Thái Nguyên, lang: vi}",
        written: "figures:
  cooperatives_total: 1012
  cooperatives_new: 97
  cooperatives_effective: 640
  cooperatives_agricultural: 702
  cooperative_groups: 1000
  cooperative_group_members: 7420
  avg_revenue_per_cooperative: 3100000000
  avg_profit_per_cooperative: 290000000
  avg_revenue_per_cooperative_group: {amount: 250000000}
  cooperative_members: 5854
  cooperatives_farm_products_linked: 225
  ocop_products: 48
targets:
  cooperatives_new: 80
",
        missed: &[],
    },
    Case {
        file: "vi_quang_ngai_2023.txt",
        args: &[],
        path: "content/2023/quang-ngai-2023.md",
        head: "{date: 2024-01-05, year: 2023, union: Liên minh HTX tỉnh Quảng Ngãi, region: Quảng Ngãi, lang: vi}",
        written: "figures:
  cooperatives_total: 342
  cooperatives_new: 28
  cooperatives_agricultural: 205
  cooperative_groups: 415
  cooperative_group_members: 3200
  avg_revenue_per_cooperative: 1850000000
  avg_profit_per_cooperative: 120000000
  avg_income_per_worker: 62000000
  avg_income_per_cooperative_group_member: {amount: 3200000, per: month}
  cooperative_members: 21000
targets:
  cooperatives_new: 30
  avg_revenue_per_cooperative: 2000000000
  avg_income_per_worker: 65000000
",
        missed: &[],
    },
    Case {
        file: "vi_nghe_an_2024.txt",
        args: &[],
        path: "content/2024/nghe-an-2024.md",
        head: "{date: 2025-01-08, year: 2024, union: Liên minh HTX tỉnh Nghệ An, region: Nghệ An, lang: vi}",
        written: "figures:
  cooperatives_new: 76
  cooperatives_effective: 735
  cooperative_groups: 1450
  avg_revenue_per_cooperative: 2800000000
  avg_income_per_worker: {amount: 5500000, per: month}
  cooperative_members: 85000
  cooperatives_dissolved: 21
  cooperatives_high_tech: 48
  cooperatives_value_chain: 130
targets:
  cooperatives_new: 100
  avg_income_per_worker: {amount: 6000000, per: month}
",
        // Two totals (1.130 early, 1.185 after the year-end review) and an income
        // after the groups' count that could be theirs: left out, listed.
        missed: &[
            "figures.cooperatives_total=1185",
            "figures.avg_income_per_cooperative_group_member=3800000/month",
        ],
    },
    Case {
        file: "vi_ben_tre_2023.txt",
        args: &[],
        path: "content/2023/ben-tre-2023.md",
        head: "{date: 2023-12-27, year: 2023, union: Liên minh Hợp tác xã tỉnh Bến Tre, region: Bến Tre, lang: vi}",
        written: "figures:
  cooperatives_total: 186
  cooperatives_new: 19
  cooperatives_effective: 97
  cooperatives_agricultural: 104
  cooperative_groups: 2416
  cooperative_group_members: 38460
  avg_revenue_per_cooperative: 4600000000
  avg_profit_per_cooperative: 386000000
  avg_income_per_worker: 72000000
  cooperative_members: 21000
  cooperatives_dissolved: 7
targets:
  cooperatives_new: 20
  avg_income_per_worker: 75000000
",
        missed: &[],
    },
    Case {
        file: "en_bac_giang_2023.txt",
        args: &[],
        path: "content/2023/bac-giang-2023.md",
        head: "{date: 2023-12-27, year: 2023, union: Bac Giang Provincial Cooperative Union, region: Bắc Giang, lang: en}",
        written: "figures:
  cooperatives_total: 1108
  cooperatives_new: 58
  cooperatives_effective: 712
  cooperatives_agricultural: 684
  cooperative_groups: 1540
  cooperative_group_members: 11200
  avg_revenue_per_cooperative: 2300000000
  avg_profit_per_cooperative: 245000000
  avg_income_per_worker: 62000000
  avg_revenue_per_cooperative_group: {amount: 310000000}
  ocop_products_3_star: 73
targets:
  cooperatives_new: 65
  avg_income_per_worker: 65000000
",
        missed: &[],
    },
    Case {
        file: "en_lam_dong_2024.txt",
        args: &[],
        path: "content/2024/lam-dong-2024.md",
        head: "{date: 2025-01-08, year: 2024, union: Cooperative Union of Lam Dong province, region: Lâm Đồng, lang: en}",
        written: "figures:
  cooperatives_total: 574
  cooperatives_new: 49
  cooperatives_agricultural: 402
  cooperative_groups: 310
  avg_revenue_per_cooperative: 4100000000
  avg_profit_per_cooperative: 380000000
  avg_income_per_worker: {amount: 7200000, per: month}
  cooperatives_dissolved: 12
  ocop_products: 215
targets:
  cooperatives_total: 600
  cooperatives_new: 50
",
        missed: &[],
    },
    Case {
        file: "en_ha_tinh_2024.txt",
        args: &[],
        path: "content/2024/ha-tinh-2024.md",
        head: "{date: 2025-01-06, year: 2024, union: Ha Tinh Cooperative Union, region: Hà Tĩnh, lang: en}",
        written: "figures:
  cooperatives_total: 812
  cooperatives_new: 64
  cooperatives_effective: 356
  cooperative_groups: 2140
  cooperative_group_members: 19800
  avg_revenue_per_cooperative: 3400000000
  avg_profit_per_cooperative: 290000000
  avg_income_per_worker: {amount: 5900000, per: month}
  avg_income_per_cooperative_group_member: {amount: 3100000, per: month}
  cooperatives_dissolved: 23
targets:
  cooperatives_new: 70
  avg_revenue_per_cooperative: 3800000000
",
        missed: &[],
    },
    // Written after the patterns, and imported before any change to them: two wrong
    // figures (a list item's 20 new groups read as all groups; a target income read as
    // the groups'), three missed; both fixed since.
    Case {
        file: "vi_gia_lai_2024.txt",
        args: &[],
        path: "content/2024/gia-lai-2024.md",
        head: "{date: 2025-01-15, year: 2024, union: Liên minh HTX tỉnh Gia Lai, region: Gia Lai, lang: vi}",
        written: "figures:
  cooperatives_total: 418
  cooperatives_new: 46
  cooperatives_effective: 251
  cooperatives_agricultural: 321
  cooperative_groups: 532
  cooperative_group_members: 6200
  avg_revenue_per_cooperative: 2750000000
  avg_profit_per_cooperative: 210000000
  avg_income_per_worker: {amount: 4900000, per: month}
  avg_revenue_per_cooperative_group: {amount: 180000000}
  cooperatives_ocop: 31
targets:
  cooperatives_new: 50
  avg_income_per_worker: {amount: 5300000, per: month}
  cooperative_groups_new: 20
",
        missed: &[],
    },
    Case {
        file: "en_thanh_hoa_2023.txt",
        args: &[],
        path: "content/2023/thanh-hoa-2023.md",
        head: "{date: 2023-12-26, year: 2023, union: Thanh Hoa provincial Cooperative Union, region: Thanh Hóa, lang: en}",
        written: "figures:
  cooperatives_total: 1224
  cooperatives_new: 128
  cooperatives_effective: 702
  cooperatives_agricultural: 790
  cooperative_groups: 3870
  cooperative_group_members: 42500
  avg_revenue_per_cooperative: 3150000000
  avg_profit_per_cooperative: 256000000
  avg_income_per_worker: {amount: 5600000, per: month}
  cooperatives_dissolved: 96
targets:
  cooperatives_new: 130
",
        missed: &[],
    },
    Case {
        file: "fr_binh_dinh_2024.txt",
        args: &[],
        path: "content/2024/binh-dinh-2024.md",
        head: "{date: 2025-01-09, year: 2024, union: Union des coopératives de la province de Binh Dinh, region: Bình Định, lang: fr}",
        written: "figures:
  cooperatives_total: 398
  cooperatives_new: 37
  cooperatives_effective: 214
  cooperatives_agricultural: 281
  cooperative_groups: 1250
  cooperative_group_members: 13400
  avg_revenue_per_cooperative: 2900000000
  avg_profit_per_cooperative: 240000000
  avg_income_per_worker: {amount: 5200000, per: month}
targets:
  cooperatives_new: 40
",
        missed: &[],
    },
];
