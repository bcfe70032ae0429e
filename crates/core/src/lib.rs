//! Passerelle's core: the rule pack, the resolver, deadlines and scenarios. No GUI here: every
//! screen only displays what this core decides.

pub mod answer;
pub mod deadlines;
pub mod facts;
pub mod fonts;
pub mod i18n;
pub mod kiosk;
pub mod labels;
pub mod letters;
pub mod pack;
pub mod pdf;
pub mod places;
pub mod profile;
pub mod qr;
pub mod resolver;
pub mod scenario;
pub mod settings;
pub mod speech;
pub mod store;
pub mod system;
pub mod text;
pub mod wizard;

pub use facts::Facts;
pub use pack::RulePack;
pub use resolver::{resolve, Outcome, Resolution};
