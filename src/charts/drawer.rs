//! The steps of drawing a site's charts: regions indexed by year, each region's
//! charts (reused when unchanged), and the home page's comparison.

use std::collections::BTreeMap;

use super::*;

/// What drawing every chart of a site needs, and the steps, one method each.
pub(super) struct Drawer<'a> {
    pub(super) reports: &'a [ReportView],
    pub(super) table: &'a FigureTable,
    pub(super) loc: Locale,
    pub(super) palette: Palette,
    /// Money axes in millions or billions: (unit, axis title, decimals of ticks).
    pub(super) money_unit: (f64, String, usize),
    pub(super) counts: Vec<String>,
    pub(super) money: Vec<String>,
}

impl<'a> Drawer<'a> {
    pub(super) fn new(
        reports: &'a [ReportView],
        lang: &str,
        colors: &ChartsConfig,
        table: &'a FigureTable,
    ) -> Self {
        let loc = Locale::new(lang);
        let money: Vec<String> = table
            .charted(ChartRole::Money)
            .map(|d| d.key.clone())
            .collect();
        let max = reports
            .iter()
            .flat_map(|r| money.iter().filter_map(move |k| figure(r, k)))
            .fold(0.0, f64::max);
        let (unit, key) = if max >= 1e10 {
            (1e9, "billion_per_year")
        } else {
            (1e6, "million_per_year")
        };
        let title = loc.get(key).replace("{currency}", CHART_CURRENCY);
        Drawer {
            reports,
            table,
            palette: Palette::from_config(colors),
            money_unit: (unit, title, if max / unit < 10.0 { 1 } else { 0 }),
            counts: table
                .charted(ChartRole::Counts)
                .map(|d| d.key.clone())
                .collect(),
            money,
            loc,
        }
    }

    pub(super) fn count_text(&self, v: f64) -> String {
        self.loc.num.number(v, 0)
    }
    pub(super) fn money_text(&self, v: f64) -> String {
        self.loc.num.money_short(v, CHART_CURRENCY)
    }
    pub(super) fn money_tick(&self, v: f64) -> String {
        self.loc
            .num
            .number(v / self.money_unit.0, self.money_unit.2)
    }

    /// Region → year → the first (newest) report for that year, with a hash of what
    /// the region's charts are drawn from.
    pub(super) fn regions(&self, setting: &str) -> BTreeMap<String, RegionData> {
        let mut regions: BTreeMap<String, RegionData> = BTreeMap::new();
        for (i, r) in self.reports.iter().enumerate() {
            let d = regions
                .entry(r.region.slug.clone())
                .or_insert_with(|| RegionData {
                    name: r.region.name.clone(),
                    by_year: BTreeMap::new(),
                    bars: None,
                    bars_hash: 0,
                    key: 0,
                    totals: Vec::new(),
                });
            d.by_year.entry(r.year).or_insert(i);
        }
        for d in regions.values_mut() {
            let mut bytes = setting.as_bytes().to_vec();
            bytes.extend_from_slice(d.name.as_bytes());
            for (year, &i) in &d.by_year {
                bytes.extend_from_slice(&year.to_le_bytes());
                for key in self.counts.iter().chain(&self.money) {
                    let v = figure(&self.reports[i], key).map_or(u64::MAX, f64::to_bits);
                    bytes.extend_from_slice(&v.to_le_bytes());
                }
            }
            d.key = crate::hash::hash_of(&[&bytes]);
        }
        regions
    }

    pub(super) fn series(&self, d: &RegionData, years: &[i32], key: &str, name: String) -> Series {
        Series {
            name,
            points: years
                .iter()
                .map(|y| {
                    (
                        *y,
                        d.by_year
                            .get(y)
                            .and_then(|&i| figure(&self.reports[i], key)),
                    )
                })
                .collect(),
        }
    }

    /// The counts chart and the money chart of one region (or of the home page).
    pub(super) fn region_charts(
        &self,
        d: &RegionData,
        prefix: &str,
        styles: &Styles,
    ) -> Result<Vec<Chart>, Diagnostic> {
        let years = year_range(d.by_year.keys().copied());
        let lang = &self.loc.lang;
        let named = |keys: &[String]| -> Vec<Series> {
            keys.iter()
                .map(|k| self.series(d, &years, k, self.table.label(k, lang)))
                .collect()
        };
        let title = |key: &str| match prefix {
            "home" => self.loc.get(key).to_string(),
            _ => format!("{}: {}", self.loc.get(key), d.name),
        };
        let counts = line_chart(
            format!("charts/{prefix}-counts.svg"),
            &title("counts_title"),
            &years,
            named(&self.counts),
            &styles.counts,
            None,
        )?;
        let money = line_chart(
            format!("charts/{prefix}-incomes.svg"),
            &title("incomes_title"),
            &years,
            named(&self.money),
            &styles.money,
            None,
        )?;
        Ok(counts.into_iter().chain(money).collect())
    }

    /// One region's charts and bars, from `previous` when its inputs are unchanged.
    pub(super) fn region_set(
        &self,
        slug: &str,
        d: &RegionData,
        styles: &Styles,
        previous: Option<&ChartSet>,
    ) -> RegionSet {
        let reused = previous.and_then(|p| {
            let old = p.regions_data.get(slug).filter(|old| old.key == d.key)?;
            Some((
                p.regions.get(slug)?.clone(),
                old.bars.clone(),
                old.totals.clone(),
            ))
        });
        let (charts, bars, totals) = match reused {
            Some(set) => (Ok(set.0), set.1, set.2),
            None => {
                let years = year_range(d.by_year.keys().copied());
                let totals = self.series(d, &years, TOTAL, String::new()).points;
                let bars = if totals.iter().any(|p| p.1.is_some()) {
                    draw::bars(&totals, &styles.counts.axis, &self.palette)
                        .map(Some)
                        .map_err(|e| {
                            Diagnostic::new(
                                format!("charts/regions/{slug}"),
                                format!("cannot draw the report chart: {e}"),
                            )
                        })
                } else {
                    Ok(None)
                };
                let charts = self.region_charts(d, &format!("regions/{slug}"), styles);
                match bars {
                    Ok(bars) => (charts, bars, totals),
                    Err(e) => (Err(e), None, totals),
                }
            }
        };
        RegionSet {
            slug: slug.to_string(),
            charts,
            bars,
            totals,
        }
    }

    /// The home page's charts: the one region's, or the regions compared (one line or
    /// panel each, the regions with the most cooperatives first).
    pub(super) fn home(
        &self,
        regions: &BTreeMap<String, RegionData>,
        styles: &Styles,
    ) -> Result<Vec<Chart>, Diagnostic> {
        if regions.len() == 1 {
            let d = regions.values().next().expect("one region");
            return self.region_charts(d, "home", styles);
        }
        let all_years = year_range(self.reports.iter().map(|r| r.year));
        let latest = |d: &RegionData| {
            d.by_year
                .values()
                .rev()
                .find_map(|&i| figure(&self.reports[i], TOTAL))
                .unwrap_or(0.0)
        };
        let mut order: Vec<&RegionData> = regions.values().collect();
        order.sort_by(|a, b| {
            latest(b)
                .total_cmp(&latest(a))
                .then_with(|| a.name.cmp(&b.name))
        });
        let shown = order.len().min(MAX_PANELS);
        let note = (order.len() > MAX_PANELS)
            .then(|| format!("{shown} {} {}.", self.loc.get("largest_of"), order.len()));
        let per_region = |key: &str| -> Vec<Series> {
            order[..shown]
                .iter()
                .map(|d| self.series(d, &all_years, key, d.name.clone()))
                .collect()
        };
        let counts = line_chart(
            "charts/home-counts.svg".into(),
            self.loc.get("total_by_region_title"),
            &all_years,
            per_region(TOTAL),
            &styles.counts,
            note.clone(),
        )?;
        let money = line_chart(
            "charts/home-incomes.svg".into(),
            self.loc.get("income_by_region_title"),
            &all_years,
            per_region(INCOME),
            &styles.money,
            note,
        )?;
        Ok(counts.into_iter().chain(money).collect())
    }
}

/// How the counts and the money charts are drawn.
pub(super) struct Styles<'a> {
    pub(super) counts: Style<'a>,
    pub(super) money: Style<'a>,
}

/// One region's charts, as drawn (or reused).
pub(super) struct RegionSet {
    pub(super) slug: String,
    pub(super) charts: Result<Vec<Chart>, Diagnostic>,
    pub(super) bars: Option<Bars>,
    pub(super) totals: Vec<(i32, Option<f64>)>,
}
