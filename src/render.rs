//! Stage 4: Tera templates (autoescape on) turn the model into pages.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Serialize;
use tera::{Context, Tera};

use crate::content::walk_files;
use crate::diagnostics::Diagnostic;
use crate::site::Site;
use crate::theme;
use crate::urls::Urls;

/// How many of the newest reports the Atom feed carries.
pub const FEED_LIMIT: usize = 50;

/// Templates, compiled once.
pub struct Renderer {
    tera: Tera,
    /// Where each template came from, for messages.
    origins: HashMap<String, PathBuf>,
}

/// Escapes text for HTML and XML: `& < > " '`. (Tera's default also escapes `/`,
/// which makes every URL unreadable.)
fn escape(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn tera_chain(e: &tera::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str("\n  caused by: ");
        msg.push_str(&s.to_string().replace('\n', "\n    "));
        source = s.source();
    }
    msg
}

impl Renderer {
    /// Loads the theme's templates (from `themes/<theme>/templates`, or the built-in
    /// default theme), then the site's own `templates/`, which override by name.
    pub fn new(root: &Path, theme_name: &str, urls: &Urls) -> Result<Renderer, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, (String, PathBuf)> = BTreeMap::new();
        let theme_dir = root.join("themes").join(theme_name).join("templates");
        let shown_theme = Path::new("themes").join(theme_name).join("templates");
        let mut errors = Vec::new();
        if theme_dir.is_dir() {
            read_templates(&theme_dir, &shown_theme, &mut sources, &mut errors);
        } else if theme_name == "default" {
            for (name, text) in theme::TEMPLATES {
                sources.insert(name.to_string(), (text.to_string(), shown_theme.join(name)));
            }
        } else {
            errors.push(
                Diagnostic::new(
                    "coopsite.yaml",
                    format!(
                        "theme `{theme_name}` not found: there is no {}",
                        shown_theme.display()
                    ),
                )
                .help("put the theme in themes/, or use `theme: default`"),
            );
        }
        read_templates(
            &root.join("templates"),
            Path::new("templates"),
            &mut sources,
            &mut errors,
        );
        if !errors.is_empty() {
            return Err(errors);
        }

        let mut tera = Tera::default();
        tera.set_escape_fn(escape);
        let origins: HashMap<String, PathBuf> = sources
            .iter()
            .map(|(n, (_, p))| (n.clone(), p.clone()))
            .collect();
        let raw: Vec<(String, String)> = sources
            .into_iter()
            .map(|(n, (text, _))| (n, text))
            .collect();
        if let Err(e) = tera.add_raw_templates(raw) {
            let path =
                template_in_error(&e, &origins).unwrap_or_else(|| PathBuf::from("templates"));
            let chain = tera_chain(&e);
            let (line, col) = tera_position(&chain).unwrap_or((0, 0));
            return Err(vec![Diagnostic::new(path, chain).at(line, col).help(
                "fix the template syntax (see https://keats.github.io/tera/docs/)",
            )]);
        }
        let u = urls.clone();
        tera.register_function("url_for", move |args: &HashMap<String, tera::Value>| {
            Ok(tera::Value::String(u.url_for(path_arg(args)?)))
        });
        let u = urls.clone();
        tera.register_function("abs_url", move |args: &HashMap<String, tera::Value>| {
            Ok(tera::Value::String(u.abs_url(path_arg(args)?)))
        });
        Ok(Renderer { tera, origins })
    }

    pub fn has(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }

    /// Renders one template; an error names the template's file.
    pub fn render(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera.render(name, ctx).map_err(|e| {
            let path = self
                .origins
                .get(name)
                .cloned()
                .unwrap_or_else(|| PathBuf::from(name));
            Diagnostic::new(path, tera_chain(&e))
        })
    }
}

fn path_arg(args: &HashMap<String, tera::Value>) -> tera::Result<&str> {
    args.get("path").and_then(|v| v.as_str()).ok_or_else(|| {
        tera::Error::msg("url_for and abs_url take a `path` string, e.g. url_for(path='style.css')")
    })
}

/// The `--> line:col` that Tera's parse errors carry.
fn tera_position(chain: &str) -> Option<(usize, usize)> {
    let after = &chain[chain.find("--> ")? + 4..];
    let end = after.find(|c: char| !(c.is_ascii_digit() || c == ':'))?;
    let (l, c) = after[..end].split_once(':')?;
    Some((l.parse().ok()?, c.parse().ok()?))
}

fn template_in_error(e: &tera::Error, origins: &HashMap<String, PathBuf>) -> Option<PathBuf> {
    let text = tera_chain(e);
    origins
        .iter()
        .filter(|(name, _)| text.contains(&format!("'{name}'")))
        .map(|(_, p)| p.clone())
        .min()
}

fn read_templates(
    dir: &Path,
    shown: &Path,
    into: &mut BTreeMap<String, (String, PathBuf)>,
    errors: &mut Vec<Diagnostic>,
) {
    let files = match walk_files(dir) {
        Ok(f) => f,
        Err(e) => return errors.push(e),
    };
    for (src, rel) in files {
        let name = rel.to_string_lossy().replace('\\', "/");
        match std::fs::read_to_string(&src) {
            Ok(text) => {
                into.insert(name, (text, shown.join(&rel)));
            }
            Err(e) => errors.push(Diagnostic::new(
                shown.join(&rel),
                format!("cannot read: {e}"),
            )),
        }
    }
}

/// One file the build writes.
pub struct Page {
    /// Path relative to the output folder.
    pub path: String,
    pub text: String,
}

#[derive(Serialize)]
struct SitemapEntry {
    loc: String,
    lastmod: Option<String>,
}

/// Renders every page of the site, collecting every error.
pub fn render_site(r: &Renderer, site: &Site) -> (Vec<Page>, Vec<Diagnostic>) {
    let mut pages = Vec::new();
    let mut errors = Vec::new();
    let base = |page_path: &str| {
        let mut ctx = Context::new();
        ctx.insert("site", &site.site);
        ctx.insert("page_path", page_path);
        ctx
    };
    let mut emit = |template: &str, out: String, ctx: &Context| match r.render(template, ctx) {
        Ok(text) => pages.push(Page { path: out, text }),
        Err(e) => errors.push(e),
    };

    let mut ctx = base("");
    ctx.insert("reports", &site.items());
    ctx.insert("regions", &site.regions);
    ctx.insert("tags", &site.tags);
    emit("index.html", "index.html".into(), &ctx);

    for report in &site.reports {
        let mut ctx = base(&report.path);
        ctx.insert("report", report);
        emit("report.html", format!("{}index.html", report.path), &ctx);
    }
    let mut ctx = base("regions/");
    ctx.insert("regions", &site.regions);
    emit("regions.html", "regions/index.html".into(), &ctx);
    for region in &site.regions {
        let mut ctx = base(&region.path);
        ctx.insert("region", region);
        emit("region.html", format!("{}index.html", region.path), &ctx);
    }
    let mut ctx = base("tags/");
    ctx.insert("tags", &site.tags);
    emit("tags.html", "tags/index.html".into(), &ctx);
    for tag in &site.tags {
        let mut ctx = base(&tag.path);
        ctx.insert("tag", tag);
        emit("tag.html", format!("{}index.html", tag.path), &ctx);
    }
    let ctx = base("404.html");
    emit("404.html", "404.html".into(), &ctx);

    let mut ctx = base("atom.xml");
    ctx.insert(
        "reports",
        &site.reports[..site.reports.len().min(FEED_LIMIT)],
    );
    emit("atom.xml", "atom.xml".into(), &ctx);

    let mut entries = vec![SitemapEntry {
        loc: site.urls.abs_url(""),
        lastmod: site.site.updated.clone(),
    }];
    entries.extend(site.reports.iter().map(|v| SitemapEntry {
        loc: v.permalink.clone(),
        lastmod: Some(v.date.clone()),
    }));
    for path in ["regions/", "tags/"] {
        entries.push(SitemapEntry {
            loc: site.urls.abs_url(path),
            lastmod: None,
        });
    }
    for g in site.regions.iter().chain(&site.tags) {
        entries.push(SitemapEntry {
            loc: site.urls.abs_url(&g.path),
            lastmod: g.reports.first().map(|r| r.date.clone()),
        });
    }
    let mut ctx = base("sitemap.xml");
    ctx.insert("entries", &entries);
    emit("sitemap.xml", "sitemap.xml".into(), &ctx);

    let ctx = base("robots.txt");
    emit("robots.txt", "robots.txt".into(), &ctx);
    (pages, errors)
}
