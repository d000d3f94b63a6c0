//! The reader's state and behaviour: [`AppState`] holds data and selection only, [`Action`] names what a
//! user can ask for, and [`update`] applies one action to the state. Nothing here draws.

pub mod action;

pub use action::Action;
