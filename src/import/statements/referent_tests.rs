//! A count with no noun of its own that stands for the noun of the count before it in
//! its sentence ("310 cooperatives, 240 of them agricultural", "530 cooperatives, with
//! 372 in agriculture"): import reads it as a count of that noun, of the kind its words
//! name. Sentences of our own, and ones where the rule must not fire.

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
fn a_count_of_a_kind_after_including_or_with_counts_the_noun_before() {
    for text in [
        "By the end of 2024 the province had 418 co-operatives, including 297 in farming.",
        "In 2024 the union counted 418 cooperatives, with 297 in the agricultural sector.",
    ] {
        let got = keys(text, "en", 2024);
        assert!(
            has(&got, "figures.cooperatives_total=418"),
            "{text}: {got:?}"
        );
        assert!(
            has(&got, "figures.cooperatives_agricultural=297"),
            "{text}: {got:?}"
        );
    }
    // Its own noun after it: what it names, as before.
    let got = keys(
        "In 2024 the province had 418 co-operatives, including 40 cooperative groups.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=40"), "{got:?}");
}

#[test]
fn a_count_after_including_or_with_names_no_kind_or_only_new_ones() {
    // No kind, only what some of them do: not all of them.
    let got = keys(
        "In 2024 the province had 418 cooperatives, with 56 using drip irrigation.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=56")), "{got:?}");
    // New ones may be a term's: left as they were.
    let got = keys(
        "The province has 418 cooperatives, including 75 set up since 2020.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=75")), "{got:?}");
    // The count before counts no cooperatives (communes): the kind is of nothing known.
    let got = keys(
        "In 2024 the province had 48 communes, with 31 in farming.",
        "en",
        2024,
    );
    assert!(!got.iter().any(|g| g.contains("=31")), "{got:?}");
}
