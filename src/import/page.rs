//! A text copied from a news page: its headline, its publication stamp ("10/01/2024
//! 08:15", "Thứ Sáu, 13/07/2018", "December 18, 2024 | 11:56 GMT +7"), and the lines
//! of the page that are not the article (view counts, "Chia sẻ", "In bài này",
//! "Ảnh: …", related-article links), set apart from its paragraphs.

use super::text::Folded;
use super::timewords;
use crate::content::date::Date;
use stamp::{opening_stamp, stamp, stamp_line};

/// When a page was published: a day, or a month when the stamp gives no day ("date
/// 2022-10"; its last day stands for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub day: Date,
    pub month_only: bool,
}

impl Stamp {
    pub fn day(day: Date) -> Stamp {
        Stamp {
            day,
            month_only: false,
        }
    }
}

impl std::ops::Deref for Stamp {
    type Target = Date;
    fn deref(&self) -> &Date {
        &self.day
    }
}

impl std::fmt::Display for Stamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.month_only {
            write!(f, "{:04}-{:02}", self.day.year, self.day.month)
        } else {
            self.day.fmt(f)
        }
    }
}

/// The article, read from the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub headline: Option<String>,
    /// The site's own lines above the headline (its name, menus, a greeting), which
    /// may name the province (a provincial portal's), kept apart from the article.
    pub site: String,
    /// When the page was published (not the conference day), and the line it was read from.
    pub published: Option<(Stamp, String)>,
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
    let mut stamps: Vec<(Stamp, String)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if Some(i) == at {
            stamps.extend(opening_stamp(t).map(|d| (d, t.to_string())));
            continue;
        }
        // A first line that is no headline is the article's unless a stamp is all it is;
        // a stamp run into it is read, the line kept ("date 2022-03-30 President … made a
        // field trip …").
        let read = match (i, at) {
            (0, None) => {
                if let Some(d) = opening_stamp(t) {
                    stamps.push((d, t.to_string()));
                }
                stamp(t).map(Stamp::day)
            }
            _ => stamp_line(t),
        };
        if let Some(d) = read {
            stamps.push((d, t.to_string()));
            continue;
        }
        // Above the headline: the site's lines (a section's name above a stamp too).
        if at.is_some_and(|a| i < a) && !is_page_line(t) {
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
            return Some(section_above_stamp(lines, i).unwrap_or(i));
        }
        break;
    }
    (!lines.is_empty() && reads(0)).then_some(0)
}

/// A section's name above the page's stamp, the headline below it ("Kinh tế Nông
/// nghiệp - Nông thôn" / "04/11/2014 - 05:39" / "Phong Điền: 45 hợp tác xã hoạt động
/// hiệu quả"): a line of at most six words, no digit, in parts joined by a dash or
/// "/" or ">", then a line that is a stamp alone, then a line of more words that reads as
/// a headline and ends with no full stop (not the article's first sentence, "Toàn tỉnh
/// có 20 HTX."); gives that line.
fn section_above_stamp(lines: &[&str], i: usize) -> Option<usize> {
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let section = lines[i].trim();
    let n = words(section);
    // A section's path: "Kinh tế - Xã hội", "Kinh tế > Nông nghiệp".
    let path = [" - ", " – ", " > ", " / "]
        .iter()
        .any(|s| section.contains(s));
    if n > 6 || !path || section.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut next = (i + 1..lines.len()).filter(|&j| !lines[j].trim().is_empty());
    // The stamp alone, not a byline ("Tác giả …, ngày đăng 08/08/2018").
    let stamped = next.next()?;
    stamp(lines[stamped].trim())?;
    let h = next.next()?;
    let t = lines[h].trim();
    let below = words(t) > n
        && !t.ends_with(['.', '!', '?'])
        && !site_line(t)
        && !is_page_line(t)
        && is_headline(t, &lines[h + 1..]);
    below.then_some(h)
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

mod stamp;
#[cfg(test)]
mod tests;
