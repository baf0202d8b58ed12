//! The ways of writing import reads since the recall round of 2026-12-06 (#23), each
//! with sentences of our own and one where the rule must not fire.

use super::*;
use crate::content::reader::read;

fn keys(text: &str, lang: &str, year: i32) -> Vec<String> {
    figures(text, lang, year)
        .iter()
        .map(|f| {
            let v = match &f.val {
                Val::Count(n) => n.to_string(),
                Val::Money { amount, per } => format!("{amount}/{per:?}"),
            };
            let doubt = if f.doubt.is_some() { " (doubt)" } else { "" };
            format!("{}.{}={v}{doubt}", f.section.name(), f.key)
        })
        .collect()
}

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn a_rank_is_no_count() {
    let text = "On the 15th anniversary of its alliance, the province had 320 cooperatives.";
    let values: Vec<f64> = read(text, "en", 2024).iter().map(|s| s.value).collect();
    assert_eq!(values, vec![320.0]);
    let got = keys(text, "en", 2024);
    assert!(has(&got, "figures.cooperatives_total=320"), "{got:?}");
    let fr = "Au 3e congrès, la province comptait 45 coopératives.";
    let values: Vec<f64> = read(fr, "fr", 2024).iter().map(|s| s.value).collect();
    assert_eq!(values, vec![45.0]);
    // Not an ordinal: a count glued to nothing, or to another word.
    let plain = "The 15 cooperatives of the district";
    let values: Vec<f64> = read(plain, "en", 2024).iter().map(|s| s.value).collect();
    assert_eq!(values, vec![15.0]);
}

#[test]
fn co_operative_teams_are_groups() {
    let got = keys(
        "The district also counts 1,250 co-operative teams and 96 co-operatives.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=1250"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=96"), "{got:?}");
}

#[test]
fn to_vien_are_the_members_of_groups_unless_of_some_groups_only() {
    let got = keys(
        "Năm 2023, toàn tỉnh có 95 tổ hợp tác với 1.480 tổ viên.",
        "vi",
        2023,
    );
    assert!(
        has(&got, "figures.cooperative_group_members=1480"),
        "{got:?}"
    );
    // The members of the farming groups only: left out.
    let got = keys(
        "Năm 2023, số tổ viên của các tổ hợp tác nông nghiệp là 2.300 tổ viên.",
        "vi",
        2023,
    );
    assert!(
        !has(&got, "figures.cooperative_group_members=2300"),
        "{got:?}"
    );
    let got = keys(
        "In 2023 the members of agricultural cooperative groups numbered 2,300 members.",
        "en",
        2023,
    );
    assert!(
        !has(&got, "figures.cooperative_group_members=2300"),
        "{got:?}"
    );
}

#[test]
fn farming_forestry_and_fishery_are_agricultural() {
    let got = keys(
        "Năm 2024, thành phố có 412 HTX, trong đó 300 HTX nông – lâm – ngư nghiệp.",
        "vi",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=300"),
        "{got:?}"
    );
    let got = keys(
        "In 2024 the province counts 640 agriculture–forestry cooperatives.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=640"),
        "{got:?}"
    );
    // Fields listed far after the noun are what all of them do.
    let got = keys(
        "Năm 2024, tỉnh có 222 HTX hoạt động trên các lĩnh vực nông nghiệp, thủy sản.",
        "vi",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=222"), "{got:?}");
}
