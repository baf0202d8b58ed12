//! The numbers a text states, read as its language writes them: `1.059`, `1 059`,
//! `2,3 tỷ đồng`, `2 bilion 295 juta`, `5,6 millions de VND par mois`. Each mention
//! keeps where it stands, so a figure can be found in the report's words and the
//! sentence that states it shown beside it.

use super::amount::{self, Notation, Period};

/// One number in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The value, scale words applied (`2,3 tỷ` is 2,300,000,000), exact.
    pub value: f64,
    /// Byte range of the number and its words in the text.
    pub start: usize,
    pub end: usize,
    /// The period its words state (`/tháng`, `par an`), if any.
    pub per: Option<Period>,
    /// Written with a scale word or a currency (`2,3 tỷ`, `850 000 đồng`).
    pub money: bool,
    /// Written with a currency or a period (`đồng`, `/tháng`): money, never a count.
    /// A scale word alone (`21 nghìn thành viên`) may still count things.
    pub priced: bool,
    /// Followed by `%`.
    pub percent: bool,
}

impl Mention {
    /// The text of the mention.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// How many words after a number may belong to it ("5,3 triệu đồng/người/tháng").
const MAX_WORDS: usize = 8;

/// Every number in `text`, in order.
pub fn mentions(text: &str, notation: Notation) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i = next_digit(bytes, i);
            continue;
        }
        let after_letter = i > 0 && is_word_byte(text, i - 1);
        let currency = currency_before(text, i, after_letter, notation);
        let glued = after_letter && currency.is_some();
        let starts = (!after_letter || glued) && !(i > 0 && bytes[i - 1].is_ascii_digit());
        if !starts {
            i += 1;
            continue;
        }
        let end = number_end(text, i, notation);
        if let Some(date_end) = date_at(text, i) {
            i = date_end; // 28/12/2023, 2023-12-28: a day, not a figure
            continue;
        }
        // "the 13th anniversary", "le 2e congrès": a rank, not a number of things.
        if ordinal_after(text, end, notation) {
            i = end;
            continue;
        }
        // "the 100-member Đức Phát cooperative", "a 3-star product": joined to the word
        // after it, the number says what one thing is like, not how many there are.
        if compound_after(text, end) {
            i = end;
            continue;
        }
        match read_at(text, i, end, notation) {
            // "(US$89,000)", "USD 50,000": an amount in another currency than the dong,
            // the same money converted or none of the report's; no figure.
            Some(m) if currency.as_deref().is_some_and(|c| c != "VND") => i = m.end.max(end),
            // "VNĐ3.2 billion", "VND 82 million": money, the currency written before it.
            Some(m) if currency.is_some() => {
                i = m.end.max(end);
                out.push(Mention {
                    money: true,
                    priced: true,
                    ..m
                });
            }
            Some(m) => {
                i = m.end.max(end);
                out.push(m);
            }
            None => i = end.max(i + 1),
        }
    }
    range_starts(text, &mut out, notation);
    out
}

/// "de 20 à 30 %", "4,5 - 5 triệu đồng/người/tháng", "from VND 4 to 6.5 million": the
/// first number of a range, written bare, is of the second's unit: a percentage, or
/// money with its scale, currency and period. Never a count, nor a year.
fn range_starts(text: &str, out: &mut [Mention], notation: Notation) {
    let range = &notation.lang().table.money.range;
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        let year = a.value.fract() == 0.0 && (1900.0..=2100.0).contains(&a.value);
        // Cheap tests first: most pairs are two counts, and `number_end` reads the text.
        if a.percent || year || !(b.percent || b.money) {
            continue;
        }
        if a.end != number_end(text, a.start, notation) {
            continue; // the first number has words of its own
        }
        let gap = text[a.end..b.start].trim();
        let dash = matches!(gap, "-" | "–" | "—" | "~");
        if !(dash || range.contains(&crate::lang_tables::fold(gap))) {
            continue;
        }
        if b.percent {
            out[i - 1].percent = true;
            continue;
        }
        let words = &text[number_end(text, b.start, notation)..b.end];
        let candidate = format!("{}{words}", &text[a.start..a.end]);
        if let Ok(m) = amount::read_money(&candidate, notation) {
            let a = &mut out[i - 1];
            a.value = m.value;
            a.per = m.per;
            a.money = true;
            a.priced |= m.currency.is_some() || m.per.is_some();
        }
    }
}

/// How many words before a number may say it is a loss ("lỗ bình quân mỗi HTX 120
/// triệu", "une perte moyenne de 120 millions").
const LOSS_WORDS: usize = 5;

/// Whether the text states mention `m` as a loss or below zero: a minus sign right
/// before it, or a word of the language's `negative` lists ("lỗ", "âm", "loss",
/// "perte", "rugi") among the few words before it in its clause.
pub fn is_loss(text: &str, m: &Mention, notation: Notation) -> bool {
    let before = &text[..m.start];
    let mut rev = before.chars().rev();
    if let Some('-' | '−') = rev.next() {
        if rev.next().is_none_or(|c| c.is_whitespace() || c == '(') {
            return true;
        }
    }
    let clause = before
        .rsplit(['.', ';', ':', '!', '?', '\n'])
        .next()
        .unwrap_or_default();
    let w = &notation.lang().lexicon;
    clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .rev()
        .take(LOSS_WORDS)
        .any(|word| {
            w.negative_exact.contains(&word.to_lowercase())
                || w.negative.contains(&crate::lang_tables::fold(word))
        })
}

/// Where the next ASCII digit at or after `from` is (the end if none).
fn next_digit(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(u8::is_ascii_digit)
        .map_or(bytes.len(), |at| from + at)
}

/// The end of a date written in digits that starts at `start`: three groups of
/// digits joined by one kind of separator, `/`, `-` or `.` (`28/12/2023`,
/// `2023-12-28`, `28.12.2023`); a fraction such as `170/430` is not one.
fn date_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let a = digits(start);
    let sep = *bytes.get(start + a)?;
    if !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let b = digits(start + a + 1);
    if b == 0 || b > 2 && a > 2 || bytes.get(start + a + 1 + b) != Some(&sep) {
        return None;
    }
    let c = digits(start + a + b + 2);
    let end = start + a + b + 2 + c;
    let day_first = a <= 2 && b <= 2 && (c == 4 || c == 2);
    let year_first = a == 4 && b <= 2 && (1..=2).contains(&c);
    (day_first || year_first).then_some(end)
}

/// The currency written right before a number at byte `i`: glued to it ("VNĐ3.2",
/// "US$89,000"), or a code or sign one space before it ("VND 82 million", "USD 50,000",
/// "$ 1.2"), not a word of the currency ("cánh đồng 50 ha" is a field).
fn currency_before(text: &str, i: usize, glued: bool, notation: Notation) -> Option<String> {
    let before = match text[..i].strip_suffix(' ') {
        Some(b) if !glued => b,
        _ => &text[..i],
    };
    let spaced = before.len() < i;
    let lexicon = &notation.lang().lexicon;
    if let Some(rest) = before.strip_suffix(['$', '€']) {
        let sign = &before[rest.len()..];
        return lexicon.currency(&[sign], sign).map(|(c, _)| c.to_string());
    }
    if !glued && !spaced {
        return None;
    }
    let from = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(j, _)| j);
    let word = &before[from..];
    let code = word.chars().count() >= 3 && word.chars().all(char::is_uppercase);
    if word.chars().count() < 2 || (spaced && !code) {
        return None;
    }
    let key = crate::lang_tables::fold(word);
    lexicon
        .currency(&[key.as_str()], word)
        .map(|(c, _)| c.to_string())
}

/// The letters glued right after a number at byte `end` are one of the language's
/// endings of ordinals ("13th", "1er", "2e").
fn ordinal_after(text: &str, end: usize, notation: Notation) -> bool {
    let rest = &text[end..];
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    len > 0 && {
        let key = crate::lang_tables::fold(&rest[..len]);
        notation.lang().table.numbers.ordinal.contains(&key)
    }
}

/// A hyphen glued right after the number at byte `end`, and a letter right after it:
/// the number is the first part of a compound word ("100-member", "3-star").
fn compound_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix('-')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// Whether the character ending at byte `i` is a letter (a number glued to a word,
/// as in `NQ31` or `H2O`, is not a mention).
fn is_word_byte(text: &str, i: usize) -> bool {
    text[..=i]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Where the digits (with group and decimal marks between digits) that start at
/// `start` end.
fn number_end(text: &str, start: usize, notation: Notation) -> usize {
    // Both marks, so "1.059" reads in an English text too (and is told apart later).
    let is_sep = |c: char| {
        matches!(c, '.' | ',') || notation.is_group_sep(c) || c == notation.decimal_mark()
    };
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if c.is_ascii_digit() {
            end = start + off + 1;
        } else if is_sep(c)
            && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit())
            && end == start + off
        {
            continue;
        } else {
            break;
        }
    }
    // A space only groups digits in threes: "2023 1 059" is two numbers.
    let raw = &text[start..end];
    if raw.contains([' ', '\u{a0}', '\u{202f}']) && amount::parse_number(raw, notation).is_none() {
        return start + raw.find([' ', '\u{a0}', '\u{202f}']).unwrap_or(raw.len());
    }
    end
}

/// The mention at `start`: the longest run of words after the number that reads as
/// money, or the bare number.
fn read_at(text: &str, start: usize, end: usize, notation: Notation) -> Option<Mention> {
    let raw = &text[start..end];
    let rest = &text[end..];
    // "2.2 tỷ" read as "2,2 tỷ" where the comma is the decimal mark.
    let fixed = other_decimal(raw, rest, notation);
    let number = amount::parse_number(raw, notation)
        .or_else(|| amount::parse_number(raw.trim_end_matches(['.', ',']), notation))
        .or_else(|| amount::parse_number(fixed.as_deref()?, notation))?;
    let percent = rest.trim_start().starts_with('%') || percent_word(rest, notation);
    let bare = Mention {
        value: number,
        start,
        end,
        per: None,
        money: false,
        priced: false,
        percent,
    };
    if percent || !next_is_money_word(rest, notation) {
        return Some(bare);
    }
    for word_end in word_ends(rest).into_iter().rev() {
        let candidate = match &fixed {
            Some(f) => format!("{f}{}", &rest[..word_end]).into(),
            None => std::borrow::Cow::Borrowed(&text[start..end + word_end]),
        };
        // Not `parse_money`: a failed try needs no message.
        if let Ok(a) = amount::read_money(&candidate, notation) {
            return Some(Mention {
                value: a.value,
                start,
                end: end + word_end,
                per: a.per,
                money: true,
                priced: a.currency.is_some() || a.per.is_some(),
                percent: false,
            });
        }
    }
    Some(bare)
}

/// "2.2 tỷ đồng" in a language whose decimal mark is the comma: one mark followed by
/// one or two digits groups nothing, so before a word of money it is the decimal mark.
fn other_decimal(raw: &str, rest: &str, notation: Notation) -> Option<String> {
    let mark = notation.decimal_mark();
    let other = if mark == ',' { '.' } else { ',' };
    let (int, frac) = raw.split_once(other)?;
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let ok = digits(int) && digits(frac) && frac.len() < 3 && int.len() <= 3;
    if !ok || !next_is_money_word(rest, notation) {
        return None;
    }
    Some(format!("{int}{mark}{frac}"))
}

/// A word of the language for "%" right after the number ("10 per cent").
fn percent_word(rest: &str, notation: Notation) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    if !rest.starts_with(char::is_alphabetic) {
        return false;
    }
    notation.lang().table.numbers.percent.iter().any(|w| {
        rest.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && !rest[w.len()..].starts_with(char::is_alphabetic)
    })
}

fn next_is_money_word(rest: &str, notation: Notation) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    if rest.starts_with('/') {
        return true;
    }
    let word = rest
        .find(|c: char| !c.is_alphabetic())
        .map_or(rest, |end| &rest[..end]);
    let key = crate::lang_tables::fold(word);
    if key.is_empty() {
        // A currency symbol: "5 ₫".
        let sym = rest.chars().next().map(String::from).unwrap_or_default();
        return notation.lang().lexicon.money_words.contains(&sym);
    }
    notation.lang().lexicon.money_words.contains(&key)
}

/// The byte offsets in `rest` where each of its first words ends, stopping at the
/// end of a clause. A slash ends a word too ("million/year/cooperative": "million"
/// and "million/year" are tried before the whole).
fn word_ends(rest: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let (mut in_word, mut words) = (false, 0);
    for (i, c) in rest.char_indices() {
        if matches!(c, ';' | ':' | '(' | ')' | '\n' | ',' | '.') && !in_word_sep(rest, i) {
            if in_word {
                ends.push(i);
            }
            return ends;
        }
        let word_char = !c.is_whitespace();
        if in_word && c == '/' {
            ends.push(i);
        }
        if in_word && !word_char {
            ends.push(i);
            words += 1;
            if words == MAX_WORDS {
                return ends;
            }
        }
        in_word = word_char;
    }
    if in_word {
        ends.push(rest.len());
    }
    ends
}

/// A `,` or `.` between digits is part of a number ("2 tỷ 1,5 triệu"), not a break.
fn in_word_sep(rest: &str, i: usize) -> bool {
    let before = rest[..i].chars().next_back();
    let after = rest[i + 1..].chars().next();
    before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests;
