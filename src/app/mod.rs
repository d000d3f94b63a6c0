//! The reader's state and behaviour: [`AppState`] holds data and selection only, [`Action`] names what a
//! user can ask for, and [`update`] applies one action to the state. Nothing here draws.

pub mod action;
pub mod layout;
pub mod state;
mod update;

pub use action::Action;
pub use state::{AppState, Overlay, Pane, Panes, ViewSettings, Walk};
pub use update::{SearchInput, go_to, keep_cursor_visible, search, search_input, update};
