//! A count the text gives as a share of a whole, not as the cooperatives it counts: with
//! a percentage after it ("581 HTX, chiếm 80,3% so với tổng số HTX"), or written as a
//! fraction after a word of a share ("các HTX nông nghiệp chiếm 2/3").

use super::parts::{after_slash, has_phrase};
use crate::content::reader::{Statement, Unit};
use crate::figure_table::TOTAL;
use crate::lang_tables::{phrase, phrase_at, LangTable};

/// "nâng số HTX đang hoạt động … 581 HTX, chiếm 80,3% so với tổng số HTX": a count
/// that the text gives as a share of all cooperatives is not their total.
pub(super) fn share_of_all(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if key != TOTAL || after_slash(body, s) {
        return None;
    }
    let next = all.get(k + 1).filter(|o| o.sentence == s.sentence)?;
    let between = phrase(&body[s.span.end..next.span.start]);
    let share =
        has_phrase(&between, &table.time.share) && !has_phrase(&between, &table.time.change);
    (next.unit == Unit::Percent && share)
        .then(|| format!("the text gives it as {} of a whole", next.text(body)))
}

/// "trong đó các HTX nông nghiệp chiếm 2/3", "accounting for 2/3": a number written as a
/// fraction right after a word of a share (words of about between them) is a share of a
/// whole, no count of cooperatives.
pub(super) fn a_fraction(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    if s.unit != Unit::Count {
        return None;
    }
    let after = &body[s.span.end..];
    let slash = after.strip_prefix('/')?;
    let denominator: String = slash.chars().take_while(char::is_ascii_digit).collect();
    if denominator.is_empty() {
        return None;
    }
    let mut lead = phrase(&body[s.sentence.start..s.span.start]);
    // "chiếm khoảng 2/3": the words of about stand between.
    while let Some(n) = (1..=3).rev().find(|&n| {
        lead.len() >= n
            && table
                .money
                .approx
                .iter()
                .any(|p| p[..] == lead[lead.len() - n..])
    }) {
        lead.truncate(lead.len() - n);
    }
    let share = table.time.share.iter().any(|p| lead.ends_with(p));
    share.then(|| {
        format!(
            "a fraction of a whole ({}/{denominator}), no count",
            s.text(body)
        )
    })
}

/// "la coopérative agricole 1/5, district de …", "HTX Nông nghiệp 19/5 huyện …": a number
/// with a slash and digits right after it, and no noun of a count after those, names a
/// cooperative by a day (or is a day): no count. Not "269/616 coopératives", "thành lập
/// mới 11/15 HTX": the noun after the fraction is what both numbers count.
pub(super) fn before_a_slash(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    if s.unit != Unit::Count {
        return None;
    }
    let slash = body[s.span.end..].strip_prefix('/')?;
    let after: String = slash.chars().take_while(char::is_ascii_digit).collect();
    if after.is_empty() {
        return None;
    }
    let rest = s.span.end + 1 + after.len();
    let ws = phrase(&body[rest..s.sentence.end.max(rest)]);
    let counted = (table.nouns.iter()).any(|(_, l)| phrase_at(&ws, 0, l).is_some());
    (!counted).then(|| {
        format!(
            "written {}/{after} with nothing counted after it: a name or a day, no count",
            s.text(body)
        )
    })
}
