//! Cooperatives of one type: of the new type, model or exemplary ones (an award's or a
//! programme's list), those of the young or of women. A count of them is a part, and so
//! is a smaller count after it in its sentence (the list's breakdown).

use super::parts::{clause_after, first_phrase};
use crate::content::reader::Statement;
use crate::figure_table::is_cooperatives_count;
use crate::import::found::{Found, Section, Val};
use crate::lang_tables::{starts_with_digit, LangTable, Phrase};

/// "Đã có 5 HTX được xây dựng hoạt động theo mô hình kiểu mới", "30 new-type
/// cooperatives", "Tôn vinh 100 HTX tiêu biểu", "25 hợp tác xã thanh niên": a count of
/// cooperatives with words of a type of them in the clause after it, before any other
/// number ("350 HTX và 20 HTX kiểu mẫu": the 20's words, not the 350's), is those of that
/// type, a part (not all of them, nor new ones).
pub(super) fn of_a_type(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    type_of(body, s, table)
        .map(|p| format!("\"{}\": cooperatives of one type, a part", p.join(" ")))
}

/// The words of a type of cooperatives said of the count `s`.
fn type_of<'a>(body: &str, s: &Statement, table: &'a LangTable) -> Option<&'a Phrase> {
    if !s.counts_cooperatives() {
        return None;
    }
    let mut after = clause_after(body, s);
    after.truncate(
        after
            .iter()
            .position(|w| starts_with_digit(w))
            .unwrap_or(after.len()),
    );
    first_phrase(&after, &table.of_a_type)
}

/// "lựa chọn ra 100 HTX tiêu biểu …, với cơ cấu lĩnh vực là: 60 HTX nông nghiệp, 28 HTX
/// phi nông nghiệp": a smaller count of cooperatives after a count of one type in its
/// sentence is a part of that list, not the province's.
pub(super) fn parts_of_a_type(
    found: &mut [Found],
    body: &str,
    all: &[Statement],
    table: &LangTable,
) {
    let typed: Vec<&Statement> = all
        .iter()
        .filter(|t| type_of(body, t, table).is_some())
        .collect();
    if typed.is_empty() {
        return;
    }
    for f in found.iter_mut() {
        if f.section != Section::Figures || f.doubt.is_some() || !is_cooperatives_count(f.key) {
            continue;
        }
        let Val::Count(n) = f.val else {
            continue;
        };
        let Some(s) = f.read_from(all).map(|k| &all[k]) else {
            continue;
        };
        if let Some(t) = typed
            .iter()
            .find(|t| t.sentence == s.sentence && t.span.end <= s.span.start && t.value > n as f64)
        {
            f.doubt = Some(format!(
                "a part of the {} cooperatives of one type before it",
                t.value
            ));
        }
    }
}
