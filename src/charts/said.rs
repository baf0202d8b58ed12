//! Every value of a chart's series as said ("58 million VND"), said once for the chart's
//! two drawings, its tooltips, its table and its highlighted years (saying a money value
//! formats a float: it was a tenth of drawing the charts, said five times over).

use super::draw::Series;

pub(super) struct Said {
    pub(super) money: bool,
    texts: foldhash::HashMap<u64, String>,
}

impl Said {
    /// Each value of `series`, said by `say`.
    pub(super) fn of(series: &[Series], money: bool, say: impl Fn(f64) -> String) -> Said {
        let values = series
            .iter()
            .flat_map(|s| s.points.iter().filter_map(|p| p.1));
        let texts = values.map(|v| (v.to_bits(), say(v))).collect();
        Said { money, texts }
    }

    /// `v` as said, when it is a value of the series.
    pub(super) fn get(&self, v: f64) -> Option<&str> {
        self.texts.get(&v.to_bits()).map(String::as_str)
    }
}
