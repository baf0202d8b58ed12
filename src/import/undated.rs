//! A text that names no year at all: a news page copied without its date line ("Sáng
//! 15/1, Liên minh HTX tỉnh tổ chức hội nghị …", "The province now has 120
//! cooperatives"). Its figures are still the ones it reports, but which year they are
//! of only the author knows: the draft leaves `year:` (and `date:`) for the author, as
//! it leaves the conference day when the text does not name it. A text that names years
//! but not which one it reviews leaves its year to the author too, and its figures
//! ([`leave_out`]).

use super::found::Found;
use super::when::FIRST_YEAR;

/// The year a text that names none is read against. The reader places numbers in time
/// against the year under review, and in a text naming no year only words of time
/// ("last year", "next year", "so với cùng kỳ") place them, the same way whatever the
/// year: any year gives the same statements. It is never written in a draft.
pub const STAND_IN: i32 = 2000;

/// The latest year a text could name.
const LAST_YEAR: i32 = 2100;

/// The years a text names, each once, earliest first: every four-digit number standing
/// alone (not inside "1.995" or "2.020.000") from [`FIRST_YEAR`] to 2100. A span
/// ("2020-2025"), a month ("12/2020") and a number that only looks like a year ("2050
/// members") all name one: a text naming none is undated, its year the author's.
pub fn years_named(text: &str) -> Vec<i32> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        // "1.995", "2,020": the digits after a separator of thousands or decimals.
        let grouped =
            start >= 2 && matches!(b[start - 1], b'.' | b',') && b[start - 2].is_ascii_digit();
        // "2.020.000", "2020,5": the digits before one.
        let more = i + 1 < b.len() && matches!(b[i], b'.' | b',') && b[i + 1].is_ascii_digit();
        if i - start == 4 && !grouped && !more {
            let year: i32 = text[start..i].parse().unwrap_or(0);
            if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
                out.push(year);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Years as a reader lists them: "2021", "2021 and 2022", "2019, 2021 and 2022".
pub fn listed(years: &[i32]) -> String {
    let all: Vec<String> = years.iter().map(i32::to_string).collect();
    match all.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Why a figure of a text that names years but not which one it reviews is left out:
/// it may be any of them.
const OF_NO_KNOWN_YEAR: &str = "the text does not say which year it reviews";

/// Leaves out every figure and target of a text that names years but not which one it
/// reviews (a founding, one cooperative's story, a plan's term): which year each number
/// is of only the author knows, and such texts are features more than reports (written
/// as the undated path writes them, 45 of their 59 figures were right on the development
/// articles). They stay listed under `# Left out`; `--year` reads them as that year's.
pub fn leave_out(found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.doubt.is_none()) {
        f.doubt = Some(OF_NO_KNOWN_YEAR.into());
    }
}

#[cfg(test)]
mod tests {
    use super::{listed, years_named};

    fn names_no_year(text: &str) -> bool {
        years_named(text).is_empty()
    }

    #[test]
    fn a_text_with_only_numbers_of_things_names_no_year() {
        assert!(names_no_year(
            "Sáng 15/1, Liên minh HTX tỉnh tổ chức hội nghị. Toàn tỉnh có 1.995 HTX, \
             doanh thu bình quân 2.020 triệu đồng, 12.000 thành viên."
        ));
        assert!(names_no_year(
            "The province now has 120 cooperatives with 2,020 members and a revenue of 1,994.5 million."
        ));
    }

    #[test]
    fn a_year_a_span_or_a_month_names_a_year() {
        assert!(!names_no_year("Năm 2023, toàn tỉnh có 120 HTX."));
        assert!(!names_no_year("nhiệm kỳ 2020-2025"));
        assert!(!names_no_year("tính đến tháng 12/2020"));
        assert!(!names_no_year("In 2019 the province had 80 cooperatives."));
        // A count that looks like a year is read as one: asked for, never guessed.
        assert!(!names_no_year("with 2050 members"));
    }

    #[test]
    fn the_years_named_are_listed_once_each_earliest_first() {
        let text = "Nhiệm kỳ 2020-2025, toàn tỉnh có 345 HTX (1.995 thành viên); năm 2020 \
                    thành lập mới 12 HTX. By 2025, 2,020 members.";
        assert_eq!(years_named(text), vec![2020, 2025]);
        assert_eq!(listed(&years_named(text)), "2020 and 2025");
        assert_eq!(listed(&[2016]), "2016");
        assert_eq!(listed(&[1998, 2016, 2025]), "1998, 2016 and 2025");
        assert!(years_named("Hiện toàn tỉnh có 345 HTX.").is_empty());
    }

    #[test]
    fn numbers_outside_the_years_do_not_name_one() {
        assert!(names_no_year("1500 hộ, 12345 lao động, 9999 ha"));
    }
}
