//! Drawing a chart: plotters draws the axes, grid and tick labels ([`super::frame`]);
//! the data (lines, points, bars, each with a `<title>`) and the texts above the plot
//! (unit, legend, a highlighted year) are written by [`super::marks`], outside the
//! plotting area, so no text lies over data.

use plotters::prelude::*;

use super::colors::Palette;
use super::drawn::{err, Drawn, Result};
use super::frame::{ensure_font, fit, header, mesh_on, plot_rect, Layout, Mesh};
use super::marks;
use super::scale::{value_scale, year_ticks};

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
    /// Said by the mark on an axis that does not start at zero.
    pub not_zero: &'a str,
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

/// Draws `mesh` below a header `head_height` high in an SVG of `size`: the SVG so far,
/// the plotting area and where each of `want` lands.
fn mesh_svg(
    size: (u32, u32),
    head_height: u32,
    mesh: &Mesh,
    want: &[(f64, f64)],
) -> Result<(String, super::frame::Placed)> {
    let mut buf = String::new();
    let placed = {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        let (_, body) = root.split_vertically(head_height);
        let r = mesh_on(&body, mesh, want)?;
        root.present().map_err(err)?;
        r
    };
    Ok((buf, placed))
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
        let mut pts = Vec::new();
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
            if i == 0 {
                d.marks.insert(year, [at.0, at.1, 0, 0]);
                d.tips.insert(year, tip.clone());
            }
            pts.push((at, tip));
        }
        marks::polyline(&mut out, &run, i, l.line, p);
        marks::points(&mut dots, &pts, l.dot, i, p);
    }
    out + &dots
}

/// Each series with one value is named beside its point (a lone point is not a line
/// a legend's swatch can be matched with, and colour alone must not tell it):
/// right of the point, or left of it in the plot's right half.
fn label_single_points(
    out: &mut String,
    series: &[Series],
    coords: &[(i32, i32)],
    plot: [i32; 4],
    l: &Layout,
) {
    let mut k = 0;
    for s in series {
        let n = s.values().count();
        if n == 1 {
            let (x, y) = coords[k];
            let (x, y) = (x as f64, y as f64);
            let room = l.dot + 4.0;
            let right_half = x > (plot[0] + plot[2] / 2) as f64;
            let (at, anchor, width) = match right_half {
                true => (x - room, "end", x - room - plot[0] as f64),
                false => (x + room, "start", (plot[0] + plot[2]) as f64 - x - room),
            };
            let name = fit(&s.name, l.font, width);
            out.push_str(&marks::text(
                at,
                y + l.font * 0.35,
                l.font,
                anchor,
                "direct",
                &name,
            ));
        }
        k += n;
    }
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
pub(super) fn assemble(svg: String, head: &str, marks: &str, p: &Palette) -> String {
    let extra = p.style.len() + marks.len() + head.len() + 160;
    let mut out = String::with_capacity(svg.len() + extra);
    super::svg::prepare(&mut out, &svg, &p.style);
    let tail = out.split_off(out.rfind("</svg>").unwrap_or(out.len()));
    out.push_str("<g class=\"marks\">\n<!--hl-->\n");
    out.push_str(marks);
    out.push_str("</g>\n");
    out.push_str(head);
    out.push_str(&tail);
    out
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
    ensure_font()?;
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
    let (buf, (plot, coords)) = mesh_svg(size, head.height, &mesh, &wanted(series))?;
    let mut d = Drawn::new(String::new(), size, plot, head.note_at, l.font);
    let mut marks = plot_rect(plot) + &line_marks(series, &coords, axis, p, l, &mut d);
    if scale.lo > 0.0 || scale.hi < 0.0 {
        marks::axis_break(&mut marks, plot, axis.not_zero);
    }
    if !names.is_empty() {
        label_single_points(&mut marks, series, &coords, plot, l);
    }
    d.svg = assemble(buf, &head.svg, &marks, p);
    Ok(d)
}

/// A bar chart of one series from zero, a line kept above it for the highlighted year.
pub fn bars(points: &[(i32, Option<f64>)], axis: &Axis, p: &Palette, l: &Layout) -> Result<Drawn> {
    ensure_font()?;
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
    // Room for five bars at least, so that one or two are not drawn a plot wide.
    let room = ((5 - (y1 - y0 + 1)).max(1) as f64) / 2.0;
    let mesh = Mesh {
        x: (y0 as f64 - room, y1 as f64 + room),
        x_ticks: year_ticks(y0, y1, l.x_labels),
        scale: &scale,
        tick: axis.tick,
        font: l.font,
        x_grid: false,
        top: 12,
        x_area,
    };
    let (buf, (plot, coords)) = mesh_svg(size, head.height, &mesh, &want)?;
    let mut d = Drawn::new(String::new(), size, plot, head.note_at, l.font);
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
    ensure_font()?;
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
            let mut scratch = Drawn::new(String::new(), size, plot, None, f);
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
    Ok(Drawn::new(
        assemble(buf, &texts, &marks, p),
        size,
        plot,
        None,
        f,
    ))
}
