//! Whether a number of a report's text states a figure's value: as typed or per year,
//! within rounding, as a loss, in another language's grouping of digits; and, where
//! none does, the number a hurried typist may have meant.

use crate::content::amount::{Notation, Period};
use crate::content::figures::{grouped_whole, Per, Value};
use crate::content::mentions::{is_loss, Mention};

/// The values a text may state a figure as: a count or number as it is; money as
/// stated and per year (and per month when stated per year, for incomes).
pub(super) fn candidates(value: &Value) -> Vec<f64> {
    match value {
        Value::Count(n) => vec![*n as f64],
        Value::Number(x) => vec![*x],
        Value::Money(m) => match m.per {
            Per::Month => vec![m.amount, m.per_year()],
            Per::Year => vec![m.amount],
        },
    }
}

/// The same value, but for rounding.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Whether mention `m` states `value` (`wanted`: its [`candidates`]).
pub(super) fn states(m: &Mention, value: &Value, wanted: &[f64]) -> bool {
    let as_month = m.per == Some(Period::Month);
    match value {
        Value::Count(_) => !m.priced && !m.percent && same(m.value, wanted[0]),
        Value::Number(x) => same(m.value, *x),
        Value::Money(money) => {
            let stated = if as_month { m.value * 12.0 } else { m.value };
            same(stated, money.per_year()) || wanted.iter().any(|&w| same(m.value, w))
        }
    }
}

/// Whether mention `m` states the loss `value`: its size, written as a loss or with
/// a minus sign ("lỗ 120 triệu đồng", "a loss of 120 million", "-120 triệu").
pub(super) fn stated_as_loss(
    body: &str,
    m: &Mention,
    value: &Value,
    wanted: &[f64],
    notation: Notation,
) -> bool {
    let negated = Mention {
        value: -m.value,
        ..m.clone()
    };
    states(&negated, value, wanted) && is_loss(body, m, notation)
}

/// A count written in another language's grouping than the report's (`1.059` in an
/// English translation of a Vietnamese report): its digits, groups of three apart.
pub(super) fn grouped_as(body: &str, m: &Mention, value: &Value) -> bool {
    let Value::Count(n) = value else {
        return false;
    };
    let raw = &body[m.start..m.end];
    let seps = ['.', ',', ' ', '\u{a0}', '\u{202f}'];
    !raw.starts_with('0') && grouped_whole(raw, &seps) == Some(*n)
}

/// The first number of the text (not a percentage) close to one of `wanted`, or the
/// size of a loss stated without its sign.
pub(super) fn near<'m>(mentions: &'m [Mention], wanted: &[f64], loss: bool) -> Option<&'m Mention> {
    // Each wanted value in digits once, and one buffer for the numbers of the text.
    let digits: Vec<String> = wanted
        .iter()
        .map(|&w| crate::numfmt::plain_number(w))
        .collect();
    let mut buf = String::new();
    mentions.iter().filter(|m| !m.percent).find(|m| {
        wanted
            .iter()
            .zip(&digits)
            .any(|(&w, d)| close(w, d, m.value, &mut buf) || (loss && same(-w, m.value)))
    })
}

/// A number a hurried typist may have meant: the same digits in another order, one
/// digit off, or a factor of 10, 1,000 or 12 away (`wanted_digits`: `wanted` as
/// [`crate::numfmt::plain_number`] writes it; `buf` is scratch).
fn close(wanted: f64, wanted_digits: &str, stated: f64, buf: &mut String) -> bool {
    if same(wanted, stated) || stated == 0.0 || wanted == 0.0 {
        return false;
    }
    let factor = [10.0, 1000.0, 12.0]
        .iter()
        .any(|f| same(wanted * f, stated) || same(wanted / f, stated));
    factor || {
        buf.clear();
        crate::numfmt::push_plain_number(buf, stated);
        digits_close(wanted_digits, buf)
    }
}

/// One character off, or two or three characters in another order.
fn digits_close(a: &str, b: &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count();
    if diff == 1 {
        return true;
    }
    if diff > 3 {
        return false;
    }
    // The same characters in another order: each byte as often in both.
    let mut count = [0i32; 256];
    for (x, y) in a.bytes().zip(b.bytes()) {
        count[usize::from(x)] += 1;
        count[usize::from(y)] -= 1;
    }
    count.iter().all(|&c| c == 0)
}
