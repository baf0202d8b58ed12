//! Escaping text for HTML and XML: `& < > " '`. (Tera's own escaping also turns `/`
//! into `&#x2F;`, which makes every URL unreadable; this is the one used everywhere.)

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_not_slashes() {
        assert_eq!(
            super::escape(r#"<a href="/x">R&D's</a>"#),
            "&lt;a href=&quot;/x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;"
        );
    }
}
