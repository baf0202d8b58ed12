//! The year under review of an article: `--year`, the text's words ([`when`]), the
//! conference day's year, or none for a text that names no year ([`undated`]).

use super::detect;
use super::draft;
use super::page;
use super::patterns::Lang;
use super::undated;
use super::when;

/// The year under review as import read it.
#[derive(Debug)]
pub struct Reviewed {
    /// `None`: left to the author.
    pub year: Option<i32>,
    /// How it was read, or what the author is to do (the comment beside `year:`).
    pub note: String,
    /// The years a text names when none of them is known to be the one it reviews:
    /// which of its figures are that year's is not known either (empty otherwise).
    pub named: Vec<i32>,
}

impl Reviewed {
    fn read(year: i32, note: String) -> Reviewed {
        Reviewed {
            year: Some(year),
            note,
            named: Vec::new(),
        }
    }
}

/// The year under review: `--year`, the text's words, the conference day's year, or
/// a guess from the page's publication day (listed as undecided); `None` for a text
/// that names no year at all, or names years but not which one it reviews (the author
/// writes it; the years it names are listed).
pub fn review_year(
    given: Option<i32>,
    full: &str,
    lang: Lang,
    day: Option<&detect::Read<detect::Day>>,
    published: Option<page::Stamp>,
    undecided: &mut Vec<String>,
) -> Result<Reviewed, String> {
    if let Some(y) = given {
        if !(1000..=9999).contains(&y) {
            return Err(format!("--year {y} is not a year"));
        }
        return Ok(Reviewed::read(y, "given with --year".into()));
    }
    let read = when::review(full, lang, published);
    // A conference day with its year ("Sáng 15/1/2024", which reviews 2023), or dated by
    // the page's day ("Ngày 29-11" on a page of 29/11/2025), outweighs a year the text
    // only speaks of most when that year is earlier: history, not the year under review.
    let day_year = |d: &detect::Read<detect::Day>| {
        let by_page = || {
            published
                .and_then(|p| d.value.date_before(p.day))
                .map(|x| x.year)
        };
        d.value.year.or_else(by_page)
    };
    let day_review =
        day.and_then(|d| day_year(d).map(|y| if d.value.month >= 7 { y } else { y - 1 }));
    let read = read.filter(|r| !r.voted || day_review.is_none_or(|y| r.year >= y));
    // A guess gives way to a day with its year, but the year the text speaks of most
    // has been weighed against the day just above (a year said once is a guess too).
    if let Some(r) = read
        .as_ref()
        .filter(|r| r.sure || r.voted || day.is_none_or(|d| d.value.year.is_none()))
    {
        if r.half {
            undecided.push(format!(
                "the text reviews the first half of {} only ({}): its figures are for six months",
                r.year,
                draft::quoted(&r.quote)
            ));
        }
        if !r.sure {
            undecided.push(format!(
                "the year under review: {} is a guess ({})",
                r.year, r.quote
            ));
        }
        let half = if r.half { "the first half: " } else { "" };
        return Ok(Reviewed::read(
            r.year,
            format!("{half}{}", draft::quoted(&r.quote)),
        ));
    }
    if let Some(d) = day {
        if let Some(y) = day_year(d) {
            let y = if d.value.month >= 7 { y } else { y - 1 };
            let page = match (d.value.year, published) {
                (None, Some(p)) => format!(" (published {p})"),
                _ => String::new(),
            };
            return Ok(Reviewed::read(
                y,
                format!("the year before or of {}{page}", draft::quoted(&d.quote)),
            ));
        }
    }
    let named = undated::years_named(full);
    if named.is_empty() {
        undecided.push("the year under review: the text names no year".into());
        return Ok(Reviewed {
            year: None,
            note: "the text names no year: write the year it reviews (YYYY)".into(),
            named,
        });
    }
    // Years of history, of plans, of one cooperative's story: which one the text
    // reviews, and so which of its numbers are that year's, only the author knows (but
    // for the counts it says are now's, [`undated::leave_out`]).
    let list = undated::listed(&named);
    undecided.push(format!(
        "the year under review: the text names {list} but does not say which year it \
         reviews; its figures are left out below, but for counts it says are now's: import \
         it again with --year YYYY to read them"
    ));
    Ok(Reviewed {
        year: None,
        note: format!(
            "the text names {list}: write the year it reviews (YYYY), or import it \
             again with --year YYYY to read its figures"
        ),
        named,
    })
}
