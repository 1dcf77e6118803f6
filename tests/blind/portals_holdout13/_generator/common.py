"""Common helpers for the holdout13 fixture generators.

Each p*.py builds a Portal, renders its pages from the same strings that go
into gold.json, then calls Portal.write(), which runs the self-checks.
"""
import html
import json
import os
import re
import unicodedata
from html.entities import codepoint2name

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def esc(s):
    return html.escape(s, quote=True)


def ent(s):
    """Escape, then write Latin-1 letters as named entities (mixed with raw UTF-8)."""
    out = []
    for ch in html.escape(s, quote=False):
        cp = ord(ch)
        if 0xC0 <= cp <= 0xFF and cp in codepoint2name:
            out.append("&%s;" % codepoint2name[cp])
        else:
            out.append(ch)
    return "".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def cp1258_bytes(s):
    """Encode for windows-1258: precomposed where the code page has it, else base + tone mark."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in TONES)
        tones = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", base)
        try:
            out += (base + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def page_text(raw, charset):
    t = raw.decode(charset)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    t = html.unescape(t)
    t = unicodedata.normalize("NFC", t)
    return re.sub(r"\s+", " ", t)


def squash(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def first60(s):
    return s[:60].rstrip()


def last60(s):
    return s[-60:].lstrip()


class Portal:
    def __init__(self, pid, name, district, province, platform, charset="utf-8"):
        self.pid, self.charset = pid, charset
        self.meta = dict(name=name, district=district, province=province, platform=platform, start_url="/")
        self.pages = {}      # path -> (bytes, status, content_type)
        self.articles = {}   # path -> gold entry
        self.bodies = {}     # path -> list of body strings (for furniture checks)
        self.non_articles = []
        self.furniture = []
        self.encode = None   # optional custom encoder (str -> bytes)

    def add(self, path, text, status=200, ctype=None):
        if self.encode:
            raw = self.encode(text)
        else:
            raw = text.encode(self.charset)
        self.pages[path] = (raw, status, ctype or "text/html; charset=%s" % self.charset)

    def article(self, path, title, published, blocks, must, lead=None):
        """blocks: the text blocks of the main text, in order (strings); lead first if given."""
        texts = ([lead] if lead else []) + [b for b in blocks if isinstance(b, str)]
        cells = [c for b in blocks if not isinstance(b, str) for row in b for c in row]
        self.articles[path] = {
            "title": title,
            "published": published,
            "text_first": first60(texts[0]),
            "text_last": last60(texts[-1]),
            "must_contain": must,
        }
        self.bodies[path] = texts + cells

    def write(self):
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(d, "pages")):
            os.remove(os.path.join(d, "pages", f))
        site = dict(self.meta)
        site["pages"] = {}
        for i, (path, (raw, status, ctype)) in enumerate(self.pages.items(), 1):
            fn = "pages/%02d.html" % i
            with open(os.path.join(d, fn), "wb") as fh:
                fh.write(raw)
            site["pages"][path] = {"file": fn, "status": status, "content_type": ctype}
        gold = {"articles": self.articles, "non_articles": self.non_articles, "furniture": self.furniture}
        with open(os.path.join(d, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        self.check()
        print(self.pid, "ok:", len(self.articles), "articles,", len(self.non_articles), "non-articles,", len(self.pages), "pages")

    # ---- self-checks -------------------------------------------------
    def check(self):
        texts = {p: page_text(raw, self.charset) for p, (raw, st, ct) in self.pages.items()}
        for p, g in self.articles.items():
            assert self.pages[p][1] == 200, p
            t = texts[p]
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                assert s == unicodedata.normalize("NFC", s), (p, s)
                assert squash(s) in t, (self.pid, p, s)
            assert 3 <= len(g["must_contain"]) <= 5, p
        for p in self.non_articles:
            assert p in self.pages and self.pages[p][1] == 200, p
        allt = " ".join(texts.values()).casefold()
        for f in self.furniture:
            assert squash(f).casefold() in allt, (self.pid, "furniture missing", f)
            for p, g in self.articles.items():
                for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[p]:
                    assert f.casefold() not in s.casefold(), (self.pid, "furniture in gold", f, p)
        # links
        seen, todo = {"/"}, ["/"]
        while todo:
            p = todo.pop()
            if p not in self.pages or self.pages[p][1] != 200:
                continue
            raw = self.pages[p][0].decode(self.charset)
            for m in re.finditer(r'(href|src|content)="([^"]*)"', raw):
                attr, u = m.groups()
                if re.match(r"(?i)https?:", u):
                    ctx = raw[max(0, m.start() - 80):m.start()]
                    assert u.startswith("http://{{HOST}}") and ("canonical" in ctx or "og:url" in ctx), (self.pid, p, u)
                    continue
                if attr != "href" or not u.startswith("/"):
                    continue
                u = html.unescape(u).split("#")[0]
                if u not in seen:
                    seen.add(u)
                    todo.append(u)
        for p in list(self.articles) + self.non_articles:
            assert p in seen, (self.pid, "unreachable", p)
