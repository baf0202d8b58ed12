//! The words that place a number in time, per language (the table's `time` section):
//! targets and results against them, changes, comparisons, the year before and now,
//! names beside a year, spans up to now. Kept as folded phrases, longest first, as the
//! reader compares them.

use serde::Deserialize;

use super::words::{phrases, Phrase};

/// The words that place a number in time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimeWords {
    /// A target or plan: "phấn đấu", "objectif".
    pub target: Vec<Phrase>,
    /// Words with a target word in them that report a result: "vượt chỉ tiêu".
    pub not_target: Vec<Phrase>,
    /// After a target word, before a number: what follows is what was achieved ("triển
    /// khai kế hoạch …, với kết quả đạt được: thành lập mới 11 HTX").
    pub results: Vec<Phrase>,
    /// What is expected by a later day, a projection rather than a result or a
    /// target: "dự kiến", "expected".
    pub expected: Vec<Phrase>,
    /// Before a percentage, a share of a whole: "chiếm", "accounting for".
    pub share: Vec<Phrase>,
    /// Right after a percentage, before the whole it is a share of: "of" in "156% of
    /// the resolution's target" (whose target word sets no target).
    pub share_of: Vec<Phrase>,
    /// Right before a number, a change: "tăng", "an increase of".
    pub change: Vec<Phrase>,
    /// After a change word, a level after all: "tăng lên 498", "rose to".
    pub level: Vec<Phrase>,
    /// Right after a number, a change: "more than last year".
    pub change_after: Vec<Phrase>,
    /// A year after these is the one compared with, not the one stated: "so với".
    pub compare: Vec<Phrase>,
    /// The year before the one under review: "năm trước", "last year".
    pub earlier: Vec<Phrase>,
    /// The year under review again: "hiện nay", "currently".
    pub now: Vec<Phrase>,
    /// Words that end what the words before a number say of it: "và", "of which".
    pub breaks: Vec<Phrase>,
    /// Beside a year, a name, not a time: "Luật HTX năm 2012", "the 2012 law".
    pub named: Vec<Phrase>,
    /// Right before an earlier year, from then until now: "từ năm 2013", "since 2021".
    pub since: Vec<Phrase>,
    /// Each year of a term: "mỗi năm", "every year". A count said so is an aim or an
    /// average over the term, not the year's.
    pub every_year: Vec<Phrase>,
    /// After a number of two or more, years up to now: "15 năm qua", "over the past
    /// five years". New cooperatives counted so were founded over a term.
    pub years_past: Vec<Phrase>,
    /// The term that has just ended: "nhiệm kỳ qua", "the past term". New cooperatives
    /// counted over it were founded over the term, not in the year.
    pub terms_past: Vec<Phrase>,
    /// A resolution's target a count is measured against ("156% of the resolution's
    /// target"): a congress resolution, set for its term.
    pub resolution: Vec<Phrase>,
    /// After new cooperatives in their clause, younger than a year or not yet rated:
    /// "mới thành lập dưới 12 tháng", "not yet classified". Counted so, they are the
    /// last group of a rating, not the year's new ones.
    pub not_yet_rated: Vec<Phrase>,
    /// After a count of effective cooperatives in its clause, before a year: the rating
    /// it comes from ("có tổng điểm đánh giá năm 2021", "rated in 2021"). Of another
    /// year than the one under review, the count is that year's.
    pub rated: Vec<Phrase>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawTime {
    target: Vec<String>,
    not_target: Vec<String>,
    results: Vec<String>,
    expected: Vec<String>,
    share: Vec<String>,
    share_of: Vec<String>,
    change: Vec<String>,
    level: Vec<String>,
    change_after: Vec<String>,
    compare: Vec<String>,
    earlier: Vec<String>,
    now: Vec<String>,
    breaks: Vec<String>,
    since: Vec<String>,
    named: Vec<String>,
    every_year: Vec<String>,
    years_past: Vec<String>,
    terms_past: Vec<String>,
    resolution: Vec<String>,
    not_yet_rated: Vec<String>,
    rated: Vec<String>,
}

/// The time words of a table, as phrases.
pub(super) fn time_words(t: &RawTime) -> TimeWords {
    TimeWords {
        target: phrases(&t.target),
        not_target: phrases(&t.not_target),
        results: phrases(&t.results),
        expected: phrases(&t.expected),
        share: phrases(&t.share),
        share_of: phrases(&t.share_of),
        change: phrases(&t.change),
        level: phrases(&t.level),
        change_after: phrases(&t.change_after),
        compare: phrases(&t.compare),
        earlier: phrases(&t.earlier),
        now: phrases(&t.now),
        breaks: phrases(&t.breaks),
        since: phrases(&t.since),
        named: phrases(&t.named),
        every_year: phrases(&t.every_year),
        years_past: phrases(&t.years_past),
        terms_past: phrases(&t.terms_past),
        resolution: phrases(&t.resolution),
        not_yet_rated: phrases(&t.not_yet_rated),
        rated: phrases(&t.rated),
    }
}
