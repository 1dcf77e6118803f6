#!/usr/bin/env python3
"""Checks the holdout9 fixtures themselves (not the crawler)."""
import html, json, os, re, sys, unicodedata
from urllib.parse import urljoin, urlsplit
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return unicodedata.normalize("NFC", html.unescape(s))

def charset(raw):
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000], re.I)
    return m.group(1).decode() if m else "utf-8"

def check_portal(pid):
    errs = []
    d = os.path.join(HERE, pid)
    site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site: errs.append(f"{pid}: site.json lacks {k}")
    texts = {}
    for path, p in site["pages"].items():
        f = os.path.join(d, p["file"])
        if not os.path.exists(f): errs.append(f"{pid}: missing file {p['file']}"); continue
        raw = open(f, "rb").read()
        t = raw.decode(charset(raw))
        texts[path] = t
        for m in re.finditer(r'(?:href|src|action)\s*=\s*"([^"]*)"', t):
            u = m.group(1)
            if re.match(r'https?://', u):
                tag = t[max(0, t.rfind("<", 0, m.start())):m.end()]
                if not ('rel="canonical"' in tag and u.startswith("http://{{HOST}}")):
                    errs.append(f"{pid}: absolute link {u} in {path}")
        for m in re.finditer(r'property="og:url" content="([^"]*)"', t):
            if not m.group(1).startswith("http://{{HOST}}"): errs.append(f"{pid}: og:url {m.group(1)}")
    # reachability
    seen, todo = set(), ["/"]
    while todo:
        p = todo.pop()
        if p in seen or p not in texts or site["pages"][p]["status"] != 200: continue
        seen.add(p)
        for m in re.finditer(r'<a\b[^>]*href="([^"#]*)', texts[p]):
            u = html.unescape(m.group(1))
            if not u or u.startswith(("mailto:", "javascript:", "http")): continue
            s = urlsplit(urljoin("http://h" + p, u))
            todo.append(s.path + ("?" + s.query if s.query else ""))
    allg = []
    for path, g in gold["articles"].items():
        if path not in texts or site["pages"][path]["status"] != 200:
            errs.append(f"{pid}: article {path} not served"); continue
        if path not in seen: errs.append(f"{pid}: article {path} unreachable from /")
        page = norm(texts[path])
        if not (g["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"])):
            errs.append(f"{pid}: bad date {path}")
        snips = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        if not 3 <= len(g["must_contain"]) <= 5: errs.append(f"{pid}: must_contain count {path}")
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60: errs.append(f"{pid}: snippet too long {path}")
        for s in snips:
            if s != unicodedata.normalize("NFC", s) or s != html.unescape(s): errs.append(f"{pid}: gold not NFC/entity-free {s!r}")
            if s not in page: errs.append(f"{pid}: {s!r} not on {path}")
        allg += snips + g.get("_paras", [])
    for path in gold["non_articles"]:
        if path not in texts: errs.append(f"{pid}: non-article {path} not served")
        if path in gold["articles"]: errs.append(f"{pid}: {path} both lists")
    alltext = "\n".join(norm(t) for t in texts.values())
    for f in gold["furniture"]:
        if f not in alltext: errs.append(f"{pid}: furniture {f!r} on no page")
        for s in allg:
            if f.lower() in s.lower(): errs.append(f"{pid}: furniture {f!r} inside gold {s[:40]!r}")
    return errs, len(gold["articles"]), len(gold["non_articles"]), len(texts)

def main():
    pids = sorted(x for x in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, x, "site.json")))
    allerr, na, nn, npg = [], 0, 0, 0
    for pid in pids:
        e, a, n, p = check_portal(pid); allerr += e; na += a; nn += n; npg += p
        print(f"{pid}: {p} pages, {a} articles, {n} non-articles, {len(e)} errors")
    for e in allerr: print("ERROR", e)
    print(f"TOTAL {len(pids)} portals, {npg} pages, {na} articles, {nn} non-articles")
    sys.exit(1 if allerr else 0)

if __name__ == "__main__":
    main()
