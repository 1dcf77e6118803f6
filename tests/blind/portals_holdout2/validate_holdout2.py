#!/usr/bin/env python3
"""Check the portals_holdout2 fixtures themselves (not any crawler).

For every <portal>/ folder holding a site.json:
  - site.json and gold.json load and have the FORMAT.md keys; every page file exists;
  - "/" is served; every gold path (articles and non_articles) is served with status 200;
  - every served page and every article is reachable from "/" by root-relative links;
  - title, text_first, text_last and must_contain are NFC, entity-free, found on their page
    after charset decoding + HTML unescape + NFC (tags read as spaces, whitespace collapsed);
    text_first/text_last are at most 60 characters; must_contain has 3-5 items;
    published is YYYY-MM-DD or null;
  - every furniture string occurs on some page of the portal and inside no gold snippet;
  - no absolute links (href/src/action), except <link rel="canonical"> and og:url on http://{{HOST}}.
Usage: python3 validate_holdout2.py [portal_dir ...]   (exit status 1 on any problem)
"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def charset_of(ctype, raw):
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    if m:
        return m.group(1)
    m = re.search(rb"charset=[\"']?([\w-]+)", raw[:2048], re.I)
    return m.group(1).decode() if m else "utf-8"


def norm_text(src):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", src)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = unicodedata.normalize("NFC", html.unescape(s))
    return re.sub(r"\s+", " ", s)


def check_portal(d):
    errs = []
    name = os.path.basename(d.rstrip("/"))
    try:
        site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    except Exception as ex:  # noqa
        return ["%s: JSON does not load: %s" % (name, ex)]
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append("site.json lacks " + k)
    for k in ("articles", "non_articles", "furniture"):
        if k not in gold:
            errs.append("gold.json lacks " + k)
    if errs:
        return [name + ": " + x for x in errs]
    pages = site["pages"]
    if site["start_url"] != "/" or "/" not in pages:
        errs.append("'/' is not served")
    src, text = {}, {}
    for path, p in pages.items():
        for k in ("file", "status", "content_type"):
            if k not in p:
                errs.append("page %s lacks %s" % (path, k))
        f = os.path.join(d, p.get("file", ""))
        if not os.path.isfile(f):
            errs.append("missing file for %s: %s" % (path, f))
            continue
        if "&amp;" in path:
            errs.append("site.json key is not decoded: " + path)
        raw = open(f, "rb").read()
        try:
            s = raw.decode(charset_of(p.get("content_type"), raw))
        except (UnicodeDecodeError, LookupError) as ex:
            errs.append("cannot decode %s: %s" % (path, ex))
            continue
        src[path] = s
        text[path] = norm_text(s)
        for m in re.finditer(r"<[^>]+>", s):
            tag = m.group(0)
            for a in re.finditer(r"\b(href|src|action|content)\s*=\s*[\"']([^\"']*)[\"']", tag):
                val = a.group(2).strip()
                if re.match(r"(?i)(https?:)?//", val):
                    allowed = val.startswith("http://{{HOST}}") and (
                        re.search(r"rel=[\"']canonical[\"']", tag) or "og:url" in tag)
                    if not allowed:
                        errs.append("absolute link on %s: %s" % (path, tag[:120]))
    # reachability
    seen, todo = {"/"}, ["/"]
    while todo:
        p = todo.pop()
        if p not in src or pages[p].get("status") != 200:
            continue
        for m in re.finditer(r"\bhref\s*=\s*\"([^\"]*)\"", src[p]):
            h = html.unescape(m.group(1)).split("#")[0]
            if h.startswith("/") and not h.startswith("//") and h not in seen:
                seen.add(h)
                todo.append(h)
    arts = gold["articles"]
    for path in list(arts) + list(gold["non_articles"]):
        if path not in pages:
            errs.append("gold path not served: " + path)
        elif pages[path].get("status") != 200:
            errs.append("gold path not 200: " + path)
        if path not in seen:
            errs.append("not reachable from '/': " + path)
    if set(arts) & set(gold["non_articles"]):
        errs.append("paths both article and non-article: %s" % (set(arts) & set(gold["non_articles"])))
    snippets = []
    for path, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                errs.append("%s lacks %s" % (path, k))
        if g.get("published") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            errs.append("%s: bad published %r" % (path, g["published"]))
        mc = g.get("must_contain", [])
        if not 3 <= len(mc) <= 5:
            errs.append("%s: must_contain has %d items" % (path, len(mc)))
        for k in ("text_first", "text_last"):
            if len(g.get(k, "")) > 60 or not g.get(k):
                errs.append("%s: %s empty or longer than 60" % (path, k))
        vals = [g.get("title", ""), g.get("text_first", ""), g.get("text_last", "")] + list(mc)
        for v in vals:
            snippets.append(v)
            if unicodedata.normalize("NFC", v) != v:
                errs.append("%s: not NFC: %r" % (path, v))
            if html.unescape(v) != v:
                errs.append("%s: entity in gold: %r" % (path, v))
            if path in text and re.sub(r"\s+", " ", v) not in text[path]:
                errs.append("%s: not on page: %r" % (path, v))
    for fu in gold["furniture"]:
        if not any(fu in t for t in text.values()):
            errs.append("furniture on no page: %r" % fu)
        for v in snippets:
            if fu.casefold() in v.casefold():
                errs.append("furniture %r inside gold snippet %r" % (fu, v))
    return ["%s: %s" % (name, x) for x in errs]


def main(argv):
    dirs = argv or sorted(os.path.join(HERE, x) for x in os.listdir(HERE)
                          if os.path.isfile(os.path.join(HERE, x, "site.json")))
    errs, n_pages, n_art, n_non = [], 0, 0, 0
    for d in dirs:
        errs += check_portal(d)
        try:
            n_pages += len(json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))["pages"])
            g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
            n_art += len(g["articles"])
            n_non += len(g["non_articles"])
        except Exception:  # noqa
            pass
    for x in errs:
        print("FAIL", x)
    print("%d portals, %d pages, %d articles, %d non-articles: %s" % (
        len(dirs), n_pages, n_art, n_non, "OK" if not errs else "%d problems" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
