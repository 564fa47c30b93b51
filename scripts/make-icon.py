#!/usr/bin/env python3
# Regenerate: python3 scripts/make-icon.py && npx --yes @tauri-apps/cli@2.12.4 icon icon-source.png -o src-tauri/icons
# Draws Polydesk's source icon: a teal rounded square with two overlapping speech bubbles.
import struct, zlib, math
N = 1024
def inside_rrect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r); cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1
def tail(x, y, ax, ay, bx, by, cx, cy):
    d = lambda px, py, qx, qy, rx, ry: (px - rx) * (qy - ry) - (qx - rx) * (py - ry)
    d1, d2, d3 = d(x, y, ax, ay, bx, by), d(x, y, bx, by, cx, cy), d(x, y, cx, cy, ax, ay)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))
rows = []
for y in range(N):
    row = bytearray([0])
    for x in range(N):
        px = (0, 0, 0, 0)
        if inside_rrect(x, y, 64, 64, 960, 960, 200):
            t = (x + y) / (2 * N)
            px = (int(13 + 20 * t), int(148 - 40 * t), int(136 - 30 * t), 255)
            # back bubble (light mint)
            if inside_rrect(x, y, 400, 250, 820, 560, 90) or tail(x, y, 700, 540, 780, 540, 790, 650):
                px = (167, 243, 208, 255)
            # front bubble (white)
            if inside_rrect(x, y, 200, 420, 640, 760, 100) or tail(x, y, 280, 740, 360, 740, 250, 860):
                px = (255, 255, 255, 255)
            # three dots in the front bubble
            for cx in (320, 420, 520):
                if (x - cx) ** 2 + (y - 590) ** 2 <= 34 ** 2:
                    px = (15, 118, 110, 255)
        row.extend(px)
    rows.append(bytes(row))
raw = b"".join(rows)
def chunk(t, d):
    c = struct.pack(">I", len(d)) + t + d
    return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open("icon-source.png", "wb").write(png)
