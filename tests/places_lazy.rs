//! The communes are not read before the first frame, nor on the window's thread: the first
//! keystroke asks for them, a thread reads them, and the list follows. Alone in its binary, so
//! that no other test has read them first.

mod common;

use std::sync::Arc;

use chrono::NaiveDate;

use passerelle::pack::RulePack;
use passerelle::places::Places;
use passerelle::ui::wizard::Message as W;
use passerelle::ui::{App, Message};

#[test]
fn the_communes_are_read_on_the_first_keystroke_off_the_window_thread() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let mut a = App::new(RulePack::bundled().map(Arc::new), today);
    assert!(common::sees(&a, "Où habitez-vous ?"));
    assert!(
        !Places::shared_is_loaded(),
        "read before the first keystroke"
    );
    let read = a.update(Message::Wizard(W::Search("massy".into())));
    assert!(
        !Places::shared_is_loaded(),
        "a keystroke read the communes on the window's thread"
    );
    assert!(common::sees(&a, "Recherche dans la liste des communes…"));
    // The task the keystroke returned: read on a thread, then deliver.
    common::settle(&mut a, read);
    assert!(Places::shared_is_loaded());
    assert!(common::sees(&a, "1. Massy (91)"));
    assert!(!common::sees(&a, "Recherche dans la liste des communes…"));
}
