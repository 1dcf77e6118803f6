#!/usr/bin/env python3
"""Validate the holdout22 fixtures (standalone; does not import the crawler or the generator).

Checks per portal: site.json/gold.json load and have the FORMAT.md keys; every page file exists;
gold article and non-article paths are served with status 200 and not listed twice; every
article and non-article is reachable by <a href> links from "/"; title/text_first/text_last/
must_contain occur on the article's page after charset decoding + HTML unescape + NFC +
whitespace folding; gold strings are NFC and entity-free; must_contain has 3-5 items;
published is YYYY-MM-DD or null; furniture strings occur on some page of the portal and in no
gold title/snippet (case-insensitive); no absolute URL except canonical/og:url on http://{{HOST}}.
Global: at least 7 portals, at least 45 articles, 5-6 articles per portal."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(*a):
    errors.append(" ".join(map(str, a)))


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", html.unescape(s))).strip()


def charset(ct):
    m = re.search(r"charset=([\w-]+)", ct or "")
    return m.group(1) if m else "utf-8"


def text_of(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return norm(re.sub(r"<[^>]+>", " ", raw))


def main():
    portals = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "site.json")))
    total = 0
    for pid in portals:
        d = os.path.join(HERE, pid)
        site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        for k in ("name", "district", "province", "platform", "start_url", "pages"):
            if k not in site:
                err(pid, "site.json lacks", k)
        for k in ("articles", "non_articles", "furniture"):
            if k not in gold:
                err(pid, "gold.json lacks", k)
        pages, raws, texts = site["pages"], {}, {}
        for path, p in pages.items():
            if not path.startswith("/"):
                err(pid, "path not root-relative", path)
            f = os.path.join(d, p["file"])
            if not p["file"].startswith("pages/") or not os.path.isfile(f):
                err(pid, "missing file", p["file"])
                continue
            raw = open(f, "rb").read().decode(charset(p.get("content_type")))
            raws[path], texts[path] = raw, text_of(raw)
            for m in re.finditer(r"<(a|img|script|link|form|iframe|meta)\b[^>]*>", raw, re.I):
                tag = m.group(0)
                if re.search(r'(?:href|src|action|content)="(?:https?:)?//', tag):
                    if not ((re.search(r'rel="canonical"', tag) or re.search(r'property="og:url"', tag))
                            and re.search(r'"http://\{\{HOST\}\}/', tag)):
                        err(pid, path, "absolute link", tag[:100])
        # reachability
        seen, todo = {"/"}, ["/"]
        while todo:
            p = todo.pop()
            if p not in raws or pages[p]["status"] != 200:
                continue
            for m in re.finditer(r'<a\b[^>]*href="([^"#]*)', raws[p]):
                u = html.unescape(m.group(1))
                if u.startswith("/") and u not in seen:
                    seen.add(u)
                    todo.append(u)
        arts, non = gold["articles"], gold["non_articles"]
        if not 5 <= len(arts) <= 6:
            err(pid, "has", len(arts), "articles")
        total += len(arts)
        for path in list(arts) + non:
            if path not in pages or pages[path]["status"] != 200:
                err(pid, "gold path not served", path)
            if path not in seen:
                err(pid, "unreachable from /", path)
        if set(arts) & set(non):
            err(pid, "path both article and non-article")
        snippets = []
        for path, g in arts.items():
            t = texts.get(path, "")
            if g.get("published") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
                err(pid, path, "bad published", g["published"])
            mc = g.get("must_contain", [])
            if not 3 <= len(mc) <= 5:
                err(pid, path, "must_contain size", len(mc))
            if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
                err(pid, path, "snippet longer than 60")
            for s in [g["title"], g["text_first"], g["text_last"]] + mc:
                snippets.append((path, s))
                if s != unicodedata.normalize("NFC", s) or html.unescape(s) != s:
                    err(pid, path, "gold string not NFC/entity-free", s)
                if norm(s) not in t:
                    err(pid, path, "snippet not on page:", s)
        alltext = " ".join(texts.values()).lower()
        for f in gold["furniture"]:
            if norm(f).lower() not in alltext:
                err(pid, "furniture not on any page:", f)
            for path, s in snippets:
                if norm(f).lower() in norm(s).lower():
                    err(pid, path, "furniture inside gold string:", f, "|", s)
        print(f"{pid}: {len(arts)} articles, {len(non)} non-articles, {len(pages)} pages")
    if len(portals) < 7:
        err("only", len(portals), "portals")
    if total < 45:
        err("only", total, "articles")
    print(f"{len(portals)} portals, {total} articles")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
