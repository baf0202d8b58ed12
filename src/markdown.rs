//! Report bodies: CommonMark with tables, footnotes and strikethrough, to HTML.
//! Relative links and images are resolved against the report's folder in `content/`,
//! so a link that works in the editor works on the site, under any base path.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// What the Markdown stage needs to know about where a page lands.
pub trait LinkResolver {
    /// The site URL for `path` under `content/` (already normalised, no `..`):
    /// a report's page for a `.md` file, the copied file otherwise.
    fn resolve(&self, content_path: &str) -> String;
    /// The URL for a path given from the site root (`/images/a.png`).
    fn rooted(&self, path: &str) -> String;
}

const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH);

/// The body as HTML, its links and images resolved against `dir` (the report's folder
/// under `content/`); raw HTML is kept only when `unsafe_html` is set.
pub fn render(markdown: &str, dir: &str, unsafe_html: bool, links: &dyn LinkResolver) -> String {
    let events = Parser::new_ext(markdown, OPTIONS).map(|ev| match ev {
        Event::Html(s) | Event::InlineHtml(s) if !unsafe_html => Event::Text(s),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: rewrite(dest_url, dir, links),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: rewrite(dest_url, dir, links),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

/// The text of the body's first paragraph (the default summary), its spaces folded.
/// pulldown-cmark reads all of a text's blocks before its first event, so the text
/// is read a part at a time (each ending at a blank line, where every paragraph
/// ends), until a part holds a whole paragraph: what follows it is not read. A part
/// that uses `[…]` while a later line defines a reference or footnote (`[x]: …`)
/// is read with the whole text, which those definitions can change.
pub fn first_paragraph(markdown: &str) -> String {
    let mut end = 0;
    loop {
        // Each part reaches at least twice as far as the last: a long text with no
        // paragraph near its start (lists, tables, headings) is parsed a few times
        // over, not once for each of its blank lines.
        let past = end * 2;
        end = after_blank_line(markdown, end);
        while end < past && end < markdown.len() {
            end = after_blank_line(markdown, end);
        }
        let (part, rest) = markdown.split_at(end);
        if part.contains('[') && rest.contains("]:") {
            return paragraph_in(markdown).unwrap_or_default();
        }
        match paragraph_in(part) {
            Some(p) => return p,
            None if rest.is_empty() => return String::new(),
            None => {}
        }
    }
}

/// Where the first blank line after byte `from` ends (the end of the text if none).
fn after_blank_line(text: &str, from: usize) -> usize {
    let mut at = from;
    for line in text[from..].split_inclusive('\n') {
        at += line.len();
        if line.trim().is_empty() {
            return at;
        }
    }
    text.len()
}

/// The text of the first paragraph at the top level of `markdown`, if it has one.
fn paragraph_in(markdown: &str) -> Option<String> {
    let mut first = String::new();
    let mut depth = 0usize;
    let mut inside = false;
    for ev in Parser::new_ext(markdown, OPTIONS) {
        match ev {
            Event::Start(Tag::Paragraph) if depth == 0 => {
                inside = true;
                depth += 1;
            }
            Event::End(TagEnd::Paragraph) if depth == 1 && inside => break,
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if inside => first.push_str(&t),
            Event::SoftBreak | Event::HardBreak if inside => first.push(' '),
            _ => {}
        }
    }
    inside.then(|| first.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn rewrite<'a>(dest: CowStr<'a>, dir: &str, links: &dyn LinkResolver) -> CowStr<'a> {
    let d: &str = &dest;
    if d.is_empty() || d.starts_with('#') || d.starts_with("//") || has_scheme(d) {
        return dest;
    }
    if let Some(rooted) = d.strip_prefix('/') {
        return links.rooted(rooted).into();
    }
    let (path, fragment) = match d.find(['#', '?']) {
        Some(i) => (&d[..i], &d[i..]),
        None => (d, ""),
    };
    match normalize(dir, path) {
        Some(p) => format!("{}{fragment}", links.resolve(&p)).into(),
        None => dest,
    }
}

fn has_scheme(s: &str) -> bool {
    match s.find(':') {
        Some(i) => s[..i]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')),
        None => false,
    }
}

/// Joins `dir` and `rel` and folds `.` and `..`; None if it climbs out of `content/`.
fn normalize(dir: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for p in rel.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Site;
    impl LinkResolver for Site {
        fn resolve(&self, p: &str) -> String {
            match p.strip_suffix(".md") {
                Some(stem) => format!("/repo/reports/{stem}/"),
                None => format!("/repo/{p}"),
            }
        }
        fn rooted(&self, p: &str) -> String {
            format!("/repo/{p}")
        }
    }

    fn md(text: &str, unsafe_html: bool) -> String {
        render(text, "2023", unsafe_html, &Site)
    }

    #[test]
    fn renders_tables_footnotes_strikethrough() {
        let r = md(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ new[^1]\n\n[^1]: note\n",
            true,
        );
        assert!(r.contains("<table>"), "{}", r);
        assert!(r.contains("<del>old</del>"), "{}", r);
        assert!(r.contains("footnote-definition"), "{}", r);
    }

    #[test]
    fn first_paragraph_is_the_summary() {
        let text = "# Title\n\nFirst *para*\ngoes on.\n\nSecond.\n";
        assert_eq!(first_paragraph(text), "First para goes on.");
        assert_eq!(
            first_paragraph("> Quoted.\n\n- item\n\nAfter `code`.\n"),
            "After code."
        );
        assert_eq!(first_paragraph("# Only a title\n"), "");
    }

    #[test]
    fn first_paragraph_read_in_parts_is_the_whole_texts() {
        let whole = |t: &str| paragraph_in(t).unwrap_or_default();
        for text in [
            "# Title\n\nFirst\npara.\n\nSecond.\n",
            "```\ncode\n\nstill code\n```\n\nAfter the fence.\n",
            "<!--\n\nhidden\n\n-->\n\nShown.\n",
            "    indented\n\n    code\n\nText.\n",
            "- a\n\n- b\n\n  more b\n\nAfter the list.\n",
            "> quote\n>\n> on\n\nAfter the quote.\n",
            "See [the law][nq].\n\n[nq]: https://example.org/nq\n",
            "A note[^1].\n\n[^1]: The note.\n",
            "Only line",
            "\n\n  \n\nLate start.\n",
            "",
        ] {
            assert_eq!(first_paragraph(text), whole(text), "{text:?}");
        }
        assert_eq!(
            first_paragraph("See [the law][nq].\n\n[nq]: /x\n"),
            "See the law."
        );
        // Parts that grow past many blank lines at once still find the same paragraph.
        let long: String = (0..300).map(|i| format!("- item {i}\n\n")).collect();
        let long = long + "After   the\nlist.\n\nNext.\n";
        assert_eq!(first_paragraph(&long), whole(&long));
        assert_eq!(first_paragraph(&long), "After the list.");
    }

    #[test]
    fn raw_html_kept_or_escaped() {
        assert!(md("<b>x</b>\n", true).contains("<b>x</b>"));
        let safe = md("<script>alert(1)</script>\n\nhi <i>x</i>\n", false);
        assert!(
            !safe.contains("<script>") && !safe.contains("<i>"),
            "{safe}"
        );
        assert!(safe.contains("&lt;script&gt;"), "{safe}");
    }

    #[test]
    fn relative_links_follow_the_content_tree() {
        let r = md(
            "[b](../2024/b.md#x) ![c](img/c.png) [d](/d.html) [e](https://e.org) [f](#f) [g](../../g.png)\n",
            true,
        );
        assert!(r.contains(r#"href="/repo/reports/2024/b/#x""#), "{}", r);
        assert!(r.contains(r#"src="/repo/2023/img/c.png""#), "{}", r);
        assert!(r.contains(r#"href="/repo/d.html""#), "{}", r);
        assert!(r.contains(r#"href="https://e.org""#), "{}", r);
        assert!(r.contains(r##"href="#f""##), "{}", r);
        assert!(r.contains(r#"href="../../g.png""#), "{}", r);
    }
}
