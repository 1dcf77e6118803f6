"""Common helpers for the holdout17 blind fixtures (written blind to the crawler).

Each pN.py builds one portal with Portal(...), renders its pages from the same
strings that go into gold.json, then calls Portal.write(), which self-checks.
"""
import html as _html
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return _html.escape(s, quote=True)


def ent(s):
    """Write non-ASCII letters as numeric entities (HTML-entity hard case)."""
    out = []
    for ch in _html.escape(s, quote=False):
        out.append(ch if ord(ch) < 128 else "&#%d;" % ord(ch))
    return "".join(out)


def href(path):
    return esc(path)  # & -> &amp;


def to_cp1258(text):
    """Encode Vietnamese for windows-1258: precomposed base letter + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], [m for m in d[1:]]
        shape = [m for m in marks if m in "\u0302\u0306\u031b"]
        tones = [m for m in marks if m not in shape]
        try:
            out += unicodedata.normalize("NFC", base + "".join(shape)).encode("cp1258")
            out += "".join(tones).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


class Portal:
    def __init__(self, pid, name, district, province, platform, encoding="utf-8", nfd=False):
        self.pid, self.name, self.district, self.province = pid, name, district, province
        self.platform, self.encoding, self.nfd = platform, encoding, nfd
        self.pages = {}      # path -> (fname, status, ctype, bytes)
        self.articles = {}   # path -> gold
        self.bodies = {}     # path -> list of body strings (paras, cells)
        self.non_articles = []
        self.furniture = []
        self.n = 0

    def add_page(self, path, html_text, status=200):
        self.n += 1
        fname = "pages/%02d.html" % self.n
        if self.nfd:
            html_text = unicodedata.normalize("NFD", html_text)
        data = to_cp1258(html_text) if self.encoding == "windows-1258" else html_text.encode(self.encoding)
        ctype = "text/html; charset=%s" % self.encoding
        self.pages[path] = (fname, status, ctype, data)

    def article(self, path, title, published, paras, must, cells=()):
        """paras: the main text paragraphs in order (lead first); cells: table cells."""
        text_first = paras[0][:60].rstrip()
        text_last = paras[-1][-60:].lstrip()
        self.articles[path] = {"title": title, "published": published,
                               "text_first": text_first, "text_last": text_last,
                               "must_contain": list(must)}
        self.bodies[path] = list(paras) + list(cells)

    def non_article(self, path):
        self.non_articles.append(path)

    # ------------------------------------------------------------------ checks
    def _decoded(self, path):
        fname, status, ctype, data = self.pages[path]
        return nfc(_html.unescape(data.decode(self.encoding)))

    def check(self):
        errs = []
        for p, g in self.articles.items():
            if p not in self.pages:
                errs.append("article not served: " + p)
                continue
            page = self._decoded(p)
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                if nfc(s) != s:
                    errs.append("gold not NFC: %r" % s)
                if s not in page:
                    errs.append("%s: snippet missing %r" % (p, s))
            if not 3 <= len(g["must_contain"]) <= 5:
                errs.append(p + ": must_contain count")
            body = "\n".join(self.bodies[p])
            for s in g["must_contain"] + [g["text_first"], g["text_last"]]:
                if s not in body:
                    errs.append("%s: snippet not from body %r" % (p, s))
        for p in self.non_articles:
            if p not in self.pages:
                errs.append("non-article not served: " + p)
        allpages = "\n".join(self._decoded(p) for p in self.pages).lower()
        for f in self.furniture:
            if f.lower() not in allpages:
                errs.append("furniture not on any page: %r" % f)
            for p, g in self.articles.items():
                strings = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[p]
                for s in strings:
                    if f.lower() in s.lower():
                        errs.append("furniture %r inside gold/body of %s" % (f, p))
        # links
        seen, todo = set(), ["/"]
        while todo:
            p = todo.pop()
            if p in seen or p not in self.pages:
                continue
            seen.add(p)
            raw = self.pages[p][3].decode(self.encoding)
            for m in re.finditer(r'(?:href|src|content)\s*=\s*"([^"]*)"', raw):
                u = m.group(1)
                if u.startswith("http") and not u.startswith("http://{{HOST}}"):
                    errs.append("%s: absolute link %s" % (p, u))
            for m in re.finditer(r'<(link|meta)[^>]*http://\{\{HOST\}\}[^>]*>', raw):
                if "canonical" not in m.group(0) and "og:url" not in m.group(0):
                    errs.append("%s: HOST link not canonical/og:url" % p)
            for m in re.finditer(r'<a\b[^>]*href="([^"]*)"', raw):
                u = _html.unescape(m.group(1))
                if u.startswith("/"):
                    todo.append(u.split("#")[0])
        for p in list(self.articles) + self.non_articles:
            if p not in seen:
                errs.append("not reachable from /: " + p)
        if errs:
            raise SystemExit("%s self-check failed:\n  " % self.pid + "\n  ".join(errs))

    def write(self):
        self.check()
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(d, "pages")):
            os.remove(os.path.join(d, "pages", f))
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": {}}
        for p, (fname, status, ctype, data) in self.pages.items():
            site["pages"][p] = {"file": fname, "status": status, "content_type": ctype}
            with open(os.path.join(d, fname), "wb") as fh:
                fh.write(data)
        gold = {"articles": self.articles, "non_articles": self.non_articles,
                "furniture": self.furniture}
        for name, obj in (("site.json", site), ("gold.json", gold)):
            with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        print("%s: %d pages, %d articles, %d non-articles" % (
            self.pid, len(self.pages), len(self.articles), len(self.non_articles)))
