//! Finishing a drawn chart: an accessible name and description, its own `<style>` for
//! the dark scheme, a background, rounded font sizes; and the highlighted year of a
//! report's charts, spliced into its region's drawing.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use plotters::style::RGBColor;

use super::drawn::Drawn;
use super::marks::{push_text, Hex, R1};
use crate::escape::{escape, escape_into};

/// Adds `class="cs"`, `role="img"`, `<title>` and `<desc>` (first children of the root,
/// with ids from `id` so that `aria-labelledby` points at them inline), and
/// `preserveAspectRatio="none"`: pages size every chart to its own aspect ratio, and a
/// box rounded to whole pixels then leaves no sub-pixel seams beside the drawing.
pub fn finish(svg: &str, id: &str, title: &str, desc: &str) -> String {
    let Some(open_end) = svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j))
    else {
        return svg.to_string();
    };
    let id = escape(id);
    let mut out = String::with_capacity(svg.len() + 3 * id.len() + title.len() + desc.len() + 160);
    out.push_str(svg[..open_end].trim_end_matches('/'));
    let _ = write!(
        out,
        " preserveAspectRatio=\"none\" class=\"cs\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n<title id=\"{id}-title\">"
    );
    escape_into(&mut out, title);
    let _ = write!(out, "</title>\n<desc id=\"{id}-desc\">");
    escape_into(&mut out, desc);
    out.push_str("</desc>");
    out.push_str(&svg[open_end + 1..]);
    out
}

/// Plotters' SVG added to `out` with, just inside its root, the chart's `<style>` and a
/// background, so a chart file reads in either scheme on its own; font sizes rounded.
pub fn prepare(out: &mut String, svg: &str, style: &str) {
    // The root's tag holds no font size: rounded on each side of where the style goes.
    match svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j + 1))
    {
        Some(at) => {
            round_font_sizes(out, &svg[..at]);
            out.push('\n');
            out.push_str(style);
            out.push_str("\n<rect class=\"bg\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
            round_font_sizes(out, &svg[at..]);
        }
        None => round_font_sizes(out, svg),
    }
}

fn round_font_sizes(out: &mut String, svg: &str) {
    const KEY: &str = "font-size=\"";
    let mut rest = svg;
    while let Some(i) = rest.find(KEY) {
        out.push_str(&rest[..i + KEY.len()]);
        rest = &rest[i + KEY.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        match rest[..end].parse::<f64>() {
            Ok(v) => {
                let _ = write!(out, "{}", R1(v));
            }
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
}

/// The place left for a highlight band, behind the data.
const BAND: &str = "<!--hl-->\n";

/// `d` with every year's highlight drawn, each in a group `id="y<year>"` hidden until
/// the file is opened at that year (`….svg#y2023`, CSS `:target`): one file serves
/// every report of a region, each showing its own year.
pub fn targets(d: &Drawn, notes: &BTreeMap<i32, String>, color: RGBColor) -> String {
    // The drawing without its band's place, in two parts around where the groups go
    // (before the last `</svg>`).
    let (a, b) = match d.svg.find(BAND) {
        Some(at) => (&d.svg[..at], &d.svg[at + BAND.len()..]),
        None => ("", d.svg.as_str()),
    };
    let (before, after) = match (a.rfind("</svg>"), b.rfind("</svg>")) {
        (_, Some(end)) => ([a, &b[..end]], [&b[end..], ""]),
        (Some(end), None) => ([&a[..end], ""], [&a[end..], b]),
        (None, None) => ([a, b], ["", ""]),
    };
    let mut out = String::with_capacity(d.svg.len() + 100 + d.marks.len() * 700);
    before.iter().for_each(|p| out.push_str(p));
    out.push_str("<style>.hly{display:none}.hly:target{display:inline}</style>\n");
    let c = Hex(color);
    for &year in d.marks.keys() {
        let note = notes.get(&year).map(String::as_str).unwrap_or_default();
        highlight(&mut out, d, year, note, (color, c));
    }
    after.iter().for_each(|p| out.push_str(p));
    out
}

/// `year` of `d` drawn over in `color`, in its group: its bar, or its point ringed on a
/// band across the plot; and `note` ("2023: 758") written in the line kept above the
/// plot. Nothing when the year has no mark.
fn highlight(out: &mut String, d: &Drawn, year: i32, note: &str, (color, c): (RGBColor, Hex)) {
    let Some(&[x, y, w, h]) = d.marks.get(&year) else {
        return;
    };
    let tip = d.tips.get(&year).map(String::as_str).unwrap_or_default();
    let [_, py, pw, ph] = d.plot;
    let _ = writeln!(out, "<g class=\"hly\" id=\"y{year}\">");
    if w == 0 {
        let slot = (pw as f64 / d.marks.len().max(1) as f64).clamp(8.0, 40.0);
        let _ = writeln!(
            out,
            "<rect class=\"hlb\" x=\"{}\" y=\"{py}\" width=\"{}\" height=\"{ph}\" fill=\"{c}\" opacity=\"0.15\"/>",
            R1(x as f64 - slot / 2.0),
            R1(slot)
        );
        let _ = write!(
            out,
            "<circle class=\"hls\" cx=\"{x}\" cy=\"{y}\" r=\"{}\" fill=\"none\" stroke=\"{c}\" stroke-width=\"2.5\"><title>",
            R1(d.font * 0.5),
        );
        escape_into(out, tip);
        out.push_str("</title></circle>\n");
    } else {
        super::marks::bar(out, [x, y, w, h], "hl", color, tip);
    }
    if let Some((nx, ny)) = d.note_at {
        let s = d.font * 0.75;
        let _ = writeln!(
            out,
            "<rect class=\"hlk\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{c}\"/>",
            R1(nx),
            R1(ny - s),
            R1(s),
            R1(s)
        );
        let at = [nx + s + 6.0, ny, d.font];
        let bold = " font-weight=\"bold\"";
        push_text(out, at, ("start", "hlt"), color, bold, note);
    }
    out.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_desc_come_first() {
        let svg = "<svg width=\"10\" height=\"5\" viewBox=\"0 0 10 5\" xmlns=\"http://www.w3.org/2000/svg\">\n<text font-size=\"12.096774193548388\">a</text>\n</svg>\n";
        let done = finish(
            &{
                let mut out = String::new();
                prepare(&mut out, svg, "<style></style>");
                out
            },
            "c1",
            "Bà Rịa & Vũng Tàu",
            "1 < 2",
        );
        assert!(done.contains("class=\"cs\" role=\"img\" aria-labelledby=\"c1-title c1-desc\">\n<title id=\"c1-title\">Bà Rịa &amp; Vũng Tàu</title>"), "{done}");
        assert!(
            done.contains("<desc id=\"c1-desc\">1 &lt; 2</desc>"),
            "{done}"
        );
        assert!(done.contains("font-size=\"12.1\""), "{done}");
        assert!(
            done.contains("</desc>\n<style></style>\n<rect class=\"bg\""),
            "{done}"
        );
    }
}
