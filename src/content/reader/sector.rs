//! A count said to be in one sector: "160 hợp tác xã hoạt động trong lĩnh vực nông
//! nghiệp", "44 cooperatives in the construction sector".

use super::cut::Cut;
use super::statement::Unit;
use crate::lang_tables::LangTable;
use crate::meaning::Qualifier;

/// How many words after the word of a sector may name it ("trong lĩnh vực nông nghiệp").
const SECTOR_REACH: usize = 4;

/// "160 hợp tác xã hoạt động trong lĩnh vực nông nghiệp", "44 cooperatives in the
/// construction sector", "các HTX trong lĩnh vực này lên 149 HTX": a count of
/// cooperatives said in its clause to be in one sector (not "nhiều lĩnh vực", "06 lĩnh
/// vực", "various sectors") is of the kind its words name (up to three words before the
/// word of the sector, or four after it, past the clause), of the kind named before it
/// in the sentence for "this sector", else of a sector that is no kind of the table's.
pub fn sector(cut: &Cut, table: &LangTable) -> Option<Qualifier> {
    let [one, several, this, _, _] = &table.ids.sector;
    let ws = cut.words;
    let len = ws.len();
    let find = |r: std::ops::Range<usize>| r.clone().find(|&i| cut.phrase(i, len, one) > 0);
    let (at, from) = match find(cut.after.clone()) {
        Some(at) => (at, cut.next),
        None => match find(cut.before.clone()) {
            Some(at) => (at, cut.before.start),
            None => match kind_past_reach(cut, table) {
                Some(at) => (at, at),
                None => return kind_with(cut, table),
            },
        },
    };
    let end_of = at + cut.phrase(at, len, one);
    let close = at.saturating_sub(2).max(from)..at;
    if close
        .clone()
        .any(|i| cut.in_number[i] || cut.phrase(i, at, several) > 0)
    {
        return None;
    }
    let quals = &table.ids.qualifiers;
    if cut.phrase(end_of, len, this) > 0 || close.clone().any(|i| cut.phrase(i, at, this) > 0) {
        return Some(cut.last(0..at, quals).map_or(Qualifier::Sector, |(q, _)| q));
    }
    let mut end = end_of;
    let open = |i: usize| {
        !cut.in_number[i] && !matches!(ws[i].key.as_str(), "," | ";" | ":" | "(" | ")" | ".")
    };
    while end < len && end - end_of < SECTOR_REACH && open(end) {
        end += 1;
    }
    // A kind begun in reach is read whole, past its commas ("trong lĩnh vực nông, lâm,
    // ngư nghiệp 279 HTX").
    let whole = (end_of..end)
        .filter_map(|k| cut.best_at_len(k, len, quals).map(|(_, n)| k + n))
        .max();
    let end = end.max(whole.unwrap_or(end));
    let start = at.saturating_sub(3).max(from);
    Some(
        cut.first(start..end, quals)
            .map_or(Qualifier::Sector, |(q, _)| q),
    )
}

/// "276 cooperatives operating in the fields of agriculture, aquaculture, handicrafts":
/// the plural word of sectors in what is said of a count, before a list of them, names
/// several sectors, not the kind listed first.
fn several_listed(cut: &Cut, table: &LangTable) -> bool {
    let many = &table.ids.sector[3];
    let len = cut.words.len();
    cut.after.clone().any(|at| {
        let n = cut.phrase(at, len, many);
        n > 0 && listed_after(cut, table, at + n)
    })
}

/// After the plural word of sectors (`from`, its link "of" or "such as" in reach), a
/// kind of the table's, then a comma or "and" and a word that is no number: a list.
fn listed_after(cut: &Cut, table: &LangTable, from: usize) -> bool {
    let (ws, quals) = (cut.words, &table.ids.qualifiers);
    let len = ws.len();
    let Some(end) =
        (from..len.min(from + 3)).find_map(|k| cut.best_at_len(k, len, quals).map(|(_, n)| k + n))
    else {
        return false;
    };
    let joined = ws
        .get(end)
        .is_some_and(|w| w.key == "," || table.money.and.contains(&w.key));
    let word = |i: usize| {
        ws.get(i)
            .is_some_and(|w| !cut.in_number[i] && w.key.chars().any(char::is_alphanumeric))
    };
    joined && word(end + 1)
}

/// The word of a sector just before the words said of a count, when the kind it names
/// runs into them ("Trong lĩnh vực nông, lâm, ngư, diêm nghiệp có 593 hợp tác xã": the
/// kind's commas take the reach).
fn kind_past_reach(cut: &Cut, table: &LangTable) -> Option<usize> {
    let one = &table.ids.sector[0];
    let b = cut.before.start;
    let len = cut.words.len();
    (b.saturating_sub(SECTOR_REACH)..b).rev().find(|&at| {
        let n = cut.phrase(at, len, one);
        n > 0
            && cut
                .best_at_len(at + n, len, &table.ids.qualifiers)
                .is_some_and(|(_, k)| at + n + k >= b && at + n + k <= cut.at)
    })
}

/// How many words before "với" (its count's link) the word of a sector may stand.
const WITH_REACH: usize = 10;

/// "Riêng lĩnh vực nông nghiệp chiếm ưu thế với 418 HTX", "tập trung nhiều trên lĩnh
/// vực nông nghiệp, với 152 HTX", "the farming sector leads with 418 cooperatives": a
/// count right after "với" ("with") is of the one sector named before it in its
/// sentence (past a comma, not past a number, a semicolon or a colon; not "nhiều lĩnh
/// vực", "các lĩnh vực") when a kind of the table's names it; else of none.
fn kind_with(cut: &Cut, table: &LangTable) -> Option<Qualifier> {
    let [one, several, _, _, with] = &table.ids.sector;
    let ws = cut.words;
    let len = ws.len();
    let w = (cut.at.saturating_sub(2)..cut.at).find(|&i| cut.phrase(i, len, with) == cut.at - i)?;
    let stop =
        |i: usize| cut.in_number[i] || matches!(ws[i].key.as_str(), ";" | ":" | "." | "?" | "!");
    let mut at = None;
    for i in (w.saturating_sub(WITH_REACH)..w).rev() {
        if stop(i) {
            return None;
        }
        if cut.phrase(i, len, one) > 0 {
            at = Some(i);
            break;
        }
    }
    let at = at?;
    if at > 0 && cut.phrase(at - 1, at, several) > 0 {
        return None;
    }
    let start = (at.saturating_sub(2)..at)
        .rev()
        .take_while(|&i| !stop(i))
        .last()
        .unwrap_or(at);
    cut.first(start..w, &table.ids.qualifiers).map(|(q, _)| q)
}

/// "1.409 tổ hợp tác nông nghiệp và phi nông nghiệp", "agricultural and
/// non-agricultural cooperatives": the two kinds that make up all cooperatives, joined
/// by "and" next to the count (before it, or after it in what is said of it), name all
/// of them, no kind.
pub fn both_kinds(cut: &Cut, table: &LangTable) -> bool {
    let (ws, quals) = (cut.words, &table.ids.qualifiers);
    let len = ws.len();
    let farming = |i: usize| {
        cut.best_at_len(i, len, quals)
            .filter(|(q, _)| q.is_farming())
    };
    let from = cut.at.saturating_sub(SECTOR_REACH).max(cut.before.start);
    (from..cut.after.end.min(len)).any(|i| {
        let Some((a, n)) = farming(i) else {
            return false;
        };
        let and = ws
            .get(i + n)
            .is_some_and(|w| table.money.and.contains(&w.key));
        and && farming(i + n + 1).is_some_and(|(b, _)| b != a)
    })
}

/// The kinds said of a count (its qualifier and a second one) with the sector said of
/// it (of a count of cooperatives, `coops`; a second kind only when `second`), without
/// the farming ones when [`both_kinds`] names all of them ("1.409 tổ hợp tác nông
/// nghiệp và phi nông nghiệp") or the count is said of a list of sectors
/// ([`several_listed`]).
pub fn kinds_of(
    cut: &Cut,
    table: &LangTable,
    unit: Unit,
    coops: bool,
    second: bool,
    [qualifier, also]: [Option<Qualifier>; 2],
) -> [Option<Qualifier>; 2] {
    let sector = coops.then(|| sector(cut, table)).flatten();
    let kinds = match (qualifier, sector) {
        (None, k) => [k, also],
        (Some(q), Some(k)) if k != q && second => [Some(q), also.or(Some(k))],
        (q, _) => [q, also],
    };
    if unit != Unit::Count || !(both_kinds(cut, table) || several_listed(cut, table)) {
        return kinds;
    }
    kinds.map(|k| k.filter(|q| !q.is_farming()))
}

#[cfg(test)]
mod tests {
    use crate::content::reader::read;
    use crate::meaning::{Measure, Qualifier};

    fn kind(text: &str, lang: &str) -> (Option<Measure>, Option<Qualifier>) {
        let s = &read(text, lang, 2024)[0];
        (s.measure, s.qualifier)
    }

    #[test]
    fn a_count_in_the_fields_of_a_list_of_sectors_is_of_no_one_kind() {
        for (text, lang) in [
            (
                "Today 318 cooperatives work in the sectors of farming, fisheries, \
                 crafts and transport.",
                "en",
            ),
            (
                "On compte 318 coopératives actives dans les domaines de l'agriculture, \
                 de l'artisanat et du commerce.",
                "fr",
            ),
        ] {
            assert_eq!(
                kind(text, lang),
                (Some(Measure::Cooperatives), None),
                "{text}"
            );
        }
    }

    #[test]
    fn a_count_in_the_fields_of_one_sector_keeps_its_kind() {
        for (text, lang) in [
            // One sector, the plural word: the kind stays.
            ("Some 57 cooperatives work in the fields of farming.", "en"),
            // One sector, a comma ending its clause before a number.
            (
                "There are 57 cooperatives in the sector of farming, 12 in transport.",
                "en",
            ),
            // The singular word: what follows its comma is another clause.
            (
                "There are 57 cooperatives in the field of farming, mostly rice growers.",
                "en",
            ),
        ] {
            assert_eq!(
                kind(text, lang),
                (Some(Measure::Cooperatives), Some(Qualifier::Agricultural)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_count_after_with_is_of_the_sector_named_before_it() {
        for (text, lang) in [
            ("Riêng lĩnh vực nông nghiệp dẫn đầu với 312 HTX.", "vi"),
            (
                "Các HTX tập trung ở lĩnh vực nông nghiệp, với 312 HTX.",
                "vi",
            ),
            ("The agricultural sector leads with 312 cooperatives.", "en"),
        ] {
            assert_eq!(
                kind(text, lang),
                (Some(Measure::Cooperatives), Some(Qualifier::Agricultural)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_count_after_with_is_of_no_sector_named_past_a_clause_or_of_many() {
        for (text, lang) in [
            // Many sectors: none of them the count's.
            (
                "HTX hoạt động ở nhiều lĩnh vực nông nghiệp, dịch vụ, với 312 HTX.",
                "vi",
            ),
            // A semicolon ends the sector's clause.
            (
                "Lĩnh vực nông nghiệp phát triển mạnh; toàn tỉnh với 312 HTX.",
                "vi",
            ),
            (
                "Farming is a key sector; the province ends the year with 312 cooperatives.",
                "en",
            ),
        ] {
            assert_eq!(
                kind(text, lang),
                (Some(Measure::Cooperatives), None),
                "{text}"
            );
        }
    }
}
