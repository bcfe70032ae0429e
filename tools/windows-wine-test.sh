#!/usr/bin/env bash
# The Windows installer and portable zip (tools/windows-package.sh), installed and run under Wine
# with Xvfb, as a préfecture's IT would: silent install, the installed program's commands, the
# window drawn, the data under %APPDATA%, the portable zip keeping its data beside it, speech
# failing cleanly, silent uninstall leaving nothing under Program Files and the person's data in
# place. First, the core's own tests built for Windows and run by Wine. A fresh Wine prefix in a temporary directory; nothing of this machine's is touched.
# Needs: the two files in target/windows; apt-get install wine64 xvfb (wine: 8.0 in Debian 12).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
setup=$(ls "$target"/windows/Passerelle-*-setup.exe)
zip=$(ls "$target"/windows/Passerelle-*-portable.zip)
version=$(basename "$setup" | sed 's/^Passerelle-\(.*\)-setup\.exe$/\1/')
shots=$target/windows/screenshots
mkdir -p "$shots"

work=$(mktemp -d)
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompts: Passerelle needs neither.
export WINEDLLOVERRIDES="mscoree=;mshtml="
export DISPLAY=:${WINE_TEST_DISPLAY:-93}
Xvfb "$DISPLAY" -screen 0 1280x900x24 -br -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "windows-wine-test: $*" >&2; exit 1; }
step() { echo "--- $* ($(date +%T))"; }

step "a fresh Wine prefix"
wineboot --init >/dev/null 2>&1
wineserver -w
c=$WINEPREFIX/drive_c
# Rust's standard library imports ProcessPrng from bcryptprimitives.dll, which Windows 10 and
# later have and Wine 8.0 lacks: a stand-in for this test prefix only, never shipped.
x86_64-w64-mingw32-gcc -O2 -shared -o "$c/windows/system32/bcryptprimitives.dll" \
  tools/wine/bcryptprimitives.c tools/wine/bcryptprimitives.def -ladvapi32

step "the core's tests, built for Windows and run by Wine"
# Every unit test of passerelle-core (the store's write-through rename, the writer thread, the
# answer model, PDFs…) and the killed-writers test: 200 writers ended by TerminateProcess while
# saving, after each of which every file must be one whole version.
# And the system's programs (tests/system.rs): under Wine the Windows shell hands pages and files
# to the host's xdg-open, here a stand-in that records what it was given.
mkdir -p "$work/bin"
printf '#!/bin/sh\nprintf "%%s" "$1" > "%s.part" && mv "%s.part" "%s"\n' \
  "$work/opened.txt" "$work/opened.txt" "$work/opened.txt" > "$work/bin/xdg-open"
chmod +x "$work/bin/xdg-open"
PATH=$work/bin:$PATH PASSERELLE_WINE_OPENED=$(winepath -w "$work/opened.txt") \
  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine \
  cargo test --release --locked -p passerelle-core --target x86_64-pc-windows-gnu \
  --lib --test crash --test system

# The program as built: a window program (no console behind it) carrying its resources.
exe_info=$(x86_64-w64-mingw32-objdump -p "$target/windows/stage/passerelle.exe")
grep -q "Subsystem.*(Windows GUI)" <<<"$exe_info" || fail "passerelle.exe is not a Windows GUI program"
python3 - "$target/windows/stage/passerelle.exe" "$version" <<'EOF' || fail "passerelle.exe lacks its resources"
import sys
exe = open(sys.argv[1], "rb").read()
# The version block's strings are UTF-16; the manifest is UTF-8 text.
for text in ("ProductName", "Passerelle", sys.argv[2]):
    assert text.encode("utf-16-le") in exe, f"no {text!r} in the version resource"
assert b"PerMonitorV2" in exe and b"Microsoft.Windows.Common-Controls" in exe, "no manifest"
# The icon's 256-pixel image is kept as PNG inside the .ico, hence inside the .exe as it is.
icon = open("packaging/linux/icons/fr.passerelle.Passerelle-256.png", "rb").read()
assert icon in exe, "no icon"
EOF

step "the installer's welcome page shows Passerelle's picture"
# Run as a person would, in French; its left band is Passerelle's blue (1D3F8F, the icon's),
# ~41,500 pixels of it on screen, where NSIS's standard picture has none. Then closed unfinished.
LC_ALL=fr_FR.UTF-8 wine "$setup" & installer=$!
shot=$(python3 tools/screenshot.py "$shots/installer.png" 120 50 1D3F8F) || fail "the installer stayed blank"
wineserver -k; wait "$installer" 2>/dev/null || true
[ "${shot##* }" -ge 30000 ] || fail "the welcome page lacks Passerelle's picture (${shot##* } pixels of its blue)"

step "silent install"
wine "$setup" /S
wineserver -w
installed=$c/Program\ Files/Passerelle
[ -f "$installed/passerelle.exe" ] || fail "nothing installed under Program Files"
[ -f "$installed/rules/pack.ron" ] && [ -f "$installed/fonts/LICENSE-OFL.txt" ] \
  && [ -f "$installed/uninstall.exe" ] || fail "the pack, fonts or uninstaller are missing"
[ -f "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/Passerelle.lnk" ] \
  || fail "no Start menu entry"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Passerelle' /v QuietUninstallString \
  | grep -q 'uninstall.exe" /S' || fail "not registered for uninstalling"

run() { wine 'C:\Program Files\Passerelle\passerelle.exe' "$@"; }
step "the installed program's commands"
out=$(run --version | tr -d '\r')
echo "$out"
grep -q "^passerelle $version$" <<<"$out" || fail "--version printed: $out"
grep -q "^rule pack " <<<"$out" || fail "--version did not name the rule pack"
run check-pack 'C:\Program Files\Passerelle\rules'
run --pack 'C:\Program Files\Passerelle\rules' scenarios 'C:\Program Files\Passerelle\scenarios' \
  | tr -d '\r' > "$work/scenarios.txt" || { tail -20 "$work/scenarios.txt"; fail "scenarios failed"; }
tail -1 "$work/scenarios.txt"
# A bad argument is answered in the terminal too, with clap's exit code.
set +e
run --no-such-option > "$work/bad.txt" 2>&1
code=$?
set -e
[ "$code" = 2 ] && grep -q "no-such-option" "$work/bad.txt" || fail "a bad option gave $code: $(cat "$work/bad.txt")"

step "the window draws; the data goes under %APPDATA%"
appdata=$(winepath -u "$(wine cmd /c echo %APPDATA% | tr -d '\r')")
data=$appdata/Passerelle/passerelle/data
[ ! -e "$data" ] || fail "$data exists before the first start"
run & gui=$!
python3 tools/screenshot.py "$shots/installed.png" 120 || fail "the window stayed blank"
[ -d "$data" ] || fail "no data directory under %APPDATA% ($data)"
wineserver -k; wait "$gui" 2>/dev/null || true

step "the kiosk draws fullscreen and writes nothing"
sleep 1; touch "$work/kiosk-start"
run --kiosk & gui=$!
python3 tools/screenshot.py "$shots/kiosk.png" 120 || fail "the kiosk stayed blank"
wineserver -k; wait "$gui" 2>/dev/null || true
python3 - "$shots/kiosk.png" <<'EOF2' || fail "the kiosk is not fullscreen"
import struct, sys, zlib
# The kiosk's window covers the screen: its four corners are drawn (an Xvfb screen is black).
data = open(sys.argv[1], "rb").read()
width, height = struct.unpack(">II", data[16:24])
idat, at = b"", 8
while at < len(data):
    size, kind = struct.unpack(">I4s", data[at:at + 8])
    if kind == b"IDAT":
        idat += data[at + 8:at + 8 + size]
    at += 12 + size
raw = zlib.decompress(idat)
row = lambda y: raw[y * (width * 3 + 1) + 1:(y + 1) * (width * 3 + 1)]
corners = [row(y)[x * 3:x * 3 + 3] for y in (2, height - 3) for x in (2, width - 3)]
assert all(c != b"\0\0\0" for c in corners), corners
EOF2
written=$(find "$appdata" -newer "$work/kiosk-start")
[ -z "$written" ] || fail "the kiosk wrote under %APPDATA%: $written"

step "speech: answers, or says it cannot, within its deadline"
set +e
said=$(timeout 60 wine 'C:\Program Files\Passerelle\passerelle.exe' say --lang fr Bonjour 2>&1 | tr -d '\r')
code=$?
set -e
echo "say: exit $code: $said"
case $code in
  0 | 1) ;;
  *) fail "passerelle say ended with $code (0: spoken, 1: no voice; anything else is a crash or a hang)" ;;
esac

step "the portable zip keeps its data beside the program"
portable=$work/usb
mkdir -p "$portable"
python3 -m zipfile -e "$zip" "$portable"
folder=$portable/Passerelle-$version
[ -f "$folder/passerelle-portable.txt" ] || fail "the zip has no portable marker"
before=$(find "$appdata" | sort | md5sum)
wine "$(winepath -w "$folder/passerelle.exe")" & gui=$!
python3 tools/screenshot.py "$shots/portable.png" 120 || fail "the portable window stayed blank"
wineserver -k; wait "$gui" 2>/dev/null || true
[ -d "$folder/data" ] || fail "the portable program kept no data beside it"
[ "$(find "$appdata" | sort | md5sum)" = "$before" ] || fail "the portable program wrote under %APPDATA%"

step "the store on Windows: written through, locked against a second instance"
mine=$work/mine other=$work/other
mkdir -p "$mine/profiles/leila" "$other"
cp tests/fixtures/profile-v1.ron "$mine/profiles/leila/profile.ron"
listed=$(run --data-dir "$(winepath -w "$mine")" profiles list | tr -d '\r')
grep -q "^Leïla B.	leila	1 case(s)	next: " <<<"$listed" || fail "profiles list printed: $listed"
run --data-dir "$(winepath -w "$mine")" profiles export leila "$(winepath -w "$work/leila.passerelle")"
# While a window holds the other folder, importing into it is refused, and says why.
run --data-dir "$(winepath -w "$other")" & gui=$!
python3 tools/screenshot.py "$shots/second-instance.png" 120 >/dev/null || fail "the window stayed blank"
set +e
refused=$(run --data-dir "$(winepath -w "$other")" profiles import "$(winepath -w "$work/leila.passerelle")" 2>&1)
code=$?
set -e
[ "$code" != 0 ] && grep -q "another Passerelle is open" <<<"$refused" \
  || fail "a second instance imported while the first held the lock ($code): $refused"
wineserver -k; wait "$gui" 2>/dev/null || true
run --data-dir "$(winepath -w "$other")" profiles import "$(winepath -w "$work/leila.passerelle")"
listed=$(run --data-dir "$(winepath -w "$other")" profiles list | tr -d '\r')
grep -q "^Leïla B.	" <<<"$listed" || fail "the imported file does not list back: $listed"
left=$(find "$other" -name '*.tmp')
[ -z "$left" ] || fail "temporary files left behind: $left"

step "silent uninstall"
wine 'C:\Program Files\Passerelle\uninstall.exe' /S
wineserver -w
if [ -e "$installed" ]; then
  find "$installed" >&2
  fail "left under Program Files"
fi
[ ! -e "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/Passerelle.lnk" ] || fail "Start menu entry left"
if wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Passerelle' >/dev/null 2>&1; then
  fail "still registered after uninstalling"
fi
[ -d "$data" ] || fail "uninstalling removed the person's data"
echo "windows-wine-test: installer, program and portable zip OK under $(wine --version)"
