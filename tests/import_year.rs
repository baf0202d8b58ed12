//! `coopsite import` with the real binary: the year under review and the conference day it
//! reads from an article's words, and what the draft says when it cannot tell them (the
//! year or the day left for the author, the years the text names, `build` refusing until
//! the year is written). Which figures such a draft writes: `import_year_left.rs`.

mod common;

use std::fs;

use common::{key_line, stderr, Site};

#[test]
fn a_text_without_the_conference_day_leaves_date_to_fill_in() {
    let site = Site::new();
    site.file(
        "article.txt",
        "Hội nghị tổng kết năm 2023 của Liên minh HTX tỉnh Yên Bái\n\nNăm 2023, toàn tỉnh có 345 HTX.\n",
    );
    let root = site.root().to_str().unwrap();
    let out = site.run(&["import", "article.txt", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("fill in `date:`"), "{}", stderr(&out));
    let text = fs::read_to_string(site.root().join("content/2023/yen-bai-2023.md")).unwrap();
    assert!(
        text.contains(
            "\ndate:                             # the text does not name the conference day"
        ),
        "{text}"
    );
    assert!(text.contains("cooperatives_total: 345"), "{text}");
    let out = site.build(&["--drafts"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("date"), "{}", stderr(&out));
}

#[test]
fn a_text_that_names_no_year_leaves_the_year_to_fill_in() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // A news page copied without its date line: its figures are drafted, the year is
    // the author's to write, and the site does not build the draft until it is written.
    site.file(
        "a.txt",
        "Liên minh HTX tỉnh Yên Bái tổng kết hoạt động\n\nSáng 15/1, Liên minh HTX tỉnh Yên Bái \
         tổ chức hội nghị tổng kết. Hiện toàn tỉnh có 345 HTX, thành lập mới 21 HTX. Phấn đấu \
         năm tới thành lập mới 30 HTX.\n",
    );
    let out = site.run(&["import", "a.txt", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("fill in `year:`"), "{}", stderr(&out));
    let text = fs::read_to_string(site.root().join("content/yen-bai.md")).unwrap();
    let line = |key: &str| key_line(&text, key);
    assert!(line("year:").contains("the text names no year"), "{text}");
    assert!(
        line("date:").contains("\"Sáng 15/1\": write it as YYYY-MM-DD"),
        "{text}"
    );
    assert!(text.contains("\n  cooperatives_total: 345 "), "{text}");
    assert!(text.contains("\n  cooperatives_new: 21 "), "{text}");
    assert!(text.contains("targets:\n  cooperatives_new: 30 "), "{text}");
    let out = site.build(&["--drafts"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("`year`"), "{}", stderr(&out));
    // The same figures with a year the text names are that year's, in its folder.
    site.file(
        "b.txt",
        fs::read_to_string(site.root().join("a.txt"))
            .unwrap()
            .replace("Hiện", "Năm 2024,"),
    );
    let out = site.run(&["import", "b.txt", "--stdout", "--root", root]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\nyear: 2024 "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_text_that_names_years_but_not_which_it_reviews_leaves_the_year_and_its_figures() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // A year of history and a cooperative's story: which year the text reviews, and so
    // which year its figures are of, the author says. The draft names the years, lists
    // the figures left out, and does not build until the year is written.
    site.file(
        "c.txt",
        "Liên minh HTX tỉnh Yên Bái\n\nThành lập từ năm 1998, đến nay toàn tỉnh có 345 HTX. \
         HTX Đồng Tâm, thành lập năm 2016, phấn đấu đến năm 2025 xuất khẩu gạo sang Nhật Bản.\n",
    );
    let out = site.run(&["import", "c.txt", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "the text names 1998, 2016 and 2025 but does not say which year it reviews: \
             import it again with --year YYYY to read its figures, or fill in `year:`"
        ),
        "{}",
        stderr(&out)
    );
    let text = fs::read_to_string(site.root().join("content/yen-bai.md")).unwrap();
    let line = |key: &str| key_line(&text, key);
    assert_eq!(
        line("year:").split_whitespace().nth(1),
        Some("#"),
        "the key is empty: {text}"
    );
    assert!(
        line("year:").contains(
            "# the text names 1998, 2016 and 2025: write the year it reviews (YYYY), or \
             import it again with --year YYYY to read its figures"
        ),
        "{text}"
    );
    assert!(
        line("#   the year under review:").contains("import it again with --year YYYY"),
        "{text}"
    );
    assert!(!text.contains("\nfigures:"), "{text}");
    assert!(
        text.contains(
            "\n# figures.cooperatives_total: 345 (the text does not say which year it \
             reviews): \"Thành lập từ năm 1998, đến nay toàn tỉnh có 345 HTX.\""
        ),
        "{text}"
    );
    let out = site.build(&["--drafts"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("`year`"), "{}", stderr(&out));
    // Given the year, the text is read against it: its figures are that year's.
    let out = site.run(&[
        "import", "c.txt", "--stdout", "--root", root, "--year", "2023",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("\nyear: 2023 "), "{draft}");
    assert!(draft.contains("\n  cooperatives_total: 345 "), "{draft}");
    // The same text in English, with a plan's year.
    site.file(
        "e.txt",
        "Thai Binh cooperatives\n\nThai Binh province had 331 agricultural cooperatives. \
         The Dong Xuan cooperative, founded in 2016, plans to export its rice to Korea by \
         2025.\n",
    );
    let out = site.run(&["import", "e.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(
        draft.contains("# the text names 2016 and 2025: write the year it reviews"),
        "{draft}"
    );
    assert!(
        !draft.contains("\n  cooperatives_agricultural: 331"),
        "{draft}"
    );
    assert!(
        draft.contains("\n# figures.cooperatives_agricultural: 331 (the text does not say"),
        "{draft}"
    );
}

#[test]
fn the_year_from_the_texts_words_without_year() {
    let site = Site::new();
    for (text, year) in [
        ("Gia Lai: kinh tế tập thể\n\nTrong năm 2024, toàn tỉnh Gia Lai thành lập mới 46 HTX.\n", 2024),
        ("Gia Lai: kinh tế tập thể\n\nTính đến tháng 12/2020, tỉnh Gia Lai có 418 HTX.\n", 2020),
        ("Gia Lai: kinh tế tập thể\n\nTính đến 31/12/2021, tỉnh Gia Lai có 418 HTX.\n", 2021),
        ("Gia Lai's cooperatives\n\nIn the first half of 2022, Gia Lai province set up 20 cooperatives.\n", 2022),
        // A conference day with its year outweighs an earlier year the text speaks of.
        ("Gia Lai: kinh tế tập thể\n\nSáng 15/1/2024, Liên minh HTX tỉnh Gia Lai tổ chức hội nghị tổng kết.\n\nNăm 2015, toàn tỉnh Gia Lai có 120 HTX; nay có 418 HTX.\n", 2023),
        // A byline gives the page's day: "last year" is the year before it.
        ("Gia Lai's co-operatives\n\nNguyen Van Phuong February 6, 2024 08:23\n\nIn 2018 Gia Lai province had 200 co-operatives. Last year it set up 35 new co-operatives.\n", 2023),
    ] {
        let draft = site.import_draft("a.txt", text);
        assert!(draft.contains(&format!("\nyear: {year} ")), "{draft}");
    }
}

#[test]
fn a_term_gives_the_year_and_its_counts_of_all_but_not_its_foundings() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    site.file(
        "a.txt",
        "Gia Lai: Đại hội Liên minh HTX\n\nSáng 31-12, Liên minh HTX tỉnh Gia Lai tổ chức Đại hội \
         lần thứ I, nhiệm kỳ 2025-2030.\n\nNhiệm kỳ 2020-2025, toàn tỉnh thành lập mới 353 HTX. \
         Giai đoạn 2020-2025, toàn tỉnh có 507 HTX, trong đó có 380 HTX nông nghiệp.\n",
    );
    let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("\nyear: 2025 "), "{draft}");
    assert!(draft.contains("\n  cooperatives_total: 507 "), "{draft}");
    assert!(!draft.contains("cooperatives_new: 353"), "{draft}");
    // A law's day is no conference day, and a law's year no year under review.
    site.file(
        "b.txt",
        "La loi de 2023 sur les coopératives, qui entrera en vigueur le 1er juillet 2024, \
         soutient l'économie collective.\n\nLa province de Lao Cai compte actuellement 1 419 \
         coopératives.\n",
    );
    let out = site.run(&["import", "b.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(
        draft.contains("# the text names 2023 and 2024: write the year it reviews"),
        "{draft}"
    );
    // Its count "actuellement" is of the day it is written: written, the year left.
    assert!(draft.contains("\n  cooperatives_total: 1419 "), "{draft}");
}

#[test]
fn a_day_of_history_is_neither_the_conference_nor_its_year() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // A day recalled from before 1990 (the letter the Cooperative Day remembers): the
    // text then names no year of its own, and the draft leaves the year to the author
    // rather than writing 1946 (or 1945).
    for text in [
        "Ngày Hợp tác xã ở Điện Biên\n\nNgày 11/4/1946, Chủ tịch Hồ Chí Minh gửi thư cho Đại hội nông dân. Hiện toàn tỉnh Điện Biên có 250 HTX.\n",
        "Dien Bien marks Cooperative Day\n\nOn April 11, 1946, President Ho Chi Minh sent a letter to the farmers' congress. Dien Bien province now has 250 cooperatives.\n",
    ] {
        let draft = site.import_draft("a.txt", text);
        let year = draft.lines().find(|l| l.starts_with("year:")).unwrap_or_default();
        assert!(year.contains("names no year"), "{draft}");
        assert!(!draft.contains("1946-04-11") && !draft.contains("\nyear: 19"), "{draft}");
        assert!(draft.contains("\n  cooperatives_total: 250 "), "{draft}");
        let out = site.run(&["import", "a.txt", "--stdout", "--root", root, "--year", "2021"]);
        let draft = String::from_utf8_lossy(&out.stdout);
        let date = draft.lines().find(|l| l.starts_with("date:")).unwrap_or_default();
        assert!(date.contains("does not name the conference day"), "{draft}");
    }
    // A conference day of today's years is still read, with its year.
    site.file(
        "a.txt",
        "Ngày Hợp tác xã ở Điện Biên\n\nSáng 10/4/2024, Liên minh HTX tỉnh Điện Biên tổ chức hội nghị. Hiện toàn tỉnh có 250 HTX.\n",
    );
    let out = site.run(&["import", "a.txt", "--stdout", "--root", root]);
    let draft = String::from_utf8_lossy(&out.stdout);
    assert!(draft.contains("\ndate: 2024-04-10 "), "{draft}");
    assert!(draft.contains("\nyear: 2023 "), "{draft}");
}

#[test]
fn last_year_in_a_conference_held_the_year_after_is_the_year_reviewed() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let text = |day: &str| {
        format!(
            "Hoa Binh reviews its collective economy\n\n{day}, the provincial steering \
             committee reviewed its 2021 activities. Last year, 40 new cooperatives were \
             established in Hoa Binh province, which now has 450 cooperatives.\n"
        )
    };
    site.file("january.txt", text("On January 12, 2022"));
    let out = site.run(&["import", "january.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("\nyear: 2021 "), "{report}");
    assert!(report.contains("\n  cooperatives_new: 40 "), "{report}");
    // Held in the year reviewed, its "last year" is the year before.
    site.file("december.txt", text("On December 28, 2021"));
    let out = site.run(&["import", "december.txt", "--stdout", "--root", root]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("\nyear: 2021 "), "{report}");
    assert!(!report.contains("cooperatives_new: 40"), "{report}");
}

#[test]
fn an_anniversary_a_plans_headline_and_counts_to_now_are_no_year_reviewed() {
    let site = Site::new();
    let draft = |name: &str, text: &str| site.import_draft(name, text);
    // The two days of an anniversary are neither the conference day nor its year: the
    // union's founding day gave 1993 (the year before 06/3/1994) and a date of 1994.
    for text in [
        "Liên minh HTX tỉnh Yên Bái 30 năm\n\nMới đây, Liên minh HTX tỉnh Yên Bái tổ chức kỷ niệm 30 năm ngày thành lập (06/3/1994 – 06/3/2024). Toàn tỉnh có 345 HTX.\n",
        "Yen Bai union turns 30\n\nRecently, the Yen Bai provincial Cooperative Alliance celebrated its 30th anniversary (March 6, 1994 – March 6, 2024). Yen Bai province has 345 cooperatives.\n",
    ] {
        let d = draft("a.txt", text);
        assert!(key_line(&d, "date:").contains("does not name the conference day"), "{d}");
        assert!(key_line(&d, "year:").contains("# the text names 1994 and 2024: write the year"), "{d}");
        // What the province has, in a sentence naming no year: written all the same.
        assert!(d.contains("\n  cooperatives_total: 345 "), "{d}");
    }
    // A plan's headline names the year of its aims: the year before is reviewed (a
    // guess, listed) and the aims are its targets.
    for text in [
        "Yên Bái phát triển hợp tác xã năm 2026\n\nTỉnh Yên Bái đề ra mục tiêu năm 2026 sẽ có 400 HTX, thành lập mới 30 HTX.\n",
        "Yen Bai develops cooperatives in 2026\n\nYen Bai province aims to have 400 cooperatives in 2026, with 30 new ones.\n",
    ] {
        let d = draft("p.txt", text);
        assert!(key_line(&d, "year:").starts_with("year: 2025 "), "{d}");
        assert!(d.contains("the year under review: 2025 is a guess"), "{d}");
        assert!(d.contains("\n  cooperatives_total: 400 "), "{d}");
    }
    // Counted from 2013 to now, in a text with no date: the one year said elsewhere is
    // not now's, so the year and the figures are left to the author.
    for text in [
        "Yên Bái thành lập mới 120 HTX\n\nTừ năm 2013 đến nay, toàn tỉnh Yên Bái có 120 HTX thành lập mới; toàn tỉnh đang có 345 HTX.\n\nRiêng năm 2017, thu nhập bình quân của lao động đạt 3 triệu đồng/người/tháng.\n",
        "Yen Bai sets up 120 cooperatives\n\nSince 2013, Yen Bai province has set up 120 new cooperatives, bringing the total to date to 345.\n\nIn 2017 alone, the average income of workers reached VND 3 million a month.\n",
    ] {
        let d = draft("n.txt", text);
        assert!(key_line(&d, "year:").contains("# the text names 2013 and 2017: write the year"), "{d}");
        assert!(!d.contains("\nfigures:"), "{d}");
    }
}

#[test]
fn a_year_said_once_in_a_persons_account_leaves_the_year_to_the_author() {
    let site = Site::new();
    // A feature with no date: the province's count has no word of now, and the one year
    // is in what a cooperative's director told. The draft names the years, writes no
    // figure.
    for (text, years) in [
        (
            "Hợp tác xã giúp nông dân Yên Bái\n\nTỉnh Yên Bái có trên 345 HTX.\n\nÔng Minh, Giám đốc HTX Đồng Tâm cho biết, HTX thành lập năm 2017. Năm 2019 doanh thu của HTX đạt gần 3 tỷ đồng.\n",
            "2017 and 2019",
        ),
        (
            "Cooperatives help Yen Bai farmers\n\nYen Bai province has 345 cooperatives.\n\nThe head of the hamlet said that after the road was built in 2016, the hamlet's tea found buyers.\n",
            "2016",
        ),
    ] {
        let d = site.import_draft("a.txt", text);
        let want = format!("# the text names {years}: write the year it reviews");
        assert!(key_line(&d, "year:").contains(&want), "{d}");
        assert!(d.contains("\n  cooperatives_total: 345 "), "{d}");
    }
}

#[test]
fn a_founding_day_recalled_is_not_the_conference_day() {
    let site = Site::new();
    for text in [
        "Liên minh HTX tỉnh Yên Bái\n\nNgày 6/3/1994, Liên minh HTX tỉnh Yên Bái được thành lập. Năm 2024, toàn tỉnh có 345 HTX.\n",
        "Yen Bai Cooperative Alliance\n\nOn March 6, 1994, the Yen Bai provincial Cooperative Alliance was founded. In 2024, Yen Bai province had 345 cooperatives.\n",
    ] {
        let d = site.import_draft("a.txt", text);
        assert!(key_line(&d, "date:").contains("does not name the conference day"), "{d}");
        assert!(key_line(&d, "year:").starts_with("year: 2024 "), "{d}");
        assert!(d.contains("\n  cooperatives_total: 345 "), "{d}");
    }
}

#[test]
fn a_change_over_years_a_founding_or_a_horizon_leaves_the_year_to_the_author() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    // No date and no year of the province's figures: a change from the first year of a
    // span, a cooperative founded in a month, a direction "to 2020", more than four
    // years of a law. Each names years but not the one reviewed: the draft names them
    // and writes no figure under a year it would guess, but for a count the province
    // has in a sentence naming no year ("The province has 581 cooperatives").
    for (text, years, written) in [
        (
            "Hợp tác xã Cần Thơ\n\nThành phố có 183 HTX, số thành viên tăng 650 người trong giai đoạn 2021-2024. Vốn điều lệ đạt 172 tỷ đồng, tăng 38 tỷ đồng so với năm 2021.\n",
            "2021 and 2024",
            false,
        ),
        (
            "Phu Tho cooperatives and OCOP\n\nThe province has 581 cooperatives.\n\nThe Lien Gia Cooperative, Thuy Lieu commune, Cam Khe district was established in September 2019 with 10 members.\n",
            "2019",
            true,
        ),
        (
            "Hợp tác xã Cần Thơ\n\nThành phố có 200 HTX.\n\nĐại hội đã xác định phương hướng phát triển đến 2020.\n",
            "2020",
            true,
        ),
        (
            "Gia Lai cooperatives\n\nThe province has 200 cooperatives. After more than 4 years of implementing the 2012 Law on Cooperatives, the sector has changed.\n",
            "2012",
            true,
        ),
    ] {
        let d = site.import_draft("a.txt", text);
        let want = format!("# the text names {years}: write the year it reviews");
        assert!(key_line(&d, "year:").contains(&want), "{d}");
        assert_eq!(d.contains("\n  cooperatives_total: "), written, "{d}");
        assert_eq!(!written, d.contains("\n# figures.cooperatives_total: "), "{d}");
    }
    // A change over one year gives the year after the one compared with.
    site.file(
        "b.txt",
        "Hợp tác xã Cần Thơ\n\nThành phố hiện có 183 HTX. Vốn điều lệ đạt 172 tỷ đồng, tăng 38 tỷ đồng so với năm 2023.\n",
    );
    let out = site.run(&["import", "b.txt", "--stdout", "--root", root]);
    let d = String::from_utf8_lossy(&out.stdout);
    assert!(
        key_line(&d, "year:").contains("2024 ") && key_line(&d, "year:").contains("the year after"),
        "{d}"
    );
    assert!(d.contains("\n  cooperatives_total: 183 "), "{d}");
}

#[test]
fn a_documents_day_an_aim_said_again_and_the_start_of_a_year_are_read_for_what_they_are() {
    let site = Site::new();
    // A programme cited by its number with no "số": its day is neither the conference
    // day nor the year reviewed; the draft leaves both, naming the years.
    let d = site.import_draft(
        "a.txt",
        "Hợp tác xã Hậu Giang\n\nThực hiện Chương trình 12-CTr/TU, ngày 5/3/2023 của Tỉnh ủy về kinh tế tập thể giai đoạn 2021-2025, các HTX từng bước đổi mới.\n",
    );
    assert!(!key_line(&d, "date:").contains("2023-03-05"), "{d}");
    assert!(
        key_line(&d, "year:").contains("# the text names 2021, 2023 and 2025"),
        "{d}"
    );
    // A projection that says an aim again is not the day the figures stand at: the
    // year before the aims', listed as a guess, with the count of now under it.
    let d = site.import_draft(
        "b.txt",
        "Hợp tác xã Hậu Giang\n\nTheo kế hoạch, tỉnh phấn đấu đến cuối năm 2022 sẽ thành lập mới 30 HTX. Hiện nay toàn tỉnh có 150 HTX. Dự kiến đến cuối năm 2022, tỉnh sẽ thành lập mới 30 HTX.\n",
    );
    assert!(key_line(&d, "year:").starts_with("year: 2021 "), "{d}");
    assert!(d.contains("the year under review: 2021 is a guess"), "{d}");
    // "As of early 2021": the start of 2021 stands for the end of 2020, a guess.
    let d = site.import_draft(
        "c.txt",
        "Hau Giang cooperatives\n\nAs of early 2021, the province had 120 cooperatives.\n",
    );
    assert!(key_line(&d, "year:").starts_with("year: 2020 "), "{d}");
    assert!(d.contains("the year under review: 2020 is a guess"), "{d}");
    assert!(d.contains("\n  cooperatives_total: 120 "), "{d}");
    // A change to a horizon five years on is no change over one year: no year after
    // the one compared with, the year left with the years named.
    let d = site.import_draft(
        "e.txt",
        "Hợp tác xã Hậu Giang\n\nToàn tỉnh có 150 HTX. Mục tiêu đến năm 2025, thu nhập bình quân của thành viên tăng 1,5 lần so với năm 2020.\n",
    );
    assert!(
        key_line(&d, "year:").contains("# the text names 2020 and 2025"),
        "{d}"
    );
    // A slogan implementing a congress's resolution: the congress opens no term here,
    // and the year is left with the term's years named.
    let d = site.import_draft(
        "f.txt",
        "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Hậu Giang lần thứ XVI, nhiệm kỳ 2015 - 2020\n\nToàn tỉnh có 150 HTX.\n",
    );
    assert!(
        key_line(&d, "year:").contains("# the text names 2015 and 2020"),
        "{d}"
    );
}

#[test]
fn a_year_of_one_body_or_of_a_document_is_not_the_year_reviewed() {
    let site = Site::new();
    // Undated features: the only years are a cooperative's founding late in a year and
    // the day the province's Party committee issued a programme. The year is left to
    // the author with the years named; the count said to be now's is written; the
    // day of the programme is no conference day.
    for (text, years) in [
        ("Trà Vinh giúp đồng bào thoát nghèo\n\nHiện toàn tỉnh có 165 HTX.\n\nHTX Ngọc Lâm (xã Nhị Trường) thành lập cuối năm 2019 với 10 thành viên.\n", "2019"),
        ("An Giang hỗ trợ HTX lớn mạnh\n\nNgày 29/6/2021, Tỉnh ủy An Giang ban hành Chương trình hành động về phát triển HTX gắn với tổ chức sản xuất. Toàn tỉnh hiện có 165 HTX.\n", "2021"),
    ] {
        let d = site.import_draft("a.txt", text);
        let want = format!("# the text names {years}: write the year it reviews");
        assert!(key_line(&d, "year:").contains(&want), "{d}");
        let date = key_line(&d, "date:");
        assert!(date.contains("does not name the conference day"), "{d}");
        assert!(d.contains("\n  cooperatives_total: 165 "), "{d}");
    }
    // Twenty years of a resolution of 18/3/2002 are up in 2022: the year under review.
    let d = site.import_draft("b.txt", "Ninh Thuận tổng kết\n\nSau 20 năm thực hiện Nghị quyết số 13-NQ/TW, ngày 18/3/2002 của Ban Chấp hành Trung ương, toàn tỉnh có 165 HTX.\n");
    assert!(key_line(&d, "year:").starts_with("year: 2022 "), "{d}");
}
