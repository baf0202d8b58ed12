//! A token's postings (the report numbers it occurs in) as the shards hold them: a JSON
//! array of gaps (`[12,1,1,30]`: reports 12, 13, 14 and 44) when few reports have it, or
//! a base64 string of one bit per report (report `i` is bit `i % 8` of byte `i / 8`)
//! when that is shorter. A word most reports share costs n/6 bytes at most.

/// Appends the postings `ids` (ascending, of `n` reports) to `out` as JSON.
pub fn write(ids: &[u32], n: usize, out: &mut String) {
    let bits_len = 4 * n.div_ceil(8).div_ceil(3) + 2;
    if gaps_len(ids) <= bits_len {
        out.push('[');
        let mut last = 0;
        for (k, &id) in ids.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            push_number(out, id - last);
            last = id;
        }
        out.push(']');
    } else {
        let mut bytes = vec![0u8; n.div_ceil(8)];
        for &id in ids {
            bytes[id as usize / 8] |= 1 << (id % 8);
        }
        out.push('"');
        base64(&bytes, out);
        out.push('"');
    }
}

/// The length of `ids` written as a JSON array of gaps.
fn gaps_len(ids: &[u32]) -> usize {
    let mut len = 2 + ids.len().saturating_sub(1);
    let mut last = 0;
    for &id in ids {
        len += digits(id - last);
        last = id;
    }
    len
}

fn digits(mut v: u32) -> usize {
    let mut d = 1;
    while v >= 10 {
        v /= 10;
        d += 1;
    }
    d
}

fn push_number(out: &mut String, v: u32) {
    use std::fmt::Write as _;
    let _ = write!(out, "{v}");
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (what the browser's `atob` reads).
fn base64(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(v >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(ids: &[u32], n: usize) -> String {
        let mut s = String::new();
        write(ids, n, &mut s);
        s
    }

    #[test]
    fn few_reports_are_gaps() {
        assert_eq!(written(&[12, 13, 14, 44], 1000), "[12,1,1,30]");
        assert_eq!(written(&[], 1000), "[]");
        assert_eq!(gaps_len(&[12, 13, 14, 44]), "[12,1,1,30]".len());
    }

    #[test]
    fn many_reports_are_bits_in_base64() {
        // Reports 0, 2 and 9 to 15 of 16: bytes 0b101, 0b1111_1110.
        assert_eq!(written(&[0, 2, 9, 10, 11, 12, 13, 14, 15], 16), "\"Bf4=\"");
        let mut s = String::new();
        base64(b"Man", &mut s);
        base64(b"Ma", &mut s);
        base64(b"M", &mut s);
        assert_eq!(s, "TWFuTWE=TQ==");
    }

    #[test]
    fn the_shorter_form_is_chosen() {
        let all: Vec<u32> = (0..10_000).collect();
        let bits = written(&all, 10_000);
        assert!(bits.starts_with('"') && bits.len() == 4 * 1250usize.div_ceil(3) + 2);
        let few: Vec<u32> = (0..10_000).step_by(500).collect();
        assert!(written(&few, 10_000).starts_with('['));
    }
}
