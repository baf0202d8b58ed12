//! coopsite: a static site generator for cooperative conference reports.
//!
//! The pipeline runs one way: [`config`] → [`content`] → [`site`] → [`render`] → [`output`].

pub mod build;
pub mod cache;
pub mod charts;
pub mod config;
pub mod content;
pub mod corpus;
pub mod data;
pub mod date;
pub mod diagnostics;
pub mod embed;
pub mod escape;
pub mod figure_table;
pub mod hash;
pub mod i18n;
pub mod import;
pub mod lang;
pub mod lang_tables;
pub mod license;
pub mod links;
pub mod localized;
pub mod markdown;
pub mod meaning;
pub mod numfmt;
pub mod output;
pub mod place_name;
pub mod raster;
pub mod regions;
pub mod render;
pub mod serve;
pub mod site;
pub mod theme;
pub mod timing;
pub mod urls;
pub mod warnings;
pub mod yamlpos;

pub use build::{build, build_with, check, BuildOptions, BuildSummary, Progress};
pub use diagnostics::{Diagnostic, Diagnostics};
pub mod scaffold;
pub mod schema;
pub mod search;
