use super::*;

#[test]
fn languages_by_letters_and_words() {
    assert_eq!(
        language("Toàn tỉnh có 1.059 hợp tác xã được thành lập"),
        Some(Lang::Vi)
    );
    assert_eq!(
        language("Le revenu moyen d’une coopérative est estimé à 850 millions de VND par an."),
        Some(Lang::Fr)
    );
    assert_eq!(
        language("Purata hasil koperasi pada tahun 2023 akan mencecah VND 2 bilion dan ini"),
        Some(Lang::Ms)
    );
    assert_eq!(
        language("The average revenue of a cooperative in Hòa Bình reached VND 2.3 billion."),
        Some(Lang::En)
    );
}

#[test]
fn a_text_in_another_script_is_in_no_language_import_reads() {
    // Japanese and Russian pages on a Vietnamese province's cooperatives: their Latin
    // names and "VND" are not the text's language.
    assert_eq!(
        language("2025年、Điện Biên省には協同組合が350あり、新たに30の協同組合が設立された。"),
        None
    );
    assert_eq!(
        language("В провинции Лангшон насчитывается 171 кооператив, доход 2 млрд VND."),
        None
    );
    // Pages in Latin letters in a language import does not read (German, Portuguese,
    // Spanish) are in none, however many Vietnamese names and "VND" they hold; an
    // English page as long is English.
    let long = |s: &str| [s; 4].join(" ");
    for text in [
        "Die Provinz Hòa Bình zählt derzeit 520 Genossenschaften, davon wurden im Jahr 2024 \
         insgesamt 36 neu gegründet; der durchschnittliche Umsatz einer Genossenschaft lag bei \
         2,1 Milliarden VND.",
        "A província de Hòa Bình conta atualmente com 520 cooperativas, 36 delas criadas em \
         2024; a receita média de uma cooperativa foi de 2,1 bilhões de VND por ano.",
        "La provincia de Hòa Bình cuenta actualmente con 520 cooperativas, 36 de ellas creadas \
         en 2024; el ingreso medio de una cooperativa fue de 2,1 mil millones de VND.",
    ] {
        assert_eq!(language(&long(text)), None, "{text}");
    }
    let en = "Hòa Bình province now has 520 cooperatives, 36 of which were founded in 2024; \
              the average revenue of a cooperative was VND 2.1 billion a year.";
    assert_eq!(language(&long(en)), Some(Lang::En));
    // A Vietnamese page with a Chinese name in it is still Vietnamese.
    assert_eq!(
        language("Hợp tác xã Kim Long (金龍) có 120 thành viên, doanh thu 5 tỷ đồng."),
        Some(Lang::Vi)
    );
}

fn day(text: &str, lang: Lang) -> Option<(u32, u32, Option<i32>, String)> {
    conference_day(text, lang).map(|r| (r.value.day, r.value.month, r.value.year, r.quote))
}

#[test]
fn the_day_a_law_takes_effect_is_no_conference_day() {
    assert_eq!(
        day(
            "La loi de 2023 sur les coopératives, qui entrera en vigueur le 1er juillet 2024, \
             constitue une étape importante.",
            Lang::Fr
        ),
        None
    );
    assert_eq!(
        day(
            "The law takes effect on July 1, 2024, the minister said.",
            Lang::En
        ),
        None
    );
    assert_eq!(
        day(
            "Luật Hợp tác xã 2023 có hiệu lực từ ngày 1/7/2024.",
            Lang::Vi
        ),
        None
    );
}

#[test]
fn conference_days_in_four_languages() {
    assert_eq!(
        day("Sáng 28/12, Liên minh HTX tỉnh tổ chức hội nghị.", Lang::Vi),
        Some((28, 12, None, "Sáng 28/12".into()))
    );
    assert_eq!(
        day("Ngày 5/1/2024, Liên minh HTX tỉnh tổ chức.", Lang::Vi),
        Some((5, 1, Some(2024), "Ngày 5/1/2024".into()))
    );
    assert_eq!(
        day("Ngày 26 tháng 12 năm 2023, hội nghị.", Lang::Vi),
        Some((26, 12, Some(2023), "Ngày 26 tháng 12 năm 2023".into()))
    );
    assert_eq!(
        day(
            "Le matin du 3 janvier, l’Union coopérative provinciale a tenu",
            Lang::Fr
        ),
        Some((3, 1, None, "Le matin du 3 janvier".into()))
    );
    assert_eq!(
        day("Le 1er février 2025, l'Union a tenu", Lang::Fr),
        Some((1, 2, Some(2025), "Le 1er février 2025".into()))
    );
    assert_eq!(
        day("Pada pagi 28 Disember, Kesatuan Koperasi Wilayah", Lang::Ms),
        Some((28, 12, None, "Pada pagi 28 Disember".into()))
    );
    assert_eq!(
        day("On the morning of December 28, the union met.", Lang::En),
        Some((28, 12, None, "On the morning of December 28".into()))
    );
    assert_eq!(
        day("On January 8, 2025, the union met.", Lang::En),
        Some((8, 1, Some(2025), "On January 8, 2025".into()))
    );
    assert_eq!(day("The union met to review 2023.", Lang::En), None);
}

/// A working session is a meeting: its day, said after the first paragraph, is the
/// conference day, as a day near no meeting's words there is not.
#[test]
fn the_day_of_a_working_session_is_a_conference_day() {
    let lead = "Tra Vinh has 91 cooperatives and 1,966 cooperative groups.\n\n";
    assert_eq!(
        day(
            &format!("{lead}The minister praised them at a working session on January 21 with the province."),
            Lang::En
        ),
        Some((21, 1, None, "January 21".into()))
    );
    assert_eq!(
        day(
            &format!("{lead}The minister visited a tea farm on January 21 with the province."),
            Lang::En
        ),
        None
    );
    let lead = "Tỉnh có 91 HTX và 1.966 tổ hợp tác.\n\n";
    assert_eq!(
        day(
            &format!(
                "{lead}Tại buổi làm việc với tỉnh ngày 21/1, Bộ trưởng đề nghị phát triển HTX."
            ),
            Lang::Vi
        ),
        Some((21, 1, None, "Tại buổi làm việc với tỉnh ngày 21/1".into()))
    );
    assert_eq!(
        day(
            &format!("{lead}Bộ trưởng thăm vườn chè của HTX ngày 21/1 cùng lãnh đạo tỉnh."),
            Lang::Vi
        ),
        None
    );
    assert_eq!(
        day(
            &format!("{lead}Il l'a souligné lors d'une séance de travail, le 21 janvier, avec les autorités."),
            Lang::Fr
        ),
        Some((21, 1, None, "le 21 janvier".into()))
    );
}

#[test]
fn a_january_conference_reviews_the_year_before() {
    let d = Day {
        day: 3,
        month: 1,
        year: None,
    };
    assert_eq!(d.date(2024).unwrap().to_string(), "2025-01-03");
    let d = Day {
        day: 28,
        month: 12,
        year: None,
    };
    assert_eq!(d.date(2023).unwrap().to_string(), "2023-12-28");
    let d = Day {
        day: 30,
        month: 2,
        year: None,
    };
    assert_eq!(d.date(2023), None);
}

#[test]
fn unions_as_the_text_names_them() {
    assert_eq!(
        union("Sáng 28/12, Liên minh Hợp tác xã tỉnh tổ chức hội nghị. Liên minh HTX Việt Nam tặng cờ.", Lang::Vi).as_deref(),
        Some("Liên minh Hợp tác xã tỉnh")
    );
    assert_eq!(
        union(
            "Chủ tịch Liên minh HTX tỉnh Nguyễn Văn A; Liên minh HTX tỉnh Hòa Bình tổ chức",
            Lang::Vi
        )
        .as_deref(),
        Some("Liên minh HTX tỉnh Hòa Bình")
    );
    assert_eq!(
        union(
            "Le matin, l’Union coopérative provinciale a tenu une conférence",
            Lang::Fr
        )
        .as_deref(),
        Some("Union coopérative provinciale")
    );
    assert_eq!(
        union(
            "Laporan Kesatuan Koperasi Wilayah menunjukkan; Perikatan Koperasi Vietnam",
            Lang::Ms
        )
        .as_deref(),
        Some("Kesatuan Koperasi Wilayah")
    );
    assert_eq!(
        union(
            "On Monday, the Bac Giang Provincial Cooperative Union held",
            Lang::En
        )
        .as_deref(),
        Some("Bac Giang Provincial Cooperative Union")
    );
    assert_eq!(
        union("the Cooperative Union of Lam Dong province held", Lang::En).as_deref(),
        Some("Cooperative Union of Lam Dong province")
    );
}

#[test]
fn regions_named_in_the_text() {
    assert_eq!(
        region(
            "Phó Chủ tịch UBND tỉnh Bùi Văn Khánh; Liên minh HTX tỉnh Hòa Bình; hòa bình",
            Lang::Vi
        )
        .as_deref(),
        Some("Hòa Bình")
    );
    assert_eq!(
        region(
            "Phó Chủ tịch UBND tỉnh Nguyễn Văn A; Liên minh HTX tỉnh Bình An tổ chức",
            Lang::Vi
        )
        .as_deref(),
        Some("Bình An")
    );
    assert_eq!(
        region(
            "l'Union coopérative de la province de Bình An a tenu",
            Lang::Fr
        )
        .as_deref(),
        Some("Bình An")
    );
    assert_eq!(
        region("the Lam Dong province union", Lang::En).as_deref(),
        Some("Lâm Đồng")
    );
    assert_eq!(
        region("Springfield province held a conference", Lang::En).as_deref(),
        Some("Springfield")
    );
    assert_eq!(
        region(
            "According to provincial Collective Alliance, province-based cooperatives grew.",
            Lang::En
        ),
        None
    );
    assert_eq!(
        region(
            "Kesatuan Koperasi Wilayah mengadakan persidangan. Jawatankuasa Rakyat Wilayah.",
            Lang::Ms
        ),
        None
    );
    assert_eq!(
        region("l’Union coopérative provinciale a tenu", Lang::Fr),
        None
    );
}

#[test]
fn the_day_of_a_cited_document_or_a_dateline_is_no_conference_day() {
    // A document's day, by its number or by "dated".
    let cited = [
        (
            "Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, \
             các hợp tác xã phát triển mạnh.",
            Lang::Vi,
        ),
        (
            "Directive 1234/CT-TTg dated March 2, 2023 of the Prime Minister asks provinces to act.",
            Lang::En,
        ),
        (
            "La résolution 45-NQ/TW en date du 3 mai 2024 fixe les objectifs.",
            Lang::Fr,
        ),
    ];
    for (text, lang) in cited {
        assert_eq!(day(text, lang), None, "{text}");
    }
    // A dateline of a place and a day, alone, is when the story was filed.
    assert_eq!(
        day(
            "HAI DUONG, April 7 -\n\nThe union reviewed its year on Wednesday.",
            Lang::En
        ),
        None
    );
    // The conference's own day still reads, short or long.
    assert_eq!(
        day("Sáng 4/3, hội nghị tổng kết.", Lang::Vi).map(|d| (d.0, d.1)),
        Some((4, 3))
    );
    assert_eq!(
        day(
            "Ngày 29/11, Liên minh Hợp tác xã tỉnh tổ chức Hội nghị biểu dương điển hình.",
            Lang::Vi
        )
        .map(|d| (d.0, d.1)),
        Some((29, 11))
    );
}

#[test]
fn a_day_written_with_hyphens_after_a_word_of_days() {
    assert_eq!(
        day(
            "Tối 12-10, Liên minh HTX thành phố khai mạc Đại hội.",
            Lang::Vi
        ),
        Some((12, 10, None, "Tối 12-10".into()))
    );
    assert_eq!(
        day("Ngày 4-2-2021, hội nghị tổng kết được tổ chức.", Lang::Vi),
        Some((4, 2, Some(2021), "Ngày 4-2-2021".into()))
    );
    // A day written with a dot, as some papers do ("Chiều 23.1").
    assert_eq!(
        day("Chiều 23.1, Liên minh HTX tỉnh tổ chức hội nghị.", Lang::Vi),
        Some((23, 1, None, "Chiều 23.1".into()))
    );
    assert_eq!(
        day(
            "Hội nghị của Liên minh HTX tỉnh diễn ra sáng 24.4.",
            Lang::Vi
        ),
        Some((24, 4, None, "24.4".into()))
    );
    // Yesterday's afternoon, as a paper writes it the day after ("Chiều qua 27.12").
    assert_eq!(
        day(
            "Chiều qua 27.12, UBND tỉnh tổ chức hội nghị tổng kết kinh tế tập thể.",
            Lang::Vi
        ),
        Some((27, 12, None, "Chiều qua 27.12".into()))
    );
    assert_eq!(
        day(
            "Doanh thu năm qua 2.5 tỷ đồng mỗi HTX, hội nghị ghi nhận.",
            Lang::Vi
        ),
        None
    );
    assert_eq!(
        day(
            "Ngày 5.3.2024, Liên minh HTX tỉnh tổ chức hội nghị.",
            Lang::Vi
        ),
        Some((5, 3, Some(2024), "Ngày 5.3.2024".into()))
    );
    // An amount or a version with dots is no day.
    assert_eq!(
        day("Mỗi HTX lãi 2.5 tỷ đồng, hội nghị ghi nhận.", Lang::Vi),
        None
    );
    assert_eq!(
        day("Ngày 1.2.3 của phần mềm, hội nghị ghi nhận.", Lang::Vi),
        None
    );
    assert_eq!(
        day(
            "The conference drew 2.5 thousand members on the morning.",
            Lang::En
        ),
        None
    );
    // A range of amounts or of days is no day.
    assert_eq!(
        day("Mỗi HTX lãi 2-3 tỷ đồng, hội nghị ghi nhận.", Lang::Vi),
        None
    );
    assert_eq!(
        day("Hội nghị kéo dài 2-3 ngày, từ 10-12 giờ.", Lang::Vi),
        None
    );
    assert_eq!(
        day(
            "The conference drew 10-12 co-operatives on the morning.",
            Lang::En
        ),
        None
    );
}

#[test]
fn the_day_of_a_numbered_document_is_no_conference_day() {
    assert_eq!(
        day(
            "Kế hoạch số 45/KH-UBND ngày 3/4/2021 của UBND tỉnh đã được triển khai.",
            Lang::Vi
        ),
        None
    );
    assert_eq!(
        day(
            "Sáng 3/4, hội nghị triển khai Kế hoạch số 45/KH-UBND.",
            Lang::Vi
        ),
        Some((3, 4, None, "Sáng 3/4".into()))
    );
    // A document's number with no letters, then a comma and its day.
    let vi = "UBND tỉnh ban hành Kế hoạch số 88, ngày 15/8/2025 về phát triển hợp tác xã năm 2026.";
    assert_eq!(day(vi, Lang::Vi), None);
    let en = "The provincial People's Committee issued Decision No. 88, on August 15, 2025, on cooperatives in 2026.";
    assert_eq!(day(en, Lang::En), None);
    // A number cited with its letters, with no "số", then a comma and its day.
    let vi = "Thực hiện Chương trình 12-CTr/TU, ngày 5/3/2023 của Tỉnh ủy, toàn tỉnh có 90 HTX.";
    assert_eq!(day(vi, Lang::Vi), None);
    let en = "Under Plan 45/KH-UBND, March 5, 2023, the province supported 90 cooperatives.";
    assert_eq!(day(en, Lang::En), None);
    // A share before the comma is no document's number: the day is the conference's.
    let vi = "Có 45/50 HTX đạt khá, ngày 5/3 Liên minh HTX tỉnh tổ chức hội nghị tổng kết.";
    assert_eq!(day(vi, Lang::Vi).map(|d| (d.0, d.1)), Some((5, 3)));
    // A count before the comma is no document's number: the day is the conference's.
    let vi = "Toàn tỉnh có 88, ngày 15/8 Liên minh HTX tỉnh tổ chức hội nghị.";
    assert_eq!(day(vi, Lang::Vi).map(|d| (d.0, d.1)), Some((15, 8)));
    let en = "The province has 88, and on August 15 the alliance held a conference.";
    assert_eq!(day(en, Lang::En).map(|d| (d.0, d.1)), Some((15, 8)));
}

#[test]
fn the_day_figures_stand_at_is_no_conference_day() {
    // "đến 31/12/2021", "tại thời điểm 31/12/2018": the day of the figures.
    assert_eq!(
        day("Số HTX ước đến 31/12/2024: 312 HTX, tăng 20 HTX.", Lang::Vi),
        None
    );
    assert_eq!(
        day(
            "Doanh thu bình quân của một HTX tại thời điểm 31/12/2024 là 1,8 tỷ đồng.",
            Lang::Vi
        ),
        None
    );
    // The conference's day is still read, in either language.
    assert_eq!(
        day(
            "Sáng 20/1/2025, Liên minh HTX tỉnh tổ chức hội nghị.",
            Lang::Vi
        ),
        Some((20, 1, Some(2025), "Sáng 20/1/2025".into()))
    );
    assert_eq!(
        day(
            "On January 20, 2025, the provincial Cooperative Alliance held a conference.",
            Lang::En
        ),
        Some((20, 1, Some(2025), "On January 20, 2025".into()))
    );
}

#[test]
fn a_subheading_is_not_one_of_the_paragraphs_a_conference_day_is_read_in() {
    // Two paragraphs, a subheading, then the conference in the third paragraph.
    let vi = "Toàn tỉnh hiện có hơn 1.000 HTX.\n\nCác HTX gắn kết nông dân.\n\n## Chương trình kết nối doanh nghiệp và hợp tác xã\n\nTại hội nghị do Liên minh HTX tỉnh tổ chức sáng 4/10, đại biểu đã chia sẻ nhiều thông tin.";
    assert_eq!(day(vi, Lang::Vi).map(|d| (d.0, d.1)), Some((4, 10)));
    let en = "The province has over 1,000 cooperatives.\n\nThey link farmers with markets.\n\n## Business forum draws cooperatives\n\nAt the conference held on October 4, delegates shared figures.";
    assert_eq!(day(en, Lang::En).map(|d| (d.0, d.1)), Some((4, 10)));
    // A fourth paragraph is still past the three, subheading or not.
    let vi = "Toàn tỉnh hiện có hơn 1.000 HTX.\n\nCác HTX gắn kết nông dân.\n\n## Chương trình kết nối\n\nNhiều HTX đổi mới.\n\nTại hội nghị do Liên minh HTX tỉnh tổ chức sáng 4/10, đại biểu đã chia sẻ.";
    assert_eq!(day(vi, Lang::Vi), None);
    let en = "The province has over 1,000 cooperatives.\n\nThey link farmers with markets.\n\n## Business forum\n\nMany cooperatives have changed.\n\nAt the conference held on October 4, delegates shared figures.";
    assert_eq!(day(en, Lang::En), None);
}

#[test]
fn the_ends_of_an_anniversary_are_no_conference_day() {
    // "(02/5/1994 – 02/5/2024)": the day a union was founded and its thirtieth birthday.
    let vi = "Vừa qua, Liên minh HTX tỉnh tổ chức lễ kỷ niệm 30 năm ngày thành lập (02/5/1994 – 02/5/2024).";
    assert_eq!(day(vi, Lang::Vi), None);
    let en = "Recently, the provincial Cooperative Alliance celebrated its 30th anniversary (May 2, 1994 – May 2, 2024).";
    assert_eq!(day(en, Lang::En), None);
    // A conference day before the span is still read; a dash alone makes no span.
    let vi = "Sáng 25/4, Liên minh HTX tỉnh tổ chức lễ kỷ niệm 30 năm ngày thành lập (02/5/1994 – 02/5/2024).";
    assert_eq!(day(vi, Lang::Vi), Some((25, 4, None, "Sáng 25/4".into())));
    let en = "On April 25 - a Thursday - the provincial Cooperative Alliance held a conference.";
    assert_eq!(day(en, Lang::En).map(|d| (d.0, d.1)), Some((25, 4)));
}

#[test]
fn a_founding_day_recalled_is_no_conference_day() {
    let vi = "Ngày 6/3/1993, Liên minh HTX tỉnh được thành lập. Năm 2023, toàn tỉnh có 310 HTX.";
    assert_eq!(day(vi, Lang::Vi), None);
    let en = "On March 6, 1993, the provincial Cooperative Alliance was founded. In 2023, the province had 310 cooperatives.";
    assert_eq!(day(en, Lang::En), None);
    // A conference that announces foundings, an anniversary of one, or a founding in
    // the latest year the text names is still one.
    let vi = "Sáng 12/4, Liên minh HTX tỉnh kỷ niệm 30 năm ngày thành lập (1994 - 2024).";
    assert_eq!(day(vi, Lang::Vi).map(|d| (d.0, d.1)), Some((12, 4)));
    let vi = "Ngày 10/5/2024, HTX Đồng Tâm được thành lập với 9 thành viên.";
    assert_eq!(day(vi, Lang::Vi).map(|d| (d.0, d.1)), Some((10, 5)));
    let vi = "Sáng 15/1, Liên minh HTX tỉnh tổ chức hội nghị, công bố thành lập mới 30 HTX.";
    assert_eq!(day(vi, Lang::Vi).map(|d| (d.0, d.1)), Some((15, 1)));
    let en = "On January 15, the alliance held a conference, where 30 newly established cooperatives were honoured.";
    assert_eq!(day(en, Lang::En).map(|d| (d.0, d.1)), Some((15, 1)));
}

#[test]
fn the_day_a_document_is_issued_or_cited_is_no_conference_day() {
    let vi = "Ngày 12/5/2021, Tỉnh ủy ban hành Nghị quyết chuyên đề về phát triển HTX gắn với tổ chức sản xuất.";
    assert_eq!(day(vi, Lang::Vi), None);
    let vi = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;";
    assert_eq!(day(vi, Lang::Vi), None);
    let en = "On May 12, 2021, the provincial Party Committee issued a resolution on cooperatives.";
    assert_eq!(day(en, Lang::En), None);
    // A conference day whose sentence issues nothing is still one.
    let vi = "Sáng 12/1, Liên minh HTX tỉnh tổ chức hội nghị tổng kết năm 2021.";
    assert_eq!(day(vi, Lang::Vi).map(|d| (d.0, d.1)), Some((12, 1)));
}
