#!/usr/bin/env python3
"""Self-check of the holdout portal fixtures (no crawler code involved).
Checks: JSON loads, files exist, gold paths served, every gold article reachable
from start_url, every gold snippet on its page (after charset decoding, entity
unescaping and NFC), every furniture string on some page and in no gold snippet."""
import html, json, os, re, sys, unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

ROOT = os.path.dirname(os.path.abspath(__file__))
bad = []
def err(*a): bad.append(" ".join(str(x) for x in a))

def text_of(raw, ctype):
    cs = ctype.split("charset=")[-1].strip() if "charset=" in ctype else "utf-8"
    s = raw.decode({"windows-1258": "cp1258"}.get(cs, cs))
    return unicodedata.normalize("NFC", html.unescape(s))

def visible(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    return re.sub(r"<[^>]+>", " ", s)

total_pages = total_articles = 0
for pid in sorted(os.listdir(ROOT)):
    d = os.path.join(ROOT, pid)
    if not os.path.isfile(os.path.join(d, "site.json")):
        continue
    site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    pages = site["pages"]
    texts = {}
    for path, p in pages.items():
        f = os.path.join(d, p["file"])
        if not os.path.isfile(f):
            err(pid, "missing file", f); continue
        raw = open(f, "rb").read()
        for m in re.finditer(rb'<(?:a|link|img|script|form|iframe|video)\b[^>]*?(?:href|src|action)="(https?://[^"]*)"', raw):
            tag = m.group(0)
            if not (m.group(1).startswith(b"http://{{HOST}}") and b'rel="canonical"' in raw[m.start():m.start()+300]):
                err(pid, "absolute link", path, m.group(1)[:80])
        for m in re.finditer(rb'(?:https?:)?//\{\{HOST\}\}', raw):
            if not raw[m.start()-7:m.start()] in (b'href="', b'ntent="') and not raw[m.start()-6:m.start()] == b'href="':
                err(pid, "HOST placeholder outside canonical/og:url", path)
        texts[path] = text_of(raw, p["content_type"])
    total_pages += len(pages)
    # reachability
    seen = {site["start_url"]}; q = deque([site["start_url"]])
    while q:
        cur = q.popleft()
        if cur not in texts: continue
        for m in re.finditer(r'href="([^"#][^"]*)"', texts[cur]):
            u = m.group(1)
            if u.startswith(("http:", "https:", "mailto:", "javascript:")): continue
            full = urljoin("http://h" + cur, u); sp = urlsplit(full)
            nxt = sp.path + ("?" + sp.query if sp.query else "")
            if nxt in pages and nxt not in seen:
                seen.add(nxt); q.append(nxt)
    snippets = []
    for path, g in gold["articles"].items():
        total_articles += 1
        if path not in pages: err(pid, "gold article not served", path); continue
        if path not in seen: err(pid, "unreachable", path)
        t = texts.get(path, ""); vt = re.sub(r"\s+", " ", visible(t))
        for key in ("title", "text_first", "text_last"):
            snippets.append(g[key])
            if g[key] not in vt: err(pid, path, key, "not on page:", g[key])
        if not (3 <= len(g["must_contain"]) <= 5): err(pid, path, "must_contain count")
        for m in g["must_contain"]:
            snippets.append(m)
            if m not in vt: err(pid, path, "must_contain not on page:", m)
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]): err(pid, path, "bad date")
    for path in gold["non_articles"]:
        if path not in pages: err(pid, "non_article not served", path)
        if path in gold["articles"]: err(pid, "both article and non-article", path)
    for f in gold["furniture"]:
        if not any(f in re.sub(r"\s+", " ", visible(t)) for t in texts.values()): err(pid, "furniture on no page:", f)
        for s in snippets:
            if f in s: err(pid, "furniture inside gold snippet:", f, "|", s)
    print(f"{pid}: {len(pages)} pages, {len(gold['articles'])} articles, {len(gold['non_articles'])} non-articles, {len(gold['furniture'])} furniture strings, reachable {len(seen & set(pages))}/{len(pages)}")
print(f"total: {total_pages} pages, {total_articles} articles")
if bad:
    print("\n".join(bad)); sys.exit(1)
print("OK")
