#!/usr/bin/env python3
"""Check the holdout16 fixtures themselves (not the crawler).

For every portal folder: site.json and gold.json load; every listed file exists; every gold path
(articles and non_articles) is served with status 200; every article is reachable from "/" by
following links (href decoded from &amp;); each gold snippet (title, text_first, text_last,
must_contain) occurs on its page after charset decoding + HTML unescape + NFC; every furniture
string occurs on at least one page of the portal and in no gold title or snippet (case-insensitive);
strings are NFC and entity-free; no absolute links except canonical / og:url on http://{{HOST}};
article counts per portal are 5-6, with 1-2 notices among the non-articles.
Exit status 1 on any error.
"""
import html
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
HREF = re.compile(r'\b(?:href|src|action)\s*=\s*"([^"]*)"', re.I)


def decode(raw, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    enc = m.group(1).lower() if m else "utf-8"
    if enc in ("windows-1258", "cp1258"):
        enc = "cp1258"
    return raw.decode(enc)


def norm(text):
    return unicodedata.normalize("NFC", html.unescape(unicodedata.normalize("NFC", text)))


def check_portal(pdir):
    errs = []
    pid = os.path.basename(pdir)
    try:
        site = json.load(open(os.path.join(pdir, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(pdir, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return ["%s: cannot load json: %s" % (pid, e)]
    pages = site["pages"]
    text = {}
    raw_html = {}
    for path, meta in pages.items():
        fp = os.path.join(pdir, meta["file"])
        if not os.path.exists(fp):
            errs.append("%s: missing file %s" % (pid, meta["file"]))
            continue
        s = decode(open(fp, "rb").read(), meta.get("content_type"))
        raw_html[path] = s
        text[path] = norm(s)
    if "/" not in pages:
        errs.append("%s: no home page" % pid)
    # links
    seen, todo = {"/"}, ["/"]
    while todo:
        p = todo.pop()
        if p not in raw_html or pages[p]["status"] != 200:
            continue
        for h in HREF.findall(raw_html[p]):
            h = html.unescape(h)
            if h.startswith("#") or h.startswith("javascript:") or h == "" or h.startswith("http://{{HOST}}"):
                continue
            if not h.startswith("/") or h.startswith("//"):
                errs.append("%s: non root-relative link %r on %s" % (pid, h, p))
                continue
            if h not in seen:
                seen.add(h)
                todo.append(h)
    for p, s in raw_html.items():
        for m in re.finditer(r"https?://[^\s\"'<>]*", s):
            before = s[max(0, m.start() - 120):m.start()]
            ok = m.group(0).startswith("http://{{HOST}}") and (
                'rel="canonical"' in before or 'og:url' in before)
            if not ok:
                errs.append("%s: absolute URL %r on %s" % (pid, m.group(0), p))
    arts = gold["articles"]
    if not 5 <= len(arts) <= 6:
        errs.append("%s: %d articles (want 5-6)" % (pid, len(arts)))
    for p in list(arts) + gold["non_articles"]:
        if p not in pages or pages[p]["status"] != 200:
            errs.append("%s: gold path not served 200: %s" % (pid, p))
        if p not in seen:
            errs.append("%s: gold path not reachable from /: %s" % (pid, p))
    furn = gold["furniture"]
    for p, g in arts.items():
        snips = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        if not 3 <= len(g["must_contain"]) <= 5:
            errs.append("%s: must_contain size on %s" % (pid, p))
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            errs.append("%s: bad date on %s" % (pid, p))
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            errs.append("%s: snippet longer than 60 on %s" % (pid, p))
        for sn in snips:
            if sn != unicodedata.normalize("NFC", sn) or sn != html.unescape(sn):
                errs.append("%s: gold string not NFC/entity-free: %r" % (pid, sn))
            if p in text and sn not in text[p]:
                errs.append("%s: snippet %r not on %s" % (pid, sn, p))
            for f in furn:
                if f.lower() in sn.lower():
                    errs.append("%s: furniture %r inside gold snippet %r (%s)" % (pid, f, sn, p))
    alltext = "\n".join(text.values()).lower()
    for f in furn:
        if f.lower() not in alltext:
            errs.append("%s: furniture %r on no page" % (pid, f))
    if len(furn) < 8:
        errs.append("%s: only %d furniture strings" % (pid, len(furn)))
    return errs


def main():
    errs, n_art, n_non, n_port = [], 0, 0, 0
    for d in sorted(os.listdir(ROOT)):
        pd = os.path.join(ROOT, d)
        if os.path.isdir(pd) and os.path.exists(os.path.join(pd, "site.json")):
            n_port += 1
            errs += check_portal(pd)
            g = json.load(open(os.path.join(pd, "gold.json"), encoding="utf-8"))
            n_art += len(g["articles"])
            n_non += len(g["non_articles"])
    print("\n".join(errs))
    print("portals=%d articles=%d non_articles=%d errors=%d" % (n_port, n_art, n_non, len(errs)))
    if n_port < 8 or n_art < 45:
        print("too few portals/articles")
        return 1
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
