//! Where things stand in YAML text: the line and column of every key and the text of
//! its value as written, for messages that point at a value serde_yaml has already
//! read. Taken from a YAML parser's own marks (saphyr-parser's events), so flow style
//! (`figures: {cooperatives_total: 1.059}`) is placed as exactly as block style.

use std::borrow::Cow;

use saphyr_parser::{Event, Marker, Parser, Span};
use serde_yaml::{Mapping, Value};

mod quick;

/// Drops a UTF-8 byte order mark and turns CRLF line endings into LF.
pub fn normalize(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A key's value as it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column of the key.
    pub key_col: usize,
    /// 1-based column where the value starts (the key's column when it has none, or
    /// when it starts on a later line: a block map or list).
    pub value_col: usize,
    /// The value's text as written, on the key's line (`1.059`, `"2,3 tỷ"`,
    /// `{amount: 5600000, per: month}`), without a comment; empty for a block map.
    pub raw: String,
}

/// Every key of a YAML document by its dotted path (`figures.cooperatives_total`),
/// keys inside lists left out. Made once per document; a text the parser stops on
/// keeps the keys before the problem (serde_yaml reports the problem itself).
#[derive(Debug, Clone, Default)]
pub struct Positions {
    spots: Vec<(String, Spot)>,
}

impl Positions {
    /// Reads `yaml` once; `line_offset` is added to every line.
    pub fn of(yaml: &str, line_offset: usize) -> Positions {
        let lines: Vec<&str> = yaml.split('\n').collect();
        let mut walk = Walk {
            lines: &lines,
            line_offset,
            stack: Vec::new(),
            spots: Vec::new(),
        };
        for event in Parser::new_from_str(yaml) {
            match event {
                Ok((Event::StreamEnd | Event::DocumentEnd, _)) | Err(_) => break,
                Ok((event, span)) => walk.event(&event, span),
            }
        }
        Positions { spots: walk.spots }
    }

    /// [`Positions::of`] for a document serde_yaml has read as `map`: front matter in
    /// the plain style (`key: value` lines, single-line flow maps and lists) is placed
    /// without a second YAML parser, and taken only when its keys are `map`'s, one for
    /// one; any other text is read by the parser.
    pub fn of_map(yaml: &str, line_offset: usize, map: &Mapping) -> Positions {
        let quick = quick::spots(yaml, line_offset)
            .map(|spots| Positions { spots })
            .filter(|p| p.has_keys_of(map));
        let Some(quick) = quick else {
            return Positions::of(yaml, line_offset);
        };
        #[cfg(debug_assertions)]
        {
            // Every document the tests read checks the quick reading against the parser's.
            let sorted = |p: &Positions| {
                let mut s = p.spots.clone();
                s.sort_by(|a, b| a.0.cmp(&b.0));
                s
            };
            let parsed = Positions::of(yaml, line_offset);
            assert_eq!(
                sorted(&quick),
                sorted(&parsed),
                "quick positions of {yaml:?}"
            );
        }
        quick
    }

    /// Whether the spots are those of `map`'s keys (by dotted path, keys inside lists
    /// left out), each once.
    fn has_keys_of(&self, map: &Mapping) -> bool {
        fn count(map: &Mapping) -> Option<usize> {
            let mut n = 0;
            for (k, v) in map {
                k.as_str()?;
                n += 1 + match v {
                    Value::Mapping(m) => count(m)?,
                    _ => 0,
                };
            }
            Some(n)
        }
        let resolves = |path: &str| {
            let mut at = map;
            let mut parts = path.split('.').peekable();
            while let Some(part) = parts.next() {
                match (at.get(part), parts.peek()) {
                    (Some(_), None) => return true,
                    (Some(Value::Mapping(m)), Some(_)) => at = m,
                    _ => return false,
                }
            }
            false
        };
        let mut paths: Vec<&str> = self.spots.iter().map(|(k, _)| k.as_str()).collect();
        paths.sort_unstable();
        let unique = paths.windows(2).all(|w| w[0] != w[1]);
        unique && count(map) == Some(paths.len()) && paths.iter().all(|p| resolves(p))
    }

    /// The [`Spot`] of a dotted key.
    pub fn value(&self, dotted: &str) -> Option<&Spot> {
        self.spots.iter().find(|(k, _)| k == dotted).map(|(_, s)| s)
    }

    /// The 1-based (line, column) of a dotted key.
    pub fn key(&self, dotted: &str) -> Option<(usize, usize)> {
        self.value(dotted).map(|s| (s.line, s.key_col))
    }
}

/// The 1-based (line, column) of a key: `a` finds a top-level `a:`, `a.b` the `b`
/// in the map under it. `line_offset` is added to the line.
pub fn find_key(yaml: &str, line_offset: usize, dotted: &str) -> Option<(usize, usize)> {
    Positions::of(yaml, line_offset).key(dotted)
}

/// The [`Spot`] of a dotted key (see [`find_key`]).
pub fn find_value(yaml: &str, line_offset: usize, dotted: &str) -> Option<Spot> {
    Positions::of(yaml, line_offset).value(dotted).cloned()
}

/// Where the walk through the parser's events stands: a map (the path of its keys,
/// `None` where nothing is looked up, and the key whose value comes next) or a list.
enum Frame {
    Map {
        path: Option<String>,
        key: Option<(Option<String>, Span)>,
    },
    List,
}

struct Walk<'a> {
    lines: &'a [&'a str],
    line_offset: usize,
    stack: Vec<Frame>,
    spots: Vec<(String, Spot)>,
}

impl Walk<'_> {
    fn event(&mut self, event: &Event, span: Span) {
        match event {
            Event::Scalar(text, ..) => {
                if let Some(Frame::Map { path, key }) = self.stack.last_mut() {
                    match key.take() {
                        None => *key = Some((join(path.as_deref(), text), span)),
                        Some((k, at)) => self.place(k, at, span, span.end),
                    }
                }
            }
            Event::Alias(_) => {
                if let Some(Frame::Map { key, .. }) = self.stack.last_mut() {
                    if let Some((k, at)) = key.take() {
                        self.place(k, at, span, span.end);
                    }
                }
            }
            Event::MappingStart(..) => {
                let path = self.open(span);
                self.stack.push(Frame::Map { path, key: None });
            }
            Event::SequenceStart(..) => {
                self.open(span);
                self.stack.push(Frame::List);
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.close(span);
            }
            _ => {}
        }
    }

    /// A map or list starts: the path of the keys in it. As a key's value it is
    /// placed at its end ([`Walk::close`]); its key waits in the map till then.
    fn open(&mut self, start: Span) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Map { key, .. }) => match key {
                Some((k, _)) => {
                    let path = k.clone();
                    // The value's start, kept in the key's place until the end.
                    if let Some((_, at)) = key.as_mut() {
                        *at = Span::new(at.start, start.start);
                    }
                    path
                }
                // A map or list as a key: nothing in it is looked up.
                None => None,
            },
            Some(Frame::List) => None,
        }
    }

    /// A map or list ends: as a key's value, it runs from its start to here.
    fn close(&mut self, end: Span) {
        if let Some(Frame::Map { key, .. }) = self.stack.last_mut() {
            if let Some((k, at)) = key.take() {
                // The end's own span may run on over a comment: it ends past `}` or `]`.
                let m = end.start;
                let after = Marker::new(m.index() + 1, m.line(), m.col() + 1);
                self.place(k, Span::empty(at.start), Span::empty(at.end), after);
            }
        }
    }

    /// Records the key at `key`, its value from `start` to `end`.
    fn place(&mut self, path: Option<String>, key: Span, start: Span, end: Marker) {
        let Some(path) = path else {
            return;
        };
        let line = key.start.line();
        let key_col = key.start.col() + 1;
        let text = self.lines.get(line - 1).copied().unwrap_or("");
        let raw = match (start.start.line() == line, end.line() == line) {
            (true, true) => slice(text, start.start.col(), end.col()),
            // A value that goes on past its line: what stands on the key's line.
            (true, false) => strip_comment(slice(text, start.start.col(), usize::MAX)).trim_end(),
            (false, _) => "",
        };
        let value_col = match raw.is_empty() {
            true => key_col,
            false => start.start.col() + 1,
        };
        self.spots.push((
            path,
            Spot {
                line: line + self.line_offset,
                key_col,
                value_col,
                raw: raw.to_string(),
            },
        ));
    }
}

/// `parent.key`, or `key` at the top; `None` below a list or a complex key.
fn join(parent: Option<&str>, key: &str) -> Option<String> {
    match parent? {
        "" => Some(key.to_string()),
        p => Some(format!("{p}.{key}")),
    }
}

/// The characters `from..to` of `line` (columns are characters, 0-based).
fn slice(line: &str, from: usize, to: usize) -> &str {
    let byte = |col: usize| line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
    let (a, b) = (byte(from), byte(to));
    &line[a.min(b)..b]
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
    use super::{find_key, find_value, Positions};

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

    #[test]
    fn flow_style_is_placed_key_by_key() {
        let yaml = "title: \"Tỷ\"\nfigures: {cooperatives_total: 1.059, b: \"2,3 tỷ\", m: {amount: 5, per: month}}\ntags: [a, b]   # two\nextra:\n  k: [1, {x: 2}]\n  n:\n    amount: 5\n";
        let p = Positions::of(yaml, 10);
        let spot = |k: &str| {
            let s = p.value(k).unwrap_or_else(|| panic!("{k}"));
            (s.line, s.key_col, s.value_col, s.raw.as_str())
        };
        assert_eq!(spot("title"), (11, 1, 8, "\"Tỷ\""));
        assert_eq!(spot("figures.cooperatives_total"), (12, 11, 31, "1.059"));
        assert_eq!(spot("figures.b"), (12, 38, 41, "\"2,3 tỷ\""));
        assert_eq!(spot("figures.m"), (12, 51, 54, "{amount: 5, per: month}"));
        assert_eq!(spot("figures.m.per"), (12, 66, 71, "month"));
        let whole = "{cooperatives_total: 1.059, b: \"2,3 tỷ\", m: {amount: 5, per: month}}";
        assert_eq!(spot("figures"), (12, 1, 10, whole));
        assert_eq!(spot("tags"), (13, 1, 7, "[a, b]"));
        // A block map starts on the next line: placed at its key, with no text.
        assert_eq!(spot("extra"), (14, 1, 1, ""));
        assert_eq!(spot("extra.n.amount"), (17, 5, 13, "5"));
        // Keys inside lists are not looked up.
        assert_eq!(p.value("extra.k.x"), None);
        assert_eq!(p.value("x"), None);
    }

    #[test]
    fn text_the_parser_stops_on_keeps_the_keys_before() {
        let p = Positions::of("a: 1\nb: [1, 2\nc: 3\n", 0);
        assert_eq!(p.key("a"), Some((1, 1)));
    }
}
