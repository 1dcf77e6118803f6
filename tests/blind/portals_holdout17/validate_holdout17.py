#!/usr/bin/env python3
"""Check the holdout17 fixtures themselves (not the crawler).

For every portal folder: site.json and gold.json load; every listed file exists; every gold
path is served with status 200; articles and non-articles are disjoint; every article and
non-article is reachable by <a href> links from "/"; gold strings are NFC, entity-free and appear on
their page after charset decoding + HTML unescape + NFC; must_contain has 3-5 distinct items; published is
YYYY-MM-DD or null; furniture strings appear on some page of the portal and never inside any gold
title/snippet (case-insensitive); no absolute links except canonical/og:url on http://{{HOST}}.
Also checks the set totals (>= 6 portals, articles per portal 5-6).
Exit status 0 when everything passes."""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def charset(ctype, raw):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    if m:
        return m.group(1)
    m = re.search(rb'charset="?([\w-]+)', raw[:2000])
    return m.group(1).decode() if m else "utf-8"


def check_portal(d):
    errs = []
    site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append("site.json lacks " + k)
    pages, raw = {}, {}
    for path, meta in site["pages"].items():
        f = os.path.join(d, meta["file"])
        if not os.path.exists(f):
            errs.append("missing file " + meta["file"])
            continue
        b = open(f, "rb").read()
        raw[path] = b.decode(charset(meta.get("content_type"), b))
        pages[path] = nfc(html.unescape(raw[path]))
    arts, non = gold["articles"], gold["non_articles"]
    if set(arts) & set(non):
        errs.append("paths both article and non-article")
    for p in list(arts) + non:
        if p not in site["pages"] or site["pages"][p]["status"] != 200:
            errs.append("gold path not served 200: " + p)
    # reachability
    seen, todo = set(), ["/"]
    while todo:
        p = todo.pop()
        if p in seen or p not in raw:
            continue
        seen.add(p)
        for m in re.finditer(r'<a\b[^>]*href="([^"]*)"', raw[p]):
            u = html.unescape(m.group(1)).split("#")[0]
            if u.startswith("/"):
                todo.append(u)
    for p in list(arts) + non:
        if p not in seen:
            errs.append("not reachable from /: " + p)
    # absolute links
    for p, r in raw.items():
        for m in re.finditer(r'(?:href|src|content|action)\s*=\s*"(https?://[^"]*)"', r):
            u = m.group(1)
            if not u.startswith("http://{{HOST}}"):
                errs.append("%s: absolute link %s" % (p, u))
        for m in re.finditer(r'<[^>]*http://\{\{HOST\}\}[^>]*>', r):
            if 'rel="canonical"' not in m.group(0) and "og:url" not in m.group(0):
                errs.append("%s: {{HOST}} outside canonical/og:url" % p)
    # gold strings
    snippets = []
    for p, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                errs.append("%s lacks %s" % (p, k))
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            errs.append("%s: bad published" % p)
        if not 3 <= len(g["must_contain"]) <= 5:
            errs.append("%s: must_contain count" % p)
        if len(set(g["must_contain"])) != len(g["must_contain"]):
            errs.append("%s: duplicate must_contain" % p)
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            errs.append("%s: text_first/last longer than 60" % p)
        ss = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        snippets += ss
        page = pages.get(p, "")
        for s in ss:
            if s != nfc(s) or html.unescape(s) != s:
                errs.append("%s: gold string not NFC/entity-free %r" % (p, s))
            if s not in page:
                errs.append("%s: not on page %r" % (p, s))
    allp = "\n".join(pages.values()).lower()
    for f in gold["furniture"]:
        if f.lower() not in allp:
            errs.append("furniture on no page: %r" % f)
        for s in snippets:
            if f.lower() in s.lower():
                errs.append("furniture %r inside gold string %r" % (f, s))
    return errs, len(arts), len(non), len(site["pages"])


def main():
    total_a = total_n = total_p = 0
    portals = sorted(x for x in os.listdir(HERE)
                     if os.path.isdir(os.path.join(HERE, x)) and not x.startswith("_"))
    bad = False
    for x in portals:
        errs, a, n, pg = check_portal(os.path.join(HERE, x))
        total_a += a; total_n += n; total_p += pg
        if not 5 <= a <= 6:
            errs.append("article count %d" % a)
        print("%-22s pages=%2d articles=%d non_articles=%d %s" % (x, pg, a, n, "OK" if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        bad |= bool(errs)
    print("portals=%d pages=%d articles=%d non_articles=%d" % (len(portals), total_p, total_a, total_n))
    if len(portals) < 6:
        print("fewer than 6 portals"); bad = True
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
