#!/usr/bin/env bash
# Passerelle for Windows, built on Linux: the release passerelle.exe (cross-compiled with mingw),
# then in target/windows/
#   Passerelle-VERSION-setup.exe     the installer (NSIS; /S for a silent install)
#   Passerelle-VERSION-portable.zip  the same files and passerelle-portable.txt, to run from a
#                                    folder or a USB stick with the data beside the program
# Needs: rustup target add x86_64-pc-windows-gnu
#        apt-get install gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis python3
set -euo pipefail
cd "$(dirname "$0")/.."
triple=x86_64-pc-windows-gnu
target=${CARGO_TARGET_DIR:-target}
version=$(cargo metadata --no-deps --format-version 1 \
  | python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "passerelle"))')

cargo build --release --locked --target "$triple" --bin passerelle

out=$target/windows
stage=$out/stage
lists=$out/lists
rm -rf "$stage" "$lists" "$out"/Passerelle-*
mkdir -p "$stage/rules" "$stage/scenarios" "$stage/fonts" "$lists"
# The line tables are for our backtraces on Linux; the installed program does without.
x86_64-w64-mingw32-strip -o "$stage/passerelle.exe" "$target/$triple/release/passerelle.exe"
(cd assets/rules && find . -name '*.ron' -o -name '*.ftl') | while read -r f; do
  mkdir -p "$stage/rules/$(dirname "$f")"
  cp "assets/rules/$f" "$stage/rules/$f"
done
cp tests/scenarios/*.ron "$stage/scenarios/"
cp assets/fonts/* "$stage/fonts/"
cp packaging/windows/shell-launcher.xml "$stage/"
# Windows' Notepad reads UTF-8 and CRLF alike; CRLF for older ones.
sed 's/$/\r/' packaging/windows/LISEZMOI.txt > "$stage/LISEZMOI.txt"

# The installer's file lists, from what was staged: install each file, remove each file, then
# each folder deepest first (RMDir without /r: only if empty).
python3 - "$stage" "$lists" <<'EOF'
import os, sys
stage, lists = sys.argv[1], sys.argv[2]
files = sorted(os.path.relpath(os.path.join(d, f), stage)
               for d, _, fs in os.walk(stage) for f in fs)
win = lambda p: p.replace("/", "\\")
with open(os.path.join(lists, "install.nsh"), "w") as out:
    current = None
    for f in files:
        folder = os.path.dirname(f)
        if folder != current:
            out.write(f'SetOutPath "$INSTDIR{chr(92) + win(folder) if folder else ""}"\n')
            current = folder
        # makensis runs here: the source is a Linux path.
        out.write(f'File "{os.path.abspath(os.path.join(stage, f))}"\n')
    out.write('SetOutPath "$INSTDIR"\n')
with open(os.path.join(lists, "uninstall.nsh"), "w") as out:
    for f in files:
        out.write(f'Delete "$INSTDIR\\{win(f)}"\n')
    # Every folder, deepest first (rules\departements before rules).
    folders = set()
    for f in files:
        d = os.path.dirname(f)
        while d:
            folders.add(d)
            d = os.path.dirname(d)
    for d in sorted(folders, key=lambda d: (-d.count(os.sep), d)):
        out.write(f'RMDir "$INSTDIR\\{win(d)}"\n')
EOF

setup=$out/Passerelle-$version-setup.exe
makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$version" -DSTAGE="$(realpath "$stage")" -DLISTS="$(realpath "$lists")" \
  -DOUTFILE="$(realpath "$out")/Passerelle-$version-setup.exe" packaging/windows/passerelle.nsi

# The portable zip: one folder, the program's files and the marker that keeps data beside them.
portable=$out/Passerelle-$version
cp -r "$stage" "$portable"
sed 's/$/\r/' packaging/windows/passerelle-portable.txt > "$portable/passerelle-portable.txt"
python3 -c 'import shutil, sys; shutil.make_archive(sys.argv[1], "zip", sys.argv[2], sys.argv[3])' \
  "$out/Passerelle-$version-portable" "$out" "Passerelle-$version"
rm -rf "$portable"

ls -l "$setup" "$out/Passerelle-$version-portable.zip"
