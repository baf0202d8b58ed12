//! Counts read by what they count: cooperatives ("1.059 HTX", "38 lagi koperasi"),
//! groups, members, OCOP products; for cooperatives, what the words near the number
//! say of them ("thành lập mới", "efficaces", "berkesan", "in agriculture") or, with
//! none, whether they are all of them ("tổng số", "nombre total", "toàn tỉnh có").

use std::ops::Range;

use super::extract::{Ctx, Found, Noun, Val};
use super::patterns::{OCOP, TOTAL_AFTER};
use crate::figure_table::{AGRICULTURAL, EFFECTIVE, GROUPS, GROUP_MEMBERS, NEW, TOTAL};

/// What cooperatives a count is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qual {
    New,
    Effective,
    NotEffective,
    Agricultural,
    FarmLinked,
    ValueChain,
    HighTech,
    Dissolved,
    Other,
}

impl Ctx<'_> {
    /// What a count is a count of, and so its key.
    pub(super) fn count(&self, i: usize) -> Option<Found> {
        let n = &self.nums[i];
        if n.percent || n.value.fract() != 0.0 || n.value < 0.0 || self.is_date_or_fraction(n) {
            return None;
        }
        if Self::is_year(n) || self.is_delta(i) {
            return None;
        }
        let section = self.section(i)?;
        let (key, strong) = match n.unit.as_ref().map(|u| u.0) {
            Some(Noun::Coop) => self.coop_key(i)?,
            Some(Noun::Group) => self.group_key(i)?,
            Some(Noun::Member) => (self.member_key(i)?, false),
            Some(Noun::Product) => (self.product_key(i)?, false),
            Some(Noun::Union) => return None,
            None => self.unitless_key(i)?,
        };
        let mut found = self.found(i, section, key, Val::Count(n.value as u64));
        found.strong = strong;
        if self.is_range(i) {
            found.doubt = Some("a range, not one value".into());
        }
        Some(found)
    }

    /// What the words in `r` say of the cooperatives counted.
    fn quals(&self, r: Range<usize>) -> Vec<Qual> {
        let p = self.p;
        let lists: [(&[&str], Qual); 9] = [
            (p.new, Qual::New),
            (p.effective, Qual::Effective),
            (p.not_effective, Qual::NotEffective),
            (p.agricultural, Qual::Agricultural),
            (p.farm_linked, Qual::FarmLinked),
            (p.value_chain, Qual::ValueChain),
            (p.high_tech, Qual::HighTech),
            (p.dissolved, Qual::Dissolved),
            (p.other_state, Qual::Other),
        ];
        let mut phrases = Vec::new();
        let mut kinds = Vec::new();
        for (list, q) in lists {
            for w in list {
                phrases.push(*w);
                kinds.push(q);
            }
        }
        let mut all: Vec<(usize, usize, Qual)> = Vec::new();
        for (k, p) in phrases.iter().enumerate() {
            for s in self.f.find_all(p, r.clone()) {
                all.push((s, s + p.len(), kinds[k]));
            }
        }
        // A word inside a longer phrase says nothing of its own: "pertanian" in
        // "penggunaan produk pertanian", "hiệu quả" in "kém hiệu quả".
        let inside = |a: &(usize, usize, Qual)| {
            all.iter()
                .any(|b| b.0 <= a.0 && a.1 <= b.1 && (b.1 - b.0) > (a.1 - a.0))
        };
        let mut out: Vec<Qual> = Vec::new();
        for m in all.iter().filter(|m| !inside(m)) {
            if !out.contains(&m.2) {
                out.push(m.2);
            }
        }
        // Cooperatives in farming that sell farm products or join value chains are
        // counted as those.
        if out
            .iter()
            .any(|q| matches!(q, Qual::FarmLinked | Qual::ValueChain | Qual::HighTech))
        {
            out.retain(|q| *q != Qual::Agricultural);
        }
        // Dissolved is dissolved, whatever they were rated ("due to poor performance").
        if out.contains(&Qual::Dissolved) {
            out.retain(|q| !matches!(q, Qual::Other | Qual::NotEffective));
        }
        out
    }

    /// For an item of a list with no words of its own ("thành lập mới 50 HTX, 20 tổ
    /// hợp tác"), what the words say of the item before it.
    fn listed_after(&self, i: usize) -> Vec<Qual> {
        let n = &self.nums[i];
        let Some(j) = i.checked_sub(1) else {
            return Vec::new();
        };
        let prev = &self.nums[j];
        let own_words = self.f.words(self.lead(i));
        let conj = ["va", "and", "et", "dan"];
        let bare = own_words
            .iter()
            .all(|w| conj.contains(&self.text(w.clone())))
            && self.plain_after(i)
            && !self.text(prev.end..n.start).contains(';');
        if !bare
            || prev.unit.is_none()
            || self.seg.sentence(prev.start) != self.seg.sentence(n.start)
        {
            return Vec::new();
        }
        let quals = self.quals(self.lead(j));
        if quals.is_empty() {
            self.quals(self.after(j))
        } else {
            quals
        }
    }

    /// A count of cooperatives: which one, and whether the words leave no doubt.
    fn coop_key(&self, i: usize) -> Option<(&'static str, bool)> {
        let n = &self.nums[i];
        let after = self.after(i);
        let lead = self.lead(i);
        let mut quals = self.quals(after.clone());
        if quals.is_empty() {
            quals = self.quals(lead.clone());
        }
        if quals.is_empty() {
            quals = self.listed_after(i);
        }
        if quals.len() > 1 {
            return None;
        }
        if let Some(q) = quals.first() {
            return qual_key(*q).map(|k| (k, true));
        }
        let clause = self.seg.clause(n.start);
        let rest = n.unit.as_ref().map_or(n.end, |u| u.1.end)..clause.end;
        if self.f.has_any(OCOP, rest) {
            return Some(("cooperatives_ocop", false));
        }
        self.all_of_them(i).map(|strong| (TOTAL, strong))
    }

    /// The words after a count's noun, up to the next number or the end of its clause,
    /// say nothing more of what is counted ("đang hoạt động", "in the province").
    fn plain_after(&self, i: usize) -> bool {
        let n = &self.nums[i];
        let after = self.after(i);
        let from = n.unit.as_ref().map_or(n.end, |u| u.1.end);
        let from = from.clamp(after.start, after.end);
        self.f
            .words(from..after.end)
            .iter()
            .all(|w| self.p.neutral.contains(&self.text(w.clone())))
    }

    /// Whether a count is of all of them: Some(true) with words that say so
    /// ("tổng số", "nombre total", "in total"), Some(false) with words that only
    /// suggest it ("toàn tỉnh có", "la province compte") and nothing more said after.
    fn all_of_them(&self, i: usize) -> Option<bool> {
        let lead = self.lead(i);
        if self.f.has_any(self.p.part_of, lead.clone()) {
            return None;
        }
        if self.f.has_any(self.p.total_strong, lead.clone())
            || self.f.has_any(TOTAL_AFTER, self.after(i))
        {
            return Some(true);
        }
        (self.plain_after(i) && self.lead_ends_with(lead, self.p.total_weak)).then_some(false)
    }

    /// A count of cooperative groups.
    fn group_key(&self, i: usize) -> Option<(&'static str, bool)> {
        let mut quals = self.quals(self.after(i));
        if quals.is_empty() {
            quals = self.listed_after(i);
        }
        match quals.as_slice() {
            [] => match self.all_of_them(i) {
                Some(strong) => Some((GROUPS, strong)),
                None => self.plain_after(i).then_some((GROUPS, false)),
            },
            [Qual::New] => Some(("cooperative_groups_new", true)),
            _ => None,
        }
    }

    /// A count of members: of groups or of cooperatives, by the nearest of them before.
    fn member_key(&self, i: usize) -> Option<&'static str> {
        let n = &self.nums[i];
        let sentence = self.seg.sentence(n.start);
        let quals = self.quals(self.after(i));
        if quals.contains(&Qual::New)
            || self.quals(self.lead(i)).contains(&Qual::New)
            || !self.lead_ends_with(self.lead(i), self.p.member_lead)
        {
            return None;
        }
        // "thành viên HTX", "membres des coopératives": whose, right after.
        let unit_end = n.unit.as_ref().map_or(n.end, |u| u.1.end);
        let next = self.nouns.iter().find(|(_, r)| r.start >= unit_end);
        if let Some((k, r)) = next {
            let between = self.text(unit_end..r.start).trim();
            if ["", "cua", "of", "of the", "des", "de", "de la", "du"].contains(&between) {
                match k {
                    Noun::Group => return Some(GROUP_MEMBERS),
                    Noun::Coop => return Some("cooperative_members"),
                    _ => {}
                }
            }
        }
        self.members_of(n.start, sentence.start)
    }

    /// Whose members a count before `pos` is: of the groups or cooperatives named
    /// nearest before it in its sentence (from `from`), not of a union.
    fn members_of(&self, pos: usize, from: usize) -> Option<&'static str> {
        let owner = self
            .nouns
            .iter()
            .rev()
            .find(|(k, r)| {
                r.end <= pos
                    && r.start >= from
                    && pos - r.end < 100
                    && matches!(k, Noun::Coop | Noun::Group | Noun::Union)
            })
            .map(|(k, _)| *k)?;
        match owner {
            Noun::Group => Some(GROUP_MEMBERS),
            Noun::Coop => Some("cooperative_members"),
            _ => None,
        }
    }

    /// A count of products: OCOP products only, and not by their stars.
    fn product_key(&self, i: usize) -> Option<&'static str> {
        let clause = self.seg.clause(self.nums[i].start);
        if !self.f.has_any(OCOP, clause.clone()) {
            return None;
        }
        let stars = ["sao", "etoiles", "etoile", "bintang", "star", "stars"];
        let three_or_more = [
            "3 sao tro len",
            "3 stars or more",
            "3 stars and above",
            "3 etoiles ou plus",
            "3 etoiles et plus",
            "3 bintang atau lebih",
            "3 bintang ke atas",
        ];
        if self.f.has_any(&three_or_more, clause.clone()) {
            Some("ocop_products_3_star")
        } else {
            (!self.f.has_any(&stars, clause)).then_some("ocop_products")
        }
    }

    /// "49 cooperatives were newly founded and 12 were dissolved": after "and", a
    /// number without a noun counts what the one before it counts. None when it is not
    /// such a number; Some(None) when it is, but says nothing known of them.
    #[allow(clippy::option_option)]
    fn shared_unit(&self, i: usize) -> Option<Option<(&'static str, bool)>> {
        let prev = i.checked_sub(1).map(|j| &self.nums[j])?;
        let n = &self.nums[i];
        let same_sentence = self.seg.sentence(prev.start) == self.seg.sentence(n.start);
        let coop = prev.unit.as_ref().is_some_and(|u| u.0 == Noun::Coop);
        let and = [
            "va",
            "con",
            "and",
            "while",
            "whereas",
            "et",
            "tandis que",
            "alors que",
            "dan",
            "manakala",
            "sementara",
        ];
        if !(same_sentence && coop && self.lead_ends_with(self.lead(i), &and)) {
            return None;
        }
        Some(match self.quals(self.after(i)).as_slice() {
            [q] => qual_key(*q).map(|k| (k, true)),
            _ => None,
        })
    }

    /// A number with no noun after it, whose noun is in the words before it:
    /// "tổng số HTX toàn tỉnh là 1.059", "jumlah keseluruhan koperasi ... kepada 895".
    fn unitless_key(&self, i: usize) -> Option<(&'static str, bool)> {
        let n = &self.nums[i];
        if n.money {
            return None;
        }
        if let Some(found) = self.shared_unit(i) {
            return found;
        }
        let lead = self.lead(i);
        if self.f.has_any(self.p.part_of, lead.clone()) {
            // "trong đó 520 hoạt động hiệu quả": a part of the cooperatives named before.
            let sentence = self.seg.sentence(n.start);
            let owner = self.nouns.iter().rev().find(|(k, r)| {
                r.end <= n.start && r.start >= sentence.start && *k != Noun::Union
            })?;
            return match (owner.0, self.quals(self.after(i)).as_slice()) {
                (Noun::Coop, [q]) => qual_key(*q).map(|k| (k, true)),
                _ => None,
            };
        }
        let clause = self.seg.clause(n.start);
        let trailing = self.f.words(n.end..clause.end);
        let last = self
            .nouns
            .iter()
            .rev()
            .find(|(_, r)| r.start >= lead.start && r.end <= lead.end)?;
        // "tổng số thành viên hơn 21.000 người": members, counted in persons.
        let persons = ["nguoi", "people", "persons", "personnes", "orang"];
        if last.0 == Noun::Member
            && trailing
                .iter()
                .all(|w| persons.contains(&self.text(w.clone())))
            && (self.f.has_any(self.p.total_strong, lead.clone())
                || self.lead_ends_with(lead.clone(), self.p.member_lead))
        {
            let sentence = self.seg.sentence(n.start);
            return self
                .members_of(last.1.start, sentence.start)
                .map(|k| (k, false));
        }
        if !trailing.is_empty() {
            return None;
        }
        if last.0 != Noun::Coop || self.f.has_any(self.p.part_of, lead.clone()) {
            return None;
        }
        let quals = self.quals(lead.clone());
        match quals.as_slice() {
            [q] => qual_key(*q).map(|k| (k, true)),
            [] if self.f.has_any(self.p.total_strong, lead) => Some((TOTAL, true)),
            _ => None,
        }
    }
}

/// The key of a count of cooperatives of one kind.
fn qual_key(q: Qual) -> Option<&'static str> {
    match q {
        Qual::New => Some(NEW),
        Qual::Effective => Some(EFFECTIVE),
        Qual::Agricultural => Some(AGRICULTURAL),
        Qual::FarmLinked => Some("cooperatives_farm_products_linked"),
        Qual::ValueChain => Some("cooperatives_value_chain"),
        Qual::HighTech => Some("cooperatives_high_tech"),
        Qual::Dissolved => Some("cooperatives_dissolved"),
        Qual::NotEffective | Qual::Other => None,
    }
}
