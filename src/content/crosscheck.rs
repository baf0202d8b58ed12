//! Figures against the report's own words: each figure looked up among the numbers
//! its text states. Where one is found, the sentence that states it is kept (the
//! page shows it beside the figure); where none is, the nearest number the text does
//! state is named when it is close (digits swapped, one digit off, a factor of 10,
//! 1,000 or 12).

use std::collections::BTreeMap;

use super::amount::Notation;
use super::figures::{Figures, Value};
use super::mentions::{mentions, Mention};
use super::sentence::sentence_at;
use crate::figure_table::FigureTable;

mod judge;
mod stated;
use judge::{judge, Judged, Statements, Text, Typed};
use stated::{candidates, grouped_as, near, stated_as_loss, states};

/// The sentence that states a figure, cut around the number so a page can mark it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Said {
    pub before: String,
    /// The number as the text writes it: `1 059`, `5,6 millions de VND/personne/mois`.
    pub number: String,
    pub after: String,
}

impl Said {
    /// The sentence as HTML, its number marked: `…had <mark>1 059</mark> cooperatives`.
    pub fn html(&self) -> String {
        use crate::escape::escape;
        let (b, n, a) = (
            escape(&self.before),
            escape(&self.number),
            escape(&self.after),
        );
        format!("{b}<mark>{n}</mark>{a}")
    }

    /// The sentence of `text` around mention `m`.
    fn of(text: &str, m: &Mention) -> Said {
        let sentence = sentence_at(text, m.start);
        let start = sentence.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + sentence.len();
        let (a, b) = (m.start.clamp(start, end), m.end.clamp(start, end));
        Said {
            before: text[start..a].to_string(),
            number: text[a..b].to_string(),
            after: text[b..end].to_string(),
        }
    }

    /// The whole sentence.
    pub fn sentence(&self) -> String {
        format!("{}{}{}", self.before, self.number, self.after)
    }
}

/// A figure the text does not state.
#[derive(Debug, Clone, PartialEq)]
pub struct Unstated {
    /// `figures.cooperatives_total`.
    pub key: String,
    /// The figure as the front matter gives it, in digits.
    pub value: String,
    /// A close number the text states, as written, and its sentence.
    pub near: Option<(String, String)>,
}

/// What the text check concluded about one figure: the page marks it beside the
/// value and the open data keeps it (`checked: stated | not-stated | differs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The text states this value for this figure.
    Stated,
    /// The text does not state the value.
    NotStated,
    /// The text states the value, but for another meaning, year, period or a target.
    Differs,
}

impl Status {
    /// The word the open data and the pages' classes use.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Stated => "stated",
            Status::NotStated => "not-stated",
            Status::Differs => "differs",
        }
    }
}

/// One figure's status and, when it is not `Stated`, why, in words a reader follows
/// ("not stated in the report's text", "the text gives 498 for 2024").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Verdict {
    pub status: Status,
    /// Empty when stated; the same words for every figure not stated, kept once.
    pub reason: std::borrow::Cow<'static, str>,
}

/// What the check of one section found: the sentence of each stated figure (by
/// dotted key), the figures the text does not state, those it states as something
/// else (key and why), and every figure's verdict.
#[derive(Debug, Default)]
pub struct CrossCheck {
    pub sentences: BTreeMap<String, Said>,
    pub unstated: Vec<Unstated>,
    pub differs: Vec<(String, String)>,
    pub verdicts: BTreeMap<String, Verdict>,
    /// The statements of the text's numbers read so far, for both sections.
    read: Statements,
}

/// What the figures are checked with besides the text: how its language writes, the
/// year under review, what each figure means, and the file's line the text starts on.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub notation: Notation,
    pub review: i32,
    pub table: &'a FigureTable,
    pub line0: usize,
    /// The year of the report's day: the text was written then or after.
    pub dated: Option<i32>,
    /// Whether the text is known to be in the language of `notation`: when not (too
    /// few words to tell), a word right after a count that no noun of the table names
    /// may be a word of another language, and the count is not said to be of
    /// something else.
    pub sure: bool,
}

/// Every figure and target of a report looked up in its text `body`.
pub fn check_report(body: &str, ctx: &Context, figures: &Figures, targets: &Figures) -> CrossCheck {
    let found = mentions(body, ctx.notation);
    let mut out = CrossCheck {
        read: Statements::written_from(ctx.dated),
        ..CrossCheck::default()
    };
    check(body, &found, "figures", figures, ctx, &mut out);
    check(body, &found, "targets", targets, ctx, &mut out);
    if !out.unstated.is_empty() {
        in_words(body, &found, ctx, [figures, targets], &mut out);
    }
    out
}

/// The counts not found in digits looked for again among the numbers written in words
/// ("Fifty co-operatives"); read only then, since most texts write figures in digits.
fn in_words(
    body: &str,
    found: &[Mention],
    ctx: &Context,
    sections: [&Figures; 2],
    out: &mut CrossCheck,
) {
    let unstated = |name: &str, k: &str| {
        out.unstated
            .iter()
            .any(|u| u.key.strip_prefix(name).and_then(|r| r.strip_prefix('.')) == Some(k))
    };
    // The counts not found, by section (a report's text is read again only for them).
    let missing = [(sections[0], "figures"), (sections[1], "targets")].map(|(section, name)| {
        let counts = section
            .0
            .iter()
            .filter(|(_, v)| matches!(v, Value::Count(_)));
        counts
            .filter(|(k, _)| unstated(name, k))
            .collect::<Vec<_>>()
    });
    if missing.iter().all(Vec::is_empty) {
        return;
    }
    let words = super::reader::word_mentions(body, ctx.notation.lang());
    let said = |v: &Value| words.iter().any(|m| m.value == v.as_f64());
    if !missing.iter().flatten().any(|(_, v)| said(v)) {
        return;
    }
    let again =
        missing.map(|m| Figures(m.into_iter().map(|(k, v)| (k.clone(), v.clone())).collect()));
    let mut all = found.to_vec();
    all.extend(words);
    all.sort_by_key(|m| m.start);
    let mut second = CrossCheck {
        read: out.read.for_other_numbers(),
        ..CrossCheck::default()
    };
    for (section, name) in again.iter().zip(["figures", "targets"]) {
        check(body, &all, name, section, ctx, &mut second);
    }
    // A figure looked for again keeps its place among those not found, or leaves it
    // (both lists follow the sections and their keys in order).
    let mut still = second.unstated.into_iter().peekable();
    out.unstated = std::mem::take(&mut out.unstated)
        .into_iter()
        .filter_map(|u| match second.verdicts.contains_key(&u.key) {
            false => Some(u),
            true => still.next_if(|s| s.key == u.key),
        })
        .collect();
    out.differs.extend(second.differs);
    out.sentences.extend(second.sentences);
    out.verdicts.extend(second.verdicts);
}

/// Looks every figure of `section` (`figures` or `targets`) up in `body`: a figure
/// whose value the text states only as something else (another meaning, year,
/// period, a change, a target) differs.
pub fn check(
    body: &str,
    mentions: &[Mention],
    section: &str,
    figures: &Figures,
    ctx: &Context,
    out: &mut CrossCheck,
) {
    let text = Text {
        text: body,
        found: mentions,
        notation: ctx.notation,
        review: ctx.review,
        sure: ctx.sure,
    };
    // Each figure's numbers of its value, and what its key means.
    let equals: Vec<(Vec<usize>, _)> = (figures.0.iter())
        .map(|(key, value)| {
            let wanted = candidates(value);
            let equal = (0..mentions.len()).filter(|&i| match value.as_f64() < 0.0 {
                false => states(&mentions[i], value, &wanted),
                true => stated_as_loss(body, &mentions[i], value, &wanted, ctx.notation),
            });
            (equal.collect(), ctx.table.get(key).and_then(|d| d.meaning))
        })
        .collect();
    // The first of each figure's numbers is read whatever it says: read them in the
    // text's order, so that a sentence's words are found once for all its numbers.
    let mut first: Vec<usize> = (equals.iter())
        .filter_map(|(equal, meaning)| meaning.as_ref().and(equal.first().copied()))
        .collect();
    first.sort_unstable();
    first.dedup();
    out.read.read_all(&text, &first);
    for ((key, value), (equal, meaning)) in figures.0.iter().zip(equals) {
        let mut dotted = String::with_capacity(section.len() + 1 + key.len());
        dotted.extend([section, ".", key]);
        let wanted = candidates(value);
        let loss = value.as_f64() < 0.0;
        let mut agreed = equal.first().copied();
        if let (Some(meaning), false) = (meaning, equal.is_empty()) {
            let typed = Typed {
                value,
                meaning,
                target: section == "targets",
            };
            let found = judge(&text, &mut out.read, &equal, &typed, ctx.line0);
            if let Judged::Agrees(i) = found {
                agreed = Some(i);
            } else if let Judged::Differs(why) = found {
                let verdict = Verdict {
                    status: Status::Differs,
                    reason: why.clone().into(),
                };
                out.verdicts.insert(dotted.clone(), verdict);
                out.differs.push((dotted, why));
                continue;
            }
        }
        let found = agreed
            .map(|i| &mentions[i])
            .or_else(|| mentions.iter().find(|m| grouped_as(body, m, value)));
        match found {
            Some(m) => {
                let verdict = Verdict {
                    status: Status::Stated,
                    reason: "".into(),
                };
                out.verdicts.insert(dotted.clone(), verdict);
                out.sentences.insert(dotted, Said::of(body, m));
            }
            None => {
                let near = near(mentions, &wanted, loss).map(|m| {
                    (
                        m.text(body).to_string(),
                        sentence_at(body, m.start).to_string(),
                    )
                });
                let verdict = Verdict {
                    status: Status::NotStated,
                    reason: "not stated in the report's text".into(),
                };
                out.verdicts.insert(dotted.clone(), verdict);
                out.unstated.push(Unstated {
                    key: dotted,
                    value: crate::numfmt::plain_number(wanted[0]),
                    near,
                });
            }
        }
    }
}

#[cfg(test)]
mod kinds_tests;
#[cfg(test)]
mod other_tests;
#[cfg(test)]
mod rank_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::figures::{Money, Per};
    use crate::content::mentions::mentions;

    pub(super) fn run(body: &str, lang: &str, figures: &[(&str, Value)]) -> CrossCheck {
        run_with(body, lang, figures, true)
    }

    /// [`run`], the text known to be in `lang` or not (`Context::sure`).
    pub(super) fn run_with(
        body: &str,
        lang: &str,
        figures: &[(&str, Value)],
        sure: bool,
    ) -> CrossCheck {
        let figures = Figures(
            figures
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        );
        let found = mentions(body, Notation::for_lang(lang));
        let mut out = CrossCheck::default();
        let table = FigureTable::built_in();
        let ctx = Context {
            notation: Notation::for_lang(lang),
            review: 2024,
            table: &table,
            line0: 1,
            dated: None,
            sure,
        };
        check(body, &found, "figures", &figures, &ctx, &mut out);
        out
    }

    /// What check says of one count figure typed for `key` against `body`.
    pub(super) fn count_status(body: &str, lang: &str, key: &str, n: u64) -> Status {
        let out = run(body, lang, &[(key, Value::Count(n))]);
        out.verdicts[&format!("figures.{key}")].status
    }

    fn money(amount: f64, per: Per) -> Value {
        Value::Money(Money {
            amount,
            currency: "VND".into(),
            per,
            written: None,
        })
    }

    #[test]
    fn counts_written_in_words_are_found_when_no_digits_state_them() {
        let body =
            "Fifty co-operatives were newly established. The province has 485 co-operatives.";
        let table = FigureTable::built_in();
        let ctx = Context {
            notation: Notation::for_lang("en"),
            review: 2022,
            table: &table,
            line0: 1,
            dated: None,
            sure: true,
        };
        let figures = |n: u64| {
            Figures(
                [
                    ("cooperatives_total".to_string(), Value::Count(485)),
                    ("cooperatives_new".to_string(), Value::Count(n)),
                ]
                .into(),
            )
        };
        let none = Figures(Default::default());
        let out = check_report(body, &ctx, &figures(50), &none);
        assert!(out.unstated.is_empty(), "{:?}", out.unstated);
        assert_eq!(out.sentences["figures.cooperatives_new"].number, "Fifty");
        assert_eq!(out.verdicts.len(), 2);
        let out = check_report(body, &ctx, &figures(51), &none);
        assert_eq!(out.unstated.len(), 1);
        assert_eq!(out.unstated[0].key, "figures.cooperatives_new");
    }

    #[test]
    fn figures_typed_right_are_found_with_their_sentence() {
        let body = "Intro. En 2024, la province comptait 1 059 coopératives. Le revenu moyen est de 5,6 millions de VND/personne/mois.";
        let out = run(
            body,
            "fr",
            &[
                ("cooperatives_total", Value::Count(1059)),
                ("avg_income_per_worker", money(5_600_000.0, Per::Month)),
            ],
        );
        assert!(out.unstated.is_empty(), "{:?}", out.unstated);
        assert_eq!(
            out.verdicts["figures.avg_income_per_worker"].status,
            Status::Stated
        );
        assert_eq!(
            out.sentences["figures.cooperatives_total"],
            Said {
                before: "En 2024, la province comptait ".into(),
                number: "1 059".into(),
                after: " coopératives.".into()
            }
        );
    }

    #[test]
    fn figures_typed_wrong_name_the_near_number() {
        let body = "Toàn tỉnh có 1.059 hợp tác xã; thu nhập bình quân 5,3 triệu đồng/người/tháng.";
        let out = run(
            body,
            "vi",
            &[
                ("cooperatives_total", Value::Count(1095)),
                ("avg_income_per_worker", money(53_000_000.0, Per::Month)),
            ],
        );
        assert_eq!(out.unstated.len(), 2);
        let status = |k: &str| out.verdicts[k].status.as_str();
        assert_eq!(status("figures.cooperatives_total"), "not-stated");
        assert_eq!(status("figures.avg_income_per_worker"), "not-stated");
        assert_eq!(
            out.unstated[0].near.as_ref().unwrap().0,
            "5,3 triệu đồng/người/tháng"
        );
        assert_eq!(out.unstated[1].near.as_ref().unwrap().0, "1.059");
        assert_eq!(out.unstated[1].value, "1095");
    }

    #[test]
    fn counts_in_another_grouping_are_found() {
        let out = run(
            "Toàn tỉnh có 1.059 HTX.",
            "en",
            &[("cooperatives_total", Value::Count(1059))],
        );
        assert!(out.unstated.is_empty(), "{:?}", out.unstated);
        let out = run(
            "There were 1,059 cooperatives.",
            "vi",
            &[("cooperatives_total", Value::Count(1059))],
        );
        assert!(out.unstated.is_empty(), "{:?}", out.unstated);
    }

    #[test]
    fn revenue_without_a_period_is_a_years() {
        let body = "Doanh thu bình quân đạt 2,1 tỷ đồng, lợi nhuận bình quân 80 triệu đồng.";
        let typed = [
            (
                "avg_revenue_per_cooperative",
                money(2_100_000_000.0, Per::Month),
            ),
            ("avg_profit_per_cooperative", money(80_000_000.0, Per::Year)),
        ];
        let out = run(body, "vi", &typed);
        let v = &out.verdicts["figures.avg_revenue_per_cooperative"];
        assert_eq!(v.status, Status::Differs);
        assert!(v.reason.contains("which names no period"), "{}", v.reason);
        assert!(v.reason.contains("per: year"), "{}", v.reason);
        let v = &out.verdicts["figures.avg_profit_per_cooperative"];
        assert_eq!(v.status, Status::Stated, "{}", v.reason);
    }

    #[test]
    fn far_numbers_are_not_suggested() {
        let out = run(
            "There were 420 cooperatives.",
            "en",
            &[("cooperatives_total", Value::Count(895))],
        );
        assert_eq!(out.unstated[0].near, None);
    }
}
