//! The `coopsite` command: a thin layer over the library. Results go to stdout,
//! problems (errors and warnings) to stderr.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand};

/// mimalloc: builds and rebuilds allocate many short strings from several threads,
/// where it is about twice as fast as the system allocator here.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `println!`, `eprint!` and `eprintln!` that never panic: a result that cannot be
/// written to stdout (a closed pipe, as in `coopsite schema | head -c1`, or a full
/// disk) is said on stderr and fails the command with exit 1 ([`print_out`]).
macro_rules! outln {
    ($($arg:tt)*) => { crate::print_out(format_args!($($arg)*)) };
}
macro_rules! note {
    ($($arg:tt)*) => { crate::note(format_args!($($arg)*)) };
}
macro_rules! noteln {
    ($($arg:tt)*) => { crate::note(format_args!("{}\n", format_args!($($arg)*))) };
}

mod progress_bar;
use coopsite::numfmt::NumFormat;
use coopsite::{scaffold, BuildOptions, Diagnostic, Diagnostics};

/// `coopsite --version`: the version and the commit it was built from, which the root
/// `build.rs` embeds (`unknown` when built without git or a packaged crate's record).
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("COOPSITE_COMMIT"),
    ")"
);

#[derive(Parser)]
#[command(
    name = "coopsite",
    version = VERSION,
    about = "Builds a website from cooperative conference reports",
    after_help = "Exit codes: 0 success, 1 content or template errors or output that cannot be \
                  written, 2 wrong usage."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// How `check` prints what it finds.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into ROOT/output
    Build {
        /// The site's folder, with coopsite.yaml and content/
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: ROOT/output)
        #[arg(long)]
        output: Option<PathBuf>,
        /// Overrides base_url from coopsite.yaml, e.g. https://user.github.io/repo/
        #[arg(long, value_parser = base_url)]
        base_url: Option<String>,
        /// Also build reports marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Print every warning (by default, past the first few of a kind they are counted)
        #[arg(long, short)]
        verbose: bool,
        /// Fail (exit 1) on warnings too, writing nothing: the previous output stays
        #[arg(long)]
        strict: bool,
    },
    /// Build the site, serve it on localhost, rebuild on every change and reload the pages
    Serve {
        /// The site's folder, with coopsite.yaml and content/
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port)
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Also build reports marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Open the site in the browser
        #[arg(long)]
        open: bool,
        /// Print every warning (by default, past the first few of a kind they are counted)
        #[arg(long, short)]
        verbose: bool,
    },
    /// Check everything `build` checks, internal links included, writing nothing
    Check {
        /// The site's folder, with coopsite.yaml and content/
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also check reports marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Fail (exit 1) on warnings too, such as a figure the report's text does not state
        #[arg(long)]
        strict: bool,
        /// How to print problems: text for people, json for editors and CI
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Print every warning (by default, past the first few of a kind they are counted)
        #[arg(long, short)]
        verbose: bool,
    },
    /// Print the JSON Schema (draft 2020-12) of a report's front matter, for editors
    Schema {
        /// The site's folder: its declared figures (coopsite.yaml) join the schema
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a new site with the default theme and one example report
    Init {
        /// The folder to create the site in: a new or empty one
        dir: PathBuf,
    },
    /// Create a new report with every front matter key, its figures left to fill in
    New {
        /// The report's file under content/, with or without `content/` in front, e.g.
        /// 2024/hoa-binh-2024.md; the year in its name is filled in, and so is the region
        /// when the rest of the name is one of the site's regions
        path: PathBuf,
        /// The site's folder, with coopsite.yaml and content/
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Work with the site's theme
    #[command(subcommand)]
    Theme(ThemeCommand),
    /// Draft reports from articles as published (plain text: a headline, then paragraphs)
    Import(ImportArgs),
}

#[derive(Subcommand)]
enum ThemeCommand {
    /// Copy the built-in theme into themes/default/, for a site that wants its own
    /// (the site then no longer follows coopsite's updates of the theme)
    Eject {
        /// The site's folder, with coopsite.yaml and content/
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// `coopsite import`: the library's `ImportOptions`, from the command line.
#[derive(clap::Args)]
struct ImportArgs {
    /// The articles: plain UTF-8 text in vi, en, fr or ms
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The site's folder: each report is written to ROOT/content/<year>/<slug>.md
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The articles' language (vi, en, fr or ms); default: detected from their words
    #[arg(long)]
    lang: Option<String>,
    /// The province or area, when the text does not name it (required then)
    #[arg(long)]
    region: Option<String>,
    /// The year under review, when the text does not say it
    #[arg(long)]
    year: Option<i32>,
    /// Print the report to stdout instead of writing it (what was found goes to stderr)
    #[arg(long)]
    stdout: bool,
}

/// `coopsite import`: drafts, writes and reports in the library; 2 for wrong usage.
fn import(a: ImportArgs) -> ExitCode {
    let opts = coopsite::import::ImportOptions {
        files: a.files,
        root: a.root,
        lang: a.lang,
        region: a.region,
        year: a.year,
        stdout: a.stdout,
    };
    ExitCode::from(coopsite::import::run(
        &opts,
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    ))
}

/// `--base-url`, checked before anything is built: a bad one is wrong usage (exit 2).
fn base_url(url: &str) -> Result<String, String> {
    coopsite::config::normalize_base_url(url)
}

/// `1 report`, `2 reports`, `1,059 reports`: a count with its noun in agreement.
fn count(n: usize, noun: &str) -> String {
    let num = NumFormat::for_lang("en").int(n as i128);
    if n == 1 {
        format!("{num} {noun}")
    } else {
        format!("{num} {noun}s")
    }
}

/// The end of a closing line when drafts were left out: `; 1 draft skipped: ...`.
fn drafts_note(skipped: usize, verb: &str) -> String {
    match skipped {
        0 => String::new(),
        1 => format!("; 1 draft skipped: pass --drafts to {verb} it"),
        n => format!(
            "; {} skipped: pass --drafts to {verb} them",
            count(n, "draft")
        ),
    }
}

/// `, 3 warnings` for the closing line of a build with warnings.
fn warnings_note(n: usize) -> String {
    match n {
        0 => String::new(),
        n => format!(", {},", count(n, "warning")),
    }
}

/// Set once a result could not be written to stdout: the command then exits 1.
static STDOUT_FAILED: AtomicBool = AtomicBool::new(false);

/// Writes one line of a command's result on stdout; a write that fails is said once
/// on stderr and makes the command fail.
fn print_out(text: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    let written = out
        .write_fmt(text)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    if let Err(e) = written {
        if !STDOUT_FAILED.swap(true, Ordering::Relaxed) {
            noteln!("error: cannot write to standard output: {e}");
        }
    }
}

/// Writes problems and notes on stderr. When stderr itself cannot be written there is
/// no one left to tell: the exit code still says how the command went.
fn note(text: std::fmt::Arguments) {
    let _ = std::io::stderr().lock().write_fmt(text);
}

fn fail(errors: &Diagnostics) -> ExitCode {
    noteln!("{errors}");
    ExitCode::from(1)
}

/// One problem that stops a command before it starts (init, new).
fn fail_one(error: &Diagnostic) -> ExitCode {
    note!("error: {error}");
    ExitCode::from(1)
}

fn build(opts: &BuildOptions, verbose: bool) -> ExitCode {
    match coopsite::build_with(opts, &progress_bar::Bar::new()) {
        Ok(s) => {
            note!("{}", coopsite::warnings::render(&s.warnings, verbose));
            outln!(
                "Built {} ({}){} in {:.2} s into {}{}",
                count(s.reports, "report"),
                count(s.files, "file"),
                warnings_note(s.warnings.len()),
                s.seconds,
                s.output.display(),
                drafts_note(s.drafts_skipped, "build")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            let strict = if opts.strict {
                " (with --strict, warnings count)"
            } else {
                ""
            };
            noteln!(
                "{e}{strict}; {} was left as it was",
                opts.output_dir().display()
            );
            ExitCode::from(1)
        }
    }
}

fn check(opts: &BuildOptions, strict: bool, (format, verbose): (Format, bool)) -> ExitCode {
    let result = coopsite::check(opts);
    if format == Format::Json {
        let (errors, warnings, summary) = match &result {
            Ok(p) => (&[][..], &p.warnings[..], Some(p)),
            Err(e) => (&e.0[..], &[][..], None),
        };
        let problems: Vec<serde_json::Value> = errors
            .iter()
            .map(|d| d.to_json("error"))
            .chain(warnings.iter().map(|d| d.to_json("warning")))
            .collect();
        let failed = !errors.is_empty() || (strict && !warnings.is_empty());
        let doc = serde_json::json!({
            "ok": !failed,
            "reports": summary.map(|p| p.reports),
            "errors": errors.len(),
            "warnings": warnings.len(),
            "problems": problems,
        });
        outln!("{doc:#}");
        return if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    match result {
        Ok(p) => {
            note!("{}", coopsite::warnings::render(&p.warnings, verbose));
            if strict && !p.warnings.is_empty() {
                noteln!(
                    "error: {} with --strict",
                    count(p.warnings.len(), "warning")
                );
                return ExitCode::from(1);
            }
            if !p.warnings.is_empty() {
                outln!(
                    "Checked {} ({} would be written): no errors, {}; pass --strict to fail on them{}",
                    count(p.reports, "report"),
                    count(p.files.len(), "file"),
                    count(p.warnings.len(), "warning"),
                    drafts_note(p.drafts_skipped, "check")
                );
                return ExitCode::SUCCESS;
            }
            outln!(
                "No problems in {} ({} would be written){}",
                count(p.reports, "report"),
                count(p.files.len(), "file"),
                drafts_note(p.drafts_skipped, "check")
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn schema(root: &Path) -> ExitCode {
    match coopsite::config::Config::load(root) {
        Ok(config) => {
            let schema = coopsite::schema::report_schema(&config.figure_table());
            outln!("{schema:#}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&Diagnostics(e)),
    }
}

fn serve(opts: &coopsite::serve::ServeOptions) -> ExitCode {
    match coopsite::serve::run(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            noteln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn init(dir: &Path) -> ExitCode {
    match scaffold::init(dir) {
        Ok(()) => {
            outln!(
                "Created a site in {0}. Next: cd {0} && coopsite build",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail_one(&e),
    }
}

fn theme(command: ThemeCommand) -> ExitCode {
    let ThemeCommand::Eject { root } = command;
    match scaffold::eject_theme(&root) {
        Ok(dir) => {
            outln!(
                "Copied the built-in theme into {}: the site now uses this copy",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail_one(&e),
    }
}

fn new(root: &Path, path: &Path) -> ExitCode {
    match scaffold::new_report(root, path) {
        Ok(written) => {
            outln!(
                "Created {}: fill in its front matter and text",
                written.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail_one(&e),
    }
}

fn main() -> ExitCode {
    let code = run(Cli::parse().command);
    match STDOUT_FAILED.load(Ordering::Relaxed) {
        true => ExitCode::from(1),
        false => code,
    }
}

fn run(command: Command) -> ExitCode {
    match command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            verbose,
            strict,
        } => build(
            &BuildOptions {
                root,
                output,
                base_url,
                drafts,
                strict,
            },
            verbose,
        ),
        Command::Serve {
            root,
            port,
            bind,
            drafts,
            open,
            verbose,
        } => serve(&coopsite::serve::ServeOptions {
            root,
            port,
            bind,
            drafts,
            open,
            verbose,
        }),
        Command::Check {
            root,
            drafts,
            strict,
            format,
            verbose,
        } => check(
            &BuildOptions {
                root,
                drafts,
                ..Default::default()
            },
            strict,
            (format, verbose),
        ),
        Command::Schema { root } => schema(&root),
        Command::Init { dir } => init(&dir),
        Command::New { path, root } => new(&root, &path),
        Command::Theme(command) => theme(command),
        Command::Import(args) => import(args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(count(0, "report"), "0 reports");
        assert_eq!(count(1, "file"), "1 file");
        assert_eq!(count(2, "draft"), "2 drafts");
        assert_eq!(count(10_000, "report"), "10,000 reports");
        assert_eq!(drafts_note(0, "build"), "");
        assert_eq!(
            drafts_note(1, "build"),
            "; 1 draft skipped: pass --drafts to build it"
        );
        assert_eq!(
            drafts_note(3, "check"),
            "; 3 drafts skipped: pass --drafts to check them"
        );
    }

    #[test]
    fn every_argument_has_help() {
        use clap::CommandFactory;
        let cli = Cli::command();
        for sub in cli.get_subcommands() {
            assert!(sub.get_about().is_some(), "{}", sub.get_name());
            for arg in sub.get_arguments() {
                assert!(
                    arg.get_help().is_some(),
                    "{} {}",
                    sub.get_name(),
                    arg.get_id()
                );
            }
        }
    }
}
