//! Finishing a drawn chart: an accessible name and description, its own `<style>` for
//! the dark scheme, a background, rounded font sizes; and the highlighted year of a
//! report's charts, spliced into its region's drawing.

use std::collections::BTreeMap;

use plotters::style::RGBColor;

use super::colors::hex;
use super::drawn::Drawn;
use super::marks::{r1, text_in};
use crate::escape::escape;

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
    format!(
        "{} preserveAspectRatio=\"none\" class=\"cs\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>{}",
        svg[..open_end].trim_end_matches('/'),
        escape(title),
        escape(desc),
        &svg[open_end + 1..]
    )
}

/// Just inside the root of plotters' SVG: the chart's `<style>` and a background, so a
/// chart file reads in either scheme on its own; font sizes rounded.
pub fn prepare(svg: &str, style: &str) -> String {
    let svg = round_font_sizes(svg);
    match svg.find("<svg").and_then(|i| svg[i..].find('>').map(|j| i + j + 1)) {
        Some(at) => format!(
            "{}\n{style}\n<rect class=\"bg\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{}",
            &svg[..at],
            &svg[at..]
        ),
        None => svg,
    }
}

fn round_font_sizes(svg: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(i) = rest.find(KEY) {
        out.push_str(&rest[..i + KEY.len()]);
        rest = &rest[i + KEY.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        match rest[..end].parse::<f64>() {
            Ok(v) => out.push_str(&r1(v)),
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The place left for a highlight band, behind the data.
const BAND: &str = "<!--hl-->\n";

/// `d` with every year's highlight drawn, each in a group `id="y<year>"` hidden until
/// the file is opened at that year (`….svg#y2023`, CSS `:target`): one file serves
/// every report of a region, each showing its own year.
pub fn targets(d: &Drawn, notes: &BTreeMap<i32, String>, color: RGBColor) -> String {
    let svg = d.svg.replacen(BAND, "", 1);
    let mut groups = String::from("<style>.hly{display:none}.hly:target{display:inline}</style>\n");
    for &year in d.marks.keys() {
        let note = notes.get(&year).map(String::as_str).unwrap_or_default();
        if let Some((band, over)) = highlight(d, year, note, color) {
            groups.push_str(&format!(
                "<g class=\"hly\" id=\"y{year}\">\n{band}{over}</g>\n"
            ));
        }
    }
    let end = svg.rfind("</svg>").unwrap_or(svg.len());
    format!("{}{groups}{}", &svg[..end], &svg[end..])
}

/// `year` of `d` drawn over in `color`: its bar, or its point ringed on a band across
/// the plot; and `note` ("2023: 758") written in the line kept above the plot. None
/// when the year has no mark.
fn highlight(d: &Drawn, year: i32, note: &str, color: RGBColor) -> Option<(String, String)> {
    let &[x, y, w, h] = d.marks.get(&year)?;
    let c = hex(color);
    let tip = d.tips.get(&year).map(String::as_str).unwrap_or_default();
    let [_, py, pw, ph] = d.plot;
    let mut band = String::new();
    let mut over = String::new();
    if w == 0 {
        let slot = (pw as f64 / d.marks.len().max(1) as f64).clamp(8.0, 40.0);
        band = format!(
            "<rect class=\"hlb\" x=\"{}\" y=\"{py}\" width=\"{}\" height=\"{ph}\" fill=\"{c}\" opacity=\"0.15\"/>\n",
            r1(x as f64 - slot / 2.0),
            r1(slot)
        );
        over = format!(
            "<circle class=\"hls\" cx=\"{x}\" cy=\"{y}\" r=\"{}\" fill=\"none\" stroke=\"{c}\" stroke-width=\"2.5\"><title>{}</title></circle>\n",
            r1(d.font * 0.5),
            escape(tip)
        );
    } else {
        super::marks::bar(&mut over, [x, y, w, h], "hl", color, tip);
    }
    if let Some((nx, ny)) = d.note_at {
        let s = d.font * 0.75;
        over.push_str(&format!(
            "<rect class=\"hlk\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{c}\"/>\n",
            r1(nx),
            r1(ny - s),
            r1(s),
            r1(s)
        ));
        let bold = " font-weight=\"bold\"";
        over.push_str(&text_in(
            nx + s + 6.0,
            ny,
            d.font,
            "start",
            "hlt",
            color,
            bold,
            note,
        ));
    }
    Some((band, over))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_desc_come_first() {
        let svg = "<svg width=\"10\" height=\"5\" viewBox=\"0 0 10 5\" xmlns=\"http://www.w3.org/2000/svg\">\n<text font-size=\"12.096774193548388\">a</text>\n</svg>\n";
        let done = finish(
            &prepare(svg, "<style></style>"),
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
