//! The words of a news page that are not its article, per language: a stamp's words,
//! buttons and credits, month names, a byline's words and the site's own lines above
//! the headline. Kept folded as import compares them.

use serde::Deserialize;

use super::words::folded;

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PageWords {
    /// Words of a publication stamp besides its date and time ("cập nhật", "GMT+7").
    pub stamp: Vec<String>,
    /// A page's own line, whole: a button, a print link, "Source".
    pub lines: Vec<String>,
    /// The start of a page's own line: a photo credit, a related link.
    pub prefixes: Vec<String>,
    /// The names of the twelve months, January first ("january", "jan").
    pub months: Vec<Vec<String>>,
    /// Words of a byline or a document's head before the day it was published or
    /// issued ("ngày đăng", "posted by", "ngày ban hành").
    pub byline: Vec<String>,
    /// The start of a site's own line above an article: its greeting, a button, a menu
    /// ("Trang chủ", "Sign in", "Cổng thông tin điện tử"), whole words.
    pub site: Vec<String>,
    /// Letters glued to a day's number ("1er juillet", "December 28th").
    pub day_ordinal: Vec<String>,
    /// The noun of a month right before its number ("tháng 12/2020").
    pub month_noun: Vec<String>,
    /// The marks of a twelve-hour clock ("10:16 am"): a stamp with them writes its
    /// month first.
    pub twelve_hour: Vec<String>,
}

impl PageWords {
    /// Err when the months are not twelve.
    pub(super) fn check(&self) -> Result<(), String> {
        if !self.months.is_empty() && self.months.len() != 12 {
            return Err(format!(
                "page.months names {} months; it needs twelve, January first",
                self.months.len()
            ));
        }
        Ok(())
    }

    pub(super) fn folded(self) -> PageWords {
        PageWords {
            stamp: folded(&self.stamp),
            lines: folded(&self.lines),
            prefixes: folded(&self.prefixes),
            months: self.months.iter().map(|m| folded(m)).collect(),
            byline: folded(&self.byline),
            site: folded(&self.site),
            day_ordinal: folded(&self.day_ordinal),
            month_noun: folded(&self.month_noun),
            twelve_hour: folded(&self.twelve_hour),
        }
    }
}
