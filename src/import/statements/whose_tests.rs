//! The rules of the twelfth round (2026-12-07): whose a count is when the text says it
//! of more or less than the province (a district's area, a region of several
//! provinces) or of a span of years. Each with sentences written for the test, in other
//! words than the articles they were found in, and one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
}

#[test]
fn a_count_in_a_districts_area_is_the_districts() {
    let got = keys(
        "Hiện nay, trên địa bàn huyện có 23 HTX và 9 tổ hợp tác với 140 thành viên.",
        "vi",
        2021,
    );
    has(&got, "figures.cooperatives_total=23 (doubt)");
    has(&got, "figures.cooperative_groups=9 (doubt)");
    let got = keys(
        "Ngoài ra, trên địa bàn thị xã còn có 7 tổ hợp tác trồng rau.",
        "vi",
        2021,
    );
    has(&got, "figures.cooperative_groups=7 (doubt)");
    let got = keys(
        "At present, the district has 23 cooperatives and 9 cooperative groups.",
        "en",
        2021,
    );
    has(&got, "figures.cooperatives_total=23 (doubt)");
    // A word of the province between the district's area and the count: the province's.
    let got = keys(
        "Sau khi khảo sát trên địa bàn huyện, Sở cho biết toàn tỉnh có 412 HTX.",
        "vi",
        2021,
    );
    has(&got, "figures.cooperatives_total=412");
    let got = keys(
        "After a visit in the district, officials said the province has 412 cooperatives.",
        "en",
        2021,
    );
    has(&got, "figures.cooperatives_total=412");
}

#[test]
fn a_count_of_a_region_of_several_provinces_is_not_the_provinces() {
    let got = keys(
        "Đến nay, toàn vùng Đồng bằng sông Cửu Long có gần 3.000 HTX và 9.000 tổ hợp tác.",
        "vi",
        2022,
    );
    has(&got, "figures.cooperatives_total=3000 (doubt)");
    has(&got, "figures.cooperative_groups=9000 (doubt)");
    let got = keys(
        "So far the Central Highlands region has more than 2,000 cooperatives.",
        "en",
        2022,
    );
    has(&got, "figures.cooperatives_total=2000 (doubt)");
    // The province's own count, with the region named as where the province is.
    let got = keys(
        "Là tỉnh lớn nhất Tây Nguyên, tỉnh hiện có 640 HTX.",
        "vi",
        2022,
    );
    has(&got, "figures.cooperatives_total=640");
    let got = keys(
        "The Central Highlands region's largest province now has 640 cooperatives.",
        "en",
        2022,
    );
    has(&got, "figures.cooperatives_total=640");
}

#[test]
fn a_count_among_the_cooperatives_of_one_sector_is_that_sectors() {
    // "Trong đó", "Of these" opening the next sentence: the operating ones of the
    // sector's cooperatives, not the province's.
    let vi = "Năm 2022, toàn tỉnh có 45 hợp tác xã trong lĩnh vực vận tải. Trong đó có 40 hợp \
              tác xã đang hoạt động với hơn 900 thành viên.";
    let got = keys(vi, "vi", 2022);
    has(&got, "figures.cooperatives_total=40 (doubt)");
    let en = "In 2022 the province had 45 cooperatives in the transport sector. Of these, 40 \
              cooperatives were operating.";
    let got = keys(en, "en", 2022);
    has(&got, "figures.cooperatives_total=40 (doubt)");
    // A sentence that does not open with those among them is the province's count.
    let vi = "Năm 2022, toàn tỉnh có 45 hợp tác xã trong lĩnh vực vận tải. Toàn tỉnh có 400 \
              hợp tác xã đang hoạt động.";
    let got = keys(vi, "vi", 2022);
    has(&got, "figures.cooperatives_total=400");
}

#[test]
fn an_average_said_of_a_sum_with_no_unit_is_the_sum_of_all() {
    // "tổng" opening the average's words, no "/HTX": the revenue of all of them; the
    // profit listed right after it, with no unit either, is theirs too.
    let vi = "Năm 2022, tổng vốn điều lệ của các HTX 2.100 tỷ đồng, tổng doanh thu bình quân \
              310,5 tỷ đồng, lợi nhuận bình quân 25,1 tỷ đồng.";
    let got = keys(vi, "vi", 2022);
    has(
        &got,
        "figures.avg_revenue_per_cooperative=310500000000/Year (doubt)",
    );
    has(
        &got,
        "figures.avg_profit_per_cooperative=25100000000/Year (doubt)",
    );
    let en = "In 2022 the cooperatives' total charter capital was VND2,100 billion, total \
              average revenue VND310.5 billion, average profit VND25.1 billion.";
    let got = keys(en, "en", 2022);
    has(
        &got,
        "figures.avg_revenue_per_cooperative=310500000000/Year (doubt)",
    );
    has(
        &got,
        "figures.avg_profit_per_cooperative=25100000000/Year (doubt)",
    );
    // With a unit of its own it is one cooperative's, "tổng" or not; and an average
    // whose words do not open with a sum is one's.
    let vi = "Năm 2022, tổng doanh thu bình quân của một HTX 4.800 triệu đồng/năm. Lợi nhuận \
              bình quân đạt 350 triệu đồng.";
    let got = keys(vi, "vi", 2022);
    has(&got, "figures.avg_revenue_per_cooperative=4800000000/Year");
    has(&got, "figures.avg_profit_per_cooperative=350000000/Year");
    let vi = "Năm 2022, tổng vốn điều lệ 2.100 tỷ đồng, doanh thu bình quân 3,2 tỷ đồng.";
    let got = keys(vi, "vi", 2022);
    has(&got, "figures.avg_revenue_per_cooperative=3200000000/Year");
}

#[test]
fn those_in_operation_listed_beside_those_that_are_not_are_a_part() {
    let vi = "Năm 2021, toàn tỉnh có 310 HTX đang hoạt động, 85 HTX ngừng hoạt động chờ giải thể.";
    has(
        &keys(vi, "vi", 2021),
        "figures.cooperatives_total=310 (doubt)",
    );
    let en = "In 2021 the province had 310 cooperatives in operation, while 85 cooperatives \
              had stopped operating.";
    has(
        &keys(en, "en", 2021),
        "figures.cooperatives_total=310 (doubt)",
    );
    // Said alone, those in operation are the province's count.
    let vi = "Năm 2021, toàn tỉnh có 310 HTX đang hoạt động. Tỉnh hỗ trợ 85 HTX chuyển đổi số.";
    has(&keys(vi, "vi", 2021), "figures.cooperatives_total=310");
}

#[test]
fn the_aims_of_a_congresss_resolution_are_for_its_term() {
    let vi = "Năm 2025, Đại hội nhiệm kỳ 2025-2030 thành công. Nghị quyết Đại hội đề ra các \
              chỉ tiêu: phấn đấu thành lập mới 120 HTX và 300 tổ hợp tác.";
    has(
        &keys(vi, "vi", 2025),
        "targets.cooperatives_new=120 (doubt)",
    );
    let en = "In 2025 the congress closed. The congress resolution set the target of \
              establishing 120 new cooperatives.";
    has(
        &keys(en, "en", 2025),
        "targets.cooperatives_new=120 (doubt)",
    );
    // Naming next year, the resolution's aims are that year's target.
    let vi = "Năm 2026, thực hiện Nghị quyết Đại hội, tỉnh phấn đấu thành lập mới 30 HTX.";
    has(&keys(vi, "vi", 2025), "targets.cooperatives_new=30");
}
