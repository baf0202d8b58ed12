//! `coopsite import` with the real binary: the figures of a draft whose year import leaves
//! to the author (a text that names years but not which one it reviews). Most stay under
//! `# Left out`; written are the counts its own sentence says are now's, the averages
//! given with them, what the province has in a sentence naming no year (a law's year
//! aside), and a count listed after one of these in its sentence (docs/import.md, "The
//! year under review").

mod common;

use common::{key_line, Site};

#[test]
fn a_text_that_does_not_say_its_year_writes_the_counts_it_says_are_nows() {
    let site = Site::new();
    let draft = |text: &str| site.import_draft("n.txt", text);
    // A feature with a plan's term and a founding year: which year it reviews the author
    // says, but what the province has "now" is counted on the day it is written, whatever
    // year that is. The counts are written, the year left empty; an income in a paragraph
    // of its own that does not say now and a count with no word of now stay under
    // `# Left out`.
    for (text, total, left) in [
        (
            "Kinh tế tập thể Yên Bái\n\nTỉnh đã ban hành Kế hoạch phát triển HTX giai đoạn \
             2021-2025. Hiện nay, toàn tỉnh Yên Bái có 412 HTX, trong đó 280 HTX nông nghiệp.\n\n\
             Thu nhập bình quân của lao động đạt 58 triệu đồng/người/năm. HTX Đồng Tâm \
             thành lập năm 2016.\n",
            "cooperatives_total: 412",
            "avg_income_per_worker: 58000000",
        ),
        (
            "Yen Bai cooperatives\n\nThe province has issued a plan for 2021-2025. Yen Bai \
             province currently has 412 cooperatives, 280 of them in agriculture.\n\nWorkers earn \
             an average income of VND58 million a year. The Dong Tam cooperative was founded \
             in 2016.\n",
            "cooperatives_total: 412",
            "avg_income_per_worker: 58000000",
        ),
    ] {
        let d = draft(text);
        assert!(
            key_line(&d, "year:").contains("# the text names 2016, 2021 and 2025: write the year"),
            "{d}"
        );
        assert!(d.contains(&format!("\n  {total} ")), "{d}");
        assert!(d.contains("\n  cooperatives_agricultural: 280 "), "{d}");
        assert!(
            d.contains(&format!(
                "\n# figures.{left} VND a year (the text does not say"
            )),
            "{d}"
        );
        assert!(d.contains("but for counts it says are now's"), "{d}");
    }
    // Counted since a year: left out. A count the province has, in a sentence that
    // names no year, is written ("thực hiện" is no word of now, but "toàn tỉnh có" is
    // the province having it).
    for text in [
        "Yên Bái\n\nTừ năm 2013 đến nay, toàn tỉnh Yên Bái có 412 HTX. Thực hiện Kế hoạch \
         của tỉnh, toàn tỉnh có 96 tổ hợp tác. Kế hoạch là của giai đoạn 2021-2025.\n",
        "Yen Bai\n\nSince 2013, Yen Bai province has set up new cooperatives and now has 412 \
         cooperatives. The province has 96 cooperative groups. Its plan is for 2021-2025.\n",
    ] {
        let d = draft(text);
        assert!(
            key_line(&d, "year:").contains("# the text names 2013, 2021 and 2025"),
            "{d}"
        );
        assert!(
            d.contains("\n# figures.cooperatives_total: 412 (the text does not say"),
            "{d}"
        );
        assert!(d.contains("\n  cooperative_groups: 96 "), "{d}");
    }
}

#[test]
fn a_text_that_does_not_say_its_year_writes_the_averages_it_gives_with_now() {
    let site = Site::new();
    // The averages of the paragraph that says what the province has now, or of a line
    // that says now itself ("hiện đạt"), are that day's too: written, the year left to
    // the author. An average after a span since a year, or in a person's quoted words,
    // is not.
    for (text, written) in [
        (
            "Kinh tế tập thể Yên Bái\n\nTỉnh có Kế hoạch giai đoạn 2021-2025.\n\nHiện nay, \
             toàn tỉnh có 412 HTX. Doanh thu bình quân đạt 1,8 tỷ đồng/năm.\n\nLợi nhuận \
             bình quân của HTX hiện đạt 210 triệu đồng/năm. Từ năm 2016 đến nay, thu nhập \
             bình quân của lao động đạt 40 triệu đồng/người/năm.\n",
            [
                "avg_revenue_per_cooperative: 1800000000",
                "avg_profit_per_cooperative: 210000000",
            ],
        ),
        (
            "Yen Bai cooperatives\n\nThe province has a plan for 2021-2025.\n\nThe province \
             currently has 412 cooperatives. Their average annual revenue is VND1.8 billion, \
             and their average annual profit VND210 million.\n\n\"We earned little in 2016. \
             Now, we make an average income of VND40 million a year,\" a member said.\n",
            [
                "avg_revenue_per_cooperative: 1800000000",
                "avg_profit_per_cooperative: 210000000",
            ],
        ),
    ] {
        let d = site.import_draft("v.txt", text);
        assert!(
            key_line(&d, "year:").contains("write the year it reviews"),
            "{d}"
        );
        assert!(d.contains("\n  cooperatives_total: 412 "), "{d}");
        for w in written {
            assert!(d.contains(&format!("\n  {w} ")), "{w}: {d}");
        }
        assert!(
            d.contains(
                "\n# figures.avg_income_per_worker: 40000000 VND a year (the text does not say"
            ),
            "{d}"
        );
    }
}

#[test]
fn a_text_that_does_not_say_its_year_writes_what_the_province_has() {
    let site = Site::new();
    // The province (its noun or name) has the count, in a sentence naming no year:
    // written, and the members listed after it in its sentence. Had since a year: left
    // out, and the part listed after it.
    for text in [
        "Hợp tác xã Yên Bái\n\nTỉnh có Kế hoạch giai đoạn 2021-2025.\n\nTỉnh Yên Bái còn có \
         khoảng 96 tổ hợp tác, thu hút 1.200 thành viên. Từ năm 2016 đến nay, toàn tỉnh có \
         345 HTX, gồm 280 HTX nông nghiệp.\n",
        "Yen Bai cooperatives\n\nThe province has a plan for 2021-2025.\n\nYen Bai province \
         also has about 96 cooperative groups with 1,200 members. The province has had 345 \
         cooperatives since 2016, including 280 agricultural cooperatives.\n",
    ] {
        let d = site.import_draft("h.txt", text);
        assert!(
            key_line(&d, "year:").contains("write the year it reviews"),
            "{d}"
        );
        assert!(d.contains("\n  cooperative_groups: 96 "), "{d}");
        assert!(d.contains("\n  cooperative_group_members: 1200 "), "{d}");
        assert!(d.contains(": 345 (the text does not say"), "{d}");
        assert!(!d.contains("\n  cooperatives_total: 345"), "{d}");
        assert!(!d.contains("\n  cooperatives_agricultural: 280"), "{d}");
    }
}

#[test]
fn a_text_that_does_not_say_its_year_writes_what_the_province_has_under_a_law_of_a_year() {
    let site = Site::new();
    // The year of a law the count's sentence names is the law's name, not a time: the
    // count the province has is written. Another year in its sentence (one compared
    // with) leaves it out.
    for (text, other) in [
        (
            "Hợp tác xã Yên Bái\n\nTỉnh có Kế hoạch giai đoạn 2021-2025.\n\nToàn tỉnh có 412 \
             HTX hoạt động theo Luật HTX năm 2012. Tỉnh Yên Bái có 96 tổ hợp tác, nhiều hơn \
             năm 2016.\n",
            true,
        ),
        (
            "Yen Bai cooperatives\n\nThe province has a plan for 2021-2025.\n\nThe province \
             has 412 cooperatives operating under the 2012 Law on Cooperatives. Yen Bai \
             province has 96 cooperative groups, more than in 2016.\n",
            true,
        ),
        (
            "Coopératives de Yen Bai\n\nLa province a un plan pour 2021-2025.\n\nLa province \
             compte 412 coopératives, dont 300 ont été converties conformément à la loi sur \
             les coopératives de 2012.\n",
            false,
        ),
    ] {
        let d = site.import_draft("l.txt", text);
        assert!(
            key_line(&d, "year:").contains("write the year it reviews"),
            "{d}"
        );
        assert!(d.contains("\n  cooperatives_total: 412 "), "{d}");
        if other {
            assert!(
                d.contains("\n# figures.cooperative_groups: 96 (the text does not say"),
                "{d}"
            );
        }
    }
}

#[test]
fn a_text_that_does_not_say_its_year_writes_the_part_said_in_the_next_sentence() {
    let site = Site::new();
    // "Trong đó", "Of these": the sentence right after a count of now, in its paragraph,
    // goes on with it. A count in the next paragraph does not.
    for text in [
        "Hợp tác xã Yên Bái\n\nTỉnh có Kế hoạch giai đoạn 2021-2025.\n\nHiện nay, toàn tỉnh \
         Yên Bái có 412 HTX. Trong đó, lĩnh vực nông nghiệp có 280 HTX.\n\nCó 96 tổ hợp tác.\n",
        "Yen Bai cooperatives\n\nThe province has a plan for 2021-2025.\n\nYen Bai province \
         currently has 412 cooperatives. Of these, 280 are agricultural cooperatives.\n\nThere \
         are 96 cooperative groups.\n",
    ] {
        let d = site.import_draft("p.txt", text);
        assert!(
            key_line(&d, "year:").contains("write the year it reviews"),
            "{d}"
        );
        assert!(d.contains("\n  cooperatives_total: 412 "), "{d}");
        assert!(d.contains("\n  cooperatives_agricultural: 280 "), "{d}");
        assert!(
            d.contains("\n# figures.cooperative_groups: 96 (the text does not say"),
            "{d}"
        );
    }
}

#[test]
fn a_text_that_does_not_say_its_year_writes_the_provinces_count_said_with_its_possessive() {
    let site = Site::new();
    // "the province's 412 cooperatives": what the province has; a cooperative's groups
    // are not.
    let d = site.import_draft(
        "s.txt",
        "Yen Bai cooperatives\n\nThe province has a plan for 2021-2025.\n\nMost of the \
         province's 412 cooperatives are small.\n\nThe Dong Tam cooperative's 96 cooperative \
         groups work well.\n",
    );
    assert!(
        key_line(&d, "year:").contains("write the year it reviews"),
        "{d}"
    );
    assert!(d.contains("\n  cooperatives_total: 412 "), "{d}");
    assert!(
        d.contains("\n# figures.cooperative_groups: 96 (the text does not say"),
        "{d}"
    );
}

#[test]
fn a_text_that_does_not_say_its_year_writes_a_count_said_to_operate_now() {
    let site = Site::new();
    // "đang hoạt động", "currently operating" right after the count: counted now. Not
    // in a sentence counting since a year.
    for text in [
        "Hợp tác xã Yên Bái\n\nTỉnh có Kế hoạch giai đoạn 2021-2025.\n\nYên Bái có nhiều mô \
         hình tốt, với 412 HTX nông nghiệp đang hoạt động.\n\nTừ năm 2016 đến nay, thêm 96 tổ \
         hợp tác đang hoạt động.\n",
        "Yen Bai cooperatives\n\nThe province has a plan for 2021-2025.\n\nYen Bai has many \
         good models, with 412 agricultural cooperatives currently operating.\n\nSince 2016, \
         96 more cooperative groups are now operating.\n",
    ] {
        let d = site.import_draft("o.txt", text);
        assert!(
            key_line(&d, "year:").contains("write the year it reviews"),
            "{d}"
        );
        assert!(d.contains("\n  cooperatives_agricultural: 412 "), "{d}");
        assert!(!d.contains("\n  cooperative_groups: 96"), "{d}");
    }
}
