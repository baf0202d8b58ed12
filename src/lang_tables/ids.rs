//! The phrases the text reader looks for, as numbers: every word of them has an id
//! and the lists it starts a phrase of (a bit each), a sentence's words are looked up
//! once, and a list's phrases are compared id by id at the words that start one only.

use foldhash::HashMap;
use serde::Deserialize;

use super::words::Word;
use crate::meaning::{Measure, PerUnit, Qualifier};

/// A phrase's folded words (as [`super::Phrase`]).
type Phrase = Vec<String>;

/// The id of a word that is in no phrase of the reader's.
pub const NO_ID: u32 = u32::MAX;

/// One list of phrases, each as its words' ids, in the table's order (longest first).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Phrases {
    /// Each phrase's first word, looked at before the rest.
    firsts: Vec<u32>,
    phrases: Vec<Box<[u32]>>,
    /// The list holds an empty phrase, which ends before every word.
    empty: bool,
    /// The list's bit among the lists a word starts a phrase of.
    bit: u64,
}

impl AsRef<Phrases> for Phrases {
    fn as_ref(&self) -> &Phrases {
        self
    }
}

impl Phrases {
    /// Whether a word that starts phrases of the lists `lead` ([`PhraseIds::leads`])
    /// may start one of this list.
    pub fn starts(&self, lead: u64) -> bool {
        lead & self.bit != 0
    }

    /// The length of the longest phrase of the list starting at `ids[i]` (0: none).
    pub fn at(&self, ids: &[u32], i: usize) -> usize {
        let Some(&first) = ids.get(i) else {
            return 0;
        };
        let rest = &ids[i..];
        // Longest first: the first that matches is the longest.
        self.firsts
            .iter()
            .zip(&self.phrases)
            .find(|(&f, p)| f == first && p.len() <= rest.len() && rest[..p.len()] == ***p)
            .map_or(0, |(_, p)| p.len())
    }

    /// Whether a phrase of the list ends right before `ids[i]`.
    pub fn ends_at(&self, ids: &[u32], i: usize) -> bool {
        self.empty
            || self
                .phrases
                .iter()
                .any(|p| p.len() <= i.min(ids.len()) && ids[i - p.len()..i] == **p)
    }

    /// The lengths of the phrases, longest first.
    pub fn lens(&self) -> impl Iterator<Item = usize> + '_ {
        self.phrases.iter().map(|p| p.len())
    }
}

/// The words of the lists the reader reads a number's sentence with, as ids.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PhraseIds {
    ids: HashMap<String, u32>,
    /// By id: the lists the word starts a phrase of.
    lead: Vec<u64>,
    /// How many lists were made.
    lists: u32,
    pub nouns: Vec<(Measure, Phrases)>,
    /// The nouns of counts, and of money.
    pub count_nouns: Vec<(Measure, Phrases)>,
    pub money_nouns: Vec<(Measure, Phrases)>,
    pub qualifiers: Vec<(Qualifier, Phrases)>,
    pub per_unit: Vec<(PerUnit, Phrases)>,
    pub average: Phrases,
    pub number_of: Phrases,
    pub respectively: Phrases,
    pub not_cooperatives: Phrases,
    pub total: Phrases,
    pub units: Phrases,
    pub links: Phrases,
    pub whole_first: Phrases,
    pub approx: Phrases,
    /// A sector's words: the word of one, words that make it several, words of "this",
    /// the words of several sectors before a list of them, the words that give a sector
    /// named before them a count ("với 418 HTX").
    pub sector: [Phrases; 5],
    pub places: Phrases,
    pub quantities: Phrases,
    pub rank_before: Phrases,
    pub time: TimePhrases,
}

/// [`super::TimeWords`]' lists the reader reads, as ids.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimePhrases {
    pub target: Phrases,
    pub not_target: Phrases,
    pub results: Phrases,
    pub expected: Phrases,
    pub share_of: Phrases,
    pub change: Phrases,
    pub level: Phrases,
    pub change_after: Phrases,
    pub compare: Phrases,
    pub earlier: Phrases,
    pub now: Phrases,
    pub breaks: Phrases,
    pub named: Phrases,
    pub since: Phrases,
}

impl PhraseIds {
    /// Each tagged list of a table as ids.
    pub(super) fn tagged<T: Copy>(&mut self, lists: &[(T, Vec<Phrase>)]) -> Vec<(T, Phrases)> {
        lists.iter().map(|(t, l)| (*t, self.list(l))).collect()
    }

    /// A list of a table as ids, its words given ids as they come.
    pub(super) fn list(&mut self, list: &[Phrase]) -> Phrases {
        // A bit each for the first 63 lists, one for all the others.
        let bit = 1 << self.lists.min(63);
        self.lists += 1;
        let mut out = Phrases {
            bit,
            ..Phrases::default()
        };
        for p in list {
            let Some(first) = p.first() else {
                out.empty = true;
                continue;
            };
            let phrase: Box<[u32]> = p.iter().map(|w| self.add(w)).collect();
            self.lead[phrase[0] as usize] |= bit;
            out.firsts.push(self.id(first));
            out.phrases.push(phrase);
        }
        out
    }

    /// The id of word `w`, given it now if it has none.
    fn add(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = u32::try_from(self.lead.len()).expect("fewer words than u32");
        self.ids.insert(w.to_string(), id);
        self.lead.push(0);
        id
    }

    /// The id of a folded word ([`NO_ID`] for a word of no phrase).
    pub fn id(&self, key: &str) -> u32 {
        self.ids.get(key).copied().unwrap_or(NO_ID)
    }

    /// The ids of `words`.
    pub fn of_words(&self, words: &[Word]) -> Vec<u32> {
        words.iter().map(|w| self.id(&w.key)).collect()
    }

    /// The lists the word of id `id` starts a phrase of, a bit each (0: none).
    pub fn leads(&self, id: u32) -> u64 {
        self.lead.get(id as usize).copied().unwrap_or(0)
    }
}

/// "HTX hoạt động trong lĩnh vực vận tải", "cooperatives in the transport sector": a
/// count of cooperatives said to be in one sector counts that sector's.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SectorWords {
    /// The word of one sector ("lĩnh vực", "sector").
    pub words: Vec<String>,
    /// Right before it, words of all sectors or any ("các", "mọi", "various"); with
    /// `some`, the words that make it more than one.
    pub several: Vec<String>,
    /// Right after it, words that name the sector said before ("này", "this").
    pub this: Vec<String>,
    /// Right before it, words of some sectors, not all ("nhiều", "một số", "many"): an
    /// average said of them is theirs, not the province's.
    pub some: Vec<String>,
    /// The word of sectors in the plural ("fields", "sectors"): before a list of kinds
    /// ("in the fields of agriculture, aquaculture, handicrafts") it names several
    /// sectors, none of them the count's kind.
    pub many: Vec<String>,
    /// Right before a count, words that give a sector named before them its count
    /// ("Riêng lĩnh vực nông nghiệp chiếm ưu thế với 418 HTX", "the farming sector
    /// leads with 418 cooperatives").
    pub with: Vec<String>,
}

/// When in the year a figure stands: "Ước đến cuối năm 2022 … 204 HTX" (the year's end)
/// beside "Tính đến 30/6/2022 … 203 HTX" (its middle).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct YearEndWords {
    /// The year's end or the whole year ("cuối năm", "cả năm", "31/12", "end of the year").
    pub end: Vec<String>,
    /// The middle of the year ("30/6", "end of June"); the first half's words are
    /// `period.half`.
    pub middle: Vec<String>,
}

/// [`YearEndWords`] as phrases, made once: the middle's with the first half's words.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YearEnd {
    pub end: Vec<super::Phrase>,
    pub middle: Vec<super::Phrase>,
}
