//! SVG to PNG: the charts' PNG copies and the share cards, drawn by resvg in the font
//! the charts are laid out in (DejaVu Sans, carried in the binary: no system font is
//! looked for, so a PNG is the same on every machine). A leaf: it knows SVG text and
//! bytes, nothing of the site.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

/// The font every chart and card is drawn in: DejaVu Sans (its licence beside it in
/// `assets/fonts/`), which covers Vietnamese, French and Malay.
pub const FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// The family name the font answers to, for an SVG that names it rather than
/// `sans-serif`.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// resvg's options: the font database holds the one font, and every generic family
/// (`sans-serif`, `serif`, …) and a text with no family resolve to it.
fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut opt = usvg::Options {
            font_family: FONT_FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let db = opt.fontdb_mut();
        db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(FONT)));
        for set in [
            usvg::fontdb::Database::set_sans_serif_family,
            usvg::fontdb::Database::set_serif_family,
            usvg::fontdb::Database::set_monospace_family,
            usvg::fontdb::Database::set_cursive_family,
            usvg::fontdb::Database::set_fantasy_family,
        ] {
            set(db, FONT_FAMILY);
        }
        opt
    })
}

/// `svg` drawn at `scale` times its size as an opaque PNG (over white, 8-bit RGBA), and
/// the PNG's width and height. An SVG resvg cannot read is an error saying why.
pub fn png(svg: &str, scale: f32) -> Result<(Vec<u8>, (u32, u32)), String> {
    let tree = usvg::Tree::from_str(svg, options()).map_err(|e| format!("{e}"))?;
    let size = tree.size();
    let width = (size.width() * scale).round() as u32;
    let height = (size.height() * scale).round() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| format!("a picture of {width}×{height} pixels cannot be made"))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let fit = tiny_skia::Transform::from_scale(
        width as f32 / size.width(),
        height as f32 / size.height(),
    );
    resvg::render(&tree, fit, &mut pixmap.as_mut());
    let bytes = encode(&pixmap).map_err(|e| format!("the PNG could not be written: {e}"))?;
    Ok((bytes, (width, height)))
}

/// What names a drawing in the cache: the renderer and its settings, which change the
/// pixels of the same SVG.
const CACHE_VERSION: &[u8] = b"resvg 0.49, DejaVu Sans 2.37, RGBA, fast deflate";

/// A drawing as a build hands it on: the file of the cache that keeps it, or its bytes
/// when there is no cache (or the cache could not keep it).
pub enum Drawing {
    Kept(PathBuf),
    Bytes(Vec<u8>),
}

/// [`png`], kept in `cache` (a folder) by a hash of the SVG and the scale: a drawing
/// already made, by this build or an earlier one, is named by its file, neither read
/// nor drawn again. The cache is only a cache: a file that cannot be written there is
/// drawn and handed on as bytes, and the folder may be removed at any time. A kept
/// file is never changed: a new drawing is written aside and renamed over it.
pub fn png_kept(svg: &str, scale: f32, cache: Option<&Path>) -> Result<Drawing, String> {
    let Some(dir) = cache else {
        return png(svg, scale).map(|(bytes, _)| Drawing::Bytes(bytes));
    };
    let file = cached_path(svg, scale, dir);
    if file.is_file() {
        return Ok(Drawing::Kept(file));
    }
    let key = file.file_stem().and_then(|s| s.to_str()).unwrap_or("png");
    let (bytes, _) = png(svg, scale)?;
    // Written aside and renamed, so that a build running beside never reads half a file.
    let part = dir.join(format!("{key}.{:?}.part", std::thread::current().id()));
    let stored = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&part, &bytes))
        .and_then(|()| std::fs::rename(&part, &file));
    match stored {
        Ok(()) => Ok(Drawing::Kept(file)),
        Err(_) => {
            let _ = std::fs::remove_file(&part);
            Ok(Drawing::Bytes(bytes))
        }
    }
}

/// Removes from the cache folder `dir` the drawings no output links and none made within
/// `keep` (and half-written files older than that). A build hard-links each drawing it
/// uses into its output, so after it a drawing with no second link is one no output
/// holds: a chart whose numbers changed, a region gone. Where outputs cannot link (on
/// another file system every drawing is copied and stands alone), nothing is removed.
/// Gives how many files went.
pub fn prune(dir: &Path, keep: std::time::Duration) -> usize {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        let now = std::time::SystemTime::now();
        let old = |m: &std::fs::Metadata| {
            m.modified()
                .ok()
                .and_then(|t| now.duration_since(t).ok())
                .is_some_and(|age| age > keep)
        };
        let files: Vec<(PathBuf, std::fs::Metadata)> = entries
            .flatten()
            .filter_map(|e| Some((e.path(), e.metadata().ok()?)))
            .filter(|(_, m)| m.is_file())
            .collect();
        let links = files.iter().any(|(_, m)| m.nlink() > 1);
        let gone = |(path, m): &(PathBuf, std::fs::Metadata)| {
            let part = path.extension().is_some_and(|e| e == "part");
            let unlinked = links && m.nlink() == 1;
            (part || unlinked) && old(m) && std::fs::remove_file(path).is_ok()
        };
        files.iter().filter(|f| gone(f)).count()
    }
    #[cfg(not(unix))]
    {
        let _ = (dir, keep);
        0
    }
}

/// Where [`png_kept`] keeps the drawing of `svg` at `scale` in the folder `dir`.
pub fn cached_path(svg: &str, scale: f32, dir: &Path) -> PathBuf {
    let key = crate::hash::hash_of(&[CACHE_VERSION, &scale.to_le_bytes(), svg.as_bytes()]);
    dir.join(format!("{key:016x}.png"))
}

/// An opaque pixmap as a PNG: its RGBA bytes as they are (opaque, so premultiplied is
/// straight), handed whole to the encoder with no pass over the pixels here.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::with_capacity(pixmap.data().len() / 8);
    let mut enc = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    let mut writer = enc.write_header()?;
    writer.write_image_data(pixmap.data())?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The width and height a PNG's header gives, and how many of its pixels are dark.
    fn decode(bytes: &[u8]) -> ((u32, u32), usize) {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!(info.color_type, png::ColorType::Rgba);
        let dark = buf[..info.buffer_size()]
            .chunks_exact(4)
            .filter(|p| p[..3].iter().all(|&c| c < 100) && p[3] == 255)
            .count();
        ((info.width, info.height), dark)
    }

    #[test]
    fn draws_at_scale_with_text() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" viewBox="0 0 200 50"><rect width="200" height="50" fill="#fff"/><text x="10" y="35" font-family="sans-serif" font-size="30" fill="#000">Bình Định</text></svg>"##;
        let (bytes, size) = png(svg, 2.0).unwrap();
        assert_eq!(size, (400, 100));
        let (decoded, dark) = decode(&bytes);
        assert_eq!(decoded, (400, 100));
        // The text is drawn: its glyphs darken pixels, where a white picture has none.
        assert!(dark > 1_000, "{dark} dark pixels");
        let (blank, _) = png(&svg.replace("Bình Định", ""), 2.0).unwrap();
        assert_eq!(decode(&blank).1, 0);
    }

    #[test]
    fn a_cached_drawing_is_named_not_drawn_again() {
        let dir = tempfile::tempdir().unwrap();
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#08306b"/></svg>"##;
        let Drawing::Kept(kept) = png_kept(svg, 1.0, Some(dir.path())).unwrap() else {
            panic!("a drawing the cache can keep is handed on as its file");
        };
        let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path(), kept);
        let (drawn, _) = png(svg, 1.0).unwrap();
        assert_eq!(std::fs::read(&kept).unwrap(), drawn);
        // What the cache holds is what is used: a changed file is not drawn over.
        std::fs::write(&kept, b"kept").unwrap();
        assert!(
            matches!(png_kept(svg, 1.0, Some(dir.path())).unwrap(), Drawing::Kept(f) if f == kept)
        );
        assert_eq!(std::fs::read(&kept).unwrap(), b"kept");
        assert!(matches!(png_kept(svg, 1.0, None).unwrap(), Drawing::Bytes(b) if b == drawn));
        // Another scale is another drawing.
        let (_, size) = png(svg, 2.0).unwrap();
        assert_eq!(size, (40, 20));
        let Drawing::Kept(other) = png_kept(svg, 2.0, Some(dir.path())).unwrap() else {
            panic!("kept");
        };
        assert_ne!(other, kept);
        // A cache that cannot be written still gives the drawing.
        let blocked = dir.path().join("file");
        std::fs::write(&blocked, b"").unwrap();
        assert!(
            matches!(png_kept(svg, 1.0, Some(&blocked)).unwrap(), Drawing::Bytes(b) if b == drawn)
        );
    }

    #[test]
    #[cfg(unix)]
    fn prune_removes_old_drawings_no_output_links() {
        let dir = tempfile::tempdir().unwrap();
        let (cache, out) = (dir.path().join("png"), dir.path().join("out"));
        std::fs::create_dir_all(&out).unwrap();
        let svg = |fill: &str| {
            format!(
                r##"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="{fill}"/></svg>"##
            )
        };
        let kept = |fill: &str| match png_kept(&svg(fill), 1.0, Some(&cache)).unwrap() {
            Drawing::Kept(f) => f,
            Drawing::Bytes(_) => panic!("kept"),
        };
        let (used, stale, fresh) = (kept("#08306b"), kept("#ff0000"), kept("#00ff00"));
        let part = cache.join("0123.ThreadId(2).part");
        std::fs::write(&part, b"half").unwrap();
        let day = std::time::Duration::from_secs(86_400);
        let age = |f: &Path| {
            let two_days_ago = std::time::SystemTime::now() - 2 * day;
            std::fs::File::options()
                .write(true)
                .open(f)
                .unwrap()
                .set_modified(two_days_ago)
                .unwrap();
        };
        // No output links any drawing: the cache cannot tell what is used, so all stay.
        for f in [&used, &stale] {
            age(f);
        }
        assert_eq!(prune(&cache, day), 0);
        age(&part);
        std::fs::hard_link(&used, out.join("chart.png")).unwrap();
        // The unlinked old drawing and the old half-written file go; the linked one and
        // the one drawn today stay.
        assert_eq!(prune(&cache, day), 2);
        assert!(used.is_file() && fresh.is_file());
        assert!(!stale.exists() && !part.exists());
        assert_eq!(prune(&cache, day), 0);
    }

    #[test]
    fn a_broken_svg_is_an_error() {
        let e = png("<svg", 1.0).unwrap_err();
        assert!(!e.is_empty());
    }
}
