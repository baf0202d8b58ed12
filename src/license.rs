//! The open data's licence: the id `coopsite.yaml`'s `data_license` may give, the
//! default, and the well-known licences a Data Package names with their title and
//! address. A leaf: read by `config` (checks the id) and `data` (writes it).

/// The licence of the open data when `coopsite.yaml` names none.
pub const DEFAULT_LICENSE: &str = "CC-BY-4.0";

/// Well-known open licences (SPDX ids) with their title and address.
const LICENSES: [(&str, &str, &str); 7] = [
    (
        "CC-BY-4.0",
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    (
        "CC-BY-SA-4.0",
        "Creative Commons Attribution-ShareAlike 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "CC0-1.0",
        "Creative Commons Zero 1.0 (public domain)",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    (
        "ODC-By-1.0",
        "Open Data Commons Attribution License 1.0",
        "https://opendatacommons.org/licenses/by/1-0/",
    ),
    (
        "ODbL-1.0",
        "Open Data Commons Open Database License 1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
    (
        "PDDL-1.0",
        "Open Data Commons Public Domain Dedication and License 1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
    ),
    (
        "OGL-UK-3.0",
        "Open Government Licence v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
];

/// Whether `id` can name a licence in a Data Package (letters, digits, `-`, `.`, `_`).
pub fn is_license_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
}

/// A well-known licence by its id (any case): its id as spelt, title and address.
pub fn known(id: &str) -> Option<(&'static str, &'static str, &'static str)> {
    LICENSES
        .iter()
        .find(|(k, _, _)| k.eq_ignore_ascii_case(id))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::{is_license_id, known};

    #[test]
    fn an_id_is_letters_digits_and_dashes() {
        assert!(is_license_id("CC-BY-4.0") && !is_license_id("CC BY") && !is_license_id(""));
        assert_eq!(known("cc0-1.0").map(|k| k.0), Some("CC0-1.0"));
        assert_eq!(known("LicenseRef-Union"), None);
    }
}
