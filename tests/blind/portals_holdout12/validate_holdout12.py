#!/usr/bin/env python3
"""Check the holdout12 fixtures themselves (not the crawler).

Usage: python3 validate_holdout12.py   (exit status 0 when every check passes)

Checks, per portal folder (any folder holding a site.json):
  * site.json and gold.json load and have the keys FORMAT.md names; every listed file exists;
    content_type carries a charset the bytes decode with;
  * every gold article / non-article path is served with status 200, the two lists are
    disjoint, and every gold path is reachable from "/" by following <a href> links;
  * gold strings are NFC and entity-free; text_first / text_last at most 60 characters;
    must_contain has 3-5 entries; published is YYYY-MM-DD or null;
  * title, text_first, text_last and every must_contain phrase occur on the article's page
    after charset decoding, tag removal, HTML unescaping, NFC and whitespace collapsing;
  * every furniture string occurs on some page of the portal and in no gold title or snippet
    (case-insensitive);
  * text_first / text_last are not a whole table cell (the prose around a table is the text's edge);
  * no absolute links: href/src/action values never start with a scheme or "//", except
    <link rel="canonical"> and og:url, which must use http://{{HOST}};
  * "&" inside href values is written as "&amp;";
  * a page whose canonical names another path is in neither gold list, and a gold article's
    canonical (when present) names the article itself;
  * totals: at least 8 portals, 5-6 articles per portal, at least 45 articles.
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []


def err(pid, msg):
    ERRORS.append("%s: %s" % (pid, msg))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(decoded):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", decoded)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return squash(nfc(html.unescape(t)))


def charset(ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    return m.group(1) if m else "utf-8"


TAG_RE = re.compile(r"<[a-zA-Z][^>]*>")
ATTR_RE = re.compile(r"""\b(href|src|action|content)\s*=\s*(["'])(.*?)\2""", re.I | re.S)
CANON_RE = re.compile(r"""<link\b[^>]*rel=["']canonical["'][^>]*href=["']http://\{\{HOST\}\}([^"']*)["']""", re.I)


def check_portal(pdir):
    pid = os.path.basename(pdir)
    try:
        site = json.load(open(os.path.join(pdir, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(pdir, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa
        err(pid, "JSON does not load: %s" % e)
        return 0
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            err(pid, "site.json lacks " + k)
    for k in ("articles", "non_articles", "furniture"):
        if k not in gold:
            err(pid, "gold.json lacks " + k)
    if site.get("start_url") != "/" or "/" not in site["pages"]:
        err(pid, "start_url / not served")

    decoded, texts = {}, {}
    for path, p in site["pages"].items():
        if not path.startswith("/"):
            err(pid, "path not root-relative: " + path)
        f = os.path.join(pdir, p["file"])
        if not os.path.isfile(f):
            err(pid, "missing file " + p["file"])
            continue
        raw = open(f, "rb").read()
        try:
            d = raw.decode(charset(p.get("content_type")))
        except (UnicodeDecodeError, LookupError) as e:
            err(pid, "%s does not decode: %s" % (p["file"], e))
            continue
        decoded[path] = d
        texts[path] = text_of(d)
        for tag in TAG_RE.findall(d):
            for name, _, val in ATTR_RE.findall(tag):
                v = val.strip()
                if name.lower() == "content" and not re.match(r"(?i)(https?:)?//", v):
                    continue
                if re.match(r"(?i)([a-z][a-z0-9+.-]*:|//)", v) and not re.match(r"(?i)(javascript|mailto):", v):
                    special = ('rel="canonical"' in tag or "og:url" in tag)
                    if not (special and v.startswith("http://{{HOST}}")):
                        err(pid, "absolute link %r on %s" % (v, path))
                if name.lower() == "href" and re.search(r"&(?!amp;|#\d+;|#x[0-9a-fA-F]+;|[a-zA-Z]+;)", v):
                    err(pid, "unescaped & in href %r on %s" % (v, path))

    arts = gold.get("articles", {})
    nons = gold.get("non_articles", [])
    if set(arts) & set(nons):
        err(pid, "paths in both lists: %s" % (set(arts) & set(nons)))
    for path in list(arts) + nons:
        p = site["pages"].get(path)
        if not p or p.get("status") != 200:
            err(pid, "gold path not served with 200: " + path)

    # canonical rules
    for path, d in decoded.items():
        m = CANON_RE.search(d)
        if not m:
            continue
        canon = html.unescape(m.group(1))
        if canon != path and (path in arts or path in nons):
            err(pid, "%s declares canonical %s but is listed in gold" % (path, canon))
        if path in arts and canon != path:
            err(pid, "article canonical mismatch " + path)

    # reachability
    seen, q = {"/"}, deque(["/"])
    while q:
        cur = q.popleft()
        if cur not in decoded or site["pages"][cur].get("status") != 200:
            continue
        for h in re.findall(r"""<a\b[^>]*\bhref\s*=\s*["']([^"']*)["']""", decoded[cur], re.I):
            h = html.unescape(h).split("#")[0]
            if h.startswith("/") and h not in seen:
                seen.add(h)
                q.append(h)
    for path in list(arts) + nons:
        if path not in seen:
            err(pid, "not reachable from /: " + path)

    # gold strings
    snippets = []
    for path, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                err(pid, "%s lacks %s" % (path, k))
        pub = g.get("published")
        if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            err(pid, "bad published %r" % pub)
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            err(pid, "snippet longer than 60 chars on " + path)
        if not 3 <= len(g["must_contain"]) <= 5:
            err(pid, "must_contain size on " + path)
        strings = [g["title"], g["text_first"], g["text_last"]] + list(g["must_contain"])
        if path in decoded:
            cells = {squash(nfc(html.unescape(re.sub(r"<[^>]+>", " ", c))))
                     for c in re.findall(r"(?is)<td\b[^>]*>(.*?)</td>", decoded[path])}
            for k in ("text_first", "text_last"):
                if squash(g[k]) in cells:
                    err(pid, "%s of %s is a whole table cell" % (k, path))
        for s in strings:
            if nfc(s) != s:
                err(pid, "gold string not NFC: %r" % s)
            if html.unescape(s) != s:
                err(pid, "gold string holds an entity: %r" % s)
            if path in texts and squash(s) not in texts[path]:
                err(pid, "%r not found on %s" % (s, path))
        snippets += strings
    low = [s.lower() for s in snippets]
    alltext = " ".join(texts.values()).lower()
    for fs in gold.get("furniture", []):
        if fs.lower() not in alltext:
            err(pid, "furniture %r not on any page" % fs)
        for s in low:
            if fs.lower() in s:
                err(pid, "furniture %r inside gold string %r" % (fs, s))
    n = len(arts)
    if not 5 <= n <= 6:
        err(pid, "%d articles (want 5-6)" % n)
    return n


def main():
    portals = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "site.json")))
    total = 0
    for d in portals:
        total += check_portal(os.path.join(HERE, d))
    if len(portals) < 8:
        ERRORS.append("only %d portals" % len(portals))
    if total < 45:
        ERRORS.append("only %d articles" % total)
    for e in ERRORS:
        print("FAIL", e)
    print("%d portals, %d articles, %d problems" % (len(portals), total, len(ERRORS)))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
