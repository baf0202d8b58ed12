//! The rules of the tenth round (2026-12-07): when and whose a figure in its own
//! sentence is. Each with sentences written for the test, in other words than the
//! articles they were found in, and one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
}

#[test]
fn new_ones_a_rating_leaves_out_are_not_the_years_new_ones() {
    let got = keys(
        "Kết quả xếp loại: 210 HTX tốt, 95 HTX trung bình; 17 HTX mới thành lập chưa đủ 12 tháng nên chưa được xếp loại.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_new=17 (doubt)");
    let got = keys(
        "Of the 640 cooperatives, 310 were rated good, while 25 newly founded cooperatives have not yet been classified.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_new=25 (doubt)");
    // New ones of the year, with a rating in another clause: the year's.
    let got = keys(
        "Trong năm, toàn tỉnh thành lập mới 41 HTX, chưa đánh giá hết hiệu quả hoạt động của các HTX cũ.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_new=41");
    let got = keys(
        "In 2024 the province set up 41 new cooperatives; most older ones are not yet rated.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_new=41");
}

#[test]
fn members_counted_with_workers_are_not_the_groups_members() {
    let got = keys(
        "Toàn tỉnh có 240 tổ hợp tác, thu hút hơn 3.100 thành viên và người lao động tham gia.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperative_group_members=3100 (doubt)");
    let got = keys(
        "The province has 240 cooperative groups with 3,100 members and workers.",
        "en",
        2024,
    );
    has(&got, "figures.cooperative_group_members=3100 (doubt)");
    // Members, then another count joined by "and": the members alone.
    let got = keys(
        "Toàn tỉnh có 240 tổ hợp tác với 3.100 thành viên và 95 hợp tác xã.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperative_group_members=3100");
}

#[test]
fn cooperatives_reorganised_are_those_a_part() {
    let got = keys(
        "Năm 2024, thành lập mới và tổ chức lại hơn 35 HTX theo Luật Hợp tác xã.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=35 (doubt)");
    let got = keys(
        "In 2024 the province restructured 35 cooperatives.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=35 (doubt)");
    // Reorganised production, then a count of all of them: the province's.
    let got = keys(
        "Các HTX tổ chức lại sản xuất theo chuỗi giá trị; toàn tỉnh hiện có 620 HTX.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=620");
}

#[test]
fn groups_that_hold_cooperatives_and_groups_are_several_kinds_of_bodies() {
    let got = keys(
        "Đến nay, toàn tỉnh có khoảng 2.800 tổ hợp tác, trong đó có 640 HTX, 2.100 tổ hợp tác và 25 quỹ tín dụng nhân dân.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperative_groups=2800 (doubt)");
    has(&got, "figures.cooperative_groups=2100");
    let got = keys(
        "The province has about 2,800 cooperative groups, of which 640 cooperatives and 2,100 cooperative groups.",
        "en",
        2024,
    );
    has(&got, "figures.cooperative_groups=2800 (doubt)");
    // Groups, then cooperatives, and no groups among them: the groups' count.
    let got = keys(
        "Toàn tỉnh có 2.800 tổ hợp tác và 640 HTX, trong đó 310 HTX nông nghiệp.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperative_groups=2800");
    // Changes after it are no parts of it.
    let got = keys(
        "Toàn tỉnh có 2.800 tổ hợp tác và 140 HTX, giảm 9 tổ hợp tác và tăng 3 HTX so với năm trước.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperative_groups=2800");
}

#[test]
fn effective_ones_rated_in_another_year_are_that_years() {
    let got = keys(
        "Hiện toàn tỉnh có khoảng 45 HTX hoạt động hiệu quả theo kết quả xếp loại năm 2023.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_effective=45 (doubt)");
    let got = keys(
        "Currently, 45 cooperatives operate effectively as rated in 2023.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_effective=45 (doubt)");
    // Rated in the year under review: the year's.
    let got = keys(
        "Hiện toàn tỉnh có 45 HTX hoạt động hiệu quả theo kết quả xếp loại năm 2024.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_effective=45");
}
