//! `data/reports.json`'s lines written by hand, byte for byte as serde_json's compact
//! writer makes them, with strings escaped eight bytes at a time (serde_json reads
//! each byte of each string through a table: most of the file's making). Debug
//! builds, so every test, compare each line with serde_json's.

use super::{Figure, Report, Sentence};

/// One report as `write_reports_json` puts it on its line.
pub(super) fn push_report(out: &mut Vec<u8>, r: &Report) {
    let fields: [(&str, &str); 3] = [
        ("{\"slug\":", r.slug),
        (",\"url\":", r.url),
        (",\"title\":", r.title),
    ];
    for (name, value) in fields {
        out.extend_from_slice(name.as_bytes());
        push_str(out, &[value]);
    }
    out.extend_from_slice(b",\"date\":");
    push_str(out, &[r.date]);
    out.extend_from_slice(b",\"year\":");
    out.extend_from_slice(r.year.to_string().as_bytes());
    let fields: [(&str, &str); 4] = [
        (",\"union\":", r.union),
        (",\"region\":", r.region),
        (",\"region_code\":", r.region_code),
        (",\"lang\":", r.lang),
    ];
    for (name, value) in fields {
        out.extend_from_slice(name.as_bytes());
        push_str(out, &[value]);
    }
    out.extend_from_slice(b",\"tags\":[");
    for (i, tag) in r.tags.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_str(out, &[tag]);
    }
    for (name, list) in [
        (&b"],\"figures\":["[..], &r.figures),
        (b"],\"targets\":[", &r.targets),
    ] {
        out.extend_from_slice(name);
        for (i, f) in list.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            push_figure(out, f);
        }
    }
    out.extend_from_slice(b"]}");
}

fn push_figure(out: &mut Vec<u8>, f: &Figure) {
    out.extend_from_slice(b"{\"key\":");
    push_str(out, &[f.key]);
    out.extend_from_slice(b",\"label\":");
    push_str(out, &[f.label]);
    out.extend_from_slice(b",\"value\":");
    out.extend_from_slice(f.value.to_string().as_bytes());
    out.extend_from_slice(b",\"kind\":");
    push_str(out, &[f.kind]);
    let optional = [
        (",\"currency\":", f.currency),
        (",\"per\":", f.per),
        (",\"as_written\":", f.as_written),
    ];
    for (name, value) in optional {
        out.extend_from_slice(name.as_bytes());
        match value {
            Some(v) => push_str(out, &[v]),
            None => out.extend_from_slice(b"null"),
        }
    }
    out.extend_from_slice(b",\"sentence\":");
    match &f.sentence {
        Some(Sentence(s)) => push_str(out, &[&s.before, &s.number, &s.after]),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"check\":");
    push_str(out, &[f.check]);
    out.push(b'}');
}

/// `parts`, one after the other, as one JSON string: `"` and `\` escaped with a
/// backslash, the control characters as `\n`, `\t`… or `\u00XX`, all else as it is.
pub(super) fn push_str(out: &mut Vec<u8>, parts: &[&str]) {
    out.push(b'"');
    for part in parts {
        let mut rest = part.as_bytes();
        while let Some(i) = find_special(rest) {
            out.extend_from_slice(&rest[..i]);
            let b = rest[i];
            let short = match b {
                b'"' => b'"',
                b'\\' => b'\\',
                0x08 => b'b',
                0x09 => b't',
                0x0A => b'n',
                0x0C => b'f',
                0x0D => b'r',
                _ => 0,
            };
            match short {
                0 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let hex = [HEX[(b >> 4) as usize], HEX[(b & 0xF) as usize]];
                    out.extend_from_slice(b"\\u00");
                    out.extend_from_slice(&hex);
                }
                c => out.extend_from_slice(&[b'\\', c]),
            }
            rest = &rest[i + 1..];
        }
        out.extend_from_slice(rest);
    }
    out.push(b'"');
}

/// The first byte JSON escapes: `"`, `\` or below 0x20, looked for eight at a time.
fn find_special(bytes: &[u8]) -> Option<usize> {
    crate::escape::find_any_or_below::<2, 0x20>(bytes, *b"\"\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut text: String = (0u8..0x80).map(char::from).collect();
        text.push_str("Thái Nguyên – \"1 059\" \\ đ\u{7f}\u{2028}");
        for start in 0..text.len() {
            let Some(s) = text.get(start..) else { continue };
            let mut out = Vec::new();
            push_str(&mut out, &[s]);
            assert_eq!(out, serde_json::to_vec(s).unwrap(), "from {start}");
        }
        let mut out = Vec::new();
        push_str(&mut out, &["a\"", "", "\n\u{1}b"]);
        assert_eq!(out, serde_json::to_vec("a\"\n\u{1}b").unwrap());
    }
}
