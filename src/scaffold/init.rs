//! `coopsite init` (a new site on the built-in theme, with a GitHub Pages workflow)
//! and `coopsite theme eject` (the built-in theme copied into a site that wants its own).

use std::fs;
use std::path::Path;

use super::{write_new, EXAMPLE};
use crate::diagnostics::Diagnostic;
use crate::theme;

const CONFIG: &str = "\
# Every key is optional. The documentation is in coopsite's repository, docs/:
#   docs/content-format.md  every key of this file and of a report, the figures
#   docs/commands.md        build, check, serve, new, init, import, schema, theme eject
#   docs/theming.md         templates and their variables, overriding a piece
# (https://github.com/OWNER/coopsite/tree/main/docs; its README links every page)
title: Cooperative conference reports   # or one per language: {vi: …, en: …}
description: The yearly conference reports of the province's cooperative union, with their figures
# Where the site is published: absolute URLs in the feed and the sitemap.
# For GitHub Pages as a project site: https://USER.github.io/REPO/
# (the workflow in .github/workflows/pages.yml passes the right one itself).
base_url: https://example.github.io/reports/
language: en
# The built-in theme, which comes with coopsite and follows its updates;
# `coopsite theme eject` copies it into themes/default/ to make it your own.
theme: default
";

/// `.github/workflows/pages.yml`: checks the site strictly, builds and deploys it.
fn workflow() -> String {
    format!(
        "\
# Checks the site, builds it and publishes it on GitHub Pages at every push to main.
# Enable it once: Settings → Pages → Build and deployment → Source: GitHub Actions.
name: Deploy site to Pages
on:
  push:
    branches: [main]
  workflow_dispatch: {{}}
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: pages
        uses: actions/configure-pages@v5
      # Installs coopsite's release binary (SHA-256 checked) and builds the site.
      # OWNER/coopsite is the repository coopsite is published from.
      - uses: OWNER/coopsite@v0
        with:
          version: {version}
          base-url: ${{{{ steps.pages.outputs.base_url }}}}
          # true: any warning (a figure the report's text does not state, ...) stops
          # the deploy and the published site stays as it was; false publishes anyway,
          # the doubtful figures marked on their pages.
          strict: true
      - uses: actions/upload-pages-artifact@v3
        with:
          path: output
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
",
        version = env!("CARGO_PKG_VERSION")
    )
}

/// `coopsite init DIR`: a new site that builds as it is, on the built-in theme.
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
    // The built site and the PNG drawings kept between builds are made, not sources.
    write_new(&dir.join(".gitignore"), b"/output/\n/.coopsite-cache/\n")?;
    write_new(
        &dir.join(".github/workflows/pages.yml"),
        workflow().as_bytes(),
    )?;
    write_new(
        &dir.join("content/2024/province-a-2024.md"),
        EXAMPLE.as_bytes(),
    )?;
    Ok(())
}

/// `coopsite theme eject`: the built-in theme's templates, static files and words
/// written into `root/themes/default/`, which the site then uses instead. Refuses when
/// that folder exists. Returns the folder.
pub fn eject_theme(root: &Path) -> Result<std::path::PathBuf, Diagnostic> {
    let dir = root.join("themes/default");
    if !root.join("coopsite.yaml").is_file() && !root.join("content").is_dir() {
        return Err(Diagnostic::new(
            root,
            "is not a coopsite site: it has neither coopsite.yaml nor content/",
        )
        .help("run coopsite theme eject in a site's folder, or pass --root DIR"));
    }
    if dir.exists() {
        return Err(
            Diagnostic::new(&dir, "already exists; coopsite does not overwrite a theme")
                .help("move it away first to copy the built-in theme afresh"),
        );
    }
    for (name, text) in theme::TEMPLATES {
        write_new(&dir.join("templates").join(name), text.as_bytes())?;
    }
    for (name, bytes) in theme::STATIC.iter().chain(&theme::SEARCH_STATIC) {
        write_new(&dir.join("static").join(name), bytes)?;
    }
    for (lang, text) in crate::i18n::BUILT_IN {
        let path = dir.join("i18n").join(format!("{lang}.yaml"));
        write_new(&path, text.as_bytes())?;
    }
    Ok(dir)
}
