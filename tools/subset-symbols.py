#!/usr/bin/env python3
"""Builds assets/fonts/DejaVuSans-Symbols.ttf: DejaVu Sans cut down to the symbols Noto Sans lacks
(arrows, mathematical operators, technical symbols, box drawing, blocks, geometric shapes,
miscellaneous symbols, dingbats) plus any other character of Passerelle's texts and rule pack that
none of the other bundled fonts has. The whole DejaVu Sans (760 kB) was loaded at every start for
eight symbols; the subset keeps the family name, so the text engine's usual "DejaVu Sans" fallback
finds it. Run it again after adding a symbol to a text.

Needs: pip install fonttools; DejaVu Sans, e.g. Debian's fonts-dejavu-core.
Usage: tools/subset-symbols.py [PATH/TO/DejaVuSans.ttf]
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

root = pathlib.Path(__file__).resolve().parent.parent
fonts = root / "assets/fonts"
source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

covered = set()
for name in ["NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "NotoSansSC-Subset.otf"]:
    covered |= set(TTFont(fonts / name).getBestCmap())
dejavu = set(TTFont(source).getBestCmap())

blocks = [(0x2190, 0x23FF), (0x2500, 0x27BF)]
wanted = {c for c in dejavu if any(lo <= c <= hi for lo, hi in blocks) and c not in covered}
texts = [root / "src", root / "locales", root / "assets/rules"]
for top in texts:
    for path in top.rglob("*"):
        if path.is_file() and path.suffix in {".rs", ".ftl", ".ron"}:
            wanted |= {ord(c) for c in path.read_text(encoding="utf-8") if ord(c) not in covered}
wanted = {c for c in wanted if c in dejavu and c > 0x20}

options = subset.Options()
options.name_IDs = ["*"]  # keep the copyright and licence records
options.notdef_outline = True
options.hinting = False
out = fonts / "DejaVuSans-Symbols.ttf"
font = subset.load_font(source, options)
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=sorted(wanted))
subsetter.subset(font)
subset.save_font(font, out, options)
print(f"{out.name}: {len(wanted)} characters, {out.stat().st_size} bytes")
