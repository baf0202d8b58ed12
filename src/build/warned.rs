//! A build's warnings, in the order they are told: the site's (settings, regions,
//! translations, copied files), each report's, then the model's notes.

use std::sync::Arc;

use crate::content::{Content, Report};
use crate::diagnostics::Diagnostic;

/// A build's warnings. A build moves each report's warnings out of it into `head`;
/// `serve` reads them in the reports it keeps for the next rebuild, uncopied (42,000
/// on the unstated corpus at 10,000 reports), and tells a rebuild's by the reports
/// it shares with the last build (`crate::warnings::told`).
#[derive(Default)]
pub struct Warned {
    /// Every warning of a build; under `serve`, those before the reports'.
    head: Vec<Diagnostic>,
    /// Under `serve`: the reports that have warnings, in order.
    reports: Vec<Arc<Report>>,
    /// The model's notes, after the reports'.
    tail: Vec<Diagnostic>,
}

impl Warned {
    /// The site's warnings, before the reports'.
    pub(super) fn new(site: Vec<Diagnostic>) -> Warned {
        Warned {
            head: site,
            ..Warned::default()
        }
    }

    /// Adds every parsed report's warnings, in order. A build holds each parsed report
    /// alone, so they are moved out of it, not copied; when `keep` (`serve`, whose
    /// cache holds the reports) the reports are held instead. Each moved one is shrunk
    /// to its text's size and the list made to its length: they are held to the end.
    pub(super) fn add_reports(&mut self, loaded: &mut Content, keep: bool) {
        if keep {
            let all = loaded
                .reports
                .iter()
                .chain(loaded.translations.values().flatten());
            self.reports = all.filter(|r| !r.warnings.is_empty()).cloned().collect();
            return;
        }
        let all = loaded
            .reports
            .iter_mut()
            .chain(loaded.translations.values_mut().flatten());
        let start = self.head.len();
        for r in all {
            match Arc::get_mut(r) {
                // Taken, so each report's list is let go now, not with the report.
                Some(r) => self.head.append(&mut std::mem::take(&mut r.warnings)),
                None => self.head.extend(r.warnings.iter().cloned()),
            }
        }
        self.head[start..]
            .iter_mut()
            .for_each(Diagnostic::shrink_to_fit);
    }

    /// Adds the model's notes, after everything else; a build's list is then made to
    /// its length.
    pub(super) fn add_notes(&mut self, notes: &[Diagnostic]) {
        if self.reports.is_empty() {
            self.head.extend(notes.iter().cloned());
            self.head.shrink_to_fit();
        } else {
            self.tail.extend(notes.iter().cloned());
        }
    }

    /// The warnings in parts, in order: the site's, each report's, the notes. A part
    /// of a report the last build shares with this one is the same slice in both.
    pub fn parts(&self) -> impl Iterator<Item = &[Diagnostic]> {
        std::iter::once(&self.head[..])
            .chain(self.reports.iter().map(|r| &r.warnings[..]))
            .chain(std::iter::once(&self.tail[..]))
    }

    /// Every warning, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.parts().flatten()
    }

    pub fn len(&self) -> usize {
        self.parts().map(<[Diagnostic]>::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.parts().all(<[Diagnostic]>::is_empty)
    }

    /// Every warning, in order, as one list.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        let mut all = self.head;
        for r in self.reports {
            match Arc::try_unwrap(r) {
                Ok(r) => all.extend(r.warnings),
                Err(r) => all.extend(r.warnings.iter().cloned()),
            }
        }
        all.extend(self.tail);
        all
    }
}
