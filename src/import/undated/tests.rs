//! What `leave_out` keeps of a text that does not say which year it reviews, and the
//! years a text names.

use super::{leave_out, listed, years_named};
use crate::figure_table::{
    AGRICULTURAL, GROUPS, GROUP_MEMBERS, INCOME, NEW, PROFIT, REVENUE, TOTAL,
};
use crate::import::found::{Found, Section, Val};
use crate::import::patterns::Lang;

/// Which of the figures (the number as written, its key) of a text that does not
/// say which year it reviews are written: those `leave_out` leaves undoubted.
fn kept(body: &str, lang: Lang, figures: &[(&str, &'static str)]) -> Vec<&'static str> {
    let mut found: Vec<Found> = figures
        .iter()
        .map(|&(number, key)| Found {
            section: Section::Figures,
            key,
            val: Val::Count(1),
            quote: String::new(),
            strong: true,
            pos: body.find(number).expect("the number is in the text"),
            doubt: None,
        })
        .collect();
    leave_out(&mut found, body, lang, "Yên Bái");
    found
        .iter()
        .filter(|f| f.doubt.is_none())
        .map(|f| f.key)
        .collect()
}

#[test]
fn a_count_the_sentence_says_is_now_is_kept() {
    let vi = "Tỉnh có Kế hoạch giai đoạn 2021-2025. Hiện nay, toàn tỉnh có 412 HTX, \
              trong đó 280 HTX nông nghiệp. Hiện, toàn tỉnh có 96 tổ hợp tác. \
              Tỉnh đang có 97 tổ hợp tác.";
    assert_eq!(
        kept(
            vi,
            Lang::Vi,
            &[("412", TOTAL), ("280", AGRICULTURAL), ("96", GROUPS)]
        ),
        [TOTAL, AGRICULTURAL, GROUPS]
    );
    assert_eq!(kept(vi, Lang::Vi, &[("97", GROUPS)]), [GROUPS]);
    let en = "Under the 2012 law, a cooperative has seven members. The province currently \
              has 412 cooperatives, 280 of them in agriculture.";
    assert_eq!(
        kept(en, Lang::En, &[("412", TOTAL), ("280", AGRICULTURAL)]),
        [TOTAL, AGRICULTURAL]
    );
}

#[test]
fn a_count_of_no_day_a_span_since_a_year_or_a_period_is_left_out() {
    // No word of now before it, or only after it, and not had by the province;
    // "thực hiện" is no "hiện".
    let vi = "Năm 2016, HTX Đồng Tâm ra đời. Số HTX là 412. Thực hiện Kế hoạch, \
              280 HTX nông nghiệp đến nay.";
    assert!(kept(vi, Lang::Vi, &[("412", TOTAL), ("280", AGRICULTURAL)]).is_empty());
    // Counted since a year; new cooperatives are of a period, and so is an income
    // after a span since a year.
    let vi = "Từ năm 2013 đến nay, toàn tỉnh có 168 HTX, thu nhập bình quân 58 triệu \
              đồng. Hiện nay, toàn tỉnh thành lập mới 35 HTX.";
    assert!(kept(vi, Lang::Vi, &[("168", TOTAL), ("35", NEW), ("58", INCOME)]).is_empty());
    let en = "Since 2013 the province has set up 168 cooperatives and now has 412. Founded \
              in 2016, the Dong Tam cooperative has 280 members. There are 96 groups.";
    assert!(kept(en, Lang::En, &[("412", TOTAL), ("96", GROUPS)]).is_empty());
}

#[test]
fn an_average_after_a_word_of_now_in_its_line_is_kept() {
    // In the count's line, or in a line of its own that says now.
    let vi = "Theo Đề án giai đoạn 2021-2025, tỉnh hỗ trợ HTX. Hiện nay toàn tỉnh có 230 \
              HTX. Doanh thu bình quân đạt 1,8 tỷ đồng/năm, lãi bình quân 210 triệu đồng.\n\
              Thu nhập bình quân của người lao động hiện đạt 51 triệu đồng/người/năm.";
    assert_eq!(
        kept(
            vi,
            Lang::Vi,
            &[("1,8", REVENUE), ("210", PROFIT), ("51", INCOME)]
        ),
        [REVENUE, PROFIT, INCOME]
    );
    let en = "Under the 2012 law, it was founded. The province currently has 230 \
              cooperatives. Their average annual revenue is 1.8 billion VND.";
    assert_eq!(kept(en, Lang::En, &[("1.8", REVENUE)]), [REVENUE]);
}

#[test]
fn an_average_of_another_line_a_year_or_a_quote_is_left_out() {
    // The word of now is in another line; a year, or a span since one, stands
    // between; a person's words in quotes.
    let vi = "Hiện nay toàn tỉnh có 230 HTX.\nDoanh thu bình quân đạt 1,8 tỷ đồng/năm. \
              Hiện nay, riêng năm 2019 lãi bình quân 210 triệu đồng. Hiện có nhiều HTX, \
              từ năm 2016 thu nhập bình quân 51 triệu đồng/người/năm.";
    assert!(kept(
        vi,
        Lang::Vi,
        &[("1,8", REVENUE), ("210", PROFIT), ("51", INCOME)]
    )
    .is_empty());
    let en = "The province now has 230 cooperatives. \"In the past we earned little. Now, \
              we make an average profit of 3 million VND,\" he said.";
    assert!(kept(en, Lang::En, &[("3 million", PROFIT)]).is_empty());
    // "thực hiện" is no word of now.
    let vi = "Thực hiện Đề án 2021-2025, doanh thu bình quân đạt 1,8 tỷ đồng/năm.";
    assert!(kept(vi, Lang::Vi, &[("1,8", REVENUE)]).is_empty());
}

#[test]
fn a_count_the_province_has_in_a_sentence_naming_no_year_is_kept() {
    // The province's noun or name, a word of having, an approximation.
    let vi = "Theo Luật HTX năm 2012, HTX phải có 7 thành viên. Toàn tỉnh có 412 HTX. \
              Tỉnh Yên Bái còn có khoảng 96 tổ hợp tác.";
    assert_eq!(
        kept(vi, Lang::Vi, &[("412", TOTAL), ("96", GROUPS)]),
        [TOTAL, GROUPS]
    );
    let en = "Under the 2012 law, a cooperative has seven members. The province has \
              412 cooperatives. Yen Bai also has more than 96 cooperative groups.";
    assert_eq!(
        kept(en, Lang::En, &[("412", TOTAL), ("96", GROUPS)]),
        [TOTAL, GROUPS]
    );
}

#[test]
fn a_count_had_by_another_or_in_a_sentence_naming_a_year_is_left_out() {
    // A year in the sentence; a cooperative's, provinces', a plan's ("tỉnh hỗ trợ …
    // có"); "tính" is no province.
    let vi = "Năm 2016, toàn tỉnh có 412 HTX. HTX Đồng Tâm có 96 tổ hợp tác. Tỉnh hỗ \
              trợ để có 280 HTX nông nghiệp. Số tính có 35 HTX.";
    assert!(kept(
        vi,
        Lang::Vi,
        &[
            ("412", TOTAL),
            ("96", GROUPS),
            ("280", AGRICULTURAL),
            ("35", TOTAL)
        ]
    )
    .is_empty());
    let en = "In 2016 the province had 412 cooperatives. Can Tho and the 12 provinces \
              have 1,300 cooperatives. The Dong Tam cooperative has 96 groups.";
    assert!(kept(
        en,
        Lang::En,
        &[("412", TOTAL), ("1,300", TOTAL), ("96", GROUPS)]
    )
    .is_empty());
}

#[test]
fn a_count_listed_after_a_kept_one_in_its_sentence_is_kept() {
    // A part ("gồm", "including") or the members of groups, after a count of now or
    // one the province has, with no year between.
    let vi = "Theo Luật HTX năm 2012, HTX phải có 7 thành viên. Tỉnh Yên Bái có 96 tổ \
              hợp tác, thu hút 1.200 thành viên. Hiện nay toàn tỉnh có 412 HTX, gồm 280 \
              HTX nông nghiệp.";
    let figures = [
        ("96", GROUPS),
        ("1.200", GROUP_MEMBERS),
        ("412", TOTAL),
        ("280", AGRICULTURAL),
    ];
    assert_eq!(
        kept(vi, Lang::Vi, &figures),
        [GROUPS, GROUP_MEMBERS, TOTAL, AGRICULTURAL]
    );
    let en = "Under the 2012 law, a cooperative has seven members. The province has 412 \
              cooperatives with 9,000 members, including more than 280 agricultural \
              cooperatives.";
    assert_eq!(
        kept(en, Lang::En, &[("412", TOTAL), ("280", AGRICULTURAL)]),
        [TOTAL, AGRICULTURAL]
    );
}

#[test]
fn a_count_in_another_line_after_no_kept_one_or_a_span_is_left_out() {
    // In the next line; after a count that is not kept (no word of now, not the
    // province's); a span since a year between the kept count and it.
    let vi = "Tỉnh có 96 tổ hợp tác.\nThu hút 1.200 thành viên. Xã có 35 tổ hợp tác và 90 \
              HTX nông nghiệp.";
    let figures = [
        ("96", GROUPS),
        ("1.200", GROUP_MEMBERS),
        ("35", GROUPS),
        ("90", AGRICULTURAL),
    ];
    assert_eq!(kept(vi, Lang::Vi, &figures), [GROUPS]);
    let en = "The province now has 412 cooperatives, and since 2013 it has had 280 \
              agricultural ones. The village has 96 groups with 1,200 members.";
    let figures = [
        ("412", TOTAL),
        ("280", AGRICULTURAL),
        ("96", GROUPS),
        ("1,200", GROUP_MEMBERS),
    ];
    assert_eq!(kept(en, Lang::En, &figures), [TOTAL]);
}

#[test]
fn a_count_in_the_sentence_after_a_kept_one_in_its_line_is_kept() {
    // "Trong đó", "Of these": the next sentence goes on with the count of now. Not
    // in the next line, nor two sentences on, nor past a year.
    let vi = "Hiện nay toàn tỉnh có 412 HTX. Trong đó, lĩnh vực nông nghiệp có 280 HTX. \
              Xã Đồng Tâm có 35 HTX.\nLĩnh vực nông nghiệp có 90 HTX. Toàn tỉnh có 96 tổ \
              hợp tác. Năm 2016 thu hút 1.200 thành viên.";
    let figures = [
        ("412", TOTAL),
        ("280", AGRICULTURAL),
        ("35", TOTAL),
        ("90", AGRICULTURAL),
        ("96", GROUPS),
        ("1.200", GROUP_MEMBERS),
    ];
    assert_eq!(kept(vi, Lang::Vi, &figures), [TOTAL, AGRICULTURAL, GROUPS]);
    let en = "The province now has 412 cooperatives. Of these, 280 work in agriculture. \
              A commune has 35 cooperatives.\nThere are 90 agricultural cooperatives.";
    let figures = [
        ("412", TOTAL),
        ("280", AGRICULTURAL),
        ("35", TOTAL),
        ("90", AGRICULTURAL),
    ];
    assert_eq!(kept(en, Lang::En, &figures), [TOTAL, AGRICULTURAL]);
}

#[test]
fn a_count_of_the_provinces_said_with_its_possessive_is_kept() {
    // "the province's", "Yen Bai’s" (either apostrophe); not a cooperative's, nor
    // in a sentence naming a year.
    let en = "Under the 2012 law, it was founded. Most of the province's 412 cooperatives \
              are small. Yen Bai’s 96 cooperative groups work well.\nThe cooperative's \
              280 members farm. The province's 35 groups of 2016 closed.";
    let figures = [
        ("412", TOTAL),
        ("96", GROUPS),
        ("280", GROUP_MEMBERS),
        ("35", GROUPS),
    ];
    assert_eq!(kept(en, Lang::En, &figures), [TOTAL, GROUPS]);
}

#[test]
fn a_count_said_to_operate_now_right_after_it_is_kept() {
    // Right after the count and its noun; not after another number, nor in a
    // sentence naming a year.
    let vi = "Tỉnh đứng thứ 3 cả nước với 412 HTX nông nghiệp đang hoạt động.\nXã có 96 \
              tổ hợp tác, 35 tổ hợp tác đang hoạt động. Năm 2016 có 280 HTX đang hoạt động.";
    let figures = [("412", AGRICULTURAL), ("96", GROUPS), ("280", TOTAL)];
    assert_eq!(kept(vi, Lang::Vi, &figures), [AGRICULTURAL]);
    let en = "It ranks third with 412 cooperatives currently operating. In 2016, 280 \
              cooperatives were now operating.";
    assert_eq!(
        kept(en, Lang::En, &[("412", TOTAL), ("280", TOTAL)]),
        [TOTAL]
    );
}

#[test]
fn a_count_the_province_has_under_a_law_of_a_year_is_kept() {
    // The law's year is its name; another year in the sentence is a time.
    let vi = "Toàn tỉnh có 412 HTX hoạt động theo Luật HTX năm 2012. Năm 2016, toàn \
              tỉnh có 96 tổ hợp tác theo Luật HTX năm 2012.";
    assert_eq!(
        kept(vi, Lang::Vi, &[("412", TOTAL), ("96", GROUPS)]),
        [TOTAL]
    );
    let en = "The province has 412 cooperatives under the 2012 Law on Cooperatives. The \
              province has 96 groups, up from 80 in 2016.";
    assert_eq!(
        kept(en, Lang::En, &[("412", TOTAL), ("96", GROUPS)]),
        [TOTAL]
    );
    let fr = "La province compte 412 coopératives, dont 300 converties selon la loi de \
              2012.";
    assert_eq!(kept(fr, Lang::Fr, &[("412", TOTAL)]), [TOTAL]);
}

fn names_no_year(text: &str) -> bool {
    years_named(text).is_empty()
}

#[test]
fn a_text_with_only_numbers_of_things_names_no_year() {
    assert!(names_no_year(
        "Sáng 15/1, Liên minh HTX tỉnh tổ chức hội nghị. Toàn tỉnh có 1.995 HTX, \
         doanh thu bình quân 2.020 triệu đồng, 12.000 thành viên."
    ));
    assert!(names_no_year(
        "The province now has 120 cooperatives with 2,020 members and a revenue of 1,994.5 million."
    ));
}

#[test]
fn a_year_a_span_or_a_month_names_a_year() {
    assert!(!names_no_year("Năm 2023, toàn tỉnh có 120 HTX."));
    assert!(!names_no_year("nhiệm kỳ 2020-2025"));
    assert!(!names_no_year("tính đến tháng 12/2020"));
    assert!(!names_no_year("In 2019 the province had 80 cooperatives."));
    // A count that looks like a year is read as one: asked for, never guessed.
    assert!(!names_no_year("with 2050 members"));
}

#[test]
fn the_years_named_are_listed_once_each_earliest_first() {
    let text = "Nhiệm kỳ 2020-2025, toàn tỉnh có 345 HTX (1.995 thành viên); năm 2020 \
                thành lập mới 12 HTX. By 2025, 2,020 members.";
    assert_eq!(years_named(text), vec![2020, 2025]);
    assert_eq!(listed(&years_named(text)), "2020 and 2025");
    assert_eq!(listed(&[2016]), "2016");
    assert_eq!(listed(&[1998, 2016, 2025]), "1998, 2016 and 2025");
    assert!(years_named("Hiện toàn tỉnh có 345 HTX.").is_empty());
}

#[test]
fn numbers_outside_the_years_do_not_name_one() {
    assert!(names_no_year("1500 hộ, 12345 lao động, 9999 ha"));
}
