//! Located problems in a site, collected (never `?`-ed out of a loop) and printed as
//! `path:line:col: message`, with the offending line and a hint where we have one.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One problem with the input: where it is, what is wrong, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// The file, relative to the site root where possible; one report's diagnostics
    /// share it ([`Diagnostic::in_file`]): 44,000 warnings hold 10,000 paths.
    pub path: Arc<Path>,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub col: usize,
    /// Shared by its copies: `serve` copies every warning of the kept parses at each
    /// rebuild (42,000 on the unstated corpus).
    pub message: Arc<str>,
    /// What to do; most helps are the same words for thousands of warnings, kept once.
    pub help: Option<Cow<'static, str>>,
    /// The text of the offending line, shown under the message.
    pub snippet: Option<Arc<str>>,
    /// What kind of problem this is: thousands of warnings are grouped by it
    /// (`crate::warnings`). None: grouped by the shape of the message.
    pub kind: Option<Kind>,
}

/// Kinds of warning that come by the thousand and are counted together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A figure its report's text does not state.
    NotStated,
    /// A figure the text states for another meaning, year, period or a target.
    Differs,
}

impl Kind {
    /// The kind in words that count it: "12 figures not stated in their report's text".
    pub fn label(self) -> &'static str {
        match self {
            Kind::NotStated => "figures not stated in their report's text",
            Kind::Differs => "figures whose text says they mean something else",
        }
    }

    /// The kind as `check --format json` names it: `not-stated`, `differs`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::NotStated => "not-stated",
            Kind::Differs => "differs",
        }
    }
}

impl Diagnostic {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic::in_file(Arc::from(path.into()), message)
    }

    /// [`Diagnostic::new`] for a file that has others: they share its path.
    pub fn in_file(path: Arc<Path>, message: impl Into<String>) -> Self {
        Diagnostic {
            path,
            line: 0,
            col: 0,
            message: Arc::from(message.into()),
            help: None,
            snippet: None,
            kind: None,
        }
    }

    /// Names the kind of problem, for grouping.
    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind = Some(kind);
        self
    }

    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        self
    }

    /// Frees what its texts hold beyond their length (`format!` leaves up to twice it;
    /// the message and snippet are made to their length).
    pub fn shrink_to_fit(&mut self) {
        if let Some(Cow::Owned(s)) = &mut self.help {
            s.shrink_to_fit();
        }
    }

    pub fn help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Attaches the text of line `self.line` of `source`, to be printed with a caret.
    pub fn with_source(mut self, source: &str) -> Self {
        if self.line > 0 {
            // `source.lines().nth(line - 1)`, the line ends found with memchr.
            let start = match self.line {
                1 => Some(0),
                n => memchr::memchr_iter(b'\n', source.as_bytes())
                    .nth(n - 2)
                    .map(|at| at + 1),
            }
            .filter(|&at| at < source.len());
            self.snippet = start.map(|at| {
                let rest = &source[at..];
                let line = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest, |end| &rest[..end]);
                Arc::from(line.trim_end_matches('\r'))
            });
        }
        self
    }

    /// The problem as JSON for editors and CI: path, line, column, severity, message,
    /// help, and kind (`not-stated`, `differs` or null).
    pub fn to_json(&self, severity: &str) -> serde_json::Value {
        serde_json::json!({
            "path": crate::urls::slash_path(&self.path),
            "line": self.line,
            "column": self.col,
            "severity": severity,
            "message": self.message,
            "help": self.help,
            "kind": self.kind.map(Kind::as_str),
        })
    }

    /// The first line alone: `path:line:col: message`.
    pub fn headline(&self) -> String {
        let path = crate::urls::slash_path(&self.path);
        match (self.line, self.col) {
            (0, _) => format!("{path}: {}", self.message),
            (l, 0) => format!("{path}:{l}: {}", self.message),
            (l, c) => format!("{path}:{l}:{c}: {}", self.message),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.headline())?;
        if let Some(snippet) = &self.snippet {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            writeln!(f, " {pad} |")?;
            writeln!(f, " {num} | {snippet}")?;
            if self.col > 0 {
                let lead: String = snippet
                    .chars()
                    .take(self.col - 1)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, " {pad} | {lead}^")?;
            }
        }
        if let Some(help) = &self.help {
            writeln!(f, "  = help: {help}")?;
        }
        Ok(())
    }
}

/// All the problems of one build, sorted by file and position.
#[derive(Debug, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }
    pub fn sorted(mut self) -> Self {
        self.0.sort();
        self.0.dedup();
        self
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            write!(f, "{d}")?;
        }
        let n = self.0.len();
        write!(
            f,
            "error: {n} problem{} found",
            if n == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for Diagnostics {}

/// The known name nearest to `word`, if it is close enough to be a likely typo
/// (a swap of two letters counts as one edit).
pub fn nearest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::osa_distance(word, k), *k))
        .filter(|(d, k)| *d <= (k.len().max(word.len()) / 3).max(2))
        .min()
        .map(|(_, k)| k)
}

/// Turns a serde_yaml error into a located diagnostic. `line_offset` is the number of
/// file lines before the YAML text (the `---` of front matter); `known` lists the keys
/// a mapping accepts, to suggest one for an unknown key.
pub fn from_yaml_error(
    err: &serde_yaml::Error,
    path: &Path,
    source: &str,
    line_offset: usize,
    known: &[&str],
) -> Diagnostic {
    let full = err.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) if err.location().is_some() => full[..i].to_string(),
        _ => full,
    };
    let message = shift_inner_lines(&message, line_offset);
    let (message, help) = explain_yaml_message(&message, known);
    let mut d = Diagnostic::new(path, message);
    d.help = help.map(Cow::Owned);
    if let Some(loc) = err.location() {
        d = d.at(loc.line() + line_offset, loc.column());
    }
    d.with_source(source)
}

/// libyaml names a second place inside its message ("at line 7 column 1, while
/// parsing a flow sequence"), counted from the YAML text: count it from the file.
fn shift_inner_lines(message: &str, offset: usize) -> String {
    const AT: &str = "at line ";
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(AT) {
        out.push_str(&rest[..i + AT.len()]);
        rest = &rest[i + AT.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        match rest[..digits].parse::<usize>() {
            Ok(n) => out.push_str(&(n + offset).to_string()),
            Err(_) => out.push_str(&rest[..digits]),
        }
        rest = &rest[digits..];
    }
    out.push_str(rest);
    out
}

/// Rewords serde's messages in the site author's terms.
fn explain_yaml_message(message: &str, known: &[&str]) -> (String, Option<String>) {
    let message = &message
        .replace("expected i64", "expected a whole number")
        .replace("expected u64", "expected a whole number, 0 or more")
        .replace("expected f64", "expected a number");
    if let Some((prefix, rest)) = message.split_once("unknown field `") {
        let name = rest.split('`').next().unwrap_or_default();
        let msg = format!("{prefix}unknown key `{name}`");
        let help = match nearest(name, known) {
            Some(k) => format!("did you mean `{k}`?"),
            None => format!("the known keys are: {}", known.join(", ")),
        };
        return (msg, Some(help));
    }
    (message.to_string(), None)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_snippet_is_the_line_lines_gives() {
        for source in ["", "a", "a\n", "a\n\nb", "a\r\nb\r\n", "\n\n", "x\ny\r"] {
            for line in 1..6 {
                let d = super::Diagnostic::new("f", "m")
                    .at(line, 1)
                    .with_source(source);
                let want = source
                    .lines()
                    .nth(line - 1)
                    .map(|l| l.trim_end_matches('\r'));
                assert_eq!(d.snippet.as_deref(), want, "{source:?} line {line}");
            }
        }
    }

    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let known = ["title", "date", "year", "region", "figures"];
        assert_eq!(nearest("titel", &known), Some("title"));
        assert_eq!(nearest("figure", &known), Some("figures"));
        assert_eq!(nearest("colour", &known), None);
    }

    #[test]
    fn prints_location_snippet_and_help() {
        let d = Diagnostic::new("content/a.md", "bad value")
            .at(2, 7)
            .help("write a number")
            .with_source("---\nyear: x\n---\n");
        let text = d.to_string();
        assert!(text.starts_with("content/a.md:2:7: bad value\n"), "{text}");
        assert!(text.contains(" 2 | year: x\n"), "{text}");
        assert!(text.contains("   |       ^\n"), "{text}");
        assert!(text.contains("= help: write a number"), "{text}");
    }
}
