//! The reader: what a text says each of its numbers is. For a report or an article in
//! any language with a table (`src/lang_tables/`), it finds statements: a number,
//! its unit and period, per-unit, what it counts or measures and its place in time
//! against the year under review, each keeping its sentence and the number's span.
//! `check` compares typed figures with them; `import` writes them as figures.
//!
//! ```
//! use coopsite::content::reader::{read, TimeRole};
//! let text = "Năm 2023, toàn tỉnh có 462 HTX. Đến cuối năm 2024, toàn tỉnh có 498 HTX.";
//! let found = read(text, "vi", 2024);
//! assert_eq!(found[0].time, TimeRole::Year(2023));
//! assert_eq!(found[1].time, TimeRole::Review);
//! ```

mod converted;
mod cut;
mod heading;
mod listed;
mod money_noun;
mod numwords;
mod per_unit;
mod referent;
mod sector;
mod statement;
mod time;
mod what;
mod written;

pub use cut::{sentence_range, Sentences};
pub use numwords::word_mentions;
pub use statement::{Statement, TimeRole, Unit};

use super::amount::Notation;
use super::mentions::{mentions, Mention};
use crate::lang_tables::LangTable;
use crate::meaning::{Measure, Qualifier};

/// Every statement of `text` (a report in language `lang`, reviewing `review`), in
/// order, numbers written in words ("Fifty co-operatives") with those in digits. Years
/// named as years ("năm 2023") and dates are not statements.
pub fn read(text: &str, lang: &str, review: i32) -> Vec<Statement> {
    let notation = Notation::for_lang(lang);
    let mut found = mentions(text, notation);
    let in_words = numwords::word_mentions(text, notation.lang());
    if !in_words.is_empty() {
        found.extend(in_words);
        found.sort_by_key(|m| m.start);
    }
    read_mentions(text, &found, notation, review)
}

/// The statements of the numbers `found` in `text` (as [`mentions`] gives them).
pub fn read_mentions(
    text: &str,
    found: &[Mention],
    notation: Notation,
    review: i32,
) -> Vec<Statement> {
    statements(text, found, notation, review).collect()
}

/// [`read_mentions`] one statement at a time, for a caller that may stop at the first
/// it wants.
pub fn statements<'a>(
    text: &'a str,
    found: &'a [Mention],
    notation: Notation,
    review: i32,
) -> impl Iterator<Item = Statement> + 'a {
    let (mut line, mut counted) = (1, 0);
    let mut sentences = Sentences::default();
    found.iter().filter_map(move |m| {
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted..m.start]).count();
        counted = m.start;
        let ask = Ask {
            line,
            kinds: true,
            sentences: &mut sentences,
        };
        state(text, found, m, notation, review, ask)
    })
}

/// The statement of one number `m` of `found` (every number of `text`, in order);
/// None for a year. What is read once of `text` (the words of the last sentence read,
/// the year of its first date) is kept in `sentences`, one for all the numbers of the
/// text looked up.
pub fn statement_in(
    text: &str,
    found: &[Mention],
    m: &Mention,
    (notation, review): (Notation, i32),
    sentences: &mut Sentences,
) -> Option<Statement> {
    let line = 1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..m.start]).count();
    // A second kind too: "thành lập mới 35 HTX hoạt động hiệu quả" are new ones as
    // much as effective ones, and a figure of either kind is what it states.
    let ask = Ask {
        line,
        kinds: true,
        sentences,
    };
    state(text, found, m, notation, review, ask)
}

/// How a number is read: its line, whether a second kind is asked for, and the words
/// of the last sentence read.
struct Ask<'a> {
    line: usize,
    kinds: bool,
    sentences: &'a mut Sentences,
}

fn state(
    text: &str,
    found: &[Mention],
    m: &Mention,
    notation: Notation,
    review: i32,
    ask: Ask,
) -> Option<Statement> {
    let Ask {
        line,
        kinds,
        sentences,
    } = ask;
    let table: &LangTable = &notation.lang().table;
    if is_year(text, m) || is_day(text, m, table) {
        return None;
    }
    // The year of the text's first date, looked for only when a sentence says "last
    // year": cutting the whole text into words for every number `check` looks up made
    // 10,000-report builds about a quarter slower (bench/README, seventh session).
    let (mut dated, from) = (sentences.written, sentences.written_from);
    let mut written_year = || {
        *dated.get_or_insert_with(|| {
            written::first_date_year(&crate::lang_tables::words(text)).max(from)
        })
    };
    let sentence = cut::sentence_range(text, m.start);
    let from = found.partition_point(|o| o.end <= sentence.start);
    let to = found.partition_point(|o| o.start < sentence.end);
    let words = sentences.get(text, &sentence, table);
    let c = cut::Cut::new(words, m, &found[from..to.max(from)], table);
    let unit = if m.percent {
        Unit::Percent
    } else if m.priced || (m.money && !counted_by_scale(&c, table)) {
        Unit::Money
    } else {
        Unit::Count
    };
    let mut w = what::what(&c, table, unit, kinds);
    let rank = unit == Unit::Count && table.ids.rank_before.ends_at(c.ids, c.at);
    slashed(text, words, found, m, table, unit, &mut w);
    if let Some(measure) = listed::respectively(&c, table, unit) {
        w.measure = measure;
        w.qualifier = w.qualifier.filter(|_| measure.is_some());
        w.average |= measure.is_some() && listed::average_before_list(&c, table);
    }
    // A bare number said to be revenue or income is money too ("doanh thu đạt 970").
    let unit = match (unit, w.measure) {
        (Unit::Count, None) if m.money => Unit::Money,
        _ => unit,
    };
    if unit == Unit::Money && w.measure.is_some_and(|x| !x.is_money()) {
        w.measure = None;
    }
    let years = cut::years(&c, table, review, &mut written_year);
    let mut time = time::role(&c, table, &years, review, unit);
    if matches!(time, TimeRole::Span(_, to) if to == review) && at_term_end(&c, &w, table) {
        time = TimeRole::Review;
    }
    let per = m.per.or_else(|| {
        (unit == Unit::Money)
            .then(|| {
                // "4.54 million VND (189 USD) per person per month"
                (per_unit::period_before(&c, table).or(w.per))
                    .or_else(|| converted::period_behind(&c, table))
            })
            .flatten()
    });
    sentences.written = dated;
    if time == TimeRole::Review
        && years.is_empty()
        && planned_before(text, found, &sentence, (notation, review), sentences)
    {
        time = TimeRole::Target;
    }
    let value = match w.measure {
        Some(x) if unit == Unit::Count && !x.is_money() => {
            grouped(m.text(text), table).unwrap_or(m.value)
        }
        _ => m.value,
    };
    Some(Statement {
        value,
        span: m.start..m.end,
        sentence: sentence.clone(),
        line,
        unit,
        per,
        per_unit: w.per_unit,
        average: w.average,
        measure: w.measure,
        qualifier: w.qualifier,
        also: w.also,
        time,
        rank,
        other: w.other && w.measure.is_none(),
    })
}

/// "giai đoạn 2021 - 2025, toàn tỉnh có 537 HTX": a count of all (cooperatives, groups,
/// members) at the end of a term that ends in the year under review is the year's,
/// unless the sentence speaks of founding up to the end of the number's clause
/// ("nhiệm kỳ 2020-2025, toàn tỉnh thành lập mới 353 HTX", "saw the establishment of
/// … 297 cooperatives"; not "has 352 cooperatives, of which 132 were newly established").
fn at_term_end(c: &cut::Cut, w: &what::What, table: &LangTable) -> bool {
    let stock = matches!(
        w.measure,
        Some(Measure::Cooperatives | Measure::CooperativeGroups | Measure::Members)
    ) && w.qualifier != Some(Qualifier::New);
    // The sentence's words, as the reader cut them; every comma and semicolon is a word
    // of its own (one inside a number too, as the text has it).
    let ws = c.words;
    let comma = |i: &usize| matches!(ws[*i].key.as_str(), "," | ";");
    let end = (c.next..ws.len()).find(comma).unwrap_or(ws.len());
    let new = table
        .ids
        .qualifiers
        .iter()
        .filter(|(q, _)| *q == Qualifier::New)
        .any(|(_, list)| c.has(0..end, list));
    // "44 new co-operatives have sprung up since 2021, taking the total number to 199":
    // a count said to be the total is all of them at the term's end.
    let clause = (0..c.at).rev().find(comma).map_or(0, |i| i + 1);
    let said_total = c.has(clause..c.at, &table.ids.total);
    stock && (!new || said_total)
}

/// "Năm 2023, tỉnh phấn đấu thành lập mới 15 HTX, …; doanh thu bình quân mỗi HTX
/// khoảng 3,2 tỷ đồng/năm; …": the parts after a semicolon list what the sentence's
/// first part sets out to do, so a part `sentence` that names no year of its own is a
/// target when the first number of that first part is one, and not a projection ("It
/// is expected that …, bringing … to 41; the number … will reach 511", which import
/// leaves out by its words). What the first part says is kept in `sentences` for the
/// other parts after it.
fn planned_before(
    text: &str,
    found: &[Mention],
    sentence: &std::ops::Range<usize>,
    (notation, review): (Notation, i32),
    sentences: &mut Sentences,
) -> bool {
    let mut head = sentence.start;
    while let Some(end) = text[..head].trim_end().strip_suffix(';').map(str::len) {
        head = cut::sentence_range(text, end).start;
    }
    if head == sentence.start {
        return false;
    }
    if let Some((_, planned)) = sentences.planned.filter(|&(at, _)| at == head) {
        return planned;
    }
    let first = found.partition_point(|o| o.end <= head);
    // The first part's words, read apart from the caller's (it holds this part's).
    let heads = sentences.heads.get_or_insert_with(Box::default);
    // The text's first date, looked for once for both.
    heads.written = sentences.written;
    heads.written_from = sentences.written_from;
    let planned = found[first..]
        .iter()
        .take_while(|o| o.start < sentence.start)
        .filter_map(|o| {
            let part = cut::sentence_range(text, o.start);
            let ask = Ask {
                line: 0,
                kinds: false,
                sentences: heads,
            };
            (part.start == head)
                .then(|| state(text, found, o, notation, review, ask))
                .flatten()
        })
        .next()
        .is_some_and(|s| {
            let ids = &notation.lang().table.ids;
            let ws = ids.of_words(&crate::lang_tables::words(&text[head..s.span.start]));
            let has =
                |list: &crate::lang_tables::Phrases| (0..ws.len()).any(|i| list.at(&ws, i) > 0);
            // "Năm 2017, Liên minh HTX phấn đấu tốc độ tăng trưởng … đạt 6%; …": a
            // percentage is a share whatever its words, but they set out an aim.
            let aimed = s.time == TimeRole::Target
                || (s.unit == Unit::Percent && has(&ids.time.target) && !has(&ids.time.not_target));
            aimed && !has(&ids.time.expected)
        });
    sentences.written = heads.written;
    sentences.planned = Some((head, planned));
    planned
}

/// How many words after "a/b" may say how the part does.
const SLASH_REACH: usize = 12;

/// "139/143 HTX đang hoạt động có hiệu quả": how they do is said of the part (139),
/// the whole (143) is all of them; the part counts what the whole's noun names. Of new
/// ones ("thành lập mới 11/15 HTX") the whole is the plan: it counts nothing.
fn slashed(
    text: &str,
    words: &cut::Sentence,
    found: &[Mention],
    m: &Mention,
    table: &LangTable,
    unit: Unit,
    w: &mut what::What,
) {
    use crate::meaning::Qualifier::{Effective, Inactive, Ineffective, New};
    let state = |q: Option<crate::meaning::Qualifier>| {
        matches!(q, Some(Effective | Ineffective | Inactive))
    };
    let digit_before = text[..m.start]
        .strip_suffix('/')
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    if unit == Unit::Count && digit_before && state(w.qualifier) {
        w.qualifier = None;
        return;
    }
    let sentence = &words.range;
    let from = found.partition_point(|o| o.end <= sentence.start);
    let to = found.partition_point(|o| o.start < sentence.end);
    let others = &found[from..to.max(from)];
    // "thành lập mới 11/15 HTX": the whole after new ones is the plan they were set
    // against, no count of the province's.
    let part = found.iter().find(|o| o.end + 1 == m.start);
    if let Some(part) = part.filter(|_| unit == Unit::Count && digit_before) {
        let c = cut::Cut::new(words, part, others, table);
        if what::what(&c, table, Unit::Count, false).qualifier == Some(New) {
            w.measure = None;
            w.qualifier = None;
            return;
        }
    }
    let new = w.qualifier == Some(New);
    if unit != Unit::Count || (w.measure.is_some() && !new) || !text[m.end..].starts_with('/') {
        return;
    }
    let Some(whole) = found.iter().find(|o| o.start == m.end + 1) else {
        return;
    };
    // How they do may stand after the noun and an aside ("hợp tác xã (HTX) đang hoạt
    // động có hiệu quả"): read further than for a number alone.
    let c = cut::Cut::reaching(words, whole, others, table, SLASH_REACH);
    let ww = what::what(&c, table, Unit::Count, false);
    if new && ww.measure.is_some() {
        // The part of "a/b" new ones: new ones of what the whole counts, whatever noun
        // stands before ("Liên minh HTX tỉnh đã thành lập mới 12/20 HTX").
        w.measure = ww.measure;
    } else if state(ww.qualifier) && w.measure.is_none() {
        w.measure = ww.measure;
        w.qualifier = ww.qualifier;
    }
}

/// "hơn 120 nghìn thành viên", "2.5 thousand members": a number with a scale word and
/// neither a currency nor a period (those are money's) counts the things its noun, right
/// after it, names.
fn counted_by_scale(c: &cut::Cut, table: &LangTable) -> bool {
    c.first(c.next..c.after.end, &table.ids.count_nouns)
        .is_some_and(|(_, i)| i == c.next)
}

/// A count of things written with the decimal mark where the other notation groups
/// thousands ("56.000 members" in English, "1,059 HTX" in Vietnamese): things are
/// not counted to three decimals, so the mark groups.
fn grouped(raw: &str, table: &LangTable) -> Option<f64> {
    let mark = table.numbers.decimal;
    if !raw.contains(mark) {
        return None;
    }
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let mut parts = raw.split(mark);
    let head = parts.next()?;
    let ok = digits(head) && head.len() <= 3 && parts.all(|p| p.len() == 3 && digits(p));
    ok.then(|| raw.replace(mark, "").parse().ok()).flatten()
}

/// A day of a month named in words: "on July 29", "le 29 juillet", "29 Disember".
fn is_day(text: &str, m: &Mention, table: &LangTable) -> bool {
    let raw = m.text(text);
    if raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) || m.money || m.percent {
        return false;
    }
    if !(1.0..=31.0).contains(&m.value) {
        return false;
    }
    let before = text[..m.start].trim_end();
    let word_before = &before[before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    })..];
    let after = text[m.end..].trim_start_matches([' ', '\u{a0}']);
    let word_after = &after[..after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len())];
    let month = |w: &str| {
        let key = crate::lang_tables::fold(w);
        !key.is_empty() && crate::lang_tables::is_month(table, &key)
    };
    month(word_before) || month(word_after)
}

/// A year standing as a number: four digits, 1990 to 2060, no grouping, no money;
/// or the end of a span of years in two digits ("2026–30").
fn is_year(text: &str, m: &Mention) -> bool {
    let raw = m.text(text);
    let span_end = raw.len() == 2
        && text[..m.start].strip_suffix(['-', '–']).is_some_and(|b| {
            b.len() >= 4
                && b.is_char_boundary(b.len() - 4)
                && b[b.len() - 4..].bytes().all(|c| c.is_ascii_digit())
        });
    span_end
        || raw.len() == 4
            && raw.bytes().all(|b| b.is_ascii_digit())
            && (1990.0..=2060.0).contains(&m.value)
            && !m.money
            && !m.percent
}

#[cfg(test)]
mod tests;
