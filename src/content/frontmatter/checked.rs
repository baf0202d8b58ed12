//! A report's figures looked up in its text (`content::crosscheck`), as warnings at
//! their keys; or, for a report in a language no table has, one warning that they are
//! not checked.

use std::collections::BTreeMap;

use super::Doc;
use crate::content::crosscheck;
use crate::content::figures::Figures;

/// The sentence that states each figure found, and every figure's verdict.
type Checked = (
    BTreeMap<String, crosscheck::Said>,
    BTreeMap<String, crosscheck::Verdict>,
);

impl Doc<'_> {
    /// A report in a language no table has: its text is not read, so no figure is
    /// said to be stated or not, and none is shown under a sentence; one warning says so.
    pub(super) fn unread(&mut self, lang: &str, figures: &Figures, targets: &Figures) -> Checked {
        let n = figures.0.len() + targets.0.len();
        if n > 0 {
            let codes: Vec<&str> = crate::lang_tables::all()
                .iter()
                .map(|l| l.table.code.as_str())
                .collect();
            let msg = format!(
                "the report's language, `{lang}`, is not one coopsite reads ({}): its {n} \
                 figures are not checked against its text",
                codes.join(", ")
            );
            let help = "check them by hand, or give the report's text in one of those languages";
            self.warnings.push(self.at("lang", true, msg).help(help));
        }
        Default::default()
    }

    /// Looks each figure up in the text; a figure it does not state is a warning at
    /// its key. Gives the sentence that states each one found, and every figure's
    /// verdict.
    pub(super) fn crosscheck(
        &mut self,
        body: &str,
        ctx: &crosscheck::Context,
        figures: &Figures,
        targets: &Figures,
    ) -> Checked {
        if figures.is_empty() && targets.is_empty() {
            return Default::default();
        }
        let out = crosscheck::check_report(body, ctx, figures, targets);
        for (key, why) in out.differs {
            let msg = format!("{key}: {why}");
            let help = "type the value the text gives for this figure, or leave the figure out";
            let d = self
                .at(&key, true, msg)
                .help(help)
                .kind(crate::diagnostics::Kind::Differs);
            self.warnings.push(d);
        }
        for u in out.unstated {
            let help: std::borrow::Cow<str> = match &u.near {
                Some((said, sentence)) => format!("the text says `{said}`: \"{sentence}\"").into(),
                None => "check it against the report's text, or quote the sentence that states it"
                    .into(),
            };
            let msg = format!("{}: {} is not stated in the report's text", u.key, u.value);
            let d = self
                .at(&u.key, true, msg)
                .help(help)
                .kind(crate::diagnostics::Kind::NotStated);
            self.warnings.push(d);
        }
        (out.sentences, out.verdicts)
    }
}
