//! Everything a user can ask the reader to do. Each variant's doc line is what the help screen shows, and its
//! snake_case name is what the config file binds keys to (`[keys] next_passage = ["j", "down"]`).

use serde::{Deserialize, Serialize};

/// Declares [`Action`] once: the variants, their config names and their doc lines stay in one place.
macro_rules! actions {
    ($( $(#[doc = $doc:literal])+ $variant:ident => $name:literal, )+) => {
        /// A bindable reader command.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Action {
            $( $(#[doc = $doc])+ $variant, )+
        }

        impl Action {
            /// Every action, in help-screen order.
            pub const ALL: &'static [Action] = &[$(Action::$variant),+];

            /// The action's name in the config file.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name,)+ }
            }

            /// One line saying what the action does (its doc comment).
            pub fn doc(self) -> &'static str {
                match self { $(Action::$variant => concat!($($doc),+).trim_ascii(),)+ }
            }

            /// The action a config name stands for.
            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$variant),)+ _ => None }
            }
        }
    };
}

actions! {
    /// Move to the next passage (or the next row in a list)
    NextPassage => "next_passage",
    /// Move to the previous passage (or the previous row in a list)
    PrevPassage => "prev_passage",
    /// Scroll down one page
    PageDown => "page_down",
    /// Scroll up one page
    PageUp => "page_up",
    /// Scroll down half a page
    HalfPageDown => "half_page_down",
    /// Scroll up half a page
    HalfPageUp => "half_page_up",
    /// Go to the first passage or row
    First => "first",
    /// Go to the last passage or row
    Last => "last",
    /// Move focus to the next pane
    FocusNext => "focus_next",
    /// Move focus to the previous pane
    FocusPrev => "focus_prev",
    /// Move focus to the pane on the left
    FocusLeft => "focus_left",
    /// Move focus to the pane on the right
    FocusRight => "focus_right",
    /// Open the selected source, entity or related passage
    Open => "open",
    /// Jump to the next passage in another source that reports the same fact
    NextRelated => "next_related",
    /// Jump to the previous passage in another source that reports the same fact
    PrevRelated => "prev_related",
    /// Go back along the jump history
    Back => "back",
    /// Compare the current passage with its counterparts side by side
    Compare => "compare",
    /// Show the fact map: facts by sources, what each source adds and omits
    FactMap => "fact_map",
    /// Search the story's text
    Search => "search",
    /// Go to the next search hit or entity mention
    NextMatch => "next_match",
    /// Go to the previous search hit or entity mention
    PrevMatch => "prev_match",
    /// Show or hide the source list
    ToggleSources => "toggle_sources",
    /// Show or hide the entity sidebar
    ToggleEntities => "toggle_entities",
    /// Show or hide the related-passages panel
    ToggleRelated => "toggle_related",
    /// Show the help screen with the live key bindings
    Help => "help",
    /// Close the open overlay, or clear the search
    Close => "close",
    /// Quit Parallax
    Quit => "quit",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for &action in Action::ALL {
            assert_eq!(Action::from_name(action.name()), Some(action));
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(json, format!("\"{}\"", action.name()));
            assert!(!action.doc().is_empty() && !action.doc().starts_with(' '));
        }
        assert_eq!(Action::from_name("no_such_action"), None);
    }
}
