//! Where things stand in block YAML text: the line and column of a key and the text of
//! its value as written, for messages that point at a value serde_yaml has already read.

use std::borrow::Cow;

/// Drops a UTF-8 byte order mark and turns CRLF line endings into LF.
pub fn normalize(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The 1-based (line, column) of a key in block YAML: `a` finds a top-level `a:`,
/// `a.b` the `b:` indented under it. `line_offset` is added to the line.
pub fn find_key(yaml: &str, line_offset: usize, dotted: &str) -> Option<(usize, usize)> {
    let mut parts = dotted.split('.');
    let mut want = parts.next()?;
    let mut min_indent = 0usize;
    let mut exact_indent = Some(0usize);
    let mut section_indent: Option<usize> = None;
    for (i, line) in yaml.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        if let Some(si) = section_indent {
            if indent <= si {
                return None; // left the section without finding the key
            }
        }
        let indent_ok = match exact_indent {
            Some(e) => indent == e,
            None => indent >= min_indent,
        };
        let key = trimmed
            .strip_prefix('"')
            .and_then(|t| t.strip_prefix(want).and_then(|t| t.strip_prefix('"')))
            .or_else(|| trimmed.strip_prefix(want));
        if indent_ok && key.is_some_and(|rest| rest.trim_start().starts_with(':')) {
            match parts.next() {
                None => return Some((i + 1 + line_offset, indent + 1)),
                Some(next) => {
                    want = next;
                    section_indent = Some(indent);
                    min_indent = indent + 1;
                    exact_indent = None;
                }
            }
        }
    }
    None
}

/// A key's value as it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column of the key.
    pub key_col: usize,
    /// 1-based column where the value starts (the key's column when it has none).
    pub value_col: usize,
    /// The value's text on the key's line, without a trailing comment (`1.059`).
    pub raw: String,
}

/// The [`Spot`] of a dotted key (see [`find_key`]).
pub fn find_value(yaml: &str, line_offset: usize, dotted: &str) -> Option<Spot> {
    let (line, key_col) = find_key(yaml, line_offset, dotted)?;
    let text = yaml.lines().nth(line - line_offset - 1)?;
    let key = dotted.rsplit('.').next().unwrap_or(dotted);
    let after_key = key_col - 1 + text[key_col - 1..].find(key).unwrap_or(0) + key.len();
    let colon = after_key + text[after_key..].find(':')? + 1;
    let rest = &text[colon..];
    let start = colon + (rest.len() - rest.trim_start().len());
    let raw = strip_comment(&text[start..]).trim_end().to_string();
    let value_col = if raw.is_empty() {
        key_col
    } else {
        text[..start].chars().count() + 1
    };
    Some(Spot {
        line,
        key_col,
        value_col,
        raw,
    })
}

/// A YAML comment starts at ` #` outside quotes.
fn strip_comment(s: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' && (prev == ' ' || prev == '\t') => return &s[..i],
            None => {}
        }
        prev = c;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_keys() {
        let yaml = "title: x\nfigures:\n  cooperatives_new: -1\ntargets:\n  cooperatives_new: 3\n";
        assert_eq!(find_key(yaml, 1, "title"), Some((2, 1)));
        assert_eq!(find_key(yaml, 1, "figures.cooperatives_new"), Some((4, 3)));
        assert_eq!(find_key(yaml, 1, "targets.cooperatives_new"), Some((6, 3)));
        assert_eq!(find_key(yaml, 1, "slug"), None);
    }

    #[test]
    fn finds_values_as_written() {
        let yaml = "figures:\n  cooperatives_total: 1.059   # the total\n  avg: \"2,3 tỷ # x\"\n";
        let s = find_value(yaml, 1, "figures.cooperatives_total").unwrap();
        assert_eq!((s.line, s.key_col, s.value_col), (3, 3, 23));
        assert_eq!(s.raw, "1.059");
        assert_eq!(
            find_value(yaml, 1, "figures.avg").unwrap().raw,
            "\"2,3 tỷ # x\""
        );
        let empty = find_value("a:\n", 0, "a").unwrap();
        assert_eq!((empty.raw.as_str(), empty.value_col), ("", 1));
    }
}
