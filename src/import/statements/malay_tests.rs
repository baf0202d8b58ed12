//! Malay as vietnam.vn's machine translations write it (round 9 of #23, 2026-12-07):
//! each rule with sentences of our own and one where it must not fire, beside the
//! English that already reads so.

use super::tests::keys;

fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
}

#[test]
fn cooperatives_chosen_for_an_award_are_a_part_in_malay_as_in_english() {
    let got = keys(
        "Pada tahun 2024, jawatankuasa memilih 64 koperasi untuk anugerah itu.",
        "ms",
        2024,
    );
    has(&got, "figures.cooperatives_total=64 (doubt)");
    let got = keys(
        "In 2024 the committee selected 64 cooperatives for the award.",
        "en",
        2024,
    );
    has(&got, "figures.cooperatives_total=64 (doubt)");
    // Nobody chose them: the province's count.
    let got = keys(
        "Pada tahun 2024, wilayah itu mempunyai 640 koperasi.",
        "ms",
        2024,
    );
    has(&got, "figures.cooperatives_total=640");
}
