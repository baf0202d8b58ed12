//! Pages as news sites publish them: stamps, headlines and the page's own lines.
use super::stamp::byline;
use super::*;

fn d(s: &str) -> Option<Date> {
    Date::parse(s).ok()
}

#[test]
fn stamps_of_news_pages() {
    assert_eq!(stamp("10/01/2024 08:15"), d("2024-01-10"));
    assert_eq!(stamp("Thứ Hai, 13/02/2023, 18:48 [GMT+7]"), d("2023-02-13"));
    assert_eq!(
        stamp("Cập nhật, 13:41, Thứ Sáu, 29/11/2019 (GMT+7)"),
        d("2019-11-29")
    );
    assert_eq!(stamp("Cập nhật: 30-10-2020 | 11:09:41"), d("2020-10-30"));
    assert_eq!(stamp("10:03:30 AM | 7/15/2019"), d("2019-07-15"));
    assert_eq!(stamp("9:54:00 AM | 3/3/2022"), d("2022-03-03"));
    assert_eq!(stamp("15:08, 27/11/2025"), d("2025-11-27"));
    assert_eq!(stamp("December 18, 2024 | 11:56 GMT +7"), d("2024-12-18"));
    assert_eq!(
        stamp("Tuesday, December 26, 2023 | 15:01:32"),
        d("2023-12-26")
    );
    assert_eq!(
        stamp("Sáng 15/1, Liên minh HTX tỉnh tổ chức hội nghị"),
        None
    );
    assert_eq!(stamp("Năm 2024, toàn tỉnh có 418 HTX"), None);
}

#[test]
fn a_stamp_with_its_time_then_a_sections_name_is_a_stamp() {
    let p = read(
        "Headline of the story\n10:32 | 18/06/2019 Society\nThe province has 20 cooperatives.",
    );
    assert_eq!(p.published.map(|s| *s.0), d("2019-06-18"));
    assert!(!p.text.contains("Society"), "{}", p.text);
    let p = read("Tin trong tỉnh\n08:15 | 10/01/2024 Kinh tế\nToàn tỉnh có 20 HTX.");
    assert_eq!(p.published.map(|s| *s.0), d("2024-01-10"));
    // Not without a time, not three words of a sentence, not a sentence.
    for line in [
        "18/06/2019 Society",
        "10:32 | 18/06/2019 Society News Today",
        "Sáng 18/06/2019 Hội Nghị",
    ] {
        assert!(
            read(&format!("Headline of the story\n{line}\nText."))
                .published
                .is_none(),
            "{line}"
        );
    }
}

#[test]
fn bylines_and_run_in_sources_give_the_day_of_publication() {
    let b = |l: &str| stamp(l).or_else(|| byline(l));
    assert_eq!(b("Nguyen Van Phuong July 14, 2018 12:04"), d("2018-07-14"));
    assert_eq!(
        b("Tác giả Thoai Phuong-Translated by K.T, ngày đăng 08/08/2018"),
        d("2018-08-08")
    );
    assert_eq!(b("Báo Quảng NinhBáo Quảng Ninh18/08/2025"), d("2025-08-18"));
    assert_eq!(b("Ngày ban hành: 03/08/2018 Ngày hiệu lực: Đã biết"), None);
    assert_eq!(b("Ngày ban hành: 03/08/2018"), d("2018-08-03"));
    assert_eq!(b("Update: 10:17, 03/03/2025"), d("2025-03-03"));
    assert_eq!(b("Thu, 02/06/2024 - 08:23"), d("2024-06-02"));
    assert_eq!(b("Posted by Minh Anh, Feb. 6, 2024"), d("2024-02-06"));
    // An author, a dash, then the stamp with its weekday.
    assert_eq!(
        b("Trần Minh Tâm - Thứ hai, ngày 13/01/2025 07:30 AM (GMT+7)"),
        d("2025-01-13")
    );
    assert_eq!(b("Mai Lan – Monday, 13/01/2025 07:30"), d("2025-01-13"));
    // Not a dash after words of a sentence, nor a stamp's words with no dash.
    assert_eq!(b("Tổng kết năm - Thứ hai, ngày 13/01/2025"), None);
    assert_eq!(b("Sáng nay tổ chức thứ hai, ngày 13/01/2025"), None);
    // A sentence or a conference day is no byline.
    assert_eq!(b("Hội nghị diễn ra sáng 15/1/2024"), None);
    assert_eq!(
        b("Sáng 15/1/2024, Liên minh HTX tỉnh tổ chức hội nghị"),
        None
    );
    assert_eq!(b("The conference was held on January 15, 2024."), None);
    assert_eq!(b("Thành lập mới 168 hợp tác xã năm 2017"), None);
    // A section's name, ISO days, "Friday-", a "/" before the time.
    assert_eq!(b("Thời sự 27-04-2019"), d("2019-04-27"));
    assert_eq!(b("Friday- 10:16, 03/12/2021"), d("2021-12-03"));
    assert_eq!(b("Sep 06, 2022 / 18:09"), d("2022-09-06"));
    assert_eq!(b("14.08.2020, 15:31"), d("2020-08-14"));
    assert_eq!(b("Posted 2022-04-07"), d("2022-04-07"));
    let o = |l: &str| opening_stamp(l).map(|s| s.day);
    assert_eq!(
        o(" date 2024-03-08 Bac Giang promotes OCOP"),
        d("2024-03-08")
    );
    assert_eq!(o("Date of the conference: 2024"), None);
}

#[test]
fn a_day_written_year_first_in_a_short_line_is_a_stamp() {
    let p = read("Tin tức\n\nHTX được khen sau 5 năm phát triển   2019-02-11 - TTXVN\n\nThành phố có 450 HTX.");
    assert_eq!(p.published.map(|x| x.0.day), d("2019-02-11"));
    assert!(!p.text.contains("TTXVN"));
    let p =
        read("News\n\nPhoto: vlcsnap-2020-10-19-14h43m40s291\n\nThe city has 450 cooperatives.");
    assert_eq!(p.published, None);
    let p =
        read("News\n\nThe plan adopted on 2021-05-04 set up 40 cooperatives in the city.\n\nMore.");
    assert_eq!(p.published, None);
}

#[test]
fn a_line_opening_with_a_stamp_label_gives_its_day_or_month_whatever_follows() {
    let o = |l: &str| opening_stamp(l).map(|s| (s.day, s.to_string()));
    let day = o("Ngày đăng: 05-03-2019, 09:30 - Người đăng: Biên tập viên - Lượt xem: 12");
    assert_eq!(day.map(|x| x.0), d("2019-03-05"));
    let day = o("Published: 21/06/2023 | Author: Admin | Views 80");
    assert_eq!(day.map(|x| x.0), d("2023-06-21"));
    // A month without its day: its last day stands for it, shown as the month.
    let month = o("date 2021-02 Thành viên HTX thu hoạch lúa");
    assert_eq!(
        month,
        Some((Date::parse("2021-02-28").unwrap(), "2021-02".into()))
    );
    assert_eq!(o("Ngày hội HTX 2023 khai mạc"), None);
    assert_eq!(o("Posted in 2023-24 by the union"), None);
    // A stamp run into a first line that is no headline: the line stays in the text.
    let p = read("date 2020-11-09 Xã viên HTX thu hoạch cam tại huyện Hàm Yên, một ngày cuối thu, khi cả làng đã ra đồng từ sớm và trời còn mù sương.\n\nToàn tỉnh có 300 HTX.");
    assert_eq!(p.published.map(|x| x.0.day), d("2020-11-09"));
    assert!(p.text.contains("Xã viên HTX thu hoạch cam"), "{}", p.text);
}

#[test]
fn the_earliest_stamp_is_the_day_of_publication() {
    // A stamp on the first line, and a later one (the day the page was seen) above it.
    let p = read(
        "August 20, 2025 | 07:43 GMT +7\n\nFriday- 10:16, 03/12/2021\n\nKien Giang promotes \
         cooperatives\n\nThe province has 433 cooperatives.",
    );
    assert_eq!(p.published.map(|x| x.0.day), d("2021-12-03"));
    assert!(!p.text.contains("2025"), "{}", p.text);
}

#[test]
fn a_page_gives_its_headline_and_publication_day_and_drops_its_own_lines() {
    let p = read(
        "Gia Lai: 418 HTX\n\n10/01/2024 08:15\n\nChia sẻ\n\nSáng 5/1, hội nghị.\n\n\
         Ảnh: Minh Anh\n\n170 views\n\nXem thêm: Gia Lai phát triển HTX\n\nToàn tỉnh có 418 HTX.",
    );
    assert_eq!(p.headline.as_deref(), Some("Gia Lai: 418 HTX"));
    assert_eq!(p.published.map(|x| x.0.day), d("2024-01-10"));
    assert!(p.text.contains("Sáng 5/1, hội nghị."), "{}", p.text);
    assert!(p.text.contains("Toàn tỉnh có 418 HTX."), "{}", p.text);
    for gone in ["Chia sẻ", "Ảnh", "views", "Xem thêm", "08:15"] {
        assert!(!p.text.contains(gone), "{gone}: {}", p.text);
    }
}

#[test]
fn a_headline_is_a_short_first_line() {
    let p = read("\u{20}Tổng kết năm 2023\n\nSáng 28/12, hội nghị.\n");
    assert_eq!(p.headline.as_deref(), Some("Tổng kết năm 2023"));
    assert_eq!(p.text.trim(), "Sáng 28/12, hội nghị.");
    let p = read("Pada pagi 28 Disember, Kesatuan Koperasi Wilayah bersidang.\nLagi.");
    assert_eq!(p.headline, None);
    assert!(p.text.starts_with("Pada pagi"));
    let p = read("28 agricultural cooperatives have developed 34 OCOP products.\n\nText.");
    assert!(p.headline.is_some());
}

#[test]
fn a_first_paragraph_is_no_headline() {
    let long = "Năm 2023, toàn tỉnh có 345 HTX, trong đó có 200 HTX nông nghiệp, tăng 12 HTX \
                so với năm trước, với tổng số thành viên là hơn 20 nghìn người và nhiều tổ hợp tác mới.";
    let p = read(&format!("{long}\n\nTiếp theo."));
    assert_eq!(p.headline, None);
    assert!(p.text.starts_with("Năm 2023"));
}

#[test]
fn the_sites_own_lines_above_the_headline_are_not_the_headline() {
    // A site's name with its address, a menu, a button, a stamp, then the headline.
    let p = read(
        "Baotinh.vn - Tin tức của tỉnh\nTiếng Việt | English | 中文\nĐăng nhập\n\
         05/03/2024 09:10\nHải Dương có thêm 12 hợp tác xã\n\nSáng 4/3, hội nghị tổng kết.",
    );
    assert_eq!(
        p.headline.as_deref(),
        Some("Hải Dương có thêm 12 hợp tác xã")
    );
    assert_eq!(p.published.map(|x| x.0.day), d("2024-03-05"));
    assert_eq!(p.text.trim(), "Sáng 4/3, hội nghị tổng kết.");
    // A section's name of two words, a list of the site's sections, a greeting.
    for top in [
        "Economy",
        "News: World, Business, Sport, Culture and Travel",
        "Cổng thông tin điện tử tỉnh kính chào quý khách! Trang chủ Liên hệ",
    ] {
        let p = read(&format!(
            "{top}\nCo-operatives grow in Nam Dinh\nThe province has 300."
        ));
        assert_eq!(
            p.headline.as_deref(),
            Some("Co-operatives grow in Nam Dinh"),
            "{top}"
        );
        assert!(!p.text.contains(top), "{top}: {}", p.text);
    }
}

#[test]
fn an_opening_paragraph_or_a_caption_is_kept_and_is_no_headline() {
    // A paragraph with commas and an address in a credit stays the article's.
    let first = "Toàn tỉnh có 161 HTX, trong đó 71 HTX nông nghiệp, 12 HTX thương mại, 8 HTX \
                 vận tải và nhiều tổ hợp tác với hơn 80.000 thành viên (Ảnh: baotinh.vn)";
    let p = read(&format!("{first}\nKết nối nông dân\nTiếp theo."));
    assert_eq!(p.headline, None);
    assert!(p.text.starts_with("Toàn tỉnh có 161 HTX"), "{}", p.text);
    let p = read("(Ông A phát biểu tại hội nghị)\n\nToàn tỉnh có 161 HTX.");
    assert_eq!(p.headline, None);
    // A headline naming a site in brackets is still the headline.
    let p = read("Bac Giang promotes OCOP products (Photo: baobacgiang.com.vn)\nText.");
    assert!(p.headline.is_some_and(|h| h.starts_with("Bac Giang")));
}

#[test]
fn a_sections_name_above_the_stamp_is_not_the_headline_below_it() {
    let p = read(
        "Kinh tế Nông thôn - Xã hội\n\n15/03/2021 - 07:20\n\nHương Trà: 31 hợp tác xã có lãi\n\n\
         Toàn thị xã có 31 HTX có lãi.",
    );
    assert_eq!(
        p.headline.as_deref(),
        Some("Hương Trà: 31 hợp tác xã có lãi")
    );
    assert_eq!(p.published.map(|x| x.0.day), d("2021-03-15"));
    assert_eq!(p.text.trim(), "Toàn thị xã có 31 HTX có lãi.");
    let p = read("News > Farming\n\n15/03/2021\n\nA district grows its co-operatives\n\nText.");
    assert_eq!(
        p.headline.as_deref(),
        Some("A district grows its co-operatives")
    );
    // The first line stays the headline: not a section's path, or above a byline, the
    // article's first sentence, a shorter line or a line with a number.
    for (top, stamp, below) in [
        (
            "Local economy reaches good results",
            "15/03/2021 - 07:20",
            "Part 2: Upholding the economy's role",
        ),
        (
            "Kinh tế - Xã hội",
            "Tác giả Thoai Phuong, ngày đăng 08/08/2018",
            "Part 2: Upholding the economy's role",
        ),
        (
            "Tin trong tỉnh - Kinh tế",
            "15/03/2021 - 07:20",
            "Toàn tỉnh có 20 HTX.",
        ),
        (
            "Hợp tác xã - Kinh tế mới",
            "15/03/2021 - 07:20",
            "Anh Phong",
        ),
        (
            "Năm 2021 - 31 hợp tác xã",
            "15/03/2021 - 07:20",
            "Hợp tác xã ở Phong Điền có lãi lớn",
        ),
    ] {
        let p = read(&format!("{top}\n{stamp}\n{below}\nText of it."));
        assert_eq!(p.headline.as_deref(), Some(top), "{top}");
    }
}
