//! Passerelle's window: the iced screens. Everything they show is decided by the core
//! (`passerelle_core`, re-exported here so that `passerelle::resolver`, `passerelle::pack`… name
//! the same things for the binary and the tests); this crate only maps messages to core calls
//! and draws; `voice` hands what the screens say to the platform's speech service.

pub use passerelle_core::*;

pub mod ui;
pub mod voice;
