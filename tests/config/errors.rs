//! Every kind of config and theme error, as the user reads it: file:line:column first, then what is wrong
//! and what was expected.

use parallax::config::theme::ThemeError;
use parallax::config::{Config, ConfigLocation, ConfigSource, ErrorKind, Theme};
use std::path::PathBuf;

/// Compares a message with `tests/snapshots/config_error__NAME.snap`.
fn snapshot(name: &str, message: String) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(format!("config_error__{name}"), message);
    });
}

/// The message for a broken config file named `config.toml`.
fn config_error(text: &str) -> String {
    Config::from_text("config.toml", text, None).expect_err("a broken config").to_string()
}

fn theme_error(text: &str) -> String {
    match Theme::from_text("mine.toml", text, None) {
        Err(ThemeError::Invalid(error)) => error.to_string(),
        other => panic!("expected an invalid theme, got {other:?}"),
    }
}

#[test]
fn unknown_setting_with_suggestion() {
    snapshot("unknown_setting", config_error("# mine\n\n\nthem = \"light\"\n"));
    snapshot("unknown_setting_in_table", config_error("[reader]\nmax_width = 80\n"));
    snapshot("unknown_table", config_error("[keymap]\nquit = \"q\"\n"));
}

#[test]
fn wrong_types_say_what_was_expected() {
    snapshot("wrong_type_bool", config_error("[reader]\ngutter = \"yes\"\n"));
    snapshot("wrong_type_threshold", config_error("[links]\nthreshold = \"high\"\n"));
    snapshot("out_of_range_threshold", config_error("[links]\nthreshold = 1.5\n"));
    snapshot("wrong_type_table", config_error("reader = 3\n"));
    snapshot("bad_choice", config_error("[reader]\nboilerplate = \"hidden\"\n"));
}

#[test]
fn syntax_error_with_line_and_column() {
    let message = config_error("[reader]\ngutter = true\nmax_text_width = \n");
    snapshot("syntax_error", message.clone());
    assert!(message.starts_with("config.toml:3:18: "), "{message}");
}

#[test]
fn unknown_action_with_suggestion() {
    snapshot("unknown_action", config_error("[keys]\nnext_pasage = \"j\"\n"));
}

#[test]
fn unparsable_key() {
    snapshot("unparsable_key", config_error("[keys]\nquit = [\"q\", \"ctrl-\"]\n"));
    snapshot("unknown_key_name", config_error("[keys]\nopen = \"entr\"\n"));
}

#[test]
fn key_conflicts_name_both_actions_and_the_key() {
    let same = Config::from_text("config.toml", "[keys]\nhelp = \"j\"\n", None).expect_err("a conflict");
    assert_eq!(same.kind, ErrorKind::Conflict);
    snapshot("key_conflict_same_key", same.to_string());
    snapshot("key_conflict_prefix", config_error("[keys]\n\nquit = [\"q\", \"g\"]\n"));
}

#[test]
fn bad_regex_names_the_file_and_the_setting() {
    snapshot("bad_regex", config_error("[ingest]\nextra_boilerplate = [\"^ok$\", \"^share (this\"]\n"));
}

#[test]
fn bad_colour_in_a_theme() {
    snapshot("bad_colour", theme_error("extends = \"dark\"\n[styles]\ntitle = { fg = \"purpel\" }\n"));
    snapshot("bad_hex_colour", theme_error("[styles]\ntitle = { bg = \"#12345\" }\n"));
    snapshot("unknown_element", theme_error("[styles]\ntitel = { fg = \"red\" }\n"));
    snapshot("unknown_modifier", theme_error("[styles]\ntitle = { modifiers = [\"blod\"] }\n"));
    snapshot("unknown_parent_theme", theme_error("extends = \"drak\"\n"));
}

#[test]
fn unknown_theme_in_the_config_points_at_the_setting() {
    let config = Config::from_text("config.toml", "\ntheme = \"ligth\"\n", None).expect("valid shape");
    snapshot("unknown_theme", config.theme(None, false).expect_err("unknown theme").to_string());
}

#[test]
fn a_missing_file_that_was_asked_for() {
    let location =
        ConfigLocation { path: Some(PathBuf::from("no/such/config.toml")), source: ConfigSource::CommandLine };
    snapshot("missing_file", Config::load(&location).expect_err("missing").to_string());
}
