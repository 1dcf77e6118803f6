#!/usr/bin/env python3
"""Check the holdout8 fixtures themselves (not the crawler).

Per portal: site.json / gold.json load and carry the FORMAT.md keys; every listed file exists and
every file in pages/ is listed; gold paths are served with status 200; articles and non-articles are
reachable by links from "/"; title / text_first / text_last / must_contain occur on their page after
charset decoding + HTML unescape + NFC; gold strings are NFC and entity-free, snippets <= 60 chars,
3-5 must_contain phrases, dates YYYY-MM-DD or null; furniture occurs on some page of the portal and
never inside a gold title or snippet (case-insensitive); no absolute links except canonical / og:url
on http://{{HOST}}; links with '&' are written '&amp;'.
Whole set: >= 8 portals, >= 45 articles, 5-6 articles and >= 1 non-article per portal, >= 2 CCHC
articles with figures per portal.

Usage: python3 validate_holdout8.py   (exit status 0 when everything passes)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "_generator"))
from common import check_portal  # noqa: E402

CCHC = re.compile(r"hồ sơ|PAR Index|SIPAS|DDCI|Chỉ số cải cách", re.I)


def main():
    errs, n_art, n_non, portals = [], 0, 0, 0
    for name in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, name)
        if not os.path.isfile(os.path.join(d, "site.json")):
            continue
        portals += 1
        pe = []
        try:
            site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
            gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errs.append("%s: JSON: %s" % (name, e))
            continue
        for k in ("name", "district", "province", "platform", "start_url", "pages"):
            if k not in site:
                pe.append("site.json lacks %s" % k)
        if site.get("start_url") != "/" or "/" not in site.get("pages", {}):
            pe.append("start_url / not served")
        for k in ("articles", "non_articles", "furniture"):
            if k not in gold:
                pe.append("gold.json lacks %s" % k)
        listed = {v["file"] for v in site["pages"].values()}
        for v in site["pages"].values():
            if not re.match(r"^pages/[^/]+\.html$", v["file"]):
                pe.append("file is not a pages/ path: %s" % v["file"])
            if "charset=" not in v.get("content_type", ""):
                pe.append("content_type without charset: %s" % v["file"])
        for f in os.listdir(os.path.join(d, "pages")):
            if "pages/" + f not in listed:
                pe.append("unlisted file pages/%s" % f)
        for f in listed:
            raw = open(os.path.join(d, f), "rb").read().decode("latin-1")
            for h in re.findall(r'href="([^"]*)"', raw):
                if re.search(r"&(?!amp;|#)", h):
                    pe.append("raw & in href on %s: %s" % (f, h))
        pe += check_portal(d)
        arts = gold.get("articles", {})
        if not 5 <= len(arts) <= 6:
            pe.append("%d articles (want 5-6)" % len(arts))
        if not gold.get("non_articles"):
            pe.append("no non-articles")
        cchc = [p for p, g in arts.items() if CCHC.search(g["title"] + " " + " ".join(g["must_contain"]))
                and re.search(r"\d", " ".join(g["must_contain"]))]
        if len(cchc) < 2:
            pe.append("fewer than 2 CCHC articles with figures")
        n_art += len(arts)
        n_non += len(gold.get("non_articles", []))
        errs += ["%s: %s" % (name, e) for e in pe]
        print("%-26s %-40s pages=%-3d articles=%d non_articles=%d %s" % (
            name, site.get("platform", "?")[:40], len(site["pages"]), len(arts), len(gold.get("non_articles", [])),
            "OK" if not pe else "FAIL"))
    if portals < 8:
        errs.append("only %d portals" % portals)
    if n_art < 45:
        errs.append("only %d articles" % n_art)
    print("portals=%d articles=%d non_articles=%d" % (portals, n_art, n_non))
    for e in errs:
        print("ERROR", e)
    print("PASS" if not errs else "FAIL (%d errors)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
