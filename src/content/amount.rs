//! Numbers and money as reports write them, read in the report's language: "2,3 tỷ
//! đồng", "2 bilion 295 juta/tahun", "5,6 millions de VND par mois", "$2.3 million".
//! It imports only the language tables (and their handle, `content::notation`).
//! Values are exact: digits read as an integer and a count of decimals, scaled in
//! integers, made an `f64` at the end.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::lang_tables::{self, starts_with, Lexicon};

pub use super::notation::Notation;
use tokens::{tokenize, Tok};

mod tokens;

/// What a per-time ending counts an amount over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
}

/// Money as a report wrote it, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// The exact value in currency units ("2,3 tỷ" -> 2_300_000_000.0).
    pub value: f64,
    /// `Some(Month)` when the text ends in a per-month phrase, `Some(Year)` for a
    /// per-year phrase, else None.
    pub per: Option<Period>,
    /// `Some("VND")` when the text names đồng/đ/VND/dong, `Some("USD")` for
    /// USD/$/dollars, other ISO codes written as 3 capitals (EUR) as such; else None.
    pub currency: Option<String>,
}

/// Reads money written as a report writes it. Err says what could not be read, in
/// one short sentence, plus an example of a form that works, for the report's language.
pub fn parse_money(text: &str, notation: Notation) -> Result<Amount, String> {
    read_money(text, notation).map_err(|e| format!("{e}; write money like {}", notation.example()))
}

/// Reads a plain number in the language's notation (no scale words): vi "1.059" ->
/// 1059, "69,8" -> 69.8; fr "1 059" / "1\u{202f}059" / "1\u{a0}059" -> 1059, "5,6" ->
/// 5.6; en/ms "1,059" -> 1059, "2.3" -> 2.3. No sign: None for "-3".
pub fn parse_number(text: &str, notation: Notation) -> Option<f64> {
    read_decimal(text.trim(), notation)
        .ok()
        .map(Decimal::to_f64)
}

/// `digits / 10^places`, exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Decimal {
    digits: u128,
    places: u32,
}

impl Decimal {
    /// The nearest `f64`: one correctly rounded conversion.
    fn to_f64(self) -> f64 {
        let (mut digits, mut places) = (self.digits, self.places);
        while places > 0 && digits % 10 == 0 {
            digits /= 10;
            places -= 1;
        }
        if places == 0 {
            return digits as f64;
        }
        format!("{digits}e-{places}")
            .parse()
            .expect("digits and an exponent always parse")
    }
}

/// Reads digits with the notation's decimal mark and thousands groups.
fn read_decimal(raw: &str, notation: Notation) -> Result<Decimal, String> {
    let bad = || format!("\"{raw}\" is not a number: {}", notation.rule());
    let (int, frac) = match raw.split_once(notation.decimal_mark()) {
        Some((_, "")) => return Err(bad()),
        Some((int, frac)) => (int, frac),
        None => (raw, ""),
    };
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let class = |c: char| if c.is_whitespace() { ' ' } else { c };
    let mut seps = int.chars().filter(|c| !c.is_ascii_digit()).peekable();
    let first = seps.peek().copied();
    if !seps.all(|c| notation.is_group_sep(c) && Some(class(c)) == first.map(class)) {
        return Err(bad());
    }
    // The groups of digits between the separators, read without copying them.
    let mut groups = int.split(|c: char| !c.is_ascii_digit());
    let first = groups.next().unwrap_or_default();
    let (mut count, mut empty, mut threes) = (1, first.is_empty(), true);
    for g in groups {
        count += 1;
        empty |= g.is_empty();
        threes &= g.len() == 3;
    }
    let grouped_right = count == 1 || (first.len() <= 3 && threes);
    if empty || !grouped_right {
        return Err(bad());
    }
    let digits = int.bytes().chain(frac.bytes()).filter(u8::is_ascii_digit);
    if digits.clone().count() > 30 {
        return Err(format!("\"{raw}\" has too many digits"));
    }
    Ok(Decimal {
        // At most 30 digits: no overflow.
        digits: digits.fold(0u128, |n, b| n * 10 + u128::from(b - b'0')),
        places: frac.len() as u32,
    })
}

/// True when `key` is one of `words`.
fn is_in(words: &std::collections::HashSet<String>, key: &str) -> bool {
    !key.is_empty() && words.contains(key)
}

/// A number with its scale words: "2 tỷ", "295 juta".
struct Part {
    n: Decimal,
    factor: u128,
    /// As written, and the scale words alone ("2 tỷ", "tỷ").
    text: String,
    unit: String,
}

pub(super) fn read_money(text: &str, notation: Notation) -> Result<Amount, String> {
    // Most text is already composed (NFC): it is read as it is, not copied.
    let text: std::borrow::Cow<str> = match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text.into(),
        _ => text.nfc().collect::<String>().into(),
    };
    let text = text.trim();
    let text = text.strip_suffix('.').unwrap_or(text).trim_end();
    let mut toks = tokenize(text, notation);
    let negative = check_shape(&toks, text, notation.words())?;
    if negative {
        drop_sign(&mut toks, notation.words());
    }
    let mut r = Reader {
        toks: &toks,
        pos: 0,
        notation,
    };
    r.skip_approx();
    let before = r.read_currency();
    r.skip_approx();
    let parts = r.read_parts()?;
    let mut after = r.read_currency();
    let per = r.read_per()?;
    if after.is_none() {
        after = r.read_currency();
    }
    if let Some(tok) = toks.get(r.pos) {
        return Err(match tok {
            Tok::Num(n) => format!("cannot read the second number \"{n}\""),
            _ => format!("cannot read \"{}\"", tok.text()),
        });
    }
    let currency = match (before, after) {
        (Some(a), Some(b)) if a != b => {
            return Err(format!("\"{text}\" names two currencies, {a} and {b}"))
        }
        (a, b) => a.or(b),
    };
    let value = total(&parts)?;
    Ok(Amount {
        value: if negative { -value } else { value },
        per,
        currency,
    })
}

/// Whether a token before the first number makes the amount negative: `-`, `−`, or
/// a word of the language's `negative` lists ("âm", "lỗ", "loss", "perte", "rugi").
fn is_sign(t: &Tok, w: &Lexicon) -> bool {
    match t {
        Tok::Sym(c) => "-−".contains(*c),
        Tok::Word { raw, key } => {
            w.negative_exact.contains(&raw.to_lowercase()) || is_in(&w.negative, key)
        }
        Tok::Num(_) => false,
    }
}

/// Removes the sign of a negative amount, with the words before it and the `of` after
/// it ("a loss of 120 million" reads as "120 million").
fn drop_sign(toks: &mut Vec<Tok>, w: &Lexicon) {
    let first = toks
        .iter()
        .position(|t| matches!(t, Tok::Num(_)))
        .unwrap_or(0);
    let Some(last_sign) = toks[..first].iter().rposition(|t| is_sign(t, w)) else {
        return;
    };
    let mut end = last_sign + 1;
    while end < first && is_in(&w.currency_of, toks[end].key()) {
        end += 1;
    }
    let kept_before: Vec<Tok> = toks[..last_sign]
        .iter()
        .filter(|t| !matches!(t, Tok::Word { .. }) && !is_sign(t, w))
        .cloned()
        .collect();
    toks.splice(..end, kept_before);
}

/// Rejects, before reading, text that cannot be one amount: no number, a
/// percentage, a range. True when the amount is negative (a loss).
fn check_shape(toks: &[Tok], text: &str, w: &Lexicon) -> Result<bool, String> {
    let is_num = |t: &Tok| matches!(t, Tok::Num(_));
    let (Some(first), Some(last)) = (toks.iter().position(is_num), toks.iter().rposition(is_num))
    else {
        return Err(if text.is_empty() {
            "the amount is empty".to_string()
        } else {
            format!("\"{text}\" has no number in digits")
        });
    };
    if toks.contains(&Tok::Sym('%')) {
        return Err(format!("\"{text}\" is a percentage, not money"));
    }
    let between = toks[..first].iter().any(|t| is_in(&w.between, t.key()));
    let range = toks[first..last].iter().any(|t| match t {
        Tok::Sym(c) => "-–—~÷".contains(*c),
        _ => is_in(&w.range, t.key()) || (between && is_in(&w.and, t.key())),
    });
    if range {
        return Err(format!("\"{text}\" is a range, not one value"));
    }
    Ok(toks[..first].iter().any(|t| is_sign(t, w)))
}

/// The sum of the parts, exactly, as the nearest `f64`.
fn total(parts: &[Part]) -> Result<f64, String> {
    let places = parts.iter().map(|p| p.n.places).max().unwrap_or(0);
    let mut sum: u128 = 0;
    for p in parts {
        sum = 10u128
            .checked_pow(places - p.n.places)
            .and_then(|shift| p.n.digits.checked_mul(shift))
            .and_then(|v| v.checked_mul(p.factor))
            .and_then(|v| v.checked_add(sum))
            .ok_or("the amount is too large")?;
    }
    Ok(Decimal {
        digits: sum,
        places,
    }
    .to_f64())
}

/// The scale of a folded word, if it is one.
fn scale_of(key: &str, raw: &str, notation: Notation) -> Result<Option<u128>, String> {
    if let Some(why) = notation.lang().table.false_friends.get(key) {
        return Err(format!("\"{raw}\" {why}"));
    }
    Ok(notation.words().scale(key))
}

/// `n * factor < bound`, without overflow.
fn is_below(n: Decimal, factor: u128, bound: u128) -> bool {
    let rhs = 10u128
        .checked_pow(n.places)
        .and_then(|p| p.checked_mul(bound));
    n.digits
        .checked_mul(factor)
        .is_some_and(|lhs| rhs.is_none_or(|rhs| lhs < rhs))
}

struct Reader<'a> {
    toks: &'a [Tok],
    pos: usize,
    notation: Notation,
}

impl Reader<'_> {
    fn key(&self, ahead: usize) -> &str {
        self.toks.get(self.pos + ahead).map_or("", Tok::key)
    }

    /// How many tokens from `at` the longest of `phrases` covers (0 if none).
    fn phrase(&self, at: usize, phrases: &[lang_tables::Phrase]) -> usize {
        let keys: Vec<&str> = self.toks[at.min(self.toks.len())..]
            .iter()
            .take(4)
            .map(Tok::key)
            .collect();
        phrases
            .iter()
            .find(|p| starts_with(&keys, p))
            .map_or(0, Vec::len)
    }

    fn skip_approx(&mut self) {
        loop {
            let n = self.phrase(self.pos, &self.notation.words().approx);
            let n = match self.toks.get(self.pos) {
                Some(Tok::Sym('~' | '≈')) => 1,
                _ => n,
            };
            if n == 0 {
                return;
            }
            self.pos += n;
        }
    }

    /// The currency named at `at` and how many tokens name it.
    fn currency_at(&self, at: usize) -> Option<(String, usize)> {
        let tok = self.toks.get(at)?;
        let keys: Vec<&str> = self.toks[at..].iter().take(3).map(Tok::key).collect();
        if let Some((code, len)) = self.notation.words().currency(&keys, tok.raw()) {
            return Some((code.to_string(), len));
        }
        match tok {
            // Any other ISO code, written in capitals (EUR, JPY).
            Tok::Word { raw, .. }
                if raw.len() == 3 && raw.bytes().all(|b| b.is_ascii_uppercase()) =>
            {
                Some((raw.clone(), 1))
            }
            _ => None,
        }
    }

    /// A currency, with fr "de"/"d'" in front of it ("millions de VND").
    fn read_currency(&mut self) -> Option<String> {
        let skip = usize::from(is_in(&self.notation.words().currency_of, self.key(0)));
        let (code, len) = self.currency_at(self.pos + skip)?;
        self.pos += skip + len;
        Some(code)
    }

    /// Scale words after a number, (1, "") if none; a larger one multiplies
    /// ("nghìn tỷ" = 10^12).
    fn read_scale(&mut self) -> Result<(u128, String), String> {
        let (mut factor, mut words) = (1, String::new());
        while let Some(Tok::Word { raw, key }) = self.toks.get(self.pos) {
            match scale_of(key, raw, self.notation)? {
                Some(f) if f > factor => factor *= f,
                _ => break,
            }
            words = format!("{words} {raw}").trim_start().to_string();
            self.pos += 1;
        }
        Ok((factor, words))
    }

    /// "2 tỷ 300 triệu": numbers with falling scales, or one bare number.
    fn read_parts(&mut self) -> Result<Vec<Part>, String> {
        let mut parts: Vec<Part> = Vec::new();
        while let Some(Tok::Num(raw)) = self.toks.get(self.pos) {
            let n = read_decimal(raw, self.notation)?;
            self.pos += 1;
            let (factor, unit) = self.read_scale()?;
            let text = format!("{raw} {unit}").trim_end().to_string();
            if let Some(prev) = parts.last() {
                let (before, prev_unit) = (&prev.text, &prev.unit);
                if unit.is_empty() {
                    return Err(format!("\"{raw}\" after \"{before}\" needs a scale word"));
                }
                if factor >= prev.factor || !is_below(n, factor, prev.factor) {
                    return Err(format!(
                        "\"{text}\" after \"{before}\" should be less than 1 {prev_unit}"
                    ));
                }
            }
            let bare = unit.is_empty();
            parts.push(Part {
                n,
                factor,
                text,
                unit,
            });
            if bare {
                break;
            }
        }
        if parts.is_empty() {
            let tok = self.toks.get(self.pos).map(Tok::text).unwrap_or_default();
            return Err(format!("cannot read \"{tok}\" before the number"));
        }
        Ok(parts)
    }

    /// A per-time ending: "/tháng", "/người/tháng", "par personne et par mois",
    /// "a year", "sebulan". Stops at the first token that is none of these.
    fn read_per(&mut self) -> Result<Option<Period>, String> {
        let mut period = None;
        let mut open: Option<String> = None;
        let mut seen = false;
        let w = self.notation.words();
        while let Some(tok) = self.toks.get(self.pos) {
            let key = tok.key();
            let fused = period_in(key, &w.monthly, &w.yearly);
            let persons = self.phrase(self.pos, &w.units);
            let unit = period_in(key, &w.months, &w.years);
            if let Some(connector) = open.take() {
                // "đồng/1 người/tháng": one of the unit after the slash, as forms write it.
                if is_one(tok) && self.pos + 1 < self.toks.len() {
                    open = Some(connector);
                    self.pos += 1;
                    continue;
                }
                match unit {
                    Some(p) => set_period(&mut period, p)?,
                    None if persons > 0 => self.pos += persons - 1,
                    None => return Err(not_followed(&connector)),
                }
                seen = true;
            } else if let Some(p) = fused {
                set_period(&mut period, p)?;
                seen = true;
            } else if is_in(&w.connectors, key) {
                open = Some(tok.text());
            } else if !(is_in(&w.per_one, key) || (seen && is_in(&w.and, key))) {
                break;
            }
            self.pos += 1;
        }
        match open {
            Some(connector) => Err(not_followed(&connector)),
            None => Ok(period),
        }
    }
}

/// `Month` when `key` is in `months`, `Year` when it is in `years`.
fn period_in(
    key: &str,
    months: &std::collections::HashSet<String>,
    years: &std::collections::HashSet<String>,
) -> Option<Period> {
    if is_in(months, key) {
        Some(Period::Month)
    } else if is_in(years, key) {
        Some(Period::Year)
    } else {
        None
    }
}

fn set_period(period: &mut Option<Period>, p: Period) -> Result<(), String> {
    match period {
        Some(q) if *q != p => Err("the amount is both per month and per year".to_string()),
        _ => {
            *period = Some(p);
            Ok(())
        }
    }
}

/// The number one written before a unit ("/1 người", "/01 lao động").
fn is_one(tok: &Tok) -> bool {
    matches!(tok, Tok::Num(n) if n == "1" || n == "01")
}

fn not_followed(connector: &str) -> String {
    format!("\"{connector}\" is not followed by a month or a year")
}

#[cfg(test)]
mod tests;
