//! What a number in a report counts or measures, in types: the language tables name
//! the words of each meaning, the reader finds them around a number, and the figure
//! table says which meaning each built-in figure has. A leaf module.

use serde::{Deserialize, Serialize};

/// What a number counts or measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Cooperatives,
    /// Unions of cooperatives (liên hiệp HTX): not cooperatives.
    Federations,
    /// Tổ hợp tác: not cooperatives.
    CooperativeGroups,
    Members,
    Workers,
    Revenue,
    Profit,
    Income,
    Capital,
}

impl Measure {
    /// In words, for messages: "cooperative groups", "revenue".
    pub fn words(self) -> &'static str {
        match self {
            Measure::Cooperatives => "cooperatives",
            Measure::Federations => "unions of cooperatives",
            Measure::CooperativeGroups => "cooperative groups",
            Measure::Members => "members",
            Measure::Workers => "workers",
            Measure::Revenue => "revenue",
            Measure::Profit => "profit",
            Measure::Income => "income",
            Measure::Capital => "capital",
        }
    }

    /// Reported for a year when no period is named: a cooperative's revenue and
    /// profit ("doanh thu bình quân 2,1 tỷ" is a year's).
    pub fn yearly(self) -> bool {
        matches!(self, Measure::Revenue | Measure::Profit)
    }

    /// Money, not a count of things.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Measure::Revenue | Measure::Profit | Measure::Income | Measure::Capital
        )
    }
}

/// Which of the things counted: new, dissolved, effective, agricultural...
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    New,
    Dissolved,
    Effective,
    Ineffective,
    Agricultural,
    /// Outside agriculture ("phi nông nghiệp", "non-agricultural"): not agricultural.
    NonAgricultural,
    /// Stopped or suspended.
    Inactive,
    /// Of one sector the text names that is no kind of the table's ("HTX lĩnh vực
    /// vận tải", "cooperatives in the transport sector"): a part of all of them.
    Sector,
    /// Converted to (re-registered under) a later cooperative law ("33 HTX đã chuyển
    /// đổi theo Luật HTX 2012", "81 of which have registered for operation under the
    /// Cooperative Law 2012"): a part of all of them, not their total.
    Converted,
    /// Not yet converted ("19 HTX chưa chuyển đổi theo Luật HTX năm 2012"): a part.
    NotConverted,
}

impl Qualifier {
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::New => "new",
            Qualifier::Dissolved => "dissolved",
            Qualifier::Effective => "effective",
            Qualifier::Ineffective => "ineffective",
            Qualifier::Agricultural => "agricultural",
            Qualifier::NonAgricultural => "non-agricultural",
            Qualifier::Inactive => "inactive",
            Qualifier::Sector => "one sector's",
            Qualifier::Converted => "converted",
            Qualifier::NotConverted => "not yet converted",
        }
    }

    /// Agricultural or not: the two kinds that make up all cooperatives.
    pub fn is_farming(self) -> bool {
        matches!(self, Qualifier::Agricultural | Qualifier::NonAgricultural)
    }
}

/// What an amount is counted over: "/HTX", "/người", "per member".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerUnit {
    Cooperative,
    Person,
    Member,
}

/// A built-in figure's meaning: what it counts or measures, which of them, and for
/// money, over what it is averaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Meaning {
    pub measure: Measure,
    pub qualifier: Option<Qualifier>,
    /// Money averaged over each of these (`avg_revenue_per_cooperative`).
    pub per_unit: Option<PerUnit>,
}

impl Meaning {
    /// In words, for messages: "the number of new cooperatives", "the total",
    /// "the average revenue per cooperative".
    pub fn describe(&self) -> String {
        let m = self.measure.words();
        match (self.measure.is_money(), self.qualifier, self.per_unit) {
            (false, None, _) if self.measure == Measure::Cooperatives => {
                "the total of cooperatives".to_string()
            }
            (false, None, _) => format!("the number of {m}"),
            (false, Some(q), _) => format!("the number of {} {m}", q.words()),
            (true, _, Some(u)) => format!("the average {m} per {}", unit_words(u)),
            (true, _, None) => format!("the {m}"),
        }
    }
}

fn unit_words(u: PerUnit) -> &'static str {
    match u {
        PerUnit::Cooperative => "cooperative",
        PerUnit::Person => "person",
        PerUnit::Member => "member",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meanings_in_words() {
        let m = |measure, qualifier, per_unit| Meaning {
            measure,
            qualifier,
            per_unit,
        };
        assert_eq!(
            m(Measure::Cooperatives, None, None).describe(),
            "the total of cooperatives"
        );
        assert_eq!(
            m(Measure::Cooperatives, Some(Qualifier::New), None).describe(),
            "the number of new cooperatives"
        );
        assert_eq!(
            m(Measure::Revenue, None, Some(PerUnit::Cooperative)).describe(),
            "the average revenue per cooperative"
        );
        assert_eq!(m(Measure::Profit, None, None).describe(), "the profit");
    }
}
