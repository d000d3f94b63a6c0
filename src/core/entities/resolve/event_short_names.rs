//! An event is written in full once and by its last word after ("Hurricane Delia" … "Delia weakened",
//! "Operation Tervik" … "Tervik"): the last word alone, when the recognizer could only guess its type,
//! names the one event of the story that ends in it.

use super::{Item, word_count};
use crate::core::entities::{Confidence, EntityType};
use foldhash::HashMap;
use std::borrow::Cow;

/// Gives a guessed one-word name the key and type of the one event of the story whose name ends in it.
pub(super) fn link_event_short_names(items: &mut [Item<'_>]) {
    // Last word → the event names ending in it (`None` once two differ).
    let mut events: HashMap<String, Option<String>> = HashMap::default();
    for item in items.iter().filter(|item| item.kind == EntityType::Event && word_count(&item.key) >= 2) {
        let Some(last) = item.key.split_whitespace().last() else { continue };
        let entry = events.entry(last.to_owned()).or_insert_with(|| Some(item.key.to_string()));
        if entry.as_deref().is_some_and(|name| name != item.key) {
            *entry = None;
        }
    }
    if events.is_empty() {
        return;
    }
    for item in items.iter_mut() {
        let guessed = matches!(item.kind, EntityType::Person | EntityType::Org) && item.confidence < Confidence::Known;
        if !guessed || word_count(&item.key) != 1 {
            continue;
        }
        if let Some(Some(event)) = events.get(item.key.as_ref()) {
            item.key = Cow::Owned(event.clone());
            item.kind = EntityType::Event;
        }
    }
}
