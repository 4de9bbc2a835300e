#!/usr/bin/env python3
"""Turns bench/run.sh's results.jsonl into the Markdown tables of docs/benchmarks.md."""
import json
import os
import sys
from collections import defaultdict

machine = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), "machine.txt")
if os.path.exists(machine):
    print(f"Machine: {open(machine, encoding='utf-8').read().strip()}")


def cpu_figures(r):
    """The server's CPU per request (and PostgreSQL's, when local), and the trivial run's CPU per request as a share of it."""
    if "server_cpu_us" not in r:
        return "—", "—"  # results taken before bench/run.sh measured CPU
    cost = r["server_cpu_us"] + r.get("db_cpu_us", 0)
    shown = f"{r['server_cpu_us']:,.1f}" + (f" + {r['db_cpu_us']:,.1f} db" if "db_cpu_us" in r else "")
    yardstick = r["server_cpu_us"] if r["endpoint"].startswith("trivial") else r.get("trivial_server_cpu_us")
    return shown, (f"{100 * yardstick / cost:.0f}%" if yardstick and cost else "—")


rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
runs = defaultdict(dict)
for r in rows:
    runs[(r["products"], r["engine"])][r["endpoint"]] = r

for (products, engine), by in sorted(runs.items()):
    trivial = by.get("trivial", {}).get("rps")
    print(f"\n### {products:,} products, {engine}\n")
    if "first-search-builds-index" in by:
        print(f"First catalogue request after start (builds the index): {by['first-search-builds-index']['seconds']:.2f} s\n")
    print("| Endpoint | req/s | % of trivial | trivial req/s | CPU µs/req | CPU share | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in ["trivial", "search-facets", "search-text", "search-page-html", "home", "product-page", "lot-page", "verify-page", "resolve",
                 "trivial-2", "search-page-html-uncached", "home-uncached", "product-page-uncached", "lot-page-uncached", "verify-page-uncached",
                 "trivial-3", "search-facets-uncached", "search-text-uncached", "product-page-cold", "lot-page-cold", "verify-page-cold",
                 "search-text-uncached-4-connections", "naive-ilike-text"]:
        if name not in by:
            continue
        r = by[name]
        # Rows measured on a restarted server are compared with that server's own trivial figure.
        cold = name.endswith("-cold") or name in ("trivial-3", "search-facets-uncached", "search-text-uncached")
        # A row measured with its own trivial run right after it (bench/run.sh since 2026-12-06) is compared with that.
        base = r.get("trivial_rps") or (by.get("trivial-3", {}).get("rps") if cold
                else by.get("trivial-2", {}).get("rps") if name.endswith("-uncached") or name == "trivial-2" else trivial)
        share = f"{100 * r['rps'] / base:.0f}%" if base and "4-connections" not in name and name != "naive-ilike-text" else "—"
        yardstick = f"{base:,.0f}" if share != "—" else "—"
        cpu, cpu_share = cpu_figures(r)
        print(f"| {name} | {r['rps']:,.0f} | {share} | {yardstick} | {cpu} | {cpu_share} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {r['p99_ms']:.2f} | {r['socket_errors'] + r['bad_status']} |")
    if "memory" in by:
        print(f"\nServer memory (resident) after every page's warm-up, caches on: {by['memory']['rss_mb']:,} MB.")
    if "page-weight" in by:
        w = by["page-weight"]
        print(f"\nProduct page `{w['path']}` as a browser fetches it (Brotli where offered): first visit {w['first_visit_bytes'] / 1000:.1f} KB "
              f"(the page {w['html_bytes'] / 1000:.1f} KB and {len(w['assets'])} files), repeat visit {w['repeat_visit_bytes'] / 1000:.1f} KB.")
    if "scan-count" in by:
        s = by["scan-count"]
        print(f"\nScans counted: {s['counted']:,}; resolves answered with a redirect as wrk saw them: {s['wrk_requests']:,} "
              f"(the counter may exceed wrk's figure by the requests in flight when wrk stopped).")
    if "naive-ilike-text" in by and "search-text-uncached-4-connections" in by:
        ours, naive = by["search-text-uncached-4-connections"], by["naive-ilike-text"]
        ratio = f"{ours['rps'] / naive['rps']:,.0f}×" if naive["rps"] > 0 else "(ILIKE answered nothing in the time)"
        print(f"\nSame text queries, same PostgreSQL data, 4 connections, result cache off: our search {ours['rps']:,.0f} req/s "
              f"(p95 {ours['p95_ms']:.2f} ms, with facets) vs plain ILIKE {naive['rps']:,.1f} req/s "
              f"(p95 {naive['p95_ms']:.0f} ms, page and count, no facets): {ratio} the throughput.")
