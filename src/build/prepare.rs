//! Everything before rendering: the settings, the content, one model, chart set and
//! renderer per language tree (the first at the root, each other under `/<lang>/`),
//! and the files copied or generated beside the pages.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use super::charted::{charted, without_charts, Beside};
pub(super) use super::data_files::Data;
use super::share;
use super::warned::Warned;
use super::BuildOptions;
use crate::cache::Cache;
use crate::charts::ChartSet;
use crate::config::Config;
use crate::content;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::figure_table::FigureTable;
use crate::i18n::{self, Tables};
use crate::output::{OutputSet, Source, Staging};
use crate::render::{self, Renderer};
use crate::site::{self, LangLink, Site, Tree};
use crate::theme;
use crate::timing::Timer;
use crate::urls::Urls;

/// One language's pages.
pub(super) struct TreeSet {
    pub site: Site,
    pub charts: Arc<ChartSet>,
    pub renderer: Arc<Renderer>,
    /// Every page of the tree, with its path under the site's root.
    pub pages: Vec<(String, render::Page)>,
}

/// A site read, checked and modelled: everything but rendering and writing.
pub(super) struct Prepared {
    /// The root tree first.
    pub trees: Vec<TreeSet>,
    /// Files copied as they are, and the generated files that are not pages.
    pub files: OutputSet,
    pub reports: usize,
    pub drafts_skipped: usize,
    pub warnings: Warned,
    pub base_path: String,
    /// The figure table, when the search index (if the site has search), the share
    /// cards and the embed pages are still to be made (`serve` makes them when first
    /// asked for: see [`Mode::search_later`]).
    pub later: Option<FigureTable>,
    /// Whether the site has a search index.
    pub search: bool,
    /// Where the share cards' PNG copies are kept.
    pub png_cache: Option<std::path::PathBuf>,
}

impl Prepared {
    /// Every page's path, in every tree.
    pub fn page_paths(&self) -> impl Iterator<Item = &str> {
        self.trees
            .iter()
            .flat_map(|t| t.pages.iter().map(|(p, _)| p.as_str()))
    }

    /// Each report page's source file: `reports/a/index.html` → `content/a.md`.
    pub fn sources(&self) -> BTreeMap<String, String> {
        self.trees
            .iter()
            .flat_map(|t| {
                t.site.reports.iter().map(|r| {
                    let page = format!("{}{}index.html", t.site.site.prefix, r.path);
                    (page, r.source_file.clone())
                })
            })
            .collect()
    }
}

/// Refuses a site folder that does not exist.
pub(super) fn check_root(opts: &BuildOptions) -> Result<(), Diagnostics> {
    if opts.root.is_dir() {
        return Ok(());
    }
    Err(Diagnostics(vec![Diagnostic::new(
        &opts.root,
        "there is no such folder",
    )
    .help(
        "pass --root with the site's folder (the one holding content/)",
    )]))
}

/// Where a site keeps its charts' PNG copies between builds, under its folder.
pub const PNG_CACHE: &str = ".coopsite-cache/png";

/// `coopsite.yaml`, with `--base-url` applied.
fn load_config(opts: &BuildOptions) -> Result<Config, Diagnostics> {
    check_root(opts)?;
    let mut config = Config::load(&opts.root).map_err(Diagnostics)?;
    // Where this site keeps its drawings, set with the settings it is read with.
    config.charts.png_cache = Some(opts.root.join(PNG_CACHE));
    match &opts.base_url {
        Some(url) => config
            .with_base_url(url)
            .map_err(|msg| Diagnostics(vec![Diagnostic::new("--base-url", msg)])),
        None => Ok(config),
    }
}

/// What every tree is made with.
struct Inputs<'a> {
    root: &'a Path,
    config: &'a Config,
    table: &'a FigureTable,
    tables: &'a Tables,
    languages: Vec<LangLink>,
    cache: Option<&'a Cache>,
}

/// What [`prepare`] keeps, makes and writes besides the model.
#[derive(Clone, Copy, Default)]
pub(super) struct Mode<'a> {
    /// What the last build kept, to reuse (`serve`).
    pub cache: Option<&'a Cache>,
    /// Make the open data files (else only their paths are checked for clashes:
    /// `serve` makes them when asked, `build` writes them after the pages).
    pub with_data: bool,
    /// Write each region's chart files here as soon as they are drawn (`build`).
    pub staging: Option<&'a Staging>,
    /// Leave the search index, the share cards and the embed pages out, to be made
    /// when first asked for (`serve`: a rebuild then costs none of them; the index
    /// took about a third of it at 10,000 reports, cards and embed pages 7%).
    pub search_later: bool,
}

/// Reads, checks, models and charts the site.
pub(super) fn prepare(opts: &BuildOptions, mode: Mode) -> Result<Prepared, Diagnostics> {
    let Mode {
        cache,
        with_data,
        staging,
        search_later,
    } = mode;
    let root = &opts.root;
    let config = load_config(opts)?;
    let mut timer = Timer::start();
    let mut errors = Diagnostics::default();
    let mut warnings = base_url_warning(&config);
    let table = config.figure_table();
    let settings = content::Settings {
        site_lang: &config.language,
        table: &table,
    };
    let parse_cache = cache.map(|c| c as &dyn content::ParseCache);
    let (mut loaded, load_errors) = content::load_cached(root, settings, opts.drafts, parse_cache);
    timer.lap("load");
    errors.0.extend(load_errors);
    errors.0.extend(site::check(&loaded.reports));
    errors.0.extend(content::duplicates::check(&loaded.reports));
    region_problems(&config, &loaded, &mut errors, &mut warnings);
    let langs = config.trees();
    warnings.extend(set_aside_unused(&mut loaded, &langs));
    let (tables, i18n_errors) = i18n::load_tables(root, &config.theme, &mut warnings);
    errors.0.extend(i18n_errors);
    warnings.extend(missing_words(&config, &tables));
    let mut files = copied(root, &config, &loaded, &mut errors, &mut warnings);
    let mut warnings = Warned::new(warnings);
    warnings.add_reports(&mut loaded, cache.is_some());
    let (reports, drafts_skipped) = (loaded.reports.len(), loaded.drafts_skipped);
    // The last tree's model takes the parsed reports over: each is freed once its
    // view is made (their text is shared with the views), unless `serve` keeps them.
    let mut parsed = Some(std::mem::take(&mut loaded.reports));
    let inputs = Inputs {
        root,
        config: &config,
        table: &table,
        tables: &tables,
        languages: language_links(&config),
        cache,
    };
    let mut models = Vec::new();
    for (i, lang) in langs.iter().enumerate() {
        let all = match i + 1 == langs.len() {
            true => parsed.take().unwrap_or_default(),
            false => parsed.clone().unwrap_or_default(),
        };
        let tree_reports = content::translations::in_language(&all, &loaded.translations, lang);
        drop(all);
        match model(&inputs, lang, tree_reports) {
            Ok(m) => models.push(m),
            Err(e) => errors.0.extend(e),
        }
    }
    timer.lap("model");
    drop(loaded);
    let (trees, beside) = chart_trees(
        models,
        (&config, &table),
        (cache, staging),
        search_later,
        &mut errors,
    );
    timer.lap("charts, search index and cards");
    if let Some(first) = trees.first() {
        warnings.add_notes(&first.site.notes);
    }
    if errors.is_empty() {
        add_generated(
            &trees,
            (&config, beside),
            &mut files,
            &mut errors,
            (with_data, search_later),
        );
        timer.lap("generated files");
    }
    if !errors.is_empty() {
        return Err(errors.sorted());
    }
    Ok(Prepared {
        trees,
        files,
        reports,
        drafts_skipped,
        warnings,
        base_path: config.base_path().to_string(),
        later: search_later.then_some(table),
        search: config.search,
        png_cache: config.charts.png_cache.clone(),
    })
}

/// The files copied as they are: the theme's and site's static files and the
/// reports' assets (links leading out of `content/` are warned of).
fn copied(
    root: &Path,
    config: &Config,
    loaded: &content::Content,
    errors: &mut Diagnostics,
    warnings: &mut Vec<Diagnostic>,
) -> OutputSet {
    let mut files = OutputSet::default();
    copy_static(root, config, &mut files, errors, warnings);
    warnings.extend(loaded.outside.iter().map(|l| outside_warning(root, l)));
    for asset in &loaded.assets {
        files.copy(
            crate::urls::slash_path(&asset.rel),
            Source::File(asset.src.clone()),
        );
    }
    files
}

/// Translations into a language the site does not publish: set aside, each a warning.
fn set_aside_unused(loaded: &mut content::Content, langs: &[String]) -> Vec<Diagnostic> {
    content::translations::set_aside_unused(&mut loaded.translations, langs)
}

/// With a register, each report's region (translations' too): unknown names are
/// errors, regions that did not exist in the report's year warnings.
fn region_problems(
    config: &Config,
    loaded: &content::Content,
    errors: &mut Diagnostics,
    warnings: &mut Vec<Diagnostic>,
) {
    if let Some(register) = &config.register {
        let all = loaded
            .reports
            .iter()
            .chain(loaded.translations.values().flatten());
        let (bad, doubtful) = crate::regions::check::check(register, all.map(|r| &**r));
        errors.0.extend(bad);
        warnings.extend(doubtful);
    }
}

/// One language's model and renderer, before its charts.
struct Model {
    site: Site,
    renderer: Arc<Renderer>,
}

/// One language's model and renderer: the settings are the site's, read once; the
/// tree's language and links are its own ([`Tree`]).
fn model(
    inputs: &Inputs,
    lang: &str,
    reports: Vec<Arc<content::Report>>,
) -> Result<Model, Vec<Diagnostic>> {
    let config = inputs.config;
    let prefix = config.tree_prefix(lang);
    let root = format!("{}{prefix}", config.base_url);
    let urls = Urls::new(&root, &format!("{}{prefix}", config.base_path()));
    let site_urls = Urls::new(&config.base_url, config.base_path());
    let make = || Renderer::new(inputs.root, &config.theme, &urls, &site_urls);
    let renderer = match inputs.cache {
        // `serve` keeps each tree's templates while no template changes.
        Some(c) => c.renderer(
            &prefix,
            format!("{}\n{urls:?}\n{site_urls:?}", config.theme),
            make,
        )?,
        None => Arc::new(make()?),
    };
    let shape = Tree {
        lang: lang.to_string(),
        prefix,
        urls,
        languages: inputs.languages.clone(),
        tables: inputs.tables,
        views: inputs.cache.map(|c| c as &dyn crate::site::ViewCache),
    };
    let site = Site::new(config, inputs.table, reports, &shape);
    Ok(Model { site, renderer })
}

/// Each tree's charts and pages, and what is made beside its charts ([`Beside`]).
fn chart_trees(
    models: Vec<Model>,
    (config, table): (&Config, &FigureTable),
    (cache, staging): (Option<&Cache>, Option<&Staging>),
    later: bool,
    errors: &mut Diagnostics,
) -> (Vec<TreeSet>, Vec<Beside>) {
    let mut trees = Vec::new();
    let mut beside = Vec::new();
    for m in models {
        // The search index and the share cards need the model, not the charts: made
        // beside them (the index alone would keep one core and leave the other idle).
        let (charted, made) = rayon::join(
            || charted(&m.site, (config, table), cache, staging),
            || without_charts(&m.site, (config, table), later),
        );
        match charted {
            Ok(charts) => trees.push(TreeSet {
                pages: render::pages(&m.site),
                site: m.site,
                charts,
                renderer: m.renderer,
            }),
            Err(e) => errors.0.extend(e),
        }
        beside.push(made.unwrap_or_else(|e| {
            errors.push(e);
            Beside::default()
        }));
    }
    (trees, beside)
}

/// Each tree's language, name and root, for language switches and `hreflang`.
fn language_links(config: &Config) -> Vec<LangLink> {
    let trees = config.trees();
    let urls = Urls::new(&config.base_url, config.base_path());
    trees
        .iter()
        .map(|lang| {
            let prefix = config.tree_prefix(lang);
            LangLink {
                lang: lang.clone(),
                name: crate::lang::endonym(lang),
                root: urls.url_for(&prefix),
                abs_root: urls.abs_url(&prefix),
            }
        })
        .collect()
}

fn base_url_warning(config: &Config) -> Vec<Diagnostic> {
    if config.has_absolute_base() {
        return Vec::new();
    }
    vec![Diagnostic::new(
        crate::config::CONFIG_FILE,
        format!(
            "base_url `{}` names no host: the feed and sitemap use rooted URLs",
            config.base_url
        ),
    )
    .help("set `base_url: https://…/` in coopsite.yaml or pass --base-url")]
}

/// A tree whose language lacks interface words shows them in English: said, once.
fn missing_words(config: &Config, tables: &Tables) -> Vec<Diagnostic> {
    config
        .trees()
        .iter()
        .filter_map(|lang| {
            let missing = i18n::missing_words(tables, lang);
            (!missing.is_empty()).then(|| {
                Diagnostic::new(
                    format!("i18n/{lang}.yaml"),
                    format!(
                        "{} interface words have no `{lang}` translation and are shown in English: {}",
                        missing.len(),
                        missing.join(", ")
                    ),
                )
                .help(format!("add them to i18n/{lang}.yaml, copying the keys of themes/default/i18n/en.yaml"))
            })
        })
        .collect()
}

/// The chart files, the open data and the small files for GitHub Pages, refusing a
/// copied file that has the path of a generated one.
fn add_generated(
    trees: &[TreeSet],
    (config, beside): (&Config, Vec<Beside>),
    files: &mut OutputSet,
    errors: &mut Diagnostics,
    (with_data, later): (bool, bool),
) {
    let text = |t: String| Source::Text(t);
    let mut generated: Vec<(String, Source)> = vec![(".nojekyll".into(), text(String::new()))];
    if let Some(cname) = &config.cname {
        generated.push(("CNAME".into(), text(format!("{cname}\n"))));
    }
    for (t, made) in trees.iter().zip(beside) {
        let prefix = &t.site.site.prefix;
        generated.extend(
            t.charts
                .files()
                .map(|(p, body)| (format!("{prefix}{p}"), Source::chart(body))),
        );
        generated.extend(
            t.charts
                .written()
                .map(|p| (format!("{prefix}{p}"), Source::Written)),
        );
        if later {
            // Made when asked for: only their paths are checked for clashes.
            let site = &t.site;
            for path in share::card_paths(site)
                .iter()
                .chain(&share::embed_paths(site, &t.charts))
            {
                if files.get(path).is_some() {
                    errors.push(clash(path));
                }
            }
        } else {
            generated.extend(made.cards);
            generated.extend(share::embeds(&t.site, &t.charts));
            generated.extend(made.search);
        }
        for (path, _) in &t.pages {
            if files.get(path).is_some() {
                errors.push(clash(path));
            }
        }
    }
    if let Some(root) = trees.first() {
        for data in Data::ALL {
            if with_data {
                generated.push((data.path().into(), text(data.make(&root.site))));
            } else if files.get(data.path()).is_some() {
                errors.push(clash(data.path()));
            }
        }
    }
    for (path, src) in generated {
        if files.generate_from(path.clone(), src).is_err() {
            errors.push(clash(&path));
        }
    }
}

fn clash(path: &str) -> Diagnostic {
    let help = if path == "CNAME" {
        "remove static/CNAME or the `cname` setting: coopsite writes CNAME from `cname`"
    } else {
        "rename or move the copied file"
    };
    Diagnostic::new(
        path,
        format!("`{path}` is both a copied file and a page coopsite generates"),
    )
    .help(help)
}

fn outside_warning(root: &Path, link: &Path) -> Diagnostic {
    Diagnostic::new(
        link.strip_prefix(root).unwrap_or(link),
        "skipped: a link to a file outside its folder",
    )
    .help("copy the file in instead")
}

fn copy_static(
    root: &Path,
    config: &Config,
    files: &mut OutputSet,
    errors: &mut Diagnostics,
    warnings: &mut Vec<Diagnostic>,
) {
    let theme_static = root.join("themes").join(&config.theme).join("static");
    let theme_templates = root.join("themes").join(&config.theme).join("templates");
    if !theme_templates.is_dir() && config.theme == "default" && !theme_static.is_dir() {
        for (path, bytes) in theme::STATIC {
            files.copy(path.to_string(), Source::Bytes(bytes));
        }
    }
    for dir in [theme_static, root.join("static")] {
        match content::walk_files(&dir) {
            Ok(walk) => {
                for (src, rel) in walk.files {
                    files.copy(crate::urls::slash_path(&rel), Source::File(src));
                }
                warnings.extend(walk.outside.iter().map(|l| outside_warning(root, l)));
            }
            Err(e) => errors.push(e),
        }
    }
    if config.search {
        // The search's script and style, unless the theme or the site has its own.
        for (path, bytes) in theme::SEARCH_STATIC {
            if files.get(path).is_none() {
                files.copy(path.to_string(), Source::Bytes(bytes));
            }
        }
    }
}
