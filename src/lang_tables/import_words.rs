//! The words `import` reads a report's head by, per language: the names of unions,
//! the words of a review and of next year's tasks, the commonest words (to tell the
//! language), the language's own name (a machine translation's note), and words after
//! "tỉnh" / "province" that name no place. Kept folded as import matches them.

use serde::Deserialize;

use super::words::{folded, phrase, words, written};

/// One language's words for `import`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImportWords {
    /// Names of unions and alliances: their "cooperative" counts nothing.
    pub union: Vec<String>,
    /// The union's name when the text gives none ("Liên minh Hợp tác xã tỉnh").
    pub union_default: String,
    /// Words of a review of the year ("tổng kết", "review").
    pub review: Vec<String>,
    /// Words of next year's tasks ("phương hướng nhiệm vụ", "tasks for").
    pub next_tasks: Vec<String>,
    /// The commonest short words, by which a text in Latin letters is told apart.
    pub function_words: Vec<String>,
    /// The language's own name, as a machine translation notes it at a line's start
    /// ("Tiếng Việt", "Français"); kept as written.
    pub own_name: Vec<String>,
    /// Capitalised words after the word of a province that are bodies or articles,
    /// not places ("Ủy", "the", "la").
    pub not_places: Vec<String>,
    /// Family names: "tỉnh Nguyễn Văn A" names a person.
    pub surnames: Vec<String>,
    /// Letters only this language writes (lowercase), by which its text is told.
    pub letters: String,
    /// Words right before a place's name ("tỉnh", "province de", "province of").
    pub place_before: Vec<String>,
    /// Words right after a place's name ("Binh An province").
    pub place_after: Vec<String>,
    /// Words right before a place's name that say where something is done ("tại",
    /// "in"): a province named only so, without a word of the province after it, is
    /// where an event or a market is ("tổ chức tại Hà Nội", "hotels in Hanoi"), not
    /// the one the text reports on.
    pub place_of_event: Vec<String>,
    /// Words right before a district's name ("huyện", "thị xã"), lowercase with their
    /// diacritics.
    pub district_before: Vec<String>,
    /// Words right after a district's name ("Tan Lac district").
    pub district_after: Vec<String>,
    /// The noun of a province standing alone, lowercase as written ("tỉnh", not
    /// "tính"): after a district's name, it starts the province's words ("Tan Lac
    /// district, the province had …").
    pub province_noun: Vec<String>,
    /// Words of a whole district ("toàn huyện", "the whole district"): a text that says
    /// them and never names a province is a district's.
    pub whole_district: Vec<String>,
    /// Words of the area of a district before a count in its sentence ("trên địa bàn
    /// thị xã có 11 HTX", "the whole district has 27 groups"): with no word of the
    /// province between, the count is the district's, not the province's.
    pub district_area: Vec<String>,
    /// Words of a province a region was formed from, next to its name ("Kon Tum
    /// (cũ)", "the former Kon Tum province"): a count said of it is a part of the region.
    /// Each cut into its folded words.
    #[serde(deserialize_with = "phrases")]
    pub former: Vec<Vec<String>>,
    /// Right after a number and its noun, words of "or more" ("25 HTX trở lên", "5 or
    /// more"): a threshold or an aim, never the year's figure. Each cut into its folded
    /// words.
    #[serde(deserialize_with = "phrases")]
    pub or_more: Vec<Vec<String>>,
    /// `district_area`, each cut into its folded words; made once, not read.
    #[serde(skip)]
    pub district_area_words: Vec<Vec<String>>,
    /// Right after a number, provinces in the plural ("Can Tho and the 12 provinces have
    /// 1,300 cooperatives"): a figure said of them is of more than the province.
    pub provinces: Vec<String>,
    /// Words that continue a union's name after it, as written ("tỉnh", "provinciale").
    pub name_joins: Vec<String>,
    /// Words that link a union's name to its place, as written ("de la province de", "of").
    pub name_links: Vec<String>,
    /// Lowercase words of a union's name before its noun, as written ("Hoa Binh
    /// provincial Cooperative Union"); read in a language whose adjectives stand first.
    pub union_lead: Vec<String>,
    /// Capitalised words before a union's noun that are not its name, as written ("The").
    pub union_not_lead: Vec<String>,
    /// The country's name: a union named with it is the national alliance, not the
    /// province's union ("Liên minh Hợp tác xã Việt Nam").
    pub national: Vec<String>,
    /// Besides the reader's words of now (the table's `time.now`), words that say a
    /// count is of the day the text is written: "đang có" (has now). A text that does
    /// not say which year it reviews keeps a count after them.
    pub now_has: Vec<String>,
    /// Right after a count and its noun, words that say it is counted now: "783 HTX
    /// nông nghiệp đang hoạt động" (operating now), "cooperatives currently operating".
    /// A text that does not say which year it reviews keeps such a count when its
    /// sentence names no year.
    pub now_after: Vec<String>,
    /// Words of now only where they open a clause ("Hiện, toàn tỉnh có", "Hiện toàn
    /// tỉnh có"), not inside a word of two ("thực hiện").
    pub now_first: Vec<String>,
    /// Right before a count, after the province's noun or name: the province has it
    /// ("toàn tỉnh có", "The province has"). A text that does not say which year it
    /// reviews keeps such a count when its sentence names no year.
    pub province_has: Vec<String>,
    /// The title of a draft with no headline: `{union}`, `{year}` (reviewed) and
    /// `{next}` (the year of the tasks) put in.
    pub title: String,
    /// The words of the province (`place_before` and `place_after`: "tỉnh",
    /// "province"), each cut into its folded words; made once, not read. The only
    /// form they are held in besides those lists, which the year vote matches as they
    /// are in a text's folded letters.
    #[serde(skip)]
    pub province: Vec<Vec<String>>,
    /// `district_before` and `district_after` each cut into its words, lowercased as
    /// written; made once, not read.
    #[serde(skip)]
    pub district_words: [Vec<Vec<String>>; 2],
}

impl ImportWords {
    /// Every word folded, as import compares them (the own name and letters kept, the
    /// district words only lowercased).
    pub fn folded(self) -> ImportWords {
        let f = |l: Vec<String>| folded(&l);
        let mut out = ImportWords {
            union: f(self.union),
            review: f(self.review),
            next_tasks: f(self.next_tasks),
            function_words: f(self.function_words),
            not_places: f(self.not_places),
            surnames: f(self.surnames),
            place_before: f(self.place_before),
            place_after: f(self.place_after),
            place_of_event: f(self.place_of_event),
            // Lowercase as written: "quận" (a district) is not "quân" ("bình quân").
            district_before: lowercase(self.district_before),
            district_after: lowercase(self.district_after),
            whole_district: f(self.whole_district),
            district_area: f(self.district_area),
            provinces: f(self.provinces),
            province_noun: lowercase(self.province_noun),
            national: f(self.national),
            now_has: f(self.now_has),
            now_first: f(self.now_first),
            now_after: f(self.now_after),
            province_has: f(self.province_has),
            ..self
        };
        out.province = (out.place_before.iter().chain(&out.place_after))
            .map(|p| phrase(p))
            .collect();
        out.district_area_words = out.district_area.iter().map(|p| phrase(p)).collect();
        out.district_words = [&out.district_before, &out.district_after]
            .map(|list| list.iter().map(|p| written(p, &words(p))).collect());
        out
    }
}

/// A list of phrases, each cut into its folded words as it is read.
fn phrases<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Vec<String>>, D::Error> {
    let list = Vec::<String>::deserialize(d)?;
    Ok(list.iter().map(|p| phrase(p)).collect())
}

fn lowercase(list: Vec<String>) -> Vec<String> {
    list.iter().map(|w| w.to_lowercase()).collect()
}
