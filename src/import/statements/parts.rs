//! Why a statement of the year is not the province's figure: a part of a whole the
//! text states ("of which", "each", "a/b", counts adding up to another), an average of
//! some cooperatives only. Each gives the
//! doubt `import` writes beside the figure it leaves out.

use crate::content::reader::{Statement, TimeRole, Unit};
use crate::figure_table::{
    is_cooperatives_count, is_kind_count, is_money_average, GROUPS, GROUP_MEMBERS, NEW, TOTAL,
};
use crate::lang_tables::{aside_close, phrase, starts_with_digit, LangTable, Phrase, ASIDE_WORDS};
pub(super) use crate::lang_tables::{first_phrase_at, has_phrase, matches_at};
use crate::meaning::{Measure, Qualifier};

/// "485 cooperatives … 405 are operating", "334 active cooperatives": a count of the
/// cooperatives in operation, when the text gives a larger total for the year without
/// those words, is a part of it.
pub(super) fn in_operation(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if key != TOTAL || !operating(body, s, table) {
        return None;
    }
    if let Some(whole) = larger_total(body, all, s, table) {
        return Some(format!(
            "a count of those in operation; the text gives {} as all of them",
            whole.value
        ));
    }
    // "Toàn tỉnh hiện có 270 HTX đang hoạt động, 128 HTX ngừng hoạt động", "250
    // cooperatives in operation, 95 cooperatives have stopped operating": listed beside
    // those that are not in operation, it is one of two parts of a total not written.
    let idle = all.iter().find(|o| {
        o.sentence == s.sentence
            && o.counts_cooperatives()
            && o.qualifier == Some(Qualifier::Inactive)
    })?;
    Some(format!(
        "a count of those in operation, listed beside {} that are not: a part",
        idle.value
    ))
}

/// A count of all the cooperatives in the year under review, of no kind and not said of
/// those in operation, larger than `than`: the whole that a count of some of them
/// (those in operation, of one kind) is a part of.
pub(super) fn larger_total<'a>(
    body: &str,
    all: &'a [Statement],
    than: &Statement,
    table: &LangTable,
) -> Option<&'a Statement> {
    all.iter().find(|o| {
        o.time == TimeRole::Review
            && o.unit == Unit::Count
            && o.measure == Some(Measure::Cooperatives)
            && o.qualifier.is_none()
            && o.value > than.value
            && !operating(body, o, table)
    })
}

/// Words of cooperatives in operation stand next to the number (up to four words
/// before it or after it, in its clause).
pub(super) fn operating(body: &str, s: &Statement, table: &LangTable) -> bool {
    let before = phrase(&body[s.sentence.start..s.span.start]);
    let from = before.iter().rposition(|w| stop(w)).map_or(0, |i| i + 1);
    let before = &before[from.max(before.len().saturating_sub(4))..];
    let after = phrase(&body[s.span.end..s.sentence.end]);
    let to = after
        .iter()
        .position(|w| stop(w))
        .unwrap_or(after.len())
        .min(5);
    has_phrase(before, &table.operating) || has_phrase(&after[..to], &table.operating)
}

/// An average of some cooperatives only ("thu nhập bình quân … ở HTX nông nghiệp đạt
/// 2,8 triệu"), or the members of some cooperative groups only ("tổ viên tham gia tổ
/// hợp tác nông nghiệp là 49.768"): not the province's.
///
/// An average after a count of all cooperatives in its sentence is theirs whatever kind
/// was named before that count ("… có số HTX thành lập mới … cao trên toàn quốc với 518
/// HTX đang hoạt động, …, doanh thu bình quân đạt 650 triệu đồng/HTX/năm").
pub(super) fn of_a_kind(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    let whose = match key {
        key if is_money_average(key) => Measure::Cooperatives,
        GROUP_MEMBERS => Measure::CooperativeGroups,
        _ => return None,
    };
    let all_of_them = all[..k]
        .iter()
        .rev()
        .take_while(|o| o.sentence == s.sentence)
        .find(|o| {
            o.unit == Unit::Count
                && o.measure == Some(Measure::Cooperatives)
                && o.qualifier.is_none()
        });
    let start = match all_of_them {
        Some(o) if whose == Measure::Cooperatives => o.span.end,
        _ => s.sentence.start,
    };
    let lead = phrase(&body[start..s.span.start]);
    let kind = |i: usize| {
        table
            .qualifiers
            .iter()
            .any(|(_, l)| l.iter().any(|p| matches_at(&lead, i, p)))
    };
    let noun = |i: usize, measure: Measure| {
        table
            .nouns
            .iter()
            .filter(|(m, _)| *m == measure)
            .any(|(_, l)| l.iter().any(|p| matches_at(&lead, i, p)))
    };
    // The members' own noun before the groups' ("members of agricultural groups"), not
    // a count of groups of a kind before the members of all ("1.409 tổ hợp tác nông
    // nghiệp và phi nông nghiệp, tập hợp trên 54.800 thành viên").
    let from = match whose {
        Measure::CooperativeGroups => (0..lead.len()).find(|&i| noun(i, Measure::Members))?,
        _ => 0,
    };
    // The kind right after the noun, no number between ("cooperatives and 504
    // non-agricultural ones" names two counts, not an average's cooperatives).
    let number = |i: usize| starts_with_digit(&lead[i]);
    let after = |i: usize| {
        (i + 1..lead.len().min(i + 4))
            .take_while(|&j| !number(j))
            .any(kind)
    };
    // In English the kind stands before the groups' noun ("agricultural cooperative
    // groups").
    let before = |i: usize| whose == Measure::CooperativeGroups && i > from && kind(i - 1);
    (from..lead.len())
        .any(|i| noun(i, whose) && (after(i) || before(i)))
        .then(|| match whose {
            Measure::CooperativeGroups => "they are the members of some groups only".to_string(),
            _ => "it is the average of some cooperatives only".to_string(),
        })
}

/// "8 new agricultural cooperatives": a count of two kinds is a part of those of
/// either kind, not all the new or all the agricultural ones.
pub(super) fn two_kinds(s: &Statement, key: &str) -> Option<String> {
    let (q, also) = (s.qualifier?, s.also?);
    is_kind_count(key).then(|| {
        format!(
            "it counts {} {} cooperatives, a part of either",
            q.words(),
            also.words()
        )
    })
}

/// "2 cooperatives each", "the remaining 7 cooperatives", "7 HTX còn lại": a word of a
/// part next to a count (two words before it, or four after it in its clause).
pub(super) fn a_part(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    // "In Khanh Vinh District, there are 10 cooperatives": a district's, of any unit.
    if let Some(why) = crate::import::district::named_before(body, s, table)
        .or_else(|| crate::import::district::in_its_area(body, s, table))
    {
        return Some(why);
    }
    if s.unit != Unit::Count {
        return None;
    }
    let before = phrase(&body[s.sentence.start..s.span.start]);
    let before = &before[before.len().saturating_sub(2)..];
    let after = phrase(&body[s.span.end..s.sentence.end]);
    let stop = after.iter().position(|w| stop(w)).unwrap_or(after.len());
    let after = &after[..stop.min(4)];
    // "6 cooperatives in Nghia Dan district", "3 HTX của thị xã Buôn Hồ": a district's.
    let district = || crate::import::district::word_after(&body[s.span.end..s.sentence.end], table);
    first_phrase(before, &table.parts)
        .or_else(|| first_phrase(after, &table.parts))
        .map(|p| format!("\"{}\" makes it a part", p.join(" ")))
        .or_else(|| district().map(|d| format!("\"{d}\": a district's count, a part")))
}

/// "63 agricultural cooperatives applying high technology", "hỗ trợ 15 HTX": a count
/// of cooperatives doing something (words of `doing` up to seven words after it in its
/// clause) or something was done for (words of `done_to` up to four words before it)
/// is those cooperatives, a part.
pub(super) fn acting(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if s.unit != Unit::Count || !(is_cooperatives_count(key) || key == GROUPS) {
        return None;
    }
    let (mut before, after) = (clause_before(body, s), clause_after(body, s));
    // "hỗ trợ xây dựng 91 hợp tác xã …, 9 hợp tác xã mở cửa hàng": the next count of
    // a list, right after its comma or "and", is what the first one's words say.
    let and = |ws: &[String]| ws.iter().all(|w| table.money.and.contains(w));
    if and(&before) {
        if let Some(prev) = k
            .checked_sub(1)
            .map(|p| &all[p])
            .filter(|p| p.sentence == s.sentence && p.unit == Unit::Count)
        {
            before = clause_before(body, prev);
        }
    }
    let before = &before[before.len().saturating_sub(4)..];
    // "Có 12 hợp tác xã và 4 tổ hợp tác tham gia chương trình OCOP": what is said
    // after a list's last count is said of each count of the list.
    let number = |w: &String| starts_with_digit(w);
    // "10 cooperatives and one working group have been given codes": a body's noun
    // after one word of how many, written in words.
    let body = |i: usize| {
        let bodies = table
            .nouns
            .iter()
            .filter(|(m, _)| matches!(m, Measure::CooperativeGroups | Measure::Federations));
        bodies
            .flat_map(|(_, l)| l.iter())
            .chain(&table.other_bodies)
            .any(|p| matches_at(&after, i, p))
    };
    let listed = (0..after.len().min(5)).find(|&j| {
        table.money.and.contains(&after[j]) && (after.get(j + 1).is_some_and(number) || body(j + 2))
    });
    let after = &after[..after.len().min(listed.map_or(7, |j| j + 9))];
    // "kết nối tiêu thụ sản phẩm cho 122 HTX": right before the count (and its word of
    // about), the word of those something is done for.
    let mut tail = before;
    if let Some(a) = table.money.approx.iter().find(|a| tail.ends_with(a)) {
        tail = &tail[..tail.len() - a.len()];
    }
    first_phrase(after, &table.doing)
        .or_else(|| first_phrase(before, &table.done_to))
        .or_else(|| table.done_for.iter().find(|p| tail.ends_with(p)))
        .map(|p| {
            format!(
                "\"{}\" makes it the cooperatives that do so, a part",
                p.join(" ")
            )
        })
}

/// "lợi nhuận bình quân 1 HTX", "per 1 cooperative": one cooperative right after a word
/// of an average or of "per" is the unit of an average, not a count.
pub(super) fn unit_of_average(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    if s.unit != Unit::Count || s.value != 1.0 {
        return None;
    }
    let mut before = clause_before(body, s);
    // "lãi bình quân của 1 HTX": the word of whose between them.
    if before
        .last()
        .is_some_and(|w| table.owned_by.iter().any(|p| p.len() == 1 && p[0] == *w))
    {
        before.pop();
    }
    let last = before.last()?;
    // A phrase of an average of up to three words ends the clause before it.
    let average = table
        .average
        .iter()
        .any(|p| (1..=3).contains(&p.len()) && before.ends_with(p));
    (average || table.money.connectors.contains(last))
        .then(|| "one cooperative after a word of an average is its unit".to_string())
}

/// The first phrase of `list` standing in the folded words `ws`.
pub(super) fn first_phrase<'a>(ws: &[String], list: &'a [Phrase]) -> Option<&'a Phrase> {
    first_phrase_at(ws, list).map(|(_, p)| p)
}

/// "Mỗi năm … thành lập mới 25 HTX", "30 new co-operatives a year": a count said of
/// each year of a term is an aim or an average over it, not the year's.
pub(super) fn every_year(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    if s.unit != Unit::Count {
        return None;
    }
    let before = phrase(&body[s.sentence.start..s.span.start]);
    let after = clause_after(body, s);
    let after = &after[..after.len().min(5)];
    (has_phrase(&before, &table.time.every_year) || has_phrase(after, &table.time.every_year))
        .then(|| "it is said of each year of a term, not of the year under review".to_string())
}

/// The folded words of the number's clause before it.
pub(super) fn clause_before(body: &str, s: &Statement) -> Vec<String> {
    let mut before = phrase(&body[s.sentence.start..s.span.start]);
    if let Some(i) = before.iter().rposition(|w| stop(w)) {
        before.drain(..=i);
    }
    before
}

/// The folded words of the number's clause after it. An aside of a few words without a
/// number, the abbreviation a text glosses its noun with the first time ("3 hợp tác xã
/// (HTX) do phụ nữ làm chủ", "12 cooperatives (co-ops) run by women"), does not end the
/// clause: its words are left out, what follows it is still the count's.
pub(super) fn clause_after(body: &str, s: &Statement) -> Vec<String> {
    let ws = phrase(&body[s.span.end..s.sentence.end]);
    let mut after = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if let Some(close) = aside_close(&ws, i, ASIDE_WORDS, |j| starts_with_digit(&ws[j])) {
            i = close + 1;
            continue;
        }
        if stop(&ws[i]) {
            break;
        }
        after.push(ws[i].clone());
        i += 1;
    }
    after
}

/// "139 HTX … hoạt động có hiệu quả, trong đó 75 HTX … nông nghiệp và 64 HTX … phi
/// nông nghiệp": counts after a count of another kind in their sentence that add up to
/// it are a breakdown of it, not the province's.
pub(super) fn summed_into(body: &str, all: &[Statement], k: usize, key: &str) -> Option<String> {
    if !is_cooperatives_count(key) {
        return None;
    }
    let s = &all[k];
    let same: Vec<usize> = (0..all.len())
        .filter(|&i| all[i].sentence == s.sentence && all[i].unit == Unit::Count)
        .collect();
    let p = same.iter().position(|&i| i == k)?;
    for (a, &ei) in same[..p].iter().enumerate() {
        // "139/143 HTX … hoạt động có hiệu quả": the part is what the whole's words say.
        let e = match all.get(ei + 1) {
            Some(w) if all[ei].measure.is_none() && after_slash(body, w) => Statement {
                value: all[ei].value,
                ..w.clone()
            },
            _ => all[ei].clone(),
        };
        // A breakdown of all cooperatives gives the province's kinds ("630
        // cooperatives, of which, agricultural cooperatives were 409 … 221").
        // A count of all of them that adds up to any count is a part of it ("(10
        // cooperatives are classified as good; … the remaining 7 cooperatives …)").
        let kind = key != TOTAL;
        if e.measure != Some(Measure::Cooperatives)
            || (kind && (e.qualifier.is_none() || e.qualifier == s.qualifier))
        {
            continue;
        }
        // Windows of two or more counts after it that hold this one.
        for from in a + 1..=p {
            let mut sum = 0.0;
            for (to, &oi) in same.iter().enumerate().skip(from) {
                sum += all[oi].value;
                if to >= p && to > from && (sum - e.value).abs() < 0.5 {
                    return Some(format!(
                        "with the counts beside it, it adds up to {}",
                        e.value
                    ));
                }
                if sum > e.value {
                    break;
                }
            }
        }
    }
    None
}

/// "… có 220 hợp tác xã (HTX) hoạt động trong lĩnh vực nông nghiệp, trong đó 29 HTX
/// ngưng hoạt động và 191 HTX hoạt động. … Phân theo lĩnh vực, 191 HTX đang hoạt động
/// gồm …": a count of all cooperatives the text has shown, in another sentence, to add
/// up with others to a larger count ([`summed_into`]) is that part again, not all of
/// them.
pub(super) fn shown_a_part(body: &str, all: &[Statement], k: usize, key: &str) -> Option<String> {
    if key != TOTAL || all[k].unit != Unit::Count {
        return None;
    }
    let s = &all[k];
    (0..all.len())
        .filter(|&j| {
            j != k
                && all[j].sentence != s.sentence
                && all[j].unit == Unit::Count
                && (all[j].value - s.value).abs() < 0.5
        })
        .find_map(|j| summed_into(body, all, j, TOTAL))
        .map(|why| format!("shown elsewhere to be a part: {why}"))
}

/// How far after the sentence of new ones one that starts "Trong đó" may stand.
const NEXT_TO: usize = 240;

/// "11 HTX được thành lập mới, trong đó có 8 HTX nông nghiệp": a count of which
/// cooperatives after a count of new ones in its sentence, and smaller, is a part of
/// the new ones, not the province's; so is a count of cooperatives of no kind the
/// table knows ("18 HTX thành lập mới, trong đó có: 8 HTX kinh doanh tổng hợp",
/// "17 new cooperatives including 1 construction cooperative"), and one in a sentence
/// that starts with a word of those among them, right after the new ones ("… thành
/// lập mới 15 HTX. Trong đó có 9 HTX nông nghiệp, 5 HTX vận tải"), or right after a
/// larger count of cooperatives of no kind ("… có 322 HTX và Quỹ tín dụng nhân dân.
/// Trong đó, có 259 HTX …", "… 485 cooperatives. Of which 405 cooperatives …").
/// That count must be of all of them, unlike the one `lists::among_a_count` finds in the
/// count's own sentence, which may be of a kind: a count of a kind a sentence before
/// is no whole of a count of all (allowing it leaves out blind11's right 244
/// agricultural cooperatives in vi_ha-giang_2017-agri); see there.
pub(super) fn part_of_new(
    body: &str,
    all: &[Statement],
    k: usize,
    key: &str,
    table: &LangTable,
) -> Option<String> {
    let s = &all[k];
    if !is_cooperatives_count(key) {
        return None;
    }
    let new = |o: &&Statement| {
        o.measure == Some(Measure::Cooperatives) && o.qualifier == Some(Qualifier::New)
    };
    // "In the 2020-2025 term, 51 new cooperatives …, and in the first 6 months of 2023,
    // an additional 8": a term's new ones hold no count of the year.
    let of_a_term = |o: &&Statement| matches!(o.time, TimeRole::Span(..)) && o.time != s.time;
    let mine = all[..k]
        .iter()
        .rev()
        .take_while(|o| o.sentence == s.sentence)
        .find(|o| new(o) && !of_a_term(o));
    let before = count_before_among(body, all, k, table);
    let Some(new) = mine.or_else(|| before.filter(new)) else {
        return (key == TOTAL).then_some(before?).and_then(|prev| {
            let whole = all.iter().find(|o| {
                o.sentence == prev.sentence
                    && o.unit == Unit::Count
                    && o.measure == Some(Measure::Cooperatives)
                    && o.qualifier.is_none()
                    && o.value > s.value
            })?;
            Some(format!(
                "a part of the {} cooperatives before it",
                whole.value
            ))
        });
    };
    // "Trong hơn 240 HTX thành lập …, hiện có gần 160 HTX …": a count of now is of all.
    if has_phrase(&clause_before(body, s), &table.time.now) {
        return None;
    }
    // "12 new cooperatives …, of which Cao Phong … 2 cooperatives each": a smaller count
    // of new ones after it is a part of them too.
    (new.value >= s.value && (key != NEW || new.value > s.value))
        .then(|| format!("a part of the {} new cooperatives before it", new.value))
}

/// The last count before statement `k` in another sentence, when `k`'s sentence starts
/// with a word of those among them ("Trong đó", "Of which") and stands right after it:
/// nothing between but a line without numbers (a photo's caption on a news page). A
/// year before `k` in its sentence starts another time ("trong đó chỉ có 8 HTX …, thì
/// đến cuối năm 2021, Bình Định có … 250 hợp tác xã"): not among them.
pub(super) fn count_before_among<'a>(
    body: &str,
    all: &'a [Statement],
    k: usize,
    table: &LangTable,
) -> Option<&'a Statement> {
    let s = &all[k];
    let lead = phrase(&body[s.sentence.start..s.span.start]);
    // "Of these, 426 …", "Parmi celles-ci, …": the words of those among them too.
    let among = table
        .time
        .breaks
        .iter()
        .filter(|p| p.len() > 1)
        .chain(&table.units);
    if !among.clone().any(|p| matches_at(&lead, 0, p)) || lead.iter().any(|w| a_year(w)) {
        return None;
    }
    let prev = all[..k]
        .iter()
        .rev()
        .find(|o| o.sentence != s.sentence && o.unit == Unit::Count)?;
    let back = &body[prev.sentence.end.min(s.sentence.start)..s.sentence.start];
    (back.len() < NEXT_TO && !back.contains(|c: char| c.is_ascii_digit())).then_some(prev)
}

/// The number is the second of "a/b".
pub(super) fn after_slash(body: &str, s: &Statement) -> bool {
    let before = &body.as_bytes()[..s.span.start];
    before.len() >= 2
        && before[before.len() - 1] == b'/'
        && before[before.len() - 2].is_ascii_digit()
}

/// The punctuation that ends the clause a part's or an operating count's words stay in.
pub(super) fn stop(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "(" | ")")
}

/// "287 hợp tác xã, liên hiệp hợp tác xã và quỹ tín dụng", "86 HTX, tổ hợp tác", "1,867
/// cooperatives and people's credit funds": a count whose noun is listed with a noun of
/// other bodies counts them together.
pub(super) fn counted_together(body: &str, s: &Statement, table: &LangTable) -> Option<String> {
    if s.unit != Unit::Count {
        return None;
    }
    let ws = phrase(&body[s.span.end..s.sentence.end]);
    let bodies = [
        Measure::Cooperatives,
        Measure::CooperativeGroups,
        Measure::Federations,
    ];
    let noun_at = |i: usize| {
        table
            .nouns
            .iter()
            .filter(|(m, _)| bodies.contains(m))
            .flat_map(|(m, l)| l.iter().map(move |p| (*m, p)))
            .filter(|(_, p)| matches_at(&ws, i, p))
            .map(|(m, p)| (m, p.len()))
            .max_by_key(|(_, n)| *n)
    };
    let i = (0..2.min(ws.len())).find(|&i| noun_at(i).is_some())?;
    let (first, n) = noun_at(i)?;
    let start = i + n;
    let joined = ws
        .get(start)
        .is_some_and(|w| w == "," || table.money.and.contains(w));
    if !joined {
        return None;
    }
    // "1,867 cooperatives and people's credit funds": bodies that are no cooperatives.
    let other_body = table
        .other_bodies
        .iter()
        .find(|p| matches_at(&ws, start + 1, p));
    if let Some(p) = other_body {
        let tail = &body[s.span.end..s.sentence.end];
        let at = crate::lang_tables::words(tail);
        let named = &tail[at[start + 1].start..at[start + p.len()].end];
        return Some(format!("it counts {} and {named} together", first.words()));
    }
    let (other, _) = noun_at(start + 1)?;
    (other != first).then(|| format!("it counts {} and {} together", first.words(), other.words()))
}

/// A word that is a year ("2021").
pub(super) fn a_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<i32>().is_ok_and(|y| (1990..=2060).contains(&y))
}

#[cfg(test)]
#[path = "bodies_tests.rs"]
mod bodies_tests;
