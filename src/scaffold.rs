//! `coopsite init` and `coopsite new`: starting points written to disk.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::content::date::Date;
use crate::content::walk_files;
use crate::diagnostics::Diagnostic;
use crate::lang::is_language_tag;
use crate::urls::slugify;

mod init;
pub use init::{eject_theme, init};

/// `init`'s example: a complete report whose figures agree with each other and its text.
const EXAMPLE: &str = "\
---
title: \"Province A Cooperative Union reviews 2024 and sets 2025 tasks\"
date: 2024-12-28            # the day of the conference
year: 2024                  # the year under review
union: Provincial Cooperative Union
region: Province A          # groups the reports of one place over the years
lang: en                    # the language of the text
# slug: province-a-2024     # default: from the file name
# summary: \"One or two sentences\"   # default: the first paragraph
# source: https://example.org/original-article
tags: [example]
draft: false                # drafts are built only with --drafts
figures:                    # only the figures the report states
  cooperatives_total: 120
  cooperatives_new: 8
  cooperatives_effective: 85
  cooperatives_agricultural: 70
  cooperative_groups: 45
  cooperative_group_members: 380
  avg_revenue_per_cooperative: 1850000000                # VND per year
  avg_profit_per_cooperative: {amount: 210000000}        # the same, spelled out
  avg_income_per_worker: {amount: 5200000, per: month}   # multiplied by 12
targets:                    # next year's aims, same keys as figures
  cooperatives_new: 10
extra: {}
---

This is an example report: replace it with a real one, or write a new one with
`coopsite new content/2024/province-b-2024.md`.

At the end of 2024 the province had 120 cooperatives, 8 of them founded during the
year. 85 cooperatives operated effectively and 70 worked in agriculture. The province
also had 45 cooperative groups with 380 members.

A cooperative's average revenue was 1.85 billion VND and its average profit 210 million
VND; a member or worker earned 5.2 million VND/month on average.

In 2025 the union aims to found 10 new cooperatives.
";

/// The figures a new report lists, left empty (an empty figure is one not stated),
/// each with what it means.
const FIGURE_LINES: &str = "\
figures:                    # fill in each figure the report states; leave the others empty
  cooperatives_total:               # cooperatives in the region at the end of the year
  cooperatives_new:                 # founded during the year
  cooperatives_effective:           # rated as operating effectively
  cooperatives_agricultural:        # in agriculture
  cooperative_groups:               # cooperative groups (tổ hợp tác)
  cooperative_group_members:        # their members
  avg_revenue_per_cooperative:      # VND per year, e.g. 2295000000
  avg_profit_per_cooperative:       # VND per year, or {amount: 300000000}
  avg_income_per_worker:            # VND per year, or {amount: 5600000, per: month}
targets:                    # next year's aims, same keys as figures
  cooperatives_new:
";

/// What a new report starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The year under review.
    pub year: i32,
    /// The day of the conference.
    pub date: Date,
    /// The region, when the file name names one of the site's regions.
    pub region: Option<String>,
    /// Else the region the name spells, if any (`lao-cai-2024` → `Lao Cai`).
    pub new_region: Option<String>,
    /// The language, from a translation's name (`hoa-binh-2023.vi.md`).
    pub lang: Option<String>,
    /// The slug the file name gives.
    pub slug: String,
    /// The year is a guess from today's date: the name gives none.
    pub year_guessed: bool,
}

/// Text inside a YAML double-quoted string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A report with every key of the front matter, its figures left to fill in, in
/// `site_lang` unless its name says another. What only a person can know is a
/// placeholder marked `TODO`: a report that is no longer a draft and still has one
/// does not build (see `content::placeholders`).
pub fn report_template(d: &Draft, site_lang: &str) -> String {
    let (year, next) = (d.year, d.year + 1);
    let place = d.region.as_deref().unwrap_or("Province");
    let title = format!(
        "TODO: the title, e.g. {place} Cooperative Union reviews {year} and sets {next} tasks"
    );
    let region = match (&d.region, &d.new_region) {
        (Some(r), _) => format!("region: {}          # one of the site's regions", quoted(r)),
        (None, Some(r)) => format!(
            "region: {}          # TODO: not one of the site's regions yet: check its spelling",
            quoted(r)
        ),
        (None, None) => {
            "region: \"TODO: the province, spelled as in its other reports\"".to_string()
        }
    };
    let lang = d.lang.as_deref().unwrap_or(site_lang);
    let year_note = match d.year_guessed {
        true => "# TODO: the year under review",
        false => "# the year under review",
    };
    format!(
        "---
title: {title}
date: {date}            # TODO: the day of the conference (YYYY-MM-DD)
year: {year}                  {year_note}
union: \"TODO: who held the conference\"
{region}
lang: {lang}                    # the language of the text
# slug: {slug}    # default: from the file name
# summary: \"One or two sentences\"   # default: the first paragraph
# source: https://example.org/original-article
tags: []
draft: true                 # false to publish, once every placeholder is filled in
{FIGURE_LINES}extra: {{}}
---

TODO: the report's text, in Markdown.
",
        title = quoted(&title),
        date = d.date,
        slug = d.slug,
    )
}

fn today() -> Date {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    civil_from_days(days)
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

fn write_new(path: &Path, text: &[u8]) -> Result<(), Diagnostic> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| Diagnostic::new(dir, format!("cannot create: {e}")))?;
    }
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text))
        .map_err(|e| {
            let msg = if e.kind() == std::io::ErrorKind::AlreadyExists {
                "already exists; coopsite does not overwrite it".to_string()
            } else {
                format!("cannot write: {e}")
            };
            Diagnostic::new(path, msg)
        })
}

/// A year in a name: four digits, 1900 to 2100.
fn as_year(token: &str) -> Option<i32> {
    let year: i32 = token.parse().ok()?;
    (token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) && (1900..=2100).contains(&year))
        .then_some(year)
}

/// What a report's file name says: `province-a-2023.vi` → (2023, `province-a`, `vi`).
/// The year is the last four-digit word of the stem; the rest is the region's slug.
pub fn read_name(stem: &str) -> (Option<i32>, String, Option<String>) {
    let (stem, lang) = match stem.rsplit_once('.') {
        Some((s, l)) if is_language_tag(l) => (s, Some(l.to_string())),
        _ => (stem, None),
    };
    let words: Vec<&str> = stem
        .split(|c: char| c == '-' || c == '_' || c == '.' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let at = words.iter().rposition(|w| as_year(w).is_some());
    let year = at.and_then(|i| as_year(words[i]));
    let rest: Vec<&str> = (0..words.len())
        .filter(|&i| Some(i) != at)
        .map(|i| words[i])
        .collect();
    (year, slugify(&rest.join("-")), lang)
}

/// The value of a top-level `region:` line in a report's front matter.
fn front_region(text: &str) -> Option<String> {
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    for line in lines {
        if line.trim_end() == "---" {
            return None;
        }
        let Some(value) = line.strip_prefix("region:") else {
            continue;
        };
        let value = value.trim();
        let name = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or_default(),
            _ => value.split(" #").next().unwrap_or_default().trim(),
        };
        return Some(name.to_string()).filter(|n| !n.is_empty());
    }
    None
}

/// The regions named by the reports under `content`, by a line scan of their front matter.
pub fn site_regions(content: &Path) -> BTreeSet<String> {
    let Ok(walk) = walk_files(content) else {
        return BTreeSet::new();
    };
    walk.files
        .iter()
        .filter(|(_, rel)| rel.extension().is_some_and(|e| e == "md"))
        .filter_map(|(src, _)| fs::read_to_string(src).ok())
        .filter_map(|text| front_region(&text))
        .collect()
}

/// `p` made absolute: `.` and `..` removed, and the part of it that exists with its
/// symbolic links resolved, so two spellings of one place compare equal.
fn absolute(p: &Path) -> PathBuf {
    let joined = std::env::current_dir()
        .map(|d| d.join(p))
        .unwrap_or_else(|_| p.to_path_buf());
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    let mut existing = out.clone();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest.iter().rev().fold(real, |acc, name| acc.join(name));
        }
        match existing.file_name() {
            Some(name) => rest.push(name.to_os_string()),
            None => return out,
        }
        if !existing.pop() {
            return out;
        }
    }
}

/// Where `coopsite new PATH` writes, relative to `root/content`: PATH as given when it
/// lies in the site's `content/`, else PATH read from `content/` (with or without a
/// leading `content/`). A path that leads outside `content/` is refused.
pub fn resolve_in_content(root: &Path, path: &Path) -> Result<PathBuf, Diagnostic> {
    let content = absolute(&root.join("content"));
    let inside = |p: &Path| {
        absolute(p)
            .strip_prefix(&content)
            .ok()
            .filter(|rel| rel.components().next().is_some())
            .map(Path::to_path_buf)
    };
    let found = if path.is_absolute() {
        inside(path)
    } else {
        inside(path).or_else(|| {
            let rest = path.strip_prefix("content").unwrap_or(path);
            inside(&root.join("content").join(rest))
        })
    };
    found.ok_or_else(|| {
        Diagnostic::new(
            path,
            format!(
                "is outside the site's content folder {}",
                root.join("content").display()
            ),
        )
        .help("reports live in content/: e.g. coopsite new 2024/province-a-2024.md")
    })
}

/// A new report's starting values: the year from its file name (or its folder's, as in
/// `content/2024/`) with the conference early the next year, else from `today`; the
/// region when the name, without its year, is the slug of one of `regions`.
pub fn draft_for(rel: &Path, regions: &BTreeSet<String>, today: Date) -> Draft {
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (named, rest, lang) = read_name(&stem);
    let base = match &lang {
        Some(l) => stem.strip_suffix(&format!(".{l}")).unwrap_or(&stem),
        None => &stem,
    };
    let folder = rel
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| as_year(&n.to_string_lossy()));
    let (year, date) = match named.or(folder) {
        Some(y) => (
            y,
            Date {
                year: y + 1,
                month: 1,
                day: 1,
            },
        ),
        None if today.month <= 6 => (today.year - 1, today),
        None => (today.year, today),
    };
    let year_guessed = named.or(folder).is_none();
    let region = regions
        .iter()
        .find(|r| !rest.is_empty() && slugify(r) == rest)
        .cloned();
    let new_region = region.is_none().then(|| title_case(&rest));
    Draft {
        year,
        date,
        region,
        new_region: new_region.filter(|r| !r.is_empty()),
        lang,
        slug: slugify(base),
        year_guessed,
    }
}

/// `lao-cai` → `Lao Cai`.
fn title_case(slug: &str) -> String {
    let words = slug.split('-').filter(|w| !w.is_empty()).map(|w| {
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    });
    words.collect::<Vec<_>>().join(" ")
}

/// `coopsite new PATH`: a report with every key, ready to fill in, written into the
/// `content/` of the site at `root`. Returns the path it wrote.
pub fn new_report(root: &Path, path: &Path) -> Result<PathBuf, Diagnostic> {
    if path.extension().is_none_or(|e| e != "md") {
        return Err(
            Diagnostic::new(path, "a report's file name must end in .md")
                .help("e.g. coopsite new content/2024/province-a-2024.md"),
        );
    }
    if !root.join("coopsite.yaml").is_file() && !root.join("content").is_dir() {
        return Err(Diagnostic::new(
            root,
            "is not a coopsite site: it has neither coopsite.yaml nor content/",
        )
        .help("run coopsite new in a site's folder, pass --root DIR, or start a site with coopsite init DIR"));
    }
    let rel = resolve_in_content(root, path)?;
    let content = if root.as_os_str().is_empty() || root == Path::new(".") {
        PathBuf::from("content")
    } else {
        root.join("content")
    };
    let draft = draft_for(&rel, &site_regions(&content), today());
    // The site's language; a coopsite.yaml with errors says them at the next build.
    let site_lang = crate::config::Config::load(root)
        .map(|c| c.language)
        .unwrap_or_else(|_| "en".to_string());
    let target = content.join(&rel);
    write_new(&target, report_template(&draft, &site_lang).as_bytes())?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0).to_string(), "1970-01-01");
        assert_eq!(civil_from_days(20_416).to_string(), "2025-11-24");
        assert_eq!(civil_from_days(19_782).to_string(), "2024-02-29");
    }

    #[test]
    fn names_give_year_region_slug_and_language() {
        let cases: &[(&str, Option<i32>, &str, Option<&str>)] = &[
            ("province-a-2023", Some(2023), "province-a", None),
            ("2023-hoa-binh", Some(2023), "hoa-binh", None),
            ("hoa_binh_2024.vi", Some(2024), "hoa-binh", Some("vi")),
            ("province-b", None, "province-b", None),
            ("report-12345", None, "report-12345", None),
            ("plan-3000", None, "plan-3000", None),
            ("2023", Some(2023), "", None),
        ];
        for &(stem, year, rest, lang) in cases {
            let got = read_name(stem);
            assert_eq!(
                got,
                (year, rest.to_string(), lang.map(String::from)),
                "{stem}"
            );
        }
    }

    #[test]
    fn region_lines_are_read_from_front_matter_only() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "---\ntitle: x\nregion: Province A\n---\n",
                Some("Province A"),
            ),
            (
                "---\nregion: \"Hòa Bình\"   # quoted\n---\n",
                Some("Hòa Bình"),
            ),
            ("---\nregion: 'Tỉnh A'\n---\n", Some("Tỉnh A")),
            ("---\nregion: Lào Cai  # a comment\n---\n", Some("Lào Cai")),
            ("\u{feff}---\r\nregion: B\r\n---\r\n", Some("B")),
            ("---\nextra:\n  region: Nested\n---\n", None),
            ("---\ntitle: x\n---\nregion: In the body\n", None),
            ("region: No front matter\n", None),
            ("---\nregion:\n---\n", None),
        ];
        for &(text, want) in cases {
            assert_eq!(front_region(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn drafts_take_the_year_from_the_name_or_folder_else_today() {
        let regions: BTreeSet<String> = ["Hòa Bình".to_string(), "Province A".to_string()].into();
        let today = Date {
            year: 2025,
            month: 3,
            day: 9,
        };
        let d = draft_for(Path::new("2024/hoa-binh-2023.md"), &regions, today);
        assert_eq!((d.year, d.date.to_string()), (2023, "2024-01-01".into()));
        assert_eq!(d.region.as_deref(), Some("Hòa Bình"));
        assert_eq!(d.slug, "hoa-binh-2023");
        assert_eq!(d.new_region, None);
        let d = draft_for(Path::new("2022/province-c.md"), &regions, today);
        assert_eq!((d.year, d.region), (2022, None));
        assert_eq!(d.new_region.as_deref(), Some("Province C"));
        let d = draft_for(Path::new("2021.md"), &regions, today);
        assert_eq!((d.year, d.region, d.new_region), (2021, None, None));
        let d = draft_for(Path::new("province-a.md"), &regions, today);
        assert_eq!((d.year, d.date), (2024, today));
        assert_eq!(d.region.as_deref(), Some("Province A"));
    }

    #[test]
    fn the_template_leaves_figures_empty_and_quotes_names() {
        let d = Draft {
            year: 2023,
            date: Date {
                year: 2024,
                month: 1,
                day: 1,
            },
            region: Some("Tỉnh \"A\"".into()),
            new_region: None,
            lang: None,
            slug: "tinh-a-2023".into(),
            year_guessed: false,
        };
        let text = report_template(&d, "vi");
        assert!(
            text.contains(
                "title: \"TODO: the title, e.g. Tỉnh \\\"A\\\" Cooperative Union reviews 2023 and sets 2024 tasks\""
            ),
            "{text}"
        );
        assert!(text.contains("\nlang: vi "), "{text}");
        assert!(text.contains("region: \"Tỉnh \\\"A\\\"\""), "{text}");
        for line in text.lines().filter(|l| l.contains("cooperative")) {
            assert!(!line.contains(": 0"), "{line}");
        }
        assert!(text.contains("\n  cooperatives_total:    "), "{text}");
    }
}
