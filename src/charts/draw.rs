//! Drawing with plotters' SVG backend: plotters draws the axes, grid and tick labels;
//! the data (lines, points, bars, each with a `<title>`) and the texts above the plot
//! (unit, legend, a highlighted year) are written by [`super::marks`], outside the
//! plotting area, so no text lies over data. Text is measured with DejaVu Sans, shipped
//! in the binary, so the layout is the same on every machine.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;

use super::colors::{Palette, GRID, TEXT};
use super::marks;
use super::scale::{value_scale, year_ticks, Scale};

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
const PAD: f64 = 8.0;
/// plotters writes a font's size divided by 1.24, so its fonts are asked that much larger.
const PLOTTERS_FONT: f64 = 1.24;

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

/// How wide `text` is at `size` (measured a little wide, so it always fits).
pub fn text_width(text: &str, size: f64) -> f64 {
    ensure_font();
    ("sans-serif", size * PLOTTERS_FONT)
        .into_font()
        .box_size(text)
        .map(|(w, _)| w as f64)
        .unwrap_or(text.chars().count() as f64 * size * 0.62)
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

/// One line: a value per year, `None` where the year has no figure (a gap).
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub points: Vec<(i32, Option<f64>)>,
}

impl Series {
    fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.points.iter().filter_map(|p| p.1)
    }
}

/// The smallest and largest value of all series (0, 0 when there is none).
fn extent(series: &[Series]) -> (f64, f64) {
    let all = series.iter().flat_map(Series::values);
    let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(v), h.max(v)));
    if lo > hi {
        (0.0, 0.0)
    } else {
        (lo, hi)
    }
}

/// The first and last year of all series.
fn years(series: &[Series]) -> (i32, i32) {
    let all = series.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let (lo, hi) = all.fold((i32::MAX, i32::MIN), |(l, h), y| (l.min(y), h.max(y)));
    if lo > hi {
        (0, 0)
    } else {
        (lo, hi)
    }
}

/// How a chart's values read.
pub struct Axis<'a> {
    /// Said above the plot: "Cooperatives", "Million VND per year".
    pub unit: &'a str,
    /// A tick label.
    pub tick: &'a (dyn Fn(f64) -> String + Sync),
    /// A point's tooltip: series, year, value.
    pub tip: &'a (dyn Fn(usize, i32, f64) -> String + Sync),
    /// Whole numbers: no tick between them.
    pub whole: bool,
}

impl Axis<'_> {
    fn min_step(&self) -> f64 {
        if self.whole {
            1.0
        } else {
            0.0
        }
    }
}

type Result<T> = std::result::Result<T, String>;

fn err<E: std::fmt::Debug>(e: E) -> String {
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

/// What plotters draws: the axes on an area.
struct Mesh<'a> {
    x: (f64, f64),
    x_ticks: Vec<i32>,
    scale: &'a Scale,
    tick: &'a (dyn Fn(f64) -> String + Sync),
    font: f64,
    x_grid: bool,
    top: u32,
    x_area: u32,
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

/// Draws `m` on `area`; returns the plotting area (x, y, w, h) and where `want` lands.
fn mesh_on(
    area: &DrawingArea<SVGBackend, Shift>,
    m: &Mesh,
    want: &[(f64, f64)],
) -> Result<([i32; 4], Vec<(i32, i32)>)> {
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
struct Header {
    height: u32,
    svg: String,
    note_at: Option<(f64, f64)>,
}

fn header(l: &Layout, unit: &str, keep_note: bool, names: &[&str], p: &Palette) -> Header {
    let (f, lh) = (l.font, (l.font * 1.6).round());
    let right = l.width as f64 - PAD;
    let mut svg = marks::text(PAD, PAD + f, f, "start", "", &fit(unit, f, right - PAD));
    let mut y = PAD + lh;
    let note_at = keep_note.then(|| (PAD, y + f));
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
fn plot_rect([x, y, w, h]: [i32; 4]) -> String {
    format!(
        "<rect class=\"plot\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"none\"/>\n"
    )
}

/// The lines and points of `series`, at `coords` (every value in order); the first
/// series' points and tooltips are kept in `d`.
fn line_marks(
    series: &[Series],
    coords: &[(i32, i32)],
    axis: &Axis,
    p: &Palette,
    l: &Layout,
    d: &mut Drawn,
) -> String {
    let mut out = String::new();
    let mut dots = String::new();
    let mut k = 0;
    for (i, s) in series.iter().enumerate() {
        let mut run: Vec<(i32, i32)> = Vec::new();
        for &(year, v) in &s.points {
            let Some(v) = v else {
                marks::polyline(&mut out, &run, i, l.line, p);
                run.clear();
                continue;
            };
            let at = coords[k];
            k += 1;
            run.push(at);
            let tip = (axis.tip)(i, year, v);
            marks::point(&mut dots, at, l.dot, i, p, &tip);
            if i == 0 {
                d.marks.insert(year, [at.0, at.1, 0, 0]);
                d.tips.insert(year, tip);
            }
        }
        marks::polyline(&mut out, &run, i, l.line, p);
    }
    out + &dots
}

fn wanted(series: &[Series]) -> Vec<(f64, f64)> {
    series
        .iter()
        .flat_map(|s| {
            s.points
                .iter()
                .filter_map(|&(y, v)| v.map(|v| (y as f64, v)))
        })
        .collect()
}

/// Splices `marks` (and the texts above the plot) into plotters' SVG, with the style.
fn assemble(svg: String, head: &str, marks: &str, p: &Palette) -> String {
    let mut svg = super::svg::prepare(&svg, &p.style);
    let end = svg.rfind("</svg>").unwrap_or(svg.len());
    svg.insert_str(
        end,
        &format!("<g class=\"marks\">\n<!--hl-->\n{marks}</g>\n{head}"),
    );
    svg
}

/// Lines over the years, one per series; the legend above the plot; gaps stay gaps.
/// With `keep_note`, a line above the plot is kept for a highlighted year.
pub fn lines(
    series: &[Series],
    axis: &Axis,
    p: &Palette,
    l: &Layout,
    keep_note: bool,
) -> Result<Drawn> {
    ensure_font();
    let names: Vec<&str> = match series.len() {
        1 => Vec::new(),
        _ => series.iter().map(|s| s.name.as_str()).collect(),
    };
    let head = header(l, axis.unit, keep_note, &names, p);
    let (lo, hi) = extent(series);
    // Counts, and series compared with each other, from zero; one money figure's
    // years use the height (its own axis).
    let zero = axis.whole || series.len() > 1;
    let scale = value_scale(lo, hi, l.y_steps, axis.min_step(), zero);
    let (y0, y1) = years(series);
    let x_area = (l.font * 1.8).round() as u32;
    let size = (l.width, head.height + 12 + l.plot_h + x_area);
    let mesh = Mesh {
        x: (y0 as f64 - 0.5, y1 as f64 + 0.5),
        x_ticks: year_ticks(y0, y1, l.x_labels),
        scale: &scale,
        tick: axis.tick,
        font: l.font,
        x_grid: true,
        top: 12,
        x_area,
    };
    let mut buf = String::new();
    let (plot, coords) = {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        let (_, body) = root.split_vertically(head.height);
        let r = mesh_on(&body, &mesh, &wanted(series))?;
        root.present().map_err(err)?;
        r
    };
    let mut d = Drawn {
        svg: String::new(),
        size,
        plot,
        marks: BTreeMap::new(),
        tips: BTreeMap::new(),
        note_at: head.note_at,
        font: l.font,
    };
    let marks = plot_rect(plot) + &line_marks(series, &coords, axis, p, l, &mut d);
    d.svg = assemble(buf, &head.svg, &marks, p);
    Ok(d)
}

/// A bar chart of one series from zero, a line kept above it for the highlighted year.
pub fn bars(points: &[(i32, Option<f64>)], axis: &Axis, p: &Palette, l: &Layout) -> Result<Drawn> {
    ensure_font();
    let head = header(l, axis.unit, true, &[], p);
    let series = [Series {
        name: String::new(),
        points: points.to_vec(),
    }];
    let (_, hi) = extent(&series);
    let scale = value_scale(0.0, hi, l.y_steps, axis.min_step(), true);
    let (y0, y1) = years(&series);
    let x_area = (l.font * 1.8).round() as u32;
    let size = (l.width, head.height + 12 + l.plot_h + x_area);
    let half = 0.38;
    let want: Vec<(f64, f64)> = wanted(&series)
        .into_iter()
        .flat_map(|(y, v)| [(y - half, v), (y + half, 0.0)])
        .collect();
    let mesh = Mesh {
        x: (y0 as f64 - 0.5, y1 as f64 + 0.5),
        x_ticks: year_ticks(y0, y1, l.x_labels),
        scale: &scale,
        tick: axis.tick,
        font: l.font,
        x_grid: false,
        top: 12,
        x_area,
    };
    let mut buf = String::new();
    let (plot, coords) = {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        let (_, body) = root.split_vertically(head.height);
        let r = mesh_on(&body, &mesh, &want)?;
        root.present().map_err(err)?;
        r
    };
    let mut d = Drawn {
        svg: String::new(),
        size,
        plot,
        marks: BTreeMap::new(),
        tips: BTreeMap::new(),
        note_at: head.note_at,
        font: l.font,
    };
    let mut marks = plot_rect(plot);
    let values = points.iter().filter_map(|&(y, v)| v.map(|v| (y, v)));
    for ((year, v), pair) in values.zip(coords.chunks(2)) {
        let ((ax, ay), (bx, by)) = (pair[0], pair[1]);
        let rect = [ax, ay.min(by), (bx - ax).max(1), (by - ay).abs().max(1)];
        let tip = (axis.tip)(0, year, v);
        marks::bar(&mut marks, rect, "bar", p.bar, &tip);
        d.marks.insert(year, rect);
        d.tips.insert(year, tip);
    }
    d.svg = assemble(buf, &head.svg, &marks, p);
    Ok(d)
}

/// One small panel per series, all on one scale, each labelled with its first and last
/// year: for many regions, where one legend would be unreadable.
pub fn panels(series: &[Series], axis: &Axis, p: &Palette, l: &Layout) -> Result<Drawn> {
    ensure_font();
    let head = header(l, axis.unit, false, &[], p);
    let cols = l.cols.max(1);
    let rows = series.len().div_ceil(cols).max(1);
    let size = (l.width, head.height + rows as u32 * l.panel_h);
    let (lo, hi) = extent(series);
    let scale = value_scale(lo, hi, 3, axis.min_step(), true);
    let (y0, y1) = years(series);
    let f = l.font;
    let mesh = Mesh {
        x: (y0 as f64 - 0.5, y1 as f64 + 0.5),
        x_ticks: Vec::new(),
        scale: &scale,
        tick: axis.tick,
        font: f,
        x_grid: false,
        top: (f * 2.2).round() as u32,
        x_area: (f * 1.6).round() as u32,
    };
    let mut buf = String::new();
    let mut marks = String::new();
    let mut texts = head.svg.clone();
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        let (_, body) = root.split_vertically(head.height);
        for (i, (s, panel)) in series
            .iter()
            .zip(body.split_evenly((rows, cols)))
            .enumerate()
        {
            let (plot, coords) = mesh_on(&panel, &mesh, &wanted(std::slice::from_ref(s)))?;
            let (px, py) = panel.get_base_pixel();
            let pw = panel.dim_in_pixel().0 as f64;
            let name = fit(&s.name, f, pw - 8.0);
            texts.push_str(&marks::text(
                px as f64 + pw / 2.0,
                py as f64 + f * 1.3,
                f,
                "middle",
                "",
                &name,
            ));
            let base = (plot[1] + plot[3]) as f64 + f + 6.0;
            texts.push_str(&marks::text(
                plot[0] as f64,
                base,
                f,
                "start",
                "",
                &y0.to_string(),
            ));
            if y1 != y0 {
                let right = (plot[0] + plot[2]) as f64;
                texts.push_str(&marks::text(right, base, f, "end", "", &y1.to_string()));
            }
            let tip = |_: usize, year: i32, v: f64| (axis.tip)(i, year, v);
            let one = Axis { tip: &tip, ..*axis };
            let thin = Layout {
                line: 2.0,
                dot: 2.5,
                ..*l
            };
            let mut scratch = Drawn {
                svg: String::new(),
                size,
                plot,
                marks: BTreeMap::new(),
                tips: BTreeMap::new(),
                note_at: None,
                font: f,
            };
            marks.push_str(&plot_rect(plot));
            marks.push_str(&line_marks(
                std::slice::from_ref(s),
                &coords,
                &one,
                p,
                &thin,
                &mut scratch,
            ));
        }
        root.present().map_err(err)?;
    }
    let plot = [
        0,
        head.height as i32,
        size.0 as i32,
        size.1 as i32 - head.height as i32,
    ];
    Ok(Drawn {
        svg: assemble(buf, &texts, &marks, p),
        size,
        plot,
        marks: BTreeMap::new(),
        tips: BTreeMap::new(),
        note_at: None,
        font: f,
    })
}
