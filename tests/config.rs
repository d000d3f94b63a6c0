//! The configuration layer from outside: the shipped defaults and themes, layering, themes, key maps,
//! every kind of error (as snapshots), the reading state and the command line.

mod config {
    mod cli;
    mod errors;
    mod state;
}

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parallax::app::Action;
use parallax::config::location::{ConfigLocation, ConfigSource};
use parallax::config::theme::ThemeError;
use parallax::config::{BoilerplateDisplay, Config, DEFAULT_CONFIG, Element, KeyOutcome, PendingKeys, Settings, Theme};
use ratatui::style::{Color, Modifier};
use std::path::PathBuf;

fn user(text: &str) -> Config {
    Config::from_text("config.toml", text, None).expect("a valid config")
}

#[test]
fn the_default_config_parses_and_says_what_the_brief_says() {
    let config = Config::builtin().expect("the default config is valid");
    assert_eq!(config.theme, "dark");
    assert_eq!(config.reader.max_text_width, 100);
    assert!(config.reader.gutter && config.reader.panes.sources && config.reader.panes.entities);
    assert!(config.reader.panes.related);
    assert_eq!(config.reader.boilerplate, BoilerplateDisplay::Dim);
    assert_eq!(config.links.threshold, parallax::core::links::DEFAULT_THRESHOLD, "the file and the engine agree");
    assert_eq!(config.ingest.max_file_bytes, 10 * 1024 * 1024);
    assert!(config.aliases.is_empty() && config.ingest.extra_boilerplate.is_empty());
    let keys = |action| config.keymap.keys_for(action);
    assert_eq!(keys(Action::NextPassage), ["j", "down"]);
    assert_eq!(keys(Action::PageDown), ["pagedown", "space"]);
    assert_eq!(keys(Action::HalfPageDown), ["ctrl-d"]);
    assert_eq!(keys(Action::First), ["g g", "home"]);
    assert_eq!(keys(Action::Last), ["G", "end"]);
    assert_eq!(keys(Action::FocusPrev), ["backtab"]);
    assert_eq!(keys(Action::NextRelated), ["]"]);
    assert_eq!(keys(Action::PrevMatch), ["N"]);
    assert_eq!(keys(Action::Help), ["?"]);
    assert_eq!(keys(Action::Quit), ["q", "ctrl-c"]);
    for &action in Action::ALL {
        assert!(!keys(action).is_empty(), "{} has a default key", action.name());
        assert!(DEFAULT_CONFIG.contains(&format!("# {}.\n{} = ", action.doc(), action.name())), "{}", action.name());
    }
}

#[test]
fn every_default_setting_has_a_comment() {
    let lines: Vec<&str> = DEFAULT_CONFIG.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let is_setting = !line.starts_with('#') && !line.starts_with('[') && line.contains(" = ");
        if is_setting {
            assert!(index > 0 && lines[index - 1].starts_with('#'), "no comment above `{line}`");
        }
    }
}

#[test]
fn every_shipped_theme_parses_and_is_built_in() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/themes");
    let mut shipped: Vec<String> = std::fs::read_dir(&folder)
        .expect("config/themes")
        .map(|entry| entry.expect("entry").path())
        .map(|path| path.file_stem().expect("stem").to_string_lossy().into_owned())
        .collect();
    shipped.sort();
    let mut built_in = Theme::builtin_names();
    built_in.sort();
    assert_eq!(shipped, built_in);
    for name in Theme::builtin_names() {
        let by_name = Theme::load(name, None).expect("built-in theme");
        let by_path = Theme::load(&format!("{name}.toml"), Some(&folder)).expect("theme file");
        for &element in Element::ALL {
            assert_eq!(by_name.style(element), by_path.style(element));
        }
    }
    assert_eq!(Theme::builtin_names()[0], "dark");
}

#[test]
fn a_user_file_may_set_one_value_and_keeps_every_other() {
    let defaults = Config::builtin().expect("defaults");
    let config = user("[reader]\ngutter = false\n");
    assert!(!config.reader.gutter);
    assert_eq!(config.reader.max_text_width, defaults.reader.max_text_width);
    assert_eq!(config.reader.panes, defaults.reader.panes);
    assert_eq!(config.reader.boilerplate, defaults.reader.boilerplate);
    assert_eq!((config.theme.as_str(), config.links.threshold), (defaults.theme.as_str(), defaults.links.threshold));
    assert_eq!(config.ingest, defaults.ingest);
    for &action in Action::ALL {
        assert_eq!(config.keymap.keys_for(action), defaults.keymap.keys_for(action));
    }
    let panes = user("reader.panes.related = false");
    assert!(!panes.reader.panes.related && panes.reader.panes.sources && panes.reader.gutter);
}

#[test]
fn a_key_entry_replaces_that_actions_keys_only() {
    let config = user("[keys]\nquit = \"x\"\nfirst = []\nlast = \"g\"\n");
    assert_eq!(config.keymap.keys_for(Action::Quit), ["x"]);
    assert!(config.keymap.keys_for(Action::First).is_empty());
    assert_eq!(config.keymap.keys_for(Action::NextPassage), ["j", "down"]);
    let mut pending = PendingKeys::default();
    let press = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(config.keymap.feed(&mut pending, &press('q')), KeyOutcome::Unbound);
    assert_eq!(config.keymap.feed(&mut pending, &press('g')), KeyOutcome::Action(Action::Last));
}

#[test]
fn key_events_as_crossterm_reports_them() {
    let keymap = Config::builtin().expect("defaults").keymap;
    let mut pending = PendingKeys::default();
    let mut feed = |code, modifiers| keymap.feed(&mut pending, &KeyEvent::new(code, modifiers));
    assert_eq!(feed(KeyCode::Char('G'), KeyModifiers::SHIFT), KeyOutcome::Action(Action::Last));
    assert_eq!(feed(KeyCode::Char('N'), KeyModifiers::SHIFT), KeyOutcome::Action(Action::PrevMatch));
    assert_eq!(feed(KeyCode::Char('?'), KeyModifiers::SHIFT), KeyOutcome::Action(Action::Help));
    assert_eq!(feed(KeyCode::BackTab, KeyModifiers::SHIFT), KeyOutcome::Action(Action::FocusPrev));
    assert_eq!(feed(KeyCode::Char('c'), KeyModifiers::CONTROL), KeyOutcome::Action(Action::Quit));
    assert_eq!(feed(KeyCode::Char(' '), KeyModifiers::NONE), KeyOutcome::Action(Action::PageDown));
    assert_eq!(feed(KeyCode::Char('g'), KeyModifiers::NONE), KeyOutcome::Pending);
    assert_eq!(feed(KeyCode::Char('g'), KeyModifiers::NONE), KeyOutcome::Action(Action::First));
    assert_eq!(feed(KeyCode::Char('['), KeyModifiers::NONE), KeyOutcome::Action(Action::PrevRelated));
    assert_eq!(feed(KeyCode::F(5), KeyModifiers::NONE), KeyOutcome::Unbound);
}

#[test]
fn aliases_and_ingest_settings_become_engine_options() {
    let config = user(
        "[aliases]\n\"Dipsyk\" = \"DeepSeek\"\n[ingest]\nmax_file_bytes = 2048\nextra_boilerplate = [\"^read our newsletter\"]\n",
    );
    assert_eq!(config.entity_options().aliases.get("Dipsyk").map(String::as_str), Some("DeepSeek"));
    let options = config.ingest_options().expect("valid patterns");
    assert_eq!(options.max_file_bytes, 2048);
}

#[test]
fn a_theme_extending_dark_changes_one_element() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "extends = \"dark\"\n[styles]\nsearch_hit = { fg = \"#ff8800\", modifiers = [\"underline\"] }\n";
    std::fs::write(dir.path().join("mine.toml"), text).expect("write theme");
    let config_path = dir.path().join("config.toml");
    std::fs::write(&config_path, "theme = \"mine.toml\"\n").expect("write config");
    let config = Config::from_file(&config_path).expect("config");
    let mine = config.theme(None, false).expect("theme beside the config");
    let dark = Theme::load("dark", None).expect("dark");
    let hit = mine.style(Element::SearchHit);
    assert_eq!(hit.fg, Some(Color::Rgb(0xff, 0x88, 0x00)));
    assert_eq!(hit.bg, dark.style(Element::SearchHit).bg);
    assert_eq!(hit.add_modifier, Modifier::UNDERLINED);
    for &element in Element::ALL.iter().filter(|&&element| element != Element::SearchHit) {
        assert_eq!(mine.style(element), dark.style(element), "{}", element.name());
    }
}

#[test]
fn no_color_picks_mono_unless_the_command_line_names_a_theme() {
    let config = user("theme = \"light\"\n");
    assert_eq!(config.theme(None, false).expect("light").name(), "light");
    assert_eq!(config.theme(None, true).expect("mono").name(), "mono");
    assert_eq!(config.theme(Some("high-contrast"), true).expect("cli").name(), "high-contrast");
    let location = ConfigLocation { path: None, source: ConfigSource::DefaultLocation };
    let settings = Settings::load_from(location, None, true).expect("defaults");
    assert_eq!(settings.theme.name(), "mono");
    for &element in Element::ALL {
        assert_eq!(settings.theme.style(element).fg, None);
    }
}

#[test]
fn config_locations() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("absent.toml");
    let at_default = ConfigLocation { path: Some(missing.clone()), source: ConfigSource::DefaultLocation };
    assert!(Config::load(&at_default).is_ok(), "a missing file at the default location means defaults");
    for source in [ConfigSource::CommandLine, ConfigSource::Environment] {
        let asked = ConfigLocation { path: Some(missing.clone()), source };
        let error = Config::load(&asked).expect_err("a missing file that was asked for");
        assert!(error.to_string().ends_with(&format!("absent.toml: no such file ({source})")), "{error}");
    }
    let present = dir.path().join("config.toml");
    std::fs::write(&present, "[links]\nthreshold = 0.7\n").expect("write");
    let loaded = Config::load(&ConfigLocation { path: Some(present), source: ConfigSource::Environment });
    assert_eq!(loaded.expect("config").links.threshold, 0.7);
}

#[test]
fn unknown_theme_names_suggest_the_nearest() {
    assert_eq!(Theme::load("ligth", None), Err(ThemeError::Unknown { name: "ligth".to_owned() }));
    assert!(matches!(Theme::load("nowhere/x.toml", None), Err(ThemeError::Unreadable { .. })));
}
