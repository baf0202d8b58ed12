//! Splitting a report file into its YAML front matter and its Markdown body.

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

/// A report file cut in two.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// How many file lines come before the YAML text (the opening `---`).
    pub yaml_line_offset: usize,
    pub body: &'a str,
}

/// Why a file has no usable front matter.
#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with `---`.
    Missing,
    /// `---` opens the front matter on line 1 but nothing closes it.
    Unclosed,
}

/// Cuts `text` (already normalized) at the `---` lines around the front matter.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Err(SplitError::Missing);
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut pos = yaml_start;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let body_start = (end + 1).min(text.len());
            return Ok(Split {
                yaml: &text[yaml_start..pos],
                yaml_line_offset: 1,
                body: &text[body_start..],
            });
        }
        pos = end + 1;
    }
    Err(SplitError::Unclosed)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let s = split("---\ntitle: a\n---\nbody\n").unwrap();
        assert_eq!(s.yaml, "title: a\n");
        assert_eq!(s.body, "body\n");
        assert_eq!(s.yaml_line_offset, 1);
    }

    #[test]
    fn reports_missing_and_unclosed() {
        assert_eq!(split("title: a\n"), Err(SplitError::Missing));
        assert_eq!(split("---\ntitle: a\n"), Err(SplitError::Unclosed));
        assert_eq!(split(""), Err(SplitError::Missing));
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let text = normalize("\u{feff}---\r\ntitle: a\r\n---\r\nbody\r\n");
        let s = split(&text).unwrap();
        assert_eq!(s.yaml, "title: a\n");
        assert_eq!(s.body, "body\n");
    }

    #[test]
    fn finds_nested_keys() {
        let yaml = "title: x\nfigures:\n  cooperatives_new: -1\ntargets:\n  cooperatives_new: 3\n";
        assert_eq!(find_key(yaml, 1, "title"), Some((2, 1)));
        assert_eq!(find_key(yaml, 1, "figures.cooperatives_new"), Some((4, 3)));
        assert_eq!(find_key(yaml, 1, "targets.cooperatives_new"), Some((6, 3)));
        assert_eq!(find_key(yaml, 1, "slug"), None);
    }
}
