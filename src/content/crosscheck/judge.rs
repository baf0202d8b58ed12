//! Whether what the text says a number is agrees with the figure typed as it: the
//! same meaning (what it counts, which ones, per what), the year under review (not
//! another year, a change, a target or a share) and the same period.

use crate::content::amount::{Notation, Period};
use crate::content::figures::{Per, Value};
use crate::content::mentions::Mention;
use crate::content::reader::{statement_in, Sentences, Statement, TimeRole, Unit};
use crate::meaning::Meaning;

/// A typed figure with what it means.
pub struct Typed<'a> {
    pub value: &'a Value,
    pub meaning: Meaning,
    /// Under `targets:`.
    pub target: bool,
}

/// What the text says of a figure's value.
pub enum Judged {
    /// One of the numbers equal to it is stated with its meaning: its index.
    Agrees(usize),
    /// Every number equal to it is stated as something else: why, in words.
    Differs(String),
}

/// The statements of a text's numbers, each read once however many figures ask for
/// it (a figure that differs looks through all of them for the one that is it).
#[derive(Debug, Default)]
pub struct Statements {
    /// By index into the text's numbers: not read yet, a year, or its statement.
    read: Vec<Option<Option<Statement>>>,
    /// The words of the last sentence read.
    sentences: Sentences,
}

/// What a text's numbers are read with.
pub struct Text<'a> {
    pub text: &'a str,
    pub found: &'a [Mention],
    pub notation: Notation,
    pub review: i32,
    /// Whether the text is known to be in the notation's language (`Context::sure`).
    pub sure: bool,
}

impl Statements {
    /// For the same text read with another list of its numbers (those written in words
    /// added): what is read once of the text kept.
    pub fn for_other_numbers(&self) -> Statements {
        Statements {
            read: Vec::new(),
            sentences: self.sentences.for_other_numbers(),
        }
    }

    /// For a text written in the year `year` or after it (its report's day).
    pub fn written_from(year: Option<i32>) -> Statements {
        Statements {
            read: Vec::new(),
            sentences: Sentences::written_from(year),
        }
    }

    /// Reads the numbers `at` (indices into `t.found`, in order) of `t`.
    pub fn read_all(&mut self, t: &Text, at: &[usize]) {
        for &i in at {
            self.at(t, i);
        }
    }

    /// The statement of number `i` of `t` (None for a year).
    fn at(&mut self, t: &Text, i: usize) -> Option<&Statement> {
        if self.read.len() < t.found.len() {
            self.read.resize_with(t.found.len(), || None);
        }
        let sentences = &mut self.sentences;
        self.read[i]
            .get_or_insert_with(|| {
                let at = (t.notation, t.review);
                let mut s = statement_in(t.text, t.found, &t.found[i], at, sentences);
                // A word of another language after a count is no sign it counts
                // something else.
                if let (Some(s), false) = (s.as_mut(), t.sure) {
                    s.other = false;
                }
                s
            })
            .as_ref()
    }
}

/// Judges `fig` against the numbers `equal` (indices into `t.found`) whose value is its
/// value; `line0` is the line of the file where `t.text` starts.
pub fn judge(
    t: &Text,
    read: &mut Statements,
    equal: &[usize],
    fig: &Typed,
    line0: usize,
) -> Judged {
    let mut first: Option<(usize, &'static str)> = None;
    for &i in equal {
        let Some(s) = read.at(t, i) else {
            continue;
        };
        match mismatch(s, fig) {
            None => return Judged::Agrees(i),
            Some(why) if first.is_none() => first = Some((i, why)),
            Some(_) => {}
        }
    }
    let Some((said, why)) = first else {
        // Only years: the value is not stated as a figure, nor as anything else.
        return Judged::Agrees(equal[0]);
    };
    // The first statement that is the figure for sure.
    let right =
        (0..t.found.len()).find_map(|j| read.at(t, j).filter(|s| is_right(s, fig)).cloned());
    let said = read.at(t, said).cloned().expect("read above");
    Judged::Differs(reason(
        t.text,
        &said,
        why,
        right.as_ref(),
        fig,
        t.review,
        line0,
    ))
}

/// Why the statement `s` is not the figure, or None when it may be.
fn mismatch(s: &Statement, fig: &Typed) -> Option<&'static str> {
    let m = &fig.meaning;
    if s.rank {
        return Some("rank");
    }
    let time_ok = match s.time {
        TimeRole::Review => true,
        TimeRole::Target => fig.target,
        TimeRole::Year(_) | TimeRole::Change | TimeRole::Share | TimeRole::Span(..) => false,
    };
    if !time_ok {
        return Some("time");
    }
    // "hơn 200 đại biểu", "03 QTDND": a count of something else.
    if s.other || s.measure.is_some_and(|x| x != m.measure) {
        return Some("meaning");
    }
    let qualifier_ok = match (m.qualifier, s.qualifier) {
        (_, None) => true,
        // "thành lập mới 35 HTX hoạt động hiệu quả": new ones, effective ones.
        (Some(a), Some(b)) => a == b || s.also == Some(a),
        (None, Some(_)) => false,
    };
    if !qualifier_ok {
        return Some("meaning");
    }
    if let (Some(a), Some(b)) = (m.per_unit, s.per_unit) {
        let person = |u| u != crate::meaning::PerUnit::Cooperative;
        if person(a) != person(b) {
            return Some("meaning");
        }
    }
    if let Value::Money(money) = fig.value {
        let typed = match money.per {
            Per::Month => Period::Month,
            Per::Year => Period::Year,
        };
        let same_amount = (s.value - money.amount).abs() <= 1e-9 * money.amount.abs().max(1.0);
        let per = s.per.or(s
            .measure
            .is_some_and(|x| x.yearly())
            .then_some(Period::Year));
        if per.is_some_and(|p| p != typed) && same_amount {
            return Some("period");
        }
    }
    None
}

/// A statement that is the figure for sure: its meaning named in full, for the year
/// under review (or a target for a target).
fn is_right(s: &Statement, fig: &Typed) -> bool {
    let m = &fig.meaning;
    let unit_ok = match fig.value {
        Value::Money(_) => s.unit == Unit::Money,
        _ => s.unit == Unit::Count,
    };
    let time_ok = if fig.target {
        s.time == TimeRole::Target
    } else {
        s.time == TimeRole::Review
    };
    unit_ok
        && time_ok
        && s.measure == Some(m.measure)
        && (s.qualifier == m.qualifier || m.measure.is_money())
        && mismatch(s, fig).is_none()
}

/// "462 is the total of cooperatives the text gives for 2023 (line 2); for 2024 it
/// says 498 (line 3)".
fn reason(
    text: &str,
    said: &Statement,
    why: &str,
    right: Option<&Statement>,
    fig: &Typed,
    review: i32,
    line0: usize,
) -> String {
    let line = |s: &Statement| line0 + s.line - 1;
    let when = if fig.target && said.time == TimeRole::Review {
        format!("for {review}, not as a target")
    } else {
        said.when(review)
    };
    let written = said.text(text);
    let at = if written.bytes().all(|b| b.is_ascii_digit()) {
        format!("line {}", line(said))
    } else {
        format!("`{written}`, line {}", line(said))
    };
    let mut out = match why {
        "rank" => format!("{} is a rank, not a count ({at})", typed_value(fig.value)),
        _ => format!(
            "{} is {} the text gives {when} ({at})",
            typed_value(fig.value),
            said.what(),
        ),
    };
    if why == "period" {
        if said.per.is_none() {
            out += ", which names no period: a cooperative's revenue and profit are a year's";
        }
        if let Value::Money(m) = fig.value {
            let other = match m.per {
                Per::Year => "month",
                Per::Month => "year",
            };
            out += &format!(
                ": write `{{amount: {}, per: {other}}}`",
                crate::numfmt::plain_number(m.amount)
            );
        }
    }
    match right {
        Some(r) => {
            let when = if fig.target {
                "as a target".to_string()
            } else {
                format!("for {review}")
            };
            out += &format!(
                "; {when} it says {} is {} (line {})",
                fig.meaning.describe(),
                r.text(text),
                line(r)
            );
        }
        None if why != "period" => out += &format!("; it does not give {}", fig.meaning.describe()),
        None => {}
    }
    out
}

fn typed_value(v: &Value) -> String {
    match v {
        Value::Count(n) => n.to_string(),
        Value::Number(x) => crate::numfmt::plain_number(*x),
        Value::Money(m) => {
            let per = match m.per {
                Per::Year => "a year",
                Per::Month => "a month",
            };
            format!("{} {per}", crate::numfmt::plain_number(m.amount))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check_report, Context};
    use crate::content::amount::Notation;
    use crate::content::figures::{Figures, Value};
    use crate::figure_table::FigureTable;

    /// Whether `check` finds `new` new cooperatives of 2025 stated in `body`, in a
    /// report whose day is of the year `dated`.
    fn agrees(body: &str, lang: &str, new: u64, dated: i32) -> bool {
        let table = FigureTable::built_in();
        let ctx = Context {
            notation: Notation::for_lang(lang),
            review: 2025,
            table: &table,
            line0: 1,
            dated: Some(dated),
            sure: true,
        };
        let figures = Figures([("cooperatives_new".to_string(), Value::Count(new))].into());
        let out = check_report(body, &ctx, &figures, &Figures(Default::default()));
        out.differs.is_empty()
    }

    #[test]
    fn last_year_in_a_report_dated_after_the_year_under_review_is_that_year() {
        let en = "The alliance aims at 20 more this year. Last year the province set up 41 new co-operatives.";
        let fr = "L'alliance en vise 20 cette année. L'an dernier, la province a créé 41 nouvelles coopératives.";
        for (lang, body) in [("en", en), ("fr", fr)] {
            // A conference of January 2026 reviewing 2025: its "last year" is 2025.
            assert!(agrees(body, lang, 41, 2026), "{lang}");
            // One of December 2025: its "last year" is 2024, another year's.
            assert!(!agrees(body, lang, 41, 2025), "{lang}");
        }
    }
}
