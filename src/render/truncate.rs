//! Tera's `truncate` filter, made to read a text only as far as it cuts it.

use std::collections::HashMap;

/// Tera's `truncate` filter, the same text and errors, reading only the first
/// `length` graphemes (Tera's own splits the whole text first: a report's summary on
/// each of 10,000 pages).
pub(super) fn truncate(
    value: &tera::Value,
    args: &HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    fn arg<T: serde::de::DeserializeOwned>(
        v: &tera::Value,
        name: &str,
        ty: &str,
    ) -> tera::Result<T> {
        tera::from_value(v.clone()).map_err(|_| {
            tera::Error::msg(match name {
                "value" => format!(
                    "Filter `truncate` was called on an incorrect value: got `{v}` but expected a {ty}"
                ),
                _ => format!(
                    "Filter `truncate` received an incorrect type for arg `{name}`: got `{v}` but expected a {ty}"
                ),
            })
        })
    }
    let s = value.as_str().map_or_else(
        || arg::<String>(value, "value", "String").map(std::borrow::Cow::Owned),
        |s| Ok(s.into()),
    )?;
    let length = match args.get("length") {
        Some(l) => arg::<usize>(l, "length", "usize")?,
        None => 255,
    };
    let end = match args.get("end") {
        Some(e) => arg::<String>(e, "end", "String")?,
        None => "…".to_string(),
    };
    Ok(tera::Value::String(match nth_grapheme(&s, length) {
        Some(at) => s[..at].to_string() + &end,
        None => s.into_owned(),
    }))
}

/// `text | truncate(length=n)` as the filter gives it: the first `n` graphemes and
/// "…", or the whole text when it has no more.
pub(super) fn truncated(text: &str, n: usize) -> std::borrow::Cow<'_, str> {
    match nth_grapheme(text, n) {
        Some(at) => (text[..at].to_string() + "…").into(),
        None => text.into(),
    }
}

/// Where grapheme `n` (from 0) of `s` starts, if it has that many. While every char up
/// to it is one that never joins its neighbours (see [`alone`]), each char is a
/// grapheme: counted without Unicode's tables, which took as long as the rest of a
/// report page's head (its summary, cut to 200 graphemes, on each of 10,000 pages).
fn nth_grapheme(s: &str, n: usize) -> Option<usize> {
    use unicode_segmentation::UnicodeSegmentation;
    for (k, (at, c)) in s.char_indices().enumerate() {
        if !alone(c) {
            return s.grapheme_indices(true).nth(n).map(|(at, _)| at);
        }
        if k == n {
            return Some(at);
        }
    }
    None
}

/// A char that is a grapheme of its own beside any other such char: printable ASCII
/// and line feeds, Latin-1, Latin Extended A and B, IPA, spacing modifiers, the
/// Vietnamese letters of Latin Extended Additional and general punctuation (no
/// combining mark, joiner, carriage return or regional indicator among them).
fn alone(c: char) -> bool {
    matches!(c, ' '..='~' | '\n' | '\u{a0}'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}' | '\u{2010}'..='\u{2027}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use tera::{Context, Tera};

    fn tera_chain(e: &tera::Error) -> String {
        super::super::tera_chain(e)
    }

    /// The `truncate` filter gives what Tera's own gives, text and errors alike.
    #[test]
    fn truncate_is_teras() {
        let texts = [
            "",
            "short",
            "Thái Nguyên có 1.059 hợp tác xã",
            "e\u{301}e\u{301}e\u{301}",
            "👨‍👩‍👧 family 👍🏽",
            "abc\u{301}def",
            "ab\r\ncd\r\n",
            "Đắk Lắk – “Hợp tác xã” … 12\u{a0}345",
        ];
        let calls = [
            "truncate(length=3)",
            "truncate(length=0)",
            "truncate",
            "truncate(length=5, end='.')",
        ];
        let bad = [
            "truncate(length=-1)",
            "truncate(length='x')",
            "truncate(end=1)",
        ];
        let mut ours = Tera::default();
        ours.register_filter("truncate", truncate);
        let mut compared = 0;
        for text in texts {
            for call in calls.iter().chain(&bad) {
                let template = format!("{{{{ v | {call} }}}}");
                let mut ctx = Context::new();
                ctx.insert("v", text);
                let theirs = Tera::one_off(&template, &ctx, false).map_err(|e| tera_chain(&e));
                let mine = ours.render_str(&template, &ctx).map_err(|e| tera_chain(&e));
                assert_eq!(mine, theirs, "{text:?} | {call}");
                compared += usize::from(mine.is_ok());
            }
        }
        for value in ["3", "[1]"] {
            let template = format!("{{% set v = {value} %}}{{{{ v | truncate }}}}");
            let ctx = Context::new();
            let theirs = Tera::one_off(&template, &ctx, false).map_err(|e| tera_chain(&e));
            let mine = ours.render_str(&template, &ctx).map_err(|e| tera_chain(&e));
            assert!(theirs.is_err());
            assert_eq!(mine, theirs);
        }
        assert_eq!(compared, texts.len() * calls.len());
        // Every char counted alone is a grapheme beside a letter and beside itself.
        use unicode_segmentation::UnicodeSegmentation;
        let alone = ('\0'..=char::MAX).filter(|&c| super::alone(c));
        let mut checked = 0;
        for c in alone {
            let text = format!("a{c}a{c}{c}");
            assert_eq!(text.graphemes(true).count(), 5, "{c:?}");
            checked += 1;
        }
        assert_eq!(checked, 95 + 1 + 0x260 + 0x100 + 0x18);
        let mut ctx = Context::new();
        ctx.insert("v", "Thái Nguyên");
        assert_eq!(
            ours.render_str("{{ v | truncate(length=4) }}", &ctx)
                .unwrap(),
            "Thái…"
        );
    }
}
