//! One language's table, read from its YAML text (`vi.yaml`): how it writes numbers,
//! its scale words and currencies, the words of periods and per-unit endings, the
//! nouns and qualifiers of each meaning and its time markers. Every word is kept
//! folded ([`super::words::phrase`]), as the reader compares them.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::ids::{PhraseIds, SectorWords, TimePhrases, YearEnd, YearEndWords};
use super::import_words::ImportWords;
use super::money_words::{MoneyWords, RawMoney};
use super::page_words::PageWords;
use super::period_words::PeriodWords;
use super::shown::{DateWords, PlaceNameWords};
use super::time_words::{time_words, RawTime, TimeWords};
use super::words::{fold, folded, phrase, phrases, Phrase};
use crate::meaning::{Measure, PerUnit, Qualifier};

/// One language's table.
#[derive(Debug, Clone, PartialEq)]
pub struct LangTable {
    /// The primary language code (`vi`) and other codes meaning it (`vie`).
    pub code: String,
    pub aliases: Vec<String>,
    /// The language's name in English, for messages ("Vietnamese").
    pub name: String,
    /// Words written short before an apostrophe, as written ("d", "qu"): see
    /// [`super::elisions`].
    pub elisions: Vec<String>,
    pub numbers: Numbers,
    /// Scale words, smallest first.
    pub scales: Vec<Scale>,
    /// Words this language reads otherwise than another one does, and what to write.
    pub false_friends: BTreeMap<String, String>,
    /// Currency code and the phrases naming it, folded and as written (lowercase).
    pub currencies: Vec<(String, Vec<(Phrase, String)>)>,
    pub money: MoneyWords,
    pub per_unit: Vec<(PerUnit, Vec<Phrase>)>,
    /// The nouns of each measure (where two match at one place, the longer wins:
    /// "liên hiệp HTX" over "HTX").
    pub nouns: Vec<(Measure, Vec<Phrase>)>,
    pub qualifiers: Vec<(Qualifier, Vec<Phrase>)>,
    /// "bình quân", "average": an amount averaged over something.
    pub average: Vec<Phrase>,
    /// Cooperatives in operation ("đang hoạt động", "active"): a count with these
    /// words may be a part of all of them.
    pub operating: Vec<Phrase>,
    /// "số", "the number of": the noun after them is what a number counts.
    pub number_of: Vec<Phrase>,
    /// Words of income that, said of a cooperative, name its revenue (French "revenu").
    pub income_is_revenue: Vec<Phrase>,
    /// After a list of numbers, its nouns are theirs in order ("lần lượt", "respectively").
    pub respectively: Vec<Phrase>,
    /// Words that fold like a word of a phrase but are another word ("môi", of "môi
    /// trường", environment, folds as "mới", new): folded and as written (lowercase); the
    /// reader takes them for no word of a phrase.
    pub folds_apart: Vec<(String, String)>,
    /// Phrases whose first word is a word of a kind but that say something else ("khá
    /// ổn định", fairly stable, is no rating "khá"): the reader takes that word for no
    /// word of a phrase.
    pub not_kinds: Vec<Phrase>,
    /// Bodies that are not cooperatives, though a noun of cooperatives stands in their
    /// name ("cooperative branches", "chi nhánh HTX"): a count of them counts none.
    pub not_cooperatives: Vec<Phrase>,
    /// Bodies that are not cooperatives, often counted with them ("people's credit
    /// funds", "quỹ tín dụng nhân dân"): "1,867 cooperatives and people's credit funds"
    /// counts both.
    pub other_bodies: Vec<Phrase>,
    /// Bodies that hold cooperatives with others ("collective economic organizations":
    /// cooperatives, their unions and groups): an average said of them, even "and
    /// cooperatives", is not a cooperative's.
    pub wider_bodies: Vec<Phrase>,
    /// Opening the words of an amount, a sum of all of them ("tổng doanh thu bình quân
    /// 278,4 tỷ đồng", "total average revenue"): an average said so with no unit of
    /// its own is their sum, not one cooperative's.
    pub summed: Vec<Phrase>,
    /// Before a number in its sentence, a place larger than the province ("cả nước",
    /// "nationwide"): the number is not the province's.
    pub elsewhere: Vec<Phrase>,
    /// After a count in its clause, words of a place larger than the province ("22,710
    /// cooperatives in the whole country", "X HTX trên cả nước"): not its figure.
    pub elsewhere_after: Vec<Phrase>,
    /// Words that make a count next to them a part ("2 cooperatives each", "the
    /// remaining 7 cooperatives", "7 HTX còn lại").
    pub parts: Vec<Phrase>,
    /// Words after a count of cooperatives that make it those doing something, a
    /// part ("63 cooperatives applying high technology", "26 HTX liên kết với DN").
    pub doing: Vec<Phrase>,
    /// Words of a type of cooperatives in the clause after a count of them ("5 HTX hoạt
    /// động theo mô hình kiểu mới", "30 new-type cooperatives"): those of that type, a part.
    pub of_a_type: Vec<Phrase>,
    /// Words right before a count of cooperatives that make it those something was
    /// done for, a part ("supported 79 cooperatives", "hỗ trợ 15 HTX").
    pub done_to: Vec<Phrase>,
    /// Between a count of things and a count of cooperatives, the word that makes them
    /// the cooperatives owning the things, a part ("35 products of 28 cooperatives").
    pub owned_by: Vec<Phrase>,
    /// Right before a count of cooperatives, the word of those something is done for
    /// ("cấp phép cho 20 HTX", "loans for 20 cooperatives").
    pub done_for: Vec<Phrase>,
    /// Words before a count that make it all of them ("a total of 485", "tổng số").
    pub total: Vec<Phrase>,
    /// Words after (or, for a count of a kind, before) a count that stand for the noun
    /// named before it ("nâng tổng số lên 1.087 đơn vị", "199 of them agricultural").
    pub units: Vec<Phrase>,
    /// Right after a count, words that link it to the noun after them ("364 là HTX
    /// nông nghiệp": 364 are agricultural cooperatives): no noun of another thing.
    pub links: Vec<Phrase>,
    /// At a sentence's start, before a count of a noun, words that make it the whole
    /// the count after the clause's comma is a part of ("Of the 234 co-operatives …, 78
    /// are in the agricultural sector", "Sur les 91 coopératives, 60 sont agricoles").
    pub whole_first: Vec<Phrase>,
    pub sector: SectorWords,
    /// A figure at the year's end or at its middle (the first half's words too).
    pub year_end: YearEnd,
    /// Nouns of places: a count right before one counts them ("in five districts").
    pub places: Vec<Phrase>,
    /// Units of land and goods: a count right before one measures them ("20 hectares of
    /// longan"), it counts no body.
    pub quantities: Vec<Phrase>,
    /// Households: right after a count, it counts households, not members ("21.000 hộ
    /// thành viên", "21,000 member households").
    pub households: Vec<Phrase>,
    /// Right after a count, words that are no noun of a thing it counts (a preposition
    /// or a verb: "252 trong tổng số 313 HTX", "tăng từ 1.081 lên 1.429 THT").
    pub not_counted: Vec<Phrase>,
    /// Right before a number, words that make it a rank ("lần thứ 5").
    pub rank_before: Vec<Phrase>,
    /// How a day is written for people to read.
    pub date: DateWords,
    /// Words around a place's name that do not change which place it is.
    pub place_name: PlaceNameWords,
    pub time: TimeWords,
    pub period: PeriodWords,
    pub page: PageWords,
    /// The words `import` reads a report's head by.
    pub import: ImportWords,
    /// The phrases the text reader looks for, as ids.
    pub ids: PhraseIds,
}

/// How numbers are written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Numbers {
    pub decimal: char,
    /// Characters that group thousands when reading.
    pub groups: Vec<char>,
    /// Numbers written in words ("fifty": 50); a word of tens may join a word of ones
    /// with a hyphen ("twenty-five"), and a word of 100 or more multiplies the number
    /// before it ("two hundred").
    #[serde(default)]
    pub words: BTreeMap<String, u64>,
    /// A count is followed by what it counts ("có 3 trại nuôi": three farms, not
    /// three of the cooperatives named before): a count with an unknown word right
    /// after it counts that, not a noun before it; and its verb stands before it ("thành
    /// lập mới 60 tổ hợp tác và 40 HTX"), so a verb after a list of counts is not theirs.
    #[serde(default)]
    pub noun_after: bool,
    /// Words after a number that make it a percentage, as "%" does ("10 per cent"),
    /// lowercase.
    #[serde(default)]
    pub percent: Vec<String>,
    /// Letters glued after a number that make it a rank ("13th", "1er"), lowercase.
    #[serde(default)]
    pub ordinal: Vec<String>,
    /// The one that groups them when writing.
    pub group_out: String,
    /// Money written so that it reads, for error messages.
    pub example: String,
}

/// A scale word: "triệu" is 1,000,000.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub factor: u128,
    pub words: Vec<String>,
    /// How numbers are written with it: singular, plural ("million", "millions").
    pub show: Option<(String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    code: String,
    #[serde(default)]
    aliases: Vec<String>,
    name: String,
    #[serde(default)]
    elisions: Vec<String>,
    numbers: Numbers,
    scales: Vec<RawScale>,
    #[serde(default)]
    false_friends: BTreeMap<String, String>,
    #[serde(default)]
    currencies: BTreeMap<String, Vec<String>>,
    money: RawMoney,
    #[serde(default)]
    per_unit: BTreeMap<PerUnit, Vec<String>>,
    #[serde(default)]
    nouns: BTreeMap<Measure, Vec<String>>,
    #[serde(default)]
    qualifiers: BTreeMap<Qualifier, Vec<String>>,
    #[serde(default)]
    average: Vec<String>,
    #[serde(default)]
    operating: Vec<String>,
    #[serde(default)]
    number_of: Vec<String>,
    #[serde(default)]
    income_is_revenue: Vec<String>,
    #[serde(default)]
    respectively: Vec<String>,
    #[serde(default)]
    folds_apart: Vec<String>,
    #[serde(default)]
    not_kinds: Vec<String>,
    #[serde(default)]
    not_cooperatives: Vec<String>,
    #[serde(default)]
    other_bodies: Vec<String>,
    #[serde(default)]
    wider_bodies: Vec<String>,
    #[serde(default)]
    summed: Vec<String>,
    #[serde(default)]
    elsewhere: Vec<String>,
    #[serde(default)]
    elsewhere_after: Vec<String>,
    #[serde(default)]
    parts: Vec<String>,
    #[serde(default)]
    doing: Vec<String>,
    #[serde(default)]
    of_a_type: Vec<String>,
    #[serde(default)]
    done_to: Vec<String>,
    #[serde(default)]
    owned_by: Vec<String>,
    #[serde(default)]
    done_for: Vec<String>,
    #[serde(default)]
    total: Vec<String>,
    #[serde(default)]
    units: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    #[serde(default)]
    whole_first: Vec<String>,
    #[serde(default)]
    sector: SectorWords,
    #[serde(default)]
    year_end: YearEndWords,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    quantities: Vec<String>,
    #[serde(default)]
    households: Vec<String>,
    #[serde(default)]
    not_counted: Vec<String>,
    #[serde(default)]
    rank_before: Vec<String>,
    #[serde(default)]
    date: DateWords,
    #[serde(default)]
    place_name: PlaceNameWords,
    #[serde(default)]
    time: RawTime,
    #[serde(default)]
    period: PeriodWords,
    #[serde(default)]
    page: PageWords,
    #[serde(default)]
    import: ImportWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    factor: u128,
    words: Vec<String>,
    #[serde(default)]
    show: Option<(String, String)>,
}

/// A table's YAML text parsed and checked, its phrases not yet cut: a table's own
/// elisions are known before they are ([`super::add`]).
pub(super) struct Parsed(Raw);

impl Parsed {
    /// The table's code, lowercased.
    pub(super) fn code(&self) -> &str {
        &self.0.code
    }

    pub(super) fn elisions(&self) -> &[String] {
        &self.0.elisions
    }
}

impl LangTable {
    /// Reads a table from its YAML text. Err names what is wrong, with serde's line
    /// and column.
    pub fn from_yaml(text: &str) -> Result<LangTable, String> {
        Ok(LangTable::cut(LangTable::parse(text)?))
    }

    /// A table's YAML text parsed once, with every check a table must pass.
    pub(super) fn parse(text: &str) -> Result<Parsed, String> {
        let mut raw: Raw = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
        if raw.code.is_empty() || raw.numbers.groups.contains(&raw.numbers.decimal) {
            return Err(format!(
                "table `{}`: a code is needed, and the decimal mark cannot group digits",
                raw.code
            ));
        }
        raw.code = raw.code.to_ascii_lowercase();
        raw.date = raw.date.checked()?;
        raw.page.check()?;
        Ok(Parsed(raw))
    }

    /// The table of a parsed text, its phrases cut into words with the elisions known
    /// now.
    pub(super) fn cut(Parsed(raw): Parsed) -> LangTable {
        let money = raw.money.folded();
        let time = time_words(&raw.time);
        let mut scales: Vec<Scale> = raw
            .scales
            .iter()
            .map(|s| Scale {
                factor: s.factor,
                words: folded(&s.words),
                show: s.show.clone(),
            })
            .collect();
        scales.sort_by_key(|s| s.factor);
        let mut table = LangTable {
            code: raw.code,
            aliases: raw.aliases.iter().map(|a| a.to_ascii_lowercase()).collect(),
            name: raw.name,
            elisions: raw.elisions,
            numbers: raw.numbers,
            scales,
            false_friends: raw
                .false_friends
                .iter()
                .map(|(k, v)| (fold(k), v.clone()))
                .collect(),
            currencies: raw
                .currencies
                .iter()
                .map(|(c, l)| {
                    let named = l.iter().map(|w| (phrase(w), w.to_lowercase()));
                    (c.clone(), named.collect())
                })
                .collect(),
            money,
            per_unit: raw.per_unit.iter().map(|(u, l)| (*u, phrases(l))).collect(),
            nouns: raw.nouns.iter().map(|(m, l)| (*m, phrases(l))).collect(),
            qualifiers: raw
                .qualifiers
                .iter()
                .map(|(q, l)| (*q, phrases(l)))
                .collect(),
            average: phrases(&raw.average),
            operating: phrases(&raw.operating),
            number_of: phrases(&raw.number_of),
            income_is_revenue: phrases(&raw.income_is_revenue),
            respectively: phrases(&raw.respectively),
            folds_apart: raw
                .folds_apart
                .iter()
                .map(|w| (fold(w), w.to_lowercase()))
                .collect(),
            not_kinds: phrases(&raw.not_kinds),
            not_cooperatives: phrases(&raw.not_cooperatives),
            other_bodies: phrases(&raw.other_bodies),
            wider_bodies: phrases(&raw.wider_bodies),
            summed: phrases(&raw.summed),
            elsewhere: phrases(&raw.elsewhere),
            elsewhere_after: phrases(&raw.elsewhere_after),
            parts: phrases(&raw.parts),
            doing: phrases(&raw.doing),
            of_a_type: phrases(&raw.of_a_type),
            done_to: phrases(&raw.done_to),
            owned_by: phrases(&raw.owned_by),
            done_for: phrases(&raw.done_for),
            total: phrases(&raw.total),
            units: phrases(&raw.units),
            links: phrases(&raw.links),
            whole_first: phrases(&raw.whole_first),
            sector: raw.sector,
            year_end: YearEnd {
                end: phrases(&raw.year_end.end),
                middle: phrases(&[&raw.year_end.middle[..], &raw.period.half[..]].concat()),
            },
            places: phrases(&raw.places),
            quantities: phrases(&raw.quantities),
            households: phrases(&raw.households),
            not_counted: phrases(&raw.not_counted),
            rank_before: phrases(&raw.rank_before),
            date: raw.date,
            place_name: raw.place_name,
            time,
            period: raw.period.folded(),
            page: raw.page.folded(),
            import: raw.import.folded(),
            ids: PhraseIds::default(),
        };
        table.ids = table.reader_ids();
        table
    }

    /// The lists the text reader reads, as ids.
    fn reader_ids(&self) -> PhraseIds {
        let t = &self.time;
        let mut out = PhraseIds::default();
        out.nouns = out.tagged(&self.nouns);
        let nouns = |money: bool| out.nouns.iter().filter(move |(m, _)| m.is_money() == money);
        out.count_nouns = nouns(false).cloned().collect();
        out.money_nouns = nouns(true).cloned().collect();
        out.qualifiers = out.tagged(&self.qualifiers);
        out.per_unit = out.tagged(&self.per_unit);
        out.average = out.list(&self.average);
        out.number_of = out.list(&self.number_of);
        out.respectively = out.list(&self.respectively);
        out.not_cooperatives = out.list(&self.not_cooperatives);
        out.total = out.list(&self.total);
        out.units = out.list(&self.units);
        out.links = out.list(&self.links);
        out.whole_first = out.list(&self.whole_first);
        out.approx = out.list(&self.money.approx);
        let s = &self.sector;
        let more_than_one = [&s.several[..], &s.some[..]].concat();
        out.sector =
            [&s.words, &more_than_one, &s.this, &s.many, &s.with].map(|l| out.list(&phrases(l)));
        out.places = out.list(&self.places);
        out.quantities = out.list(&self.quantities);
        out.rank_before = out.list(&self.rank_before);
        out.time = TimePhrases {
            target: out.list(&t.target),
            not_target: out.list(&t.not_target),
            results: out.list(&t.results),
            expected: out.list(&t.expected),
            share_of: out.list(&t.share_of),
            change: out.list(&t.change),
            level: out.list(&t.level),
            change_after: out.list(&t.change_after),
            compare: out.list(&t.compare),
            earlier: out.list(&t.earlier),
            now: out.list(&t.now),
            breaks: out.list(&t.breaks),
            named: out.list(&t.named),
            since: out.list(&t.since),
        };
        out
    }

    /// Whether `c` groups digits.
    pub fn is_group_sep(&self, c: char) -> bool {
        self.numbers.groups.contains(&c)
    }

    /// The scale word for `factor` as numbers are written with it (singular, plural).
    pub fn scale_words(&self, factor: u128) -> Option<(&str, &str)> {
        let s = self.scales.iter().find(|s| s.factor == factor)?;
        s.show.as_ref().map(|(a, b)| (a.as_str(), b.as_str()))
    }
}
