//! When new cooperatives were founded: over a term of years, in another year than
//! the one under review, or less than a year before a rating that leaves them out; and
//! effective ones counted by the rating of another year.

use super::parts::{a_year, clause_after, first_phrase, first_phrase_at, matches_at};
use crate::content::reader::Statement;
use crate::figure_table::{EFFECTIVE, NEW};
use crate::lang_tables::{last_phrase_after, phrase, starts_with_digit, LangTable};

/// "Trong 15 năm qua, thành phố phát triển mới 324 HTX", "nhiệm kỳ 2020-2025, toàn tỉnh
/// thành lập mới 353 HTX": new cooperatives counted over a span of years before them
/// in their sentence were founded over a term, not in the year; so were those counted
/// from another year up to now ([`founded_since`]).
pub(super) fn founded_over_years(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
    review: i32,
) -> Option<String> {
    if key != NEW {
        return None;
    }
    // "Giai đoạn 2018 - 2020, …; thành lập mới 39 HTX": a span that opens the sentence
    // holds each of its parts after a semicolon too.
    let full = phrase(&body[full_start(body, s)..s.span.start]);
    let opens = (0..full.len().min(OPENING)).any(|i| span_at(&full, i, table));
    let ws = if opens {
        full
    } else {
        phrase(&body[s.sentence.start..s.span.start])
    };
    let span = |i: usize| span_at(&ws, i, table);
    let count = |w: &str| {
        w.parse::<u32>()
            .ok()
            .or_else(|| table.numbers.words.get(w).map(|&n| n as u32))
            .is_some_and(|n| n >= 2)
    };
    let past = |i: usize| {
        count(&ws[i])
            && table
                .time
                .years_past
                .iter()
                .any(|p| matches_at(&ws, i + 1, p))
    };
    // "In the 2020-2025 term, 51 new cooperatives were established, and in the first
    // 6 months of 2023, an additional 8": a year named after the span is the number's;
    // not the end of one ("in the 10 years from 2000 to 2010").
    let end_of_span = |j: usize| a_dash(&ws[j - 1]) || j >= 2 && span(j - 2);
    let own_year =
        |i: usize| (i + 3..ws.len()).any(|j| a_year(&ws[j]) && !span(j) && !end_of_span(j));
    // "Trong nhiệm kỳ qua, Trà Vinh đã thành lập mới 69 HTX": over the term just ended.
    let term = (0..ws.len()).find_map(|i| {
        let terms = &table.time.terms_past;
        terms.iter().find(|p| matches_at(&ws, i, p))
    });
    if let Some(p) = term {
        return Some(format!("founded over \"{}\", not in the year", p.join(" ")));
    }
    // "312 new cooperatives were established, reaching 156% of the resolution's
    // target": counted against a congress resolution, over its term.
    let after = phrase(&body[s.span.end..s.sentence.end.max(s.span.end)]);
    if let Some(p) = first_phrase(&after, &table.time.resolution) {
        return Some(format!(
            "counted against \"{}\", over its term",
            p.join(" ")
        ));
    }
    (0..ws.len())
        .find(|&i| span(i) || past(i))
        .filter(|&i| !own_year(i))
        .map(|i| format!("founded over the years \"{}\", not in the year", ws[i]))
        .or_else(|| founded_since(body, s, table, review))
}

/// How many words at most stand before a span of years that opens a sentence ("Trong
/// giai đoạn 2018 - 2020").
const OPENING: usize = 4;

/// The dashes that join the two years of a span ("2018-2020", "2018 – 2020").
const DASHES: [char; 2] = ['-', '–'];

/// Word `w` is a dash alone, as between the two years of "2018 - 2020".
fn a_dash(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(|d| DASHES.contains(&d)) && c.next().is_none()
}

/// A span of years starts at word `i`: "2018-2020", "2018 - 2020", with a word of a
/// range between the years, the first earlier ("from 2000 to 2010", "từ 2016 đến 2020"),
/// or "and" between them after "between" ("between 2020 and 2025", "entre 2020 et
/// 2025").
fn span_at(ws: &[String], i: usize, table: &LangTable) -> bool {
    let w = &ws[i];
    let one = w
        .split_once(DASHES)
        .is_some_and(|(a, b)| a_year(a) && a_year(b));
    let money = &table.money;
    let between = i > 0 && money.between.contains(&ws[i - 1]);
    let three = a_year(w)
        && ws.get(i + 1).is_some_and(|d| {
            a_dash(d) || money.range.contains(d) || between && money.and.contains(d)
        })
        && ws.get(i + 2).is_some_and(|b| a_year(b) && b > w);
    one || three
}

/// Where the sentence of `s` starts past its semicolons ("Giai đoạn 2018 - 2020, thành
/// lập mới 1 liên hiệp …; thành lập mới 39 HTX": the span opens both parts): after the
/// last line break or the last full stop followed by a space before it.
fn full_start(body: &str, s: &Statement) -> usize {
    let before = &body[..s.sentence.start];
    let b = before.as_bytes();
    (0..b.len())
        .rev()
        .find(|&i| {
            b[i] == b'\n'
                || (matches!(b[i], b'.' | b'!' | b'?')
                    && b.get(i + 1).is_some_and(|c| c.is_ascii_whitespace()))
        })
        .map_or(0, |i| i + 1)
}

/// "Từ 2016 đến nay, toàn tỉnh … thành lập mới 423 HTX", "Tính từ đầu năm 2024 đến nay
/// … phát triển mới 05 HTX", "since 2021, 44 new cooperatives": new ones counted from
/// a year up to now, before them in their sentence, when that year is not the one under
/// review, are not the year's (several years', or a later year's). Asked by
/// [`founded_over_years`] of new ones alone.
fn founded_since(body: &str, s: &Statement, table: &LangTable, review: i32) -> Option<String> {
    let ws = phrase(&body[s.sentence.start..s.span.start]);
    let ends: Vec<Vec<String>> = table.period.span_end.iter().map(|e| phrase(e)).collect();
    let now_at = |i: usize| table.time.now.iter().any(|p| matches_at(&ws, i, p));
    let now = |i: usize| {
        now_at(i)
            || ends
                .iter()
                .any(|e| matches_at(&ws, i, e) && now_at(i + e.len()))
    };
    let since = |i: usize| {
        let t = &table.time;
        t.since
            .iter()
            .any(|p| i >= p.len() && matches_at(&ws, i - p.len(), p))
    };
    let (_, y) = (0..ws.len())
        .filter(|&i| a_year(&ws[i]) && (now(i + 1) || since(i)))
        .find_map(|i| ws[i].parse::<i32>().ok().map(|y| (i, y)))
        .filter(|&(_, y)| y != review)?;
    Some(format!("counted from {y} up to now, not in the year"))
}

/// "TDM city in July had additional 2 newly-established cooperatives", "En juillet, 4
/// coopératives ont été créées", "trong tháng 7 thành lập mới 3 HTX": new ones counted
/// in one month (its name right after a word of "in" before them in their sentence,
/// with no number between but its year) are a part of the year's.
pub(super) fn founded_in_a_month(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if key != NEW {
        return None;
    }
    let lead = phrase(&body[s.sentence.start..s.span.start]);
    let months: Vec<Vec<String>> = table.date.months.iter().map(|m| phrase(m)).collect();
    let (i, month) = last_phrase_after(&lead, &months, &table.period.in_month_words)?;
    let number = |w: &String| starts_with_digit(w) && !a_year(w);
    if lead[i + month.len()..].iter().any(number) {
        return None;
    }
    Some(format!(
        "counted in \"{}\" alone, a part of the year",
        month.join(" ")
    ))
}

/// The year named within `reach` words after the first of `phrases` in `after`
/// ("thành lập trước năm 2013": 2013 after "thành lập").
fn year_after<'a>(
    after: &'a [String],
    phrases: &[Vec<String>],
    reach: usize,
) -> Option<&'a String> {
    let (at, p) = first_phrase_at(after, phrases)?;
    let from = at + p.len();
    after[from..after.len().min(from + reach)]
        .iter()
        .find(|w| a_year(w))
}

/// How many words after a word of founding the year it was founded in may stand
/// ("thành lập trước năm 2013").
const YEAR_AFTER: usize = 3;

/// "79 HTX thành lập trước năm 2013 phải tổ chức chuyển đổi", "cooperatives founded
/// before 2013": new ones whose words of founding, after them in their clause, name
/// another year than the one under review were not founded in it.
pub(super) fn founded_in_another_year(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
    review: i32,
) -> Option<String> {
    if key != NEW {
        return None;
    }
    let after = clause_after(body, s);
    let year = year_after(&after, &table.period.founds_words, YEAR_AFTER)?;
    (year.parse::<i32>().ok()? != review)
        .then(|| format!("founded in another year than the one under review (\"{year}\")"))
}

/// "34 HTX mới thành lập dưới 12 tháng nên chưa đưa vào phân loại", "20 newly set up
/// cooperatives not yet classified": new ones said, after them in their clause, to be
/// younger than a year or not yet rated are the last group of a rating, counted on
/// its day over the twelve months before it, not the year's new ones.
pub(super) fn not_yet_rated(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    if key != NEW {
        return None;
    }
    let after = clause_after(body, s);
    let p = first_phrase(&after, &table.time.not_yet_rated)?;
    Some(format!(
        "\"{}\": the young ones a rating leaves out, not the year's new ones",
        p.join(" ")
    ))
}

/// How many words after a word of rating its year may stand ("đánh giá năm 2021",
/// "rated in 2021").
const RATED_YEAR: usize = 3;

/// "32 HTX hoạt động hiệu quả có tổng điểm đánh giá năm 2021" in a review of 2022,
/// "45 cooperatives rated good in the 2021 classification": effective ones counted by
/// a rating of another year, named after them in their clause, are that year's.
pub(super) fn rated_in_another_year(
    body: &str,
    s: &Statement,
    key: &str,
    table: &LangTable,
    review: i32,
) -> Option<String> {
    if key != EFFECTIVE {
        return None;
    }
    let after = clause_after(body, s);
    let year = year_after(&after, &table.time.rated, RATED_YEAR)?;
    (year.parse::<i32>().ok()? != review)
        .then(|| format!("counted by the rating of another year (\"{year}\")"))
}
