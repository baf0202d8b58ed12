//! The English and French ways of writing import reads since round 4 of #23
//! (2026-12-06), each with sentences of our own and one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn a_count_of_a_kind_next_to_of_them_counts_the_noun_before() {
    let got = keys(
        "In 2024 the district counted 310 cooperatives, 240 of them agricultural.",
        "en",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=240"),
        "{got:?}"
    );
    let got = keys(
        "In 2024 there were 95 co-operatives in the province, of which 61 were operating \
         effectively.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_effective=61"), "{got:?}");
    let got = keys(
        "En 2024, la province comptait 412 coopératives, dont 300 agricoles.",
        "fr",
        2024,
    );
    assert!(
        has(&got, "figures.cooperatives_agricultural=300"),
        "{got:?}"
    );
    // Not a kind: "of which" alone names no kind; not new ones, which may be a term's.
    let got = keys(
        "The province has 352 cooperatives, of which 132 were newly established.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=132")), "{got:?}");
    // Not after a noun of things that is no count's noun.
    let got = keys(
        "The workshop has sewing machines, 70 of them effective.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=70")), "{got:?}");
}
