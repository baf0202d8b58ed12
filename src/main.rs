//! The `coopsite` command: a thin layer over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod progress_bar;
use coopsite::{scaffold, BuildOptions, Diagnostics};

#[derive(Parser)]
#[command(
    name = "coopsite",
    version,
    about = "Builds a website from cooperative conference reports",
    after_help = "Exit codes: 0 success, 1 content or template errors, 2 wrong usage."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into DIR/output
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
    },
    /// Check everything `build` checks, internal links included, writing nothing
    Check {
        /// The site's folder, with coopsite.yaml and content/
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also check reports marked `draft: true`
        #[arg(long)]
        drafts: bool,
    },
    /// Create a new site with the default theme and one example report
    Init {
        /// The folder to create the site in: a new or empty one
        dir: PathBuf,
    },
    /// Create a new report with every front matter key, ready to fill in
    New {
        /// The report's file, e.g. content/2024/province-a-2024.md
        path: PathBuf,
    },
}

/// `--base-url`, checked before anything is built: a bad one is wrong usage (exit 2).
fn base_url(url: &str) -> Result<String, String> {
    coopsite::config::normalize_base_url(url)
}

fn fail(errors: &Diagnostics) -> ExitCode {
    eprintln!("{errors}");
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
        } => {
            let opts = BuildOptions {
                root,
                output,
                base_url,
                drafts,
            };
            match coopsite::build_with(&opts, &progress_bar::Bar::new()) {
                Ok(s) => {
                    for w in &s.warnings {
                        eprintln!("warning: {w}");
                    }
                    let n = coopsite::numfmt::NumFormat::for_lang("en");
                    eprintln!(
                        "Built {} report{} ({} files) in {:.2} s into {}",
                        n.int(s.reports as i128),
                        if s.reports == 1 { "" } else { "s" },
                        n.int(s.files as i128),
                        s.seconds,
                        s.output.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{e}; {} was left as it was", opts.output_dir().display());
                    ExitCode::from(1)
                }
            }
        }
        Command::Serve {
            root,
            port,
            bind,
            drafts,
            open,
        } => {
            let opts = coopsite::serve::ServeOptions {
                root,
                port,
                bind,
                drafts,
                open,
            };
            match coopsite::serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Check { root, drafts } => {
            let opts = BuildOptions {
                root,
                drafts,
                ..Default::default()
            };
            match coopsite::check(&opts) {
                Ok(p) => {
                    eprintln!(
                        "No problems in {} reports ({} files would be written)",
                        p.reports,
                        p.files.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        Command::Init { dir } => match scaffold::init(&dir) {
            Ok(()) => {
                eprintln!(
                    "Created a site in {0}. Next: cd {0} && coopsite build",
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&Diagnostics(vec![e])),
        },
        Command::New { path } => match scaffold::new_report(&path) {
            Ok(()) => {
                eprintln!(
                    "Created {}: fill in its front matter and text",
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&Diagnostics(vec![e])),
        },
    }
}
