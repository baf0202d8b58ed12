//! No input makes coopsite panic: thousands of damaged copies of a real report are
//! parsed, and each either parses or gives located errors.

use std::path::Path;

use coopsite::content::frontmatter::{parse_report, Settings};
use coopsite::figure_table::FigureTable;

const REPORT: &str = include_str!("../content/2024/province-b-2024.md");
const INSERTS: &[&str] = &[
    "-", ":", "\n", "  ", "{", "[", "'", "\"", "#", "&a", "*a", "!!str ", "- x\n", "\u{feff}",
    "\r", "1e400", "-0", "é", "|\n", "? ",
];

#[test]
fn damaged_reports_never_panic() {
    let head_len = REPORT.find("\n---\n").unwrap() + 5;
    let head = &REPORT[..head_len];
    let table = FigureTable::built_in();
    let settings = Settings {
        site_lang: "en",
        table: &table,
    };
    let mut checked = 0;
    // Every cut point of the front matter, with each kind of damage.
    let cuts: Vec<usize> = (0..=head.len())
        .filter(|&i| head.is_char_boundary(i))
        .collect();
    for (n, &at) in cuts.iter().enumerate() {
        let insert = INSERTS[n % INSERTS.len()];
        let variants = [
            format!("{}{}{}", &head[..at], insert, &head[at..]),
            format!("{}{}", &head[..at], &REPORT[head_len..]),
            format!("{}{}", &head[at..], &REPORT[head_len..]),
        ];
        for text in &variants {
            match parse_report(text, Path::new("content/x.md"), Path::new("x.md"), settings) {
                Ok(r) => assert!(!r.title.is_empty()),
                Err(errors) => {
                    assert!(!errors.is_empty());
                    for e in &errors {
                        assert!(e.headline().starts_with("content/x.md"), "{}", e.headline());
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 2500, "{checked}");
}
