//! The rules of round 4 of #23 (what a count or an average is about): each with
//! sentences written for the test, in other words than the articles they were found
//! in, and one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
}

#[test]
fn an_average_said_of_some_sectors_is_theirs() {
    let got = keys(
        "Đời sống của thành viên được cải thiện, một số lĩnh vực có thu nhập bình quân trên \
         7 triệu đồng/người/tháng như vận tải, xây dựng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=7000000/Month (doubt)");
    let got = keys(
        "In 2024, the average income of workers in several sectors exceeded VND 5 million \
         per person per month.",
        "en",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=5000000/Month (doubt)");
    // All sectors ("các lĩnh vực", "all sectors"): the province's.
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động ở các lĩnh vực đạt 5,2 triệu \
         đồng/người/tháng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=5200000/Month");
    let got = keys(
        "In 2024, the average income of workers across all sectors was VND 5.4 million \
         per person per month.",
        "en",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=5400000/Month");
}

#[test]
fn an_average_under_counts_of_one_kind_is_that_kinds() {
    let got = keys(
        "Cuối năm 2024, tỉnh có 180 hợp tác xã nông nghiệp. Lợi nhuận bình quân đạt 150 \
         triệu đồng/HTX/năm.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_agricultural=180");
    has(
        &got,
        "figures.avg_profit_per_cooperative=150000000/Year (doubt)",
    );
    // The abbreviation offices write: "HTX NN".
    let got = keys(
        "Năm 2024, doanh thu bình quân của HTX NN đạt 3 tỷ đồng.",
        "vi",
        2024,
    );
    has(
        &got,
        "figures.avg_revenue_per_cooperative=3000000000/Year (doubt)",
    );
    let got = keys(
        "By the end of 2024 the province had 95 agricultural cooperatives. Their average \
         revenue was VND 2.4 billion per cooperative.",
        "en",
        2024,
    );
    has(
        &got,
        "figures.avg_revenue_per_cooperative=2400000000/Year (doubt)",
    );
    // A count of all cooperatives in the paragraph: the average is the province's.
    let got = keys(
        "By the end of 2024 the province had 310 cooperatives, including 95 agricultural \
         cooperatives. The average revenue was VND 2.4 billion per cooperative.",
        "en",
        2024,
    );
    has(&got, "figures.avg_revenue_per_cooperative=2400000000/Year");
    // Counts of two kinds are parts of all of them.
    let got = keys(
        "Năm 2024, toàn tỉnh có 120 HTX nông nghiệp và 40 HTX phi nông nghiệp; thu nhập \
         bình quân của người lao động đạt 5 triệu đồng/người/tháng.",
        "vi",
        2024,
    );
    has(&got, "figures.avg_income_per_worker=5000000/Month");
    // A count of another paragraph says nothing of this one's.
    let got = keys(
        "Năm 2024, tỉnh có 180 HTX nông nghiệp.\n\nNăm 2024, lợi nhuận bình quân của các \
         HTX đạt 150 triệu đồng/HTX/năm.\n",
        "vi",
        2024,
    );
    has(&got, "figures.avg_profit_per_cooperative=150000000/Year");
}

#[test]
fn the_members_of_a_kinds_groups_are_a_part() {
    let got = keys(
        "Năm 2024, tỉnh có 410 tổ hợp tác nông nghiệp với 5.300 tổ viên.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperative_group_members=5300 (doubt)");
    let got = keys(
        "In 2024 there were 410 agricultural cooperative groups with 5,300 members.",
        "en",
        2024,
    );
    has(&got, "figures.cooperative_group_members=5300 (doubt)");
    // Groups of both kinds, or of no kind: all of them.
    let got = keys(
        "Năm 2024, tỉnh có 410 tổ hợp tác nông nghiệp và phi nông nghiệp, với 5.300 tổ viên.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperative_group_members=5300");
    let got = keys(
        "In 2024 there were 410 cooperative groups with 5,300 members.",
        "en",
        2024,
    );
    has(&got, "figures.cooperative_group_members=5300");
}

#[test]
fn a_figure_at_the_middle_of_the_year_is_a_part_when_the_text_states_its_end() {
    let got = keys(
        "Đến hết ngày 30/6/2024, toàn tỉnh có 410 HTX. Ước đến cuối năm 2024, toàn tỉnh có \
         425 HTX.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=410 (doubt)");
    has(&got, "figures.cooperatives_total=425");
    let got = keys(
        "In the first half of 2024, 6 new cooperatives were set up. For the whole year 2024, \
         15 new cooperatives were established.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_new=6 (doubt)");
    has(&got, "figures.cooperatives_new=15");
    // No figure at the year's end: the middle of the year is what the text gives
    // (a half-year review); nor is a year's end compared with one.
    let got = keys(
        "Tính đến 30/6/2024, toàn tỉnh có 410 HTX, tăng 12 HTX so với cuối năm 2023.",
        "vi",
        2024,
    );
    has(&got, "figures.cooperatives_total=410");
}

#[test]
fn cooperatives_of_the_new_type_are_a_kind_not_new_ones() {
    let vi = "Năm 2022, toàn tỉnh có 140 HTX. Có 12 HTX được củng cố theo mô hình kiểu mới. \
              Toàn tỉnh có 30 hợp tác xã kiểu mới.";
    let got = keys(vi, "vi", 2022);
    has(&got, "figures.cooperatives_total=140");
    has(&got, "figures.cooperatives_total=12 (doubt)");
    has(&got, "figures.cooperatives_new=30 (doubt)");
    let en = "In 2022 the province had 140 cooperatives. It counts 30 new-type cooperatives.";
    let got = keys(en, "en", 2022);
    has(&got, "figures.cooperatives_total=140");
    has(&got, "figures.cooperatives_total=30 (doubt)");
    // "new-style" said of rural areas is no type of cooperatives.
    has(
        &keys(
            "In 2022 the province had 75 cooperatives building new-style rural areas.",
            "en",
            2022,
        ),
        "figures.cooperatives_total=75",
    );
    // New ones ("mới" alone, "new"), without the words of a type, are still new.
    has(
        &keys("Năm 2022, toàn tỉnh thành lập 30 HTX mới.", "vi", 2022),
        "figures.cooperatives_new=30",
    );
    has(
        &keys(
            "In 2022 the province set up 30 new cooperatives.",
            "en",
            2022,
        ),
        "figures.cooperatives_new=30",
    );
}

#[test]
fn cooperatives_admitted_to_the_union_or_its_members_are_a_part() {
    // Said before the total, they would make it one of several different totals.
    for (vi, part) in [
        ("Liên minh đã kết nạp 15 hợp tác xã làm thành viên.", 15),
        ("Hiện 160 hợp tác xã là thành viên của Liên minh.", 160),
    ] {
        let got = keys(
            &format!("{vi} Năm 2017, toàn tỉnh có 230 hợp tác xã."),
            "vi",
            2017,
        );
        has(&got, &format!("figures.cooperatives_total={part} (doubt)"));
        has(&got, "figures.cooperatives_total=230");
    }
    for (en, part) in [
        ("The union admitted 15 cooperatives.", 15),
        ("Now 160 cooperatives are members of the union.", 160),
    ] {
        let got = keys(
            &format!("{en} In 2017 the province had 230 cooperatives."),
            "en",
            2017,
        );
        has(&got, &format!("figures.cooperatives_total={part} (doubt)"));
    }
    // Members of cooperatives, not cooperatives that are members: all of them.
    has(
        &keys(
            "Năm 2017, toàn tỉnh có 230 hợp tác xã với 9.000 thành viên.",
            "vi",
            2017,
        ),
        "figures.cooperatives_total=230",
    );
}
