//! Axes that use the chart's height: round ticks, a baseline at zero only when zero is
//! near the values, years to label, and which figures can share one axis.

/// A value axis from `lo` to `hi`, with a tick every `step`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
}

/// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if raw.is_nan() || raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(raw.log10().floor());
    let f = raw / p;
    let m = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|&m| f <= m * (1.0 + 1e-9))
        .unwrap_or(10.0);
    m * p
}

/// The axis for values from `min` to `max` in about `intervals` steps (never finer than
/// `min_step`). It starts at zero when zero is near (the smallest value is at most
/// half the spread above zero, all values are equal, or `zero` asks for it), else at a round number below the
/// smallest value, so that the values use most of the height.
pub fn value_scale(min: f64, max: f64, intervals: usize, min_step: f64, zero: bool) -> Scale {
    let (min, max) = if min <= max { (min, max) } else { (max, min) };
    let spread = max - min;
    let pad = spread * 0.05;
    let from_zero = zero || min <= 0.0 || spread == 0.0 || min <= spread * 0.5;
    let lo0 = if from_zero { min.min(0.0) } else { min - pad };
    // No room above the largest value: points are not clipped, and a round top
    // just above it keeps the values tall.
    let hi0 = if max <= 0.0 && min >= 0.0 { 1.0 } else { max };
    let step = nice_step(((hi0 - lo0) / intervals.max(1) as f64).max(min_step));
    let lo = (lo0 / step).floor() * step;
    let mut hi = (hi0 / step).ceil() * step;
    if hi <= lo {
        hi = lo + step;
    }
    let n = ((hi - lo) / step).round() as usize;
    let ticks = (0..=n).map(|i| lo + step * i as f64).collect();
    Scale { lo, hi, ticks }
}

/// The years to label on an axis from `first` to `last`: round years (every 1, 2, 5,
/// 10… years) so that there are at most `max` labels; the first and last years when no
/// round year fits twice.
pub fn year_ticks(first: i32, last: i32, max: usize) -> Vec<i32> {
    if last <= first {
        return vec![first];
    }
    let max = max.max(2);
    for step in [1, 2, 5, 10, 20, 25, 50, 100] {
        let ticks: Vec<i32> = (first..=last).filter(|y| y % step == 0).collect();
        if ticks.len() <= max {
            if ticks.len() >= 2 {
                return ticks;
            }
            break;
        }
    }
    vec![first, last]
}

/// Below this share of the largest value on an axis, a series gets an axis of its own.
const SHARE: f64 = 0.25;

/// Which series share an axis, given each one's largest value (in table order): a series
/// joins the first axis whose largest value it reaches a quarter of, unless `alone` says
/// it has its own. Groups and their members keep table order.
pub fn groups(maxes: &[f64], alone: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..maxes.len()).collect();
    order.sort_by(|&a, &b| maxes[b].abs().total_cmp(&maxes[a].abs()).then(a.cmp(&b)));
    let mut groups: Vec<(bool, f64, Vec<usize>)> = Vec::new();
    for i in order {
        let m = maxes[i].abs();
        let joined = !alone(i)
            && groups
                .iter_mut()
                .find(|(single, top, _)| !single && m >= top * SHARE)
                .map(|(_, _, members)| members.push(i))
                .is_some();
        if !joined {
            groups.push((alone(i), m, vec![i]));
        }
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|(_, _, mut g)| {
            g.sort_unstable();
            g
        })
        .collect();
    out.sort_by_key(|g| g[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(0.22), 0.25);
        assert_eq!(nice_step(3.96), 5.0);
        assert_eq!(nice_step(22.3), 25.0);
        assert_eq!(nice_step(100.0), 100.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn income_uses_the_height() {
        // 36 to 108 million: zero is near, the axis starts there.
        let s = value_scale(36.0, 108.0, 5, 0.0, false);
        assert_eq!((s.lo, s.hi), (0.0, 125.0));
        assert!((108.0 - 36.0) / (s.hi - s.lo) > 0.5);
        // 40 to 58 million: steady, the axis starts below 40.
        let s = value_scale(40.0, 58.0, 5, 0.0, false);
        assert_eq!((s.lo, s.hi), (35.0, 60.0));
        assert_eq!(s.ticks, [35.0, 40.0, 45.0, 50.0, 55.0, 60.0]);
    }

    #[test]
    fn counts_and_odd_values() {
        let s = value_scale(0.0, 1.0, 5, 1.0, true);
        assert_eq!(s.ticks, [0.0, 1.0]);
        let s = value_scale(0.0, 0.0, 5, 1.0, true);
        assert_eq!((s.lo, s.hi), (0.0, 1.0));
        let s = value_scale(758.0, 758.0, 5, 1.0, false);
        assert_eq!(s.lo, 0.0);
        assert!(s.hi > 758.0);
        let s = value_scale(-20.0, 30.0, 5, 0.0, false);
        assert!(s.lo <= -20.0 && s.hi >= 30.0 && s.ticks.contains(&0.0));
    }

    #[test]
    fn years_to_label() {
        assert_eq!(year_ticks(2000, 2024, 12), [2000, 2005, 2010, 2015, 2020]);
        assert_eq!(year_ticks(2019, 2022, 12), [2019, 2020, 2021, 2022]);
        assert_eq!(year_ticks(2021, 2023, 2), [2021, 2023]);
        assert_eq!(year_ticks(2023, 2023, 5), [2023]);
    }

    #[test]
    fn figures_share_an_axis_when_they_are_alike() {
        // total, new, effective: new is too small for the total's axis.
        assert_eq!(
            groups(&[1000.0, 40.0, 500.0], |_| false),
            [vec![0, 2], vec![1]]
        );
        // revenue, profit, income (alone): profit is an eighth of revenue.
        assert_eq!(
            groups(&[2e9, 2.5e8, 1e8], |i| i == 2),
            [vec![0], vec![1], vec![2]]
        );
        assert_eq!(
            groups(&[8.5e8, 3e8, 6.7e7], |i| i == 2),
            [vec![0, 1], vec![2]]
        );
    }
}
