#!/usr/bin/env python3
"""Builds assets/fonts/NotoSansSC-Subset.otf: Noto Sans CJK SC cut down to the characters
Passerelle shows in Chinese (every zh-Hans .ftl) plus the 3,755 common hanzi of GB 2312 level 1,
so that most names typed by a person also show. Run it again after changing a Chinese text.

Needs: pip install fonttools; the Noto CJK collection, e.g. from Debian's fonts-noto-cjk
(apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb x).

Usage: tools/subset-cjk.py PATH/TO/NotoSansCJK-Regular.ttc
"""
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
ttc = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
text = set()
for ftl in [root / "locales/zh-Hans/passerelle.ftl", root / "assets/rules/locales/zh-Hans.ftl"]:
    text.update(ftl.read_text(encoding="utf-8"))
for hi in range(0xB0, 0xD8):
    for lo in range(0xA1, 0xFF):
        try:
            text.update(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
# CJK punctuation and full-width forms.
text.update(chr(c) for c in range(0x3000, 0x3040))
text.update(chr(c) for c in range(0xFF00, 0xFF70))
chars = "".join(sorted(c for c in text if ord(c) >= 0x2E80))
out = root / "assets/fonts/NotoSansSC-Subset.otf"
subprocess.run(
    [
        sys.executable, "-m", "fontTools.subset", ttc, "--font-number=2",
        f"--text={chars}", f"--output-file={out}",
        "--layout-features=*", "--name-IDs=*", "--name-languages=*", "--notdef-outline",
    ],
    check=True,
)
print(f"{out}: {len(chars)} characters, {out.stat().st_size} bytes")
