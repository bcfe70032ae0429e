#!/usr/bin/env python3
"""Draws the Windows installer's two pictures from the app's icon, in the app's primary blue:
packaging/windows/installer-welcome.bmp (164x314, the welcome and finish pages' left band) and
packaging/windows/installer-header.bmp (150x57, the other pages' header). NSIS takes 24-bit BMPs.

The BMPs are committed, so building the installer needs nothing of this; run it (with Pillow:
pip install pillow) only after changing the icon or the colours.
Usage: tools/windows-installer-art.py"""
import os
from PIL import Image, ImageDraw, ImageFont

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = os.path.join(root, "packaging", "windows")
icon = Image.open(os.path.join(root, "packaging", "linux", "icons",
                               "fr.passerelle.Passerelle-256.png")).convert("RGBA")
font = os.path.join(root, "assets", "fonts", "NotoSans-Regular.ttf")
# The light theme's primary colour (src/ui/theme.rs), which the icon's square is drawn in.
BLUE, WHITE = (0x1D, 0x3F, 0x8F), (0xFF, 0xFF, 0xFF)


def paste(canvas, size, x, y):
    small = icon.resize((size, size), Image.LANCZOS)
    canvas.paste(small, (x, y), small)


# The welcome band: the icon's bridge and water (cut from inside its rounded square, which is
# the same blue) on the blue band, the name under it.
welcome = Image.new("RGB", (164, 314), BLUE)
bridge = icon.crop((20, 60, 236, 216)).convert("RGB").resize((144, 104), Image.LANCZOS)
welcome.paste(bridge, (10, 70))
draw = ImageDraw.Draw(welcome)
name = ImageFont.truetype(font, 22)
width = draw.textlength("Passerelle", font=name)
draw.text(((164 - width) / 2, 190), "Passerelle", font=name, fill=WHITE)
welcome.save(os.path.join(out, "installer-welcome.bmp"))

# The header: the icon at the right of a white strip (MUI's header is white).
header = Image.new("RGB", (150, 57), WHITE)
paste(header, 48, 150 - 48 - 4, 4)
header.save(os.path.join(out, "installer-header.bmp"))
