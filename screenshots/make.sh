#!/usr/bin/env bash
# Regenerates every screenshot in this folder with `parallax snapshot` (no terminal needed):
#   bash screenshots/make.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/parallax
# A clean environment: no user config, the built-in dark theme unless asked otherwise.
export HOME="$(mktemp -d)" XDG_CONFIG_HOME="$HOME/config" PARALLAX_DATA_DIR="$HOME/data"
unset NO_COLOR PARALLAX_CONFIG

shot() { # name size keys [extra args...]
  local name=$1 size=$2 keys=$3
  shift 3
  "$bin" snapshot --size "$size" --keys "$keys" --out "screenshots/$name.svg" "$@"
  "$bin" snapshot --size "$size" --keys "$keys" --out "screenshots/$name.txt" "$@"
}

shot overview 160x48 ""
shot overview-80x24 80x24 ""
shot related-jump 160x48 "]"
shot compare 160x48 "c"
shot fact-map 160x48 "f"
shot entity-walk 160x48 "ljj<enter>n"
shot help 160x48 "?"
shot light-theme 160x48 "]" --theme light
shot high-contrast 160x48 "" --theme high-contrast
echo "screenshots/ regenerated"
