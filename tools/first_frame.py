#!/usr/bin/env python3
"""Starts a command under `/usr/bin/time` on the current X display and reports, as one line
`first_frame_ms peak_rss_kb`, when the window's first pixels appear (the pixel at X,Y of the root
window stops being the empty screen's colour) and the process's peak memory. The process is
stopped one second after its first frame. Usage: first_frame.py X Y COMMAND [ARGS...]"""
import ctypes, os, signal, subprocess, sys, time

x, y, cmd = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
xlib = ctypes.cdll.LoadLibrary("libX11.so.6")
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XDefaultRootWindow.restype = ctypes.c_ulong
xlib.XGetImage.restype = ctypes.c_void_p
xlib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                           ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
xlib.XGetPixel.restype = ctypes.c_ulong
xlib.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
xlib.XDestroyImage = None  # images are tiny; the process is short-lived
display = xlib.XOpenDisplay(None)
if not display:
    sys.exit("no X display")
root = xlib.XDefaultRootWindow(ctypes.c_void_p(display))

def pixel():
    img = xlib.XGetImage(display, root, x, y, 1, 1, 0xFFFFFFFF, 2)  # ZPixmap
    return xlib.XGetPixel(img, 0, 0)

empty = pixel()
timing = "/tmp/first_frame_time.txt"
start = time.monotonic()
proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", timing] + cmd,
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
first = None
while time.monotonic() - start < 30:
    if pixel() != empty:
        first = (time.monotonic() - start) * 1000
        break
    time.sleep(0.001)
time.sleep(1.0)
# Stop the measured program (the child of `time`), so that `time` reports its peak memory.
for child in subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split():
    os.kill(int(child), signal.SIGTERM)
proc.wait(timeout=10)
rss = open(timing).read().strip().splitlines()[-1]
print(f"{first:.0f} {rss}" if first is not None else f"timeout {rss}")
