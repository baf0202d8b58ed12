//! The report written out: front matter whose every figure carries, in a YAML comment,
//! the words it was read from, what was left out listed for the author, and the
//! article's text as Markdown.

use super::decide::{number, Chosen, Decided, Left};
use super::found::Val;
use super::patterns::{language_names, Lang};
use super::text::Folded;
use crate::content::amount::Period;
use crate::content::date::Date;
use crate::figure_table::FigureTable;

/// Everything the front matter says, and where each came from.
pub struct Draft<'a> {
    pub title: &'a str,
    /// Why the title is not the article's headline, if it is not.
    pub title_note: Option<&'a str>,
    pub date: Option<Date>,
    pub date_note: String,
    /// `None`: left for the author (the text names no year).
    pub year: Option<i32>,
    pub year_note: String,
    pub union: &'a str,
    pub union_note: Option<&'a str>,
    pub region: &'a str,
    pub region_note: String,
    pub lang: Lang,
    pub lang_note: &'a str,
    pub slug: &'a str,
    pub decided: &'a Decided,
    /// What import could not decide, listed for the author.
    pub undecided: &'a [String],
    pub body: &'a str,
}

/// Width of `key: value` before its comment.
const COMMENT_COL: usize = 34;

/// The report file.
pub fn render(d: &Draft) -> String {
    let mut out = String::from("---\n");
    line(
        &mut out,
        &format!("title: {}", yaml_str(d.title)),
        d.title_note,
    );
    let date = d.date.map_or(String::new(), |x| x.to_string());
    line(&mut out, &format!("date: {date}"), Some(&d.date_note));
    let year = d.year.map_or(String::new(), |y| y.to_string());
    line(&mut out, &format!("year: {year}"), Some(&d.year_note));
    line(
        &mut out,
        &format!("union: {}", yaml_str(d.union)),
        d.union_note,
    );
    line(
        &mut out,
        &format!("region: {}", yaml_str(d.region)),
        Some(&d.region_note),
    );
    line(
        &mut out,
        &format!("lang: {}", d.lang.code()),
        Some(d.lang_note),
    );
    line(&mut out, &format!("slug: {}", yaml_str(d.slug)), None);
    line(
        &mut out,
        "draft: true",
        Some("imported: check it against the article, then remove this line"),
    );
    out.push_str("# source: https://…              # where the article was published\n");
    for (k, u) in d.undecided.iter().enumerate() {
        if k == 0 {
            out.push_str("# Not decided, for the author:\n");
        }
        out.push_str("#   ");
        out.push_str(&one_line(u));
        out.push('\n');
    }
    section(&mut out, "figures", &d.decided.figures);
    section(&mut out, "targets", &d.decided.targets);
    left_out(&mut out, &d.decided.left);
    out.push_str("---\n\n");
    out.push_str(d.body);
    if !d.body.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// `text`, then its comment at a column.
fn line(out: &mut String, text: &str, comment: Option<&str>) {
    out.push_str(text);
    if let Some(c) = comment.filter(|c| !c.is_empty()) {
        let pad = COMMENT_COL.saturating_sub(text.chars().count()).max(1);
        out.push_str(&" ".repeat(pad));
        out.push_str("# ");
        out.push_str(&one_line(c));
    }
    out.push('\n');
}

fn section(out: &mut String, name: &str, list: &[Chosen]) {
    if list.is_empty() {
        return;
    }
    out.push_str(name);
    out.push_str(":\n");
    for c in list {
        let text = format!("  {}: {}", c.key, value(c.key, &c.val));
        line(out, &text, Some(&quoted(&c.quote)));
    }
}

/// A figure's value as YAML: counts as digits, money as VND a year, or a map when
/// the text states a month (or the key is not a built-in money figure, so that it
/// reads as money).
pub fn value(key: &str, v: &Val) -> String {
    match v {
        Val::Count(n) => n.to_string(),
        Val::Money {
            amount,
            per: Period::Month,
        } => format!("{{amount: {}, per: month}}", number(*amount)),
        Val::Money { amount, .. } if FigureTable::is_built_in(key) => number(*amount),
        Val::Money { amount, .. } => format!("{{amount: {}}}", number(*amount)),
    }
}

fn left_out(out: &mut String, left: &[Left]) {
    if left.is_empty() {
        return;
    }
    out.push_str(
        "# Left out, for the author to decide (add a figure only if the text means it):\n",
    );
    for l in left {
        let text = format!(
            "#   {}.{}: {} ({}): {}",
            l.section.name(),
            l.key,
            l.val.show(),
            l.why,
            quoted(&l.quote)
        );
        out.push_str(&one_line(&text));
        out.push('\n');
    }
}

/// Words quoted in a comment, on one line.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", one_line(s).replace('"', "\\\""))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A YAML double-quoted string: `"`, `\` and control characters escaped.
pub fn yaml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The title to use when the article has no headline, in its language.
pub fn made_title(lang: Lang, union: &str, year: i32) -> String {
    let title = &crate::lang_tables::for_lang(lang.code()).table.import.title;
    let (year, next) = (year.to_string(), (year + 1).to_string());
    crate::i18n::fill(title, &[("union", union), ("year", &year), ("next", &next)])
}

/// The article's text as Markdown: one paragraph per line (lines a hard wrap split
/// joined again), short lines between paragraphs as headings, a web page's trailing
/// lines ("Source", "Comment (0)") and a translator's language note dropped.
pub fn body(text: &str) -> String {
    let mut paras: Vec<String> = Vec::new();
    let mut joinable = false;
    for raw in text.lines() {
        let line = strip_language_name(raw.trim());
        if line.is_empty() {
            joinable = false;
            continue;
        }
        let lower_start = line.chars().next().is_some_and(char::is_lowercase);
        match paras.last_mut() {
            Some(last) if joinable && lower_start => {
                last.push(' ');
                last.push_str(line);
            }
            _ => paras.push(line.to_string()),
        }
        joinable = !line.ends_with(['.', '!', '?', ':', ';', '…', '"', '»', ')']);
    }
    while paras.last().is_some_and(|p| is_boilerplate(p)) {
        paras.pop();
    }
    let n = paras.len();
    let out: Vec<String> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let p = escape(p);
            if i > 0 && i + 1 < n && is_heading(&p) {
                format!("## {p}")
            } else {
                p
            }
        })
        .collect();
    out.join("\n\n") + "\n"
}

fn strip_language_name(line: &str) -> &str {
    for name in language_names() {
        if let Some(rest) = line.strip_prefix(name).and_then(|r| r.strip_prefix(' ')) {
            if rest.chars().next().is_some_and(char::is_uppercase) {
                return rest;
            }
        }
    }
    line
}

fn is_boilerplate(p: &str) -> bool {
    let folded = Folded::new(p).text;
    let mut s = folded.trim().trim_end_matches(':').trim();
    if let Some(open) = s.rfind('(') {
        if s.ends_with(')') && s[open + 1..s.len() - 1].bytes().all(|b| b.is_ascii_digit()) {
            s = s[..open].trim();
        }
    }
    super::timewords::page().lines.contains(&s)
}

/// A short line with no full stop that starts with a capital or a digit.
fn is_heading(p: &str) -> bool {
    p.chars().count() <= 100
        && p.split_whitespace().count() >= 2
        && !p.ends_with(['.', '!', '?', ':', ';', ',', '…'])
        && p.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Plain text that Markdown would read as markup: a leading `#` or `>`, an HTML tag.
fn escape(p: &str) -> String {
    let mut s = String::with_capacity(p.len());
    if p.starts_with(['#', '>']) {
        s.push('\\');
    }
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || "/!?".contains(*n))
        {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_strings_are_escaped() {
        assert_eq!(yaml_str("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\nd\"");
        let parsed: String = serde_yaml::from_str(&yaml_str("x: \"y\" # z\t\u{1}")).unwrap();
        assert_eq!(parsed, "x: \"y\" # z\t\u{1}");
    }

    #[test]
    fn a_made_title_is_the_tables_in_each_language() {
        let titles: Vec<String> = [Lang::Vi, Lang::Fr, Lang::Ms, Lang::En]
            .iter()
            .map(|l| made_title(*l, "U {year}", 2023))
            .collect();
        assert_eq!(
            titles,
            [
                "U {year} tổng kết năm 2023, triển khai nhiệm vụ năm 2024",
                "U {year} : bilan de 2023 et tâches pour 2024",
                "U {year} meringkaskan aktiviti 2023 dan melaksanakan tugas 2024",
                "U {year} reviews 2023 and sets 2024 tasks",
            ]
        );
    }

    #[test]
    fn body_keeps_paragraphs_and_drops_page_trailers() {
        let text = "Sáng 28/12, hội nghị diễn ra.\n520 HTX hoạt động hiệu quả\nLaporan bahawa\nmenunjukkan hasil.\n\nFrançais En 2025, objectif.\n<b>x</b>\nSource\nComment (0)\n";
        assert_eq!(
            body(text),
            "Sáng 28/12, hội nghị diễn ra.\n\n## 520 HTX hoạt động hiệu quả\n\nLaporan bahawa menunjukkan hasil.\n\nEn 2025, objectif.\n\n\\<b>x\\</b>\n"
        );
    }

    #[test]
    fn values_read_as_their_kind() {
        let month = Val::Money {
            amount: 5_600_000.0,
            per: Period::Month,
        };
        let year = Val::Money {
            amount: 850_000_000.0,
            per: Period::Year,
        };
        assert_eq!(
            value("avg_income_per_worker", &month),
            "{amount: 5600000, per: month}"
        );
        assert_eq!(value("avg_revenue_per_cooperative", &year), "850000000");
        assert_eq!(
            value("avg_revenue_per_cooperative_group", &year),
            "{amount: 850000000}"
        );
        assert_eq!(value("cooperatives_total", &Val::Count(1059)), "1059");
    }
}
