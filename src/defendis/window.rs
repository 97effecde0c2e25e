//! Closed-open date windows (`fromDate` inclusive, `toDate` exclusive).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A date window `[from, to)`: `from` inclusive, `to` exclusive, as Defendis
/// documents for `fromDate`/`toDate`. `from < to` is checked when the window
/// is made, so an empty or inverted window never reaches the service.
///
/// ```
/// use chrono::NaiveDate;
/// use secops::defendis::DateWindow;
/// let w = DateWindow::parse("2024-01-01", "2024-02-01")?;
/// assert_eq!(w.days(), 31);
/// assert!(w.contains(NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()));
/// assert!(!w.contains(NaiveDate::from_ymd_opt(2024, 2, 1).unwrap()));
/// assert!(DateWindow::parse("2024-02-01", "2024-02-01").is_err());
/// # Ok::<(), secops::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawWindow")]
pub struct DateWindow {
    from: NaiveDate,
    to: NaiveDate,
}

/// A window as stored, checked on the way in.
#[derive(Deserialize)]
struct RawWindow {
    from: NaiveDate,
    to: NaiveDate,
}

impl TryFrom<RawWindow> for DateWindow {
    type Error = Error;
    fn try_from(w: RawWindow) -> Result<Self> {
        DateWindow::new(w.from, w.to)
    }
}

impl DateWindow {
    /// The window `[from, to)`; `from >= to` is an [`Error::InvalidInput`].
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Self> {
        check_order(Some(from), Some(to))?;
        Ok(DateWindow { from, to })
    }

    /// Parses two `YYYY-MM-DD` dates.
    pub fn parse(from: &str, to: &str) -> Result<Self> {
        DateWindow::new(parse_date("from", from)?, parse_date("to", to)?)
    }

    /// The `days` days ending before `to` (`[to - days, to)`).
    pub fn days_before(to: NaiveDate, days: u32) -> Result<Self> {
        let from = to
            .checked_sub_days(chrono::Days::new(u64::from(days)))
            .ok_or_else(|| Error::invalid_input("the window starts before the calendar does"))?;
        DateWindow::new(from, to)
    }

    /// The first day (inclusive).
    pub fn from(&self) -> NaiveDate {
        self.from
    }

    /// The day after the last (exclusive).
    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// The number of days in the window.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days()
    }

    /// Whether `day` is in the window.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day < self.to
    }

    /// Splits the window into consecutive windows of at most `days` days
    /// (narrow windows for high-volume pulls, as the vendor recommends).
    pub fn split(&self, days: u32) -> Result<Vec<DateWindow>> {
        if days == 0 {
            return Err(Error::invalid_input(
                "split a window into chunks of at least 1 day",
            ));
        }
        let mut out = Vec::new();
        let mut from = self.from;
        while from < self.to {
            let to = from
                .checked_add_days(chrono::Days::new(u64::from(days)))
                .map_or(self.to, |d| d.min(self.to));
            out.push(DateWindow { from, to });
            from = to;
        }
        Ok(out)
    }
}

impl fmt::Display for DateWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {})", self.from, self.to)
    }
}

/// Parses a `YYYY-MM-DD` date; `what` names it in the error.
pub(crate) fn parse_date(what: &str, s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid_input(format!(
            "Defendis: the {what} date {s:?} is not a date in the form YYYY-MM-DD"
        ))
    })
}

/// The closed-open rule: when both ends are given, `from < to`.
pub(crate) fn check_order(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<()> {
    if let (Some(f), Some(t)) = (from, to) {
        if f >= t {
            return Err(Error::invalid_input(format!(
                "Defendis: the date window is empty or inverted (fromDate {f} must be before toDate {t}; toDate is exclusive)"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn order_and_parse_errors() {
        for (f, t) in [("2024-03-02", "2024-03-01"), ("2024-03-01", "2024-03-01")] {
            let e = DateWindow::parse(f, t).unwrap_err();
            assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
            assert!(e.to_string().contains("exclusive"), "{e}");
        }
        let e = DateWindow::parse("2024-13-01", "2024-12-01").unwrap_err();
        assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
        assert!(DateWindow::parse("01/02/2024", "2024-12-01").is_err());
        let w: DateWindow =
            serde_json::from_str(r#"{"from":"2024-01-01","to":"2024-02-01"}"#).unwrap();
        assert_eq!(w.days(), 31);
        assert_eq!(serde_json::to_value(w).unwrap()["to"], "2024-02-01");
        let e = serde_json::from_str::<DateWindow>(r#"{"from":"2024-02-01","to":"2024-01-01"}"#);
        assert!(e.unwrap_err().to_string().contains("exclusive"));
    }

    #[test]
    fn split_covers_the_window_exactly() {
        let w = DateWindow::new(d("2024-01-01"), d("2024-01-11")).unwrap();
        let parts = w.split(3).unwrap();
        assert_eq!(parts.len(), 4);
        assert_eq!(parts[0].from(), w.from());
        assert_eq!(parts[3].to(), w.to());
        for pair in parts.windows(2) {
            assert_eq!(pair[0].to(), pair[1].from());
        }
        assert_eq!(parts.iter().map(DateWindow::days).sum::<i64>(), 10);
        assert!(w.split(0).is_err());
        let w = DateWindow::days_before(d("2024-01-11"), 10).unwrap();
        assert_eq!(w.from(), d("2024-01-01"));
    }
}
