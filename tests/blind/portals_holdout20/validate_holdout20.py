#!/usr/bin/env python3
"""Check the holdout20 fixtures themselves (not the crawler).

Usage: python3 validate_holdout20.py   (exit status 1 and a list of problems on failure)
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "http://{{HOST}}"
HREF = re.compile(r'''(?:href|src|action)\s*=\s*["']([^"']*)["']''', re.I)
CANON = re.compile(r'''<link[^>]+rel=["']canonical["'][^>]*>|<meta[^>]+property=["']og:url["'][^>]*>''', re.I)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def charset(ct):
    m = re.search(r"charset=([\w-]+)", ct or "")
    return m.group(1) if m else "utf-8"


def check_portal(pid, errs):
    d = os.path.join(HERE, pid)
    E = lambda m: errs.append("%s: %s" % (pid, m))
    try:
        site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa
        E("json: %s" % e)
        return None
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            E("site.json lacks %s" % k)
    for k in ("articles", "non_articles", "furniture"):
        if k not in gold:
            E("gold.json lacks %s" % k)
    pages = site["pages"]
    raw, text = {}, {}
    for p, meta in pages.items():
        if not p.startswith("/"):
            E("page key not root-relative: %s" % p)
        f = os.path.join(d, meta["file"])
        if not meta["file"].startswith("pages/") or not os.path.isfile(f):
            E("missing file %s" % meta["file"])
            continue
        cs = charset(meta.get("content_type"))
        try:
            raw[p] = open(f, "rb").read().decode(cs)
        except UnicodeDecodeError as e:
            E("%s does not decode as %s: %s" % (p, cs, e))
            continue
        text[p] = nfc(html.unescape(raw[p]))
    if "/" not in pages:
        E("no home page /")
    arts, non = gold["articles"], gold["non_articles"]
    for p in list(arts) + non:
        if p not in pages:
            E("gold path not served: %s" % p)
    if set(arts) & set(non):
        E("paths in both lists: %s" % (set(arts) & set(non)))
    # reachability
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        if p not in raw or pages[p].get("status", 200) != 200:
            continue
        for u in HREF.findall(CANON.sub("", raw[p])):
            u = html.unescape(u).split("#")[0]
            if u.startswith("/") and u in pages and u not in seen:
                seen.add(u)
                q.append(u)
    for p in arts:
        if p not in seen:
            E("article not reachable from /: %s" % p)
    # links
    for p, t in text.items():
        for tag in CANON.findall(t):
            m = re.search(r'''(?:href|content)=["']([^"']*)["']''', tag)
            if not m or not m.group(1).startswith(HOST + "/"):
                E("%s: canonical/og:url not on http://{{HOST}}: %s" % (p, tag))
        for u in HREF.findall(CANON.sub("", t)):
            if u.startswith("//") or (re.match(r"^[a-z][a-z0-9+.-]*:", u, re.I)
                                      and not u.lower().startswith(("mailto:", "javascript:"))):
                E("%s: absolute link %s" % (p, u))
    # gold snippets
    table_arts = 0
    for p, g in arts.items():
        if p not in text:
            continue
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                E("%s lacks %s" % (p, k))
        if g["published"] is not None and not DATE.match(g["published"]):
            E("%s: bad date %r" % (p, g["published"]))
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            E("%s: text_first/last longer than 60" % p)
        if not 3 <= len(g["must_contain"]) <= 5:
            E("%s: must_contain needs 3-5 phrases" % p)
        snippets = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        for s in snippets:
            if s != nfc(s) or html.unescape(s) != s:
                E("%s: gold string not NFC / has entities: %r" % (p, s))
            if s not in text[p]:
                E("%s: not on page: %r" % (p, s))
        m = re.search(r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']http://\{\{HOST\}\}([^"\']+)', raw[p])
        if m and html.unescape(m.group(1)) != p:
            E("%s: canonical names another URL %s" % (p, m.group(1)))
        cells = {nfc(html.unescape(re.sub(r"<[^>]+>", "", c)).strip())
                 for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", raw[p], re.S)}
        if sum(1 for s in g["must_contain"] if s in cells) >= 3:
            table_arts += 1
    # furniture
    alltext = "\n".join(text.values()).lower()
    for f in gold["furniture"]:
        if nfc(f).lower() not in alltext:
            E("furniture not on any page: %r" % f)
        for p, g in arts.items():
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                if nfc(f).lower() in s.lower():
                    E("%s: furniture %r inside gold %r" % (p, f, s))
    return len(arts), len(non), len(pages), table_arts


def main():
    errs = []
    portals = sorted(x for x in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, x, "site.json")))
    tot_a = tot_n = tot_p = series_portals = 0
    for pid in portals:
        r = check_portal(pid, errs)
        if r:
            a, n, p, t = r
            tot_a, tot_n, tot_p = tot_a + a, tot_n + n, tot_p + p
            series_portals += t >= 3
            print("%-28s pages %2d  articles %2d  non-articles %2d  series-table articles %d" % (pid, p, a, n, t))
    print("portals %d, pages %d, articles %d, non-articles %d, portals with >=3 series tables %d"
          % (len(portals), tot_p, tot_a, tot_n, series_portals))
    if len(portals) < 6:
        errs.append("fewer than 6 portals")
    if tot_a < 45:
        errs.append("fewer than 45 articles")
    if series_portals < 5:
        errs.append("fewer than 5 portals with a 3-article table series")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
