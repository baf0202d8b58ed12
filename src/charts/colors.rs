//! The colours a chart is drawn in, light and dark: the configured ones (checked for
//! 3:1 contrast on white in `config`), and for `prefers-color-scheme: dark` the same
//! colours lightened until they keep at least 4.5:1 on the dark background. Each SVG
//! carries the dark colours in its own `<style>`, which applies inline and as a file.

use std::fmt::Write as _;

use plotters::style::RGBColor;

/// Text, axes and grid in the light scheme (plotters writes them as attributes).
pub const TEXT: RGBColor = RGBColor(0x1b, 0x1f, 0x24);
pub const GRID: RGBColor = RGBColor(0xe3, 0xe6, 0xea);
pub const WHITE: RGBColor = RGBColor(0xff, 0xff, 0xff);

/// The dark scheme: the page's background (style.css), text, grid and axes.
pub const DARK_BG: RGBColor = RGBColor(0x15, 0x18, 0x1c);
const DARK_TEXT: RGBColor = RGBColor(0xe4, 0xe7, 0xeb);
const DARK_GRID: RGBColor = RGBColor(0x34, 0x3b, 0x44);
const DARK_AXIS: RGBColor = RGBColor(0x9a, 0xa3, 0xad);
/// The contrast every data colour keeps on [`DARK_BG`] (the rule is 3:1; small points
/// on a dark ground read better with more).
pub const DARK_MIN: f64 = 4.5;

/// A chart's colours in both schemes.
#[derive(Debug, Clone)]
pub struct Palette {
    pub series: Vec<RGBColor>,
    pub bar: RGBColor,
    pub highlight: RGBColor,
    pub dark_series: Vec<RGBColor>,
    pub dark_bar: RGBColor,
    pub dark_highlight: RGBColor,
    /// The `<style>` of every chart (see [`Palette::css`]).
    pub style: String,
}

impl Palette {
    pub fn from_config(c: &crate::config::ChartsConfig) -> Palette {
        let color = |hex: &str| {
            let [r, g, b] = crate::config::rgb(hex).unwrap_or([0x1b, 0x1f, 0x24]);
            RGBColor(r, g, b)
        };
        let mut series: Vec<RGBColor> = c.colors.iter().map(|h| color(h)).collect();
        if series.is_empty() {
            series.push(TEXT);
        }
        let (bar, highlight) = (color(&c.bar), color(&c.highlight));
        let mut dark_series: Vec<RGBColor> = series.iter().map(|&c| for_dark(c)).collect();
        apart(&mut dark_series);
        let mut dark_pair = [for_dark(bar), for_dark(highlight)];
        apart(&mut dark_pair);
        let mut p = Palette {
            dark_series,
            dark_bar: dark_pair[0],
            dark_highlight: dark_pair[1],
            series,
            bar,
            highlight,
            style: String::new(),
        };
        p.style = p.css();
        p
    }

    /// The light colour of series `i` (colours repeat past the last).
    pub fn series(&self, i: usize) -> RGBColor {
        self.series[i % self.series.len()]
    }

    /// The index of series `i`'s colour, for its class (`l0`, `p0`…).
    pub fn class(&self, i: usize) -> usize {
        i % self.series.len()
    }

    /// The `<style>` every chart carries: the dark scheme, on screens only (print keeps
    /// the light colours).
    fn css(&self) -> String {
        let mut dark = format!(
            ".cs .bg{{fill:{}}}.cs text{{fill:{}}}.cs [stroke=\"{}\"]{{stroke:{}}}.cs [stroke=\"{}\"]{{stroke:{}}}",
            hex(DARK_BG),
            hex(DARK_TEXT),
            upper_hex(GRID),
            hex(DARK_GRID),
            upper_hex(TEXT),
            hex(DARK_AXIS)
        );
        for (i, c) in self.dark_series.iter().enumerate() {
            let c = hex(*c);
            let _ = write!(dark, ".cs .l{i}{{stroke:{c}}}.cs .p{i}{{fill:{c}}}");
        }
        let (b, h) = (hex(self.dark_bar), hex(self.dark_highlight));
        let _ = write!(
            dark,
            ".cs .bar{{fill:{b}}}.cs .hl,.cs .hlb,.cs .hlt,.cs .hlk{{fill:{h}}}.cs .hls{{stroke:{h}}}"
        );
        format!("<style>@media screen and (prefers-color-scheme:dark){{{dark}}}</style>")
    }
}

/// A hex colour for SVG attributes and CSS.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// As plotters writes colours.
fn upper_hex(c: RGBColor) -> String {
    hex(c).to_uppercase()
}

/// Relative luminance (WCAG 2).
fn luminance(c: RGBColor) -> f64 {
    crate::config::luminance([c.0, c.1, c.2])
}

/// The WCAG contrast ratio of two colours.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `c` mixed with white, step by step, until it keeps [`DARK_MIN`] on [`DARK_BG`].
pub fn for_dark(c: RGBColor) -> RGBColor {
    (0..=40)
        .map(|i| mix_white(c, i as f64 / 40.0))
        .find(|&m| contrast(m, DARK_BG) >= DARK_MIN)
        .unwrap_or(WHITE)
}

/// The contrast colours side by side keep with each other (WCAG 1.4.11).
pub const APART: f64 = 3.0;

/// Colours side by side (each after the one before) made to keep [`APART`]: where two
/// neighbours do not, the lighter is mixed with white until they do. The dark scheme
/// lightens every colour to one contrast on its background, which would bring
/// neighbours that kept 3:1 in the light scheme together again.
fn apart(colors: &mut [RGBColor]) {
    for i in 1..colors.len() {
        let (a, b) = (colors[i - 1], colors[i]);
        if contrast(a, b) >= APART {
            continue;
        }
        let lighter = if luminance(b) >= luminance(a) {
            i
        } else {
            i - 1
        };
        let other = if lighter == i { a } else { b };
        let c = colors[lighter];
        colors[lighter] = (0..=40)
            .map(|k| mix_white(c, k as f64 / 40.0))
            .find(|&m| contrast(m, other) >= APART)
            .unwrap_or(WHITE);
    }
}

/// `c` mixed with white: `t` = 0 is `c`, 1 is white.
fn mix_white(c: RGBColor, t: f64) -> RGBColor {
    let m = |v: u8| (v as f64 + (255.0 - v as f64) * t).round() as u8;
    RGBColor(m(c.0), m(c.1), m(c.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_colours_keep_their_contrast() {
        let p = Palette::from_config(&crate::config::ChartsConfig::default());
        for &c in p.dark_series.iter().chain([&p.dark_bar, &p.dark_highlight]) {
            assert!(contrast(c, DARK_BG) >= DARK_MIN, "{}", hex(c));
        }
        for &c in p.series.iter().chain([&p.bar, &p.highlight]) {
            assert!(contrast(c, WHITE) >= 3.0, "{}", hex(c));
        }
        assert!(contrast(DARK_TEXT, DARK_BG) >= 4.5);
        assert!(contrast(DARK_AXIS, DARK_BG) >= 3.0);
        // A colour that is light enough already stays as it is.
        assert_eq!(
            for_dark(RGBColor(0xff, 0xdd, 0x00)),
            RGBColor(0xff, 0xdd, 0x00)
        );
        for pair in p.series.windows(2).chain(p.dark_series.windows(2)) {
            assert!(
                contrast(pair[0], pair[1]) >= APART,
                "{} {}",
                hex(pair[0]),
                hex(pair[1])
            );
        }
        assert!(contrast(p.bar, p.highlight) >= APART);
        // The highlighted year is also written in its colour: text needs 4.5:1.
        assert!(contrast(p.highlight, WHITE) >= 4.5);
        assert!(contrast(p.dark_bar, p.dark_highlight) >= APART);
        let style = &p.style;
        assert!(style.contains(".cs .l0{stroke:#") && style.contains("prefers-color-scheme:dark"));
    }
}
