//! Escaping text for HTML and XML: `& < > " '`. (Tera's own escaping also turns `/`
//! into `&#x2F;`, which makes every URL unreadable; this is the one used everywhere.)

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    escape_into(&mut out, text);
    out
}

/// [`escape`], onto the end of `out` (no string of its own).
pub fn escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut plain = 0;
    // Runs of plain text are skipped by a table lookup per byte, with no branch
    // on which character it is.
    while let Some(n) = bytes[plain..].iter().position(|&b| SPECIAL[b as usize]) {
        let i = plain + n;
        let entity = match bytes[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        // The special characters are ASCII, so `plain..i` is on char boundaries.
        out.push_str(&text[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
}

/// The bytes [`escape_into`] replaces: `& < > " '`.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'&' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t
};

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_other_text_whole() {
        assert_eq!(super::escape("Thái Nguyên – 1 059"), "Thái Nguyên – 1 059");
        assert_eq!(super::escape(""), "");
        assert_eq!(super::escape("&&"), "&amp;&amp;");
    }

    #[test]
    fn escapes_markup_not_slashes() {
        assert_eq!(
            super::escape(r#"<a href="/x">R&D's</a>"#),
            "&lt;a href=&quot;/x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;"
        );
    }
}
