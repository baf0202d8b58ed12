//! A text that states a figure of the year at its end ("Ước đến cuối năm 2022 toàn tỉnh
//! có: 204 HTX", "Ước thực hiện cả năm 2022 là 303 HTX") reviews the whole year: its
//! figures said at the middle of the year ("Tính đến 30/6/2022 toàn tỉnh có: 203 HTX",
//! "6 tháng đầu năm 2022 … thành lập mới 08 HTX") are of a part of it.

use super::parts::matches_at;
use crate::content::reader::{Statement, TimeRole};
use crate::lang_tables::{phrase, LangTable};

#[derive(Debug, Clone, Copy, PartialEq)]
enum When {
    End,
    Middle,
}

/// Where in the year the words before the number in its sentence place it: the last
/// of the year's end or its middle (the first half's words too), not a time compared
/// with ("tăng 20 HTX so với cuối năm 2021").
fn when(body: &str, s: &Statement, table: &LangTable) -> Option<When> {
    let lead = phrase(&body[s.sentence.start..s.span.start]);
    let (end, middle) = (&table.year_end.end, &table.year_end.middle);
    let compared = |i: usize| {
        (i.saturating_sub(3)..i).any(|j| table.time.compare.iter().any(|p| matches_at(&lead, j, p)))
    };
    let mut out = None;
    for i in (0..lead.len()).filter(|&i| !compared(i)) {
        if end.iter().any(|p| matches_at(&lead, i, p)) {
            out = Some(When::End);
        } else if middle.iter().any(|p| matches_at(&lead, i, p)) {
            out = Some(When::Middle);
        }
    }
    out
}

/// The text states a figure of the year under review at the year's end (not a
/// projection, "dự kiến"): it reviews the whole year.
pub(super) fn says_year_end(body: &str, all: &[Statement], table: &LangTable) -> bool {
    all.iter().any(|s| {
        s.time == TimeRole::Review
            && s.measure.is_some()
            && !super::projected(body, s, table)
            && when(body, s, table) == Some(When::End)
    })
}

/// A figure said at the middle of the year in a text that states the year's end.
pub(super) fn in_the_middle(
    body: &str,
    s: &Statement,
    whole_year: bool,
    table: &LangTable,
) -> Option<String> {
    (whole_year && when(body, s, table) == Some(When::Middle)).then(|| {
        "said at the middle of the year, in a text that states the year's end: a part of it"
            .to_string()
    })
}
