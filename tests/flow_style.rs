//! Front matter in YAML's flow style (`figures: {cooperatives_total: 1.059}`) gets
//! every check block style gets, each problem at its own line and column.

mod common;

use common::{stderr, Site};

const HEAD: &str = "---\ntitle: T\ndate: 2024-12-28\nyear: 2024\nunion: U\nregion: R\n";

/// The figures and targets of one report, with five problems and a fine figure.
const FIGURES: [(&str, &str); 4] = [
    ("cooperatives_total", "1.059"),
    ("cooperatives_totl", "5"),
    ("cooperatives_new", "-5"),
    ("avg_income_per_worker", "{amount: 5, per: week}"),
];
const TARGETS: [(&str, &str); 2] = [
    ("cooperatives_new", "1.059"),
    ("avg_revenue_per_cooperative", "2.5"),
];

fn flow(pairs: &[(&str, &str)]) -> String {
    let inner: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    format!("{{{}}}", inner.join(", "))
}

fn block(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(k, v)| format!("\n  {k}: {v}")).collect()
}

/// The build's problems: `content/a.md:LINE:COL: message` lines.
fn problems(site: &Site, text: &str) -> Vec<String> {
    site.file("content/a.md", text);
    let o = site.build(&[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    stderr(&o)
        .lines()
        .filter(|l| l.starts_with("content/a.md:"))
        .map(str::to_string)
        .collect()
}

/// `content/a.md:7:31: message` → ("message", (7, 31)).
fn split(line: &str) -> (String, (usize, usize)) {
    let mut parts = line.splitn(4, ':');
    let _file = parts.next();
    let l = parts.next().unwrap().parse().unwrap();
    let c = parts.next().unwrap().parse().unwrap();
    (parts.next().unwrap().trim().to_string(), (l, c))
}

#[test]
fn flow_style_gets_every_check_block_style_gets_each_at_its_own_column() {
    let site = Site::new();
    let flow_text = format!(
        "{HEAD}figures: {}\ntargets: {}\n---\nText.\n",
        flow(&FIGURES),
        flow(&TARGETS)
    );
    let block_text = format!(
        "{HEAD}figures:{}\ntargets:{}\n---\nText.\n",
        block(&FIGURES),
        block(&TARGETS)
    );
    let in_flow: Vec<_> = problems(&site, &flow_text)
        .iter()
        .map(|l| split(l))
        .collect();
    let in_block: Vec<_> = problems(&site, &block_text)
        .iter()
        .map(|l| split(l))
        .collect();
    let messages =
        |v: &[(String, (usize, usize))]| v.iter().map(|p| p.0.clone()).collect::<Vec<_>>();
    assert_eq!(messages(&in_flow), messages(&in_block));
    assert_eq!(in_flow.len(), 6, "{in_flow:?}");
    // Each problem where its value (or, for a misspelt key, its key) stands.
    let figures_line = &flow_text.lines().nth(6).unwrap();
    let targets_line = &flow_text.lines().nth(7).unwrap();
    let col = |line: &str, text: &str| line.find(text).unwrap() + 1;
    let wanted = [
        (7, col(figures_line, "1.059")),
        (7, col(figures_line, "cooperatives_totl")),
        (7, col(figures_line, "-5")),
        (7, col(figures_line, "{amount")),
        (8, col(targets_line, "1.059")),
        (8, col(targets_line, "2.5")),
    ];
    let at: Vec<(usize, usize)> = in_flow.iter().map(|p| p.1).collect();
    assert_eq!(at, wanted, "{in_flow:?}");
    assert!(in_flow[0].0.contains("found 1.059"), "{in_flow:?}");
    // Block style places them on their own lines.
    let lines: Vec<usize> = in_block.iter().map(|p| p.1 .0).collect();
    assert_eq!(lines, [8, 9, 10, 11, 13, 14]);
}

#[test]
fn a_figure_the_text_does_not_state_is_warned_at_its_key_in_flow_style() {
    let site = Site::new();
    site.file(
        "content/a.md",
        format!(
            "{HEAD}figures: {{cooperatives_total: 1059, cooperatives_new: 38}}\n---\n\
             The province has 1.059 cooperatives.\n"
        ),
    );
    let o = site.run(&["check", "--root", site.root().to_str().unwrap()]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("content/a.md:7:55: figures.cooperatives_new: 38 is not stated"),
        "{err}"
    );
    assert!(
        !err.contains("cooperatives_total: 1059 is not stated"),
        "{err}"
    );
}
