use super::*;

#[test]
fn a_name_with_other_marks_is_no_region() {
    // "Huệ" is a person's name; "Huế" the city; "Hue" either, as English writes it.
    assert_eq!(
        region("Bài và ảnh: Bích Huệ. Toàn tỉnh có 37 HTX.", Lang::Vi),
        None
    );
    assert_eq!(
        region("Liên minh HTX thành phố Huế tổ chức hội nghị", Lang::Vi).as_deref(),
        Some("Huế")
    );
    assert_eq!(
        region("the Hue City cooperative union", Lang::En).as_deref(),
        Some("Huế")
    );
    // A mark placed otherwise, or one left out, is the same name.
    assert_eq!(
        region("Liên minh HTX tỉnh Khánh Hoà tổ chức hội nghị", Lang::Vi).as_deref(),
        Some("Khánh Hòa")
    );
    assert_eq!(
        region("Liên minh HTX tỉnh Đăk Lăk tổ chức hội nghị", Lang::Vi).as_deref(),
        Some("Đắk Lắk")
    );
    // A mark the name does not have is another word: a byline's "Kiến Giang" is no
    // Kiên Giang, while the province written in full still is.
    assert_eq!(
        region("Toàn huyện có 19 HTX.\n\nTrần Kiến Giang", Lang::Vi),
        None
    );
    assert_eq!(
        region(
            "Toàn tỉnh Kiên Giang có 19 HTX.\n\nTrần Kiến Giang",
            Lang::Vi
        )
        .as_deref(),
        Some("Kiên Giang")
    );
}

#[test]
fn a_province_named_only_where_something_is_done_is_not_the_region() {
    // Where a fair is held, or a market sold to: not the province reported on.
    assert_eq!(
        region(
            "Liên minh HTX tỉnh họp quý I; các HTX sẽ dự hội chợ do Liên minh HTX Việt Nam tổ chức tại Hà Nội.",
            Lang::Vi
        ),
        None
    );
    assert_eq!(
        region(
            "The group sells its mushrooms to shops and restaurants in Hanoi every week.",
            Lang::En
        ),
        None
    );
    // Named otherwise too, or with the word of the province, it is the region.
    assert_eq!(
        region(
            "Hà Nội có 1.900 HTX; hội nghị tổng kết tổ chức tại Hà Nội.",
            Lang::Vi
        )
        .as_deref(),
        Some("Hà Nội")
    );
    assert_eq!(
        region(
            "Cooperatives in Hoa Binh province grew in number.",
            Lang::En
        )
        .as_deref(),
        Some("Hòa Bình")
    );
    // "ở" says what the text is about ("kinh tế hợp tác ở Vĩnh Long"): it counts.
    assert_eq!(
        region("Kinh tế hợp tác ở Vĩnh Long phát triển.", Lang::Vi).as_deref(),
        Some("Vĩnh Long")
    );
    // The province named beside an event elsewhere is still the region.
    assert_eq!(
        region(
            "Đắk Lắk có 500 HTX; 20 HTX của tỉnh dự hội chợ tại Hà Nội.",
            Lang::Vi
        )
        .as_deref(),
        Some("Đắk Lắk")
    );
}

#[test]
fn a_region_is_written_with_the_name_it_had_in_the_year() {
    // Thừa Thiên Huế became the city of Huế on 1 January 2025, without a new boundary.
    assert_eq!(official("Huế", Some(2018)), "Thừa Thiên Huế");
    assert_eq!(official("Thừa Thiên Huế", Some(2024)), "Thừa Thiên Huế");
    assert_eq!(official("Hue", Some(2025)), "Huế");
    assert_eq!(official("Hoa Binh", Some(2018)), "Hòa Bình");
    // Without the year, the name the text writes most is kept for the year to decide.
    let text = "Thừa Thiên Huế có 300 HTX. Nông sản Huế bán chạy. HTX ở Thừa Thiên Huế tăng.";
    assert_eq!(region(text, Lang::Vi).as_deref(), Some("Thừa Thiên Huế"));
    assert_eq!(official("Thừa Thiên Huế", None), "Thừa Thiên Huế");
    assert_eq!(official("Hue", None), "Huế");
    assert_eq!(
        region("Huế có 300 HTX; thành phố Huế tổ chức hội nghị.", Lang::Vi).as_deref(),
        Some("Huế")
    );
}

#[test]
fn a_quarter_or_a_term_after_the_word_of_the_province_is_no_region() {
    assert_eq!(
        region("Báo cáo của Liên minh HTX tỉnh Quý II năm nay.", Lang::Vi),
        None
    );
    assert_eq!(
        region(
            "Đại hội Đảng bộ tỉnh Khóa XV đã bầu ban chấp hành.",
            Lang::Vi
        ),
        None
    );
    assert_eq!(
        region("Liên minh HTX tỉnh Bình An tổ chức hội nghị.", Lang::Vi).as_deref(),
        Some("Bình An")
    );
}
