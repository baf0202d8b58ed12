//! A text about one kind of cooperative only: what it says of "cooperatives" beside
//! its count of that kind is the kind's, not every cooperative of the province's.

use super::{Chosen, Decided, Section};
use crate::content::reader::Statement;
use crate::figure_table::{AGRICULTURAL, NEW, TOTAL};
use crate::import::found::{Found, Val};
use crate::meaning::Qualifier;

/// "Hà Nội có 1.225 HTX nông nghiệp …", "tỉnh Thái Bình hiện có 331 hợp tác xã nông
/// nghiệp": the text counts its agricultural cooperatives and never all of them. A
/// count of agricultural ones is read as a figure without doubt; no total is chosen
/// (none stated, or the one stated is left out: "433 cooperatives" beside "433
/// agricultural cooperatives" are those, "318" below "331 agricultural" is a part); no
/// statement counts cooperatives of another kind or of a sector ("120 HTX nông nghiệp
/// và 40 HTX phi nông nghiệp" are all of them). The agricultural count, when so.
pub(super) fn agricultural_only(
    found: &[Found],
    figures: &[Chosen],
    read: &[Statement],
) -> Option<u64> {
    if figures.iter().any(|c| c.key == TOTAL) || read.iter().any(|s| another_kind(s, read)) {
        return None;
    }
    found
        .iter()
        .filter(|f| f.section == Section::Figures && f.key == AGRICULTURAL && f.doubt.is_none())
        .find_map(|f| match f.val {
            Val::Count(n) => Some(n),
            Val::Money { .. } => None,
        })
}

/// A count of cooperatives of another kind than farming ("40 HTX phi nông nghiệp"), or
/// of a sector ("12 HTX lĩnh vực vận tải") not listed after a count of agricultural ones
/// in its paragraph ("331 hợp tác xã nông nghiệp; trong đó … 6 hợp tác xã trong lĩnh vực
/// chăn nuôi" are some of those).
fn another_kind(s: &Statement, read: &[Statement]) -> bool {
    let after_agricultural = || {
        read.iter().any(|a| {
            a.counts_cooperatives()
                && a.qualifier == Some(Qualifier::Agricultural)
                && a.line == s.line
                && a.span.start < s.span.start
        })
    };
    s.counts_cooperatives()
        && match s.qualifier {
            Some(Qualifier::NonAgricultural) => true,
            Some(Qualifier::Sector) => !after_agricultural(),
            _ => false,
        }
}

/// In a text of agricultural cooperatives only ([`agricultural_only`]), its averages in
/// money ("Doanh thu bình quân mỗi hợp tác xã đạt 1,55 tỷ đồng/năm", paragraphs after the
/// count) and its new ones ("trong đó, 43 hợp tác xã thành lập mới") are theirs, a
/// part's: left out with why, not written as the province's.
pub(super) fn leave_out_the_kinds(out: &mut Decided, found: &[Found], read: &[Statement]) {
    let Some(n) = agricultural_only(found, &out.figures, read) else {
        return;
    };
    let (theirs, kept): (Vec<Chosen>, Vec<Chosen>) = out
        .figures
        .drain(..)
        .partition(|c| c.key == NEW || matches!(c.val, Val::Money { .. }));
    out.figures = kept;
    let why = format!(
        "the text counts only its agricultural cooperatives ({n}), never all of them: \
         theirs, not the province's"
    );
    out.left.extend(
        theirs
            .into_iter()
            .map(|c| c.left_out(Section::Figures, why.clone())),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::reader;
    use crate::figure_table::{EFFECTIVE, REVENUE};
    use crate::import::decide::decide;

    fn count(key: &'static str, n: u64) -> Found {
        Found {
            section: Section::Figures,
            key,
            val: Val::Count(n),
            quote: format!("{n} cooperatives"),
            strong: true,
            pos: n as usize,
            doubt: None,
        }
    }

    fn revenue() -> Found {
        Found {
            section: Section::Figures,
            key: REVENUE,
            val: Val::Money {
                amount: 2_400_000_000.0,
                per: crate::content::amount::Period::Year,
            },
            quote: "average revenue of VND2.4 billion a year".into(),
            strong: true,
            pos: 900,
            doubt: None,
        }
    }

    fn keys(d: &Decided) -> Vec<&'static str> {
        d.figures.iter().map(|c| c.key).collect()
    }

    #[test]
    fn a_piece_on_farm_cooperatives_keeps_their_averages_and_new_ones_out() {
        let d = decide(
            vec![count(AGRICULTURAL, 512), count(NEW, 37), revenue()],
            &[],
        );
        assert_eq!(keys(&d), [AGRICULTURAL]);
        assert_eq!(d.left.len(), 2, "{:?}", d.left);
        assert!(d
            .left
            .iter()
            .all(|l| l.why.contains("only its agricultural cooperatives (512)")));
        // Other parts of the kind stay: effective ones are counted among them.
        let d = decide(vec![count(AGRICULTURAL, 512), count(EFFECTIVE, 200)], &[]);
        assert_eq!(keys(&d), [EFFECTIVE, AGRICULTURAL]);
    }

    #[test]
    fn a_total_the_text_says_is_agricultural_counts_none_of_all() {
        // "Kon Tum has 208 cooperatives" beside "208 agricultural cooperatives".
        let d = decide(
            vec![count(TOTAL, 208), count(AGRICULTURAL, 208), count(NEW, 15)],
            &[],
        );
        assert_eq!(keys(&d), [AGRICULTURAL]);
        assert!(d.left.iter().any(|l| l.key == NEW));
    }

    #[test]
    fn a_text_that_counts_all_or_another_kind_keeps_them() {
        let d = decide(
            vec![
                count(TOTAL, 640),
                count(AGRICULTURAL, 512),
                count(NEW, 37),
                revenue(),
            ],
            &[],
        );
        assert_eq!(d.figures.len(), 4, "{:?}", d.left);
        // Farm and non-farm ones counted side by side are all of them.
        for (text, lang) in [
            (
                "Năm 2024, tỉnh có 512 HTX nông nghiệp và 128 HTX phi nông nghiệp.",
                "vi",
            ),
            (
                "In 2024 the province had 512 agricultural cooperatives and 128 \
                 non-agricultural cooperatives.",
                "en",
            ),
        ] {
            let read = reader::read(text, lang, 2024);
            assert!(read.iter().any(|s| another_kind(s, &read)), "{text}");
            let d = decide(
                vec![count(AGRICULTURAL, 512), count(NEW, 37), revenue()],
                &read,
            );
            assert_eq!(d.figures.len(), 3, "{text}: {:?}", d.left);
        }
    }

    #[test]
    fn sectors_listed_after_the_agricultural_count_are_its_parts() {
        let parts = "Năm 2024, tỉnh có 512 HTX nông nghiệp; trong đó 9 HTX trong lĩnh vực \
                     chăn nuôi, 14 HTX trong lĩnh vực trồng trọt.";
        let apart = "Năm 2024, tỉnh có 512 HTX nông nghiệp.\n\nNgoài ra có 30 HTX trong \
                     lĩnh vực vận tải.";
        let en_apart = "In 2024 the province had 512 agricultural cooperatives.\n\nThere \
                        were also 30 cooperatives in the transport sector.";
        for (text, lang, one_kind) in [
            (parts, "vi", true),
            (apart, "vi", false),
            (en_apart, "en", false),
        ] {
            let read = reader::read(text, lang, 2024);
            let d = decide(vec![count(AGRICULTURAL, 512), count(NEW, 37)], &read);
            assert_eq!(d.figures.len() == 1, one_kind, "{text}: {:?}", d.figures);
        }
    }

    #[test]
    fn an_agricultural_count_in_doubt_makes_no_piece_of_one_kind() {
        let mut doubtful = count(AGRICULTURAL, 512);
        doubtful.doubt = Some("one end of a range".into());
        let d = decide(vec![doubtful, count(NEW, 37), revenue()], &[]);
        assert!(
            keys(&d).contains(&NEW) && keys(&d).contains(&REVENUE),
            "{d:?}"
        );
    }

    /// What a reader of the draft sees: the figures written, from the text.
    fn written(text: &str, lang: &str) -> Vec<String> {
        let read = reader::read(text, lang, 2024);
        let found = crate::import::statements::figures_of(text, lang, &read, 2024, None);
        let d = decide(found, &read);
        d.figures
            .iter()
            .map(|c| format!("{}={}", c.key, c.val.show()))
            .collect()
    }

    #[test]
    fn new_ones_a_paragraph_after_a_count_of_farm_cooperatives_only_are_not_written() {
        for (text, lang) in [
            (
                "Hiện toàn tỉnh có 412 HTX nông nghiệp đang hoạt động.\n\n\
                 Trong năm, 27 HTX được thành lập mới.",
                "vi",
            ),
            (
                "The province now has 412 agricultural cooperatives.\n\n\
                 During the year, 27 new cooperatives were established.",
                "en",
            ),
        ] {
            assert_eq!(
                written(text, lang),
                ["cooperatives_agricultural=412"],
                "{text}"
            );
        }
        // Counted beside the other kind, or under all of them: the province's new ones.
        for (text, lang) in [
            (
                "Hiện toàn tỉnh có 412 HTX nông nghiệp và 96 HTX phi nông nghiệp.\n\n\
                 Trong năm, 27 HTX được thành lập mới.",
                "vi",
            ),
            (
                "Hiện toàn tỉnh có 530 HTX, trong đó 412 HTX nông nghiệp.\n\n\
                 Trong năm, 27 HTX được thành lập mới.",
                "vi",
            ),
            (
                "The province has 530 cooperatives, including 412 agricultural ones.\n\n\
                 During the year, 27 new cooperatives were established.",
                "en",
            ),
        ] {
            let got = written(text, lang);
            assert!(
                got.contains(&"cooperatives_new=27".to_string()),
                "{text}: {got:?}"
            );
        }
    }
}
