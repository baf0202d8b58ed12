//! Drawing with plotters' SVG backend. Text is laid out with DejaVu Sans, shipped in the
//! binary, so the layout is the same on every machine, fonts installed or not.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;

/// The size of a single chart, in SVG user units.
pub const SIZE: (u32, u32) = (720, 360);

/// The colours a chart is drawn in (from `coopsite.yaml`'s `charts`, checked there for
/// contrast on white).
#[derive(Debug, Clone)]
pub struct Palette {
    pub series: Vec<RGBColor>,
    pub bar: RGBColor,
    pub highlight: RGBColor,
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
        Palette {
            series,
            bar: color(&c.bar),
            highlight: color(&c.highlight),
        }
    }

    fn series(&self, i: usize) -> RGBColor {
        self.series[i % self.series.len()]
    }
}

const TEXT: RGBColor = RGBColor(0x1b, 0x1f, 0x24);
const GRID: RGBColor = RGBColor(0xe3, 0xe6, 0xea);

static FONT: OnceLock<bool> = OnceLock::new();

fn ensure_font() {
    FONT.get_or_init(|| {
        plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
        )
        .is_ok()
    });
}

/// One line: a value per year, `None` where the year has no figure (a gap).
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub points: Vec<(i32, Option<f64>)>,
}

impl Series {
    /// Runs of consecutive years that have values.
    fn segments(&self) -> Vec<Vec<(f64, f64)>> {
        let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (year, v) in &self.points {
            match v {
                Some(v) => run.push((*year as f64, *v)),
                None if !run.is_empty() => out.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        if !run.is_empty() {
            out.push(run);
        }
        out
    }

    fn max(&self) -> f64 {
        self.points.iter().filter_map(|p| p.1).fold(0.0, f64::max)
    }
}

/// How the axes are labelled.
pub struct Axis<'a> {
    pub x_desc: &'a str,
    pub y_desc: &'a str,
    /// Formats a y value for a tick label.
    pub fmt: &'a (dyn Fn(f64) -> String + Sync),
}

type Result<T> = std::result::Result<T, String>;

fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("chart drawing failed: {e:?}")
}

/// The upper end of the y axis: a little above the largest value; 1 when all are 0.
fn y_top(max: f64) -> f64 {
    if max <= 0.0 {
        1.0
    } else {
        max * 1.12
    }
}

/// Years on the x axis; a single year gets room on both sides.
fn x_span(series: &[&[(i32, Option<f64>)]]) -> (i32, i32) {
    let years = series.iter().flat_map(|s| s.iter().map(|p| p.0));
    let (lo, hi) = years.fold((i32::MAX, i32::MIN), |(l, h), y| (l.min(y), h.max(y)));
    if lo > hi {
        (0, 1)
    } else if lo == hi {
        (lo - 1, hi + 1)
    } else {
        (lo, hi)
    }
}

/// The x axis as numbers, with room so the first and last points are not cut.
fn x_axis(span: (i32, i32)) -> std::ops::Range<f64> {
    (span.0 as f64 - 0.3)..(span.1 as f64 + 0.3)
}

/// Tick labels only at whole years.
fn whole_year(x: &f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        String::new()
    }
}

fn label_area(axis: &Axis, top: f64) -> u32 {
    let widest = (0..=4)
        .map(|i| (axis.fmt)(top * i as f64 / 4.0).chars().count())
        .max()
        .unwrap_or(4);
    (widest as u32 * 8 + 34).clamp(50, 130)
}

type Chart2d<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A full-size chart with its axes, labels and grid drawn.
fn full_chart<'a, 'b>(
    root: &'a DrawingArea<SVGBackend<'b>, Shift>,
    axis: &Axis,
    x: std::ops::Range<f64>,
    top: f64,
    x_labels: usize,
    x_grid: bool,
) -> Result<Chart2d<'a, 'b>> {
    let mut chart = ChartBuilder::on(root)
        .margin(14)
        .x_label_area_size(44)
        .y_label_area_size(label_area(axis, top))
        .build_cartesian_2d(x, 0f64..top)
        .map_err(err)?;
    let y_fmt = |v: &f64| (axis.fmt)(*v);
    let mut mesh = chart.configure_mesh();
    mesh.x_labels(x_labels)
        .y_labels(6)
        .x_label_formatter(&whole_year)
        .y_label_formatter(&y_fmt)
        .x_desc(axis.x_desc)
        .y_desc(axis.y_desc)
        .label_style(("sans-serif", 15).into_font().color(&TEXT))
        .axis_desc_style(("sans-serif", 15).into_font().color(&TEXT))
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(TEXT);
    if !x_grid {
        mesh.disable_x_mesh();
    }
    mesh.draw().map_err(err)?;
    Ok(chart)
}

/// Lines over the years, one per series, with a legend; gaps stay gaps.
pub fn lines(series: &[Series], axis: &Axis, palette: &Palette) -> Result<String> {
    ensure_font();
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let top = y_top(series.iter().map(Series::max).fold(0.0, f64::max));
        let spans: Vec<&[(i32, Option<f64>)]> =
            series.iter().map(|s| s.points.as_slice()).collect();
        let (x0, x1) = x_span(&spans);
        let x_labels = ((x1 - x0 + 1) as usize).min(12);
        let mut chart = full_chart(&root, axis, x_axis((x0, x1)), top, x_labels, true)?;
        for (i, s) in series.iter().enumerate() {
            let color = palette.series(i);
            let style = color.stroke_width(3);
            chart
                .draw_series(LineSeries::new(std::iter::empty::<(f64, f64)>(), style))
                .map_err(err)?
                .label(s.name.as_str())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 22, y)], style));
            for seg in s.segments() {
                chart
                    .draw_series(LineSeries::new(seg.iter().copied(), style))
                    .map_err(err)?;
                chart
                    .draw_series(seg.iter().map(|&p| Circle::new(p, 4, color.filled())))
                    .map_err(err)?;
            }
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.9))
            .border_style(GRID)
            .label_font(("sans-serif", 15).into_font().color(&TEXT))
            .draw()
            .map_err(err)?;
        root.present().map_err(err)?;
    }
    Ok(buf)
}

/// One small panel per series, sharing both axes: for many regions, where one legend
/// would be unreadable.
pub fn small_multiples(
    series: &[Series],
    axis: &Axis,
    cols: usize,
    palette: &Palette,
) -> Result<(String, (u32, u32))> {
    ensure_font();
    let cols = cols.max(1);
    let rows = series.len().div_ceil(cols).max(1);
    let size = (SIZE.0, 40 + rows as u32 * 150);
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (head, body) = root.split_vertically(40);
        head.draw(&Text::new(
            axis.y_desc.to_string(),
            (8, 12),
            ("sans-serif", 15).into_font().color(&TEXT),
        ))
        .map_err(err)?;
        let top = y_top(series.iter().map(Series::max).fold(0.0, f64::max));
        let spans: Vec<&[(i32, Option<f64>)]> =
            series.iter().map(|s| s.points.as_slice()).collect();
        let span = x_span(&spans);
        let panels: Vec<DrawingArea<SVGBackend, Shift>> = body.split_evenly((rows, cols));
        for (s, panel) in series.iter().zip(panels.iter()) {
            let mut chart = ChartBuilder::on(panel)
                .caption(s.name.as_str(), ("sans-serif", 13).into_font().color(&TEXT))
                .margin(6)
                .x_label_area_size(20)
                .y_label_area_size(label_area(axis, top).min(70))
                .build_cartesian_2d(x_axis(span), 0f64..top)
                .map_err(err)?;
            chart
                .configure_mesh()
                .x_labels(3)
                .y_labels(3)
                .x_label_formatter(&whole_year)
                .y_label_formatter(&|v| (axis.fmt)(*v))
                .label_style(("sans-serif", 11).into_font().color(&TEXT))
                .light_line_style(WHITE)
                .bold_line_style(GRID)
                .axis_style(TEXT)
                .draw()
                .map_err(err)?;
            let color = palette.series(0);
            for seg in s.segments() {
                chart
                    .draw_series(LineSeries::new(seg.iter().copied(), color.stroke_width(2)))
                    .map_err(err)?;
                chart
                    .draw_series(seg.iter().map(|&p| Circle::new(p, 2, color.filled())))
                    .map_err(err)?;
            }
        }
        root.present().map_err(err)?;
    }
    Ok((buf, size))
}

/// A bar chart of one series, and where each year's bar stands in the SVG, so that
/// one year can be highlighted later without drawing the chart again.
#[derive(Clone)]
pub struct Bars {
    pub svg: String,
    /// Year → (x, y, width, height) of its bar, in SVG units.
    pub rects: BTreeMap<i32, (i32, i32, i32, i32)>,
}

pub fn bars(points: &[(i32, Option<f64>)], axis: &Axis, palette: &Palette) -> Result<Bars> {
    ensure_font();
    let mut buf = String::new();
    let mut rects = BTreeMap::new();
    {
        let root = SVGBackend::with_string(&mut buf, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let top = y_top(points.iter().filter_map(|p| p.1).fold(0.0, f64::max));
        let (x0, x1) = x_span(&[points]);
        let (x0, x1) = (x0 as f64 - 0.6, x1 as f64 + 0.6);
        let x_labels = ((x1 - x0) as usize + 1).min(13);
        let mut chart = full_chart(&root, axis, x0..x1, top, x_labels, false)?;
        let half = 0.38;
        chart
            .draw_series(points.iter().filter_map(|&(year, v)| {
                let y = year as f64;
                v.map(|v| Rectangle::new([(y - half, 0.0), (y + half, v)], palette.bar.filled()))
            }))
            .map_err(err)?;
        for &(year, v) in points {
            if let Some(v) = v {
                let y = year as f64;
                let (ax, ay) = chart.backend_coord(&(y - half, v));
                let (bx, by) = chart.backend_coord(&(y + half, 0.0));
                rects.insert(year, (ax, ay, (bx - ax).max(1), (by - ay).max(1)));
            }
        }
        root.present().map_err(err)?;
    }
    Ok(Bars { svg: buf, rects })
}

/// A hex colour for SVG attributes.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}
