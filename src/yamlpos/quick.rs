//! The plain style most front matter is written in, placed without a YAML parser:
//! `key: value` lines, maps nested by indentation, block lists, and single-line flow
//! maps and lists (`figures: {amount: 5, per: month}`, `tags: [a, b]`). Anything else
//! (block scalars, anchors, tags, quoted keys, values over several lines, tabs) is left
//! to the parser: [`spots`] gives None. The spots are the ones the parser's marks give
//! ([`super::Positions::of`]); debug builds compare the two on every document.

use super::Spot;

/// The spots of `yaml` (keys by dotted path, as [`super::Positions`] keeps them), or
/// None when the text is not in the style read here.
pub(super) fn spots(yaml: &str, line_offset: usize) -> Option<Vec<(String, Spot)>> {
    let mut read = Lines {
        spots: Vec::new(),
        maps: vec![(0, String::new())],
        pending: None,
        list: None,
    };
    for (i, line) in yaml.split('\n').enumerate() {
        read.line(line, i + 1 + line_offset)?;
    }
    if let Some((_, path, spot)) = read.pending.take() {
        read.spots.push((path, spot));
    }
    Some(read.spots)
}

/// Where the reading of the lines stands.
struct Lines {
    spots: Vec<(String, Spot)>,
    /// The open block maps: the indent of their keys and their path.
    maps: Vec<(usize, String)>,
    /// A key with nothing after it: its value is on the lines below (a map, a list)
    /// or it has none. Its indent, path and spot.
    pending: Option<(usize, String, Spot)>,
    /// Inside a block list held by a key at this indent: its lines are skipped (keys
    /// inside lists are not placed).
    list: Option<usize>,
}

impl Lines {
    fn line(&mut self, line: &str, number: usize) -> Option<()> {
        let content = line.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            return Some(());
        }
        // Tabs, control characters and what YAML may read as a line break or a byte
        // order mark are the parser's to place.
        let odd = |c: char| c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}');
        if line.contains(odd) || content.starts_with("---") || content.starts_with("...") {
            return None;
        }
        let indent = line.len() - content.len();
        if let Some(at) = self.list {
            if indent > at || (indent == at && is_item(content)) {
                return Some(());
            }
            self.list = None;
        }
        if let Some((at, path, spot)) = self.pending.take() {
            self.spots.push((path.clone(), spot));
            if is_item(content) && indent >= at {
                self.list = Some(at);
                return Some(());
            }
            if indent > at {
                self.maps.push((indent, path));
            }
        }
        while self.maps.last().is_some_and(|(at, _)| *at > indent) {
            self.maps.pop();
        }
        let (at, parent) = self.maps.last()?;
        if *at != indent {
            return None;
        }
        let key_len = key_len(content)?;
        let path = join(parent, &content[..key_len]);
        let rest = &content[key_len + 1..];
        let key_col = indent + 1;
        let value = rest.trim_start_matches(' ');
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        if value.is_empty() || value.starts_with('#') {
            let spot = spot(number, key_col, key_col, "");
            self.pending = Some((indent, path, spot));
            return Some(());
        }
        let start = line.len() - value.len();
        let end = start + scalar_or_flow(line, start, Some(&path), number, &mut self.spots, false)?;
        // The parser's span of a quoted value runs on over the spaces and comment after it.
        let quoted = value.starts_with(['"', '\'']);
        if !is_blank_or_comment(&line[end..]) || (quoted && end < line.len()) {
            return None;
        }
        let value_col = line[..start].chars().count() + 1;
        self.spots
            .push((path, spot(number, key_col, value_col, &line[start..end])));
        Some(())
    }
}

fn spot(line: usize, key_col: usize, value_col: usize, raw: &str) -> Spot {
    Spot {
        line,
        key_col,
        value_col,
        raw: raw.to_string(),
    }
}

/// `- item` or a lone `-`.
fn is_item(content: &str) -> bool {
    content == "-" || content.starts_with("- ")
}

/// The length of a plain key (letters, digits, `_` and `-`, starting with a letter,
/// a digit or `_`) followed by `:`.
fn key_len(content: &str) -> Option<usize> {
    let len = content
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        .count();
    let first = content.bytes().next()?;
    (len > 0 && first != b'-' && content.as_bytes().get(len) == Some(&b':')).then_some(len)
}

fn join(parent: &str, key: &str) -> String {
    match parent {
        "" => key.to_string(),
        p => format!("{p}.{key}"),
    }
}

fn is_blank_or_comment(s: &str) -> bool {
    let t = s.trim_start_matches(' ');
    t.is_empty() || (t.starts_with('#') && t.len() < s.len())
}

/// The value at byte `start` of `line`: a plain or quoted scalar or a flow map or list
/// on this line; its length, its keys placed under `path` (None inside a list).
fn scalar_or_flow(
    line: &str,
    start: usize,
    path: Option<&str>,
    number: usize,
    spots: &mut Vec<(String, Spot)>,
    in_flow: bool,
) -> Option<usize> {
    let s = &line[start..];
    let first = s.chars().next()?;
    match first {
        '{' | '[' => flow(line, start, path, number, spots),
        '"' => quoted(s, '"'),
        '\'' => quoted(s, '\''),
        '-' if s[1..].starts_with(|c: char| c.is_ascii_digit()) => plain(s, in_flow),
        '|' | '>' | '&' | '*' | '!' | '%' | '@' | '`' | ',' | '?' | ':' | '-' | '#' | ']' | '}' => {
            None
        }
        _ => plain(s, in_flow),
    }
}

/// A plain scalar: up to a comment (or, in a flow, a `,` `[` `]` `{` `}`), without the
/// spaces before it. None where it would hold `: ` (the parser decides that).
fn plain(s: &str, in_flow: bool) -> Option<usize> {
    let mut end = s.len();
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let stop = (b == b'#' && i > 0 && bytes[i - 1] == b' ')
            || (in_flow && matches!(b, b',' | b'[' | b']' | b'{' | b'}'));
        if stop {
            end = i;
            break;
        }
        if b == b':' && bytes.get(i + 1).is_none_or(|n| *n == b' ' || in_flow) {
            return None;
        }
    }
    let len = s[..end].trim_end_matches(' ').len();
    (len > 0).then_some(len)
}

/// A quoted scalar closed on its line: its length, quotes included.
fn quoted(s: &str, q: char) -> Option<usize> {
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if q == '"' => {
                chars.next();
            }
            c if c == q => {
                if q == '\'' && s[i + 1..].starts_with('\'') {
                    chars.next();
                    continue;
                }
                return Some(i + 1);
            }
            _ => {}
        }
    }
    None
}

/// A flow map or list closed on its line, starting at byte `start`: its length.
fn flow(
    line: &str,
    start: usize,
    path: Option<&str>,
    number: usize,
    spots: &mut Vec<(String, Spot)>,
) -> Option<usize> {
    let map = line[start..].starts_with('{');
    let close = if map { b'}' } else { b']' };
    let bytes = line.as_bytes();
    let skip = |mut i: usize| {
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut i = skip(start + 1);
    if bytes.get(i) == Some(&close) {
        return Some(i + 1 - start);
    }
    loop {
        let mut key = None;
        if map {
            let len = key_len(&line[i..])?;
            if bytes.get(i + len + 1) != Some(&b' ') {
                return None;
            }
            key = Some((i, path.map(|p| join(p, &line[i..i + len]))));
            i = skip(i + len + 1);
        }
        let inner = key.as_ref().and_then(|(_, p)| p.as_deref());
        let len = scalar_or_flow(line, i, inner, number, spots, true)?;
        if let Some((at, Some(p))) = key {
            let col = |b: usize| line[..b].chars().count() + 1;
            spots.push((p, spot(number, col(at), col(i), &line[i..i + len])));
        }
        // Nothing between a value and what follows it (the parser's spans of a value
        // followed by spaces are not looked into).
        i += len;
        match bytes.get(i) {
            Some(b',') => i = skip(i + 1),
            Some(&b) if b == close => return Some(i + 1 - start),
            _ => return None,
        }
        if bytes.get(i).is_none_or(|&b| b == close) {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Positions;
    use super::spots;

    /// The quick reading gives the parser's spots, or leaves the text to it.
    fn same(yaml: &str) -> bool {
        let Some(mut quick) = spots(yaml, 3) else {
            return false;
        };
        let mut parsed = Positions::of(yaml, 3).spots;
        quick.sort_by(|a, b| a.0.cmp(&b.0));
        parsed.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(quick, parsed, "{yaml:?}");
        true
    }

    #[test]
    fn plain_front_matter_is_placed_as_the_parser_places_it() {
        let read = [
            "title: \"Tỷ # not a comment\"\ndate: 2024-12-28\nyear: 2024\n",
            "figures:   # the figures\n  cooperatives_total: 1.059   # the total\n  avg: {amount: 5600000, per: month}\n  b: \"2,3 tỷ\"\n  m: {amount: 5, per: 'a ''b'''}\ntargets:\n  new: -1\n",
            "tags: [ocop, \"số\", {x: 1}]\nextra:\n  k: [1, {x: 2}]\n  n:\n    amount: 5\n    deep:\n      x: y\nsource: https://x.vn/a#b\n",
            "tags:\n- a\n- b: 1\n  c: 2\nslug: x\nlist:\n  - 1\n  -\nempty:\nlast: Hà Nội {1} [2]\n",
            "figures: {a: {b: 1, c: [1, 2]}, d: \"x\"}\nnone:\n",
            "title: \"x\"\ntags: [a, b]   # two\n",
            "",
            "# only a comment\n",
        ];
        for yaml in read {
            assert!(same(yaml), "read quickly: {yaml:?}");
        }
    }

    #[test]
    fn other_styles_are_left_to_the_parser() {
        let left = [
            "summary: |\n  text\n",
            "title: Foo\n  bar\n",
            "title: \"Foo\n  bar\"\n",
            "a: &x 1\nb: *x\n",
            "\"title\": x\n",
            "a: !tag x\n",
            "  a: 1\n",
            "a:\n\tb: 1\n",
            "figures: {a: 1,\n  b: 2}\n",
            "a: b: c\n",
            "a: [1, 2,]\n",
            "a: {b: 1} # c\n  x: 2\n",
            "title: \"x\"  # c\n",
            "date: 2025-01-03\u{feff}\n",
            "a: {b: 1 , c: 2}\n",
        ];
        for yaml in left {
            assert!(!same(yaml), "left to the parser: {yaml:?}");
        }
    }
}
