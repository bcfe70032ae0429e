//! The kiosk's inactivity rule, as a pure clock-driven state machine: after `timeout` without
//! activity a countdown of `GRACE` starts; at its end the session is erased. The clock is
//! injected (ticks carry the time), so tests never sleep.

use std::time::{Duration, Instant};

/// The countdown shown before erasing, so that a person still there can keep their session.
pub const GRACE: Duration = Duration::from_secs(30);
/// Default inactivity before the countdown.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(180);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// The countdown is running: whole seconds left before erasing.
    Countdown(u64),
    /// Time is up: erase now.
    Expired,
}

#[derive(Debug, Clone)]
pub struct Inactivity {
    timeout: Duration,
    /// The latest time the clock told us.
    clock: Instant,
    last_activity: Instant,
}

impl Inactivity {
    pub fn new(timeout: Duration, now: Instant) -> Inactivity {
        Inactivity {
            timeout,
            clock: now,
            last_activity: now,
        }
    }

    /// Someone touched the screen or the keyboard (at the latest known time).
    pub fn activity(&mut self) {
        self.last_activity = self.clock;
    }

    /// The clock moved on; where the session stands now.
    pub fn tick(&mut self, now: Instant) -> Idle {
        self.clock = self.clock.max(now);
        self.state()
    }

    pub fn state(&self) -> Idle {
        let idle = self.clock.saturating_duration_since(self.last_activity);
        if idle < self.timeout {
            Idle::Active
        } else if idle < self.timeout + GRACE {
            let left = (self.timeout + GRACE - idle).as_secs_f64().ceil() as u64;
            Idle::Countdown(left)
        } else {
            Idle::Expired
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_then_expiry_and_activity_resets() {
        let t0 = Instant::now();
        let s = |n: u64| t0 + Duration::from_secs(n);
        let mut i = Inactivity::new(Duration::from_secs(180), t0);
        assert_eq!(i.tick(s(179)), Idle::Active);
        assert_eq!(i.tick(s(180)), Idle::Countdown(30));
        assert_eq!(i.tick(s(195)), Idle::Countdown(15));
        i.activity();
        assert_eq!(i.state(), Idle::Active);
        assert_eq!(i.tick(s(195 + 179)), Idle::Active);
        assert_eq!(i.tick(s(195 + 209)), Idle::Countdown(1));
        assert_eq!(i.tick(s(195 + 210)), Idle::Expired);
        // A clock that goes backwards does not revive the session.
        assert_eq!(i.tick(s(10)), Idle::Expired);
    }
}
