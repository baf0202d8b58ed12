//! The words of the period a report reviews, per language (the table's `period`
//! section): which year or part of it a text reviews, and the words around its days.
//! Kept folded as `import` matches them.

use serde::Deserialize;

use super::words::{folded, phrase};

/// The words of the period a report reviews, each folded whole ("6 thang dau nam"),
/// as `import` matches them.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PeriodWords {
    /// Right before a year, the period is its first half: "6 tháng đầu năm 2022".
    pub half: Vec<String>,
    /// Right before a date or year, the figures stand at that day: "tính đến", "as of".
    pub as_of: Vec<String>,
    /// Right before a year, besides the comparisons, a year that is not the one
    /// reviewed: a span starts ("từ năm", "since"), a law's ("Luật HTX năm 2012").
    pub other: Vec<String>,
    /// The year the page was published in ("this year", "năm nay").
    pub this_year: Vec<String>,
    /// The past twelve months ("trong năm qua").
    pub past_year: Vec<String>,
    /// A conference: a day in its sentence is the conference day.
    pub conference: Vec<String>,
    /// An anniversary, before its span in the sentence of a day without its year
    /// ("kỷ niệm 30 năm … (1994 - 2024)"): the day is in the span's last year.
    pub anniversary: Vec<String>,
    /// Right before a year, its start ("đầu năm 2024", "the beginning of 2024"): the
    /// figures to now are of that year.
    pub year_start: Vec<String>,
    /// Right before a year, nothing between, the end a direction or a plan looks to
    /// ("phương hướng phát triển đến 2020"): not a year reviewed.
    pub horizon: Vec<String>,
    /// Right before a year, a part of it other than its first half ("9 tháng đầu năm",
    /// "first 11 months of", "quý I"): the figures are of that year, to a day in it.
    pub part: Vec<String>,
    /// A change before a short comparison ("up 10 per cent from 2022", "tăng 5% so
    /// 2022"): the year after it is one compared with.
    pub rise: Vec<String>,
    /// Right before a span of years, a term or a period ("nhiệm kỳ 2020-2025", "giai
    /// đoạn 2021–2025", "the period of 2021-2024"): a congress opening it reviews its
    /// first year, a review of it its last.
    pub term: Vec<String>,
    /// A congress, which opens a term ("đại hội", "congress").
    pub congress: Vec<String>,
    /// A few words before a congress, its resolution ("Nghị quyết Đại hội … nhiệm kỳ
    /// 2015 - 2020", "the resolution of the 16th Party Congress"): a congress recalled,
    /// which the text does not report opening its term.
    pub resolution_of: Vec<String>,
    /// The future tense ("will", "sẽ"): a year said so is one of aims, not reviewed.
    pub future: Vec<String>,
    /// Right before a day, a law takes effect then ("có hiệu lực từ ngày"): no conference day.
    pub effect: Vec<String>,
    /// Right before a number, a document's ("Kế hoạch số 141, ngày 30/7/2024", "Decision
    /// No. 15, dated …"): the day after it is the document's, no conference day.
    pub document: Vec<String>,
    /// In a day's sentence, a document issued or cited
    /// ("Ngày 29/6/2021, Tỉnh ủy ban hành Chương trình …", "Căn cứ Luật … ngày
    /// 26/11/2003", "issued", "pursuant to"): the day is the document's.
    pub issues: Vec<String>,
    /// Right before a year, its second half ("6 tháng cuối năm 2023"): its tasks are its own.
    pub second_half: Vec<String>,
    /// Right before a year, a later part of it than its first quarter ("quý II năm
    /// 2018", "the third quarter of 2023"): its tasks are its own, set when the part
    /// before is reviewed.
    pub later_part: Vec<String>,
    /// Right after a span of years, a term ("the 2025–2030 term"): as `term` before one.
    pub term_after: Vec<String>,
    /// Right after "from" and a year, the end of a span ("from 2021 to the present",
    /// "từ năm 2020 đến nay"): the year starts a span, it is not compared with.
    pub span_end: Vec<String>,
    /// Right before a year, one body's founding ("established in 2015"): its story's year.
    pub founded: Vec<String>,
    /// After a year in a sentence with no figure, a founding: the story of one body.
    pub founds: Vec<String>,
    /// `founds`, each cut into its folded words; made once, not read.
    #[serde(skip)]
    pub founds_words: Vec<Vec<String>>,
    /// The first person ("chúng tôi", "we"): a year in a figureless sentence of one's story.
    pub told: Vec<String>,
    /// A person's words reported ("cho biết", "said"): a year said once in a text with
    /// no date, in a paragraph of someone's account and a sentence that names no
    /// province, is of that account, not the year under review.
    pub reported: Vec<String>,
    /// One body's own ("its", "son", "HTX này"): a year said once in a text with no
    /// date, in a sentence of one body's, is a year of its story, not a guess.
    pub own: Vec<String>,
    /// Right after a year, one cooperative its clause speaks of ("năm 2023 HTX đầu tư",
    /// "In 2015, the cooperative developed"): a year of that body's story.
    pub body_after: Vec<String>,
    /// Right after `body_after`, words that make it a kind, an adjective or a list
    /// ("HTX nông nghiệp", "the cooperative sector", "HTX và tổ hợp tác").
    pub not_body: Vec<String>,
    /// Right before "3-1", "29-11": a day ("Chiều 3-1"), not a range ("2-3 tỷ đồng").
    pub day_dash: Vec<String>,
    /// Right before a day only ("au 30 septembre 2025"): as `as_of`, the figures' day.
    pub as_of_day: Vec<String>,
    /// Between a period's words and its year's number ("6 tháng đầu" "năm" 2022,
    /// "premier semestre" "de" 2022, "the year" 2022).
    pub year_link: Vec<String>,
    /// After the word of a year that ends a period's words, the year the page was
    /// published in ("6 tháng đầu năm" "nay"); a `this_year` phrase made of a
    /// `year_link` word and one of these is read as the latter after a period.
    pub this_year_after: Vec<String>,
    /// The noun of a day right before its number ("ngày 30/6/2015").
    pub day_noun: Vec<String>,
    /// The word that links the words before a day to it ("có hiệu lực từ ngày",
    /// "entrera en vigueur le", "into force on").
    pub day_link: Vec<String>,
    /// Right after a number of years, the years a law or a resolution has been
    /// implemented ("10 năm thi hành Luật HTX năm 2012", "10 years of implementing the
    /// 2012 Law"): their review is held in the last of them.
    pub implementing: Vec<String>,
    /// Right before that number of years, more than them ("sau hơn 4 năm triển khai
    /// Luật HTX 2012", "after more than 4 years of implementing"): a year after the
    /// last of them, which the text does not say.
    pub more_than: Vec<String>,
    /// Right before a month's name, that month alone ("TDM city in July had 2 new
    /// cooperatives", "en juillet", "trong tháng 7"): new ones counted in it are a part
    /// of the year's.
    pub in_month: Vec<String>,
    /// `in_month`, each cut into its folded words; made once, not read.
    #[serde(skip)]
    pub in_month_words: Vec<Vec<String>>,
    /// Kept as written, lowercased: a word that folds as a level word does but sets
    /// aims ("đặt mục tiêu", set the aim, folds as "đạt mục tiêu", reached it).
    pub sets_aims: Vec<String>,
}

impl PeriodWords {
    pub(super) fn folded(self) -> PeriodWords {
        let founds = folded(&self.founds);
        PeriodWords {
            half: folded(&self.half),
            as_of: folded(&self.as_of),
            other: folded(&self.other),
            this_year: folded(&self.this_year),
            past_year: folded(&self.past_year),
            conference: folded(&self.conference),
            anniversary: folded(&self.anniversary),
            year_start: folded(&self.year_start),
            horizon: folded(&self.horizon),
            part: folded(&self.part),
            rise: folded(&self.rise),
            term: folded(&self.term),
            congress: folded(&self.congress),
            resolution_of: folded(&self.resolution_of),
            future: folded(&self.future),
            effect: folded(&self.effect),
            document: folded(&self.document),
            issues: folded(&self.issues),
            second_half: folded(&self.second_half),
            later_part: folded(&self.later_part),
            term_after: folded(&self.term_after),
            span_end: folded(&self.span_end),
            founded: folded(&self.founded),
            founds_words: founds.iter().map(|p| phrase(p)).collect(),
            founds,
            told: folded(&self.told),
            reported: folded(&self.reported),
            own: folded(&self.own),
            body_after: folded(&self.body_after),
            not_body: folded(&self.not_body),
            day_dash: folded(&self.day_dash),
            as_of_day: folded(&self.as_of_day),
            year_link: folded(&self.year_link),
            this_year_after: folded(&self.this_year_after),
            day_noun: folded(&self.day_noun),
            day_link: folded(&self.day_link),
            implementing: folded(&self.implementing),
            more_than: folded(&self.more_than),
            in_month_words: folded(&self.in_month).iter().map(|p| phrase(p)).collect(),
            in_month: folded(&self.in_month),
            sets_aims: self.sets_aims.iter().map(|w| w.to_lowercase()).collect(),
        }
    }
}
