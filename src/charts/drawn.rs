//! What drawing a chart gives: its SVG and where its marks stand, and the error of a
//! drawing that failed. Below every step of drawing ([`super::draw`], [`super::frame`],
//! [`super::svg`], [`super::hbars`]), importing none of them.

use std::collections::BTreeMap;

pub(super) type Result<T> = std::result::Result<T, String>;

pub(super) fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("chart drawing failed: {e:?}")
}

/// A drawn chart, and where its marks stand, so that one year can be highlighted
/// later without drawing it again.
#[derive(Debug, Clone)]
pub struct Drawn {
    pub svg: String,
    pub size: (u32, u32),
    /// The plotting area: x, y, width, height.
    pub plot: [i32; 4],
    /// Year → the first series' mark: a point (x, y, 0, 0) or a bar (x, y, w, h).
    pub marks: BTreeMap<i32, [i32; 4]>,
    /// Year → that mark's tooltip.
    pub tips: BTreeMap<i32, String>,
    /// Where a highlighted year is written (x, baseline), when room was kept for it.
    pub note_at: Option<(f64, f64)>,
    pub font: f64,
}

impl Drawn {
    /// A drawing with no marks kept yet.
    pub(super) fn new(
        svg: String,
        size: (u32, u32),
        plot: [i32; 4],
        note_at: Option<(f64, f64)>,
        font: f64,
    ) -> Drawn {
        Drawn {
            svg,
            size,
            plot,
            marks: BTreeMap::new(),
            tips: BTreeMap::new(),
            note_at,
            font,
        }
    }
}
