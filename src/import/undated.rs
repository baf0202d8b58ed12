//! A text that names no year at all: a news page copied without its date line ("Sáng
//! 15/1, Liên minh HTX tỉnh tổ chức hội nghị …", "The province now has 120
//! cooperatives"). Its figures are still the ones it reports, but which year they are
//! of only the author knows: the draft leaves `year:` (and `date:`) for the author, as
//! it leaves the conference day when the text does not name it. A text that names years
//! but not which one it reviews leaves its year to the author too, and its figures
//! ([`leave_out`]).

use super::found::{Found, Section};
use super::patterns::Lang;
use super::text::{line_start, Folded, Segments};
use super::when;
use crate::figure_table::{AGRICULTURAL, GROUPS, GROUP_MEMBERS, INCOME, PROFIT, REVENUE, TOTAL};
use crate::lang_tables::{matches_at, LangTable};

/// The year a text that names none is read against. The reader places numbers in time
/// against the year under review, and in a text naming no year only words of time
/// ("last year", "next year", "so với cùng kỳ") place them, the same way whatever the
/// year: any year gives the same statements. It is never written in a draft.
pub const STAND_IN: i32 = 2000;

/// The years a text names, each once, earliest first: every four-digit number standing
/// alone (not inside "1.995" or "2.020.000") from [`when::FIRST_YEAR`] to 2100. A span
/// ("2020-2025"), a month ("12/2020") and a number that only looks like a year ("2050
/// members") all name one: a text naming none is undated, its year the author's.
pub fn years_named(text: &str) -> Vec<i32> {
    let mut out: Vec<i32> = when::all_years(text).into_iter().map(|(_, y)| y).collect();
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

/// What the province has, counted on the day a text is written: the cooperatives, the
/// agricultural ones, the groups and their members. Revenue, profit, income and new
/// cooperatives are counted over a period, which a text that does not say its year
/// leaves unknown.
const STOCKS: [&str; 4] = [TOTAL, AGRICULTURAL, GROUPS, GROUP_MEMBERS];

/// The averages a report gives beside its counts: a cooperative's revenue and profit, a
/// worker's income.
const AVERAGES: [&str; 3] = [REVENUE, PROFIT, INCOME];

/// Leaves out the figures and targets of a text that names years but not which one it
/// reviews (a founding, one cooperative's story, a plan's term): which year each number
/// is of only the author knows, and such texts are features more than reports (written
/// as the undated path writes them, 45 of their 59 figures were right on the development
/// articles). They stay listed under `# Left out`; `--year` reads them as that year's.
///
/// Kept: a count of what the province has that its own sentence says is now's, a word
/// of now before it ("Hiện nay, toàn tỉnh có 327 HTX", "The province now has 222
/// co-operatives", "La province compte actuellement 1 419 coopératives"), not after a
/// span since a year ("Từ năm 2013 đến nay … 168 HTX"): it is the count of the day the
/// text is written, whichever year the author writes for it.
pub fn leave_out(found: &mut [Found], body: &str, lang: Lang, region: &str) {
    let folded = Folded::new(body);
    let seg = Segments::new(&folded.text);
    let table = &crate::lang_tables::for_lang(lang.code()).table;
    let (time, import) = (&table.time, &table.import);
    let words = |l: &[crate::lang_tables::Phrase]| -> Vec<String> {
        l.iter().map(|p| p.join(" ")).collect()
    };
    let (mut now, since) = (words(&time.now), words(&time.since));
    now.extend(import.now_has.iter().cloned());
    // "Hiện, toàn tỉnh có …": a word of now opening a clause.
    let opens_clause = |r: std::ops::Range<usize>| {
        folded.words(r).into_iter().any(|w| {
            // The word first (cheap), then whether it is its clause's first.
            import
                .now_first
                .iter()
                .any(|n| folded.text[w.clone()] == **n)
                && folded.words(seg.clause(w.start).start..w.end).first() == Some(&w)
        })
    };
    let now_in = |r: std::ops::Range<usize>| folded.has_any(&now, r.clone()) || opens_clause(r);
    let said_now = |f: &Found| {
        let at = folded.from_orig(f.pos);
        let before = seg.sentence(at).start..at;
        f.section == Section::Figures
            && STOCKS.contains(&f.key)
            && now_in(before.clone())
            && !folded.has_any(&since, before)
    };
    // "Hiện có 161 HTX … Doanh thu bình quân ước đạt 70 triệu đồng/tháng/HTX": an
    // average after a word of now in its own line, with no year or span since between
    // that word's sentence and it and not in a person's quoted words, is of the same day.
    let average_now = |f: &Found| {
        let at = folded.from_orig(f.pos);
        let line = line_start(&folded.text, at)..at;
        let quoted = folded.text[line.clone()].matches('"').count() % 2 == 1;
        // The last word of now before it: the latest word from which a word of now lies
        // before the average.
        let last_now = folded
            .words(line.clone())
            .into_iter()
            .rev()
            .find(|w| now_in(w.start..at));
        let plain = |from: usize| {
            when::all_years(&folded.text[from..at]).is_empty() && !folded.has_any(&since, from..at)
        };
        f.section == Section::Figures
            && AVERAGES.contains(&f.key)
            && !quoted
            && last_now.is_some_and(|w| plain(seg.sentence(w.start).start.max(line.start)))
    };
    // A year in `r` other than a law's ("theo Luật HTX năm 2012", "conformément à la loi
    // sur les coopératives de 2012": the law's name, not a time).
    let named = words(&time.named);
    let dated = |r: std::ops::Range<usize>| {
        when::all_years(&folded.text[r.clone()])
            .iter()
            .any(|&(s, _)| !when::law_year_at(&folded.text, r.start + s, &named))
    };
    // "Toàn tỉnh có 412 HTX", "The province has 170 cooperatives": had by the province,
    // in a sentence naming no year but a law's.
    let has = |f: &Found| {
        let at = folded.from_orig(f.pos);
        f.section == Section::Figures
            && STOCKS.contains(&f.key)
            && province_has(&folded, &seg, at, table, region)
            && !dated(seg.sentence(at))
    };
    // "với 783 HTX nông nghiệp đang hoạt động": said now right after the count and its
    // noun (before another number), in a sentence naming no year but a law's.
    let now_after = |f: &Found| {
        let at = folded.from_orig(f.pos);
        let sentence = seg.sentence(at);
        let next = folded.words(at..seg.clause(at).end);
        let end = next
            .iter()
            .skip(1)
            .take(6)
            .take_while(|w| !folded.text[w.start..].starts_with(|c: char| c.is_ascii_digit()))
            .last()
            .map_or(at, |w| w.end);
        f.section == Section::Figures
            && STOCKS.contains(&f.key)
            && folded.has_any(&import.now_after, at..end)
            && !dated(sentence.clone())
            && !folded.has_any(&since, sentence)
    };
    let kept: Vec<bool> = found
        .iter()
        .map(|f| f.doubt.is_none() && (said_now(f) || average_now(f) || has(f) || now_after(f)))
        .collect();
    let listed = listed_after(found, &kept, &folded, &seg, &since);
    for ((f, k), l) in found.iter_mut().zip(kept).zip(listed) {
        if f.doubt.is_none() && !k && !l {
            f.doubt = Some(OF_NO_KNOWN_YEAR.into());
        }
    }
}

/// "The whole province has 581 cooperatives …, including more than 400 agricultural
/// cooperatives", "còn có khoảng 1.300 tổ hợp tác, thu hút khoảng 39 nghìn thành viên":
/// which of the `found` are counts listed after a `kept` one in their sentence or in the
/// next sentence of its line ("Hiện nay toàn tỉnh có 412 HTX. Trong đó, lĩnh vực nông
/// nghiệp có 280 HTX"), with no year or span since one (`since`) between them: of the
/// same day. Not when a year or a span since one follows it in its sentence ("The province
/// has had 345 cooperatives since 2016").
fn listed_after(
    found: &[Found],
    kept: &[bool],
    folded: &Folded,
    seg: &Segments,
    since: &[String],
) -> Vec<bool> {
    let anchors: Vec<usize> = found
        .iter()
        .zip(kept)
        .filter(|(f, k)| **k && STOCKS.contains(&f.key))
        .map(|(f, _)| folded.from_orig(f.pos))
        .collect();
    // The sentence of `at`, or the one right after it in its line.
    let near = |k: usize, at: usize| {
        let (first, then) = (seg.sentence(k), seg.sentence(at));
        first == then
            || (first.end <= then.start
                && folded.text[first.end..then.start].trim().is_empty()
                && !folded.text[k..at].contains('\n'))
    };
    let listed = |f: &Found| {
        let at = folded.from_orig(f.pos);
        f.section == Section::Figures
            && STOCKS.contains(&f.key)
            && anchors.iter().any(|&k| {
                // From the kept count to the end of this one's sentence.
                let span = k..seg.sentence(at).end;
                k < at
                    && near(k, at)
                    && when::all_years(&folded.text[span.clone()]).is_empty()
                    && !folded.has_any(since, span)
            })
    };
    found.iter().map(listed).collect()
}

/// A count right after the province, its noun or its name, and a word of having it
/// (`import.province_has`), an approximation between ("toàn tỉnh có 412 HTX", "thành phố
/// Cần Thơ còn có khoảng 1.300 tổ hợp tác", "Ha Giang has 370 cooperatives"): what the
/// province has, said of the day the text is written. Not a part of a list ("trong đó 280
/// HTX nông nghiệp"), a body's ("Liên minh có"), provinces' ("the 12 provinces have").
fn province_has(
    folded: &Folded,
    seg: &Segments,
    at: usize,
    table: &LangTable,
    region: &str,
) -> bool {
    let clause = seg.clause(at);
    let ranges = folded.words(clause.start..at);
    let words: Vec<String> = ranges
        .iter()
        .map(|w| folded.text[w.clone()].into())
        .collect();
    // Whether the phrase `p` ends right before the `n`th word.
    let ends = |n: usize, p: &[String]| n >= p.len() && matches_at(&words, n - p.len(), p);
    let mut n = words.len();
    while let Some(a) = table.money.approx.iter().find(|a| ends(n, a)) {
        n -= a.len();
    }
    // The longest that ends there: "còn có" before "có".
    let Some(verb) = table
        .import
        .province_has
        .iter()
        .map(|h| h.split(' ').map(String::from).collect::<Vec<String>>())
        .filter(|h| ends(n, h))
        .map(|h| h.len())
        .max()
    else {
        return false;
    };
    n -= verb;
    // Its noun compared as written ("tỉnh", not "tính"), its name folded.
    let noun = table.import.province_noun.iter().any(|p| {
        let k = p.split(' ').count();
        n >= k && {
            let from = ranges[n - k].start;
            folded.orig_of(from..ranges[n - 1].end).to_lowercase() == *p
        }
    });
    let name: Vec<String> = region
        .split_whitespace()
        .map(crate::lang_tables::fold)
        .collect();
    noun || (!name.is_empty() && ends(n, &name))
}

#[cfg(test)]
mod tests {
    use super::{leave_out, listed, years_named};
    use crate::figure_table::{
        AGRICULTURAL, GROUPS, GROUP_MEMBERS, INCOME, NEW, PROFIT, REVENUE, TOTAL,
    };
    use crate::import::found::{Found, Section, Val};
    use crate::import::patterns::Lang;

    /// Which of the figures (the number as written, its key) of a text that does not
    /// say which year it reviews are written: those `leave_out` leaves undoubted.
    fn kept(body: &str, lang: Lang, figures: &[(&str, &'static str)]) -> Vec<&'static str> {
        let mut found: Vec<Found> = figures
            .iter()
            .map(|&(number, key)| Found {
                section: Section::Figures,
                key,
                val: Val::Count(1),
                quote: String::new(),
                strong: true,
                pos: body.find(number).expect("the number is in the text"),
                doubt: None,
            })
            .collect();
        leave_out(&mut found, body, lang, "Yên Bái");
        found
            .iter()
            .filter(|f| f.doubt.is_none())
            .map(|f| f.key)
            .collect()
    }

    #[test]
    fn a_count_the_sentence_says_is_now_is_kept() {
        let vi = "Tỉnh có Kế hoạch giai đoạn 2021-2025. Hiện nay, toàn tỉnh có 412 HTX, \
                  trong đó 280 HTX nông nghiệp. Hiện, toàn tỉnh có 96 tổ hợp tác. \
                  Tỉnh đang có 97 tổ hợp tác.";
        assert_eq!(
            kept(
                vi,
                Lang::Vi,
                &[("412", TOTAL), ("280", AGRICULTURAL), ("96", GROUPS)]
            ),
            [TOTAL, AGRICULTURAL, GROUPS]
        );
        assert_eq!(kept(vi, Lang::Vi, &[("97", GROUPS)]), [GROUPS]);
        let en = "Under the 2012 law, a cooperative has seven members. The province currently \
                  has 412 cooperatives, 280 of them in agriculture.";
        assert_eq!(
            kept(en, Lang::En, &[("412", TOTAL), ("280", AGRICULTURAL)]),
            [TOTAL, AGRICULTURAL]
        );
    }

    #[test]
    fn a_count_of_no_day_a_span_since_a_year_or_a_period_is_left_out() {
        // No word of now before it, or only after it, and not had by the province;
        // "thực hiện" is no "hiện".
        let vi = "Năm 2016, HTX Đồng Tâm ra đời. Số HTX là 412. Thực hiện Kế hoạch, \
                  280 HTX nông nghiệp đến nay.";
        assert!(kept(vi, Lang::Vi, &[("412", TOTAL), ("280", AGRICULTURAL)]).is_empty());
        // Counted since a year; new cooperatives are of a period, and so is an income
        // after a span since a year.
        let vi = "Từ năm 2013 đến nay, toàn tỉnh có 168 HTX, thu nhập bình quân 58 triệu \
                  đồng. Hiện nay, toàn tỉnh thành lập mới 35 HTX.";
        assert!(kept(vi, Lang::Vi, &[("168", TOTAL), ("35", NEW), ("58", INCOME)]).is_empty());
        let en = "Since 2013 the province has set up 168 cooperatives and now has 412. Founded \
                  in 2016, the Dong Tam cooperative has 280 members. There are 96 groups.";
        assert!(kept(en, Lang::En, &[("412", TOTAL), ("96", GROUPS)]).is_empty());
    }

    #[test]
    fn an_average_after_a_word_of_now_in_its_line_is_kept() {
        // In the count's line, or in a line of its own that says now.
        let vi = "Theo Đề án giai đoạn 2021-2025, tỉnh hỗ trợ HTX. Hiện nay toàn tỉnh có 230 \
                  HTX. Doanh thu bình quân đạt 1,8 tỷ đồng/năm, lãi bình quân 210 triệu đồng.\n\
                  Thu nhập bình quân của người lao động hiện đạt 51 triệu đồng/người/năm.";
        assert_eq!(
            kept(
                vi,
                Lang::Vi,
                &[("1,8", REVENUE), ("210", PROFIT), ("51", INCOME)]
            ),
            [REVENUE, PROFIT, INCOME]
        );
        let en = "Under the 2012 law, it was founded. The province currently has 230 \
                  cooperatives. Their average annual revenue is 1.8 billion VND.";
        assert_eq!(kept(en, Lang::En, &[("1.8", REVENUE)]), [REVENUE]);
    }

    #[test]
    fn an_average_of_another_line_a_year_or_a_quote_is_left_out() {
        // The word of now is in another line; a year, or a span since one, stands
        // between; a person's words in quotes.
        let vi = "Hiện nay toàn tỉnh có 230 HTX.\nDoanh thu bình quân đạt 1,8 tỷ đồng/năm. \
                  Hiện nay, riêng năm 2019 lãi bình quân 210 triệu đồng. Hiện có nhiều HTX, \
                  từ năm 2016 thu nhập bình quân 51 triệu đồng/người/năm.";
        assert!(kept(
            vi,
            Lang::Vi,
            &[("1,8", REVENUE), ("210", PROFIT), ("51", INCOME)]
        )
        .is_empty());
        let en = "The province now has 230 cooperatives. \"In the past we earned little. Now, \
                  we make an average profit of 3 million VND,\" he said.";
        assert!(kept(en, Lang::En, &[("3 million", PROFIT)]).is_empty());
        // "thực hiện" is no word of now.
        let vi = "Thực hiện Đề án 2021-2025, doanh thu bình quân đạt 1,8 tỷ đồng/năm.";
        assert!(kept(vi, Lang::Vi, &[("1,8", REVENUE)]).is_empty());
    }

    #[test]
    fn a_count_the_province_has_in_a_sentence_naming_no_year_is_kept() {
        // The province's noun or name, a word of having, an approximation.
        let vi = "Theo Luật HTX năm 2012, HTX phải có 7 thành viên. Toàn tỉnh có 412 HTX. \
                  Tỉnh Yên Bái còn có khoảng 96 tổ hợp tác.";
        assert_eq!(
            kept(vi, Lang::Vi, &[("412", TOTAL), ("96", GROUPS)]),
            [TOTAL, GROUPS]
        );
        let en = "Under the 2012 law, a cooperative has seven members. The province has \
                  412 cooperatives. Yen Bai also has more than 96 cooperative groups.";
        assert_eq!(
            kept(en, Lang::En, &[("412", TOTAL), ("96", GROUPS)]),
            [TOTAL, GROUPS]
        );
    }

    #[test]
    fn a_count_had_by_another_or_in_a_sentence_naming_a_year_is_left_out() {
        // A year in the sentence; a cooperative's, provinces', a plan's ("tỉnh hỗ trợ …
        // có"); "tính" is no province.
        let vi = "Năm 2016, toàn tỉnh có 412 HTX. HTX Đồng Tâm có 96 tổ hợp tác. Tỉnh hỗ \
                  trợ để có 280 HTX nông nghiệp. Số tính có 35 HTX.";
        assert!(kept(
            vi,
            Lang::Vi,
            &[
                ("412", TOTAL),
                ("96", GROUPS),
                ("280", AGRICULTURAL),
                ("35", TOTAL)
            ]
        )
        .is_empty());
        let en = "In 2016 the province had 412 cooperatives. Can Tho and the 12 provinces \
                  have 1,300 cooperatives. The Dong Tam cooperative has 96 groups.";
        assert!(kept(
            en,
            Lang::En,
            &[("412", TOTAL), ("1,300", TOTAL), ("96", GROUPS)]
        )
        .is_empty());
    }

    #[test]
    fn a_count_listed_after_a_kept_one_in_its_sentence_is_kept() {
        // A part ("gồm", "including") or the members of groups, after a count of now or
        // one the province has, with no year between.
        let vi = "Theo Luật HTX năm 2012, HTX phải có 7 thành viên. Tỉnh Yên Bái có 96 tổ \
                  hợp tác, thu hút 1.200 thành viên. Hiện nay toàn tỉnh có 412 HTX, gồm 280 \
                  HTX nông nghiệp.";
        let figures = [
            ("96", GROUPS),
            ("1.200", GROUP_MEMBERS),
            ("412", TOTAL),
            ("280", AGRICULTURAL),
        ];
        assert_eq!(
            kept(vi, Lang::Vi, &figures),
            [GROUPS, GROUP_MEMBERS, TOTAL, AGRICULTURAL]
        );
        let en = "Under the 2012 law, a cooperative has seven members. The province has 412 \
                  cooperatives with 9,000 members, including more than 280 agricultural \
                  cooperatives.";
        assert_eq!(
            kept(en, Lang::En, &[("412", TOTAL), ("280", AGRICULTURAL)]),
            [TOTAL, AGRICULTURAL]
        );
    }

    #[test]
    fn a_count_in_another_line_after_no_kept_one_or_a_span_is_left_out() {
        // In the next line; after a count that is not kept (no word of now, not the
        // province's); a span since a year between the kept count and it.
        let vi = "Tỉnh có 96 tổ hợp tác.\nThu hút 1.200 thành viên. Xã có 35 tổ hợp tác và 90 \
                  HTX nông nghiệp.";
        let figures = [
            ("96", GROUPS),
            ("1.200", GROUP_MEMBERS),
            ("35", GROUPS),
            ("90", AGRICULTURAL),
        ];
        assert_eq!(kept(vi, Lang::Vi, &figures), [GROUPS]);
        let en = "The province now has 412 cooperatives, and since 2013 it has had 280 \
                  agricultural ones. The village has 96 groups with 1,200 members.";
        let figures = [
            ("412", TOTAL),
            ("280", AGRICULTURAL),
            ("96", GROUPS),
            ("1,200", GROUP_MEMBERS),
        ];
        assert_eq!(kept(en, Lang::En, &figures), [TOTAL]);
    }

    #[test]
    fn a_count_in_the_sentence_after_a_kept_one_in_its_line_is_kept() {
        // "Trong đó", "Of these": the next sentence goes on with the count of now. Not
        // in the next line, nor two sentences on, nor past a year.
        let vi = "Hiện nay toàn tỉnh có 412 HTX. Trong đó, lĩnh vực nông nghiệp có 280 HTX. \
                  Xã Đồng Tâm có 35 HTX.\nLĩnh vực nông nghiệp có 90 HTX. Toàn tỉnh có 96 tổ \
                  hợp tác. Năm 2016 thu hút 1.200 thành viên.";
        let figures = [
            ("412", TOTAL),
            ("280", AGRICULTURAL),
            ("35", TOTAL),
            ("90", AGRICULTURAL),
            ("96", GROUPS),
            ("1.200", GROUP_MEMBERS),
        ];
        assert_eq!(kept(vi, Lang::Vi, &figures), [TOTAL, AGRICULTURAL, GROUPS]);
        let en = "The province now has 412 cooperatives. Of these, 280 work in agriculture. \
                  A commune has 35 cooperatives.\nThere are 90 agricultural cooperatives.";
        let figures = [
            ("412", TOTAL),
            ("280", AGRICULTURAL),
            ("35", TOTAL),
            ("90", AGRICULTURAL),
        ];
        assert_eq!(kept(en, Lang::En, &figures), [TOTAL, AGRICULTURAL]);
    }

    #[test]
    fn a_count_of_the_provinces_said_with_its_possessive_is_kept() {
        // "the province's", "Yen Bai’s" (either apostrophe); not a cooperative's, nor
        // in a sentence naming a year.
        let en = "Under the 2012 law, it was founded. Most of the province's 412 cooperatives \
                  are small. Yen Bai’s 96 cooperative groups work well.\nThe cooperative's \
                  280 members farm. The province's 35 groups of 2016 closed.";
        let figures = [
            ("412", TOTAL),
            ("96", GROUPS),
            ("280", GROUP_MEMBERS),
            ("35", GROUPS),
        ];
        assert_eq!(kept(en, Lang::En, &figures), [TOTAL, GROUPS]);
    }

    #[test]
    fn a_count_said_to_operate_now_right_after_it_is_kept() {
        // Right after the count and its noun; not after another number, nor in a
        // sentence naming a year.
        let vi = "Tỉnh đứng thứ 3 cả nước với 412 HTX nông nghiệp đang hoạt động.\nXã có 96 \
                  tổ hợp tác, 35 tổ hợp tác đang hoạt động. Năm 2016 có 280 HTX đang hoạt động.";
        let figures = [("412", AGRICULTURAL), ("96", GROUPS), ("280", TOTAL)];
        assert_eq!(kept(vi, Lang::Vi, &figures), [AGRICULTURAL]);
        let en = "It ranks third with 412 cooperatives currently operating. In 2016, 280 \
                  cooperatives were now operating.";
        assert_eq!(
            kept(en, Lang::En, &[("412", TOTAL), ("280", TOTAL)]),
            [TOTAL]
        );
    }

    #[test]
    fn a_count_the_province_has_under_a_law_of_a_year_is_kept() {
        // The law's year is its name; another year in the sentence is a time.
        let vi = "Toàn tỉnh có 412 HTX hoạt động theo Luật HTX năm 2012. Năm 2016, toàn \
                  tỉnh có 96 tổ hợp tác theo Luật HTX năm 2012.";
        assert_eq!(
            kept(vi, Lang::Vi, &[("412", TOTAL), ("96", GROUPS)]),
            [TOTAL]
        );
        let en = "The province has 412 cooperatives under the 2012 Law on Cooperatives. The \
                  province has 96 groups, up from 80 in 2016.";
        assert_eq!(
            kept(en, Lang::En, &[("412", TOTAL), ("96", GROUPS)]),
            [TOTAL]
        );
        let fr = "La province compte 412 coopératives, dont 300 converties selon la loi de \
                  2012.";
        assert_eq!(kept(fr, Lang::Fr, &[("412", TOTAL)]), [TOTAL]);
    }

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
