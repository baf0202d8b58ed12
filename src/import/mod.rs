//! `coopsite import`: a report drafted from an article as it was published (plain
//! text: a headline, then paragraphs, in vi, en, fr or ms).
//!
//! The article is read once ([`detect`]: language, headline, conference day, year
//! under review, union, region; [`extract`] and [`money`]: every number the text
//! states, read by the words around it, with [`patterns`] per language), one value per
//! key is kept ([`decide`]), and [`draft`] writes the front matter with the words
//! each figure comes from, what was left out, and the text. The draft is parsed with
//! the site's own parser before it is written: it builds, or nothing is written.

pub mod decide;
pub mod detect;
pub mod district;
pub mod draft;
mod former;
pub mod found;
pub mod page;
pub mod patterns;
mod review;
pub mod statements;
pub mod text;
mod timewords;
pub mod undated;
pub mod when;
mod written;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::config::{Config, CONFIG_FILE};
use crate::content::date::Date;
use crate::content::frontmatter::{parse_report, Settings};
use crate::diagnostics::Diagnostics;
use crate::figure_table::FigureTable;
use crate::urls::slugify;
use decide::Decided;
use patterns::Lang;
use written::{refuse_overwrite, write_new};

/// What `coopsite import` was asked.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub files: Vec<PathBuf>,
    /// The site: reports go to `ROOT/content/<year>/<slug>.md` (`ROOT/content/<slug>.md`
    /// when the text names no year).
    pub root: PathBuf,
    pub lang: Option<String>,
    pub region: Option<String>,
    pub year: Option<i32>,
    /// Print the report instead of writing it.
    pub stdout: bool,
}

/// Why an import failed: the command was used wrongly (exit 2), or the report cannot
/// be written (exit 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Usage(String),
    Content(String),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Content(_) => 1,
        }
    }
    pub fn message(&self) -> &str {
        match self {
            Failure::Usage(m) | Failure::Content(m) => m,
        }
    }
}

/// A drafted report.
#[derive(Debug, Clone)]
pub struct Imported {
    /// `content/<year>/<slug>.md` (`content/<slug>.md` when the text names no year),
    /// relative to the site root.
    pub rel_path: PathBuf,
    /// The report file's text.
    pub text: String,
    /// What was found, one line per figure, then what was left out.
    pub lines: Vec<String>,
    /// What the author must still do (a year or a date to fill in).
    pub notes: Vec<String>,
}

/// The settings the draft is checked with.
pub struct Site {
    pub table: FigureTable,
    pub lang: String,
}

impl Site {
    /// The site's figure table and language from `coopsite.yaml`, or the defaults when
    /// there is none. A `coopsite.yaml` with errors is refused, as `build` refuses it:
    /// a draft checked against defaults the site does not have could fail its build.
    pub fn load(root: &Path) -> Result<Site, Diagnostics> {
        if !root.join(CONFIG_FILE).exists() {
            return Ok(Site {
                table: FigureTable::built_in(),
                lang: "en".into(),
            });
        }
        let c = Config::load(root).map_err(Diagnostics)?;
        Ok(Site {
            table: c.figure_table(),
            lang: c.language.clone(),
        })
    }
}

/// Runs `coopsite import`: drafts every file, writes it (or prints it), and returns
/// the exit code: the worst of all files.
pub fn run(opts: &ImportOptions, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    if !opts.stdout && !opts.root.is_dir() {
        let _ = writeln!(
            err,
            "error: --root {}: no such folder (create the site first: coopsite init DIR)",
            opts.root.display()
        );
        return 2;
    }
    let site = match Site::load(&opts.root) {
        Ok(site) => site,
        Err(errors) => {
            let _ = writeln!(err, "{errors}");
            return 1;
        }
    };
    let mut code = 0;
    for file in &opts.files {
        let result = import_one(file, opts, &site, out, err);
        if let Err(f) = result {
            let _ = writeln!(err, "error: {}: {}", file.display(), f.message());
            code = code.max(f.exit_code());
        }
    }
    code
}

fn import_one(
    file: &Path,
    opts: &ImportOptions,
    site: &Site,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Failure> {
    let bytes = std::fs::read(file).map_err(|e| Failure::Usage(format!("cannot read: {e}")))?;
    let article = String::from_utf8(bytes)
        .map_err(|_| Failure::Usage("is not UTF-8 text; save it as UTF-8".into()))?;
    let imported = draft_report(&article, opts, site)?;
    let path = opts.root.join(&imported.rel_path);
    if !opts.stdout {
        refuse_overwrite(&opts.root, &imported.rel_path)?;
    }
    // What goes to stdout must arrive (a closed pipe or a full disk fails the import);
    // what goes to stderr is said as well as it can be.
    let to_stdout =
        |e: std::io::Error| Failure::Content(format!("cannot write to standard output: {e}"));
    if opts.stdout {
        let _ = print_found(err, file, &imported.lines);
        out.write_all(imported.text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(to_stdout)?;
    } else {
        print_found(out, file, &imported.lines).map_err(to_stdout)?;
        write_new(&path, &imported.text)?;
        writeln!(out, "Wrote {}", imported.rel_path.display())
            .and_then(|()| out.flush())
            .map_err(to_stdout)?;
    }
    for n in &imported.notes {
        let _ = writeln!(err, "note: {}: {n}", imported.rel_path.display());
    }
    Ok(())
}

/// What was found in `file`: its name, then one line per figure.
fn print_found(to: &mut dyn Write, file: &Path, lines: &[String]) -> std::io::Result<()> {
    writeln!(to, "{}:", file.display())?;
    for l in lines {
        writeln!(to, "  {l}")?;
    }
    Ok(())
}

/// The article, normalised: no byte order mark, `\n` line ends, composed characters.
fn normalise(article: &str) -> String {
    let text = article.strip_prefix('\u{feff}').unwrap_or(article);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect()
}

/// What the article says of itself: language, headline, conference day, year under
/// review, region and union, each with how it was read.
struct Head {
    lang: Lang,
    lang_note: &'static str,
    headline: Option<String>,
    body: String,
    date: Option<Date>,
    date_note: String,
    /// `None`: the author writes it (the text names no year, or not which one).
    year: Option<i32>,
    year_note: String,
    /// The years a text names when it does not say which one it reviews.
    named: Vec<i32>,
    /// The year the page was published in, when it shows it; else the year of a
    /// conference held the year after the one it reviews (its "last year" is that one).
    published: Option<i32>,
    region: (String, String),
    union: String,
    union_note: Option<&'static str>,
    /// What import could not decide, for the author.
    undecided: Vec<String>,
}

fn language(article: &str, opts: &ImportOptions) -> Result<(Lang, &'static str), Failure> {
    match &opts.lang {
        Some(code) => match Lang::from_code(code) {
            Some(l) => Ok((l, "given with --lang")),
            None => Err(Failure::Usage(format!(
                "--lang {code}: import reads vi, en, fr or ms"
            ))),
        },
        None => detect::language(article)
            .map(|l| (l, "detected from the text"))
            .ok_or_else(|| {
                Failure::Usage(
                    "the text is not written in a language import reads (vi, en, fr or ms): \
                     import a translation of it in one of them"
                        .into(),
                )
            }),
    }
}

/// Reads the article's head: everything but its figures.
fn read_head(article: &str, opts: &ImportOptions) -> Result<Head, Failure> {
    let (lang, lang_note) = language(article, opts)?;
    let page = page::read(article);
    let body = draft::body(&page.text);
    let full = match &page.headline {
        Some(h) => format!("{h}\n\n{body}"),
        None => body.clone(),
    };
    let published = page.published.as_ref().map(|p| p.0);
    // A day of history ("cũng vào ngày 11/4/1964, Bác Hồ gửi thư cho Đại hội HTX …")
    // is recalled, not the conference's.
    let day = detect::conference_day(&body, lang)
        .filter(|d| d.value.year.is_none_or(|y| y >= when::FIRST_YEAR));
    let mut undecided = Vec::new();
    let reviewed = review::review_year(
        opts.year,
        &full,
        lang,
        day.as_ref(),
        published,
        &mut undecided,
    )
    .map_err(Failure::Usage)?;
    let year = reviewed.year;
    // The site's own lines may name the province the page is about (a provincial
    // portal's greeting): read first, they settle a tie.
    let named = format!("{}\n\n{full}", page.site);
    let region = match (&opts.region, detect::region(&named, lang)) {
        (Some(r), _) => (r.trim().to_string(), "given with --region".to_string()),
        (None, Some(r)) => (
            detect::official(&r, year),
            format!("\"{r}\", named in the text"),
        ),
        (None, None) => {
            return Err(Failure::Usage(
                "the text names no province or region: give it with --region, e.g. --region \"Hòa Bình\""
                    .into(),
            ))
        }
    };
    let union = detect::union(&full, lang);
    let union_note = union
        .is_none()
        .then_some("the text does not name the union: check it");
    // A day before the year it would review is not the conference's (a decree's date).
    // Without its year or the page's, an anniversary's span in its sentence gives it.
    let date = day
        .as_ref()
        .zip(year)
        .and_then(|(d, year)| match (d.value.year, published) {
            (None, Some(p)) => d.value.date_before(p.day),
            (None, None) => detect::anniversary_year(&body, &d.quote, lang).map_or_else(
                || d.value.date(year),
                |y| {
                    detect::Day {
                        year: Some(y),
                        ..d.value
                    }
                    .date(year)
                },
            ),
            _ => d.value.date(year),
        })
        .filter(|d| year.is_some_and(|y| d.year >= y));
    let date_note = match &day {
        Some(d) if date.is_some() => draft::quoted(&d.quote),
        Some(d) if year.is_none() => {
            undecided.push(format!(
                "the conference day: the text names it ({}) but not its year",
                draft::quoted(&d.quote)
            ));
            format!("{}: write it as YYYY-MM-DD", draft::quoted(&d.quote))
        }
        _ => {
            undecided.push("the conference day: the text does not name it".into());
            "the text does not name the conference day: write it as YYYY-MM-DD".into()
        }
    };
    let held_after = date
        .as_ref()
        .filter(|d| year.is_some_and(|y| d.year == y + 1))
        .map(|d| d.year);
    Ok(Head {
        lang,
        lang_note,
        headline: page.headline,
        body,
        date,
        date_note,
        year,
        year_note: reviewed.note,
        named: reviewed.named,
        published: published.map(|d| d.year).or(held_after),
        region,
        union: union.unwrap_or_else(|| lang.patterns().union_default.to_string()),
        union_note,
        undecided,
    })
}

/// Drafts the report of one article, checked with the site's parser.
pub fn draft_report(article: &str, opts: &ImportOptions, site: &Site) -> Result<Imported, Failure> {
    let article = normalise(article);
    let head = read_head(&article, opts)?;
    let (lang, year) = (head.lang, head.year);
    let read_as = year.unwrap_or(undated::STAND_IN);
    let published = year.and(head.published);
    let read = crate::content::reader::read(&head.body, lang.code(), read_as);
    let mut found = statements::figures_of(&head.body, lang.code(), &read, read_as, published);
    if !head.named.is_empty() {
        undated::leave_out(&mut found, &head.body, lang, &head.region.0);
    }
    let table = &crate::lang_tables::for_lang(lang.code()).table;
    let named = (head.headline.as_deref(), head.region.0.as_str());
    district::of_a_district(&mut found, named, &head.body, table);
    former::of_a_former_province(&mut found, &head.body, (&head.region.0, year), table);
    let decided = decide::decide(found, &read);
    let title = match (&head.headline, year) {
        (Some(h), _) => h.clone(),
        (None, Some(y)) => draft::made_title(lang, &head.union, y),
        (None, None) => head.union.clone(),
    };
    let slug = match (slugify(&head.region.0), year) {
        (s, Some(y)) if s.is_empty() => format!("report-{y}"),
        (s, Some(y)) => format!("{s}-{y}"),
        (s, None) if s.is_empty() => "report".to_string(),
        (s, None) => s,
    };
    let d = draft::Draft {
        title: &title,
        title_note: match (&head.headline, year) {
            (Some(_), _) => None,
            (None, Some(_)) => {
                Some("the article has no headline: made from the union and the year")
            }
            (None, None) => Some("the article has no headline: write one"),
        },
        date: head.date,
        date_note: head.date_note.clone(),
        year,
        year_note: head.year_note.clone(),
        union: &head.union,
        union_note: head.union_note,
        region: &head.region.0,
        region_note: head.region.1.clone(),
        lang,
        lang_note: head.lang_note,
        slug: &slug,
        decided: &decided,
        undecided: &head.undecided,
        body: &head.body,
    };
    let text = draft::render(&d);
    let folder = year.map_or(PathBuf::from("content"), |y| {
        PathBuf::from("content").join(y.to_string())
    });
    let rel_path = folder.join(format!("{slug}.md"));
    let stand_in = year.unwrap_or(undated::STAND_IN);
    verify(
        &text,
        &rel_path,
        year.is_none(),
        head.date.is_none(),
        stand_in,
        site,
    )?;
    let mut notes = Vec::new();
    if year.is_none() && head.named.is_empty() {
        notes.push(format!(
            "the text names no year: fill in `year:` (and the slug `{slug}-YYYY`), \
             or import it again with --year"
        ));
    } else if year.is_none() {
        notes.push(format!(
            "the text names {} but does not say which year it reviews: import it again \
             with --year YYYY to read its figures, or fill in `year:` (and the slug \
             `{slug}-YYYY`)",
            undated::listed(&head.named)
        ));
    }
    if head.date.is_none() {
        notes.push("the text does not name the conference day: fill in `date:`".into());
    }
    Ok(Imported {
        lines: found_lines(&decided),
        rel_path,
        text,
        notes,
    })
}

/// The draft as the site's parser reads it: any problem is a bug of `import`, and
/// nothing is written. A year or a date left for the author to fill in is read as
/// `year` and the last day of that year.
fn verify(
    text: &str,
    rel: &Path,
    no_year: bool,
    no_date: bool,
    year: i32,
    site: &Site,
) -> Result<(), Failure> {
    let mut text = text.to_string();
    if no_year {
        text = text.replacen("\nyear: ", &format!("\nyear: {year} "), 1);
    }
    if no_date {
        text = text.replacen("\ndate: ", &format!("\ndate: {year}-12-31 "), 1);
    }
    let settings = Settings {
        site_lang: &site.lang,
        table: &site.table,
    };
    let inner = rel.strip_prefix("content").unwrap_or(rel);
    match parse_report(&text, rel, inner, settings) {
        Ok(_) => Ok(()),
        Err(diags) => {
            let shown: Vec<String> = diags.iter().map(ToString::to_string).collect();
            Err(Failure::Content(format!(
                "the draft does not parse, so nothing was written:\n{}",
                shown.join("\n")
            )))
        }
    }
}

/// One line per figure written, then one per figure left out.
fn found_lines(d: &Decided) -> Vec<String> {
    let mut out = Vec::new();
    for (name, list) in [("figures", &d.figures), ("targets", &d.targets)] {
        for c in list {
            out.push(format!(
                "{name}.{}: {}   {}",
                c.key,
                c.val.show(),
                draft::quoted(&c.quote)
            ));
        }
    }
    for l in &d.left {
        out.push(format!(
            "left out: {}.{}: {} ({})   {}",
            l.section.name(),
            l.key,
            l.val.show(),
            l.why,
            draft::quoted(&l.quote)
        ));
    }
    if out.is_empty() {
        out.push("no figures found".into());
    }
    out
}
