//! Deadline arithmetic: pure functions over chrono dates.
//!
//! The rule pack says *which* offsets apply (120 and 60 days, four months…) and cites why; this
//! module only computes, and holds no delay of its own. Month arithmetic follows the French way
//! of counting a délai in months: the same day number of the target month, or its last day when
//! that month is shorter (31 October + 4 months = 28 or 29 February).

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// A signed distance in days or calendar months, as written in the rule pack:
/// `Days(-120)`, `Months(4)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Offset {
    Days(i32),
    Months(i32),
}

impl Offset {
    /// `date` moved by this offset, or `None` past chrono's calendar range.
    pub fn apply(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Offset::Days(n) if n >= 0 => date.checked_add_days(Days::new(n as u64)),
            Offset::Days(n) => date.checked_sub_days(Days::new(n.unsigned_abs() as u64)),
            Offset::Months(n) if n >= 0 => date.checked_add_months(Months::new(n as u32)),
            Offset::Months(n) => date.checked_sub_months(Months::new(n.unsigned_abs())),
        }
    }
}

/// The dates between which a request may be filed, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Window {
    pub opens: NaiveDate,
    pub closes: NaiveDate,
}

/// Where `today` stands relative to a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum WindowStatus {
    /// Opens in `days` days.
    NotYetOpen { days: i64 },
    /// Open, `days_left` days until it closes (0 = closes today), more than two weeks away.
    Open { days_left: i64 },
    /// Open and closing within 14 days.
    ClosingSoon { days_left: i64 },
    /// Closed `days` days ago.
    Passed { days: i64 },
}

/// How many days before the close a window counts as closing soon.
pub const CLOSING_SOON_DAYS: i64 = 14;

impl Window {
    pub fn from_offsets(base: NaiveDate, opens: Offset, closes: Offset) -> Option<Window> {
        Some(Window {
            opens: opens.apply(base)?,
            closes: closes.apply(base)?,
        })
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.opens <= date && date <= self.closes
    }

    pub fn status(&self, today: NaiveDate) -> WindowStatus {
        if today < self.opens {
            WindowStatus::NotYetOpen {
                days: (self.opens - today).num_days(),
            }
        } else if today > self.closes {
            WindowStatus::Passed {
                days: (today - self.closes).num_days(),
            }
        } else {
            let days_left = (self.closes - today).num_days();
            if days_left <= CLOSING_SOON_DAYS {
                WindowStatus::ClosingSoon { days_left }
            } else {
                WindowStatus::Open { days_left }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // The offsets below are those of the rule pack's rules (national/deadlines.ron), written
    // here only to test the calendar arithmetic: the law itself is read from the pack.
    fn anef_renewal_window(expiry: NaiveDate) -> Option<Window> {
        Window::from_offsets(expiry, Offset::Days(-120), Offset::Days(-60))
    }

    fn two_months_before_expiry(expiry: NaiveDate) -> Option<Window> {
        Window::from_offsets(expiry, Offset::Months(-2), Offset::Days(0))
    }

    fn implicit_rejection(filed_on: NaiveDate, student: bool) -> Option<NaiveDate> {
        if student {
            Offset::Days(90).apply(filed_on)
        } else {
            Offset::Months(4).apply(filed_on)
        }
    }

    #[test]
    fn seed3_example_is_inside_the_anef_window() {
        // SEED-3: a title valid until 09/01/2025, renewal filed on 04/11/2024, "plus de 60 jours
        // avant la fin de validité".
        let w = anef_renewal_window(d(2025, 1, 9)).unwrap();
        assert_eq!(w.opens, d(2024, 9, 11));
        assert_eq!(w.closes, d(2024, 11, 10));
        assert!(w.contains(d(2024, 11, 4)));
        assert!(!w.contains(d(2024, 11, 11)));
    }

    #[test]
    fn month_ends_clamp() {
        assert_eq!(
            implicit_rejection(d(2025, 10, 31), false),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            implicit_rejection(d(2023, 10, 31), false),
            Some(d(2024, 2, 29))
        );
        assert_eq!(implicit_rejection(d(2026, 1, 1), true), Some(d(2026, 4, 1)));
        let w = two_months_before_expiry(d(2026, 4, 30)).unwrap();
        assert_eq!(w.opens, d(2026, 2, 28));
        assert_eq!(w.closes, d(2026, 4, 30));
    }

    #[test]
    fn window_status_counts_days_from_today() {
        let w = Window {
            opens: d(2026, 3, 1),
            closes: d(2026, 4, 30),
        };
        assert_eq!(
            w.status(d(2026, 2, 27)),
            WindowStatus::NotYetOpen { days: 2 }
        );
        assert_eq!(
            w.status(d(2026, 3, 1)),
            WindowStatus::Open { days_left: 60 }
        );
        assert_eq!(
            w.status(d(2026, 4, 16)),
            WindowStatus::ClosingSoon { days_left: 14 }
        );
        assert_eq!(
            w.status(d(2026, 4, 30)),
            WindowStatus::ClosingSoon { days_left: 0 }
        );
        assert_eq!(w.status(d(2026, 5, 1)), WindowStatus::Passed { days: 1 });
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        // 1990-01-01 .. 2100-12-31, every day of the calendar, leap days included.
        (0u64..40_541).prop_map(|n| d(1990, 1, 1).checked_add_days(Days::new(n)).unwrap())
    }

    proptest! {
        #[test]
        fn anef_window_is_sixty_one_days_ending_sixty_days_before_expiry(expiry in any_date()) {
            let w = anef_renewal_window(expiry).unwrap();
            prop_assert_eq!((w.closes - w.opens).num_days(), 60);
            prop_assert_eq!((expiry - w.closes).num_days(), 60);
            prop_assert_eq!((expiry - w.opens).num_days(), 120);
        }

        #[test]
        fn two_month_window_ends_on_expiry_and_spans_59_to_62_days(expiry in any_date()) {
            let w = two_months_before_expiry(expiry).unwrap();
            prop_assert_eq!(w.closes, expiry);
            let span = (w.closes - w.opens).num_days();
            prop_assert!((59..=62).contains(&span), "span {}", span);
            prop_assert!(w.opens.day() <= expiry.day());
        }

        #[test]
        fn months_keep_the_day_or_clamp_to_month_end(start in any_date(), months in 1i32..=12) {
            let end = Offset::Months(months).apply(start).unwrap();
            let months_apart = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32;
            prop_assert_eq!(months_apart, months);
            if end.day() != start.day() {
                // Clamped: the start day does not exist in the target month, so we are on its last day.
                prop_assert!(end.day() < start.day());
                prop_assert_eq!(end.succ_opt().unwrap().day(), 1);
            }
        }

        #[test]
        fn implicit_rejection_is_after_filing_and_students_never_wait_longer(filed in any_date()) {
            let general = implicit_rejection(filed, false).unwrap();
            let student = implicit_rejection(filed, true).unwrap();
            prop_assert!(general > filed);
            prop_assert_eq!((student - filed).num_days(), 90);
            // Four calendar months are 120 to 123 days; 90 days are always shorter.
            let days = (general - filed).num_days();
            prop_assert!((119..=123).contains(&days), "days {}", days);
            prop_assert!(student < general);
        }

        #[test]
        fn status_agrees_with_contains(expiry in any_date(), delta in -200i64..200) {
            let w = anef_renewal_window(expiry).unwrap();
            let today = if delta >= 0 { expiry + Days::new(delta as u64) } else { expiry - Days::new((-delta) as u64) };
            let open = matches!(w.status(today), WindowStatus::Open { .. } | WindowStatus::ClosingSoon { .. });
            prop_assert_eq!(open, w.contains(today));
        }

        #[test]
        fn three_month_deadlines_are_89_to_92_days(event in any_date()) {
            let end = Offset::Months(3).apply(event).unwrap();
            let days = (end - event).num_days();
            prop_assert!((89..=92).contains(&days), "days {}", days);
        }
    }
}
