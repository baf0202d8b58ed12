use super::*;

#[test]
fn built_in_figures_have_every_label() {
    let t = FigureTable::built_in();
    assert_eq!(t.defs().len(), 9);
    for d in t.defs() {
        for l in LANGS {
            assert!(!d.labels[l].is_empty(), "{} {l}", d.key);
        }
    }
    assert_eq!(t.label(NEW, "vi-VN"), "Hợp tác xã thành lập mới");
    assert_eq!(t.label(NEW, "de"), "New cooperatives");
    assert_eq!(
        t.label("cooperatives_high_tech", "en"),
        "Cooperatives high tech"
    );
    assert_eq!(t.charted(ChartRole::Money).count(), 3);
    for key in [
        TOTAL,
        NEW,
        EFFECTIVE,
        INCOME,
        AGRICULTURAL,
        GROUPS,
        GROUP_MEMBERS,
        REVENUE,
        PROFIT,
    ] {
        assert!(FigureTable::is_built_in(key), "{key}");
    }
}

#[test]
fn the_named_kinds_of_key_are_the_built_in_figures_meanings() {
    for d in FigureTable::built_in().defs() {
        let m = d.meaning.as_ref().unwrap();
        let cooperatives = m.measure == Measure::Cooperatives;
        assert_eq!(is_money_average(&d.key), d.average, "{}", d.key);
        assert_eq!(is_money_average(&d.key), d.kind == Kind::Money, "{}", d.key);
        assert_eq!(is_cooperatives_count(&d.key), cooperatives, "{}", d.key);
        let kind = cooperatives && m.qualifier.is_some();
        assert_eq!(is_kind_count(&d.key), kind, "{}", d.key);
        assert_eq!(is_kind_count(&d.key), d.part_of.is_some(), "{}", d.key);
    }
    assert!(!is_money_average("charter_capital"));
    assert!(!is_cooperatives_count("cooperatives_high_tech"));
}

#[test]
fn declared_figures_keep_their_labels() {
    let decl: BTreeMap<String, Declared> = serde_yaml::from_str(
        "ocop_products: {kind: count, label: {en: OCOP products, vi: Sản phẩm OCOP}}\n\
         charter_capital: {kind: money, per: total, label: Charter capital}\n",
    )
    .unwrap();
    let t = FigureTable::with_declared(&decl);
    assert_eq!(t.label("ocop_products", "en"), "OCOP products");
    assert_eq!(t.label("ocop_products", "fr"), "OCOP products");
    assert_eq!(t.label("ocop_products", "vi"), "Sản phẩm OCOP");
    assert_eq!(t.get("charter_capital").unwrap().span, Span::Total);
}

#[test]
fn near_misses_within_two_edits() {
    let t = FigureTable::built_in();
    assert_eq!(t.near("cooperatives_totl"), Some(TOTAL));
    assert_eq!(t.near("cooperatvies_new"), Some(NEW));
    assert_eq!(t.near("cooperative_total"), Some(TOTAL));
    assert_eq!(t.near("avg_revenue_per_cooperative_group"), None);
    assert_eq!(t.near(TOTAL), None);
    assert_eq!(t.near("ocop_products"), None);
}
