//! `coopsite init` and `coopsite new`: starting points written to disk.

use std::fs;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::content::date::Date;
use crate::diagnostics::Diagnostic;
use crate::theme;

const CONFIG: &str = "\
# Every key is optional; see the contract for what each does.
title: Cooperative conference reports
# Where the site is published: absolute URLs in the feed and the sitemap.
# For GitHub Pages as a project site: https://USER.github.io/REPO/
base_url: https://example.github.io/reports/
language: en
theme: default
";

/// A report template with every key of the front matter.
pub fn report_template(date: Date) -> String {
    let year = if date.month <= 6 {
        date.year - 1
    } else {
        date.year
    };
    format!(
        "---
title: \"Provincial Cooperative Union reviews {year} and sets {next} tasks\"
date: {date}            # the day of the conference
year: {year}                  # the year under review
union: Provincial Cooperative Union
region: Province A
lang: en                    # the language of the text
# slug: province-a-{year}    # default: from the file name
# summary: \"One or two sentences\"   # default: the first paragraph
# source: https://example.org/original-article
tags: []
draft: true                 # drafts are built only with --drafts
figures:
  cooperatives_total: 0
  cooperatives_new: 0
  cooperatives_effective: 0
  cooperatives_agricultural: 0
  cooperative_groups: 0
  cooperative_group_members: 0
  avg_revenue_per_cooperative: 0                  # VND per year
  avg_profit_per_cooperative: {{amount: 0}}
  avg_income_per_worker: {{amount: 0, per: month}}  # multiplied by 12
targets:                    # next year's aims, same keys as figures
  cooperatives_new: 0
extra: {{}}
---

The report text, in Markdown.
",
        next = year + 1
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

/// `coopsite new PATH`: a report with every key, ready to fill in.
pub fn new_report(path: &Path) -> Result<(), Diagnostic> {
    if path.extension().is_none_or(|e| e != "md") {
        return Err(
            Diagnostic::new(path, "a report's file name must end in .md")
                .help("e.g. coopsite new content/2024/province-a-2024.md"),
        );
    }
    write_new(path, report_template(today()).as_bytes())
}

/// `coopsite init DIR`: a new site that builds as it is.
pub fn init(dir: &Path) -> Result<(), Diagnostic> {
    if dir.exists()
        && fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(Diagnostic::new(
            dir,
            "is not empty; coopsite init needs a new or empty folder",
        ));
    }
    write_new(&dir.join("coopsite.yaml"), CONFIG.as_bytes())?;
    write_new(&dir.join(".gitignore"), b"/output/\n")?;
    let mut example = report_template(Date {
        year: 2024,
        month: 12,
        day: 28,
    });
    example = example
        .replace("draft: true ", "draft: false")
        .replace("cooperatives_total: 0", "cooperatives_total: 120")
        .replace(
            "cooperatives_new: 0\n  cooperatives_effective",
            "cooperatives_new: 8\n  cooperatives_effective",
        );
    write_new(
        &dir.join("content/2024/province-a-2024.md"),
        example.as_bytes(),
    )?;
    for (name, text) in theme::TEMPLATES {
        write_new(
            &dir.join("themes/default/templates").join(name),
            text.as_bytes(),
        )?;
    }
    for (name, bytes) in theme::STATIC {
        write_new(&dir.join("themes/default/static").join(name), bytes)?;
    }
    Ok(())
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
}
