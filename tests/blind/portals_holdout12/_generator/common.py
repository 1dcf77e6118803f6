"""Shared helpers for the holdout12 portal generators.

Each portal script builds its pages from plain strings (title, paragraphs, ...) and
registers the articles through Portal.article(); the gold is derived from those
same strings, never typed twice.  Portal.write() renders site.json / gold.json and
runs the self-checks listed in the brief before anything is kept.
"""
import html
import json
import os
import re
import shutil
import unicodedata
from collections import deque

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    """Minimal escaping for text nodes."""
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


NAMED = {"à": "&agrave;", "á": "&aacute;", "â": "&acirc;", "ê": "&ecirc;", "ô": "&ocirc;",
         "è": "&egrave;", "é": "&eacute;", "ì": "&igrave;", "í": "&iacute;", "ò": "&ograve;",
         "ó": "&oacute;", "ù": "&ugrave;", "ú": "&uacute;", "ý": "&yacute;", "õ": "&otilde;",
         "ã": "&atilde;", "Â": "&Acirc;", "Đ": "&#272;", "đ": "&#273;"}


def ent(s):
    """Text with named entities for letters that have one (as Word/FCKeditor bodies do)."""
    out = []
    for ch in esc(s):
        out.append(NAMED.get(ch, ch))
    return "".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def to_cp1258_text(s):
    """Decompose only the tone marks, as windows-1258 needs (â/ê/ô/ơ/ư/ă stay precomposed)."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0]
        tones = []
        for m in d[1:]:
            if m in TONES:
                tones.append(m)
            else:
                base = unicodedata.normalize("NFC", base + m)
        out.append(base + "".join(tones))
    res = "".join(out)
    res.encode("cp1258")
    return res


def strip_tags(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return s


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(raw_bytes, charset):
    """Decoded, unescaped, NFC, tag-free, whitespace-collapsed text of a page."""
    t = raw_bytes.decode(charset)
    t = strip_tags(t)
    t = html.unescape(t)
    return squash(nfc(t))


def charset_of(ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    return m.group(1).lower() if m else "utf-8"


HREF_RE = re.compile(r"""<(a|link|area)\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)
ABS_RE = re.compile(r"""(?:href|src|action|content)\s*=\s*["']((?:https?:)?//[^"']*)["']""", re.I)


def links(raw_html):
    out = []
    for tag, h in HREF_RE.findall(raw_html):
        h = html.unescape(h)
        out.append((tag.lower(), h))
    return out


class Portal:
    def __init__(self, pid, name, district, province, platform, charset="utf-8"):
        self.pid = pid
        self.name = name
        self.district = district
        self.province = province
        self.platform = platform
        self.charset = charset
        self.pages = {}          # path -> dict(file, status, content_type, html)
        self.order = []
        self.articles = {}
        self.bodies = {}         # path -> list of body paragraphs (gold side)
        self.non_articles = []
        self.furniture = []
        self.n = 0

    # -- registration -------------------------------------------------
    def add(self, path, html_text, status=200, ctype=None, charset=None):
        assert path not in self.pages, path
        cs = charset or self.charset
        self.n += 1
        fname = "pages/%02d.html" % self.n
        self.pages[path] = {"file": fname, "status": status,
                            "content_type": ctype or "text/html; charset=%s" % cs,
                            "html": html_text, "charset": cs}
        self.order.append(path)
        return fname

    def article(self, path, html_text, title, published, paras, must_contain, cells=(), **kw):
        """paras: the article's text paragraphs in order (lead first, closing byline last),
        plain strings exactly as rendered; cells: table cells rendered inside the body (they
        count as body text for the furniture check but never give text_first/text_last)."""
        self.add(path, html_text, **kw)
        paras = [nfc(p) for p in paras]
        first = paras[0][:60]
        last = paras[-1][-60:]
        self.articles[path] = {"title": nfc(title), "published": published,
                               "text_first": first, "text_last": last,
                               "must_contain": [nfc(m) for m in must_contain]}
        self.bodies[path] = paras + [nfc(x) for x in cells]

    def non_article(self, path, html_text, **kw):
        self.add(path, html_text, **kw)
        self.non_articles.append(path)

    def furn(self, *strings):
        for s in strings:
            if s not in self.furniture:
                self.furniture.append(nfc(s))

    # -- output ---------------------------------------------------------
    def encoded(self, path):
        p = self.pages[path]
        text = p["html"]
        if p["charset"] in ("windows-1258", "cp1258"):
            return to_cp1258_text(text).encode("cp1258")
        return text.encode(p["charset"])

    def write(self):
        out = os.path.join(ROOT, self.pid)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(os.path.join(out, "pages"))
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": {}}
        for path in self.order:
            p = self.pages[path]
            with open(os.path.join(out, p["file"]), "wb") as f:
                f.write(self.encoded(path))
            site["pages"][path] = {"file": p["file"], "status": p["status"],
                                   "content_type": p["content_type"]}
        with open(os.path.join(out, "site.json"), "w", encoding="utf-8") as f:
            json.dump(site, f, ensure_ascii=False, indent=1)
        gold = {"articles": self.articles, "non_articles": self.non_articles,
                "furniture": self.furniture}
        with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        self.check()
        print("%s: %d pages, %d articles, %d non-articles, %d furniture strings" % (
            self.pid, len(self.pages), len(self.articles), len(self.non_articles),
            len(self.furniture)))

    # -- self-checks ----------------------------------------------------
    def check(self):
        texts = {}
        for path, p in self.pages.items():
            raw = self.encoded(path)
            texts[path] = page_text(raw, p["charset"])
            dec = raw.decode(p["charset"])
            # no absolute links except canonical / og:url with the host placeholder
            for m in re.finditer(r"<[^>]+>", dec):
                tag = m.group(0)
                for a in ABS_RE.findall(tag):
                    ok = a.startswith("http://{{HOST}}") and (
                        'rel="canonical"' in tag or 'og:url' in tag)
                    assert ok, (self.pid, path, a)
            assert "&" not in re.sub(r"&(amp|[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);", "",
                                     " ".join(h for h in re.findall(r'href="([^"]*)"', dec))), (self.pid, path)
        # gold pages served with 200
        for path in list(self.articles) + self.non_articles:
            assert self.pages[path]["status"] == 200, path
        # snippets on their page
        for path, g in self.articles.items():
            t = texts[path]
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                assert squash(s) in t, (self.pid, path, s)
            assert 3 <= len(g["must_contain"]) <= 5, path
            body = self.bodies[path]
            for m in g["must_contain"]:
                assert any(m in b for b in body), (self.pid, path, m)
        # furniture present somewhere, absent from gold strings (case-insensitive)
        alltext = " ".join(texts.values()).lower()
        golds = []
        for path, g in self.articles.items():
            golds += [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[path]
        golds = [x.lower() for x in golds]
        for fs in self.furniture:
            assert fs.lower() in alltext, (self.pid, "furniture not on pages", fs)
            for gs in golds:
                assert fs.lower() not in gs, (self.pid, "furniture in gold", fs, gs[:80])
        # reachability
        seen = {"/"}
        q = deque(["/"])
        while q:
            cur = q.popleft()
            p = self.pages.get(cur)
            if not p or p["status"] != 200:
                continue
            for tag, h in links(self.encoded(cur).decode(p["charset"])):
                if tag != "a" or not h.startswith("/"):
                    continue
                h = h.split("#")[0]
                if h not in seen:
                    seen.add(h)
                    q.append(h)
        for path in list(self.articles) + self.non_articles:
            assert path in seen, (self.pid, "unreachable", path)
