//! The SVG a chart's data is drawn as, written directly (plotters draws the axes): lines,
//! points and bars that each carry a `<title>` (a hover shows the value, no script
//! needed), and the texts above the plot: unit, legend, highlighted year.

use std::fmt::Write as _;

use plotters::style::RGBColor;

use super::colors::{hex, Palette, TEXT};
use crate::escape::{escape, escape_into};

/// A text in the text colour, its baseline at `y`.
pub fn text(x: f64, y: f64, size: f64, anchor: &str, class: &str, content: &str) -> String {
    text_in(x, y, size, anchor, class, TEXT, "", content)
}

/// A text in `color`, with `extra` attributes (e.g. ` font-weight="bold"`).
#[allow(clippy::too_many_arguments)]
pub fn text_in(
    x: f64,
    y: f64,
    size: f64,
    anchor: &str,
    class: &str,
    color: RGBColor,
    extra: &str,
    content: &str,
) -> String {
    let mut out = String::with_capacity(128 + content.len());
    push_text(
        &mut out,
        [x, y, size],
        (anchor, class),
        color,
        extra,
        content,
    );
    out
}

/// [`text_in`], added to `out`: at (x, y), `size` high, anchored and classed as told.
pub fn push_text(
    out: &mut String,
    [x, y, size]: [f64; 3],
    (anchor, class): (&str, &str),
    color: RGBColor,
    extra: &str,
    content: &str,
) {
    out.push_str("<text");
    if !class.is_empty() {
        let _ = write!(out, " class=\"{class}\"");
    }
    let _ = write!(
        out,
        " x=\"{}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"{}\" text-anchor=\"{anchor}\" fill=\"{}\"{extra}>",
        R1(x),
        R1(y),
        R1(size),
        Hex(color),
    );
    escape_into(out, content);
    out.push_str("</text>\n");
}

/// A number for an attribute: at most one decimal. Written from whole tenths
/// (formatting a float to a precision showed in the profile of a build).
pub fn r1(v: f64) -> String {
    R1(v).to_string()
}

/// [`r1`] written where it is wanted, with no string of its own (`write!` of a chart's
/// marks).
#[derive(Clone, Copy)]
pub struct R1(pub f64);

impl std::fmt::Display for R1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round();
        if !tenths.is_finite() || tenths.abs() >= 1e15 {
            return write!(f, "{:.1}", tenths / 10.0);
        }
        let t = tenths as i64;
        match (t / 10, (t % 10).abs()) {
            (whole, 0) => write!(f, "{whole}"),
            (0, tenth) if t < 0 => write!(f, "-0.{tenth}"),
            (whole, tenth) => write!(f, "{whole}.{tenth}"),
        }
    }
}

/// A colour as `#rrggbb`, written where it is wanted ([`hex`] with no string).
#[derive(Clone, Copy)]
pub struct Hex(pub RGBColor);

impl std::fmt::Display for Hex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = self.0;
        write!(f, "#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
    }
}

/// One run of consecutive years as a line, in series `i`'s colour.
pub fn polyline(out: &mut String, pts: &[(i32, i32)], i: usize, width: f64, p: &Palette) {
    if pts.len() < 2 {
        return;
    }
    let _ = write!(
        out,
        "<polyline class=\"l{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\" points=\"",
        p.class(i),
        Hex(p.series(i)),
        R1(width)
    );
    for (k, &(x, y)) in pts.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        push_int(out, x);
        out.push(',');
        push_int(out, y);
    }
    out.push_str("\"/>\n");
}

/// The points of series `i`, each with its value as a tooltip, in one group that
/// gives them their colour.
pub fn points(out: &mut String, pts: &[((i32, i32), String)], r: f64, i: usize, p: &Palette) {
    if pts.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<g class=\"p{}\" fill=\"{}\">",
        p.class(i),
        Hex(p.series(i))
    );
    let r = r1(r);
    for &((x, y), ref tip) in pts {
        out.push_str("<circle cx=\"");
        push_int(out, x);
        out.push_str("\" cy=\"");
        push_int(out, y);
        out.push_str("\" r=\"");
        out.push_str(&r);
        out.push_str("\"><title>");
        escape_into(out, tip);
        out.push_str("</title></circle>\n");
    }
    out.push_str("</g>\n");
}

/// A whole number in decimal, added to `out` (no formatter: a chart writes thousands).
pub fn push_int(out: &mut String, v: i32) {
    let mut buf = [0u8; 11];
    let mut at = buf.len();
    let mut n = v.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    out.push_str(std::str::from_utf8(&buf[at..]).unwrap_or_default());
}

/// A bar (x, y, width, height) with its value as a tooltip.
pub fn bar(out: &mut String, [x, y, w, h]: [i32; 4], class: &str, color: RGBColor, tip: &str) {
    let _ = write!(
        out,
        "<rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{}\"><title>",
        Hex(color),
    );
    escape_into(out, tip);
    out.push_str("</title></rect>\n");
}

/// The mark of a value axis that does not start at zero: the axis cut by two slanted
/// strokes near its foot, with `title` (e.g. "The axis does not start at zero") as its
/// tooltip.
pub fn axis_break(out: &mut String, [x, y, _, h]: [i32; 4], title: &str) {
    let (x, foot) = (x as f64, (y + h) as f64 - 24.0);
    let _ = writeln!(
        out,
        "<g class=\"axis-break\"><title>{}</title><rect class=\"bg\" x=\"{}\" y=\"{}\" width=\"12\" height=\"5\" fill=\"#ffffff\"/><path d=\"M{},{} l12,-5 M{},{} l12,-5\" stroke=\"{}\" stroke-width=\"1.5\" fill=\"none\"/></g>",
        escape(title),
        r1(x - 6.0),
        r1(foot),
        r1(x - 6.0),
        r1(foot + 2.5),
        r1(x - 6.0),
        r1(foot + 7.5),
        hex(TEXT).to_uppercase(),
    );
}

/// A legend's swatch: a short thick line in series `i`'s colour, centred on `y`.
pub fn swatch(out: &mut String, x: f64, y: f64, len: f64, i: usize, p: &Palette) {
    let _ = writeln!(
        out,
        "<line class=\"l{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"4\"/>",
        p.class(i),
        r1(x),
        r1(y),
        r1(x + len),
        r1(y),
        hex(p.series(i))
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_carry_their_values() {
        let p = Palette::from_config(&crate::config::ChartsConfig::default());
        let mut out = String::new();
        let tip = "Hòa Bình, 2023 – A & B: 758".to_string();
        points(&mut out, &[((10, 20), tip)], 4.0, 0, &p);
        assert_eq!(
            out,
            "<g class=\"p0\" fill=\"#08306b\">\n<circle cx=\"10\" cy=\"20\" r=\"4\"><title>Hòa Bình, 2023 – A &amp; B: 758</title></circle>\n</g>\n"
        );
        assert_eq!(r1(12.25), "12.3");
        assert_eq!(r1(14.0), "14");
        for v in [-12.25f64, -0.44, -0.04, 0.04, 0.96, 7.05, -3.0, 1234.56] {
            let r = (v * 10.0).round() / 10.0;
            let old = if r == r.trunc() {
                format!("{}", r as i64)
            } else {
                format!("{r:.1}")
            };
            assert_eq!(r1(v), old, "{v}");
        }
        for v in [0, 7, -7, 10, -305, 2024, i32::MAX, i32::MIN] {
            let mut s = String::new();
            push_int(&mut s, v);
            assert_eq!(s, v.to_string());
        }
        let mut line = String::new();
        polyline(&mut line, &[(1, 2)], 0, 3.0, &p);
        assert!(line.is_empty(), "one point is no line");
    }
}
