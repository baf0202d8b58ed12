//! Writes a corpus of realistic reports for benchmarks:
//! `cargo run --release --example gen_corpus -- N DIR [SEED] [--unstated SHARE]`.
//!
//! `--unstated 0.5` writes the same reports with about half their figures not stated in
//! their texts (left out, a digit off, or another number), as on a site typed by hand.

use std::path::Path;

const USAGE: &str = "usage: gen_corpus N DIR [SEED] [--unstated SHARE (0 to 1)]";

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut unstated = 0.0;
    if let Some(i) = args.iter().position(|a| a == "--unstated") {
        match args.get(i + 1).and_then(|s| s.parse::<f64>().ok()) {
            Some(share) if (0.0..=1.0).contains(&share) => unstated = share,
            _ => {
                eprintln!("error: --unstated takes a share from 0 to 1\n{USAGE}");
                std::process::exit(2);
            }
        }
        args.drain(i..i + 2);
    }
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42u64);
    match coopsite::corpus::write_corpus_unstated(n, Path::new(dir), seed, unstated) {
        Ok(regions) => eprintln!("wrote {n} reports in {regions} regions to {dir}"),
        Err(e) => {
            eprintln!("error: {dir}: {e}");
            std::process::exit(1);
        }
    }
}
