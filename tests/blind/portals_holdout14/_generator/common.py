"""Shared helpers for the holdout14 generator scripts.

Each portal script builds its pages from Python strings, registers the
article strings it rendered, and calls Portal.write(), which writes the
folder (site.json, pages/, gold.json) and runs the self-checks.
"""
import html
import json
import os
import re
import unicodedata
from html.entities import codepoint2name

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def ents(s):
    """Escape with named entities where HTML has one (a, e, o with marks...),
    raw UTF-8 for letters without a named entity (u-horn, o-horn, dot below)."""
    out = []
    for ch in s:
        if ch in "<>&":
            out.append(html.escape(ch))
        elif ord(ch) > 127 and ord(ch) in codepoint2name:
            out.append("&%s;" % codepoint2name[ord(ch)])
        else:
            out.append(ch)
    return "".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def to_cp1258(s):
    """Encode NFC text as windows-1258 the way Word does: precomposed base
    letters (â ê ô ơ ư ă đ) plus combining tone marks."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], list(parts[1:])
        # try to fold one mark (circumflex, breve, horn) into the base
        for m in list(marks):
            cand = unicodedata.normalize("NFC", base + m)
            if len(cand) == 1:
                try:
                    cand.encode("cp1258")
                    base = cand
                    marks.remove(m)
                    break
                except UnicodeEncodeError:
                    pass
        out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


TAG_RE = re.compile(r"<[^>]+>")
HREF_RE = re.compile(r"""(?:href|src|action)\s*=\s*["']([^"']*)["']""", re.I)


def page_text(raw, charset):
    s = raw.decode(charset)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    unesc = nfc(html.unescape(s))
    stripped = nfc(html.unescape(TAG_RE.sub(" ", s)))
    stripped = re.sub(r"\s+", " ", stripped)
    return unesc, stripped


def links(raw, charset):
    s = raw.decode(charset)
    return [html.unescape(h) for h in HREF_RE.findall(s)]


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid = pid
        self.meta = dict(name=name, district=district, province=province,
                         platform=platform, start_url="/")
        self.pages = {}      # path -> (bytes, status, content_type)
        self.articles = {}   # path -> gold dict
        self.bodies = {}     # path -> list of all text strings (for furniture check)
        self.non_articles = []
        self.furniture = []
        self.n = 0

    def page(self, path, html_str, charset="utf-8", status=200, transform=None):
        s = html_str
        if transform == "nfd":
            s = nfd(s)
        if charset.lower() in ("windows-1258", "cp1258"):
            raw = to_cp1258(s)
        else:
            raw = s.encode("utf-8")
        self.pages[path] = (raw, status, "text/html; charset=%s" % charset)
        return path

    def article(self, path, title, published, items, must, extra_text=()):
        """items: the article's main text in order: strings are paragraphs,
        lists are tables (rows of cells)."""
        strs = [i for i in items if isinstance(i, str)]
        cells = [c for i in items if isinstance(i, list) for r in i for c in r]
        first, last = strs[0], strs[-1]
        assert isinstance(items[-1], str), "last item must be a paragraph"
        self.articles[path] = {
            "title": title,
            "published": published,
            "text_first": first[:60].rstrip(),
            "text_last": last[-60:].lstrip(),
            "must_contain": list(must),
        }
        self.bodies[path] = strs + cells + [title] + list(extra_text)
        if any(isinstance(i, list) for i in items):
            assert any(m in cells for m in must), path + ": no table cell in must_contain"
        assert 3 <= len(must) <= 5, path

    def write(self):
        out = os.path.join(ROOT, self.pid)
        pdir = os.path.join(out, "pages")
        os.makedirs(pdir, exist_ok=True)
        for f in os.listdir(pdir):
            os.remove(os.path.join(pdir, f))
        site = dict(self.meta)
        site["pages"] = {}
        files = {}
        for i, (path, (raw, status, ctype)) in enumerate(self.pages.items(), 1):
            fn = "pages/%02d.html" % i
            with open(os.path.join(out, fn), "wb") as fh:
                fh.write(raw)
            site["pages"][path] = {"file": fn, "status": status, "content_type": ctype}
            files[path] = (raw, ctype.split("charset=")[1])
        gold = {"articles": self.articles, "non_articles": self.non_articles,
                "furniture": self.furniture}
        with open(os.path.join(out, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        self.check(files)
        print("%s: %d pages, %d articles, %d non-articles, %d furniture" % (
            self.pid, len(self.pages), len(self.articles), len(self.non_articles),
            len(self.furniture)))

    def check(self, files):
        # gold strings are NFC and entity-free
        for p, g in self.articles.items():
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                assert s == nfc(s) and html.unescape(s) == s, (p, s)
        # snippets on their page
        for p, g in self.articles.items():
            assert p in files and self.pages[p][1] == 200, p
            raw, cs = files[p]
            a, b = page_text(raw, cs)
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                assert s in a or s in b, (p, s)
        for p in self.non_articles:
            assert p in files and self.pages[p][1] == 200, p
            assert p not in self.articles
        # furniture
        alltext = [page_text(r, c) for r, c in files.values()]
        for f in self.furniture:
            assert any(f in a or f in b for a, b in alltext), ("furniture not on pages", f)
            fl = f.lower()
            for p, g in self.articles.items():
                for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[p]:
                    assert fl not in s.lower(), ("furniture in gold", f, p, s)
        # links: root-relative only, except canonical / og:url
        for p, (raw, cs) in files.items():
            s = raw.decode(cs)
            for m in re.finditer(r"""(?:href|src|content|action)\s*=\s*["'](https?:)?//[^"']*""", s, re.I):
                tag_start = s.rfind("<", 0, m.start())
                tag = s[tag_start:s.find(">", m.start()) + 1]
                ok = ("{{HOST}}" in m.group(0) and
                      ('rel="canonical"' in tag or 'property="og:url"' in tag))
                assert ok, (p, m.group(0))
        # "&" in links written as "&amp;"
        for p, (raw, cs) in files.items():
            for h in HREF_RE.findall(raw.decode(cs)):
                assert not re.search(r"&(?!amp;|lt;|gt;|quot;|#)", h), (p, "bare &", h)
        # reachability from /
        seen, todo = set(), ["/"]
        while todo:
            p = todo.pop()
            if p in seen or p not in files or self.pages[p][1] != 200:
                continue
            seen.add(p)
            raw, cs = files[p]
            for h in links(raw, cs):
                h = h.split("#")[0]
                if h.startswith("/") and not h.startswith("//"):
                    todo.append(h)
        for p in list(self.articles) + self.non_articles:
            assert p in seen, ("unreachable", p)
