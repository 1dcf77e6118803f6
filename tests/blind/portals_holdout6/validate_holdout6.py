#!/usr/bin/env python3
"""Check the holdout6 fixtures: JSON loads, files exist, gold paths are served (200, html),
articles and non-articles reachable by links from '/', snippets on their page after charset
decoding + HTML unescape + NFC, furniture present on the portal and absent (case-insensitively)
from every gold title/snippet, no absolute links except canonical/og:url on http://{{HOST}}."""
import html, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def load_page(base, ent):
    data = open(os.path.join(base, ent["file"]), "rb").read()
    m = re.search(r"charset=([\w-]+)", ent.get("content_type", ""))
    cs = (m.group(1).lower() if m else "utf-8").replace("windows-1258", "cp1258")
    return data.decode(cs)


def check_portal(base):
    pid = os.path.basename(base)
    errs = []
    try:
        site = json.load(open(os.path.join(base, "site.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(base, "gold.json"), encoding="utf-8"))
    except Exception as e:
        return [f"{pid}: json: {e}"]
    for k in ("name", "district", "province", "platform", "start_url", "pages"):
        if k not in site:
            errs.append(f"{pid}: site.json lacks {k}")
    pages = site["pages"]
    raw, text = {}, {}
    for path, ent in pages.items():
        fp = os.path.join(base, ent["file"])
        if not ent["file"].startswith("pages/") or not os.path.exists(fp):
            errs.append(f"{pid}: missing file {ent['file']}")
            continue
        raw[path] = load_page(base, ent)
        text[path] = nfc(html.unescape(raw[path]))
    # absolute links
    for path, h in raw.items():
        for tag in re.findall(r"<[^>]+>", h):
            for attr, url in re.findall(r'\b(href|src|action|content)\s*=\s*"([^"]*)"', tag):
                if re.match(r"(?i)(https?:)?//", url):
                    ok = url.startswith("http://{{HOST}}") and (
                        re.search(r'rel="canonical"', tag) or re.search(r'property="og:url"', tag))
                    if not ok:
                        errs.append(f"{pid}: absolute link {url} in {path}")
    # reachability
    seen, todo = set(), ["/"]
    while todo:
        p = todo.pop()
        if p in seen or p not in raw or pages[p]["status"] != 200:
            seen.add(p)
            continue
        seen.add(p)
        for href in re.findall(r'<a\b[^>]*\bhref="([^"#]*)', raw[p]):
            href = html.unescape(href)
            if href.startswith("/"):
                todo.append(href)
    arts = gold["articles"]
    na = gold["non_articles"]
    if set(arts) & set(na):
        errs.append(f"{pid}: path both article and non-article")
    for path in list(arts) + na:
        if path not in pages or pages[path]["status"] != 200:
            errs.append(f"{pid}: gold path not served: {path}")
        elif path not in seen:
            errs.append(f"{pid}: unreachable from /: {path}")
    fur = gold["furniture"]
    for f in fur:
        if nfc(f) != f:
            errs.append(f"{pid}: furniture not NFC {f!r}")
        if not any(f in t for t in text.values()):
            errs.append(f"{pid}: furniture not on any page: {f!r}")
    for path, g in arts.items():
        if path not in text:
            continue
        t = text[path]
        for k in ("title", "published", "text_first", "text_last", "must_contain"):
            if k not in g:
                errs.append(f"{pid}: {path} lacks {k}")
        if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
            errs.append(f"{pid}: bad date {path}")
        if not 3 <= len(g["must_contain"]) <= 5:
            errs.append(f"{pid}: {path} must_contain count")
        if len(g["text_first"]) > 60 or len(g["text_last"]) > 60:
            errs.append(f"{pid}: {path} snippet longer than 60")
        snips = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
        for s in snips:
            if nfc(s) != s or html.unescape(s) != s:
                errs.append(f"{pid}: gold string not NFC/entity-free {s!r}")
            if s not in t:
                errs.append(f"{pid}: snippet not on {path}: {s!r}")
            for f in fur:
                if f.lower() in s.lower():
                    errs.append(f"{pid}: furniture {f!r} in gold string {s!r} of {path}")
        m = re.search(r'<link rel="canonical" href="http://\{\{HOST\}\}([^"]*)"', raw[path])
        if m and html.unescape(m.group(1)) != path:
            errs.append(f"{pid}: article {path} listed but canonical names {m.group(1)}")
    return errs


def main():
    errs, na, nn, nport = [], 0, 0, 0
    for d in sorted(os.listdir(ROOT)):
        base = os.path.join(ROOT, d)
        if d.startswith(("_", ".")) or not os.path.isdir(base):
            continue
        nport += 1
        errs += check_portal(base)
        g = json.load(open(os.path.join(base, "gold.json"), encoding="utf-8"))
        na += len(g["articles"]); nn += len(g["non_articles"])
    print(f"{nport} portals, {na} articles, {nn} non-articles")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
