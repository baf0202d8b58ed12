//! Realistic generated reports for benchmarks and tests: `write_corpus(n, dir, seed)`
//! writes `coopsite.yaml` and `content/<year>/<region>-<year>.md`; the same n and seed
//! give the same files. About 600 words of text each, every figure (one report in ten
//! leaves some out), targets and tags, in four languages.

use std::fmt::Write as _;
use std::path::Path;

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
const WORDS: &[&str] = &[
    "cooperative",
    "union",
    "province",
    "members",
    "production",
    "business",
    "value",
    "chain",
    "support",
    "training",
    "market",
    "products",
    "agriculture",
    "growth",
    "capital",
    "management",
    "digital",
    "transformation",
    "conference",
    "review",
    "tasks",
    "economy",
    "collective",
    "effective",
    "revenue",
    "income",
    "workers",
    "model",
    "linkage",
    "quality",
];

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

fn report(rng: &mut Rng, region: &str, year: i32, total: &mut u64) -> String {
    let lang = rng.pick(LANGS);
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
    let mut said = format!(
        "The {region} Cooperative Union held its conference to review {year}. The province \
         had {total} cooperatives, {new} of them new."
    );
    if !skip_some {
        let (agri, groups, members) = (*total * 6 / 10, 50 + rng.below(300), 200 + rng.below(2000));
        let profit = (50 + rng.below(400)) * 1_000_000;
        let _ = writeln!(s, "  cooperatives_effective: {effective}");
        let _ = writeln!(s, "  cooperatives_agricultural: {agri}");
        let _ = writeln!(s, "  cooperative_groups: {groups}");
        let _ = writeln!(s, "  cooperative_group_members: {members}");
        let _ = writeln!(s, "  avg_profit_per_cooperative: {{amount: {profit}}}");
        let _ = write!(
            said,
            " Of these, {effective} operated effectively and {agri} worked in agriculture. \
             There were {groups} cooperative groups with {members} members. Average profit \
             reached {profit} VND a year."
        );
    }
    let revenue = (500 + rng.below(3000)) * 1_000_000;
    let income = (30 + rng.below(60)) * 100_000;
    let target = 20 + rng.below(80);
    let _ = writeln!(s, "  avg_revenue_per_cooperative: {revenue}");
    let _ = writeln!(s, "  avg_income_per_worker: {{amount: {income}, per: month}}");
    let _ = writeln!(s, "targets:\n  cooperatives_new: {target}");
    let _ = writeln!(s, "---\n");
    let _ = writeln!(
        s,
        "{said} Average revenue was {revenue} VND a year, and members earned {income} VND \
         a month. The union aims for {target} new cooperatives next year.\n"
    );
    for para in 0..6 {
        if para == 2 {
            let _ = writeln!(s, "## Tasks for {}\n", year + 1);
        }
        for w in 0..95 {
            s.push_str(rng.pick(WORDS));
            s.push_str(if w % 14 == 13 { ". " } else { " " });
        }
        s.push_str("\n\n");
    }
    s
}

/// Writes `n` reports into `dir` (replacing `dir/content`); returns the number of regions.
pub fn write_corpus(n: usize, dir: &Path, seed: u64) -> std::io::Result<usize> {
    let _ = std::fs::remove_dir_all(dir.join("content"));
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("coopsite.yaml"),
        "title: Cooperative conference reports (benchmark)\nbase_url: https://example.org/\n",
    )?;
    let mut rng = Rng(seed);
    let regions = n.div_ceil(YEARS_PER_REGION);
    let mut written = 0;
    for r in 0..regions {
        let name = region_name(r);
        let slug = crate::content::slugify(&name);
        let mut total = 50 + rng.below(500);
        for y in 0..YEARS_PER_REGION {
            if written == n {
                break;
            }
            let year = FIRST_YEAR + y as i32;
            let path = dir.join(format!("content/{year}/{slug}-{year}.md"));
            std::fs::create_dir_all(path.parent().expect("has a parent"))?;
            std::fs::write(&path, report(&mut rng, &name, year, &mut total))?;
            written += 1;
        }
    }
    Ok(regions)
}
