//! Warnings as a person can read them when there are thousands: grouped by kind, the
//! first few of each kind in full (`path:line:col`, snippet, help), then one line per
//! kind with its count and the files it touches most. Errors are never grouped (the
//! commands print every one); `--verbose` and `--format json` list every warning.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Arc;

use foldhash::{HashMap, HashSet};

use crate::diagnostics::{Diagnostic, Kind};

/// How many warnings of one kind are shown in full before the rest are counted.
pub const SHOWN_PER_KIND: usize = 3;

/// How many of the most affected files a kind's summary names.
const FILES_NAMED: usize = 3;

/// The warnings of one kind, in the order they were found.
struct Group<'a> {
    /// What the kind is, in words: "figures not stated in their report's text".
    label: String,
    items: Vec<&'a Diagnostic>,
}

/// The warnings as text for a terminal: every one when `verbose` (or when a kind has
/// no more than [`SHOWN_PER_KIND`]), else the first few of each kind and a line that
/// counts the rest. Each warning is prefixed `warning: `.
pub fn render<'a>(warnings: impl IntoIterator<Item = &'a Diagnostic>, verbose: bool) -> String {
    let mut out = String::new();
    let warnings: Vec<&Diagnostic> = warnings.into_iter().collect();
    if verbose {
        for w in warnings {
            let _ = write!(out, "warning: {w}");
        }
        return out;
    }
    for group in groups(&warnings) {
        for w in group.items.iter().take(SHOWN_PER_KIND) {
            let _ = write!(out, "warning: {w}");
        }
        if group.items.len() > SHOWN_PER_KIND {
            out.push_str(&summary(&group));
            out.push('\n');
        }
    }
    out
}

/// `serve`'s account of a rebuild's warnings: how many are new since the last
/// build, then the warnings, the new ones first (grouped as [`render`] does).
pub fn since(before: &[Diagnostic], now: &[Diagnostic], verbose: bool) -> String {
    if now.is_empty() {
        return String::new();
    }
    let (ordered, fresh) = split_new(before, now);
    head(fresh, now.len()) + &render(ordered, verbose)
}

/// `serve`'s two accounts of a rebuild's warnings: [`since`]'s for the terminal and
/// [`render`]'s (grouped) for the pages' banner. Both builds' warnings come in parts
/// (the site's, each report's, the notes: `crate::build::Warned::parts`), and a part
/// the two builds share (the same slice: a report unchanged since) holds no new
/// warning. When no warning changed, the last build's banner (`last`, what this gave
/// for `before`) is told again: 42,000 warnings are not grouped anew after each edit.
/// When no warning is new, or every one is, both accounts list them in the same
/// order, and they are grouped once.
pub fn told(
    before: &[&[Diagnostic]],
    now: &[&[Diagnostic]],
    last: Option<&str>,
    verbose: bool,
) -> (String, String) {
    let total: usize = now.iter().map(|p| p.len()).sum();
    if total == 0 {
        return (String::new(), String::new());
    }
    let unchanged = before.len() == now.len()
        && before
            .iter()
            .zip(now)
            .all(|(b, n)| std::ptr::eq(*b, *n) || b == n);
    if let (true, false, Some(banner)) = (unchanged, verbose, last) {
        return (head(0, total) + banner, banner.to_string());
    }
    let banner = render(now.iter().copied().flatten(), false);
    let (ordered, fresh) = split_parts(before, now);
    let list = match (fresh == 0 || fresh == total) && !verbose {
        true => banner.clone(),
        false => render(ordered, verbose),
    };
    (head(fresh, total) + &list, banner)
}

/// [`split_new`] for builds in parts: a part both builds share is not searched, nor
/// put in a set (a rebuild after one edit shares all but one report's).
fn split_parts<'a>(
    before: &[&[Diagnostic]],
    now: &[&'a [Diagnostic]],
) -> (Vec<&'a Diagnostic>, usize) {
    // A part's place in memory: the same in both builds only when it is one part, held
    // by both (the last build is alive while this one is told).
    let spot = |p: &[Diagnostic]| (p.as_ptr(), p.len());
    let spots = |parts: &[&[Diagnostic]]| -> HashSet<(*const Diagnostic, usize)> {
        parts
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| spot(p))
            .collect()
    };
    let (old_spots, new_spots) = (spots(before), spots(now));
    let (shared, changed): (Vec<&[Diagnostic]>, Vec<&[Diagnostic]>) =
        before.iter().partition(|p| new_spots.contains(&spot(p)));
    let old: HashSet<Same> = changed.iter().copied().flatten().map(Same).collect();
    // The shared parts' warnings, in a set only when a warning is in no changed part.
    let mut in_shared: Option<HashSet<Same>> = None;
    let (mut fresh, mut seen) = (Vec::new(), Vec::new());
    for part in now {
        let kept = !part.is_empty() && old_spots.contains(&spot(part));
        for d in part.iter() {
            let was = kept
                || old.contains(&Same(d))
                || in_shared
                    .get_or_insert_with(|| shared.iter().copied().flatten().map(Same).collect())
                    .contains(&Same(d));
            match was {
                true => seen.push(d),
                false => fresh.push(d),
            }
        }
    }
    let n = fresh.len();
    fresh.append(&mut seen);
    (fresh, n)
}

/// The line before [`since`]'s list: how many warnings are new of how many.
fn head(fresh: usize, total: usize) -> String {
    match fresh {
        0 => format!("{} as before (none new):\n", plural(total, "warning")),
        n if n == total => format!("{}:\n", plural(total, "warning")),
        n => format!(
            "{} new since the last build, {} in all:\n",
            plural(n, "warning"),
            grouped(total)
        ),
    }
}

fn plural(n: usize, noun: &str) -> String {
    format!("{} {noun}{}", grouped(n), if n == 1 { "" } else { "s" })
}

/// The warnings that `now` has and `before` had not, then the others: what an edit
/// changed comes first in `serve`'s terminal.
pub fn new_first<'a>(before: &[Diagnostic], now: &'a [Diagnostic]) -> Vec<&'a Diagnostic> {
    split_new(before, now).0
}

/// [`new_first`]'s list and how many of it are new. One set of the last build's warnings,
/// not a search of them per warning: at 10,000 reports both lists hold ~40,000.
fn split_new<'a>(before: &[Diagnostic], now: &'a [Diagnostic]) -> (Vec<&'a Diagnostic>, usize) {
    let old: HashSet<Same> = before.iter().map(Same).collect();
    let (mut fresh, seen): (Vec<_>, Vec<_>) = now.iter().partition(|d| !old.contains(&Same(d)));
    let n = fresh.len();
    fresh.extend(seen);
    (fresh, n)
}

/// A warning in a set of them: equal as warnings are, hashed by its file's name as bytes
/// (a `Path` hashes component by component), its place and message.
struct Same<'a>(&'a Diagnostic);

impl PartialEq for Same<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for Same<'_> {}

impl Hash for Same<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let d = self.0;
        d.path.as_os_str().as_encoded_bytes().hash(state);
        (d.line, d.col).hash(state);
        d.message.hash(state);
    }
}

/// The line that stands for the rest of a kind: "warning: 30,056 more of 30,059
/// figures not stated in their report's text, in 9,950 files (most: a.md 5, …)".
fn summary(group: &Group) -> String {
    let total = group.items.len();
    let per_file = per_file(&group.items);
    let mut most: Vec<(&Path, usize)> = per_file
        .into_iter()
        .map(|(p, n)| (Path::new(p), n))
        .collect();
    let files = most.len();
    // The most affected first, then by name: only the first few are named.
    let order = |a: &(&Path, usize), b: &(&Path, usize)| b.1.cmp(&a.1).then(a.0.cmp(b.0));
    if most.len() > FILES_NAMED {
        most.select_nth_unstable_by(FILES_NAMED, order);
        most.truncate(FILES_NAMED);
    }
    most.sort_by(order);
    let named: Vec<String> = most
        .iter()
        .map(|(p, n)| format!("{} ({n})", crate::urls::slash_path(p)))
        .collect();
    format!(
        "warning: {} more of {} {}, in {} (most: {}{}); `--verbose` shows them all, `coopsite check --format json` lists them all",
        grouped(total - SHOWN_PER_KIND),
        grouped(total),
        group.label,
        if files == 1 {
            "1 file".to_string()
        } else {
            format!("{} files", grouped(files))
        },
        named.join(", "),
        if files > FILES_NAMED { ", …" } else { "" },
    )
}

/// How many of `items` each file has. One report's warnings come one after the other and
/// share their path, so a run of them is counted before the path is looked up.
fn per_file<'a>(items: &[&'a Diagnostic]) -> HashMap<&'a OsStr, usize> {
    let mut counts: HashMap<&OsStr, usize> = HashMap::default();
    let mut run: Option<(&Arc<Path>, usize)> = None;
    for d in items {
        match &mut run {
            Some((p, n)) if Arc::ptr_eq(p, &d.path) => *n += 1,
            _ => {
                if let Some((p, n)) = run.replace((&d.path, 1)) {
                    *counts.entry(p.as_os_str()).or_default() += n;
                }
            }
        }
    }
    if let Some((p, n)) = run {
        *counts.entry(p.as_os_str()).or_default() += n;
    }
    counts
}

/// The warnings by kind, kinds in the order of their first warning.
fn groups<'a>(warnings: &[&'a Diagnostic]) -> Vec<Group<'a>> {
    let mut order: Vec<Group> = Vec::new();
    let mut kinds: HashMap<Kind, usize> = HashMap::default();
    let mut shapes: HashMap<String, usize> = HashMap::default();
    for &w in warnings {
        let mut add = |label: String| {
            order.push(Group {
                label,
                items: Vec::new(),
            });
            order.len() - 1
        };
        let i = match w.kind {
            Some(kind) => *kinds
                .entry(kind)
                .or_insert_with(|| add(kind.label().to_string())),
            None => {
                let shape = shape_of(&w.message);
                match shapes.get(&shape) {
                    Some(&i) => i,
                    None => {
                        let i = add(format!("warnings like \"{shape}\""));
                        shapes.insert(shape, i);
                        i
                    }
                }
            }
        };
        order[i].items.push(w);
    }
    order
}

/// A message with what varies from one warning to the next left out: numbers become
/// `N`, a figure's key `figures.KEY`, quoted and backticked words `…`.
pub fn shape_of(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' => {
                while matches!(chars.peek(), Some(d) if d.is_ascii_digit() || matches!(d, '.' | ',' | '\u{a0}'))
                {
                    chars.next();
                }
                out.push('N');
            }
            '`' | '"' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                out.push(c);
                out.push('…');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    for section in ["figures.", "targets."] {
        while let Some(i) = find_key(&out, section) {
            let end = out[i + section.len()..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(out.len(), |e| i + section.len() + e);
            out.replace_range(i..end, &format!("{section}KEY"));
        }
    }
    out.trim_end_matches(['N', '.', ' ']).to_string()
}

/// Where `section` starts a key not yet replaced by `KEY`.
fn find_key(text: &str, section: &str) -> Option<usize> {
    text.match_indices(section)
        .find(|(i, _)| !text[i + section.len()..].starts_with("KEY"))
        .map(|(i, _)| i)
}

/// `30059` as `30,059`: counts in the terminal read the same in every language.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unstated(file: &str, line: usize, key: &str) -> Diagnostic {
        Diagnostic::new(
            file,
            format!("figures.{key}: 12 is not stated in the report's text"),
        )
        .at(line, 3)
        .kind(crate::diagnostics::Kind::NotStated)
    }

    #[test]
    fn shapes_leave_out_what_varies() {
        assert_eq!(
            shape_of("figures.cooperatives_total: 1.059 is not stated in the report's text"),
            "figures.KEY: N is not stated in the report's text"
        );
        assert_eq!(
            shape_of("undeclared figure `ocop_products` in `figures`"),
            "undeclared figure `…` in `…`"
        );
    }

    #[test]
    fn a_kind_past_three_is_counted_with_its_files() {
        let mut ws: Vec<Diagnostic> = (0..5)
            .map(|i| unstated("content/a.md", 10 + i, "cooperatives_total"))
            .collect();
        ws.push(unstated("content/b.md", 4, "cooperatives_new"));
        ws.push(Diagnostic::new("content/c.md", "undeclared figure `x`").at(7, 3));
        let text = render(&ws, false);
        assert_eq!(text.matches("is not stated").count(), 3, "{text}");
        assert!(
            text.contains("content/a.md:10:3: figures.cooperatives_total"),
            "{text}"
        );
        assert!(!text.contains("content/a.md:13:3"), "{text}");
        assert!(
            text.contains("warning: 3 more of 6 figures not stated in their report's text, in 2 files (most: content/a.md (5), content/b.md (1))"),
            "{text}"
        );
        assert!(
            text.contains("content/c.md:7:3: undeclared figure `x`"),
            "{text}"
        );
        let all = render(&ws, true);
        assert_eq!(all.matches("warning: ").count(), 7, "{all}");
        assert!(!all.contains("more of"), "{all}");
    }

    #[test]
    fn new_warnings_come_first() {
        let a = unstated("content/a.md", 1, "x");
        let b = unstated("content/b.md", 1, "y");
        let before = vec![a.clone()];
        let now = vec![a.clone(), b.clone()];
        assert_eq!(new_first(&before, &now), vec![&b, &a]);
        let text = since(&before, &now, false);
        assert!(
            text.starts_with(
                "1 warning new since the last build, 2 in all:\nwarning: content/b.md:1:3"
            ),
            "{text}"
        );
        assert!(since(&now, &now, false).starts_with("2 warnings as before (none new):\n"));
        assert_eq!(since(&now, &[], false), "");
    }

    /// `told` of two builds in parts, checked against `since` and `render` of them whole,
    /// with and without the last banner.
    fn tells_as_whole(before: &[&[Diagnostic]], now: &[&[Diagnostic]]) {
        let whole = |parts: &[&[Diagnostic]]| parts.concat();
        let (b, n) = (whole(before), whole(now));
        let last = render(&b, false);
        for verbose in [false, true] {
            let expected = (since(&b, &n, verbose), render(&n, false));
            assert_eq!(told(before, now, None, verbose), expected);
            assert_eq!(told(before, now, Some(&last), verbose), expected);
        }
    }

    #[test]
    fn serve_tells_what_since_and_render_tell() {
        let ws: Vec<Diagnostic> = (0..6)
            .map(|i| unstated(&format!("content/{}.md", i % 2), 10 + i, "x"))
            .collect();
        let cases = [(&ws[..4], &ws[..]), (&ws[..], &ws[..]), (&[][..], &ws[..])];
        for (before, now) in cases.into_iter().chain([(&ws[..], &[][..])]) {
            tells_as_whole(&[before], &[now]);
        }
        assert!(told(&[&ws[..4]], &[&ws], None, false)
            .0
            .starts_with("2 warnings new since"));
        // In parts: shared (the same slices), copied (equal, elsewhere in memory), and a
        // changed part whose warning a shared part holds too (not new).
        let copy = ws.clone();
        let (a, b, c) = (&ws[..2], &ws[2..4], &ws[4..]);
        tells_as_whole(&[a, b], &[a, b, c]);
        tells_as_whole(&[a, b, c], &[a, &copy[2..4], c]);
        tells_as_whole(&[a, b], &[a, &copy[..1]]);
        tells_as_whole(&[a, b], &[&copy[4..], b, a]);
        let (told_now, _) = told(&[a, b], &[a, &copy[..1], c], Some("x"), false);
        assert!(told_now.starts_with("2 warnings new since"), "{told_now}");
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped(30059), "30,059");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000_000), "1,000,000");
    }
}
