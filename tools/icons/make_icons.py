#!/usr/bin/env python3
"""Draws the site's icon (a gold star on the programme's green, rounded square) into wwwroot:
favicon.ico (16, 32 and 48 px) and icon-192.png / icon-512.png for the web app manifest.
Standard library only; run from the repository root: python3 tools/icons/make_icons.py"""
import math, struct, zlib, os

GREEN, GOLD = (0x1f, 0x5f, 0x3f), (0xf2, 0xc1, 0x2e)
OUT = os.path.join("src", "Ocop.Web", "wwwroot")

def star(cx, cy, r_out, r_in):
    pts = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts

def inside(poly, x, y):
    hit = False
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % len(poly)]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit

def pixels(size, samples=4):
    poly = star(0.5, 0.53, 0.36, 0.15)
    radius = 0.18
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            cover, gold = 0, 0
            for sy in range(samples):
                for sx in range(samples):
                    x, y = (px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size
                    dx, dy = max(radius - x, 0, x - (1 - radius)), max(radius - y, 0, y - (1 - radius))
                    if dx * dx + dy * dy > radius * radius:
                        continue
                    cover += 1
                    gold += inside(poly, x, y)
            n = samples * samples
            if cover == 0:
                row.append((0, 0, 0, 0))
                continue
            t = gold / cover
            rgb = tuple(round(g * (1 - t) + o * t) for g, o in zip(GREEN, GOLD))
            row.append(rgb + (round(255 * cover / n),))
        rows.append(row)
    return rows

def png(size):
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in pixels(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def ico(sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for s, data in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)

with open(os.path.join(OUT, "favicon.ico"), "wb") as f:
    f.write(ico([16, 32, 48]))
for size in (192, 512):
    with open(os.path.join(OUT, f"icon-{size}.png"), "wb") as f:
        f.write(png(size))
