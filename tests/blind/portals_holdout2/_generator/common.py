"""Shared helpers for the portals_holdout2 generators.

Each pN.py builds one portal: it renders pages from Python strings, registers
article bodies (paragraph lists) and derives text_first/text_last from them, then
write() serialises site.json, pages/*.html and gold.json and self-checks the gold.
"""
import html
import json
import os
import re
import shutil
import unicodedata
from html.entities import codepoint2name

SET_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def e(s):
    """Escape text for HTML (quotes left alone in text nodes)."""
    return html.escape(s, quote=False)


def ea(s):
    return html.escape(s, quote=True)


def href(path):
    """A link target as written in HTML: & becomes &amp;."""
    return path.replace("&", "&amp;")


def entityize(s):
    """Replace Latin-1 letters by named entities (&aacute; ...), keep the rest raw.

    Only use on text without markup-significant characters already escaped twice."""
    out = []
    for ch in s:
        cp = ord(ch)
        if cp > 127 and cp in codepoint2name:
            out.append("&%s;" % codepoint2name[cp])
        else:
            out.append(ch)
    return "".join(out)


def numeric_refs(s):
    return "".join("&#x%X;" % ord(c) if ord(c) > 127 else c for c in s)


def to_cp1258(s):
    """Encode text as windows-1258 the way Word does: precomposed where the code
    page has the letter, otherwise base (+ circumflex/breve/horn) + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        done = False
        for i, m in enumerate(marks):
            comp = unicodedata.normalize("NFC", base + m)
            if len(comp) == 1:
                try:
                    b = comp.encode("cp1258")
                    rest = "".join(marks[:i] + marks[i + 1:]).encode("cp1258")
                    out += b + rest
                    done = True
                    break
                except UnicodeEncodeError:
                    continue
        if not done:
            out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def page_text(raw, charset):
    s = raw.decode(charset)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s)


class Portal:
    def __init__(self, pid, name, district, province, platform, charset="utf-8"):
        self.pid = pid
        self.meta = dict(name=name, district=district, province=province, platform=platform)
        self.charset = charset
        self.pages = {}      # path -> dict(file, status, content_type, raw)
        self.articles = {}   # path -> gold
        self.bodies = {}     # path -> list of body strings (for furniture checks)
        self.non_articles = []
        self.furniture = []

    def add(self, path, file, doc, charset=None, nfd=False, status=200, ctype=None):
        charset = charset or self.charset
        if nfd:
            doc = unicodedata.normalize("NFD", doc)
        raw = to_cp1258(doc) if charset == "windows-1258" else doc.encode(charset)
        ct = ctype or "text/html; charset=%s" % charset
        assert path not in self.pages, path
        self.pages[path] = dict(file="pages/" + file, status=status, content_type=ct, raw=raw,
                                charset=charset)

    def article(self, path, title, published, paras, must_contain):
        first = paras[0][:60].rstrip()
        last = paras[-1][-60:].lstrip()
        self.articles[path] = dict(title=title, published=published, text_first=first,
                                   text_last=last, must_contain=list(must_contain))
        self.bodies[path] = [title] + list(paras)

    def non_article(self, *paths):
        self.non_articles.extend(paths)

    def write(self):
        out = os.path.join(SET_DIR, self.pid)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(os.path.join(out, "pages"))
        site = dict(self.meta, start_url="/", pages={})
        for path, p in self.pages.items():
            with open(os.path.join(out, p["file"]), "wb") as f:
                f.write(p["raw"])
            site["pages"][path] = dict(file=p["file"], status=p["status"],
                                       content_type=p["content_type"])
        gold = dict(articles=self.articles, non_articles=self.non_articles,
                    furniture=self.furniture)
        with open(os.path.join(out, "site.json"), "w", encoding="utf-8") as f:
            json.dump(site, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        self.check()
        print("%s: %d pages, %d articles, %d non-articles, %d furniture" % (
            self.pid, len(self.pages), len(self.articles), len(self.non_articles),
            len(self.furniture)))

    def check(self):
        texts = {p: page_text(v["raw"], v["charset"]) for p, v in self.pages.items()}
        served = set(self.pages)
        assert set(self.articles) | set(self.non_articles) == served, \
            served ^ (set(self.articles) | set(self.non_articles))
        assert not set(self.articles) & set(self.non_articles)
        for path, g in self.articles.items():
            t = texts[path]
            for k in ["title", "text_first", "text_last"] + ["must_contain"]:
                vals = g[k] if k == "must_contain" else [g[k]]
                for v in vals:
                    assert unicodedata.normalize("NFC", v) == v and html.unescape(v) == v, v
                    assert re.sub(r"\s+", " ", v) in t, (self.pid, path, k, v)
            assert 3 <= len(g["must_contain"]) <= 5, path
        for fstr in self.furniture:
            assert any(fstr in t for t in texts.values()), ("furniture not on any page", fstr)
            low = fstr.casefold()
            for path, body in self.bodies.items():
                for b in body:
                    assert low not in b.casefold(), ("furniture in body", fstr, path, b)
                g = self.articles[path]
                for v in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                    assert low not in v.casefold(), (fstr, v)
        # no absolute links except canonical / og:url
        for path, v in self.pages.items():
            s = v["raw"].decode(v["charset"])
            for m in re.finditer(r"<[^>]+>", s):
                tag = m.group(0)
                for a in re.finditer(r"\b(href|src|action|content)\s*=\s*\"([^\"]*)\"", tag):
                    val = a.group(2)
                    if re.match(r"(?i)(https?:)?//", val):
                        ok = val.startswith("http://{{HOST}}") and (
                            'rel="canonical"' in tag or 'og:url' in tag)
                        assert ok, (self.pid, path, tag)
        # reachability
        seen, todo = {"/"}, ["/"]
        while todo:
            p = todo.pop()
            if p not in self.pages:
                continue
            s = self.pages[p]["raw"].decode(self.pages[p]["charset"])
            for m in re.finditer(r"href\s*=\s*\"([^\"]*)\"", s):
                h = html.unescape(m.group(1)).split("#")[0]
                if h.startswith("/") and not h.startswith("//") and h not in seen:
                    seen.add(h)
                    todo.append(h)
        for path in self.articles:
            assert path in seen, ("unreachable", path)
        for path in self.pages:
            assert path in seen, ("unreachable page", path)
