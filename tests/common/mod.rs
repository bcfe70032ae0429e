//! Helpers shared by the integration tests: fixtures on disk and the app driven through iced's
//! simulator (which does not run `update`: messages are fed back by hand).
#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};

use iced_test::Simulator;

use passerelle::store::profiles::PROFILES_DIR;
use passerelle::ui::{self, App, Message};

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Puts a fixture file in place as the profile `id` of the data directory `data`.
pub fn place(data: &Path, id: &str, fixture_name: &str) -> PathBuf {
    let dir = data.join(PROFILES_DIR).join(id);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("profile.ron");
    std::fs::copy(fixture(fixture_name), &path).unwrap();
    path
}

/// A tall viewport, so that every element of a long screen is visible and clickable.
pub const TALL: (f32, f32) = (1280.0, 8000.0);

pub fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(ui::settings(), TALL, app.view())
}

/// Clicks the element showing `label` and feeds its messages to `update`.
pub fn click(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut sim = simulator(app);
        sim.click(label)
            .unwrap_or_else(|e| panic!("cannot click {label:?}: {e:?}"));
        sim.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} sent nothing");
    for m in messages {
        let _ = app.update(m);
    }
}

pub fn sees(app: &App, label: &str) -> bool {
    simulator(app).find(label).is_ok()
}
