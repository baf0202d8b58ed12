//! How a language writes a day for people to read (`date` section: "3 janvier 2025",
//! "3 tháng 1 năm 2025"), and the words around a place's name that do not change
//! which place it is (`place_name` section: "tỉnh", "province of"). Kept as written.

use serde::Deserialize;

/// A day as pages write it.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DateWords {
    /// The twelve months as written in a day, January first ("janvier", "tháng 1").
    pub months: Vec<String>,
    /// A day: `{day}`, `{month}` (a name of `months`) and `{year}` put in.
    pub day: String,
    /// The first day of a month, when it is written otherwise ("1er {month} {year}").
    pub first_day: String,
}

impl DateWords {
    pub(super) fn checked(self) -> Result<DateWords, String> {
        if !self.months.is_empty() && self.months.len() != 12 {
            return Err(format!(
                "date.months names {} months; it needs twelve, January first",
                self.months.len()
            ));
        }
        Ok(self)
    }
}

/// Words written before or after a place's name that do not change which place it
/// is ("Tỉnh Đắk Lắk", "Dak Lak province", "Ho Chi Minh City").
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PlaceNameWords {
    pub before: Vec<String>,
    pub after: Vec<String>,
}
