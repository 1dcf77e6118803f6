#!/usr/bin/env python3
"""Check the holdout15 fixtures themselves (not the crawler).

Usage: python3 validate_holdout15.py   (exit status 0 when everything passes)
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import deque
from urllib.parse import urldefrag

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check_portal(d, errs):
    site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    pid = os.path.basename(d)
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append("%s: site.json lacks %s" % (pid, k))
    pages = site["pages"]
    raw, text = {}, {}
    for path, meta in pages.items():
        f = os.path.join(d, meta["file"])
        if not os.path.isfile(f):
            errs.append("%s: missing file %s" % (pid, meta["file"]))
            continue
        enc = meta["content_type"].split("charset=")[-1]
        raw[path] = open(f, "rb").read().decode(enc)
        text[path] = nfc(html.unescape(raw[path]))
        for tag in re.findall(r"<(?:a|link|meta|img|script|form|iframe)\b[^>]*>", raw[path], re.I):
            for m in re.findall(r'(?:href|src|content|action)="([^"]*)"', tag):
                if re.match(r"(?i)(https?:)?//", m):
                    if not (m.startswith("http://{{HOST}}/") and ('rel="canonical"' in tag or "og:url" in tag)):
                        errs.append("%s: absolute link on %s: %s" % (pid, path, m))
        if "&" in path and path.split("?")[0] != path:
            pass
    if "/" not in pages:
        errs.append("%s: no home page" % pid)
    arts, nons = gold["articles"], gold["non_articles"]
    if set(arts) & set(nons):
        errs.append("%s: path both article and non-article" % pid)
    for p in list(arts) + nons:
        if p not in pages or pages[p]["status"] != 200:
            errs.append("%s: gold path not served: %s" % (pid, p))
    # reachability
    seen, q = {"/"}, deque(["/"])
    while q:
        cur = q.popleft()
        if cur not in raw or pages[cur]["status"] != 200:
            continue
        for h in re.findall(r'<a\b[^>]*href="([^"]*)"', raw[cur], re.I):
            h = urldefrag(html.unescape(h))[0]
            if h.startswith("/") and h not in seen:
                seen.add(h)
                q.append(h)
    for p in list(arts) + nons:
        if p not in seen:
            errs.append("%s: not reachable from /: %s" % (pid, p))
    # article gold
    snippets = []
    for p, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                errs.append("%s %s: gold lacks %s" % (pid, p, k))
        if g["published"] is not None and not DATE.match(g["published"]):
            errs.append("%s %s: bad published %r" % (pid, p, g["published"]))
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            errs.append("%s %s: text_first/last longer than 60" % (pid, p))
        if not 3 <= len(g["must_contain"]) <= 5:
            errs.append("%s %s: must_contain has %d items" % (pid, p, len(g["must_contain"])))
        vals = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        for v in vals:
            if v != nfc(v) or html.unescape(v) != v:
                errs.append("%s %s: gold string not NFC/entity-free: %r" % (pid, p, v))
            if p in text and v not in text[p]:
                errs.append("%s %s: %r not on page" % (pid, p, v))
            snippets.append((p, v))
    # furniture
    alltext = "\n".join(text.values()).lower()
    for f in gold["furniture"]:
        if nfc(f).lower() not in alltext:
            errs.append("%s: furniture not on any page: %r" % (pid, f))
        for p, v in snippets:
            if nfc(f).lower() in v.lower():
                errs.append("%s: furniture %r inside gold of %s: %r" % (pid, f, p, v))
    return len(arts), len(nons), len(pages)


def main():
    errs = []
    portals = sorted(x for x in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, x, "site.json")))
    tot_a = tot_n = tot_p = 0
    for x in portals:
        a, n, p = check_portal(os.path.join(HERE, x), errs)
        if not 5 <= a <= 6:
            errs.append("%s: %d articles (want 5-6)" % (x, a))
        print("%-14s pages=%2d articles=%d non_articles=%d" % (x, p, a, n))
        tot_a, tot_n, tot_p = tot_a + a, tot_n + n, tot_p + p
    print("portals=%d pages=%d articles=%d non_articles=%d" % (len(portals), tot_p, tot_a, tot_n))
    if len(portals) < 8:
        errs.append("fewer than 8 portals")
    if tot_a < 45:
        errs.append("fewer than 45 articles")
    if errs:
        print("FAIL\n  " + "\n  ".join(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
