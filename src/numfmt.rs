//! Numbers written for reading, in the site's language: `1,059` / `1 059` / `1.059`,
//! and money in millions and billions ("2.3 billion VND").

use crate::lang_tables;

/// How one language writes numbers, from its table (`src/lang_tables/*.yaml`).
#[derive(Debug, Clone, Copy)]
pub struct NumFormat {
    group: &'static str,
    decimal: char,
    million: (&'static str, &'static str),
    billion: (&'static str, &'static str),
}

impl NumFormat {
    /// The format for a BCP 47 tag; English for languages no table has.
    pub fn for_lang(lang: &str) -> NumFormat {
        let t = &lang_tables::for_lang(lang).table;
        let en = &lang_tables::for_lang("en").table;
        let words = |factor| {
            t.scale_words(factor)
                .or_else(|| en.scale_words(factor))
                .unwrap_or_default()
        };
        NumFormat {
            group: &t.numbers.group_out,
            decimal: t.numbers.decimal,
            million: words(1_000_000),
            billion: words(1_000_000_000),
        }
    }

    /// A whole number with group separators: 1059 → "1,059".
    pub fn int(&self, n: i128) -> String {
        self.grouped(n < 0, &n.unsigned_abs().to_string())
    }

    /// Digits with group separators, and a minus sign when `negative`.
    fn grouped(&self, negative: bool, digits: &str) -> String {
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
        if negative {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(c);
        }
        out
    }

    /// Any number: whole numbers grouped, others with up to `decimals` decimals.
    pub fn number(&self, x: f64, decimals: usize) -> String {
        // Whole numbers (most counts, every axis tick) without formatting a float,
        // which takes ten times longer.
        if x.fract() == 0.0 && x.abs() < 1e15 {
            let n = x as i64;
            return self.grouped(n < 0, &n.unsigned_abs().to_string());
        }
        let fixed = format!("{:.*}", decimals, x);
        let (int_part, frac) = match fixed.split_once('.') {
            Some((i, f)) => (i, f.trim_end_matches('0')),
            None => (fixed.as_str(), ""),
        };
        let digits = int_part.trim_start_matches('-');
        let negative = int_part.starts_with('-') && (digits != "0" || !frac.is_empty());
        let mut out = self.grouped(negative, digits);
        if !frac.is_empty() {
            out.push(self.decimal);
            out.push_str(frac);
        }
        out
    }

    /// Money for reading, in millions or billions with the decimals the amount needs
    /// (at most 3): "2.295 billion VND", "1.58 billion VND", "850 million VND".
    pub fn money_short(&self, amount: f64, currency: &str) -> String {
        let abs = amount.abs();
        let (scaled, word) = if abs >= 1e9 {
            (amount / 1e9, self.billion)
        } else if abs >= 1e6 {
            (amount / 1e6, self.million)
        } else {
            return format!("{} {currency}", self.number(amount, 0));
        };
        let shown = self.number(scaled, decimals_needed(scaled, 3));
        let word = if scaled.abs() < 2.0 { word.0 } else { word.1 };
        format!("{shown} {word} {currency}")
    }

    /// Money to the last unit: "2,295,000,000 VND".
    pub fn money_exact(&self, amount: f64, currency: &str) -> String {
        format!("{} {currency}", self.number(amount, 2))
    }
}

/// The fewest decimals (up to `max`) that show `x` exactly.
fn decimals_needed(x: f64, max: usize) -> usize {
    (0..max)
        .find(|&d| {
            let scaled = x * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.abs().max(1.0)
        })
        .unwrap_or(max)
}

/// Digits only, no grouping, no needless decimals: 2295000000, 58.1.
pub fn plain_number(x: f64) -> String {
    let mut out = String::new();
    push_plain_number(&mut out, x);
    out
}

/// [`plain_number`], added to `out` (no string of its own: the near-number search
/// writes thousands).
pub fn push_plain_number(out: &mut String, x: f64) {
    use std::fmt::Write as _;
    let _ = if x.fract() == 0.0 && x.abs() < 1e15 {
        write!(out, "{}", x as i64)
    } else {
        write!(out, "{x}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_language() {
        assert_eq!(NumFormat::for_lang("en").int(1059), "1,059");
        assert_eq!(NumFormat::for_lang("fr").int(1059), "1\u{202f}059");
        assert_eq!(NumFormat::for_lang("vi").int(1059), "1.059");
        assert_eq!(NumFormat::for_lang("ms").int(1_000_000), "1,000,000");
        assert_eq!(NumFormat::for_lang("en").int(0), "0");
        assert_eq!(NumFormat::for_lang("en").int(-1234), "-1,234");
        assert_eq!(NumFormat::for_lang("de").int(999), "999");
    }

    #[test]
    fn numbers_keep_needed_decimals() {
        let en = NumFormat::for_lang("en");
        assert_eq!(en.number(58.1, 2), "58.1");
        assert_eq!(en.number(1234.5, 2), "1,234.5");
        assert_eq!(en.number(7.0, 2), "7");
        assert!(en.number(1e40, 0).starts_with("10,000,000,000,000,000,"));
        assert_eq!(en.number(-0.0001, 2), "0");
        assert_eq!(NumFormat::for_lang("fr").number(69.8, 2), "69,8");
    }

    #[test]
    fn money_reads_in_millions_and_billions() {
        let en = NumFormat::for_lang("en");
        assert_eq!(en.money_short(2_295_000_000.0, "VND"), "2.295 billion VND");
        assert_eq!(en.money_short(1_580_000_000.0, "VND"), "1.58 billion VND");
        assert_eq!(en.money_short(4_670_000.0, "VND"), "4.67 million VND");
        assert_eq!(en.money_short(123_456_789.0, "VND"), "123.457 million VND");
        assert_eq!(en.money_short(850_000_000.0, "VND"), "850 million VND");
        assert_eq!(en.money_short(67_200_000.0, "VND"), "67.2 million VND");
        assert_eq!(en.money_short(950_000.0, "VND"), "950,000 VND");
        assert_eq!(en.money_short(1e12, "VND"), "1,000 billion VND");
        assert_eq!(en.money_exact(2_295_000_000.0, "VND"), "2,295,000,000 VND");
        let fr = NumFormat::for_lang("fr");
        assert_eq!(fr.money_short(2_300_000_000.0, "VND"), "2,3 milliards VND");
        assert_eq!(fr.money_short(1_000_000.0, "VND"), "1 million VND");
        assert_eq!(
            NumFormat::for_lang("vi").money_short(850e6, "VND"),
            "850 triệu VND"
        );
    }
}
