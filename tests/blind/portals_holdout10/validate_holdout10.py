#!/usr/bin/env python3
"""Check the holdout10 fixtures on their own (no crawler code): JSON loads, files exist, gold paths
served with 200, articles and non-articles reachable by links from '/', gold snippets present on their
page after charset decoding + HTML unescape + NFC, gold strings NFC and entity-free, must_contain 3-5,
at least one article per portal
whose must_contain holds an exact table cell, furniture present on the portal and absent
(case-insensitively) from every gold title/snippet, no absolute links except canonical/og:url on
http://{{HOST}}, canonical of each article names its own path."""
import html, json, os, re, sys, unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = "http://{{HOST}}"
nfc = lambda s: unicodedata.normalize("NFC", s)


def text_of(raw, enc):
    t = raw.decode(enc)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    return nfc(html.unescape(re.sub(r"<[^>]+>", " ", t)))


def check(pid):
    errs = []
    d = os.path.join(HERE, pid)
    site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append("site.json lacks " + k)
    raw, enc = {}, {}
    for p, v in site["pages"].items():
        f = os.path.join(d, v["file"])
        if not os.path.exists(f):
            errs.append("missing file " + v["file"]); continue
        raw[p] = open(f, "rb").read()
        m = re.search(r"charset=([\w-]+)", v["content_type"])
        enc[p] = m.group(1) if m else "utf-8"
    texts = {p: text_of(raw[p], enc[p]) for p in raw}
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        if p not in raw or site["pages"][p]["status"] != 200:
            continue
        doc = raw[p].decode(enc[p])
        for m in re.finditer(r"<(a|link|meta|img|script)\b[^>]*>", doc, re.I):
            tag = m.group(0)
            for u in re.findall(r'(?:href|src|content)="([^"]*)"', tag):
                if re.match(r"(?i)(https?:)?//", u) and not (u.startswith(CANON) and ("canonical" in tag or "og:url" in tag)):
                    errs.append("absolute link %s on %s" % (u, p))
            if m.group(1).lower() == "a":
                for u in re.findall(r'href="(/[^"]*)"', tag):
                    u = html.unescape(u).split("#")[0]
                    if u not in seen:
                        seen.add(u); q.append(u)
    snippets, table_articles = [], 0
    for p, g in gold["articles"].items():
        if p not in site["pages"] or site["pages"][p]["status"] != 200:
            errs.append("article not served " + p); continue
        if p not in seen:
            errs.append("article unreachable " + p)
        if not (3 <= len(g["must_contain"]) <= 5):
            errs.append("must_contain size " + p)
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            errs.append("bad date " + p)
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            errs.append("snippet too long " + p)
        doc = raw[p].decode(enc[p])
        cm = re.search(r'rel="canonical" href="([^"]+)"|property="og:url" content="([^"]+)"', doc)
        if cm and html.unescape(cm.group(1) or cm.group(2)) != CANON + p:
            errs.append("canonical differs " + p)
        cells = {nfc(html.unescape(c)).strip() for c in re.findall(r"<td[^>]*>(?:<p>)?([^<]+)(?:</p>)?</td>", doc)}
        if cells & set(g["must_contain"]):  # table article
            table_articles += 1
        for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
            if s != nfc(s) or s != html.unescape(s):
                errs.append("gold string not NFC/entity-free: " + s)
            if nfc(s) not in texts[p]:
                errs.append("snippet not on page %s: %s" % (p, s))
            snippets.append(s)
    for p in gold["non_articles"]:
        if p not in site["pages"] or site["pages"][p]["status"] != 200:
            errs.append("non-article not served " + p)
        elif p not in seen:
            errs.append("non-article unreachable " + p)
        if p in gold["articles"]:
            errs.append("both lists " + p)
    if table_articles < 1:
        errs.append("no article has a table cell in must_contain")
    allt = "\n".join(texts.values())
    for f in gold["furniture"]:
        if f not in allt:
            errs.append("furniture not on any page: " + f)
        for s in snippets:
            if f.lower() in s.lower():
                errs.append("furniture %r inside gold %r" % (f, s))
    return errs, len(gold["articles"]), len(gold["non_articles"])


def main():
    pids = sorted(x for x in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, x, "site.json")))
    bad, na, nn = 0, 0, 0
    for pid in pids:
        errs, a, n = check(pid)
        na += a; nn += n
        print("%-14s %s  %d articles, %d non-articles" % (pid, "OK " if not errs else "FAIL", a, n))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print("%d portals, %d articles, %d non-articles, %d failing" % (len(pids), na, nn, bad))
    sys.exit(1 if bad or len(pids) < 6 else 0)


if __name__ == "__main__":
    main()
