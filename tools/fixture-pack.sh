#!/bin/sh
# Makes tests/fixtures/pack: the rule pack the UI tests run on, frozen. It is a copy of
# assets/rules with only the départements the UI tests visit (Alpes-Maritimes, Calvados, Rhône,
# Seine-Saint-Denis) and no signature, so that a rule update in assets/rules does not break a
# test of the interface (the law itself is tested by the scenarios, on the real pack).
# Refresh it deliberately, when the interface needs something the frozen pack lacks:
#   tools/fixture-pack.sh && cargo test
set -eu
cd "$(dirname "$0")/.."
out=tests/fixtures/pack
rm -rf "$out"
mkdir -p "$out/departements"
cp assets/rules/*.ron "$out/"
rm -f "$out/signature.ron"
cp -r assets/rules/national assets/rules/locales "$out/"
for d in 06 14 69 93; do
    cp "assets/rules/departements/$d.ron" "$out/departements/"
done
./target/debug/passerelle check-pack "$out"
