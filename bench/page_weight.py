#!/usr/bin/env python3
"""Bytes a browser transfers for one page: the page and what it loads (stylesheets, scripts, images, icons), each
fetched as a browser asks for it (Accept-Encoding: br, gzip) and counted as sent (compressed). A repeat visit
fetches the page again and only those files whose Cache-Control does not let the browser keep them for a day.

    bench/page_weight.py http://127.0.0.1:5097 /products/123   → one JSON line
"""
import json
import re
import sys
import urllib.request
from urllib.parse import urljoin

base, path = sys.argv[1], sys.argv[2]
ASSET = re.compile(r'<(?:link[^>]*rel="(?:stylesheet|icon|apple-touch-icon|manifest)"[^>]*href|script[^>]*src|img[^>]*src)="([^"]+)"')


def fetch(url, encoded=True):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "br, gzip"} if encoded else {})
    with urllib.request.urlopen(request) as response:
        return response.read(), response.headers


def kept_a_day(headers):
    match = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
    return match is not None and int(match.group(1)) >= 86400


html, headers = fetch(base + path)
plain, _ = fetch(base + path, encoded=False)
assets = []
for href in dict.fromkeys(ASSET.findall(plain.decode("utf-8"))):
    if href.startswith("data:") or (href.startswith("http") and not href.startswith(base)):
        continue
    body, asset_headers = fetch(urljoin(base + path, href.replace("&amp;", "&")))
    assets.append({"url": href, "bytes": len(body), "encoding": asset_headers.get("Content-Encoding", "none"), "kept": kept_a_day(asset_headers)})

first = len(html) + sum(a["bytes"] for a in assets)
repeat = len(html) + sum(a["bytes"] for a in assets if not a["kept"])
print(json.dumps({"path": path, "html_bytes": len(html), "html_encoding": headers.get("Content-Encoding", "none"),
                  "first_visit_bytes": first, "repeat_visit_bytes": repeat, "assets": assets}))
