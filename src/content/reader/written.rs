//! The year a text was written, as its first date says: "April 01, 2023 - 11:10" at the
//! head of a page, "Sáng ngày 12/01/2024, …", "date 2022-04-07". A text written after
//! the year under review says "last year" of that year, not of the one before it.

use crate::lang_tables::Word;

/// A year of four digits, 1990 to 2060.
fn year_of(key: &str) -> Option<i32> {
    let y: i32 = (key.len() == 4).then(|| key.parse().ok())??;
    (1990..=2060).contains(&y).then_some(y)
}

/// A day or a month in one or two digits.
fn short(key: &str) -> bool {
    (1..=2).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_digit())
}

/// The year of the first date of `words` (a text's words): a year with a day or a
/// month in digits one or two words before it ("April 01, 2023", "12/01/2024",
/// "May 10 2021"), or a year written first with its month and day after dashes
/// ("2022-04-07").
///
/// Not `import::page`'s reading of a page's stamp, on purpose: `check` reads a
/// report's text with it, and `content` cannot read `import` (which stands beside the
/// pipeline and reads `content`); it looks at any date in running text ("Sáng ngày
/// 12/01/2024, …"), not only at a line that is a stamp; it reads the words the reader
/// has already cut (a date is several of them: "12", "/", "01", "/", "2024"); and it
/// wants only the year, so it needs no calendar ("31/02/2024" is a date of 2024 to it)
/// and never tells a day from a month. `import::page` wants the day itself.
pub fn first_date_year(words: &[Word]) -> Option<i32> {
    let key = |i: usize| words.get(i).map_or("", |w| w.key.as_str());
    (0..words.len()).find_map(|i| {
        let k = key(i);
        if let Some((y, rest)) = k.split_once('-') {
            let mut parts = rest.split('-');
            let iso = parts.next().is_some_and(short) && parts.next().is_some_and(short);
            return year_of(y).filter(|_| iso);
        }
        let year = year_of(k)?;
        // "April 01, 2023", "12/01/2024": a mark between the day and the year; not
        // "12 in 2023".
        let mark = matches!(key(i.wrapping_sub(1)), "/" | "-" | "." | ",");
        let day_before = (i >= 1 && short(key(i - 1))) || (i >= 2 && mark && short(key(i - 2)));
        let iso = key(i + 1) == "-" && short(key(i + 2)) && key(i + 3) == "-" && short(key(i + 4));
        (day_before || iso).then_some(year)
    })
}

/// The year "last year" stands for in a text reviewing `review` whose first date is
/// of year `written`: the year before the text was written, when that is after the
/// year under review; else the year before the year under review.
pub fn last_year(review: i32, written: Option<i32>) -> i32 {
    written.filter(|&w| w > review).map_or(review, |w| w) - 1
}

#[cfg(test)]
mod tests {
    use super::super::{read, TimeRole};

    /// The time role of the statement written `n` in `text`.
    fn time_of(text: &str, lang: &str, review: i32, n: &str) -> TimeRole {
        let found = read(text, lang, review);
        let s = found
            .iter()
            .find(|s| s.text(text) == n)
            .expect("a statement");
        s.time
    }

    #[test]
    fn last_year_in_a_text_dated_after_the_year_under_review_is_that_year() {
        // Written in March 2025 about 2024: its "last year" is 2024.
        let en = "March 03, 2025 - 09:15\nLast year the province set up 42 new co-operatives.";
        assert_eq!(time_of(en, "en", 2024, "42"), TimeRole::Review);
        let vi = "Sáng ngày 15/02/2025, Liên minh HTX tỉnh tổ chức hội nghị. Năm ngoái, \
                  toàn tỉnh thành lập mới 42 HTX.";
        assert_eq!(time_of(vi, "vi", 2024, "42"), TimeRole::Review);
        // What a plan starts from, with an aside in brackets before "last year".
        let en = "March 03, 2025 - 09:15\nIt plans to raise revenue to VND3 billion this year \
                  from VND2.4 billion (US$95,000) last year.";
        assert_eq!(time_of(en, "en", 2024, "2.4 billion"), TimeRole::Review);
        let no_date = en.replace("March 03, 2025 - 09:15", "Plans");
        assert_eq!(
            time_of(&no_date, "en", 2024, "2.4 billion"),
            TimeRole::Year(2023)
        );
    }

    #[test]
    fn last_year_without_a_later_date_is_the_year_before_the_one_under_review() {
        // No date, a date of the year under review, or "12 in 2025" (no date): 2023.
        let en = "Last year the province set up 42 new co-operatives.";
        assert_eq!(time_of(en, "en", 2024, "42"), TimeRole::Year(2023));
        let en = "On December 20, 2024 the alliance met. Last year the province set up 42 \
                  new co-operatives, and 12 in 2025.";
        assert_eq!(time_of(en, "en", 2024, "42"), TimeRole::Year(2023));
        let vi = "Năm ngoái, toàn tỉnh thành lập mới 42 HTX, năm 2025 thêm 12 HTX.";
        assert_eq!(time_of(vi, "vi", 2024, "42"), TimeRole::Year(2023));
        // A later date moves only "last year": what a rise starts from stays earlier.
        let en = "January 03, 2025\nTheir vehicles increased from 500 to nearly 1,000.";
        assert_eq!(time_of(en, "en", 2024, "500"), TimeRole::Year(2023));
    }

    #[test]
    fn a_count_said_to_be_now_is_of_the_year_under_review() {
        // "so far" after the count: now, though "last year" stands before it.
        let en = "Last year 12 co-operatives were founded, bringing the total to 318 so far.";
        assert_eq!(time_of(en, "en", 2024, "318"), TimeRole::Review);
        assert_eq!(time_of(en, "en", 2024, "12"), TimeRole::Year(2023));
        let fr = "L'an dernier, 12 coopératives ont été créées, portant le total à 318 à ce jour.";
        assert_eq!(time_of(fr, "fr", 2024, "318"), TimeRole::Review);
        // The word of now in another clause is not said of the count.
        let en = "Last year the province had 318 co-operatives, and so far 20 more were set up.";
        assert_eq!(time_of(en, "en", 2024, "318"), TimeRole::Year(2023));
    }
}
