#!/usr/bin/env python3
"""Waits until a window has drawn on the current X display, then saves the screen as a PNG.

Usage: screenshot.py OUT.png [TIMEOUT_SECONDS] [MIN_COLOURS] [RRGGBB]

The screen counts as drawn when it shows at least MIN_COLOURS distinct colours (default 50: an
empty Xvfb screen started with -br has one, a blank window two or three, a window with text
hundreds). After that, one more second for the frame to settle, then the PNG is written and
`COLOURS WIDTHxHEIGHT` printed, followed by how many pixels are exactly RRGGBB when that colour
is given (to find a picture of known colours on screen). Exits 1 if the screen stays blank until
the timeout.
Standard library only (Xlib through ctypes, PNG through zlib), so that CI needs nothing more."""
import ctypes, struct, sys, time, zlib


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (X11/Xlib.h), enough to read the pixels.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
                ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int)]


out = sys.argv[1]
timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 60
wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 50
counted = bytes.fromhex(sys.argv[4]) if len(sys.argv) > 4 else None
xlib = ctypes.cdll.LoadLibrary("libX11.so.6")
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
xlib.XDefaultRootWindow.restype = ctypes.c_ulong
xlib.XDefaultScreen.argtypes = [ctypes.c_void_p]
xlib.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
xlib.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
xlib.XGetImage.restype = ctypes.POINTER(XImage)
xlib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                           ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
xlib.XDestroyImage = None  # a handful of screenshots in a short-lived process
display = xlib.XOpenDisplay(None)
if not display:
    sys.exit("screenshot.py: no X display")
screen = xlib.XDefaultScreen(display)
width, height = xlib.XDisplayWidth(display, screen), xlib.XDisplayHeight(display, screen)
root = xlib.XDefaultRootWindow(display)


def grab():
    """The screen's pixels as rows of RGB bytes (a 24-bit Xvfb screen: 32-bit BGRX pixels)."""
    image = xlib.XGetImage(display, root, 0, 0, width, height, 0xFFFFFFFF, 2).contents
    if image.bits_per_pixel != 32:
        sys.exit(f"screenshot.py: {image.bits_per_pixel}-bit pixels; start Xvfb with -screen 0 WxHx24")
    raw = ctypes.string_at(image.data, image.bytes_per_line * height)
    rows = []
    for y in range(height):
        line = raw[y * image.bytes_per_line:y * image.bytes_per_line + width * 4]
        rgb = bytearray(width * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
        rows.append(bytes(rgb))
    return rows


def colours(rows):
    seen = set()
    for row in rows[::4]:
        seen.update(row[i:i + 3] for i in range(0, len(row), 12))
    return len(seen)


start = time.monotonic()
rows = grab()
while colours(rows) < wanted:
    if time.monotonic() - start > timeout:
        print(f"{colours(rows)} {width}x{height}")
        sys.exit(f"screenshot.py: the screen stayed blank for {timeout:.0f} s")
    time.sleep(0.5)
    rows = grab()
time.sleep(1.0)
rows = grab()


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"".join(b"\x00" + row for row in rows), 6))
png += chunk(b"IEND", b"")
with open(out, "wb") as f:
    f.write(png)
count = ""
if counted is not None:
    count = f" {sum(1 for row in rows for i in range(0, len(row), 3) if row[i:i + 3] == counted)}"
print(f"{colours(rows)} {width}x{height}{count}")
