//! Front matter in the plainest style, read without a YAML parser: `key: value` lines,
//! one level of maps nested by indentation, and one-line flow maps and lists of plain
//! words, numbers and quoted texts without escapes (what `coopsite new` writes and
//! nearly every report is). Anything else (comments after a value, block lists and
//! scalars, escapes, anchors, tags, odd numbers such as `1e5` or `0x1F`, colons and
//! `#` in plain values, duplicate keys, tabs) gives None and is left to serde_yaml,
//! so every error is still serde_yaml's, with its line and column. A value is read as
//! serde_yaml reads it (its YAML 1.2 core schema); debug builds compare the two on
//! every document.

use serde_yaml::{Mapping, Number, Value};

/// The map `yaml` holds, or None when it is not in the style read here.
pub fn parse(yaml: &str) -> Option<Mapping> {
    let mut top = Mapping::new();
    // The key whose value is the block map being read, with its keys' indent.
    let mut open: Option<(String, Mapping, usize)> = None;
    for line in yaml.split('\n') {
        let content = line.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            // A comment line needs a space before any later `#` not to matter; blank
            // lines are nothing.
            if content.is_empty() || !content.contains(odd) {
                continue;
            }
            return None;
        }
        if line.contains(odd) || content.ends_with(' ') {
            return None;
        }
        let indent = line.len() - content.len();
        let (key, rest) = key_value(content)?;
        match (&mut open, indent) {
            (Some((_, map, at)), i) if i > 0 && (*at == 0 || *at == i) => {
                *at = i;
                if rest.is_empty() {
                    return None; // a deeper map, or a value on the lines below
                }
                insert(map, key, value(rest)?)?;
            }
            (_, 0) => {
                if let Some((k, map, at)) = open.take() {
                    let v = if at == 0 {
                        Value::Null
                    } else {
                        Value::Mapping(map)
                    };
                    insert(&mut top, &k, v)?;
                }
                if rest.is_empty() {
                    open = Some((key.to_string(), Mapping::new(), 0));
                } else {
                    insert(&mut top, key, value(rest)?)?;
                }
            }
            _ => return None,
        }
    }
    if let Some((k, map, at)) = open.take() {
        let v = if at == 0 {
            Value::Null
        } else {
            Value::Mapping(map)
        };
        insert(&mut top, &k, v)?;
    }
    (!top.is_empty()).then_some(top)
}

/// Characters YAML reads otherwise than as text (line breaks, a byte order mark) or
/// that this reader leaves to the parser (tabs, controls).
fn odd(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{fffe}' | '\u{ffff}'
        )
}

/// Adds `key`, refusing a key given twice (serde_yaml's error).
fn insert(map: &mut Mapping, key: &str, v: Value) -> Option<()> {
    let key = Value::String(key.to_string());
    if map.contains_key(&key) {
        return None;
    }
    map.insert(key, v);
    Some(())
}

/// `key:` and what follows it after one or more spaces (empty when nothing does).
fn key_value(content: &str) -> Option<(&str, &str)> {
    let colon = content.find(':')?;
    let key = &content[..colon];
    if !is_plain_key(key) {
        return None;
    }
    let rest = &content[colon + 1..];
    if rest.is_empty() {
        return Some((key, rest));
    }
    let value = rest.trim_start_matches(' ');
    (value.len() < rest.len()).then_some((key, value))
}

/// A key read as text: a letter or `_`, then letters, digits, `_` and `-`, and not a
/// word YAML reads as null or a boolean.
fn is_plain_key(key: &str) -> bool {
    let b = key.as_bytes();
    !b.is_empty()
        && (b[0].is_ascii_alphabetic() || b[0] == b'_')
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-')
        && !is_null(key)
        && parse_bool(key).is_none()
}

/// A value on a key's line: a quoted text, a one-line flow list or map, or a plain
/// scalar.
fn value(text: &str) -> Option<Value> {
    if let Some(inner) = text.strip_prefix('[') {
        let inner = inner.strip_suffix(']')?;
        return items(inner)
            .map(|item| scalar(item, true))
            .collect::<Option<Vec<_>>>()
            .map(Value::Sequence);
    }
    if let Some(inner) = text.strip_prefix('{') {
        let inner = inner.strip_suffix('}')?;
        let mut map = Mapping::new();
        for item in items(inner) {
            let (key, rest) = key_value(item)?;
            if rest.is_empty() {
                return None;
            }
            insert(&mut map, key, scalar(rest, true)?)?;
        }
        return Some(Value::Mapping(map));
    }
    scalar(text, false)
}

/// The items of a flow collection's inside, each trimmed of spaces (none for `[]`).
fn items(inner: &str) -> impl Iterator<Item = &str> {
    let inner = inner.trim_matches(' ');
    inner
        .split(',')
        .map(|i| i.trim_matches(' '))
        .filter(move |_| !inner.is_empty())
}

/// A quoted text without escapes, or a plain scalar of the safe kind, as serde_yaml
/// resolves it; in a flow collection (`flow`) a comma or bracket is the parser's.
fn scalar(text: &str, flow: bool) -> Option<Value> {
    for q in ['"', '\''] {
        if let Some(inner) = text.strip_prefix(q) {
            let inner = inner.strip_suffix(q)?;
            if inner.contains([q, '\\']) {
                return None;
            }
            return Some(Value::String(inner.to_string()));
        }
    }
    if is_null(text) {
        return Some(Value::Null);
    }
    let first = text.chars().next()?;
    let starts = first.is_alphanumeric() || (matches!(first, '-' | '+') && text.len() > 1);
    let unsafe_char =
        |c: char| matches!(c, ':' | '#' | '[' | ']' | '{' | '}' | '\t') || (flow && c == ',');
    if !starts || text.contains(unsafe_char) || text.ends_with(' ') {
        return None;
    }
    if let Some(b) = parse_bool(text) {
        return Some(Value::Bool(b));
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !unsigned.starts_with(|c: char| c.is_ascii_digit()) {
        // Text, unless a sign leads something else (`-.5`, `+inf`): the parser's.
        return (unsigned.len() == text.len()).then(|| Value::String(text.to_string()));
    }
    number(text, unsigned)
}

fn is_null(text: &str) -> bool {
    matches!(text, "null" | "Null" | "NULL" | "~")
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// A scalar starting with a digit (after its sign): an integer, a decimal, a date
/// (text) or a run of digits with a leading zero (text, as YAML 1.2 says); anything
/// else is the parser's.
fn number(text: &str, unsigned: &str) -> Option<Value> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let signed = unsigned.len() < text.len();
    if digits(unsigned) {
        if unsigned.len() > 1 && unsigned.starts_with('0') {
            return Some(Value::String(text.to_string()));
        }
        if unsigned.len() > 18 || text.starts_with('+') {
            return None;
        }
        let n: i64 = text.parse().ok()?;
        if signed && n == 0 {
            return None;
        }
        return Some(Value::Number(match n >= 0 {
            true => Number::from(n as u64),
            false => Number::from(n),
        }));
    }
    if let Some((whole, frac)) = unsigned.split_once('.') {
        if digits(whole) && digits(frac) && !text.starts_with('+') {
            let f: f64 = text.parse().ok()?;
            return f.is_finite().then(|| Value::Number(Number::from(f)));
        }
        return None;
    }
    // A date (`2023-05-12`) is text to YAML's core schema.
    let b = unsigned.as_bytes();
    let is_date = !signed
        && b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [&b[..4], &b[5..7], &b[8..]]
            .iter()
            .all(|p| p.iter().all(u8::is_ascii_digit));
    is_date.then(|| Value::String(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What serde_yaml makes of `yaml`, for the documents the fast path reads.
    fn same(yaml: &str) {
        let fast = parse(yaml).expect("read without the parser");
        let slow: Value = serde_yaml::from_str(yaml).unwrap();
        assert_eq!(Value::Mapping(fast), slow, "{yaml}");
    }

    #[test]
    fn reads_plain_front_matter_as_serde_yaml_does() {
        same("title: \"An Giang: 2015\"\ndate: 2015-12-14\nyear: 2015\nunion: An Giang 2 Cooperative Union\nlang: fr\ntags: [ocop, value-chains]\nfigures:\n  cooperatives_total: 596\n  avg_profit: {amount: 296000000}\n  avg_income: {amount: 3700000, per: month}\ntargets:\n  cooperatives_new: 48\n");
        same("a: 1.059\nb: -3\nc: 007\nd: true\ne: null\nf: ~\ng: 'it'\nh: []\ni: {}\nj: Đắk Lắk\nk: -0.50\nl: O'Brien's\nm:\n");
        same("# a comment\na: 1\n\n  # indented comment\nb:\n    c: x y  z\n    d: 2\n");
    }

    #[test]
    fn leaves_everything_else_to_the_parser() {
        for yaml in [
            "a: 1 # note",
            "a: 1e5",
            "a: 0x1F",
            "a: +1",
            "a: 1_000",
            "a: b: c",
            "a: \"x\\ty\"",
            "a: |\n  text",
            "a:\n  - x",
            "a:\n  b:\n    c: 1",
            "a: 1\na: 2",
            "a: [x, [y]]",
            "a: {b: {c: 1}}",
            "a: &x 1",
            "a: !tag 1",
            "'a': 1",
            "true: 1",
            "a: .5",
            "a: -.inf",
            "a:\tb",
            "a: x ",
            " a: 1",
            "a: 123456789012345678901",
            "a: 2023-5-12",
            "a:\n  b: 1\n c: 2",
            "- a",
        ] {
            assert!(parse(yaml).is_none(), "{yaml}");
        }
    }
}
