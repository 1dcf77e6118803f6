#!/usr/bin/env python3
"""Check the holdout3 fixtures themselves (not the crawler).

For every portal folder (one holding site.json):
  * site.json and gold.json load and have the keys FORMAT.md names; every page file exists;
  * every gold path (articles and non_articles) is served with status 200, none is both;
  * gold strings are NFC and entity-free; text_first/text_last are at most 60 characters;
    published is YYYY-MM-DD or null; must_contain holds 3-5 phrases, none inside any headline
    of the portal (a list of titles on the page must not satisfy it);
  * title, text_first, text_last and every must_contain phrase are on the article's page after
    charset decoding + HTML unescape + NFC;
  * at least one article per portal has a must_contain phrase that is a whole table cell;
  * every furniture string is on some page of the portal (in the unescaped source or the tag-free
    text) and absent, case-insensitively, from every gold title and snippet of the portal;
  * every gold path is reachable by links from '/';
  * no absolute links (href/src/action/content), except <link rel=canonical> and og:url on
    http://{{HOST}}; no bare '&' inside an href;
  * totals: at least 8 portals and 45 articles, 5-6 articles per portal.
Exit status 0 when all pass.
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


def nfc(s):
    return unicodedata.normalize("NFC", s)


def decode(raw, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
        cs = m.group(1).decode() if m else "utf-8"
    return raw.decode(cs)


def tagfree(src):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", src)
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", nfc(html.unescape(s)))


def check_portal(d):
    errs = []
    site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append("site.json lacks " + k)
    for k in ("articles", "non_articles", "furniture"):
        if k not in gold:
            errs.append("gold.json lacks " + k)
    if errs:
        return errs, 0
    pages = site["pages"]
    src, text = {}, {}
    for path, meta in pages.items():
        if not path.startswith("/") or "&amp;" in path:
            errs.append("bad page key %r" % path)
        f = os.path.join(d, meta["file"])
        if not os.path.isfile(f):
            errs.append("missing file " + meta["file"])
            continue
        raw = open(f, "rb").read()
        try:
            src[path] = decode(raw, meta.get("content_type", ""))
        except (UnicodeDecodeError, LookupError) as e:
            errs.append("%s: cannot decode (%s)" % (path, e))
            continue
        text[path] = nfc(html.unescape(src[path]))
    arts, nons = gold["articles"], gold["non_articles"]
    for p in list(arts) + nons:
        if p not in pages or pages[p]["status"] != 200:
            errs.append("gold path not served with 200: " + p)
    for p in set(arts) & set(nons):
        errs.append("both article and non-article: " + p)
    gold_strings = []
    has_table_cell = False
    for p, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                errs.append("%s: gold lacks %s" % (p, k))
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            errs.append("%s: published %r" % (p, g["published"]))
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            errs.append(p + ": snippet longer than 60")
        if not 3 <= len(g["must_contain"]) <= 5:
            errs.append("%s: %d must_contain" % (p, len(g["must_contain"])))
        strings = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        gold_strings += strings
        for s in strings:
            if not s or s != nfc(s) or re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+\d*);", s, re.I):
                errs.append("%s: gold string empty, not NFC or with an entity: %r" % (p, s))
            if p in text and s not in text[p]:
                errs.append("%s: not on the page: %r" % (p, s))
        if p in src:
            cells = {re.sub(r"\s+", " ", tagfree(c)).strip() for c in re.findall(r"(?is)<td\b[^>]*>(.*?)</td>", src[p])}
            if any(m in cells for m in g["must_contain"]):
                has_table_cell = True
    titles = [g["title"].lower() for g in arts.values()]
    for p, g in arts.items():
        for m in g["must_contain"]:
            if any(m.lower() in t for t in titles):
                errs.append("%s: must_contain %r is inside a headline (lists of titles would satisfy it)" % (p, m))
    if not has_table_cell:
        errs.append("no article has a table cell among its must_contain")
    low_pages = " ".join(text.values()).lower() + " " + " ".join(tagfree(s) for s in src.values()).lower()
    for fu in gold["furniture"]:
        if fu != nfc(fu):
            errs.append("furniture not NFC: %r" % fu)
        if fu.lower() not in low_pages:
            errs.append("furniture on no page: %r" % fu)
        for s in gold_strings:
            if fu.lower() in s.lower():
                errs.append("furniture %r inside gold string %r" % (fu, s))
    # links
    link_re = re.compile(r"""<(a|area)\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)
    for p, s in src.items():
        for m in re.finditer(r"""<[^>]+?\b(href|src|action|content)\s*=\s*["']\s*((?:https?:)?//[^"']*)["'][^>]*>""", s, re.I):
            tag, val = m.group(0), m.group(2)
            ok = ((re.match(r"<link\b", tag, re.I) and re.search(r"rel\s*=\s*[\"']canonical", tag, re.I)) or
                  (re.match(r"<meta\b", tag, re.I) and "og:url" in tag)) and val.startswith(HOST)
            if not ok:
                errs.append("%s: absolute link %r" % (p, val))
        for m in re.finditer(r"""\bhref\s*=\s*["']([^"']*)["']""", s, re.I):
            if re.search(r"&(?!amp;|#\d+;|[a-z]+;)", m.group(1)):
                errs.append("%s: bare & in href %r" % (p, m.group(1)))
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        if p not in src or pages[p]["status"] != 200:
            continue
        for _, h in link_re.findall(src[p]):
            h = html.unescape(h).split("#")[0]
            if h.startswith("/") and h not in seen:
                seen.add(h)
                q.append(h)
    for p in list(arts) + nons:
        if p not in seen:
            errs.append("not reachable from /: " + p)
    if not 5 <= len(arts) <= 6:
        errs.append("%d articles (want 5-6)" % len(arts))
    return errs, len(arts)


def main():
    portals = sorted(x for x in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, x, "site.json")))
    total, bad = 0, 0
    for pid in portals:
        errs, n = check_portal(os.path.join(HERE, pid))
        total += n
        print("%-28s %d articles  %s" % (pid, n, "OK" if not errs else "FAIL"))
        for e in errs:
            print("    " + e)
        bad += bool(errs)
    print("portals: %d, articles: %d" % (len(portals), total))
    if len(portals) < 8 or total < 45:
        print("too few portals or articles")
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
