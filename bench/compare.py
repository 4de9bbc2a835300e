#!/usr/bin/env python3
"""Side by side: two bench/run.sh results files (before, after) as one Markdown table per dataset size, each page as
its share of the trivial endpoint measured by the same server, with its p95.

    bench/compare.py before.jsonl after.jsonl
"""
import json
import sys
from collections import defaultdict


def load(path):
    runs = defaultdict(dict)
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            runs[(r["products"], r["engine"])][r["endpoint"]] = r
    return runs


def base_of(by, name):
    cold = name.endswith("-cold") or name in ("trivial-3", "search-facets-uncached", "search-text-uncached")
    key = "trivial-3" if cold else "trivial-2" if name.endswith("-uncached") or name == "trivial-2" else "trivial"
    return by.get(key, {}).get("rps")


def cell(by, name):
    r = by.get(name)
    base = (r.get("trivial_rps") or base_of(by, name)) if r else None
    if not r or not base:
        return "—"
    cpu = ""
    if r.get("trivial_server_cpu_us") and r.get("server_cpu_us"):
        cpu = f" · CPU {100 * r['trivial_server_cpu_us'] / (r['server_cpu_us'] + r.get('db_cpu_us', 0)):.0f}%"
    return f"{100 * r['rps'] / base:.0f}% · {r['p95_ms']:.1f} ms{cpu}"


ROWS = [
    ("home", "Home page, stored"), ("search-page-html", "Catalogue page, stored"), ("product-page", "Product page, stored"),
    ("lot-page", "Lot page, stored"), ("verify-page", "Verify page, stored"), ("resolve", "Resolve"),
    ("home-uncached", "Home page, output cache off"), ("search-page-html-uncached", "Catalogue page, output cache off"),
    ("product-page-uncached", "Product page, output cache off"), ("lot-page-uncached", "Lot page, output cache off"),
    ("verify-page-uncached", "Verify page, output cache off"),
    ("search-facets-uncached", "Catalogue API, result cache off"), ("search-text-uncached", "Catalogue API (words only), result cache off"),
    ("product-page-cold", "Product page, nothing kept"), ("lot-page-cold", "Lot page, nothing kept"), ("verify-page-cold", "Verify page, nothing kept"),
]

before, after = load(sys.argv[1]), load(sys.argv[2])
for products in sorted({k[0] for k in after}):
    engines = sorted({k[1] for k in after if k[0] == products}, reverse=True)
    print(f"\n#### {products:,} products: share of trivial · p95 at 32 connections (· trivial's CPU per request as a share of the row's, where measured)\n")
    print("| | " + " | ".join(f"{e} before | {e} after" for e in engines) + " |")
    print("|---|" + "---:|---:|" * len(engines))
    for name, title in ROWS:
        cells = []
        for e in engines:
            cells += [cell(before.get((products, e), {}), name), cell(after.get((products, e), {}), name)]
        print(f"| {title} | " + " | ".join(cells) + " |")
    for e in engines:
        b, a = before.get((products, e), {}), after.get((products, e), {})
        if "memory" in a:
            was = f"{b['memory']['rss_mb']:,} MB" if "memory" in b else "—"
            print(f"\n{e}: server memory after warm-up {was} before, {a['memory']['rss_mb']:,} MB after.", end="")
        if "page-weight" in a:
            wa, wb = a["page-weight"], b.get("page-weight")
            was = f"{wb['first_visit_bytes'] / 1000:.1f} KB / {wb['repeat_visit_bytes'] / 1000:.1f} KB" if wb else "—"
            print(f" Product page first / repeat visit: {was} before, {wa['first_visit_bytes'] / 1000:.1f} KB / {wa['repeat_visit_bytes'] / 1000:.1f} KB after.", end="")
        if "scan-count" in a:
            s = a["scan-count"]
            print(f" Scans counted {s['counted']:,} for {s['wrk_requests']:,} answered.", end="")
        print()
