//! Times telling the language of every report's text (`lang_tables::read_with`, which
//! `check` and every build run on each report with figures), alone:
//! `cargo run --release --example detect_prof -- DIR`; prints, per `lang:`, the reports
//! and how many are read unsure, then three timings of all of them (for `perf record`
//! or `valgrind --tool=callgrind` of the language check without the rest).
use coopsite::lang_tables::{for_lang, read_with};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: detect_prof DIR");
    let mut texts = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).into_iter().flatten() {
        if entry.path().extension().is_some_and(|x| x == "md") {
            let text = std::fs::read_to_string(entry.path()).expect("a report");
            let lang = text
                .lines()
                .find_map(|l| l.strip_prefix("lang: "))
                .unwrap_or("en")
                .to_string();
            let body = text
                .splitn(3, "---\n")
                .nth(2)
                .unwrap_or_default()
                .to_string();
            texts.push((lang, body));
        }
    }
    for code in ["vi", "fr", "ms", "en"] {
        let of = texts.iter().filter(|(l, _)| l == code);
        let unsure = of
            .clone()
            .filter(|(l, body)| read_with(body, for_lang(l)).is_none())
            .count();
        eprintln!("{code}: {} reports, {unsure} read unsure", of.count());
    }
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let unsure = texts
            .iter()
            .filter(|(lang, body)| read_with(body, for_lang(lang)).is_none())
            .count();
        eprintln!(
            "{} reports, {unsure} unsure: {:?}",
            texts.len(),
            t.elapsed()
        );
    }
}
