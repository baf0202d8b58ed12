//! Realistic generated reports for benchmarks and tests: `write_corpus(n, dir, seed)`
//! writes `coopsite.yaml` and `content/<year>/<region>-<year>.md`; the same n and seed
//! give the same files. About 600 words of text each, every figure (one report in ten
//! leaves some out), targets and tags, in four languages: each report's text in its own
//! (`lang:`), as the reader of that language reads it, so the corpus gives no warning.
//! `write_corpus_unstated` writes the same reports with a share of the figures not stated
//! in their texts, as on a site typed by hand: the text leaves the number out, or gives
//! one a digit off, or another.

use std::fmt::Write as _;
use std::path::Path;

mod texts;
use texts::Said;

const PROVINCES: &[&str] = &[
    "Hà Giang",
    "Cao Bằng",
    "Bắc Kạn",
    "Tuyên Quang",
    "Lào Cai",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Yên Bái",
    "Hòa Bình",
    "Thái Nguyên",
    "Lạng Sơn",
    "Quảng Ninh",
    "Bắc Giang",
    "Phú Thọ",
    "Vĩnh Phúc",
    "Bắc Ninh",
    "Hải Dương",
    "Hải Phòng",
    "Hưng Yên",
    "Thái Bình",
    "Hà Nam",
    "Nam Định",
    "Ninh Bình",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Trị",
    "Thừa Thiên Huế",
    "Đà Nẵng",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Khánh Hòa",
    "Ninh Thuận",
    "Bình Thuận",
    "Kon Tum",
    "Gia Lai",
    "Đắk Lắk",
    "Đắk Nông",
    "Lâm Đồng",
    "Bình Phước",
    "Tây Ninh",
    "Bình Dương",
    "Đồng Nai",
    "Bà Rịa - Vũng Tàu",
    "Hồ Chí Minh",
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Vĩnh Long",
    "Đồng Tháp",
    "An Giang",
    "Kiên Giang",
    "Cần Thơ",
    "Hậu Giang",
    "Sóc Trăng",
    "Bạc Liêu",
    "Cà Mau",
    "Hà Nội",
];
const TAGS: &[&str] = &[
    "ocop",
    "digital-transformation",
    "value-chains",
    "high-tech",
    "storm-recovery",
    "cooperative-groups",
    "training",
    "trade-promotion",
    "new-rural-development",
];
const LANGS: &[&str] = &["vi", "en", "fr", "ms"];
/// splitmix64: small, fast, and the same everywhere.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u64) as usize]
    }
}

const YEARS_PER_REGION: usize = 25;
const FIRST_YEAR: i32 = 2000;

fn region_name(i: usize) -> String {
    let p = PROVINCES[i % PROVINCES.len()];
    match i / PROVINCES.len() {
        0 => p.to_string(),
        k => format!("{p} {}", k + 1),
    }
}

/// What a report's text says for each figure: the figure itself, or (for a share of them,
/// drawn from a stream of its own so the reports' figures stay those of the default corpus)
/// no number, a number a digit off, or another number.
struct Texts {
    rng: Rng,
    unstated_per_mille: u64,
    /// "several" in the language of the report being written.
    several: &'static str,
}

impl Texts {
    fn say(&mut self, v: u64) -> String {
        if self.unstated_per_mille == 0 || self.rng.below(1000) >= self.unstated_per_mille {
            return v.to_string();
        }
        match self.rng.below(3) {
            0 => self.several.to_string(),
            // A digit off in its first place: what the near-number search suggests.
            1 => {
                let mut step = 1;
                while step * 10 <= v {
                    step *= 10;
                }
                (v + step).to_string()
            }
            _ => (v * (130 + self.rng.below(60)) / 100 + 7).to_string(),
        }
    }
}

fn report(rng: &mut Rng, say: &mut Texts, region: &str, year: i32, total: &mut u64) -> String {
    let lang = rng.pick(LANGS);
    say.several = match lang {
        "vi" => "một số",
        "fr" => "plusieurs",
        "ms" => "beberapa",
        _ => "several",
    };
    let new = 5 + rng.below(60);
    *total += new;
    let effective = *total * (40 + rng.below(40)) / 100;
    let mut s = String::with_capacity(5000);
    let _ = writeln!(s, "---");
    let _ = writeln!(
        s,
        "title: \"{region} Cooperative Union reviews {year} and sets {} tasks\"",
        year + 1
    );
    let _ = writeln!(s, "date: {}-12-{:02}", year, 10 + rng.below(18));
    let _ = writeln!(
        s,
        "year: {year}\nunion: {region} Cooperative Union\nregion: {region}\nlang: {lang}"
    );
    let _ = writeln!(s, "tags: [{}, {}]", rng.pick(TAGS), rng.pick(TAGS));
    let _ = writeln!(s, "figures:");
    let skip_some = rng.below(10) == 0; // one report in ten leaves figures out: gaps
    let _ = writeln!(s, "  cooperatives_total: {total}");
    let _ = writeln!(s, "  cooperatives_new: {new}");
    // The text states every figure, as real reports do, so `check` finds each one.
    let (t, w) = (say.say(*total), say.say(new));
    let mut rest = None;
    if !skip_some {
        let (agri, groups, members) = (*total * 6 / 10, 50 + rng.below(300), 200 + rng.below(2000));
        let profit = (50 + rng.below(400)) * 1_000_000;
        let _ = writeln!(s, "  cooperatives_effective: {effective}");
        let _ = writeln!(s, "  cooperatives_agricultural: {agri}");
        let _ = writeln!(s, "  cooperative_groups: {groups}");
        let _ = writeln!(s, "  cooperative_group_members: {members}");
        let _ = writeln!(s, "  avg_profit_per_cooperative: {{amount: {profit}}}");
        let (e, a, g) = (say.say(effective), say.say(agri), say.say(groups));
        let (m, p) = (say.say(members), say.say(profit));
        rest = Some([e, a, g, m, p]);
    }
    let revenue = (500 + rng.below(3000)) * 1_000_000;
    let income = (30 + rng.below(60)) * 100_000;
    let target = 20 + rng.below(80);
    let _ = writeln!(s, "  avg_revenue_per_cooperative: {revenue}");
    let _ = writeln!(
        s,
        "  avg_income_per_worker: {{amount: {income}, per: month}}"
    );
    let _ = writeln!(s, "targets:\n  cooperatives_new: {target}");
    let _ = writeln!(s, "---\n");
    let (r, i) = (say.say(revenue), say.say(income));
    let said = Said {
        lang,
        region,
        year,
        t,
        w,
        rest,
        r,
        i,
        target,
    };
    let _ = writeln!(s, "{}\n", said.paragraph());
    let (tasks, words) = said.tasks_and_words();
    for para in 0..6 {
        if para == 2 {
            let _ = writeln!(s, "{tasks}\n");
        }
        for w in 0..95 {
            s.push_str(rng.pick(words));
            s.push_str(if w % 14 == 13 { ". " } else { " " });
        }
        s.push_str("\n\n");
    }
    s
}

/// Writes `n` reports into `dir` (replacing `dir/content`); returns the number of regions.
pub fn write_corpus(n: usize, dir: &Path, seed: u64) -> std::io::Result<usize> {
    write_corpus_unstated(n, dir, seed, 0.0)
}

/// The same reports as `write_corpus`, with a share `unstated` (0 to 1) of their figures
/// not stated in their texts; 0 writes the same bytes as `write_corpus`.
pub fn write_corpus_unstated(
    n: usize,
    dir: &Path,
    seed: u64,
    unstated: f64,
) -> std::io::Result<usize> {
    let _ = std::fs::remove_dir_all(dir.join("content"));
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("coopsite.yaml"),
        "title: Cooperative conference reports (benchmark)\nbase_url: https://example.org/\n",
    )?;
    let mut rng = Rng(seed);
    let mut say = Texts {
        rng: Rng(seed ^ 0x7e47_5a1d_0f1f_1c75),
        several: "several",
        unstated_per_mille: (unstated.clamp(0.0, 1.0) * 1000.0).round() as u64,
    };
    let regions = n.div_ceil(YEARS_PER_REGION);
    let mut written = 0;
    for r in 0..regions {
        let name = region_name(r);
        let slug = crate::urls::slugify(&name);
        let mut total = 50 + rng.below(500);
        for y in 0..YEARS_PER_REGION {
            if written == n {
                break;
            }
            let year = FIRST_YEAR + y as i32;
            let path = dir.join(format!("content/{year}/{slug}-{year}.md"));
            std::fs::create_dir_all(path.parent().expect("has a parent"))?;
            std::fs::write(&path, report(&mut rng, &mut say, &name, year, &mut total))?;
            written += 1;
        }
    }
    Ok(regions)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FNV-1a over every file's path and bytes, in path order: a fingerprint that does not
    /// change with the standard library's or a crate's hash.
    fn fingerprint(dir: &Path) -> u64 {
        let mut files: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| e.path().to_path_buf())
            .collect();
        files.sort();
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for f in files {
            let rel = f.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            for b in rel.bytes().chain(std::fs::read(&f).unwrap()) {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    }

    fn corpus(n: usize, seed: u64, unstated: f64) -> (tempfile::TempDir, u64) {
        let tmp = tempfile::tempdir().unwrap();
        write_corpus_unstated(n, tmp.path(), seed, unstated).unwrap();
        let fp = fingerprint(tmp.path());
        (tmp, fp)
    }

    /// The figures of a report's front matter, and the numbers its text gives.
    fn figures_and_text(file: &Path) -> (Vec<String>, String) {
        let text = std::fs::read_to_string(file).unwrap();
        let (front, body) = text[4..].split_once("\n---\n").unwrap();
        let figures = front
            .lines()
            .skip_while(|l| *l != "figures:")
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .map(|l| {
                let v = l.split_once(": ").unwrap().1;
                let v = v.trim_start_matches("{amount: ").split([',', '}']).next();
                v.unwrap().to_string()
            })
            .collect();
        (figures, body.to_string())
    }

    #[test]
    fn each_report_is_read_in_its_language_without_a_warning_unless_unstated() {
        let table = crate::figure_table::FigureTable::built_in();
        let settings = crate::content::Settings {
            site_lang: "en",
            table: &table,
        };
        for (unstated, least, most) in [(0.0, 0.0, 0.0), (0.5, 0.35, 0.6)] {
            let (dir, _) = corpus(200, 42, unstated);
            let (content, errors) = crate::content::load(dir.path(), settings, false);
            assert!(errors.is_empty(), "{errors:?}");
            // By language: figures and targets, and warnings.
            let mut by_lang = std::collections::BTreeMap::<&str, (usize, usize)>::new();
            for r in &content.reports {
                let e = by_lang.entry(r.lang.as_str()).or_default();
                e.0 += r.figures.0.len() + r.targets.0.len();
                e.1 += r.warnings.len();
            }
            assert_eq!(
                by_lang.keys().copied().collect::<Vec<_>>(),
                ["en", "fr", "ms", "vi"]
            );
            for (lang, (figures, warnings)) in by_lang {
                let share = warnings as f64 / figures as f64;
                assert!(
                    figures > 300 && (least..=most).contains(&share),
                    "{lang}, {unstated} unstated: {warnings} warnings for {figures} figures"
                );
            }
        }
    }

    #[test]
    fn default_corpus_is_the_one_benchmarks_were_measured_on() {
        // The fingerprint of 120 reports, seed 42, as written since each report's text is
        // in its own language: the default corpus must stay byte for byte the same.
        assert_eq!(corpus(120, 42, 0.0).1, 0x887b_cfcb_d8b2_8399);
        let tmp = tempfile::tempdir().unwrap();
        write_corpus(120, tmp.path(), 42).unwrap();
        assert_eq!(fingerprint(tmp.path()), 0x887b_cfcb_d8b2_8399);
    }

    #[test]
    fn unstated_corpus_is_deterministic_and_leaves_about_half_the_figures_out_of_the_texts() {
        let (dir, fp) = corpus(200, 42, 0.5);
        assert_eq!(corpus(200, 42, 0.5).1, fp, "same seed, same bytes");
        assert_ne!(corpus(200, 43, 0.5).1, fp, "another seed, other reports");
        let (plain, _) = corpus(200, 42, 0.0);
        let (mut figures, mut unstated) = (0, 0);
        for entry in walkdir::WalkDir::new(dir.path().join("content")) {
            let entry = entry.unwrap();
            if !entry.file_type().is_file() {
                continue;
            }
            let (fig, body) = figures_and_text(entry.path());
            let rel = entry.path().strip_prefix(dir.path()).unwrap();
            let (plain_fig, plain_body) = figures_and_text(&plain.path().join(rel));
            assert_eq!(
                fig, plain_fig,
                "{rel:?}: the figures are the default corpus's"
            );
            assert!(fig.iter().all(|v| plain_body.contains(v.as_str())));
            figures += fig.len();
            unstated += fig
                .iter()
                .filter(|v| !body.contains(&format!(" {v} ")))
                .count();
        }
        assert!(figures > 1500, "{figures} figures");
        let share = unstated as f64 / figures as f64;
        assert!(
            (0.45..0.55).contains(&share),
            "{unstated} of {figures} unstated"
        );
    }
}
