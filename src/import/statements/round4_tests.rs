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
