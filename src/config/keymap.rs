//! The key map: which key sequences trigger which [`Action`], and how the event loop turns key events
//! into actions, one key at a time.
//!
//! A binding is one key (`j`, `ctrl-d`) or a short sequence (`g g`). No key sequence may be bound to two
//! actions, and none may be the start of another (`g` and `g g`): the reader would not know whether to act
//! or to wait. The keys typed so far of an unfinished sequence live in [`PendingKeys`], held by the caller;
//! [`Keymap::lookup`] is a pure function over them.

use super::keys::{KeyChord, KeySequence};
use crate::app::Action;
use crossterm::event::{KeyEvent, KeyEventKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// What one more key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOutcome {
    /// The keys complete a binding.
    Action(Action),
    /// The keys start one or more bindings: wait for the next key.
    Pending,
    /// No binding starts with these keys.
    Unbound,
}

/// The keys of a sequence typed so far (empty when none is under way). The event loop keeps one and may
/// show it in the status bar (its `Display` is `g`, `ctrl-w` …).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PendingKeys(Vec<KeyChord>);

impl PendingKeys {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn chords(&self) -> &[KeyChord] {
        &self.0
    }
}

impl fmt::Display for PendingKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        KeySequence::from(self.0.clone()).fmt(f)
    }
}

/// Two bindings that cannot both hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyConflict {
    /// The key sequence bound to `first` (the shorter one for a prefix conflict).
    pub key: String,
    pub first: Action,
    pub second: Action,
    /// For a prefix conflict: the longer sequence, bound to `second`, that starts with `key`.
    pub longer: Option<String>,
}

impl fmt::Display for KeyConflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (key, first, second) = (&self.key, self.first.name(), self.second.name());
        match &self.longer {
            None => write!(f, "key `{key}` is bound to both `{first}` and `{second}`"),
            Some(longer) => write!(
                f,
                "key `{key}` of `{first}` is the start of `{longer}` of `{second}`; \
                 a key cannot both act and start a sequence"
            ),
        }
    }
}

/// Key sequences and the actions they trigger.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    actions: HashMap<KeySequence, Action>,
    /// Every proper start of a bound sequence (`g` of `g g`).
    prefixes: HashSet<KeySequence>,
    /// Each action's sequences, in the order the config gives them.
    sequences: BTreeMap<Action, Vec<KeySequence>>,
}

impl Keymap {
    /// A key map from each action's key sequences. Actions that are absent or have no sequence are
    /// unbound; a sequence listed twice for one action counts once.
    pub fn new(bindings: impl IntoIterator<Item = (Action, Vec<KeySequence>)>) -> Result<Self, KeyConflict> {
        let mut sequences: BTreeMap<Action, Vec<KeySequence>> = BTreeMap::new();
        for (action, keys) in bindings {
            let list = sequences.entry(action).or_default();
            for key in keys {
                if !list.contains(&key) {
                    list.push(key);
                }
            }
        }
        let mut actions = HashMap::new();
        // Action order (not hash order) decides which conflict is reported first.
        for (&action, keys) in &sequences {
            for key in keys {
                if let Some(&other) = actions.get(key) {
                    return Err(KeyConflict { key: key.to_string(), first: other, second: action, longer: None });
                }
                actions.insert(key.clone(), action);
            }
        }
        let mut prefixes = HashSet::new();
        for (&second, keys) in &sequences {
            for long in keys {
                for length in 1..long.chords().len() {
                    let short = KeySequence::from(long.chords()[..length].to_vec());
                    if let Some(&first) = actions.get(&short) {
                        let (key, longer) = (short.to_string(), Some(long.to_string()));
                        return Err(KeyConflict { key, first, second, longer });
                    }
                    prefixes.insert(short);
                }
            }
        }
        Ok(Self { actions, prefixes, sequences })
    }

    /// What the keys typed so far mean. Pure: the caller keeps the keys.
    pub fn lookup(&self, keys: &[KeyChord]) -> KeyOutcome {
        if keys.is_empty() {
            return KeyOutcome::Unbound;
        }
        let typed = KeySequence::from(keys.to_vec());
        if let Some(&action) = self.actions.get(&typed) {
            return KeyOutcome::Action(action);
        }
        if self.prefixes.contains(&typed) { KeyOutcome::Pending } else { KeyOutcome::Unbound }
    }

    /// Feeds one key event: adds it to `pending` and says what the keys mean. `pending` is emptied when
    /// a binding completes or the keys lead nowhere; after a dead end (`g x`) the new key is tried on its
    /// own, so a stray `g` does not swallow the `j` after it. Key releases (reported only by terminals
    /// with the kitty keyboard protocol, and on Windows) are `Unbound` and leave `pending` as it is.
    pub fn feed(&self, pending: &mut PendingKeys, event: &KeyEvent) -> KeyOutcome {
        if event.kind == KeyEventKind::Release {
            return KeyOutcome::Unbound;
        }
        let chord = KeyChord::from_event(event);
        pending.0.push(chord);
        match self.lookup(&pending.0) {
            KeyOutcome::Pending => KeyOutcome::Pending,
            outcome @ KeyOutcome::Action(_) => {
                pending.clear();
                outcome
            }
            KeyOutcome::Unbound if pending.0.len() > 1 => {
                pending.0 = vec![chord];
                let alone = self.lookup(&pending.0);
                if alone != KeyOutcome::Pending {
                    pending.clear();
                }
                alone
            }
            KeyOutcome::Unbound => {
                pending.clear();
                KeyOutcome::Unbound
            }
        }
    }

    /// The keys of an action as the help screen shows them (`ctrl-d`, `g g`), in config order.
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        self.sequences.get(&action).map(|keys| keys.iter().map(ToString::to_string).collect()).unwrap_or_default()
    }

    /// The action a key sequence is bound to.
    pub fn action_for(&self, keys: &KeySequence) -> Option<Action> {
        self.actions.get(keys).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn keys(list: &[&str]) -> Vec<KeySequence> {
        list.iter().map(|text| KeySequence::parse(text).unwrap()).collect()
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn sample() -> Keymap {
        Keymap::new([
            (Action::NextPassage, keys(&["j", "down"])),
            (Action::First, keys(&["g g", "home"])),
            (Action::Last, keys(&["G"])),
            (Action::HalfPageDown, keys(&["ctrl-d"])),
        ])
        .unwrap()
    }

    #[test]
    fn single_keys_and_sequences() {
        let keymap = sample();
        let mut pending = PendingKeys::default();
        let char_key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(keymap.feed(&mut pending, &char_key('j')), KeyOutcome::Action(Action::NextPassage));
        assert_eq!(keymap.feed(&mut pending, &char_key('g')), KeyOutcome::Pending);
        assert_eq!(pending.to_string(), "g");
        assert_eq!(keymap.feed(&mut pending, &char_key('g')), KeyOutcome::Action(Action::First));
        assert!(pending.is_empty());
        let shifted_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(keymap.feed(&mut pending, &shifted_g), KeyOutcome::Action(Action::Last));
        let ctrl_d = press(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(keymap.feed(&mut pending, &ctrl_d), KeyOutcome::Action(Action::HalfPageDown));
        assert_eq!(keymap.feed(&mut pending, &char_key('x')), KeyOutcome::Unbound);
    }

    #[test]
    fn a_dead_end_retries_the_last_key_alone() {
        let keymap = sample();
        let mut pending = PendingKeys::default();
        assert_eq!(keymap.feed(&mut pending, &press(KeyCode::Char('g'), KeyModifiers::NONE)), KeyOutcome::Pending);
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(keymap.feed(&mut pending, &j), KeyOutcome::Action(Action::NextPassage));
        assert!(pending.is_empty());
        assert_eq!(keymap.feed(&mut pending, &press(KeyCode::Char('g'), KeyModifiers::NONE)), KeyOutcome::Pending);
        assert_eq!(keymap.feed(&mut pending, &press(KeyCode::Char('z'), KeyModifiers::NONE)), KeyOutcome::Unbound);
        assert!(pending.is_empty());
    }

    #[test]
    fn releases_are_ignored() {
        let keymap = sample();
        let mut pending = PendingKeys::default();
        let mut release = press(KeyCode::Char('j'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(keymap.feed(&mut pending, &release), KeyOutcome::Unbound);
        assert!(pending.is_empty());
    }

    #[test]
    fn lookup_is_pure() {
        let keymap = sample();
        let g = KeySequence::parse("g").unwrap();
        assert_eq!(keymap.lookup(g.chords()), KeyOutcome::Pending);
        assert_eq!(keymap.lookup(&[]), KeyOutcome::Unbound);
        assert_eq!(keymap.keys_for(Action::First), ["g g", "home"]);
        assert!(keymap.keys_for(Action::Quit).is_empty());
    }

    #[test]
    fn conflicts_name_both_actions_and_the_key() {
        let same = Keymap::new([(Action::Quit, keys(&["q"])), (Action::Close, keys(&["q"]))]).unwrap_err();
        assert_eq!(same.to_string(), "key `q` is bound to both `close` and `quit`");
        let prefix = Keymap::new([(Action::First, keys(&["g g"])), (Action::Quit, keys(&["g"]))]).unwrap_err();
        assert_eq!((prefix.first, prefix.second), (Action::Quit, Action::First));
        assert_eq!(prefix.key, "g");
        assert_eq!(prefix.longer.as_deref(), Some("g g"));
        assert!(Keymap::new([(Action::Quit, keys(&["q", "q"]))]).is_ok());
    }
}
