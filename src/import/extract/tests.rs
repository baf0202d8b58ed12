use super::*;
use crate::import::decide::{decide, Chosen};

/// What is written from `text`: (section, key, value as shown).
fn written(text: &str, lang: Lang, year: i32) -> Vec<String> {
    let d = decide(extract(text, lang, year));
    let show = |s: &str, c: &Chosen| format!("{s}.{}={}", c.key, c.val.show());
    let mut out: Vec<String> = d.figures.iter().map(|c| show("figures", c)).collect();
    out.extend(d.targets.iter().map(|c| show("targets", c)));
    out
}

/// What is left out: "section.key=value".
fn left(text: &str, lang: Lang, year: i32) -> Vec<String> {
    decide(extract(text, lang, year))
        .left
        .iter()
        .map(|l| format!("{}.{}={}", l.section.name(), l.key, l.val.show()))
        .collect()
}

#[test]
fn vietnamese_counts_by_what_the_words_say() {
    let text = "Toàn tỉnh thành lập mới 62 HTX, tăng 14 HTX so với năm 2022, nâng tổng số HTX \
        lên 654 HTX. Trong đó có 398 HTX nông nghiệp; có 412 HTX hoạt động hiệu quả, 46 HTX \
        hoạt động kém hiệu quả, 18 HTX giải thể.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec![
            "figures.cooperatives_total=654",
            "figures.cooperatives_new=62",
            "figures.cooperatives_effective=412",
            "figures.cooperatives_agricultural=398",
            "figures.cooperatives_dissolved=18",
        ]
    );
}

#[test]
fn a_part_named_after_the_whole() {
    let text = "Toàn tỉnh có 1.059 HTX, trong đó 520 hoạt động hiệu quả.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec![
            "figures.cooperatives_total=1059",
            "figures.cooperatives_effective=520"
        ]
    );
    let text = "The province has 1,059 cooperatives, of which 520 operated effectively.";
    assert_eq!(written(text, Lang::En, 2023).len(), 2);
}

#[test]
fn last_years_figures_and_changes_are_not_this_years() {
    let text = "Năm 2022, toàn tỉnh có 934 HTX. Hiện có 1.012 HTX, tăng 78 HTX. In 2022 there were 5 cooperatives.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec!["figures.cooperatives_total=1012"]
    );
}

#[test]
fn counts_with_more_said_of_them_are_not_the_total() {
    for text in [
        "Toàn tỉnh có 16 HTX đạt chuẩn HTX kiểu mới.",
        "Quỹ đã cho 25 HTX vay với tổng số tiền 12 tỷ đồng.",
        "Hỗ trợ 24 HTX tham gia hội chợ; 30 THT tham gia tập huấn; đào tạo 800 thành viên.",
        "Số HTX xếp loại tốt và khá là 189 HTX.",
        "Sáng 28/12, 150 đại biểu dự hội nghị; 170/430 sản phẩm đạt OCOP 3 sao.",
    ] {
        assert_eq!(
            written(text, Lang::Vi, 2023),
            Vec::<String>::new(),
            "{text}"
        );
    }
}

#[test]
fn farm_products_are_not_agriculture() {
    let text = "terdapat 225 koperasi yang dikaitkan dengan penggunaan produk pertanian , 30 koperasi menggunakan teknologi tinggi dalam pengeluaran.";
    assert_eq!(
        written(text, Lang::Ms, 2023),
        vec![
            "figures.cooperatives_farm_products_linked=225",
            "figures.cooperatives_high_tech=30"
        ]
    );
    let text = "Có 225 HTX liên kết tiêu thụ nông sản; 130 HTX nông nghiệp tham gia chuỗi giá trị.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec![
            "figures.cooperatives_farm_products_linked=225",
            "figures.cooperatives_value_chain=130"
        ]
    );
}

#[test]
fn groups_and_their_members_beside_cooperatives() {
    let text = "Toàn tỉnh có 5.854 thành viên HTX và hơn 1.000 tổ hợp tác với 7.420 thành viên. \
        Tổ hợp tác có doanh thu bình quân khoảng 250 triệu đồng/năm.";
    assert_eq!(
        written(text, Lang::Vi, 2024),
        vec![
            "figures.cooperative_groups=1000",
            "figures.cooperative_group_members=7420",
            "figures.avg_revenue_per_cooperative_group=250000000 VND a year",
            "figures.cooperative_members=5854",
        ]
    );
}

#[test]
fn money_read_as_each_average() {
    let text = "Doanh thu bình quân của HTX đạt 2,2 tỷ đồng/năm, tăng 150 triệu đồng so với năm \
        2022; lợi nhuận bình quân đạt 215 triệu đồng/HTX/năm. Thu nhập bình quân của người lao \
        động đạt 5,3 triệu đồng/người/tháng. Thu nhập bình quân đầu người của tỉnh đạt 68 triệu \
        đồng. Tổng vốn điều lệ đạt 520 tỷ đồng; kinh phí hỗ trợ 1,5 tỷ đồng.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec![
            "figures.avg_revenue_per_cooperative=2200000000 VND a year",
            "figures.avg_profit_per_cooperative=215000000 VND a year",
            "figures.avg_income_per_worker=5300000 VND a month",
        ]
    );
    let text = "Tổng doanh thu của các HTX đạt 2.950 tỷ đồng, bình quân 2,8 tỷ đồng/HTX/năm.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec!["figures.avg_revenue_per_cooperative=2800000000 VND a year"]
    );
}

#[test]
fn french_revenu_is_read_by_whose_it_is() {
    let text = "Le revenu moyen d’une coopérative est estimé à 850 millions de VND/an ; Le revenu \
        moyen d'un membre et d'un travailleur de la coopérative est de 5,6 millions de \
        VND/personne/mois.";
    assert_eq!(
        written(text, Lang::Fr, 2024),
        vec![
            "figures.avg_revenue_per_cooperative=850000000 VND a year",
            "figures.avg_income_per_worker=5600000 VND a month",
        ]
    );
}

#[test]
fn after_the_groups_an_average_could_be_theirs() {
    let text =
        "La province compte actuellement 215 groupes coopératifs (GCT) comptant environ 840 \
        membres participants. Le revenu moyen d’une coopérative est estimé à 280 millions de \
        VND/an. Le revenu moyen atteint plus de 5 millions de VND par personne et par mois.";
    assert_eq!(
        written(text, Lang::Fr, 2024),
        vec![
            "figures.cooperative_groups=215",
            "figures.cooperative_group_members=840"
        ]
    );
    assert_eq!(
        left(text, Lang::Fr, 2024),
        vec![
            "figures.avg_revenue_per_cooperative=280000000 VND a year",
            "figures.avg_income_per_worker=5000000 VND a month",
        ]
    );
}

#[test]
fn ranges_and_two_values_are_left_out() {
    let text = "Thu nhập bình quân của người lao động từ 4,5 - 5 triệu đồng/người/tháng. Tổng số \
        HTX là 1.130 HTX. Tổng số HTX đang hoạt động nâng lên 1.185 HTX.";
    assert_eq!(written(text, Lang::Vi, 2024), Vec::<String>::new());
    assert_eq!(
        left(text, Lang::Vi, 2024),
        vec![
            "figures.avg_income_per_worker=5000000 VND a month",
            "figures.cooperatives_total=1130",
            "figures.cooperatives_total=1185",
        ]
    );
}

#[test]
fn next_years_aims_are_targets() {
    let text = "Năm 2024, Liên minh HTX tỉnh đặt mục tiêu:\n\n- Thành lập mới 30 HTX;\n\n- Phấn \
        đấu doanh thu bình quân đạt 2 tỷ đồng/HTX/năm.\n\nHội nghị biểu dương 20 HTX.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec![
            "targets.cooperatives_new=30",
            "targets.avg_revenue_per_cooperative=2000000000 VND a year",
        ]
    );
    let text = "en s’efforçant d’avoir 60 nouvelles coopératives créées d’ici 2025.";
    assert_eq!(
        written(text, Lang::Fr, 2024),
        vec!["targets.cooperatives_new=60"]
    );
    let text = "For 2025, the target is to establish at least 50 new cooperatives and to have 600 cooperatives in total.";
    assert_eq!(
        written(text, Lang::En, 2024),
        vec![
            "targets.cooperatives_total=600",
            "targets.cooperatives_new=50"
        ]
    );
    // A result against last year's target is not a target.
    let text = "Năm 2023, thành lập mới 45 HTX, vượt chỉ tiêu đề ra.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec!["figures.cooperatives_new=45"]
    );
}

#[test]
fn english_money_and_counts() {
    let text = "In 2023, 58 new cooperatives were established, bringing the total number of \
        cooperatives to 1,108, an increase of 41 cooperatives compared with 2022. The average \
        revenue of a cooperative reached VND 2.3 billion per year. Members earned 7.2 million VND \
        per month on average, up from 6.8 million VND in 2022. The province's GRDP per capita \
        reached 78 million VND; support of $1.2 million.";
    assert_eq!(
        written(text, Lang::En, 2023),
        vec![
            "figures.cooperatives_total=1108",
            "figures.cooperatives_new=58",
            "figures.avg_revenue_per_cooperative=2300000000 VND a year",
            "figures.avg_income_per_worker=7200000 VND a month",
        ]
    );
}

#[test]
fn parts_above_the_total_are_left_out() {
    let text = "Toàn tỉnh có 100 HTX. Thành lập mới 120 HTX.";
    assert_eq!(
        written(text, Lang::Vi, 2023),
        vec!["figures.cooperatives_total=100"]
    );
}

#[test]
fn list_items_share_what_the_words_say_and_workers_are_not_members() {
    let text = "Năm 2025, Liên minh HTX tỉnh phấn đấu thành lập mới 50 HTX, 20 tổ hợp tác; nâng \
        thu nhập bình quân của người lao động lên 5,3 triệu đồng/người/tháng.";
    assert_eq!(
        written(text, Lang::Vi, 2024),
        vec![
            "targets.cooperatives_new=50",
            "targets.avg_income_per_worker=5300000 VND a month",
            "targets.cooperative_groups_new=20",
        ]
    );
    let text =
        "Có 321 HTX hoạt động trong lĩnh vực nông nghiệp; 31 HTX có sản phẩm được công nhận OCOP.";
    assert_eq!(
        written(text, Lang::Vi, 2024),
        vec![
            "figures.cooperatives_agricultural=321",
            "figures.cooperatives_ocop=31"
        ]
    );
    let text = "In 2024, the province strives to set up 130 new cooperatives, up 20 on 2023.";
    assert_eq!(
        written(text, Lang::En, 2023),
        vec!["targets.cooperatives_new=130"]
    );
}
