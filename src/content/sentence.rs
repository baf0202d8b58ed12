//! The sentence of a text around a position: where the sentence before it ends (`.`,
//! `!`, `?` or `;` before a space, a blank line, or a full stop glued to the next
//! sentence) to where its own ends. A figure's sentence is shown beside it and read
//! for what the figure counts.

/// A full stop glued to the next sentence, as pages run paragraphs together ("by
/// 2020.Nguyen Thi Tuong Vi said", "modest.Under a joint programme"): after a word in
/// small letters or a year, before a capital and a small letter; not after a title or
/// an abbreviation in capitals ("Mr.Liem", "TP.Thuận").
fn glued_end(text: &str, i: usize) -> bool {
    let mut after = text[i + 1..].chars();
    let next = after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase);
    let word = text[..i]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let small = word.chars().count() >= 2 && word.chars().all(char::is_lowercase);
    let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
    next && (small || year)
}

/// A list's item starts at byte `i` of a line: a letter or a number of one or two
/// digits, then `)` and a space ("a) Về số lượng", "2) Doanh thu"). A text copied from a
/// PDF breaks its sentences over lines, but an item starts a sentence of its own: the
/// heading before it ("Đánh giá dựa trên các chỉ tiêu") says nothing of its numbers.
fn item_at(b: &[u8], i: usize) -> bool {
    match b.get(i..).unwrap_or_default() {
        [c, b')', b' ', ..] => c.is_ascii_alphanumeric(),
        [c, d, b')', b' ', ..] => c.is_ascii_digit() && d.is_ascii_digit(),
        _ => false,
    }
}

/// The sentence of `text` around byte `pos`, trimmed: from the end of the previous
/// sentence (`.`, `!`, `?` or `;` before a space, or a blank line) to the end of this one.
pub fn sentence_at(text: &str, pos: usize) -> &str {
    let b = text.as_bytes();
    // Every end is an ASCII byte, never part of another character: the bytes that may
    // end a sentence are found with memchr, and a character decoded only after them.
    let is_end = |i: usize| -> bool {
        match b[i] {
            b'\n' => {
                b.get(i + 1) == Some(&b'\n') || (i > 0 && b[i - 1] == b'\n') || item_at(b, i + 1)
            }
            b'.' => {
                text[i + 1..].chars().next().is_none_or(char::is_whitespace) || glued_end(text, i)
            }
            _ => text[i + 1..].chars().next().is_none_or(char::is_whitespace),
        }
    };
    // `!` and `?` are rarer: looked for only up to the nearest of the others.
    let mut to = pos;
    let start = loop {
        let a = memchr::memrchr3(b'.', b';', b'\n', &b[..to]);
        let lo = a.map_or(0, |i| i + 1);
        let c = memchr::memrchr2(b'!', b'?', &b[lo..to]).map(|i| lo + i);
        let Some(i) = c.or(a) else { break 0 };
        if is_end(i) {
            break i + 1;
        }
        to = i;
    };
    let mut from = pos;
    let end = loop {
        let a = memchr::memchr3(b'.', b';', b'\n', &b[from..]).map(|i| from + i);
        let hi = a.unwrap_or(b.len());
        let c = memchr::memchr2(b'!', b'?', &b[from..hi]).map(|i| from + i);
        let Some(i) = c.or(a) else { break b.len() };
        if is_end(i) {
            break i + 1;
        }
        from = i + 1;
    };
    text[start..end]
        .trim()
        .trim_start_matches(['#', '-', '*', '>', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_around_a_position() {
        let text = "Première phrase. En 2024, 1 059 coopératives ; la suite.\n\nAutre.";
        let pos = text.find("1 059").unwrap();
        assert_eq!(sentence_at(text, pos), "En 2024, 1 059 coopératives ;");
        let vi = "Có 1.059 hợp tác xã. Tiếp.";
        assert_eq!(sentence_at(vi, 4), "Có 1.059 hợp tác xã.");
        // A no-break space ends a sentence as a space does; a blank line ends one, a
        // single line break does not; a `.` inside a number does not.
        let text = "# Đầu.\u{a0}Có 1.059 HTX!\nDòng hai; ba?\n\n- Đoạn 2,5 tỷ. Hỏi?Đáp!x;y! z";
        let said = |pos| sentence_at(text, pos);
        assert_eq!(said(text.find("Có").unwrap()), "Có 1.059 HTX!");
        assert_eq!(said(text.find("hai").unwrap()), "Dòng hai;");
        assert_eq!(said(text.find("ba").unwrap()), "ba?");
        assert_eq!(said(text.find("2,5").unwrap()), "Đoạn 2,5 tỷ.");
        assert_eq!(said(0), "Đầu.");
        assert_eq!(said(text.len()), "z");
        // A list's item on a line of its own starts a sentence; a line break alone does not.
        let pdf =
            "1. Đánh giá dựa trên\ncác chỉ tiêu về HTX\na) Ước đến cuối năm 2024,\ntoàn tỉnh có \
                   523 HTX.\n12) Có 15 HTX mới";
        let at = |n: &str| sentence_at(pdf, pdf.find(n).unwrap());
        assert_eq!(
            at("523"),
            "a) Ước đến cuối năm 2024,\ntoàn tỉnh có 523 HTX."
        );
        assert_eq!(at("chỉ"), "Đánh giá dựa trên\ncác chỉ tiêu về HTX");
        assert_eq!(at("15"), "12) Có 15 HTX mới");
        // As a reading of one character at a time finds them, at every position.
        let slow = |pos: usize| {
            let is_end = |i: usize, c: char| match c {
                '\n' => {
                    text[i + 1..].starts_with('\n')
                        || text[..i].ends_with('\n')
                        || item_at(text.as_bytes(), i + 1)
                }
                '.' | '!' | '?' | ';' => {
                    text[i + 1..].chars().next().is_none_or(char::is_whitespace)
                }
                _ => false,
            };
            let start = text[..pos]
                .char_indices()
                .rev()
                .find(|&(i, c)| is_end(i, c));
            let end = text[pos..]
                .char_indices()
                .find(|&(i, c)| is_end(pos + i, c));
            let (start, end) = (
                start.map_or(0, |(i, _)| i + 1),
                end.map_or(text.len(), |(i, _)| pos + i + 1),
            );
            text[start..end]
                .trim()
                .trim_start_matches(['#', '-', '*', '>', ' '])
        };
        for (pos, _) in text.char_indices() {
            assert_eq!(said(pos), slow(pos), "at {pos}");
        }
    }

    #[test]
    fn a_full_stop_glued_to_the_next_sentence_ends_it() {
        let at = |t: &str, n: &str| sentence_at(t, t.find(n).unwrap()).to_string();
        let en = "It aims at 250 cooperatives by 2020.Ms Lan said there are now 200 cooperatives.";
        assert_eq!(at(en, "200"), "Ms Lan said there are now 200 cooperatives.");
        let fr = "Elle vise 250 coopératives.Selon Mme Lan, la province en compte 200.";
        assert_eq!(at(fr, "200"), "Selon Mme Lan, la province en compte 200.");
        // After a title or a word in capitals, and before a small letter: no end.
        let en = "Mr.Liem said 200 cooperatives work well.";
        assert_eq!(at(en, "200"), en);
        let vi = "Tại TP.Hồ Chí Minh có 200 HTX.";
        assert_eq!(at(vi, "200"), vi);
        let fr = "Le site coop.vn compte 200 coopératives.";
        assert_eq!(at(fr, "200"), fr);
    }
}
