//! Places compared in one year: one horizontal bar each, ranked, from zero. Each bar
//! carries a `<title>`; its value is written after its end, and its place's name
//! beside it (wide) or on its own line above it (narrow, where a long name would
//! leave no room for the bar). No text lies over a bar.

use plotters::prelude::*;

use super::colors::{Palette, TEXT};
use super::draw::assemble;
use super::drawn::{err, Drawn, Result};
use super::frame::{ensure_font, fit, header, plot_rect, text_width, Layout, PAD};
use super::marks;

/// One bar: the place, its value and its tooltip.
#[derive(Debug, Clone)]
pub struct Bar {
    pub name: String,
    pub value: f64,
    pub tip: String,
}

/// How the bars' texts read.
pub struct Labels<'a> {
    /// Said above the bars: "Cooperatives", "Million VND per year".
    pub unit: &'a str,
    /// The value written after a bar, in the unit: "758", "58.2".
    pub value: &'a (dyn Fn(f64) -> String + Sync),
}

/// Where the rows stand: the bars' start, their longest length, the row's height and
/// the bar's height and offset in its row.
struct Rows {
    /// The zero line (drawn only when the names are beside the bars, as a text above
    /// a bar would touch it).
    x0: f64,
    len: f64,
    row: f64,
    bar: f64,
    bar_at: f64,
    /// The name's baseline in its row, and where it ends (beside) or starts (above).
    name_base: f64,
    beside: bool,
}

/// Names sit beside the bars from this width up, above them below it.
const BESIDE_FROM: u32 = 480;
/// A name beside the bars takes at most this share of the width.
const NAME_SHARE: f64 = 0.36;
/// Between a bar's end (or the names' column) and its text.
const GAP: f64 = 6.0;

fn rows(bars: &[Bar], values: &[String], l: &Layout) -> Rows {
    let f = l.font;
    let width = l.width as f64;
    let widest_value = values.iter().map(|v| text_width(v, f)).fold(0.0, f64::max);
    let right = widest_value + GAP + PAD;
    let bar = (f * 1.1).round();
    if l.width >= BESIDE_FROM {
        let widest_name = bars
            .iter()
            .map(|b| text_width(&b.name, f))
            .fold(0.0, f64::max);
        let names = widest_name.min(width * NAME_SHARE).ceil();
        let x0 = PAD + names + GAP;
        let row = (f * 1.8).round();
        Rows {
            x0,
            len: (width - x0 - 1.0 - right).max(1.0),
            row,
            bar,
            bar_at: ((row - bar) / 2.0).round(),
            name_base: ((row - bar) / 2.0).round() + bar / 2.0 + f * 0.35,
            beside: true,
        }
    } else {
        let line = (f * 1.35).round();
        Rows {
            x0: PAD,
            len: (width - PAD - 1.0 - right).max(1.0),
            row: line + bar + (f * 0.7).round(),
            bar,
            bar_at: line,
            name_base: f,
            beside: false,
        }
    }
}

/// The bars of `bars` (in the order given), their values written after them.
pub fn hbars(bars: &[Bar], labels: &Labels, p: &Palette, l: &Layout) -> Result<Drawn> {
    ensure_font()?;
    let f = l.font;
    let head = header(l, labels.unit, false, &[], p);
    let values: Vec<String> = bars.iter().map(|b| (labels.value)(b.value)).collect();
    let r = rows(bars, &values, l);
    let top = head.height as f64 + PAD;
    let height = (top + r.row * bars.len() as f64 + PAD).ceil() as u32;
    let size = (l.width, height);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let scale = if max > 0.0 { r.len / max } else { 0.0 };
    let bottom = top + r.row * bars.len() as f64;
    let x = r.x0.round() as i32;
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        if r.beside {
            let axis = PathElement::new(vec![(x, top as i32), (x, bottom as i32)], TEXT);
            root.draw(&axis).map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    // Bars start right of the zero line, when there is one.
    let bar_x = x + r.beside as i32;
    let plot = [
        bar_x,
        top as i32,
        r.len.round() as i32,
        (bottom - top).round() as i32,
    ];
    let mut marks = plot_rect(plot);
    let mut texts = head.svg.clone();
    for (i, (b, value)) in bars.iter().zip(&values).enumerate() {
        let y = top + r.row * i as f64;
        let w = (b.value.max(0.0) * scale).round().max(1.0);
        let rect = [bar_x, (y + r.bar_at) as i32, w as i32, r.bar as i32];
        marks::bar(&mut marks, rect, "bar", p.bar, &b.tip);
        let name = match r.beside {
            true => fit(&b.name, f, r.x0 - GAP - PAD),
            false => fit(&b.name, f, l.width as f64 - 2.0 * PAD),
        };
        let (nx, anchor) = match r.beside {
            true => (r.x0 - GAP, "end"),
            false => (r.x0, "start"),
        };
        texts.push_str(&marks::text(nx, y + r.name_base, f, anchor, "", &name));
        let vx = (rect[0] + rect[2]) as f64 + GAP;
        let vy = y + r.bar_at + r.bar / 2.0 + f * 0.35;
        texts.push_str(&marks::text(vx, vy, f, "start", "", value));
    }
    Ok(Drawn::new(
        assemble(buf, &texts, &marks, p),
        size,
        plot,
        None,
        f,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::frame::{NARROW, WIDE};

    fn bars() -> Vec<Bar> {
        ["Thừa Thiên Huế", "Bà Rịa – Vũng Tàu", "A"]
            .iter()
            .zip([1059.0, 758.0, 0.0])
            .map(|(n, v)| Bar {
                name: n.to_string(),
                value: v,
                tip: format!("{n}, 2023 – Cooperatives: {v}"),
            })
            .collect()
    }

    #[test]
    fn values_follow_their_bars_inside_the_drawing() {
        let p = Palette::from_config(&crate::config::ChartsConfig::default());
        let value = |v: f64| format!("{v}");
        let labels = Labels {
            unit: "Cooperatives",
            value: &value,
        };
        for l in [WIDE, NARROW] {
            let d = hbars(&bars(), &labels, &p, &l).unwrap();
            assert_eq!(d.size.0, l.width);
            assert_eq!(d.svg.matches("<rect class=\"bar\"").count(), 3);
            assert_eq!(d.svg.matches("<title>").count(), 3);
            // The longest bar's value ends inside the drawing.
            let [x, _, w, _] = d.plot;
            let end = x as f64 + w as f64 + GAP + text_width("1059", l.font);
            assert!(end <= l.width as f64 - PAD + 0.5, "{end} in {}", l.width);
            assert!(d.svg.contains(">Bà Rịa – Vũng Tàu</text>"), "{}", d.svg);
        }
    }
}
