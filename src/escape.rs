//! Escaping text for HTML and XML: `& < > " '`. (Tera's own escaping also turns `/`
//! into `&#x2F;`, which makes every URL unreadable; this is the one used everywhere.)

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    escape_into(&mut out, text);
    out
}

/// [`escape`], onto the end of `out` (no string of its own).
pub fn escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut plain = 0;
    while let Some(n) = find_any(&bytes[plain..], SPECIAL) {
        let i = plain + n;
        let entity = match bytes[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        // The special characters are ASCII, so `plain..i` is on char boundaries.
        out.push_str(&text[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
}

/// The bytes [`escape_into`] replaces.
const SPECIAL: [u8; 5] = [b'&', b'<', b'>', b'"', b'\''];

/// Where the first of the bytes `set` is in `bytes`. Eight bytes are looked at at
/// once (each of `set` sought in a word by the "has a zero byte" test), so runs of
/// plain text, which most of a page is, cost a few operations per eight bytes.
pub fn find_any<const N: usize>(bytes: &[u8], set: [u8; N]) -> Option<usize> {
    find_any_or_below::<N, 0>(bytes, set)
}

/// Where the first byte of `set`, or the first byte below `BELOW` (at most 0x80), is in
/// `bytes`: [`find_any`] that also stops at control characters (JSON strings escape
/// every byte below 0x20).
pub fn find_any_or_below<const N: usize, const BELOW: u8>(
    bytes: &[u8],
    set: [u8; N],
) -> Option<usize> {
    const LOW: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let below = LOW * BELOW as u64;
    let mut words = bytes.chunks_exact(8);
    let mut at = 0;
    for word in words.by_ref() {
        let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
        // Bytes below `BELOW` borrow when `BELOW` is taken from each (none when it is 0).
        let mut hits = w.wrapping_sub(below) & !w & HIGH;
        for b in set {
            // Zero bytes of `x` are the bytes equal to `b`; the lowest bit set in
            // `hits` is at the first of them (a borrow marks only bytes above one).
            let x = w ^ (LOW * b as u64);
            hits |= x.wrapping_sub(LOW) & !x & HIGH;
        }
        if hits != 0 {
            return Some(at + hits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = words
        .remainder()
        .iter()
        .position(|c| set.contains(c) || *c < BELOW);
    rest.map(|n| at + n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_other_text_whole() {
        assert_eq!(super::escape("Thái Nguyên – 1 059"), "Thái Nguyên – 1 059");
        assert_eq!(super::escape(""), "");
        assert_eq!(super::escape("&&"), "&amp;&amp;");
    }

    #[test]
    fn finds_the_first_of_a_set_anywhere_in_a_word() {
        let text = "Thái Nguyên – 1 059 hợp tác xã, 2024 & 2025 <b>";
        for start in 0..text.len() {
            let bytes = &text.as_bytes()[start..];
            let slow = bytes.iter().position(|b| super::SPECIAL.contains(b));
            assert_eq!(super::find_any(bytes, super::SPECIAL), slow, "from {start}");
            let slow = bytes.iter().position(|b| b",\"\r\n".contains(b));
            assert_eq!(super::find_any(bytes, *b",\"\r\n"), slow, "from {start}");
        }
        // Every byte next to each sought one, above and below (borrows).
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut v = vec![b'<' ^ 1; 16];
                v[at] = b;
                let slow = v.iter().position(|c| super::SPECIAL.contains(c));
                assert_eq!(super::find_any(&v, super::SPECIAL), slow);
            }
        }
    }

    #[test]
    fn finds_bytes_below_a_bound_as_well() {
        let set = *b"\"\\";
        for b in 0..=255u8 {
            for at in 0..17 {
                let mut v = vec![b' '; 17];
                v[at] = b;
                let slow = v.iter().position(|&c| set.contains(&c) || c < 0x20);
                assert_eq!(
                    super::find_any_or_below::<2, 0x20>(&v, set),
                    slow,
                    "{b} at {at}"
                );
            }
        }
    }

    #[test]
    fn escapes_markup_not_slashes() {
        assert_eq!(
            super::escape(r#"<a href="/x">R&D's</a>"#),
            "&lt;a href=&quot;/x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;"
        );
    }
}
