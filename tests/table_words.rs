//! The words of each language live in its table (`src/lang_tables/*.yaml`), not in
//! the code: no string literal of `src/` outside `src/lang_tables` and its tests is,
//! folded (lowercase, no diacritics, spaces and punctuation trimmed), a word of the
//! tables' sections that say when, how a number or a day is written, or how a report's
//! head reads (#23).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use coopsite::lang_tables::{self, fold, LangTable};

/// Files whose literals are no words of a text read by the program.
const FILES_ALLOWED: &[(&str, &str)] = &[
    // Language codes and names (ISO 639: "de", "es", "th", "no", "may" for Malay).
    ("src/lang.rs", "language codes, not words"),
    // The sample reports of the benchmark corpus: text written, never read as words.
    ("src/corpus", "sample sentences of generated reports"),
];

/// Literals that fold to a table word but are no word of a text: the literal, the
/// file (or folder) it is allowed in, and why.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "year",
        "src/",
        "a front-matter key, a `per:` value, a column of the open data",
    ),
    ("month", "src/", "a `per:` value"),
    ("targets", "src/", "the front-matter key of targets"),
    (
        "years",
        "src/",
        "the folder of the year pages and its i18n key",
    ),
    ("number", "src/", "a JSON Schema type and a figure kind"),
    (
        "period",
        "src/",
        "a column, a key and a field of the open data and of messages",
    ),
    (
        "conference",
        "src/render/native/report.rs",
        "the i18n key of a report's conference line",
    ),
    (
        "from",
        "src/regions/setting.rs",
        "a key of `regions:` in coopsite.yaml",
    ),
    (
        "until",
        "src/regions/setting.rs",
        "a key of `regions:` in coopsite.yaml",
    ),
    (
        "vietnam",
        "src/regions/setting.rs",
        "the built-in register: `regions: {use: vietnam}`",
    ),
    (
        "and",
        "src/charts/words.rs",
        "the i18n key of the word joining a list",
    ),
    (
        "and",
        "src/regions/check.rs",
        "an English message's list made an \"or\" list",
    ),
    (
        "more",
        "src/charts/years.rs",
        "the i18n key of \"and {n} more\"",
    ),
    (
        "of",
        "src/render/native/lists.rs",
        "the i18n key of \"page 2 of 5\"",
    ),
    (
        "per year",
        "src/content/reader/statement.rs",
        "a message of `check`, in English as all",
    ),
    (
        "province",
        "src/scaffold.rs",
        "the placeholder region of `new`'s English title hint",
    ),
];

/// Every `.rs` file under `dir`, but `src/lang_tables` and test files.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .expect("src")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.ends_with("lang_tables") {
            continue;
        }
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.file_name().is_some_and(|n| {
                let n = n.to_string_lossy();
                n == "tests.rs" || n.ends_with("_tests.rs")
            })
        {
            out.push(path);
        }
    }
}

/// The code of a file without its `#[cfg(test)]` items: a test module, inline or
/// named (`#[cfg(test)] mod tests;`), a test function.
fn without_tests(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        // The item ends at the `;` of `mod x;` or at the brace closing its body.
        let semi = after.find(';');
        let open = after.find('{');
        let end = match (semi, open) {
            (Some(s), Some(o)) if s < o => s + 1,
            (_, Some(o)) => o + closing(&after[o..]),
            (Some(s), None) => s + 1,
            (None, None) => after.len(),
        };
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The length up to and with the brace that closes the one `text` starts with
/// (braces in strings and comments are few enough in test modules to be counted).
fn closing(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// The string literals of Rust code ("…", b"…", r"…", r#"…"#), with their lines;
/// comments and character literals skipped.
fn literals(code: &str) -> Vec<(usize, String)> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let line = |i: usize| code[..i].matches('\n').count() + 1;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = code[i..].find('\n').map_or(b.len(), |n| i + n);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = code[i + 2..].find("*/").map_or(b.len(), |n| i + n + 4);
            }
            b'\'' => {
                // A character literal ('"', '\'', 'a') or a lifetime ('a, 'static).
                let rest = &code[i + 1..];
                let len = if rest.starts_with('\\') {
                    rest[2..].find('\'').map(|n| n + 3)
                } else {
                    let c = rest.chars().next().map_or(1, char::len_utf8);
                    (rest[c..].starts_with('\'')).then_some(c + 1)
                };
                i += 1 + len.unwrap_or(0);
            }
            b'r' if (i == 0 || !is_ident(b[i - 1]))
                && matches!(b.get(i + 1), Some(b'"' | b'#')) =>
            {
                let hashes = code[i + 1..].bytes().take_while(|&c| c == b'#').count();
                let start = i + 1 + hashes;
                if b.get(start) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let end = code[start + 1..]
                    .find(&close)
                    .map_or(b.len(), |n| start + 1 + n);
                out.push((line(i), code[start + 1..end].to_string()));
                i = end + close.len();
            }
            b'"' => {
                let mut j = i + 1;
                let mut s = String::new();
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\\' {
                        j += 2;
                        s.push(' ');
                        continue;
                    }
                    let c = code[j..].chars().next().unwrap_or(' ');
                    s.push(c);
                    j += c.len_utf8();
                }
                out.push((line(i), s));
                i = j + 1;
            }
            c if is_ident(c) => {
                while i < b.len() && is_ident(b[i]) {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// A literal as the tables compare words: folded, spaces and the marks that end a
/// word in a sentence trimmed. Empty for a literal that is no words: markup, a path,
/// a template, an identifier ("</a>", "years/", "{year}", "avg_income").
fn key(literal: &str) -> String {
    let k = fold(literal);
    let k = k.trim_matches(|c: char| c.is_whitespace() || ".,:;!?".contains(c));
    let wordy = |c: char| c.is_alphabetic() || c == ' ' || c == '\'' || c == '-' || c == '.';
    if k.chars().all(wordy) {
        k.to_string()
    } else {
        String::new()
    }
}

/// The words of the sections that must not be written in code, with where each is.
fn table_words(t: &LangTable) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |section: &str, words: &[String]| {
        for w in words {
            out.push((key(w), format!("{}.yaml {section}", t.code)));
        }
    };
    let p = &t.period;
    for (name, list) in [
        ("period.half", &p.half),
        ("period.as_of", &p.as_of),
        ("period.other", &p.other),
        ("period.this_year", &p.this_year),
        ("period.past_year", &p.past_year),
        ("period.conference", &p.conference),
        ("period.year_start", &p.year_start),
        ("period.part", &p.part),
        ("period.rise", &p.rise),
        ("period.term", &p.term),
        ("period.congress", &p.congress),
        ("period.future", &p.future),
        ("period.effect", &p.effect),
        ("period.document", &p.document),
        ("period.second_half", &p.second_half),
        ("period.term_after", &p.term_after),
        ("period.span_end", &p.span_end),
        ("period.founded", &p.founded),
        ("period.founds", &p.founds),
        ("period.reported", &p.reported),
        ("period.told", &p.told),
        ("period.day_dash", &p.day_dash),
        ("period.as_of_day", &p.as_of_day),
        ("period.year_link", &p.year_link),
        ("period.this_year_after", &p.this_year_after),
        ("period.day_noun", &p.day_noun),
        ("period.day_link", &p.day_link),
    ] {
        put(name, list);
    }
    let w = &t.time;
    for (name, list) in [
        ("time.target", &w.target),
        ("time.not_target", &w.not_target),
        ("time.expected", &w.expected),
        ("time.share", &w.share),
        ("time.change", &w.change),
        ("time.level", &w.level),
        ("time.change_after", &w.change_after),
        ("time.compare", &w.compare),
        ("time.earlier", &w.earlier),
        ("time.now", &w.now),
        ("time.since", &w.since),
        ("time.named", &w.named),
        ("time.every_year", &w.every_year),
        ("time.years_past", &w.years_past),
    ] {
        let joined: Vec<String> = list.iter().map(|p| p.join(" ")).collect();
        put(name, &joined);
    }
    for names in &t.page.months {
        put("page.months", names);
    }
    put("page.day_ordinal", &t.page.day_ordinal);
    put("page.month_noun", &t.page.month_noun);
    put("page.twelve_hour", &t.page.twelve_hour);
    put("date.months", &t.date.months);
    // A place's words are compared one by one ("thanh", "pho").
    let place = &t.place_name;
    for (name, list) in [
        ("place_name.before", &place.before),
        ("place_name.after", &place.after),
    ] {
        let words: Vec<String> = list
            .iter()
            .flat_map(|p| p.split(' ').map(str::to_string))
            .collect();
        put(name, &words);
    }
    put("import.national", &t.import.national);
    put("import.union_lead", &t.import.union_lead);
    put("import.union_not_lead", &t.import.union_not_lead);
    put("money.month", &t.money.month);
    put("money.year", &t.money.year);
    put("numbers.ordinal", &t.numbers.ordinal);
    let ranks: Vec<String> = t.rank_before.iter().map(|p| p.join(" ")).collect();
    put("rank_before", &ranks);
    out.retain(|(w, _)| !w.is_empty());
    out
}

#[test]
fn no_word_of_the_tables_is_written_in_the_code() {
    let mut words: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for lang in lang_tables::all() {
        for (w, at) in table_words(&lang.table) {
            words.entry(w).or_default().insert(at);
        }
    }
    // TABLE_WORDS_SRC: another tree's `src/` read against these tables (an older
    // commit's, to see what it wrote in code).
    let root = std::env::var_os("TABLE_WORDS_SRC").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf(),
        PathBuf::from,
    );
    let root = root.as_path();
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    let mut found = Vec::new();
    for path in files {
        let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy();
        if FILES_ALLOWED.iter().any(|(f, _)| rel.starts_with(f)) {
            continue;
        }
        let text = fs::read_to_string(&path).expect("a source file");
        for (line, literal) in literals(&without_tests(&text)) {
            let k = key(&literal);
            if ALLOWED
                .iter()
                .any(|(a, f, _)| *a == k && rel.starts_with(f))
            {
                continue;
            }
            if let Some(at) = words.get(&k) {
                let file = path.strip_prefix(root).unwrap_or(&path).display();
                let at: Vec<&str> = at.iter().map(String::as_str).collect();
                found.push(format!(
                    "{file}:{line}: {literal:?} is in {}",
                    at.join(", ")
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} words of the language tables are written in the code; read them from the tables:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_reader_of_literals_finds_them_and_skips_tests() {
    let code = "let a = \"nam \"; // \"thang\"\nlet c = '\"'; let r = r#\"de\"#;\n/* \"x\" */ let b = b\"no\";\n#[cfg(test)]\nmod tests { fn t() { let _ = \"er\"; } }\nlet z = \"of\";";
    let found: Vec<(usize, String)> = literals(&without_tests(code));
    let texts: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(texts, ["nam ", "de", "no", "of"]);
    assert_eq!(found[0].0, 1);
    assert_eq!(key(" Tháng,"), "thang");
}
