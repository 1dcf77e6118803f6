#!/usr/bin/env python3
"""Check the portals_holdout19 fixtures themselves (not the crawler).

For every portal folder: site.json / gold.json load, files exist, gold paths are served (200),
articles and non_articles do not overlap, every article is reachable by links from "/",
gold strings are NFC and entity-free, snippets (title, text_first, text_last, must_contain)
occur on their page after charset decoding + HTML unescape + NFC, furniture occurs somewhere on
the portal's pages and in no gold string (case-insensitive), canonical links of articles name
their own path, and no absolute link exists except canonical / og:url on http://{{HOST}} (no other
http(s):// string at all, not even in a doctype).
Usage: python3 validate_holdout19.py [portal_dir ...]
"""
import html, json, os, re, sys, unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
NFC = lambda s: unicodedata.normalize("NFC", s)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def charset_of(ctype, raw):
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    if m:
        return m.group(1)
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000], re.I)
    return m.group(1).decode() if m else "utf-8"


def page_text(raw, ctype):
    return NFC(html.unescape(raw.decode(charset_of(ctype, raw))))


def links(raw_html):
    out = []
    for m in re.finditer(r'<a\b[^>]*?\bhref\s*=\s*"([^"]*)"', raw_html, re.I):
        out.append(html.unescape(m.group(1)))
    return out


def check_portal(pdir):
    errs = []
    e = errs.append
    try:
        site = json.load(open(os.path.join(pdir, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(pdir, "gold.json"), encoding="utf-8"))
    except Exception as ex:
        return ["json: %s" % ex]
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            e("site.json lacks %s" % k)
    pages = site["pages"]
    texts, raws = {}, {}
    for path, p in pages.items():
        f = os.path.join(pdir, p["file"])
        if not os.path.exists(f):
            e("missing file %s" % p["file"]); continue
        if not path.startswith("/"):
            e("path not root-relative: %s" % path)
        raw = open(f, "rb").read()
        raws[path] = raw.decode(charset_of(p.get("content_type"), raw))
        texts[path] = page_text(raw, p.get("content_type"))
    arts, nons, furn = gold["articles"], gold["non_articles"], gold["furniture"]
    if set(arts) & set(nons):
        e("path in both lists: %s" % (set(arts) & set(nons)))
    for path in list(arts) + nons:
        if path not in pages or pages[path].get("status", 200) != 200:
            e("gold path not served: %s" % path)
    if "/" not in pages:
        e("no start page")
    # reachability
    seen, q = {"/"}, deque(["/"])
    while q:
        cur = q.popleft()
        for h in links(raws.get(cur, "")):
            if h.startswith("#") or h.startswith("mailto:") or h.startswith("javascript:"):
                continue
            u = urlsplit(urljoin("http://x" + cur, h))
            tgt = u.path + ("?" + u.query if u.query else "")
            if tgt in pages and pages[tgt].get("status", 200) == 200 and tgt not in seen:
                seen.add(tgt); q.append(tgt)
    for path in arts:
        if path not in seen:
            e("article not reachable from /: %s" % path)
    # absolute links
    for path, r in raws.items():
        for m in re.finditer(r'<[^>]*?(?:href|src|action|content)\s*=\s*"(?:https?:)?//[^"]*"[^>]*>', r, re.I):
            tag = m.group(0)
            ok = (re.search(r'rel="canonical"', tag) or re.search(r'property="og:url"', tag)) and 'http://{{HOST}}' in tag
            if not ok:
                e("absolute link on %s: %s" % (path, tag[:100]))
        for m in re.finditer(r"https?://(?!\{\{HOST\}\})\S{0,40}", r):
            e("absolute URL on %s: %s" % (path, m.group(0)))
    # gold strings
    golds = []
    for path, a in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in a:
                e("%s lacks %s" % (path, k))
        if a["published"] is not None and not DATE.match(a["published"]):
            e("bad date %s" % path)
        if len(a["text_first"]) > 60 or len(a["text_last"]) > 60:
            e("snippet too long %s" % path)
        if not 3 <= len(a["must_contain"]) <= 5:
            e("must_contain count %s" % path)
        strs = [a["title"], a["text_first"], a["text_last"]] + a["must_contain"]
        golds += strs
        t = texts.get(path, "")
        for s in strs:
            if s != NFC(s) or html.unescape(s) != s:
                e("gold string not NFC/entity-free %s: %r" % (path, s))
            if s not in t:
                e("snippet not on page %s: %r" % (path, s))
        m = re.search(r'<link rel="canonical" href="http://\{\{HOST\}\}([^"]*)"', raws.get(path, ""))
        if m and html.unescape(m.group(1)) != path:
            e("canonical of %s names %s" % (path, m.group(1)))
    alltext = "\n".join(texts.values()).lower()
    for f in furn:
        if f != NFC(f):
            e("furniture not NFC %r" % f)
        if f.lower() not in alltext:
            e("furniture not on any page: %r" % f)
        for s in golds:
            if f.lower() in s.lower():
                e("furniture %r inside gold string %r" % (f, s))
    return errs


def main(argv):
    dirs = argv or sorted(os.path.join(HERE, d) for d in os.listdir(HERE)
                          if os.path.isfile(os.path.join(HERE, d, "site.json")))
    bad = 0
    na = nn = 0
    for d in dirs:
        errs = check_portal(d)
        g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        na += len(g["articles"]); nn += len(g["non_articles"])
        print("%-28s %s (%d articles, %d non-articles)" % (os.path.basename(d), "OK" if not errs else "FAIL", len(g["articles"]), len(g["non_articles"])))
        for x in errs:
            print("   ", x)
        bad += bool(errs)
    print("portals: %d, articles: %d, non-articles: %d" % (len(dirs), na, nn))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
