#!/usr/bin/env python3
"""Check the holdout4 fixtures against FORMAT.md, reading only the written
files (site.json, pages/*.html, gold.json) — not the generator.

For every portal folder:
  * site.json and gold.json load and have the FORMAT.md keys; start_url is "/";
    every listed page file exists; content types name a charset;
  * every gold article and non-article path is served with status 200, and no
    path is both;
  * every article and non-article is reachable by links from "/";
  * no absolute link anywhere except <link rel="canonical"> / og:url using
    http://{{HOST}};
  * gold fields: title and text_first/text_last non-empty, NFC, entity-free,
    text_first/text_last at most 60 characters, published null or YYYY-MM-DD,
    3-5 must_contain phrases;
  * every title, text_first, text_last and must_contain phrase occurs in its
    page after charset decoding + HTML unescape + NFC (whitespace collapsed);
  * furniture strings are NFC, occur on at least one page of the portal, and
    occur in no gold title/snippet/phrase (case-insensitive);
  * no must_contain phrase occurs inside any headline of its portal;
  * counts: at least 8 portals, 45 articles, 5-6 articles per portal.
Exit status 0 when everything holds; prints a summary table.
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

ROOT = os.path.dirname(os.path.abspath(__file__))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def decode(data, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    if not m:
        m2 = re.search(rb"charset=[\"']?([\w-]+)", data[:2000], re.I)
        cs = m2.group(1).decode() if m2 else "utf-8"
    else:
        cs = m.group(1)
    return data.decode(cs)


def norm(text):
    return re.sub(r"\s+", " ", nfc(html.unescape(text)))


def links(text):
    out = []
    for m in re.finditer(r"""<(?:a|area|frame|iframe)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"'#]*)""", text, re.I):
        u = html.unescape(m.group(1)).strip()
        if not u or u.startswith(("javascript:", "mailto:")) or re.match(r"(https?:)?//", u):
            continue
        sp = urlsplit(urljoin("http://h/", u))
        out.append(sp.path + ("?" + sp.query if sp.query else ""))
    return out


def absolute_links(text):
    bad = []
    for m in re.finditer(r"<([a-zA-Z]+)\b([^>]*)>", text):
        tag, attrs = m.group(1).lower(), m.group(2)
        for am in re.finditer(r"""\b(href|src|action|content)\s*=\s*["']([^"']*)["']""", attrs, re.I):
            v = am.group(2).strip()
            if not re.match(r"(https?:)?//", v, re.I):
                continue
            ok = v.startswith("http://{{HOST}}") and (
                (tag == "link" and re.search(r"rel\s*=\s*[\"']canonical", attrs, re.I)) or
                (tag == "meta" and re.search(r"property\s*=\s*[\"']og:url", attrs, re.I)))
            if not ok:
                bad.append(f"<{tag}> {v}")
    return bad


def headlines(text):
    """Anchor texts: every headline the portal lists somewhere."""
    out = []
    for m in re.finditer(r"<a\b[^>]*>(.*?)</a>", text, re.I | re.S):
        t = norm(re.sub(r"<[^>]+>", " ", m.group(1))).strip()
        if len(t) > 25:
            out.append(t)
    return out


def check_portal(pdir):
    errs = []
    pid = os.path.basename(pdir)
    try:
        site = json.load(open(os.path.join(pdir, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(pdir, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"{pid}: cannot load JSON: {e}"], None
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append(f"{pid}: site.json lacks {k}")
    if site.get("start_url") != "/":
        errs.append(f"{pid}: start_url is not /")
    for k in ("articles", "non_articles", "furniture"):
        if k not in gold:
            errs.append(f"{pid}: gold.json lacks {k}")
    if errs:
        return errs, None
    pages = {}
    for path, info in site["pages"].items():
        f = os.path.join(pdir, info["file"])
        if not os.path.isfile(f):
            errs.append(f"{pid}: {path}: file {info['file']} missing")
            continue
        if "charset=" not in info.get("content_type", ""):
            errs.append(f"{pid}: {path}: content_type without charset")
        try:
            pages[path] = (info["status"], decode(open(f, "rb").read(), info["content_type"]))
        except UnicodeDecodeError as e:
            errs.append(f"{pid}: {path}: does not decode: {e}")
    served = {p for p, (st, _) in pages.items() if st == 200}
    arts, nons = gold["articles"], gold["non_articles"]
    for p in list(arts) + nons:
        if p not in served:
            errs.append(f"{pid}: gold path not served with 200: {p}")
    for p in set(arts) & set(nons):
        errs.append(f"{pid}: path both article and non-article: {p}")
    # reachability
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        if p not in served:
            continue
        for u in links(pages[p][1]):
            if u not in seen:
                seen.add(u)
                q.append(u)
    for p in list(arts) + nons:
        if p not in seen:
            errs.append(f"{pid}: not reachable from /: {p}")
    for p, (st, text) in pages.items():
        for b in absolute_links(text):
            errs.append(f"{pid}: {p}: absolute link {b}")
    normed = {p: norm(t) for p, (st, t) in pages.items()}
    heads = set()
    for p, (st, t) in pages.items():
        heads.update(headlines(t))
    gold_strings = []
    for p, g in arts.items():
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                errs.append(f"{pid}: {p}: gold lacks {k}")
        snippets = [g["title"], g["text_first"], g["text_last"]] + list(g["must_contain"])
        for s in snippets:
            if not s or s != nfc(s) or html.unescape(s) != s:
                errs.append(f"{pid}: {p}: snippet empty, not NFC or has entities: {s!r}")
            elif p in normed and s not in normed[p]:
                errs.append(f"{pid}: {p}: snippet not on page: {s!r}")
        for k in ("text_first", "text_last"):
            if len(g[k]) > 60:
                errs.append(f"{pid}: {p}: {k} longer than 60")
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            errs.append(f"{pid}: {p}: bad published {g['published']!r}")
        if not 3 <= len(g["must_contain"]) <= 5:
            errs.append(f"{pid}: {p}: {len(g['must_contain'])} must_contain phrases")
        for m in g["must_contain"]:
            for h in heads:
                if m.lower() in h.lower():
                    errs.append(f"{pid}: {p}: must_contain {m!r} inside headline {h!r}")
        gold_strings += snippets
    for fu in gold["furniture"]:
        if fu != nfc(fu):
            errs.append(f"{pid}: furniture not NFC: {fu!r}")
        if not any(fu in t for t in normed.values()):
            errs.append(f"{pid}: furniture on no page: {fu!r}")
        for s in gold_strings:
            if fu.lower() in s.lower():
                errs.append(f"{pid}: furniture {fu!r} inside gold string {s!r}")
    if not 5 <= len(arts) <= 6:
        errs.append(f"{pid}: {len(arts)} articles (want 5-6)")
    row = (pid, site["platform"], len(site["pages"]), len(arts), len(nons), len(gold["furniture"]))
    return errs, row


def main():
    portals = sorted(d for d in os.listdir(ROOT)
                     if os.path.isfile(os.path.join(ROOT, d, "site.json")))
    errs, rows = [], []
    for d in portals:
        e, row = check_portal(os.path.join(ROOT, d))
        errs += e
        if row:
            rows.append(row)
    n_art = sum(r[3] for r in rows)
    if len(portals) < 8:
        errs.append(f"only {len(portals)} portals")
    if n_art < 45:
        errs.append(f"only {n_art} articles")
    for r in rows:
        print(f"{r[0]:16} pages={r[2]:3} articles={r[3]} non_articles={r[4]} furniture={r[5]:2}  {r[1]}")
    print(f"{len(rows)} portals, {n_art} articles, {sum(r[4] for r in rows)} non-articles, "
          f"{sum(r[2] for r in rows)} pages")
    if errs:
        print("FAIL")
        for e in errs:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
