//! What every chart is drawn on: its size for wide and narrow screens, the font (DejaVu
//! Sans, shipped in the binary, so text is measured the same on every machine), the
//! axes plotters draws with ticks where we want them, and the texts above the plot.

use foldhash::HashMap;
use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;

use super::colors::{Palette, GRID, TEXT};
use super::drawn::{err, Result};
use super::marks;
use super::scale::Scale;

/// How big a chart is drawn, for one kind of screen.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub width: u32,
    /// The size of every text, in SVG units.
    pub font: f64,
    pub plot_h: u32,
    /// Small multiples: panels per row, and each panel's height.
    pub cols: usize,
    pub panel_h: u32,
    /// At most this many years labelled, and about this many value ticks.
    pub x_labels: usize,
    pub y_steps: usize,
    /// Line width and point radius.
    pub line: f64,
    pub dot: f64,
}

/// Desktops: 720 units shown at most 768 px wide (48rem); its 15-unit text is 12 px or
/// more wherever it is shown (from 40rem, 608 px of chart, up).
pub const WIDE: Layout = Layout {
    width: 720,
    font: 15.0,
    plot_h: 250,
    cols: 4,
    panel_h: 160,
    x_labels: 12,
    y_steps: 5,
    line: 3.0,
    dot: 4.0,
};

/// Phones (below 40rem): 360 units, 328 px wide on a 360 px screen; 14-unit text is
/// 12.8 px there.
pub const NARROW: Layout = Layout {
    width: 360,
    font: 14.0,
    plot_h: 200,
    cols: 2,
    panel_h: 160,
    x_labels: 5,
    y_steps: 4,
    line: 2.5,
    dot: 3.5,
};

/// Room around the texts above the plot.
pub(super) const PAD: f64 = 8.0;
/// plotters writes a font's size divided by 1.24, so its fonts are asked that much larger.
const PLOTTERS_FONT: f64 = 1.24;

/// The chart font, registered once for every thread.
static FONT: OnceLock<Result<()>> = OnceLock::new();

/// Registers the chart font before a chart is drawn. A font that cannot be registered
/// fails the chart: every text would be measured by a guess and could overflow.
pub(super) fn ensure_font() -> Result<()> {
    FONT.get_or_init(|| register(include_bytes!("../../assets/fonts/DejaVuSans.ttf")))
        .clone()
}

fn register(font: &'static [u8]) -> Result<()> {
    plotters::style::register_font("sans-serif", FontStyle::Normal, font).map_err(|_| {
        "the chart font (DejaVu Sans, built into coopsite) is not a font plotters can read: \
         charts cannot be measured"
            .to_string()
    })
}

thread_local! {
    /// Widths measured on this thread, by size and text: the same tick labels, units
    /// and region names come back chart after chart, and laying a text out in the
    /// font costs thousands of instructions.
    static WIDTHS: std::cell::RefCell<HashMap<u64, HashMap<String, f64>>> =
        std::cell::RefCell::default();
}

/// How wide `text` is at `size` (measured a little wide, so it always fits).
pub fn text_width(text: &str, size: f64) -> f64 {
    let known = WIDTHS.with(|w| w.borrow().get(&size.to_bits())?.get(text).copied());
    if let Some(width) = known {
        return width;
    }
    // Every drawing registers the font first (`ensure_font`), and plotters measures
    // any text in a registered font; the guess is for a text it could not lay out.
    let width = ("sans-serif", size * PLOTTERS_FONT)
        .into_font()
        .box_size(text)
        .map(|(w, _)| w as f64)
        .unwrap_or(text.chars().count() as f64 * size * 0.62);
    WIDTHS.with(|w| {
        let mut w = w.borrow_mut();
        let by_text = w.entry(size.to_bits()).or_default();
        // A long `serve` session measures many texts: the memory stays bounded.
        if by_text.len() > 20_000 {
            by_text.clear();
        }
        by_text.insert(text.to_string(), width);
    });
    width
}

/// `text`, cut with "…" to fit `width`.
pub fn fit(text: &str, size: f64, width: f64) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len())
        .rev()
        .map(|n| format!("{}…", chars[..n].iter().collect::<String>().trim_end()))
        .find(|t| text_width(t, size) <= width)
        .unwrap_or_else(|| "…".into())
}

fn font(size: f64) -> TextStyle<'static> {
    ("sans-serif", size * PLOTTERS_FONT)
        .into_font()
        .color(&TEXT)
}

/// What plotters draws: the axes on an area.
pub(super) struct Mesh<'a> {
    pub(super) x: (f64, f64),
    pub(super) x_ticks: Vec<i32>,
    pub(super) scale: &'a Scale,
    pub(super) tick: &'a (dyn Fn(f64) -> String + Sync),
    pub(super) font: f64,
    pub(super) x_grid: bool,
    pub(super) top: u32,
    pub(super) x_area: u32,
}

/// A linear axis with ticks exactly where we want them (plotters' own `WithKeyPoints`
/// cannot take a label formatter on f64 axes).
struct Ticked {
    inner: plotters::coord::types::RangedCoordf64,
    ticks: Vec<f64>,
}

impl Ticked {
    fn new(lo: f64, hi: f64, ticks: Vec<f64>) -> Ticked {
        Ticked {
            inner: (lo..hi).into(),
            ticks,
        }
    }
}

impl Ranged for Ticked {
    type FormatOption = plotters::coord::ranged1d::DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.inner.map(value, limit)
    }

    fn key_points<H: plotters::coord::ranged1d::KeyPointHint>(&self, hint: H) -> Vec<f64> {
        match hint.weight().allow_light_points() {
            true => Vec::new(),
            false => self.ticks.clone(),
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.inner.range()
    }
}

/// Tick labels only at whole years.
fn whole_year(x: &f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        String::new()
    }
}

/// The plotting area (x, y, w, h), and where each wanted value landed.
pub(super) type Placed = ([i32; 4], Vec<(i32, i32)>);

/// Draws `m` on `area`; returns the plotting area (x, y, w, h) and where `want` lands.
pub(super) fn mesh_on(
    area: &DrawingArea<SVGBackend, Shift>,
    m: &Mesh,
    want: &[(f64, f64)],
) -> Result<Placed> {
    let widest = m
        .scale
        .ticks
        .iter()
        .map(|v| text_width(&(m.tick)(*v), m.font))
        .fold(0.0, f64::max);
    let xs: Vec<f64> = m.x_ticks.iter().map(|&y| y as f64).collect();
    let mut chart = ChartBuilder::on(area)
        .margin_top(m.top)
        .margin_right(12)
        .x_label_area_size(m.x_area)
        .y_label_area_size((widest + 14.0).ceil() as u32)
        .build_cartesian_2d(
            Ticked::new(m.x.0, m.x.1, xs),
            Ticked::new(m.scale.lo, m.scale.hi, m.scale.ticks.clone()),
        )
        .map_err(err)?;
    let y_fmt = |v: &f64| (m.tick)(*v);
    let mut mesh = chart.configure_mesh();
    mesh.x_label_formatter(&whole_year)
        .y_label_formatter(&y_fmt)
        .label_style(font(m.font))
        .bold_line_style(GRID)
        .axis_style(TEXT)
        .set_all_tick_mark_size(4);
    if !m.x_grid {
        mesh.disable_x_mesh();
    }
    mesh.draw().map_err(err)?;
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    let plot = [xr.start, yr.start, xr.end - xr.start, yr.end - yr.start];
    Ok((plot, want.iter().map(|p| chart.backend_coord(p)).collect()))
}

/// The texts above the plot: the unit, room for a highlighted year, the legend.
pub(super) struct Header {
    pub(super) height: u32,
    pub(super) svg: String,
    pub(super) note_at: Option<(f64, f64)>,
}

pub(super) fn header(
    l: &Layout,
    unit: &str,
    keep_note: bool,
    names: &[&str],
    p: &Palette,
) -> Header {
    let (f, lh) = (l.font, (l.font * 1.6).round());
    let right = l.width as f64 - PAD;
    let mut svg = marks::text(PAD, PAD + f, f, "start", "", &fit(unit, f, right - PAD));
    let mut y = PAD + lh;
    let note_at = keep_note.then_some((PAD, y + f));
    if keep_note {
        y += lh;
    }
    let mut x = PAD;
    for (i, name) in names.iter().enumerate() {
        let name = fit(name, f, right - PAD - 26.0);
        let w = 26.0 + text_width(&name, f);
        if x > PAD && x + w > right {
            x = PAD;
            y += lh;
        }
        marks::swatch(&mut svg, x, y + f * 0.65, 20.0, i, p);
        svg.push_str(&marks::text(x + 26.0, y + f, f, "start", "", &name));
        x += w + 18.0;
    }
    if !names.is_empty() {
        y += lh;
    }
    Header {
        height: y.ceil() as u32,
        svg,
        note_at,
    }
}

/// The plotting area as an invisible rectangle, for tests and tools.
pub(super) fn plot_rect([x, y, w, h]: [i32; 4]) -> String {
    format!(
        "<rect class=\"plot\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"none\"/>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::{ensure_font, register, text_width};

    #[test]
    fn a_font_that_cannot_be_registered_is_an_error_not_an_estimate() {
        let err = register(b"not a font").unwrap_err();
        assert!(err.contains("cannot be measured"), "{err}");
        ensure_font().expect("the built-in font registers");
        // Measured in the font, not guessed from the number of characters (0.62 em each).
        let guess = 4.0 * 15.0 * 0.62;
        assert!((text_width("iiii", 15.0) - guess).abs() > 5.0);
        assert!(text_width("WWWW", 15.0) > text_width("iiii", 15.0) * 2.0);
    }
}
