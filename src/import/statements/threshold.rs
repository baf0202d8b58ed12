//! "Doanh thu bình quân của hợp tác xã đạt 01 tỷ đồng trở lên", "Vận động thành lập
//! mới 25 HTX trở lên": a number "or more" is a threshold or an aim, never what a year
//! counted (of 15 such numbers in the Vietnamese articles of the development set, a
//! person read two as targets and none as a figure).

use super::parts::clause_after;
use crate::content::reader::Statement;
use crate::lang_tables::{first_phrase_at, matches_at, LangTable};
use crate::meaning::Qualifier;

/// At most this many words of the number's noun between it and "or more" ("25 hợp tác
/// xã trở lên").
const NOUN_WORDS: usize = 3;

/// The words "or more" within [`NOUN_WORDS`] after the number in its clause, not the
/// end of a rating ("xếp loại khá trở lên": good or better, an effective count).
pub(super) fn or_more(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    let more = &table.import.or_more;
    if more.is_empty() {
        return None;
    }
    let after = clause_after(body, s);
    let (at, p) = first_phrase_at(&after, more).filter(|(i, _)| *i <= NOUN_WORDS)?;
    let rating = table
        .qualifiers
        .iter()
        .filter(|(q, _)| *q == Qualifier::Effective)
        .flat_map(|(_, l)| l.iter())
        .any(|r| (0..=at).any(|i| i + r.len() > at && matches_at(&after, i, r)));
    (!rating).then(|| {
        format!(
            "\"{}\": a threshold or an aim, not the year's figure",
            p.join(" ")
        )
    })
}
