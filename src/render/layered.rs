//! A page's template context laid over the one every page of a language tree shares.
//!
//! Tera's context owns its values, so a context made afresh for each page copies the
//! site's title, languages and every word of the interface (`site`) into it, for each
//! of 10,000 pages. Pages rendered one after another instead share one context that
//! holds `site`; each page adds its own values and takes them out again when done.

use serde::Serialize;
use tera::Context;

use super::Renderer;
use crate::diagnostics::Diagnostic;
use crate::site::Site;

/// A context with `site` in it, for a run of pages of that site, and the header all
/// its pages share when it is made once (`Renderer::site_header`).
pub(super) fn shared(site: &Site, header: &Option<String>) -> Context {
    let mut ctx = Context::new();
    ctx.insert("site", &site.site);
    if let Some(h) = header {
        ctx.insert("site_header", h);
    }
    ctx
}

/// One page's values over a shared context: removed again when it is dropped, so no
/// value of one page is seen by the next.
pub(super) struct Layered<'a> {
    ctx: &'a mut Context,
    added: Vec<&'static str>,
    /// The templates, for the rows a theme makes itself.
    renderer: Option<&'a Renderer>,
}

impl<'a> Layered<'a> {
    pub(super) fn over(ctx: &'a mut Context) -> Self {
        Layered {
            ctx,
            added: Vec::new(),
            renderer: None,
        }
    }

    /// The same, for a page whose theme may make the rows of its tables itself.
    pub(super) fn rendered_by(mut self, r: &'a Renderer) -> Self {
        self.renderer = Some(r);
        self
    }

    /// A table's rows: the theme's row template `name` (e.g. `figure_row.html`),
    /// rendered once per item with the item as `row` and the page's values, when the
    /// theme has one; else `made()`, the rows made in Rust (`render/rows.rs`).
    pub(super) fn rows<T: Serialize>(
        &mut self,
        name: &str,
        items: &[T],
        made: impl FnOnce() -> String,
    ) -> Result<String, Diagnostic> {
        let Some(r) = self.renderer.filter(|r| r.has(name)) else {
            return Ok(made());
        };
        if !self.added.contains(&"row") {
            self.added.push("row");
        }
        let mut out = String::new();
        for item in items {
            self.ctx.insert("row", item);
            out.push_str(&r.render(name, self.ctx)?);
        }
        self.ctx.remove("row");
        Ok(out)
    }

    /// Whether the templates are the built-in theme's, none changed (see
    /// `Renderer::own_markup`): what they read of the values is known.
    pub(super) fn built_in(&self) -> bool {
        self.renderer.is_some_and(|r| !r.own_markup)
    }

    pub(super) fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.ctx.insert(key, value);
        self.added.push(key);
    }

    pub(super) fn context(&self) -> &Context {
        self.ctx
    }
}

impl Drop for Layered<'_> {
    fn drop(&mut self) {
        for key in &self.added {
            self.ctx.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_values_are_gone_once_it_is_done() {
        let mut shared = Context::new();
        shared.insert("site", "the site");
        {
            let mut page = Layered::over(&mut shared);
            page.insert("pager", &3);
            assert!(page.context().contains_key("pager"));
            assert!(page.context().contains_key("site"));
        }
        assert!(!shared.contains_key("pager"));
        assert!(shared.contains_key("site"));
    }
}
