//! The rows of the two tables that repeat most, made as HTML here rather than by a
//! template loop: a report's figures (every report page) and a list of reports (every
//! list page). A template reads each field of each row through a dotted name, which
//! costs Tera a search and string copies every time; at 10,000 reports these two loops
//! were about a fifth of a build's work. Templates get the rows ready (`figure_rows`,
//! `target_rows`, `report_rows`, a year's `rows_html`) and the data they are made
//! from, to make their own.

use crate::escape::escape_into;
use crate::i18n::Locale;
use crate::site::{FigureRow, ReportItem, YearRow};

/// Appends each piece: its markup as it is, then its text escaped.
fn put(out: &mut String, pieces: &[(&str, &str)]) {
    for (markup, text) in pieces {
        out.push_str(markup);
        escape_into(out, text);
    }
}

/// The words of the marks beside figures the text check could not confirm, in the
/// page's language (`check_not_stated`, `check_differs` of the theme's i18n).
pub struct MarkWords<'a> {
    pub not_stated: &'a str,
    pub differs: &'a str,
}

impl<'a> MarkWords<'a> {
    pub fn of(loc: &'a Locale) -> Self {
        MarkWords {
            not_stated: loc.get("check_not_stated"),
            differs: loc.get("check_differs"),
        }
    }

    /// The words for a status, None for `stated`.
    fn word(&self, checked: &str) -> Option<&'a str> {
        match checked {
            "stated" => None,
            "differs" => Some(self.differs),
            _ => Some(self.not_stated),
        }
    }
}

/// A figure's mark in a report's table: a warning sign and its words in sight, and
/// the reason when the text states something else (written in English).
fn mark_long(out: &mut String, checked: &str, reason: &str, words: &MarkWords) {
    let Some(word) = words.word(checked) else {
        return;
    };
    put(
        out,
        &[
            ("<br><small class=\"check ", checked),
            ("\"><span aria-hidden=\"true\">⚠</span> ", word),
        ],
    );
    if checked == "differs" && !reason.is_empty() {
        put(out, &[(": <span lang=\"en\">", reason), ("</span>", "")]);
    }
    out.push_str("</small>");
}

/// A figure's mark in a list or a year's table, where room is short: the sign, its
/// words as the title and for screen readers.
fn mark_short(out: &mut String, checked: &str, words: &MarkWords) {
    if let Some(word) = words.word(checked) {
        put(
            out,
            &[
                (" <abbr class=\"check ", checked),
                ("\" title=\"", word),
                (
                    "\"><span aria-hidden=\"true\">⚠</span><span class=\"vh\">",
                    word,
                ),
                ("</span></abbr>", ""),
            ],
        );
    }
}

/// A figure table's rows: the figure, its value (with the exact amount for money, and
/// the words the report wrote), a mark when the text check could not confirm it, and
/// the sentence that states it, where one does (`says` introduces it, in the language
/// `lang` it is written in).
pub fn figure_rows(rows: &[FigureRow], says: &str, lang: &str, words: &MarkWords) -> String {
    let mut out = String::with_capacity(rows.len() * 480);
    for f in rows {
        put(
            &mut out,
            &[
                ("<tr class=\"", f.kind),
                ("\">\n<th scope=\"row\">", &f.label),
                ("</th>\n<td class=\"num\"><data value=\"", &f.raw),
                ("\">", &f.value),
            ],
        );
        out.push_str("</data>");
        if f.kind == "money" {
            put(&mut out, &[("<br><small>", &f.exact), ("</small>", "")]);
        }
        if let Some(written) = f.as_written.as_deref().filter(|w| !w.is_empty()) {
            put(&mut out, &[("<br><small>", written), ("</small>", "")]);
        }
        mark_long(&mut out, f.checked, &f.check_reason, words);
        out.push_str("</td>\n</tr>\n");
        if let Some(said) = &f.sentence {
            put(
                &mut out,
                &[
                    ("<tr class=\"said\"><td colspan=\"2\">", says),
                    (" <q lang=\"", lang),
                    ("\">", ""),
                ],
            );
            // `Said::html`, written in place (no string of its own per figure).
            escape_into(&mut out, &said.before);
            out.push_str("<mark>");
            escape_into(&mut out, &said.number);
            out.push_str("</mark>");
            escape_into(&mut out, &said.after);
            out.push_str("</q></td></tr>\n");
        }
    }
    out
}

/// A list's rows: date, region (unless `with_region` is false: a region's own list),
/// year, title, and the headline figures, each cell titled for narrow screens with
/// the column's word in `loc` (`heads`: the headline figures').
pub fn report_rows(
    items: &[ReportItem],
    with_region: bool,
    loc: &Locale,
    heads: &[String],
) -> String {
    // The column titles, looked up once for every row.
    let [date, region, year] = ["date", "region", "year"].map(|k| loc.get(k));
    let words = MarkWords::of(loc);
    let mut out = String::with_capacity(items.len() * 900);
    for r in items {
        put(
            &mut out,
            &[
                ("<tr>\n<td data-label=\"", date),
                ("\"><time datetime=\"", r.date),
                ("\">", r.date_long),
                ("</time></td>", ""),
            ],
        );
        if with_region {
            put(
                &mut out,
                &[
                    ("<td data-label=\"", region),
                    ("\"><a href=\"", &r.region.url),
                    ("\">", &r.region.name),
                    ("</a></td>", ""),
                ],
            );
        }
        put(
            &mut out,
            &[
                ("<td data-label=\"", year),
                ("\">", &r.year.to_string()),
                ("</td><td class=\"title\"><a href=\"", r.url),
                ("\" lang=\"", r.lang),
                ("\">", r.title),
                ("</a>", ""),
            ],
        );
        if r.lang_shown {
            put(
                &mut out,
                &[(" <small class=\"lang\">(", r.lang), (")</small>", "")],
            );
        }
        out.push_str("</td>");
        for (label, c) in heads.iter().zip(&r.headline.cells) {
            put(
                &mut out,
                &[("<td class=\"num\" data-label=\"", label), ("\">", "")],
            );
            if c.exact.is_empty() {
                escape_into(&mut out, &c.value);
            } else {
                put(
                    &mut out,
                    &[
                        ("<abbr title=\"", &c.exact),
                        ("\">", &c.value),
                        ("</abbr>", ""),
                    ],
                );
                if let Some(month) = c.month.as_deref().filter(|m| !m.is_empty()) {
                    put(&mut out, &[("<br><small>", month), ("</small>", "")]);
                }
            }
            mark_short(&mut out, c.checked, &words);
            out.push_str("</td>");
        }
        out.push_str("\n</tr>\n");
    }
    out
}

/// A year's table rows: rank, region (linking its report) and each figure, titled
/// with its column for narrow screens, with its plain number where it has one and a
/// mark when the text check could not confirm it.
pub fn year_rows(rows: &[YearRow], words: &MarkWords) -> String {
    let mut out = String::with_capacity(rows.len() * 700);
    for r in rows {
        put(
            &mut out,
            &[
                ("<tr>\n<td class=\"num rank\">", &r.rank.to_string()),
                ("</td><th scope=\"row\"><a href=\"", &r.url),
                ("\" title=\"", &r.title),
                ("\">", &r.region.name),
                ("</a></th>", ""),
            ],
        );
        for c in &r.cells {
            put(
                &mut out,
                &[("<td class=\"num\" data-label=\"", &c.label), ("\">", "")],
            );
            match c.raw.as_deref().filter(|raw| !raw.is_empty()) {
                Some(raw) => put(
                    &mut out,
                    &[("<data value=\"", raw), ("\">", &c.text), ("</data>", "")],
                ),
                None => escape_into(&mut out, &c.text),
            }
            mark_short(&mut out, c.checked, words);
            out.push_str("</td>");
        }
        out.push_str("\n</tr>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::crosscheck::Said;
    use crate::site::{Headline, HeadlineCell, Link};

    fn money_row() -> FigureRow {
        FigureRow {
            key: "avg_income_per_worker".into(),
            label: "Income <per> worker".into(),
            kind: "money",
            value: "67.2 million VND".into(),
            exact: "67,200,000 VND per year".into(),
            unit: "VND per year".into(),
            as_written: Some("5,6 triệu đồng/tháng".into()),
            number: 67_200_000.0,
            raw: "67200000".into(),
            currency: Some("VND".into()),
            per: Some("year"),
            sentence: Some(Said {
                before: "Members earned ".into(),
                number: "5,6 triệu đồng/tháng".into(),
                after: " & more.".into(),
            }),
            checked: "stated",
            check_reason: String::new(),
        }
    }

    const WORDS: MarkWords = MarkWords {
        not_stated: "not in the <text>",
        differs: "differs from the text",
    };

    #[test]
    fn figures_the_text_does_not_confirm_are_marked_in_words_with_their_reason() {
        let plain = figure_rows(&[money_row()], "The report says:", "vi", &WORDS);
        assert!(!plain.contains("check"), "{plain}");
        let unstated = FigureRow {
            checked: "not-stated",
            check_reason: "not stated in the report's text".into(),
            sentence: None,
            ..money_row()
        };
        let html = figure_rows(&[unstated], "", "vi", &WORDS);
        assert!(html.contains("<small>5,6 triệu đồng/tháng</small><br><small class=\"check not-stated\"><span aria-hidden=\"true\">⚠</span> not in the &lt;text&gt;</small></td>"), "{html}");
        let differs = FigureRow {
            checked: "differs",
            check_reason: "the text gives 498 for <2024>".into(),
            ..money_row()
        };
        let html = figure_rows(&[differs], "", "vi", &WORDS);
        assert!(html.contains("⚠</span> differs from the text: <span lang=\"en\">the text gives 498 for &lt;2024&gt;</span></small>"), "{html}");
    }

    #[test]
    fn figure_rows_show_value_exact_amount_words_and_sentence() {
        let html = figure_rows(&[money_row()], "The report says:", "vi", &WORDS);
        assert!(
            html.starts_with(
                "<tr class=\"money\">\n<th scope=\"row\">Income &lt;per&gt; worker</th>"
            ),
            "{html}"
        );
        assert!(html.contains("<data value=\"67200000\">67.2 million VND</data><br><small>67,200,000 VND per year</small><br><small>5,6 triệu đồng/tháng</small></td>"), "{html}");
        assert!(html.contains("<tr class=\"said\"><td colspan=\"2\">The report says: <q lang=\"vi\">Members earned <mark>5,6 triệu đồng/tháng</mark> &amp; more.</q></td></tr>\n"), "{html}");
        let count = FigureRow {
            kind: "count",
            as_written: None,
            sentence: None,
            ..money_row()
        };
        let html = figure_rows(&[count], "The report says:", "vi", &WORDS);
        assert!(
            !html.contains("<small>") && !html.contains("said"),
            "{html}"
        );
    }

    #[test]
    fn report_rows_name_each_cell_and_leave_out_the_region_on_its_own_page() {
        let region = Link {
            name: "Hà Nội".into(),
            slug: "ha-noi".into(),
            url: "/regions/ha-noi/".into(),
        };
        let cell =
            |key: &str, value: &str, exact: &str, month: Option<&str>, checked| HeadlineCell {
                key: key.into(),
                value: value.into(),
                exact: exact.into(),
                month: month.map(str::to_string),
                checked,
            };
        let headline = Headline {
            cells: vec![
                cell("a", "1,059", "", None, "stated"),
                cell("b", "52", "", None, "differs"),
                cell("c", "–", "", None, "stated"),
                cell(
                    "d",
                    "67.2 million",
                    "67,200,000 VND per year",
                    Some("5.6 million VND per month"),
                    "not-stated",
                ),
            ],
            checked: Vec::new(),
        };
        let item = ReportItem {
            title: "Hà Nội reviews 2023",
            url: "/reports/ha-noi-2023/",
            date: "2024-01-05",
            date_long: "5 January 2024",
            year: 2023,
            region: &region,
            summary: "",
            headline: &headline,
            lang: "vi",
            lang_shown: true,
        };
        let mut t = Locale::new("en");
        for (k, v) in [
            ("date", "Date"),
            ("region", "Region"),
            ("total", "Cooperatives"),
            ("new", "New"),
            ("check_not_stated", "not in the text"),
            ("check_differs", "differs"),
        ] {
            t.t.insert(k.to_string(), v.to_string());
        }
        let heads = ["Cooperatives", "New", "Effective", "Income"].map(String::from);
        let html = report_rows(std::slice::from_ref(&item), true, &t, &heads);
        assert!(
            html.contains("<td data-label=\"Region\"><a href=\"/regions/ha-noi/\">Hà Nội</a></td>"),
            "{html}"
        );
        assert!(html.contains("<a href=\"/reports/ha-noi-2023/\" lang=\"vi\">Hà Nội reviews 2023</a> <small class=\"lang\">(vi)</small>"), "{html}");
        assert!(
            html.contains("<td class=\"num\" data-label=\"Cooperatives\">1,059</td>"),
            "{html}"
        );
        assert!(html.contains("<abbr title=\"67,200,000 VND per year\">67.2 million</abbr><br><small>5.6 million VND per month</small> <abbr class=\"check not-stated\" title=\"not in the text\"><span aria-hidden=\"true\">⚠</span><span class=\"vh\">not in the text</span></abbr></td>"), "{html}");
        assert!(html.contains("<td class=\"num\" data-label=\"New\">52 <abbr class=\"check differs\" title=\"differs\">"), "{html}");
        assert_eq!(html.matches("class=\"check").count(), 2, "{html}");
        assert!(!report_rows(&[item], false, &t, &heads).contains("/regions/ha-noi/"));
    }

    #[test]
    fn year_rows_rank_link_and_mark_numbers() {
        use crate::site::YearCell;
        let row = YearRow {
            rank: 3,
            region: Link {
                name: "Bắc Kạn".into(),
                slug: "bac-kan".into(),
                url: "/regions/bac-kan/".into(),
            },
            title: "Bắc Kạn \"2023\"".into(),
            url: "/reports/bac-kan-2023/".into(),
            cells: vec![
                YearCell {
                    text: "1,059".into(),
                    raw: Some("1059".into()),
                    label: "Cooperatives".into(),
                    checked: "not-stated",
                },
                YearCell {
                    text: "–".into(),
                    raw: None,
                    label: "New".into(),
                    checked: "stated",
                },
            ],
        };
        assert_eq!(
            year_rows(&[row], &WORDS),
            "<tr>\n<td class=\"num rank\">3</td><th scope=\"row\"><a href=\"/reports/bac-kan-2023/\" title=\"Bắc Kạn &quot;2023&quot;\">Bắc Kạn</a></th><td class=\"num\" data-label=\"Cooperatives\"><data value=\"1059\">1,059</data> <abbr class=\"check not-stated\" title=\"not in the &lt;text&gt;\"><span aria-hidden=\"true\">⚠</span><span class=\"vh\">not in the &lt;text&gt;</span></abbr></td><td class=\"num\" data-label=\"New\">–</td>\n</tr>\n"
        );
    }
}
