#!/usr/bin/env bash
# Time to first frame and peak memory of Passerelle against a bare iced 0.14 window with the same
# kinds of widgets (examples/bare_window.rs), both release builds with the default renderer
# (tiny-skia), under Xvfb at 24-bit colour. Median of RUNS runs each, then the ratios.
# ARGS: Passerelle's arguments (ARGS=--kiosk: the kiosk, which loads every script's font).
# Needs: xvfb, python3, GNU time (apt-get install xvfb time).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
cargo build --release --quiet --bin passerelle --example bare_window
# A fresh data directory holding one person's file, so that the settings, the lock and the list
# of files (with its next date due) are part of what is measured, and nothing of this machine is.
data=$(mktemp -d)
mkdir -p "$data/profiles/leila"
[ -n "${EMPTY:-}" ] || cp tests/fixtures/profile-v1.ron "$data/profiles/leila/profile.ron"
export PASSERELLE_DATA_DIR=${NODATA:+/proc/none}
[ -n "${NODATA:-}" ] || export PASSERELLE_DATA_DIR=$data
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
minimum() { sort -n | head -n 1; }
# The two programs take turns, so that a slower moment of the machine weighs on both alike.
app_frames=() app_mems=() bare_frames=() bare_mems=()
for _ in $(seq "$RUNS"); do
  # shellcheck disable=SC2086 # ARGS is a list of words
  read -r ms kb < <(python3 tools/first_frame.py 500 700 target/release/passerelle ${ARGS:-})
  app_frames+=("$ms"); app_mems+=("$kb"); sleep 0.5
  read -r ms kb < <(python3 tools/first_frame.py 500 700 target/release/examples/bare_window)
  bare_frames+=("$ms"); bare_mems+=("$kb"); sleep 0.5
done
app_ms=$(printf '%s\n' "${app_frames[@]}" | median); app_kb=$(printf '%s\n' "${app_mems[@]}" | median)
bare_ms=$(printf '%s\n' "${bare_frames[@]}" | median); bare_kb=$(printf '%s\n' "${bare_mems[@]}" | median)
app_min=$(printf '%s\n' "${app_frames[@]}" | minimum); bare_min=$(printf '%s\n' "${bare_frames[@]}" | minimum)
echo "passerelle:  first frame ${app_ms} ms (fastest ${app_min}), peak memory $((app_kb / 1024)) MB (median of $RUNS)"
echo "bare window: first frame ${bare_ms} ms (fastest ${bare_min}), peak memory $((bare_kb / 1024)) MB (median of $RUNS)"
awk -v a="$app_ms" -v b="$bare_ms" -v am="$app_kb" -v bm="$bare_kb" \
  'BEGIN { printf "ratios: first frame %.2f (target ≤ 1.3), peak memory %.2f (target ≤ 1.5)\n", a/b, am/bm }'
