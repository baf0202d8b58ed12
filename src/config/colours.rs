//! The charts' colours in `coopsite.yaml` (`charts:`), and the contrast each needs on
//! white (WCAG): `#rrggbb` read as red, green, blue, and its luminance.

use serde::Deserialize;

/// The charts' colours, as `#rrggbb`. Each needs 3:1 contrast on white (WCAG 1.4.11).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ChartsConfig {
    /// One colour per line, in order.
    pub colors: Vec<String>,
    /// The bars of a report's chart.
    pub bar: String,
    /// The report's own year in its chart.
    pub highlight: String,
    /// Where the charts' PNG copies are kept between builds (`.coopsite-cache/png/` in
    /// the site's folder, set by the build; not a setting of coopsite.yaml).
    #[serde(skip)]
    pub png_cache: Option<std::path::PathBuf>,
}

impl Default for ChartsConfig {
    fn default() -> Self {
        // Dark and light by turns: each keeps 3:1 on white, and 3:1 with the colours
        // beside it (series that meet, a highlighted bar among the others).
        let colors = [
            "#08306b", "#e07000", "#00441b", "#2b8cbe", "#67000d", "#668f00", "#3f007d", "#d6456e",
        ];
        ChartsConfig {
            colors: colors.iter().map(|c| c.to_string()).collect(),
            bar: "#2b8cbe".into(),
            highlight: "#67000d".into(),
            png_cache: None,
        }
    }
}

/// `#rrggbb` (or `#rgb`) as red, green, blue.
pub fn rgb(hex: &str) -> Option<[u8; 3]> {
    let h = hex.strip_prefix('#')?;
    let full: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.to_string(),
        _ => return None,
    };
    if !full.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(full.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// The WCAG contrast ratio of a colour against white.
pub fn contrast_on_white(c: [u8; 3]) -> f64 {
    1.05 / (luminance(c) + 0.05)
}

/// The relative luminance of a colour (WCAG 2).
pub fn luminance(c: [u8; 3]) -> f64 {
    let channel = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_contrast() {
        assert_eq!(rgb("#0b5cad"), Some([0x0b, 0x5c, 0xad]));
        assert_eq!(rgb("#fff"), Some([255, 255, 255]));
        assert_eq!(rgb("blue"), None);
        assert_eq!(rgb("#+f+f+f"), None);
        assert_eq!(rgb("#+ff"), None);
        assert!((contrast_on_white([0, 0, 0]) - 21.0).abs() < 0.01);
        assert!((contrast_on_white([255, 255, 255]) - 1.0).abs() < 0.01);
        // Lines, points and bars are graphics (3:1); the highlight is also text (4.5:1).
        let d = ChartsConfig::default();
        for c in d.colors.iter().chain([&d.bar]) {
            assert!(contrast_on_white(rgb(c).unwrap()) >= 3.0, "{c}");
        }
        assert!(contrast_on_white(rgb(&d.highlight).unwrap()) >= 4.5);
    }
}
