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
use crate::lang_tables::{matches_at, starts_with_digit, LangTable};

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
        // The last word of now before it, looked for from the average back: a phrase
        // of now starting at the word and ending before the average, or a word of now
        // opening its clause.
        let last_now = (folded.words(line.clone()).into_iter().rev())
            .find(|w| folded.starts_with_any(&now, w.start..at) || opens_clause(w.clone()));
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
            .take_while(|w| !starts_with_digit(&folded.text[w.start..]))
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
mod tests;
