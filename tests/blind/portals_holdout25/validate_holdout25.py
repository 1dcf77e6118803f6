#!/usr/bin/env python3
"""Validate the holdout25 fixtures (helper-36). Usage: python3 validate_holdout25.py"""
import html, json, os, re, sys, unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


def decode(data, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "", re.I)
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb'charset=["\']?([\w-]+)', data[:2048], re.I)
        cs = m.group(1).decode() if m else "utf-8"
    return data.decode(cs.lower())


def norm(s):
    return unicodedata.normalize("NFC", html.unescape(unicodedata.normalize("NFC", s)))


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.abs_bad = [], []
        self.cells, self._stack = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "src", "action", "content"):
            v = a.get(k)
            if not v or not re.match(r"^(https?:)?//", v):
                continue
            canon = (tag == "link" and a.get("rel") == "canonical") or (tag == "meta" and a.get("property") == "og:url")
            if k == "content" and not canon:
                continue
            if not (canon and v.startswith("http://{{HOST}}")):
                self.abs_bad.append(v)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "frame" and a.get("src"):
            self.links.append(a["src"])


def main():
    portals = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, "site.json")))
    n_art = n_non = n_pages = 0
    for pid in portals:
        d = os.path.join(ROOT, pid)
        try:
            site = json.load(open(os.path.join(d, "site.json"), encoding="utf-8"))
            gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        except Exception as e:
            err(pid, f"json: {e}"); continue
        for k in ("name", "district", "province", "platform", "start_url", "pages"):
            if k not in site:
                err(pid, f"site.json lacks {k}")
        pages = site["pages"]
        texts = {}
        graph = {}
        for path, info in pages.items():
            fp = os.path.join(d, info["file"])
            if not os.path.isfile(fp):
                err(pid, f"missing file {info['file']}"); continue
            raw = open(fp, "rb").read()
            try:
                txt = decode(raw, info.get("content_type"))
            except Exception as e:
                err(pid, f"{path}: cannot decode: {e}"); continue
            texts[path] = norm(txt)
            p = Links()
            p.feed(txt)
            if p.abs_bad:
                err(pid, f"{path}: absolute links {p.abs_bad[:3]}")
            outs = set()
            for h in p.links:
                if h.startswith(("javascript:", "mailto:", "#", "tel:")):
                    continue
                u = urljoin("http://h" + path, h)
                s = urlsplit(u)
                outs.add(s.path + (("?" + s.query) if s.query else ""))
            graph[path] = outs
        # reachability
        seen, todo = {"/"}, ["/"]
        while todo:
            x = todo.pop()
            for y in graph.get(x, ()):
                if y in pages and y not in seen:
                    seen.add(y); todo.append(y)
        arts = gold.get("articles", {})
        non = gold.get("non_articles", [])
        fur = gold.get("furniture", [])
        if not (6 <= len(fur) <= 12):
            err(pid, f"furniture count {len(fur)}")
        if not (5 <= len(arts) <= 6):
            err(pid, f"article count {len(arts)}")
        if not (4 <= len(non)):
            err(pid, f"non-article count {len(non)}")
        for path in list(arts) + list(non):
            if path not in pages:
                err(pid, f"gold path not served: {path}")
            elif path not in seen:
                err(pid, f"gold path not reachable from /: {path}")
        if set(arts) & set(non):
            err(pid, "path both article and non-article")
        snippets = []
        for path, g in arts.items():
            t = texts.get(path, "")
            for k in ("title", "text_first", "text_last"):
                v = g.get(k)
                if not isinstance(v, str) or not v:
                    err(pid, f"{path}: {k} empty"); continue
                if v != unicodedata.normalize("NFC", v) or html.unescape(v) != v:
                    err(pid, f"{path}: {k} not NFC/entity-free")
                if v not in t:
                    err(pid, f"{path}: {k} not on page: {v!r}")
                snippets.append(v)
            if len(g.get("text_first", "")) > 60 or len(g.get("text_last", "")) > 60:
                err(pid, f"{path}: snippet over 60 chars")
            pub = g.get("published")
            if pub is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", pub):
                err(pid, f"{path}: bad published {pub}")
            mc = g.get("must_contain", [])
            if not (2 <= len(mc) <= 5):
                err(pid, f"{path}: must_contain has {len(mc)}")
            for v in mc:
                if v not in t:
                    err(pid, f"{path}: must_contain not on page: {v!r}")
                snippets.append(v)
            # body region: from text_first to the end of text_last, tags stripped
            i = t.find(g.get("text_first", "\x00"))
            j = t.rfind(g.get("text_last", "\x00"))
            if i < 0 or j < 0 or j < i:
                err(pid, f"{path}: body region not found"); continue
            body = re.sub(r"<[^>]+>", "\n", t[i:j + len(g["text_last"])])
            for f in fur:
                if f in body:
                    err(pid, f"{path}: furniture {f!r} inside body region")
        for f in fur:
            if not any(f in texts[p] for p in texts):
                err(pid, f"furniture not on any page: {f!r}")
            for s in snippets:
                if f in s:
                    err(pid, f"furniture {f!r} inside gold snippet {s!r}")
        n_art += len(arts); n_non += len(non); n_pages += len(pages)
    if len(portals) < 7:
        errors.append(f"only {len(portals)} portals")
    if n_art < 45:
        errors.append(f"only {n_art} articles")
    print(f"portals {len(portals)}  articles {n_art}  non-articles {n_non}  pages {n_pages}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
