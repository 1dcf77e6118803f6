#!/usr/bin/env python3
"""Validate the holdout24 fixtures (helper-35). Checks the files only; never runs a crawler.

python3 validate_holdout24.py  -> prints problems, exits 1 if any.
"""
import html
import importlib
import json
import os
import re
import sys
import unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "_generator")
MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
          "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
problems = []


def bad(msg):
    problems.append(msg)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def decode(raw, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw[:4000], re.I)
        cs = m.group(1).decode() if m else "utf-8"
    return raw.decode(cs)


def page_text(doc):
    """Unescaped, NFC page source (for snippet search) and visible text (tags dropped)."""
    src = nfc(html.unescape(doc))
    vis = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", doc)
    vis = re.sub(r"<[^>]+>", "", vis)
    vis = nfc(html.unescape(vis))
    return src, vis


def links(doc):
    out = []
    for m in re.finditer(r'<a\b[^>]*?\bhref="([^"]*)"', doc, re.I):
        out.append(m.group(1))
    return out


def date_forms(d):
    y, m, dd = (int(x) for x in d.split("-"))
    return [f"{dd:02d}/{m:02d}/{y}", f"{dd:02d} - {m:02d} - {y}", f"{dd:02d}-{m:02d}-{y}",
            f"{MONTHS[m - 1]} {dd}, {y}", f"{dd:02d} Tháng {m} {y}", d]


def main():
    sys.path.insert(0, GEN)
    portals = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "site.json")))
    # body paragraphs / cells from the generator modules (the same strings the pages were made from)
    bodies = {}
    for f in sorted(os.listdir(GEN)):
        if re.fullmatch(r"p\d+\.py", f):
            mod = importlib.import_module(f[:-3])
            bodies[mod.P.pid] = [(path, a) for path, a in mod.P.articles]
    n_art = n_non = n_pages = 0
    for pid in portals:
        base = os.path.join(HERE, pid)
        try:
            site = json.load(open(os.path.join(base, "site.json"), encoding="utf-8"))
            gold = json.load(open(os.path.join(base, "gold.json"), encoding="utf-8"))
        except Exception as ex:  # noqa: BLE001
            bad(f"{pid}: JSON does not load: {ex}")
            continue
        for k in ("name", "district", "province", "platform", "start_url", "pages"):
            if k not in site:
                bad(f"{pid}: site.json lacks {k}")
        pages = site["pages"]
        n_pages += len(pages)
        texts = {}
        for path, p in pages.items():
            fp = os.path.join(base, p["file"])
            if not os.path.isfile(fp):
                bad(f"{pid}: missing file {p['file']}")
                continue
            raw = open(fp, "rb").read()
            try:
                doc = decode(raw, p.get("content_type"))
            except Exception as ex:  # noqa: BLE001
                bad(f"{pid}: {path} does not decode: {ex}")
                continue
            texts[path] = (doc, *page_text(doc))
            # absolute links: only canonical / og:url on http://{{HOST}}
            for m in re.finditer(r"<(\w+)\b[^>]*>", doc):
                tag = m.group(1).lower()
                for am in re.finditer(r'\b(href|src|action|content)="((?:https?:)?//[^"]*)"', m.group(0), re.I):
                    url = am.group(2)
                    ok = url.startswith("http://{{HOST}}") and (
                        (tag == "link" and 'rel="canonical"' in m.group(0)) or
                        (tag == "meta" and "og:url" in m.group(0)))
                    if not ok:
                        bad(f"{pid}: {path}: absolute link {url}")
            for h in links(doc):
                if re.search(r"&(?!amp;|#\d+;|[a-z]+;)", h):
                    bad(f"{pid}: {path}: raw '&' in href {h}")
        arts = gold.get("articles", {})
        nons = gold.get("non_articles", [])
        n_art += len(arts)
        n_non += len(nons)
        for path in list(arts) + nons:
            if path not in pages:
                bad(f"{pid}: gold path not served: {path}")
        if set(arts) & set(nons):
            bad(f"{pid}: path both article and non-article")
        # reachability from /
        seen, q = {"/"}, deque(["/"])
        while q:
            cur = q.popleft()
            if cur not in texts:
                continue
            for h in links(texts[cur][0]):
                h = html.unescape(h).split("#")[0]
                if h.startswith("/") and h in pages and h not in seen:
                    seen.add(h)
                    q.append(h)
        for path in arts:
            if path not in seen:
                bad(f"{pid}: article not reachable from /: {path}")
        for path in nons:
            if path not in seen:
                bad(f"{pid}: non-article not reachable from /: {path}")
        # snippets
        for path, g in arts.items():
            if path not in texts:
                continue
            _, src, vis = texts[path]
            snippets = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
            if not 3 <= len(g["must_contain"]) <= 5:
                bad(f"{pid}: {path}: must_contain has {len(g['must_contain'])} items")
            if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
                bad(f"{pid}: {path}: text_first/last longer than 60")
            for s in snippets:
                if s != nfc(s) or html.unescape(s) != s:
                    bad(f"{pid}: {path}: snippet not NFC/entity-free: {s!r}")
                if s not in vis:
                    bad(f"{pid}: {path}: snippet not on page: {s!r}")
            pub = g["published"]
            if pub is not None:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                    bad(f"{pid}: {path}: bad date {pub}")
                elif not any(f in src for f in date_forms(pub)):
                    bad(f"{pid}: {path}: published {pub} not shown on the page")
        # furniture
        fur = gold.get("furniture", [])
        if not 6 <= len(fur) <= 12:
            bad(f"{pid}: furniture has {len(fur)} strings")
        body_strings = []
        for path, a in bodies.get(pid, []):
            body_strings += [nfc(x) for x in ([a.get("lead")] if a.get("lead") else []) + a["paras"]]
            for row in a.get("table") or []:
                body_strings += [nfc(c) for c in row]
        for f in fur:
            if not any(f in t[2] for t in texts.values()):
                bad(f"{pid}: furniture not on any page: {f!r}")
            for path, g in arts.items():
                for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                    if f in s:
                        bad(f"{pid}: furniture {f!r} inside gold snippet of {path}")
            for s in body_strings:
                if f in s:
                    bad(f"{pid}: furniture {f!r} inside a body paragraph/cell: {s[:50]!r}")
        if set(p for p, _ in bodies.get(pid, [])) != set(arts):
            bad(f"{pid}: generator articles and gold articles differ")
    if len(portals) < 7:
        bad(f"only {len(portals)} portals")
    if n_art < 45:
        bad(f"only {n_art} articles")
    print(f"portals={len(portals)} articles={n_art} non_articles={n_non} pages={n_pages}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
