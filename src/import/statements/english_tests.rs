//! The English and French ways of writing import reads (rounds 4 and 6 of #23,
//! 2026-12-06), each with sentences of our own and one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn the_words_at_the_noun_of_an_amount_are_said_of_it() {
    // A word of average and of a period before the noun, the number far after it.
    let got = keys(
        "In 2024 the average monthly income of co-operative workers rose 5% over the year \
         before, reaching 5.2 million VND per person.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=5200000/Month"),
        "{got:?}"
    );
    // A unit right after the noun: a cooperative's member is a person.
    let got = keys(
        "In 2024, average annual income per co-operative member and employee came to VND 61 \
         million.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=61000000/Year"),
        "{got:?}"
    );
    // No word of average and no unit at the noun: a sum, not an average.
    let got = keys(
        "In 2024, the annual income of the sector rose 5% to 900 billion VND.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("avg_income")), "{got:?}");
}

#[test]
fn a_projection_listed_after_a_plan_is_its_target() {
    let got = keys(
        "Specifically, in 2025, the province will set up 12 new cooperatives; the average \
         revenue of cooperatives is projected to be 3.1 billion VND per year; the average \
         income of workers is expected to be 7 million VND per month.",
        "en",
        2024,
    );
    assert!(has(&got, "targets.cooperatives_new=12"), "{got:?}");
    assert!(
        has(&got, "targets.avg_revenue_per_cooperative=3100000000/Year"),
        "{got:?}"
    );
    assert!(
        has(&got, "targets.avg_income_per_worker=7000000/Month"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2025, tỉnh phấn đấu thành lập mới 12 HTX; doanh thu bình quân của HTX dự kiến \
         đạt 3,1 tỷ đồng/năm.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "targets.avg_revenue_per_cooperative=3100000000/Year"),
        "{got:?}"
    );
    // A projection alone, or after a first part that is one too, sets no target.
    let got = keys(
        "The average revenue of cooperatives is projected to be 3.1 billion VND per year.",
        "en",
        2024,
    );
    assert!(got.is_empty(), "{got:?}");
    let got = keys(
        "It is expected that by 2025 the province will have 140 cooperatives; the average \
         revenue is expected to be 3.1 billion VND per year.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("avg_revenue")), "{got:?}");
}

#[test]
fn the_years_new_ones_after_a_terms_are_the_years() {
    let got = keys(
        "In the first half of the 2021-2025 term, 44 new cooperatives were established, and \
         in 2023, a further 9 cooperatives were founded.",
        "en",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_new=9"), "{got:?}");
    assert!(!has(&got, "figures.cooperatives_new=44"), "{got:?}");
    let got = keys(
        "Nhiệm kỳ 2020-2025 thành lập mới 44 HTX, riêng năm 2023 thành lập mới 9 HTX.",
        "vi",
        2023,
    );
    assert!(has(&got, "figures.cooperatives_new=9"), "{got:?}");
    // No year of its own after the term: the count is the term's.
    let got = keys(
        "In the 2021-2025 term, 44 new cooperatives were established, and a further 9 \
         cooperatives were founded.",
        "en",
        2023,
    );
    assert!(!has(&got, "figures.cooperatives_new=9"), "{got:?}");
}

#[test]
fn a_kind_among_a_part_is_a_part() {
    let got = keys(
        "After the merger, the province has 900 cooperatives. The former province of \
         Quang Nam had 640 cooperatives. Of these, 410 were agricultural cooperatives.",
        "en",
        2025,
    );
    assert!(has(&got, "figures.cooperatives_total=900"), "{got:?}");
    assert!(
        has(&got, "figures.cooperatives_agricultural=410 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "La province compte désormais 900 coopératives. L'ancienne province comptait 640 \
         coopératives. Parmi celles-ci, 410 étaient des coopératives agricoles.",
        "fr",
        2025,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=410 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "Sau sáp nhập, tỉnh có 900 HTX. Tỉnh Quảng Nam cũ có 640 HTX. Trong đó, có 410 HTX \
         nông nghiệp.",
        "vi",
        2025,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=410 (doubt)"),
        "{got:?}"
    );
    // Among the province's own total, a kind is the province's.
    let got = keys(
        "In 2025, the province had 640 cooperatives. Of these, 410 were agricultural \
         cooperatives.",
        "en",
        2025,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=410"),
        "{got:?}"
    );
}

#[test]
fn cooperative_members_are_members_not_cooperatives() {
    let got = keys(
        "In 2024 the province had 180 cooperatives with a total number of cooperative \
         members of about 21,000.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=180"), "{got:?}");
    assert!(!got.iter().any(|g| g.contains("=21000")), "{got:?}");
    let got = keys(
        "En 2024, la province comptait 180 coopératives et un nombre total de membres des \
         coopératives de 21 000.",
        "fr",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=180"), "{got:?}");
    assert!(!got.iter().any(|g| g.contains("=21000")), "{got:?}");
    // The noun alone still counts cooperatives.
    let got = keys(
        "In 2024 the total number of cooperatives was 180, with 21,000 members.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=180"), "{got:?}");
}

#[test]
fn groupes_de_cooperatives_are_groups() {
    let got = keys(
        "En 2024, la province compte 75 coopératives et 1 240 groupes de coopératives.",
        "fr",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=1240"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=75"), "{got:?}");
    let got = keys(
        "In 2024 the province counts 75 cooperatives and 1,240 cooperative groups.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=1240"), "{got:?}");
    // Unions of cooperatives are no groups.
    let got = keys(
        "En 2024, la province compte 75 coopératives et 3 unions de coopératives.",
        "fr",
        2024,
    );
    assert!(
        !got.iter()
            .any(|g| g.contains("figures.cooperative_groups=")),
        "{got:?}"
    );
}

#[test]
fn a_kind_after_of_the_whole_counts_its_noun() {
    let got = keys(
        "In 2024 the province had 150 co-operatives. Of the 150 co-operatives that have \
         at least seven members, as the law asks, 95 are in the agricultural sector.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_agricultural=95"), "{got:?}");
    let got = keys(
        "En 2024, la province comptait 150 coopératives. Sur les 150 coopératives, 95 sont \
         agricoles.",
        "fr",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_agricultural=95"), "{got:?}");
    // No kind said of the count: nothing is read of it.
    let got = keys(
        "In 2024 the province had 150 co-operatives. Of the 150 co-operatives, 95 have \
         adopted new technology.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=95")), "{got:?}");
    // Not the first number after a comma: another count's.
    let got = keys(
        "In 2024 the province had 150 co-operatives. Of the 150 co-operatives, 40 work \
         with companies, and 95 farms are agricultural.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=95")), "{got:?}");
}

#[test]
fn an_average_of_cooperatives_and_other_bodies_together_is_left_out() {
    let text = "In 2024 the province had 120 cooperatives. The average revenue of collective \
                economic organisations and cooperatives was 3.1 billion VND per year.";
    let got = keys(text, "en", 2024);
    assert!(has(&got, "figures.cooperatives_total=120"), "{got:?}");
    assert!(
        !has(&got, "figures.avg_revenue_per_cooperative=3100000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "En 2024, le chiffre d'affaires moyen des coopératives et des organisations \
         économiques collectives atteint 3,1 milliards de dongs par an.",
        "fr",
        2024,
    );
    assert!(
        !has(&got, "figures.avg_revenue_per_cooperative=3100000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động trong các tổ chức kinh tế tập thể \
         và HTX đạt 5 triệu đồng/người/tháng.",
        "vi",
        2024,
    );
    assert!(
        !has(&got, "figures.avg_income_per_worker=5000000/Month"),
        "{got:?}"
    );
    // The cooperatives' own average, the other bodies named apart: written.
    let got = keys(
        "In 2024 the average revenue of cooperatives was 3.1 billion VND per year, while \
         collective economic organisations employed 9,000 workers.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.avg_revenue_per_cooperative=3100000000/Year"),
        "{got:?}"
    );
    let got = keys(
        "Năm 2024, thu nhập bình quân của người lao động trong HTX đạt 5 triệu \
         đồng/người/tháng.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.avg_income_per_worker=5000000/Month"),
        "{got:?}"
    );
}

/// Round 8: "groupements de coopératives" are cooperative groups (tổ hợp tác), as
/// "groupes de coopératives" are.
#[test]
fn groupements_de_cooperatives_are_groups_not_cooperatives() {
    let got = keys(
        "En 2025, la province comptait 420 coopératives agricoles et 510 groupements de \
         coopératives agricoles.",
        "fr",
        2025,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=420"),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.contains("=510")), "{got:?}");
    let got = keys(
        "En 2025, la province comptait 420 coopératives et 35 groupements de coopératives.",
        "fr",
        2025,
    );
    assert!(has(&got, "figures.cooperatives_total=420"), "{got:?}");
    assert!(has(&got, "figures.cooperative_groups=35"), "{got:?}");
}

#[test]
fn cooperatives_given_something_are_a_part() {
    let got = keys(
        "In 2024, 14 cooperatives have been given growing-area codes.",
        "en",
        2024,
    );
    assert!(
        !got.iter().any(|g| g == "figures.cooperatives_total=14"),
        "{got:?}"
    );
}

#[test]
fn what_is_said_after_a_list_ending_in_one_body_is_said_of_its_count_of_cooperatives() {
    for (text, lang) in [
        (
            "In 2024, 14 cooperatives and one cooperative group have been given growing-area \
             codes.",
            "en",
        ),
        (
            "Năm 2024, 14 HTX và một tổ hợp tác đã tham gia chương trình OCOP.",
            "vi",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            got.iter()
                .any(|g| g == "figures.cooperatives_total=14 (doubt)"),
            "{text}: {got:?}"
        );
    }
    // What follows the list's clause is not said of it: all of them.
    let got = keys(
        "In 2024 the province had 420 cooperatives and one cooperative union, whose staff \
         have been given training.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=420"), "{got:?}");
}

#[test]
fn cooperatives_people_were_sent_to_work_in_are_a_part() {
    for (text, lang) in [
        (
            "In 2024 the union placed 24 graduates to work in 19 cooperatives.",
            "en",
        ),
        (
            "Năm 2024, tỉnh đưa 24 cán bộ trẻ về làm việc tại 19 HTX.",
            "vi",
        ),
        (
            "En 2024, 24 jeunes diplômés sont allés travailler dans 19 coopératives.",
            "fr",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            got.iter()
                .any(|g| g == "figures.cooperatives_total=19 (doubt)"),
            "{text}: {got:?}"
        );
    }
    // The words after the count, not right before it: all of them.
    let got = keys(
        "In 2024 the province had 190 cooperatives, and more young people came to work in \
         them.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=190"), "{got:?}");
}

#[test]
fn the_representatives_of_some_cooperatives_are_no_count_of_all() {
    for (text, lang) in [
        (
            "In 2024 the conference drew representatives of more than 60 cooperatives.",
            "en",
        ),
        (
            "En 2024, la conférence a réuni des représentants de 60 coopératives.",
            "fr",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            !got.iter().any(|g| g == "figures.cooperatives_total=60"),
            "{text}: {got:?}"
        );
    }
    let got = keys(
        "In 2024 the province had 410 cooperatives, the representatives of the alliance said.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=410"), "{got:?}");
}

#[test]
fn well_functioning_cooperatives_are_effective_ones() {
    let got = keys(
        "In 2024 the province had 300 cooperatives, of which 120 were well-functioning.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_effective=120"), "{got:?}");
}

#[test]
fn new_ones_of_one_month_are_a_part_of_the_years() {
    for (text, lang) in [
        (
            "In 2024 the town in March had 3 newly established cooperatives.",
            "en",
        ),
        ("En 2024, en mars, 3 coopératives ont été créées.", "fr"),
        ("Năm 2024, trong tháng 3 thành lập mới 3 HTX.", "vi"),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            !got.iter().any(|g| g == "figures.cooperatives_new=3"),
            "{text}: {got:?}"
        );
    }
    // A month that only dates a count after another number: not the count's month.
    let got = keys(
        "In March the province reported that it had 410 cooperatives in 2024 and 25 new \
         cooperatives.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_new=25"), "{got:?}");
}

#[test]
fn a_count_said_of_several_provinces_is_not_the_provinces() {
    for (text, lang) in [
        (
            "In 2024, the 13 provinces of the region had 2,600 cooperatives.",
            "en",
        ),
        (
            "En 2024, les 13 provinces de la région comptaient 2 600 coopératives.",
            "fr",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            !got.iter().any(|g| g == "figures.cooperatives_total=2600"),
            "{text}: {got:?}"
        );
    }
    let got = keys(
        "In 2024 the province, one of 13 provinces in the region, had 260 cooperatives.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=260"), "{got:?}");
}

#[test]
fn a_count_of_products_is_no_count_of_cooperatives() {
    let got = keys(
        "In 2025, the province had 505 cooperatives. In addition, cooperatives in the province \
         also have more than 50 products that have been recognized for quality standards.",
        "en",
        2025,
    );
    assert!(
        got.contains(&"figures.cooperatives_total=505".to_string()),
        "{got:?}"
    );
    // Not even as a doubted part of the 505: it counts no cooperatives.
    assert!(
        !got.iter().any(|g| g.ends_with("=50") || g.contains("=50 ")),
        "{got:?}"
    );
}
