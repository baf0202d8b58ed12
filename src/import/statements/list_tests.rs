//! The words of a list said of its counts (round 8 of #23): the verb and the place
//! before its first count are said of every count of it, a state said at its end of
//! each of its counts; a new verb or place starts another. Sentences of our own (English,
//! French, Vietnamese), each with one where the rule must not fire.

use super::tests::keys;

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

/// Round 8: the words before a list's first count (its verb, its place) are said of
/// every count listed after it.
#[test]
fn the_verb_and_the_place_before_a_list_are_said_of_each_count_of_it() {
    let got = keys(
        "In 2024 the province had 650 cooperatives and 300 cooperative groups. After the \
         merger, the province will have about 900 cooperatives, 12 unions and 500 cooperative \
         groups.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=300"), "{got:?}");
    assert!(
        has(&got, "figures.cooperative_groups=500 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "In 2024, the whole country counted 31,700 cooperatives, 158 unions and 73,000 \
         cooperative groups. Binh Dinh province had 650 cooperatives, 5 unions and 300 \
         cooperative groups.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=300"), "{got:?}");
    assert!(
        has(&got, "figures.cooperative_groups=73000 (doubt)"),
        "{got:?}"
    );
    let got = keys(
        "En 2024, tout le pays comptait 31 700 coopératives, 158 unions de coopératives et \
         73 000 groupes coopératifs. La province comptait 650 coopératives et 300 groupes \
         coopératifs.",
        "fr",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=300"), "{got:?}");
    assert!(
        has(&got, "figures.cooperative_groups=73000 (doubt)"),
        "{got:?}"
    );
}

#[test]
fn a_count_after_a_new_verb_or_place_is_no_item_of_the_list_before_it() {
    // The country's count stands before; the province's list has a verb of its own.
    let got = keys(
        "In 2024, the whole country had 31,700 cooperatives, while the province had 650 \
         cooperatives, 5 unions and 300 cooperative groups.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=300"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=650"), "{got:?}");
    // "will" after the list is not said of it.
    let got = keys(
        "In 2024 the province had 650 cooperatives and 300 cooperative groups, which will \
         support their members.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=300"), "{got:?}");
    assert!(has(&got, "figures.cooperatives_total=650"), "{got:?}");
}

#[test]
fn a_state_said_at_the_end_of_a_list_is_said_of_its_counts() {
    for (text, lang) in [
        (
            "In 2024, 21 cooperatives, 8 cooperative groups, and one credit fund were \
             dissolved.",
            "en",
        ),
        (
            "Năm 2024, 21 HTX, 8 tổ hợp tác và 1 quỹ tín dụng nhân dân đã giải thể.",
            "vi",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            !got.iter().any(|g| g == "figures.cooperatives_total=21"),
            "{text}: {got:?}"
        );
    }
    // The groups of the list too: they were dissolved, not all the groups.
    for (text, lang) in [
        (
            "In 2024, 21 cooperatives, 8 cooperative groups, and one credit fund were \
             dissolved; the province now has 214 cooperative groups.",
            "en",
        ),
        (
            "Năm 2024, 21 HTX, 8 tổ hợp tác và 1 quỹ tín dụng nhân dân đã giải thể; toàn tỉnh \
             hiện có 214 tổ hợp tác.",
            "vi",
        ),
    ] {
        let got = keys(text, lang, 2024);
        assert!(
            got.iter()
                .any(|g| g == "figures.cooperative_groups=8 (doubt)"),
            "{text}: {got:?}"
        );
    }
    // Groups not after another count of a list: all of them.
    let got = keys(
        "In 2024 the province had 38 cooperative groups, while 4 others were dissolved.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperative_groups=38"), "{got:?}");
    // A new clause after a semicolon: the list's counts are all of them.
    let got = keys(
        "In 2024 the province had 421 cooperatives and 38 cooperative groups; another 9 \
         were dissolved.",
        "en",
        2024,
    );
    assert!(has(&got, "figures.cooperatives_total=421"), "{got:?}");
}
