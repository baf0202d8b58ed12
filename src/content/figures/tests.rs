use super::*;

fn read(yaml: &str, lang: &str) -> (Figures, Vec<Problem>) {
    let table = FigureTable::built_in();
    let map: serde_yaml::Mapping = serde_yaml::from_str(yaml).unwrap();
    let raw = |key: &str| crate::yamlpos::find_value(yaml, 0, key).map(|s| s.raw);
    Reader {
        table: &table,
        notation: Notation::for_lang(lang),
        raw: &raw,
    }
    .read(&map)
}

fn errors(yaml: &str, lang: &str) -> Vec<String> {
    read(yaml, lang)
        .1
        .into_iter()
        .filter(|p| !p.warning)
        .map(|p| format!("{}: {} / {}", p.key, p.message, p.help.unwrap_or_default()))
        .collect()
}

#[test]
fn reads_counts_and_money() {
    let (f, problems) = read(
        "cooperatives_total: 895\navg_revenue_per_cooperative: 2295000000\n\
         avg_income_per_worker: {amount: 5600000, per: month}\nshare: 58.1\n",
        "en",
    );
    assert_eq!(f.get("cooperatives_total"), Some(&Value::Count(895)));
    assert_eq!(
        f.get("avg_income_per_worker").unwrap().as_f64(),
        67_200_000.0
    );
    assert_eq!(f.get("share"), Some(&Value::Number(58.1)));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].warning && problems[0].key == "share");
}

#[test]
fn money_in_words_in_each_language() {
    for (lang, text, value, per) in [
        ("vi", "2,3 tỷ đồng", 2_300_000_000.0, Per::Year),
        ("vi", "5,3 triệu đồng/người/tháng", 5_300_000.0, Per::Month),
        ("ms", "2 bilion 295 juta", 2_295_000_000.0, Per::Year),
        ("fr", "850 millions de VND", 850_000_000.0, Per::Year),
        ("fr", "5,6 millions par mois", 5_600_000.0, Per::Month),
        ("en", "2.3 billion", 2_300_000_000.0, Per::Year),
    ] {
        let yaml = format!("avg_revenue_per_cooperative: \"{text}\"\n");
        let key = if per == Per::Month {
            "avg_income_per_worker"
        } else {
            "avg_revenue_per_cooperative"
        };
        let yaml = yaml.replace("avg_revenue_per_cooperative", key);
        let (f, problems) = read(&yaml, lang);
        assert!(problems.is_empty(), "{lang} {text}: {problems:?}");
        let Some(Value::Money(m)) = f.get(key) else {
            panic!("{text}")
        };
        assert_eq!((m.amount, m.per), (value, per), "{lang} {text}");
        assert_eq!(m.written.as_deref(), Some(text));
    }
}

#[test]
fn thousands_read_as_decimals_are_refused() {
    let e = errors("cooperatives_total: 1.059\n", "vi");
    assert!(
        e[0].contains("write counts as plain digits without separators: 1059"),
        "{e:?}"
    );
    let e = errors("collective_economy_members: 15.200\n", "vi");
    assert!(e[0].contains("write 15200"), "{e:?}");
    let e = errors("cooperatives_total: \"1.059\"\n", "vi");
    assert!(e[0].contains("1059"), "{e:?}");
}

#[test]
fn averages_out_of_range_say_what_was_meant() {
    let e = errors("avg_revenue_per_cooperative: 2.5\n", "en");
    assert!(e[0].contains("2.5 billion is 2500000000"), "{e:?}");
    let e = errors("avg_income_per_worker: {amount: 5.6, per: month}\n", "en");
    assert!(e[0].contains("5.6 million is 5600000"), "{e:?}");
    let e = errors("avg_profit_per_cooperative: 3000000000000\n", "en");
    assert!(e[0].contains("number of zeros"), "{e:?}");
}

#[test]
fn near_misses_parts_and_currencies() {
    let e = errors("Cooperatives Total: 120\n", "en");
    assert!(e[0].contains("did you mean `cooperatives_total`?"), "{e:?}");
    let e = errors("cooperatives_totl: 120\n", "en");
    assert!(e[0].contains("did you mean `cooperatives_total`?"), "{e:?}");
    let e = errors("cooperatives_total: 100\ncooperatives_new: 120\n", "en");
    assert!(e[0].starts_with("cooperatives_new:"), "{e:?}");
    let e = errors(
        "avg_income_per_worker: {amount: 2500, currency: USD}\n",
        "en",
    );
    assert!(e[0].contains("charted in VND"), "{e:?}");
    let (f, p) = read("grant: {amount: 2500, currency: USD}\n", "en");
    assert!(p.iter().all(|p| p.warning));
    let Some(Value::Money(m)) = f.get("grant") else {
        panic!()
    };
    assert_eq!(m.currency, "USD");
}

#[test]
fn every_problem_is_reported_and_empty_values_are_skipped() {
    let e = errors(
        "cooperatives_total: -4\ncooperatives_new: 2.5\navg_income_per_worker: lots\ncooperative_groups:\n",
        "en",
    );
    assert_eq!(e.len(), 3, "{e:?}");
    let (f, _) = read("cooperative_groups:\n", "en");
    assert!(f.is_empty());
}

#[test]
fn per_month_words_must_agree_with_per() {
    let e = errors(
        "avg_income_per_worker: {amount: \"5,6 triệu/tháng\", per: year}\n",
        "vi",
    );
    assert!(e[0].contains("per month"), "{e:?}");
    let (f, p) = read(
        "avg_income_per_worker: {amount: \"5,6 triệu/tháng\"}\n",
        "vi",
    );
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(
        f.get("avg_income_per_worker").unwrap().as_f64(),
        67_200_000.0
    );
}
