#!/usr/bin/env python3
"""Draws the picture shown for a product without a photo: one flat illustration per OCOP product set (Phụ lục I of
148/2023 and 26/2026 number the 26 sets alike), written to src/Ocop.Web/wwwroot/img/sets/NN.svg. Run it again after
changing a motif; the files are committed. Each picture is decorative (the card names the product), so it has no text."""
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src" / "Ocop.Web" / "wwwroot" / "img" / "sets"

# Background and ink per group: food, drinks, herbal, handicraft, plants and animals, tourism.
FOOD, DRINK, HERB, CRAFT, LIVING, TOUR = ("#fdf1dc", "#b5651d"), ("#e3f0fb", "#1d5f8a"), ("#e6f4ea", "#2e7d4f"), ("#f6ebe1", "#8a5a2b"), ("#eef6e4", "#4f7a28"), ("#e7f1f4", "#2b6777")

def leaf(x, y, r, c, angle=0):
    return f'<ellipse cx="{x}" cy="{y}" rx="{r}" ry="{r/2.2:.1f}" fill="{c}" transform="rotate({angle} {x} {y})"/>'

def bottle(x, c, label="#fff8e6", h=110):
    top = 160 - h
    return (f'<rect x="{x-22}" y="{top+30}" width="44" height="{h-30}" rx="10" fill="{c}"/>'
            f'<rect x="{x-9}" y="{top}" width="18" height="34" rx="4" fill="{c}"/><rect x="{x-11}" y="{top-6}" width="22" height="10" rx="3" fill="#5b3a1a"/>'
            f'<rect x="{x-18}" y="{top+55}" width="36" height="30" rx="4" fill="{label}"/>')

def jar(x, c, lid="#5b3a1a", fill="#f3b23a"):
    return (f'<rect x="{x-34}" y="78" width="68" height="82" rx="14" fill="{c}" opacity=".35"/><rect x="{x-30}" y="92" width="60" height="64" rx="12" fill="{fill}"/>'
            f'<rect x="{x-36}" y="66" width="72" height="16" rx="5" fill="{lid}"/>')

def bowl(x, c, fill):
    return (f'<path d="M{x-60} 110 a60 46 0 0 0 120 0 z" fill="{c}"/><ellipse cx="{x}" cy="110" rx="60" ry="10" fill="{fill}"/>')

MOTIFS = {
    1: (FOOD, lambda c: f'<circle cx="140" cy="112" r="40" fill="#e3473b"/>{leaf(150, 66, 18, "#3f8f4a", -30)}<circle cx="200" cy="122" r="30" fill="#8cc152"/>{leaf(205, 88, 13, "#3f8f4a", 25)}'),
    2: (FOOD, lambda c: f'<path d="M90 110 q60 -50 120 0 q-60 50 -120 0 z" fill="#5a8fb0"/><path d="M210 110 l36 -26 v52 z" fill="#5a8fb0"/><circle cx="115" cy="104" r="5" fill="#fff"/>'),
    3: (FOOD, lambda c: bowl(160, c, "#fffaf0") + "".join(f'<ellipse cx="{130+i*12}" cy="{100 - (i % 2) * 6}" rx="5" ry="9" fill="#fffaf0" stroke="#d8c9a8"/>' for i in range(6))),
    4: (FOOD, lambda c: jar(150, c) + "".join(f'<polygon points="{x},{y-10} {x+9},{y-5} {x+9},{y+5} {x},{y+10} {x-9},{y+5} {x-9},{y-5}" fill="#f6c445" stroke="{c}"/>' for x, y in ((222, 86), (240, 97), (222, 108), (240, 119)))),
    5: (FOOD, lambda c: bowl(160, c, "#f7d9a8") + f'<path d="M140 80 q8 -14 0 -28 M160 78 q8 -14 0 -28 M180 80 q8 -14 0 -28" stroke="{c}" stroke-width="4" fill="none" stroke-linecap="round"/>'),
    6: (FOOD, lambda c: f'<circle cx="150" cy="108" r="50" fill="#f4e7c8" stroke="{c}" stroke-width="3"/>' + "".join(f'<circle cx="{130+(i*17)%50}" cy="{88+(i*23)%45}" r="3" fill="#3b2a1a"/>' for i in range(9)) + f'<circle cx="205" cy="120" r="30" fill="#efdcb0" stroke="{c}" stroke-width="3"/>'),
    7: (FOOD, lambda c: jar(160, c, fill="#e05a4f") + f'<circle cx="150" cy="120" r="8" fill="#f7a8a0"/><circle cx="170" cy="134" r="8" fill="#f7a8a0"/>'),
    8: (FOOD, lambda c: f'<path d="M80 100 q50 -36 100 0 q-50 36 -100 0 z" fill="#c98a4b"/><path d="M180 100 l30 -20 v40 z" fill="#c98a4b"/><path d="M110 140 q50 -30 100 0 q-50 30 -100 0 z" fill="#b5773c"/>'),
    9: (FOOD, lambda c: bottle(140, "#8a3b12") + bottle(195, "#6b2e0e", h=90)),
    10: (FOOD, lambda c: f'<path d="M110 70 q-10 60 30 90 q20 -40 -10 -90 z" fill="#d9342b"/>{leaf(122, 64, 12, "#3f8f4a", -20)}<rect x="170" y="96" width="56" height="64" rx="10" fill="#ffffff" stroke="{c}" stroke-width="3"/><rect x="176" y="86" width="44" height="14" rx="4" fill="{c}"/>'),
    11: (DRINK, lambda c: f'<path d="M110 100 h90 v30 a30 30 0 0 1 -30 30 h-30 a30 30 0 0 1 -30 -30 z" fill="{c}"/><path d="M200 110 q26 0 20 20 q-6 14 -22 10" stroke="{c}" stroke-width="7" fill="none"/>{leaf(150, 72, 22, "#3f8f4a", -35)}{leaf(178, 70, 16, "#5fae60", 30)}'),
    12: (DRINK, lambda c: f'<path d="M115 100 h90 l-10 60 h-70 z" fill="#ffffff" stroke="{c}" stroke-width="4"/><circle cx="160" cy="80" r="12" fill="#f3b23a"/>' + "".join(leaf(160 + dx, 80 + dy, 12, "#e98bb5", a) for dx, dy, a in ((0, -16, 90), (16, 0, 0), (0, 16, 90), (-16, 0, 0)))),
    13: (DRINK, lambda c: f'<ellipse cx="130" cy="110" rx="30" ry="40" fill="#6b3e1f" transform="rotate(-25 130 110)"/><path d="M118 80 q24 30 0 62" stroke="#3b2210" stroke-width="5" fill="none" transform="rotate(-25 130 110)"/><path d="M175 100 h60 v34 a24 24 0 0 1 -24 24 h-12 a24 24 0 0 1 -24 -24 z" fill="{c}"/>'),
    14: (DRINK, lambda c: f'<ellipse cx="160" cy="122" rx="46" ry="40" fill="#c4a47c"/><rect x="146" y="62" width="28" height="30" rx="6" fill="#c4a47c"/><rect x="142" y="54" width="36" height="10" rx="4" fill="#7a5a3a"/><path d="M200 100 q30 6 14 40" stroke="#c4a47c" stroke-width="8" fill="none"/>'),
    15: (DRINK, lambda c: bottle(130, "#7b1f3a") + f'<path d="M185 70 h44 q0 40 -22 46 q-22 -6 -22 -46 z" fill="#b8325a"/><rect x="204" y="116" width="6" height="32" fill="{c}"/><rect x="190" y="146" width="34" height="6" rx="3" fill="{c}"/>'),
    16: (DRINK, lambda c: bottle(160, "#7fb8e0", label="#e3f0fb", h=120) + f'<path d="M220 80 q14 22 0 34 q-14 -12 0 -34 z" fill="#4a9bd4"/>'),
    17: (DRINK, lambda c: f'<path d="M125 70 h70 l-10 90 h-50 z" fill="#f2c14e" stroke="{c}" stroke-width="3"/><rect x="168" y="44" width="6" height="60" fill="#e3473b" transform="rotate(15 171 74)"/><circle cx="150" cy="100" r="6" fill="#fff"/><circle cx="166" cy="122" r="5" fill="#fff"/>'),
    18: (HERB, lambda c: f'<rect x="100" y="90" width="80" height="36" rx="18" fill="#ffffff" stroke="{c}" stroke-width="3" transform="rotate(-25 140 108)"/><path d="M140 90 v36" stroke="{c}" stroke-width="3" transform="rotate(-25 140 108)"/>{leaf(210, 100, 26, c, -40)}{leaf(220, 130, 20, "#5fae60", 20)}'),
    19: (HERB, lambda c: f'<rect x="120" y="100" width="80" height="56" rx="12" fill="#ffffff" stroke="{c}" stroke-width="3"/><rect x="116" y="86" width="88" height="18" rx="6" fill="{c}"/>{leaf(160, 128, 14, "#5fae60", -20)}'),
    20: (HERB, lambda c: f'<path d="M130 90 h60 v56 a14 14 0 0 1 -14 14 h-32 a14 14 0 0 1 -14 -14 z" fill="#d99a2b" opacity=".9"/><rect x="148" y="66" width="24" height="26" rx="4" fill="#3b2a1a"/><circle cx="160" cy="58" r="10" fill="#3b2a1a"/>{leaf(222, 96, 22, c, -50)}'),
    21: (CRAFT, lambda c: f'<path d="M80 140 L160 62 L240 140 z" fill="#e9cf93" stroke="{c}" stroke-width="3"/><path d="M100 121 h120 M120 102 h80 M140 83 h40" stroke="{c}" stroke-width="2"/><path d="M80 140 q80 22 160 0" stroke="{c}" stroke-width="3" fill="none"/>'),
    22: (CRAFT, lambda c: f'<rect x="100" y="66" width="120" height="94" rx="6" fill="#c0392b"/>' + "".join(f'<path d="M100 {78+i*18} h120" stroke="#f3b23a" stroke-width="5"/><path d="M{110+j*24} {84+i*18} l8 -6 l8 6" stroke="#ffffff" stroke-width="2" fill="none"/>' for i in range(4) for j in range(4))),
    23: (LIVING, lambda c: "".join(leaf(160 + dx, 96 + dy, 24, "#e98bb5", a) for dx, dy, a in ((0, -22, 90), (22, 0, 0), (0, 22, 90), (-22, 0, 0))) + f'<circle cx="160" cy="96" r="14" fill="#f3b23a"/><path d="M160 120 v44" stroke="{c}" stroke-width="5"/>{leaf(178, 146, 14, c, -30)}'),
    24: (LIVING, lambda c: f'<path d="M125 120 h70 l-10 40 h-50 z" fill="#b5651d"/><path d="M160 120 v-30" stroke="{c}" stroke-width="5"/>{leaf(140, 86, 24, c, -30)}{leaf(182, 80, 24, "#6fb04a", 30)}{leaf(160, 62, 20, c, 90)}'),
    25: (LIVING, lambda c: f'<ellipse cx="160" cy="110" rx="44" ry="30" fill="#f3b23a"/><circle cx="200" cy="88" r="18" fill="#f3b23a"/><path d="M216 88 l16 4 l-16 6 z" fill="#e3473b"/><circle cx="204" cy="84" r="3" fill="#3b2a1a"/><path d="M120 104 l-28 -14 l6 28 z" fill="#d88f1f"/><path d="M150 140 v20 M170 140 v20" stroke="{c}" stroke-width="4"/>'),
    26: (TOUR, lambda c: f'<path d="M40 160 L120 70 L170 120 L210 86 L290 160 z" fill="#8fbfa0"/><path d="M200 160 v-36 l26 -22 l26 22 v36 z" fill="#ffffff" stroke="{c}" stroke-width="3"/><path d="M196 126 l30 -28 l30 28" stroke="#b5651d" stroke-width="6" fill="none"/><circle cx="252" cy="52" r="14" fill="#f3b23a"/>'),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for number, ((background, ink), draw) in MOTIFS.items():
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200" aria-hidden="true">'
               f'<rect width="320" height="200" fill="{background}"/><ellipse cx="160" cy="166" rx="110" ry="10" fill="{ink}" opacity=".12"/>'
               f'{draw(ink)}</svg>\n')
        (OUT / f"{number:02d}.svg").write_text(svg, encoding="utf-8")
    print(f"{len(MOTIFS)} pictures in {OUT}")


if __name__ == "__main__":
    main()
