//! Times `coopsite::raster::png` on every SVG file under a folder (a built site's
//! `charts/`): `cargo run --release --example raster_prof -- DIR [SCALE]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: raster_prof DIR [SCALE]");
    let scale: f32 = args.next().map_or(2.0, |s| s.parse().expect("a scale"));
    let files: Vec<_> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "svg"))
        .filter(|e| !e.path().to_string_lossy().contains("narrow"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for svg in &files {
        bytes += coopsite::raster::png(svg, scale).unwrap().0.len();
    }
    let t = start.elapsed();
    println!(
        "{} SVG files at scale {scale}: {:.1} ms each, {:.1} KB each",
        files.len(),
        t.as_secs_f64() * 1000.0 / files.len() as f64,
        bytes as f64 / 1024.0 / files.len() as f64
    );
}
