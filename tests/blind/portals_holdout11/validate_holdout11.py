#!/usr/bin/env python3
"""Check the holdout11 fixtures themselves (not the crawler).

For every portal folder: site.json and gold.json load and have the FORMAT.md keys;
every listed file exists; every gold path (articles, non_articles) is served with
status 200; every article is reachable by links from "/"; every gold snippet
(title, text_first, text_last, must_contain) is on its page after charset decoding
+ HTML unescape + NFC; gold strings are NFC and entity-free; published is
YYYY-MM-DD or null; each furniture string appears on some page of the portal and in
no gold title/snippet (case-insensitive); no absolute links except canonical/og:url
with http://{{HOST}}; an article's canonical link, when present, names its own path.
Usage: python3 validate_holdout11.py [portal_dir ...]
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def charset(ctype, data):
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    if m:
        return m.group(1)
    m = re.search(rb'charset=["\']?([\w-]+)', data[:2048], re.I)
    return m.group(1).decode() if m else "utf-8"


def page_text(data, ctype):
    cs = charset(ctype, data).lower()
    if cs in ("windows-1258", "cp1258"):
        cs = "cp1258"
    s = data.decode(cs)
    return s, nfc(html.unescape(s))


def links(raw):
    out = []
    for m in re.finditer(r'\bhref\s*=\s*"([^"]*)"', raw, re.I):
        out.append(html.unescape(m.group(1)))
    return out


def check_portal(d):
    errs = []
    pid = os.path.basename(d.rstrip("/"))
    try:
        site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa
        return ["%s: json: %s" % (pid, e)]
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append("%s: site.json lacks %s" % (pid, k))
    for k in ("articles", "non_articles", "furniture"):
        if k not in gold:
            errs.append("%s: gold.json lacks %s" % (pid, k))
    pages = site.get("pages", {})
    texts, raws = {}, {}
    for p, meta in pages.items():
        f = os.path.join(d, meta["file"])
        if not os.path.exists(f):
            errs.append("%s: missing file %s" % (pid, meta["file"]))
            continue
        data = open(f, "rb").read()
        if "html" in meta.get("content_type", ""):
            try:
                raws[p], texts[p] = page_text(data, meta["content_type"])
            except Exception as e:  # noqa
                errs.append("%s: %s does not decode: %s" % (pid, p, e))
    if "/" not in pages or pages["/"]["status"] != 200:
        errs.append("%s: no home page" % pid)
    # absolute links
    for p, raw in raws.items():
        for m in re.finditer(r'<[^>]*\b(?:href|src|action|content)\s*=\s*"((?:https?:)?//[^"]*)"[^>]*>', raw, re.I):
            tag = m.group(0)
            ok = m.group(1).startswith("http://{{HOST}}") and (
                re.search(r'rel="canonical"', tag) or re.search(r'property="og:url"', tag))
            if not ok:
                errs.append("%s: absolute link on %s: %s" % (pid, p, m.group(1)[:80]))
    # reachability
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        for h in links(raws.get(p, "")):
            h = h.split("#")[0]
            if not h.startswith("/") or h.startswith("//"):
                continue
            if h in pages and h not in seen and pages[h]["status"] == 200 and h in raws:
                seen.add(h)
                q.append(h)
    arts = gold.get("articles", {})
    for p in list(arts) + list(gold.get("non_articles", [])):
        if p not in pages or pages[p]["status"] != 200:
            errs.append("%s: gold path not served 200: %s" % (pid, p))
    for p in gold.get("non_articles", []):
        if p in arts:
            errs.append("%s: %s both article and non-article" % (pid, p))
    snippets_all = []
    for p, g in arts.items():
        if p not in seen:
            errs.append("%s: article not reachable from /: %s" % (pid, p))
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                errs.append("%s: %s lacks %s" % (pid, p, k))
        pub = g.get("published")
        if pub is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", pub):
            errs.append("%s: bad published %r" % (pid, pub))
        if not (3 <= len(g.get("must_contain", [])) <= 5):
            errs.append("%s: %s must_contain size" % (pid, p))
        if len(g.get("text_first", "")) > 60 or len(g.get("text_last", "")) > 60:
            errs.append("%s: %s snippet longer than 60" % (pid, p))
        t = texts.get(p, "")
        canon = re.search(r'<link rel="canonical" href="http://\{\{HOST\}\}([^"]*)"', raws.get(p, ""))
        if canon and html.unescape(canon.group(1)) != p:
            errs.append("%s: canonical of %s names %s" % (pid, p, canon.group(1)))
        snips = [g.get("title", ""), g.get("text_first", ""), g.get("text_last", "")] + list(g.get("must_contain", []))
        for s in snips:
            if s != nfc(s) or html.unescape(s) != s:
                errs.append("%s: gold string not NFC/entity-free: %r" % (pid, s))
            if s not in t:
                errs.append("%s: snippet not on page %s: %r" % (pid, p, s))
        snippets_all += snips
    alltext = "\n".join(texts.values()).lower()
    for f in gold.get("furniture", []):
        if f.lower() not in alltext:
            errs.append("%s: furniture not on any page: %r" % (pid, f))
        for s in snippets_all:
            if f.lower() in s.lower():
                errs.append("%s: furniture %r inside gold snippet %r" % (pid, f, s))
    return errs


def main(argv):
    dirs = argv or sorted(os.path.join(HERE, x) for x in os.listdir(HERE)
                          if os.path.isfile(os.path.join(HERE, x, "site.json")))
    errs, na, nn = [], 0, 0
    for d in dirs:
        e = check_portal(d)
        errs += e
        g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        na += len(g["articles"])
        nn += len(g["non_articles"])
        print("%-28s %s" % (os.path.basename(d), "ok" if not e else "%d errors" % len(e)))
    print("\n".join(errs))
    print("%d portals, %d articles, %d non-articles, %d errors" % (len(dirs), na, nn, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
