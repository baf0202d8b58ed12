//! Splitting a report file into its YAML front matter and its Markdown body.

pub use crate::yamlpos::{find_key, normalize};

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

/// The Markdown text of a report file as parsing sees it (line ends normalised), or
/// None when the file has no front matter.
pub fn body_of(file_text: &str) -> Option<String> {
    let text = normalize(file_text);
    split(&text).ok().map(|s| s.body.to_string())
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
}
