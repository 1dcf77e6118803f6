#!/usr/bin/env python3
"""Check the written fixtures of portals_holdout5 (not the generator) against FORMAT.md and the set's counts.

Usage: python3 validate_holdout5.py  (exit status 0 when every check passes)
"""
import html, json, os, re, sys, unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def decode(raw, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
        cs = m.group(1).decode() if m else "utf-8"
    return raw.decode(cs)


CANON = re.compile(r'<link[^>]*rel="canonical"[^>]*>|<meta[^>]*og:url[^>]*>', re.I)
LINK = re.compile(r'(?:href|src|action)\s*=\s*["\']([^"\']*)["\']', re.I)


def check_portal(pid):
    d = os.path.join(HERE, pid)
    try:
        site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(pid, "json:", e)
        return None
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            err(pid, "site.json lacks", k)
    if site.get("start_url") != "/":
        err(pid, "start_url is not /")
    docs, texts = {}, {}
    for path, p in site["pages"].items():
        if not path.startswith("/"):
            err(pid, "path not root-relative", path)
        if "&amp;" in path:
            err(pid, "site.json key not decoded", path)
        if not re.fullmatch(r"pages/\d+\.html", p.get("file", "")):
            err(pid, "file not pages/NN.html", path, p.get("file"))
        f = os.path.join(d, p["file"])
        if not os.path.exists(f):
            err(pid, "missing file", f)
            continue
        raw = open(f, "rb").read()
        try:
            doc = decode(raw, p.get("content_type"))
        except (UnicodeDecodeError, LookupError) as e:
            err(pid, "cannot decode", path, e)
            continue
        docs[path] = doc
        texts[path] = nfc(html.unescape(doc))
    # links
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        if p not in docs:
            continue
        doc = docs[p]
        for m in CANON.finditer(doc):
            if "http://{{HOST}}/" not in m.group(0):
                err(pid, p, "canonical/og:url not on http://{{HOST}}", m.group(0))
        for m in LINK.finditer(CANON.sub("", doc)):
            raw_u = m.group(1)
            u = html.unescape(raw_u)
            if re.match(r"(?i)(https?:)?//", u):
                err(pid, p, "absolute link", u)
            if "&" in u and "&amp;" not in raw_u and "&#" not in raw_u:
                err(pid, p, "unescaped & in link", raw_u)
            if u.startswith("/"):
                u = u.split("#")[0]
                if u not in seen:
                    seen.add(u)
                    q.append(u)
    arts = gold.get("articles", {})
    with_table, cchc = [], []
    for path, g in arts.items():
        if path not in docs:
            err(pid, "gold article not served", path)
            continue
        if site["pages"][path].get("status") != 200:
            err(pid, "gold article status not 200", path)
        if path not in seen:
            err(pid, "article not reachable from /", path)
        t = texts[path]
        for k in ("title", "text_first", "text_last"):
            v = g.get(k)
            if not v or v not in t:
                err(pid, path, k, "not on page:", v)
            elif nfc(v) != v or html.unescape(v) != v:
                err(pid, path, k, "not NFC / entity-free")
        if len(g.get("text_first", "")) > 60 or len(g.get("text_last", "")) > 60:
            err(pid, path, "snippet longer than 60")
        pub = g.get("published", "missing")
        if pub is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(pub)):
            err(pid, path, "published", pub)
        mc = g.get("must_contain", [])
        if not 3 <= len(mc) <= 5:
            err(pid, path, "must_contain has", len(mc))
        for m in mc:
            if m not in t or nfc(m) != m:
                err(pid, path, "must_contain not on page:", m)
        cells = {nfc(html.unescape(re.sub(r"<[^>]+>", "", c))).strip()
                 for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", docs[path], re.S | re.I)}
        if any(m in cells for m in mc):
            with_table.append(path)
        blob = " ".join([g["title"]] + mc)
        if re.search(r"\d[\d.,]* hồ sơ|hồ sơ|điểm|DDCI|PAR|SIPAS", blob) and re.search(r"\d", blob):
            cchc.append(path)
    for p in gold.get("non_articles", []):
        if p not in docs:
            err(pid, "non-article not served", p)
        if p in arts:
            err(pid, "path both article and non-article", p)
    alltext = "\n".join(texts.values()).casefold()
    snippets = [x.casefold() for g in arts.values() for x in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]]
    for f in gold.get("furniture", []):
        if nfc(f) != f:
            err(pid, "furniture not NFC", f)
        if f.casefold() not in alltext:
            err(pid, "furniture not on any page", f)
        for s in snippets:
            if f.casefold() in s:
                err(pid, "furniture inside a gold snippet", f, "|", s[:60])
    n_art = len(arts)
    if not 5 <= len(set(json.dumps(g, sort_keys=True) for g in arts.values())) <= 7:
        err(pid, "distinct articles not 5-7:", n_art)
    if not with_table:
        err(pid, "no article whose must_contain holds a table cell")
    if len(cchc) < 2:
        err(pid, "fewer than two CCHC articles with figures")
    if not gold.get("non_articles"):
        err(pid, "no non-articles")
    n_distinct = len(set(json.dumps(g, sort_keys=True) for g in arts.values()))
    return n_distinct, len(gold.get("non_articles", [])), len(site["pages"]), site.get("platform"), n_art


def main():
    portals = sorted(x for x in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, x, "site.json")))
    tot = [0, 0, 0]
    platforms = []
    for pid in portals:
        r = check_portal(pid)
        if r:
            print("%-28s %2d articles (%2d gold paths) %2d non-articles %2d pages  %s" % (pid, r[0], r[4], r[1], r[2], r[3]))
            tot = [tot[0] + r[0], tot[1] + r[1], tot[2] + r[2]]
            platforms.append(r[3])
    if len(portals) < 8:
        err("fewer than 8 portals:", len(portals))
    if tot[0] < 45:
        err("fewer than 45 articles:", tot[0])
    if len(set(platforms)) != len(platforms):
        err("two portals share a platform")
    print("total: %d portals, %d distinct articles, %d non-articles, %d pages" % (len(portals), tot[0], tot[1], tot[2]))
    for e in ERR:
        print("FAIL", e)
    print("OK" if not ERR else "%d failures" % len(ERR))
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
