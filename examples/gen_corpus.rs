//! Writes a corpus of realistic reports for benchmarks:
//! `cargo run --release --example gen_corpus -- N DIR [SEED]`.

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gen_corpus N DIR [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42u64);
    match coopsite::corpus::write_corpus(n, Path::new(dir), seed) {
        Ok(regions) => eprintln!("wrote {n} reports in {regions} regions to {dir}"),
        Err(e) => {
            eprintln!("error: {dir}: {e}");
            std::process::exit(1);
        }
    }
}
