#!/usr/bin/env python3
"""Check the holdout14 fixtures themselves (not the crawler).

Usage: python3 validate_holdout14.py   (exit status 0 when every check passes)

Per portal: site.json / gold.json load and have the FORMAT.md keys; every page
file exists; "/" is served; gold paths are served with status 200 and are not
listed twice; article gold fields are well formed (published YYYY-MM-DD or null,
text_first / text_last at most 60 characters, 3-5 must_contain); gold strings are
NFC and entity-free; every snippet is on its page after charset decoding + HTML
unescape + NFC; an article page's canonical link, when present, names its own
path; furniture strings occur on some page of the portal and never (case-
insensitively) in any gold title or snippet; every article and non-article is
reachable by links from "/"; no absolute links other than canonical / og:url on
http://{{HOST}}; "&" in links is written as "&amp;". Totals are checked too.
"""
import datetime
import html
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
TAG = re.compile(r"<[^>]+>")
HREF = re.compile(r"""\b(?:href|src|action)\s*=\s*["']([^"']*)["']""", re.I)
ABS = re.compile(r"""\b(?:href|src|content|action)\s*=\s*["']((?:https?:)?//[^"']*)""", re.I)
CANON = re.compile(r"""<link[^>]*rel=["']canonical["'][^>]*href=["']([^"']*)["']""", re.I)
errors = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def texts(raw, charset):
    s = raw.decode(charset)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    a = nfc(html.unescape(s))
    b = re.sub(r"\s+", " ", nfc(html.unescape(TAG.sub(" ", s))))
    return a, b


def check_portal(pid):
    d = os.path.join(ROOT, pid)
    try:
        site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    except Exception as e:
        err(pid, "JSON: %s" % e)
        return 0, 0
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            err(pid, "site.json lacks " + k)
    for k in ("articles", "non_articles", "furniture"):
        if k not in gold:
            err(pid, "gold.json lacks " + k)
    pages = {}
    for path, info in site["pages"].items():
        fn = os.path.join(d, info["file"])
        if not os.path.isfile(fn):
            err(pid, "missing file " + info["file"])
            continue
        cs = info["content_type"].split("charset=")[-1].strip()
        raw = open(fn, "rb").read()
        try:
            raw.decode(cs)
        except Exception as e:
            err(pid, "%s does not decode as %s" % (path, cs))
            continue
        pages[path] = (raw, cs, info["status"])
    if "/" not in pages or pages["/"][2] != 200:
        err(pid, "/ not served")
    arts, nons = gold["articles"], gold["non_articles"]
    for p in list(arts) + nons:
        if p not in pages or pages[p][2] != 200:
            err(pid, "gold path not served: " + p)
    if set(arts) & set(nons) or len(set(nons)) != len(nons):
        err(pid, "path listed twice")
    page_text = {p: texts(r, c) for p, (r, c, s) in pages.items()}
    golds = []
    for p, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                err(pid, "%s lacks %s" % (p, k))
        if g["published"] is not None:
            try:
                datetime.date.fromisoformat(g["published"])
            except Exception:
                err(pid, "%s bad date %r" % (p, g["published"]))
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            err(pid, p + " snippet over 60 chars")
        if not 3 <= len(g["must_contain"]) <= 5:
            err(pid, p + " must_contain count")
        strs = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        golds += strs
        for s in strs:
            if s != nfc(s) or html.unescape(s) != s or not s.strip():
                err(pid, "%s: gold string not NFC/entity-free: %r" % (p, s))
        if p in page_text:
            a, b = page_text[p]
            for s in strs:
                if s not in a and s not in b:
                    err(pid, "%s: snippet not on page: %r" % (p, s))
            m = CANON.search(pages[p][0].decode(pages[p][1]))
            if m and html.unescape(m.group(1)) != "http://{{HOST}}" + p:
                err(pid, "%s: canonical names another URL %s" % (p, m.group(1)))
    for f in gold["furniture"]:
        if not any(f in a or f in b for a, b in page_text.values()):
            err(pid, "furniture not on any page: %r" % f)
        for s in golds:
            if f.lower() in s.lower():
                err(pid, "furniture %r inside gold string %r" % (f, s))
    for p, (raw, cs, st) in pages.items():
        s = raw.decode(cs)
        for m in ABS.finditer(s):
            start = s.rfind("<", 0, m.start())
            tag = s[start:s.find(">", m.start()) + 1]
            if not (m.group(1).startswith("http://{{HOST}}/") and re.search(r"""rel=["']canonical|property=["']og:url""", tag)):
                err(pid, "%s: absolute link %s" % (p, m.group(1)))
        for h in HREF.findall(s):
            if re.search(r"&(?!amp;|lt;|gt;|quot;|#)", h):
                err(pid, "%s: bare & in link %s" % (p, h))
    seen, todo = set(), ["/"]
    while todo:
        p = todo.pop()
        if p in seen or p not in pages or pages[p][2] != 200:
            continue
        seen.add(p)
        raw, cs, st = pages[p]
        for h in HREF.findall(raw.decode(cs)):
            h = html.unescape(h).split("#")[0]
            if h.startswith("/") and not h.startswith("//"):
                todo.append(h)
    for p in list(arts) + nons:
        if p not in seen:
            err(pid, "not reachable from /: " + p)
    if not 5 <= len(arts) <= 6:
        err(pid, "expected 5-6 articles, got %d" % len(arts))
    if not nons:
        err(pid, "no non-articles")
    return len(arts), len(nons)


def main():
    portals = sorted(x for x in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, x, "site.json")))
    na = nn = 0
    for pid in portals:
        a, n = check_portal(pid)
        na += a
        nn += n
        print("%-16s %d articles, %d non-articles" % (pid, a, n))
    if len(portals) < 8:
        errors.append("fewer than 8 portals")
    if na < 45:
        errors.append("fewer than 45 articles")
    print("total: %d portals, %d articles, %d non-articles" % (len(portals), na, nn))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else "%d problems" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
