#!/usr/bin/env python3
"""Removes the TrueType hinting programs from the bundled Noto Sans fonts, in place.

The window's text renderer (cosmic-text + swash) runs a font's hinting bytecode for every glyph it
rasterizes. Noto Sans carries ttfautohint's large programs: drawing the first screen's glyphs took
1.6 ms with them and 0.6 ms without (measured with cosmic-text 0.15), a cost paid before the first
frame on every start. Unhinted outlines are what the PDFs embed anyway and look the same at the
app's large text sizes with grey anti-aliasing. Running it again on a dehinted font changes
nothing.

Needs: pip install fonttools. Usage: tools/dehint-fonts.py
"""
import pathlib

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram

root = pathlib.Path(__file__).resolve().parent.parent
for name in ["NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"]:
    path = root / "assets/fonts" / name
    font = TTFont(path)
    for tag in ["fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"]:
        if tag in font:
            del font[tag]
    glyf = font["glyf"]
    for glyph_name in glyf.keys():
        glyph = glyf[glyph_name]
        if hasattr(glyph, "program"):
            glyph.program = ttProgram.Program()
            glyph.program.fromBytecode(b"")
    font["maxp"].maxSizeOfInstructions = 0
    # No grid fitting at any size: grey anti-aliasing, symmetric smoothing.
    if "gasp" in font:
        font["gasp"].gaspRange = {0xFFFF: 0x000A}
    before = path.stat().st_size
    font.save(path)
    print(f"{name}: {before} -> {path.stat().st_size} bytes")
