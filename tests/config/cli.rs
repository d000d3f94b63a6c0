//! The configuration from the command line: `config check|print-default|path`, `themes`, global flags, and
//! the other commands refusing to run on a broken config.

use parallax::config::DEFAULT_CONFIG;
use std::path::Path;
use std::process::{Command, Output};

/// Runs the binary with a clean environment: no user config, no NO_COLOR, data and config in `home`.
fn parallax(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parallax"));
    command
        .args(args)
        .current_dir(home)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("PARALLAX_CONFIG")
        .env_remove("PARALLAX_DATA_DIR")
        .env_remove("NO_COLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

#[test]
fn print_default_is_the_embedded_file_verbatim() {
    let home = tempfile::tempdir().expect("temp dir");
    let output = parallax(home.path(), &["config", "print-default"], &[]);
    assert!(output.status.success());
    assert_eq!(text(&output.stdout), DEFAULT_CONFIG);
    let on_disk = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml"));
    assert_eq!(on_disk.expect("config/default.toml"), DEFAULT_CONFIG);
}

#[test]
fn check_says_ok_or_prints_the_error() {
    let home = tempfile::tempdir().expect("temp dir");
    std::fs::write(home.path().join("good.toml"), "theme = \"light\"\n[reader]\ngutter = false\n").expect("write");
    std::fs::write(home.path().join("bad.toml"), "[reader]\ngutter = 1\n").expect("write");
    let good = parallax(home.path(), &["config", "check", "good.toml"], &[]);
    assert!(good.status.success());
    assert_eq!(text(&good.stdout), "good.toml: ok\n");
    let bad = parallax(home.path(), &["config", "check", "bad.toml"], &[]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(text(&bad.stderr), "bad.toml:2:10: `reader.gutter` should be true or false, not an integer\n");
    let missing = parallax(home.path(), &["config", "check", "missing.toml"], &[]);
    assert_eq!(missing.status.code(), Some(1));
    let from_env = parallax(home.path(), &["config", "check"], &[("PARALLAX_CONFIG", "good.toml")]);
    assert_eq!(text(&from_env.stdout), "good.toml: ok\n");
    let nothing = parallax(home.path(), &["config", "check"], &[]);
    assert!(nothing.status.success());
    assert!(text(&nothing.stdout).contains("built-in defaults are in effect"));
}

#[test]
fn path_shows_the_config_and_data_locations() {
    let home = tempfile::tempdir().expect("temp dir");
    let output = parallax(home.path(), &["config", "path"], &[("PARALLAX_DATA_DIR", "/tmp/px-data")]);
    let stdout = text(&output.stdout);
    let expected_config = home.path().join("config/parallax/config.toml");
    assert!(stdout.contains(&format!("config: {} (default location; absent", expected_config.display())), "{stdout}");
    assert!(stdout.contains("data:   /tmp/px-data\n"), "{stdout}");
    let output = parallax(home.path(), &["--config", "mine.toml", "config", "path"], &[]);
    assert!(text(&output.stdout).starts_with("config: mine.toml (given by --config)\n"));
}

#[test]
fn a_broken_config_stops_every_command_with_status_two() {
    let home = tempfile::tempdir().expect("temp dir");
    let dir = home.path().join("config/parallax");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("config.toml"), "\n[links]\nthreshold = 2\n").expect("write");
    for args in [&[][..], &["analyze"], &["entities", "--json"]] {
        let output = parallax(home.path(), args, &[]);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "nothing printed before the config is checked");
        let stderr = text(&output.stderr);
        assert!(stderr.starts_with("parallax: ") && stderr.contains("config.toml:3:13: `links.threshold`"), "{stderr}");
    }
    let output = parallax(home.path(), &["analyze", "--theme", "nope"], &[("PARALLAX_CONFIG", "/dev/null")]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn global_flags_work_before_and_after_the_subcommand() {
    let home = tempfile::tempdir().expect("temp dir");
    let article = "Dipsyk Releases New Model\n\nThe start-up Dipsyk released a new model on Monday, it said in Hangzhou.\n\n\
                   Read our newsletter every morning\n";
    std::fs::write(home.path().join("story.txt"), article).expect("write");
    let config = "[aliases]\n\"Dipsyk\" = \"DeepSeek\"\n[ingest]\nextra_boilerplate = [\"^read our newsletter\"]\n";
    std::fs::write(home.path().join("mine.toml"), config).expect("write");
    for args in
        [&["--config", "mine.toml", "entities", "story.txt"][..], &["entities", "story.txt", "--config", "mine.toml"]]
    {
        let output = parallax(home.path(), args, &[]);
        assert!(output.status.success(), "{args:?}: {}", text(&output.stderr));
        assert!(text(&output.stdout).contains("DeepSeek"), "aliases are applied: {}", text(&output.stdout));
    }
    let output = parallax(home.path(), &["analyze", "--json", "story.txt", "--config", "mine.toml"], &[]);
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let zones = document["articles"][0]["zones"].as_array().expect("zones");
    assert!(zones.iter().any(|zone| zone["kind"] == "boilerplate"), "extra boilerplate applies: {zones:?}");
}

#[test]
fn themes_lists_every_built_in_theme_plainly_when_piped() {
    let home = tempfile::tempdir().expect("temp dir");
    let output = parallax(home.path(), &["themes"], &[]);
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    for name in ["dark (default)", "light", "high-contrast", "mono (used when NO_COLOR is set)"] {
        assert!(stdout.contains(&format!("{name}\n")), "{name}: {stdout}");
    }
    assert!(stdout.contains("  search_hit      fg=black bg=220 bold\n"), "{stdout}");
    assert!(!stdout.contains('\x1b'), "no escapes when piped");
    let one = parallax(home.path(), &["themes", "--theme", "mono"], &[]);
    assert!(text(&one.stdout).starts_with("mono (used when NO_COLOR is set)\n  pane "));
}
