//! A text copied from a news page: its headline, its publication stamp ("10/01/2024
//! 08:15", "Thứ Sáu, 13/07/2018", "December 18, 2024 | 11:56 GMT +7"), and the lines
//! of the page that are not the article (view counts, "Chia sẻ", "In bài này",
//! "Ảnh: …", related-article links), set apart from its paragraphs.

use super::text::Folded;
use super::timewords;
use crate::content::date::Date;

/// The article, read from the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub headline: Option<String>,
    /// The site's own lines above the headline (its name, menus, a greeting), which
    /// may name the province (a provincial portal's), kept apart from the article.
    pub site: String,
    /// When the page was published (not the conference day), and the line it was read from.
    pub published: Option<(Date, String)>,
    /// The article's lines, the page's own lines taken out.
    pub text: String,
}

/// Reads a page: the headline is its first line when it reads as one (not a long
/// paragraph), or the first that does below the site's own lines at the top; stamp
/// lines give the publication date, the page's lines are dropped.
pub fn read(text: &str) -> Page {
    let lines: Vec<&str> = text.trim_start().lines().collect();
    let at = headline_at(&lines);
    let headline = at.map(|i| lines[i].trim().to_string());
    let mut kept: Vec<&str> = Vec::new();
    let mut site: Vec<&str> = Vec::new();
    // Every stamp of the page: the earliest is when it was published (a later one is
    // an update, or the day the page was seen: "August 20, 2025 | 07:43" above
    // "Friday- 10:16, 03/12/2021").
    let mut stamps: Vec<(Date, String)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if Some(i) == at {
            stamps.extend(opening_stamp(t).map(|d| (d, t.to_string())));
            continue;
        }
        // A first line that is no headline is the article's unless a stamp is all it is.
        let read = match (i, at) {
            (0, None) => stamp(t),
            _ => stamp_line(t),
        };
        if let Some(d) = read {
            stamps.push((d, t.to_string()));
            continue;
        }
        if at.is_some_and(|a| i < a) && site_line(t) {
            site.push(t);
            continue;
        }
        if is_page_line(t) || headline.as_deref() == Some(t) {
            continue;
        }
        kept.push(line);
    }
    Page {
        headline,
        site: site.join("\n"),
        published: stamps.into_iter().min_by_key(|s| s.0),
        text: kept.join("\n"),
    }
}

/// A line that is a stamp of the page, and the day it gives.
fn stamp_line(t: &str) -> Option<Date> {
    stamp(t)
        .or_else(|| byline(t))
        .or_else(|| opening_stamp(t))
        .or_else(|| iso_stamp(t))
}

/// The headline's line: the first line when it reads as one and is not the site's;
/// else the first line that reads as one below the site's own lines and stamps at the
/// top of the page (at most five lines down), else none.
fn headline_at(lines: &[&str]) -> Option<usize> {
    let reads = |i: usize| is_headline(lines[i].trim(), &lines[i + 1..]);
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        seen += 1;
        if seen > 5 {
            break;
        }
        if site_line(t) || is_page_line(t) || stamp_line(t).is_some() {
            continue;
        }
        if reads(i) {
            return Some(i);
        }
        break;
    }
    (!lines.is_empty() && reads(0)).then_some(0)
}

/// A line of the site above an article, not its headline: a button or a section's
/// name of a word or two ("HOME", "Sign In", "Kinh tế"), a menu ("Vietnamese | English
/// | 中文"), the site's name with its address ("Vietnam.vn - Nền tảng quảng bá Việt
/// Nam"), a list of its sections ("Local, National, Business, Sport and Technology"),
/// or a line opening with the site's words ("Cổng thông tin điện tử Bắc Kạn kính chào
/// quý khách!", "Mới nhất Tin nóng Media"). A short line: a paragraph is the article's.
fn site_line(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 20 {
        return false;
    }
    let f = Folded::new(t);
    let opens = |p: &&str| {
        f.text
            .strip_prefix(*p)
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    };
    words.len() <= 2
        || t.contains('|')
        || t.chars().any(is_cjk)
        || (words.len() <= 12 && t.matches(',').count() >= 3)
        || words.iter().any(|w| is_address(w))
        || timewords::page().site.iter().any(opens)
}

/// A site's address as a page's own line writes it ("Vietnam.vn", "www.baogialai.com.vn"),
/// not one in brackets ("(Photo: baobacgiang.com.vn)": a credit).
fn is_address(word: &str) -> bool {
    if word.starts_with('(') || word.ends_with(')') {
        return false;
    }
    let w = word.trim_end_matches([',', '.', ':', ';']).to_lowercase();
    let w = w
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let host = w.split('/').next().unwrap_or_default();
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() >= 2
        && ["vn", "com", "net", "org", "gov", "info", "edu"].contains(&parts[parts.len() - 1])
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && parts[0].bytes().any(|b| b.is_ascii_alphabetic())
}

/// A letter of Chinese, Japanese or Korean: a language menu's, not a Latin article's.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// A headline: short (at most 30 words; 15 and no comma when it ends with a full
/// stop), followed by text, not a dateline.
fn is_headline(line: &str, rest: &[&str]) -> bool {
    let words = line.split_whitespace().count();
    let sentence = line.ends_with(['.', '!', '?']) && (words > 15 || line.contains(','));
    // "(Ông Nguyễn Chí Thuần phát biểu tham luận)": a photo's caption.
    let caption = line.starts_with('(') && line.ends_with(')');
    !line.is_empty()
        && !caption
        && words <= 30
        && !sentence
        && !line.ends_with([':', ',', ';'])
        && stamp(line).is_none()
        && rest.iter().any(|l| !l.trim().is_empty())
}

/// A line of the page, not of the article: a view count ("170 views"), a share
/// button, a photo credit, a link to another article.
fn is_page_line(line: &str) -> bool {
    if line.is_empty() {
        return false;
    }
    let f = Folded::new(line);
    let t = f
        .text
        .trim()
        .trim_start_matches(['-', '•', '+', '*'])
        .trim();
    if timewords::page().prefixes.iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|r| r.is_empty() || r.starts_with([':', ' ', '.']))
    }) {
        return true;
    }
    let bare = t.trim_end_matches([':', '.']).trim();
    if timewords::page().lines.contains(&bare) {
        return true;
    }
    // "124", "170 views", "- Business": a counter or a section name, alone on a line.
    let words: Vec<&str> = bare.split_whitespace().collect();
    let count = words
        .first()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    (count && words.len() <= 2 && !bare.contains(['.', ',']))
        || (words.len() == 1 && line.starts_with('-'))
}

/// A publication stamp: a date, with only times, weekdays and stamp words around it.
pub fn stamp(line: &str) -> Option<Date> {
    if line.is_empty() || line.chars().count() > 80 {
        return None;
    }
    let f = Folded::new(line);
    let t = f.text.as_str();
    let us = t.contains(" am") || t.contains(" pm");
    let mut date = None;
    let mut rest = String::new();
    for token in t.split(|c: char| c.is_whitespace() || "|,()[]".contains(c)) {
        // "Friday- 10:16", "Sep 06, 2022 / 18:09".
        let token = token.trim_end_matches([':', '-']);
        if token == "/" {
            continue;
        }
        if token.is_empty() {
            continue;
        }
        if let Some(d) = numeric_date(token, us) {
            date.get_or_insert(d);
        } else if !is_time(token) && !timewords::page().stamp.contains(&token) {
            rest.push_str(token);
            rest.push(' ');
        }
    }
    let rest: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !w.starts_with('+'))
        .collect();
    match date {
        Some(d) => rest
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()))
            .then_some(d),
        None => named_date(&rest),
    }
}

/// A line opening with a byline's word and a date ("date 2024-03-08 Bac Giang …",
/// "Posted 12/03/2021 by …"): the day the page was published, whatever follows.
fn opening_stamp(line: &str) -> Option<Date> {
    let mut words = line.split_whitespace();
    let first = Folded::new(words.next()?).text;
    if !timewords::page()
        .byline
        .contains(&first.trim_end_matches(':'))
    {
        return None;
    }
    numeric_date(words.next()?.trim_end_matches([',', '|']), false)
}

/// A short line holding a day written year first ("2011-01-03"), as only a page's
/// stamp writes it, whatever is around it: an aggregator's listing of a story's
/// headline, day and source ("Co-operatives praised for five-year growth 2011-01-03 -
/// VNS"). Not a sentence, nor a file's name ("vlcsnap-2020-10-19-14h43m40s291").
fn iso_stamp(line: &str) -> Option<Date> {
    if line.chars().count() > 100 || line.ends_with(['.', ';', ':', ',']) {
        return None;
    }
    line.split_whitespace().find_map(|w| {
        let b = w.as_bytes();
        let iso = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        iso.then(|| Date::parse(w).ok()).flatten()
    })
}

/// A byline or a source's name ending in the day the page was published: "Nguyen Van
/// Phuong July 14, 2018 12:04", "Tác giả Thoai Phuong, ngày đăng 08/08/2018", "Báo
/// Quảng NinhBáo Quảng Ninh18/08/2025" (a copy that runs the source into its date),
/// "Ngày ban hành: 03/08/2018". The words before the date are names (each capitalised),
/// a byline's words, or run into the date; the line is short and no sentence.
fn byline(line: &str) -> Option<Date> {
    if line.chars().count() > 80 || line.ends_with(['.', ';', ':', ',']) {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || "|,()[]".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    // The stamp's tail: times, stamp words and separators after the date.
    let stamp_word = |w: &str| {
        let f = Folded::new(w);
        let t = f.text.trim_end_matches(':');
        is_time(t) || timewords::page().stamp.contains(&t) || t.starts_with("gmt")
    };
    let end = words.iter().rposition(|w| !stamp_word(w))?;
    let (date, before, glued) = date_at_end(&words[..=end])?;
    if before.is_empty() || before.len() > 10 {
        return None;
    }
    let folded: Vec<String> = before
        .iter()
        .map(|w| {
            let f = Folded::new(w).text;
            f.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
        })
        .collect();
    let folded = format!(" {} ", folded.join(" "));
    let byline_words = timewords::page()
        .byline
        .iter()
        .any(|b| folded.contains(&format!(" {b} ")));
    let names = before.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit())
    });
    // "Thời sự 27-04-2019": a section's name of a word or two.
    (byline_words || glued || names || before.len() <= 2).then_some(date)
}

/// A date closing the words ("… july 14 2018", "… ninh18/08/2025"), the words before
/// it (a date run into a word leaves that word's letters) and whether it was run in.
fn date_at_end<'a>(words: &[&'a str]) -> Option<(Date, Vec<&'a str>, bool)> {
    let last = *words.last()?;
    let digits = last
        .char_indices()
        .find(|&(_, c)| c.is_ascii_digit())
        .map(|(i, _)| i)?;
    if let Some(d) = numeric_date(&last[digits..], false) {
        let mut before = words[..words.len() - 1].to_vec();
        let glued = last[..digits].ends_with(char::is_alphabetic);
        if digits > 0 {
            before.push(&last[..digits]);
        }
        return Some((d, before, glued));
    }
    let n = words.len();
    if n >= 3 {
        let tail: Vec<String> = words[n - 3..]
            .iter()
            .map(|w| Folded::new(w).text.trim_end_matches('.').to_string())
            .collect();
        let tail: Vec<&str> = tail.iter().map(String::as_str).collect();
        if let Some(d) = named_date(&tail) {
            return Some((d, words[..n - 3].to_vec(), false));
        }
    }
    None
}

/// "13/02/2023", "30-10-2020", "7/15/2019" (month first when the stamp has AM/PM or
/// the second number cannot be a month).
fn numeric_date(token: &str, us: bool) -> Option<Date> {
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    if parts.len() != 3 || (parts[2].len() != 4 && parts[0].len() != 4) {
        return None;
    }
    let n: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    if parts[0].len() == 4 && token.contains('-') {
        // "2022-04-07"
        return Date::parse(token).ok();
    }
    let (d, m) = if (us && n[0] <= 12) || n[1] > 12 {
        (n[1], n[0])
    } else {
        (n[0], n[1])
    };
    Date::parse(&format!("{:04}-{m:02}-{d:02}", n[2])).ok()
}

/// "december 18 2024" (what is left of "December 18, 2024 | 11:56").
fn named_date(w: &[&str]) -> Option<Date> {
    let (m, d, y) = match w {
        [m, d, y] if month_name(m).is_some() => (month_name(m)?, d.parse().ok()?, y.parse().ok()?),
        [d, m, y] if month_name(m).is_some() => (month_name(m)?, d.parse().ok()?, y.parse().ok()?),
        _ => return None,
    };
    let (d, y): (u32, i32) = (d, y);
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
}

fn month_name(w: &str) -> Option<u32> {
    timewords::month(w)
}

/// "08:15", "9:54:00", "11:56".
fn is_time(token: &str) -> bool {
    let parts: Vec<&str> = token.split(':').collect();
    parts.len() >= 2
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Date::parse(s).ok()
    }

    #[test]
    fn stamps_of_news_pages() {
        assert_eq!(stamp("10/01/2024 08:15"), d("2024-01-10"));
        assert_eq!(stamp("Thứ Hai, 13/02/2023, 18:48 [GMT+7]"), d("2023-02-13"));
        assert_eq!(
            stamp("Cập nhật, 13:41, Thứ Sáu, 29/11/2019 (GMT+7)"),
            d("2019-11-29")
        );
        assert_eq!(stamp("Cập nhật: 30-10-2020 | 11:09:41"), d("2020-10-30"));
        assert_eq!(stamp("10:03:30 AM | 7/15/2019"), d("2019-07-15"));
        assert_eq!(stamp("9:54:00 AM | 3/3/2022"), d("2022-03-03"));
        assert_eq!(stamp("15:08, 27/11/2025"), d("2025-11-27"));
        assert_eq!(stamp("December 18, 2024 | 11:56 GMT +7"), d("2024-12-18"));
        assert_eq!(
            stamp("Tuesday, December 26, 2023 | 15:01:32"),
            d("2023-12-26")
        );
        assert_eq!(
            stamp("Sáng 15/1, Liên minh HTX tỉnh tổ chức hội nghị"),
            None
        );
        assert_eq!(stamp("Năm 2024, toàn tỉnh có 418 HTX"), None);
    }

    #[test]
    fn bylines_and_run_in_sources_give_the_day_of_publication() {
        let b = |l: &str| stamp(l).or_else(|| byline(l));
        assert_eq!(b("Nguyen Van Phuong July 14, 2018 12:04"), d("2018-07-14"));
        assert_eq!(
            b("Tác giả Thoai Phuong-Translated by K.T, ngày đăng 08/08/2018"),
            d("2018-08-08")
        );
        assert_eq!(b("Báo Quảng NinhBáo Quảng Ninh18/08/2025"), d("2025-08-18"));
        assert_eq!(b("Ngày ban hành: 03/08/2018 Ngày hiệu lực: Đã biết"), None);
        assert_eq!(b("Ngày ban hành: 03/08/2018"), d("2018-08-03"));
        assert_eq!(b("Update: 10:17, 03/03/2025"), d("2025-03-03"));
        assert_eq!(b("Thu, 02/06/2024 - 08:23"), d("2024-06-02"));
        assert_eq!(b("Posted by Minh Anh, Feb. 6, 2024"), d("2024-02-06"));
        // A sentence or a conference day is no byline.
        assert_eq!(b("Hội nghị diễn ra sáng 15/1/2024"), None);
        assert_eq!(
            b("Sáng 15/1/2024, Liên minh HTX tỉnh tổ chức hội nghị"),
            None
        );
        assert_eq!(b("The conference was held on January 15, 2024."), None);
        assert_eq!(b("Thành lập mới 168 hợp tác xã năm 2017"), None);
        // A section's name, ISO days, "Friday-", a "/" before the time.
        assert_eq!(b("Thời sự 27-04-2019"), d("2019-04-27"));
        assert_eq!(b("Friday- 10:16, 03/12/2021"), d("2021-12-03"));
        assert_eq!(b("Sep 06, 2022 / 18:09"), d("2022-09-06"));
        assert_eq!(b("14.08.2020, 15:31"), d("2020-08-14"));
        assert_eq!(b("Posted 2022-04-07"), d("2022-04-07"));
        assert_eq!(
            opening_stamp(" date 2024-03-08 Bac Giang promotes OCOP"),
            d("2024-03-08")
        );
        assert_eq!(opening_stamp("Date of the conference: 2024"), None);
    }

    #[test]
    fn a_day_written_year_first_in_a_short_line_is_a_stamp() {
        let p = read("Tin tức\n\nHTX được khen sau 5 năm phát triển   2019-02-11 - TTXVN\n\nThành phố có 450 HTX.");
        assert_eq!(p.published.map(|x| x.0), d("2019-02-11"));
        assert!(!p.text.contains("TTXVN"));
        let p = read(
            "News\n\nPhoto: vlcsnap-2020-10-19-14h43m40s291\n\nThe city has 450 cooperatives.",
        );
        assert_eq!(p.published, None);
        let p = read(
            "News\n\nThe plan adopted on 2021-05-04 set up 40 cooperatives in the city.\n\nMore.",
        );
        assert_eq!(p.published, None);
    }

    #[test]
    fn the_earliest_stamp_is_the_day_of_publication() {
        // A stamp on the first line, and a later one (the day the page was seen) above it.
        let p = read(
            "August 20, 2025 | 07:43 GMT +7\n\nFriday- 10:16, 03/12/2021\n\nKien Giang promotes \
             cooperatives\n\nThe province has 433 cooperatives.",
        );
        assert_eq!(p.published.map(|x| x.0), d("2021-12-03"));
        assert!(!p.text.contains("2025"), "{}", p.text);
    }

    #[test]
    fn a_page_gives_its_headline_and_publication_day_and_drops_its_own_lines() {
        let p = read(
            "Gia Lai: 418 HTX\n\n10/01/2024 08:15\n\nChia sẻ\n\nSáng 5/1, hội nghị.\n\n\
             Ảnh: Minh Anh\n\n170 views\n\nXem thêm: Gia Lai phát triển HTX\n\nToàn tỉnh có 418 HTX.",
        );
        assert_eq!(p.headline.as_deref(), Some("Gia Lai: 418 HTX"));
        assert_eq!(p.published.map(|x| x.0), d("2024-01-10"));
        assert!(p.text.contains("Sáng 5/1, hội nghị."), "{}", p.text);
        assert!(p.text.contains("Toàn tỉnh có 418 HTX."), "{}", p.text);
        for gone in ["Chia sẻ", "Ảnh", "views", "Xem thêm", "08:15"] {
            assert!(!p.text.contains(gone), "{gone}: {}", p.text);
        }
    }

    #[test]
    fn a_headline_is_a_short_first_line() {
        let p = read("\u{20}Tổng kết năm 2023\n\nSáng 28/12, hội nghị.\n");
        assert_eq!(p.headline.as_deref(), Some("Tổng kết năm 2023"));
        assert_eq!(p.text.trim(), "Sáng 28/12, hội nghị.");
        let p = read("Pada pagi 28 Disember, Kesatuan Koperasi Wilayah bersidang.\nLagi.");
        assert_eq!(p.headline, None);
        assert!(p.text.starts_with("Pada pagi"));
        let p = read("28 agricultural cooperatives have developed 34 OCOP products.\n\nText.");
        assert!(p.headline.is_some());
    }

    #[test]
    fn a_first_paragraph_is_no_headline() {
        let long = "Năm 2023, toàn tỉnh có 345 HTX, trong đó có 200 HTX nông nghiệp, tăng 12 HTX \
                    so với năm trước, với tổng số thành viên là hơn 20 nghìn người và nhiều tổ hợp tác mới.";
        let p = read(&format!("{long}\n\nTiếp theo."));
        assert_eq!(p.headline, None);
        assert!(p.text.starts_with("Năm 2023"));
    }

    #[test]
    fn the_sites_own_lines_above_the_headline_are_not_the_headline() {
        // A site's name with its address, a menu, a button, a stamp, then the headline.
        let p = read(
            "Baotinh.vn - Tin tức của tỉnh\nTiếng Việt | English | 中文\nĐăng nhập\n\
             05/03/2024 09:10\nHải Dương có thêm 12 hợp tác xã\n\nSáng 4/3, hội nghị tổng kết.",
        );
        assert_eq!(
            p.headline.as_deref(),
            Some("Hải Dương có thêm 12 hợp tác xã")
        );
        assert_eq!(p.published.map(|x| x.0), d("2024-03-05"));
        assert_eq!(p.text.trim(), "Sáng 4/3, hội nghị tổng kết.");
        // A section's name of two words, a list of the site's sections, a greeting.
        for top in [
            "Economy",
            "News: World, Business, Sport, Culture and Travel",
            "Cổng thông tin điện tử tỉnh kính chào quý khách! Trang chủ Liên hệ",
        ] {
            let p = read(&format!(
                "{top}\nCo-operatives grow in Nam Dinh\nThe province has 300."
            ));
            assert_eq!(
                p.headline.as_deref(),
                Some("Co-operatives grow in Nam Dinh"),
                "{top}"
            );
            assert!(!p.text.contains(top), "{top}: {}", p.text);
        }
    }

    #[test]
    fn an_opening_paragraph_or_a_caption_is_kept_and_is_no_headline() {
        // A paragraph with commas and an address in a credit stays the article's.
        let first = "Toàn tỉnh có 161 HTX, trong đó 71 HTX nông nghiệp, 12 HTX thương mại, 8 HTX \
                     vận tải và nhiều tổ hợp tác với hơn 80.000 thành viên (Ảnh: baotinh.vn)";
        let p = read(&format!("{first}\nKết nối nông dân\nTiếp theo."));
        assert_eq!(p.headline, None);
        assert!(p.text.starts_with("Toàn tỉnh có 161 HTX"), "{}", p.text);
        let p = read("(Ông A phát biểu tại hội nghị)\n\nToàn tỉnh có 161 HTX.");
        assert_eq!(p.headline, None);
        // A headline naming a site in brackets is still the headline.
        let p = read("Bac Giang promotes OCOP products (Photo: baobacgiang.com.vn)\nText.");
        assert!(p.headline.is_some_and(|h| h.starts_with("Bac Giang")));
    }
}
