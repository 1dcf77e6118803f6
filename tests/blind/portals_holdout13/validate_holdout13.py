#!/usr/bin/env python3
"""Check the holdout13 fixtures themselves (not the crawler).

Usage: python3 validate_holdout13.py   (exit status 0 when every check passes)
"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm_text(raw, charset):
    t = raw.decode(charset)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    t = unicodedata.normalize("NFC", html.unescape(t))
    return re.sub(r"\s+", " ", t)


def charset_of(ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    return m.group(1) if m else "utf-8"


def check_portal(pid):
    d = os.path.join(HERE, pid)
    try:
        site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err("%s: JSON does not load: %s" % (pid, e))
        return 0
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            err("%s: site.json lacks %s" % (pid, k))
    pages = site["pages"]
    if "/" not in pages:
        err("%s: no home page" % pid)
    raws, texts = {}, {}
    for path, p in pages.items():
        fn = os.path.join(d, p["file"])
        if not p["file"].startswith("pages/") or not os.path.isfile(fn):
            err("%s: file missing for %s" % (pid, path))
            continue
        raw = open(fn, "rb").read()
        if "html" not in p["content_type"]:
            continue
        cs = charset_of(p["content_type"])
        try:
            raws[path] = raw.decode(cs)
        except UnicodeDecodeError:
            err("%s: %s does not decode as %s" % (pid, path, cs))
            continue
        texts[path] = norm_text(raw, cs)
        # absolute links only in canonical / og:url, and only to {{HOST}}
        for m in re.finditer(r'<[^>]*?(?:href|src|content|action)="(https?://[^"]*)"[^>]*>', raws[path], re.I):
            tag, url = m.group(0), m.group(1)
            if not (url.startswith("http://{{HOST}}") and ("canonical" in tag or "og:url" in tag)):
                err("%s: absolute link %s on %s" % (pid, url, path))
    arts, nons, furn = gold["articles"], gold["non_articles"], gold["furniture"]
    if not 5 <= len(arts) <= 6:
        err("%s: %d articles (want 5-6)" % (pid, len(arts)))
    for path in list(arts) + nons:
        if path not in pages or pages[path]["status"] != 200:
            err("%s: gold path not served with 200: %s" % (pid, path))
    if set(arts) & set(nons):
        err("%s: path both article and non-article" % pid)
    # reachability from /
    seen, todo = {"/"}, ["/"]
    while todo:
        p = todo.pop()
        if p not in raws or pages[p]["status"] != 200:
            continue
        for u in re.findall(r'href="(/[^"]*)"', raws[p]):
            u = html.unescape(u).split("#")[0]
            if u not in seen:
                seen.add(u)
                todo.append(u)
    for path in list(arts) + nons:
        if path not in seen:
            err("%s: not reachable from /: %s" % (pid, path))
    gold_strings = []
    for path, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                err("%s: %s lacks %s" % (pid, path, k))
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            err("%s: bad published %r" % (pid, g["published"]))
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            err("%s: text_first/text_last longer than 60 on %s" % (pid, path))
        if not 3 <= len(g["must_contain"]) <= 5:
            err("%s: must_contain size on %s" % (pid, path))
        raw = raws.get(path, "")
        m = re.search(r'<link rel="canonical" href="http://\{\{HOST\}\}([^"]+)"', raw)
        if m and html.unescape(m.group(1)) != path:
            err("%s: %s declares canonical %s" % (pid, path, m.group(1)))
        for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
            if s != unicodedata.normalize("NFC", s) or html.unescape(s) != s:
                err("%s: gold string not NFC/entity-free: %r" % (pid, s))
            if re.sub(r"\s+", " ", s).strip() not in texts.get(path, ""):
                err("%s: snippet not on page %s: %r" % (pid, path, s))
            gold_strings.append(s)
    alltext = " ".join(texts.values()).casefold()
    for f in furn:
        if f.casefold() not in alltext:
            err("%s: furniture not on any page: %r" % (pid, f))
        for s in gold_strings:
            if f.casefold() in s.casefold():
                err("%s: furniture %r inside gold string %r" % (pid, f, s))
    return len(arts)


def main():
    portals = sorted(x for x in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, x, "site.json")))
    total = sum(check_portal(p) for p in portals)
    if len(portals) < 8:
        err("only %d portals" % len(portals))
    if total < 45:
        err("only %d articles" % total)
    for e in errors:
        print("FAIL", e)
    print("%d portals, %d articles, %d problems" % (len(portals), total, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
