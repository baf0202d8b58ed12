//! Finishing plotters' SVG: an accessible name and description, rounded font sizes,
//! and the highlighted year of a report's chart.

use plotters::style::RGBColor;

use super::draw::{hex, Bars};
use crate::escape::escape;

/// Adds `role="img"`, `<title>` and `<desc>` (first children of the root, with ids
/// from `id` so an inline copy can point `aria-labelledby` at them), and rounds the
/// font sizes plotters writes with many decimals.
pub fn finish(svg: &str, id: &str, title: &str, desc: &str) -> String {
    let svg = round_font_sizes(svg);
    let Some(open_end) = svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j))
    else {
        return svg;
    };
    let id = escape(id);
    format!(
        "{} role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>{}",
        svg[..open_end].trim_end_matches('/'),
        escape(title),
        escape(desc),
        &svg[open_end + 1..]
    )
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
            Ok(v) => out.push_str(&format!("{:.1}", v)),
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The bar chart with `year`'s bar drawn over in the highlight colour and its value
/// written above it.
pub fn highlight(bars: &Bars, year: i32, value_label: &str, color: RGBColor) -> Option<String> {
    let &(x, y, w, h) = bars.rects.get(&year)?;
    let end = bars.svg.rfind("</svg>")?;
    let color = hex(color);
    let overlay = format!(
        "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{color}\"/>\n\
         <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"13\" font-weight=\"bold\" fill=\"{color}\">{}</text>\n",
        x + w / 2,
        (y - 6).max(12),
        escape(value_label)
    );
    Some(format!("{}{overlay}{}", &bars.svg[..end], &bars.svg[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_desc_come_first() {
        let svg = "<svg width=\"10\" height=\"5\" viewBox=\"0 0 10 5\" xmlns=\"http://www.w3.org/2000/svg\">\n<text font-size=\"12.096774193548388\">a</text>\n</svg>\n";
        let done = finish(svg, "c1", "Bà Rịa & Vũng Tàu", "1 < 2");
        assert!(done.contains("role=\"img\" aria-labelledby=\"c1-title c1-desc\">\n<title id=\"c1-title\">Bà Rịa &amp; Vũng Tàu</title>"), "{done}");
        assert!(
            done.contains("<desc id=\"c1-desc\">1 &lt; 2</desc>"),
            "{done}"
        );
        assert!(done.contains("font-size=\"12.1\""), "{done}");
    }
}
