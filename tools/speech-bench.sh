#!/usr/bin/env bash
# How soon speech starts: the time from handing a text to the voice (what a key press does in
# the window, through `ui::voice` to `voice::Voice::say`) to speech-dispatcher's « begin »
# notification, measured by `passerelle say` in each of the seven languages. The first text of
# a run includes starting the service and connecting to it (what the first key press of a session
# pays); the others are what every later key pays; and, cold, a first text that has to start the
# service itself. Median and worst of each, over RUNS runs.
#
# Uses a speech-dispatcher of its own (temporary configuration, libao's null output, so it runs
# on a machine without a sound card; with a sound card, audio output adds its own latency).
# Needs: speech-dispatcher, speech-dispatcher-espeak-ng (apt-get install).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
cargo build --release --quiet --bin passerelle
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/config" "$root/log" "$root/run/speech-dispatcher"
cat > "$root/config/speechd.conf" <<'EOF'
AudioOutputMethod "libao"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
EOF
echo "default_driver=null" > "$root/.libao"
first=() later=()
for _ in $(seq "$RUNS"); do
  HOME=$root speech-dispatcher --run-single --timeout 0 --communication-method unix_socket \
    --socket-path "$root/run/speech-dispatcher/speechd.sock" --config-dir "$root/config" \
    --log-dir "$root/log" --pid-file "$root/pid" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 100); do [ -S "$root/run/speech-dispatcher/speechd.sock" ] && break; sleep 0.05; done
  n=0
  for lang in fr ar en zh-Hans fa-AF uk es; do
    while read -r ms; do
      if [ "$n" -eq 0 ]; then first+=("$ms"); else later+=("$ms"); fi
      n=$((n + 1))
    done < <(XDG_RUNTIME_DIR=$root/run target/release/passerelle say --lang "$lang" \
      "Bonjour." "Le rendez-vous est le 17/12/2026." "Appelez le 0806 001 620." \
      | sed -E 's/.*began after ([0-9]+) ms.*/\1/')
  done
  kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
  rm -f "$root/run/speech-dispatcher/speechd.sock"
done
# Cold: no service running; the first text starts it (speech-dispatcher --spawn, with this
# configuration as the user's own) — what the first key press of a session pays.
mkdir -p "$root/xdg/speech-dispatcher"
cp "$root/config/speechd.conf" "$root/xdg/speech-dispatcher/speechd.conf"
cold=()
for _ in $(seq "$RUNS"); do
  ms=$(HOME=$root XDG_CONFIG_HOME=$root/xdg XDG_RUNTIME_DIR=$root/run \
    target/release/passerelle say --lang fr "Bonjour." | sed -E 's/.*began after ([0-9]+) ms.*/\1/')
  cold+=("$ms")
  pkill -u "$(id -u)" -f "speech-dispatcher --spawn" 2>/dev/null || true
  sleep 0.5
  rm -rf "$root/run/speech-dispatcher"; mkdir -p "$root/run/speech-dispatcher"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
worst() { sort -n | tail -n 1; }
echo "first text of a run (connection included): median $(printf '%s\n' "${first[@]}" | median) ms, worst $(printf '%s\n' "${first[@]}" | worst) ms (${#first[@]} runs)"
echo "cold, the service started by the first text: median $(printf '%s\n' "${cold[@]}" | median) ms, worst $(printf '%s\n' "${cold[@]}" | worst) ms (${#cold[@]} runs)"
echo "every later text: median $(printf '%s\n' "${later[@]}" | median) ms, worst $(printf '%s\n' "${later[@]}" | worst) ms (${#later[@]} texts)"
