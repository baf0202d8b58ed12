use super::*;

fn read(text: &str, lang: Lang, year: i32) -> Vec<(Section, &'static str, Val, bool)> {
    extract(text, lang, year)
        .into_iter()
        .map(|f| (f.section, f.key, f.val, f.doubt.is_none()))
        .collect()
}

#[test]
fn smoke() {
    let r = read(
        "Toàn tỉnh có 1.059 HTX, thành lập mới 45 HTX.",
        Lang::Vi,
        2023,
    );
    assert_eq!(r.len(), 2, "{r:?}");
}
