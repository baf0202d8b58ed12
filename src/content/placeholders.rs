//! Placeholders `coopsite new` leaves for a person to fill in (`TODO: the title`, a
//! conference day to check): a report that is no longer a draft and still has one is
//! an error at its line, so a guessed date or a made-up union is never published
//! unnoticed.

use std::path::Path;

use crate::diagnostics::Diagnostic;

/// The word that marks a placeholder, written in capitals as `new` writes it.
pub const MARK: &str = "TODO";

/// Each line of `text` (the whole file) that still holds a placeholder: an error at
/// the mark, with the line as `new` wrote it.
pub fn check(text: &str, path: &Path) -> Vec<Diagnostic> {
    // Nearly every file has no mark: found in one pass before reading line by line.
    if memchr::memmem::find(text.as_bytes(), MARK.as_bytes()).is_none() {
        return Vec::new();
    }
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let at = find_word(line, MARK)?;
            let col = line[..at].chars().count() + 1;
            Some(
                Diagnostic::new(
                    path,
                    format!(
                        "a placeholder is left here (`{}`), and the report is not a draft",
                        line.trim()
                    ),
                )
                .at(i + 1, col)
                .help(help_for(line)),
            )
        })
        .collect()
}

/// What to do with the placeholder on `line`.
fn help_for(line: &str) -> &'static str {
    let key = line.split(':').next().unwrap_or_default().trim();
    match key {
        "date" => "write the day of the conference and delete the `# TODO` comment, or keep `draft: true` until it is done",
        "year" => "write the year the report reviews and delete the `# TODO` comment, or keep `draft: true` until it is done",
        "region" => "check the region's spelling against its other reports and delete the `# TODO` comment, or keep `draft: true` until it is done",
        _ => "write the report's own words in place of the TODO, or keep `draft: true` until it is done",
    }
}

/// Where `word` stands in `line` as a word of its own (not inside `TODOS` or `aTODO`).
fn find_word(line: &str, word: &str) -> Option<usize> {
    line.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = line[..i].chars().next_back();
        let after = line[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_found_as_words_with_their_column() {
        let text = "---\ntitle: \"TODO: the title\"\ndate: 2025-01-01  # TODO: check\nunion: TODOS\n---\n\nÀ TODO.\n";
        let found = check(text, Path::new("content/a.md"));
        let at: Vec<(usize, usize)> = found.iter().map(|d| (d.line, d.col)).collect();
        assert_eq!(at, vec![(2, 9), (3, 21), (7, 3)]);
    }
}
