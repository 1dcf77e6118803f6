"""Common helpers for the holdout3 portal generators.

Every portal script builds its pages as strings, registers them with a Portal,
and the gold is derived from the very strings that are rendered (Article objects).
Portal.finish() writes site.json / gold.json and runs the self-checks.
"""
import html
import json
import os
import re
import shutil
import unicodedata
from collections import deque
from html.entities import codepoint2name

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HOST = "http://{{HOST}}"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s, mode="plain"):
    """Escape text for HTML. mode: plain | entities (named entities for Latin-1
    letters, raw UTF-8 for the rest, as old WYSIWYG editors do) | nfd."""
    s = nfc(s)
    if mode == "nfd":
        return html.escape(unicodedata.normalize("NFD", s), quote=False)
    out = html.escape(s, quote=False)
    if mode == "entities":
        buf = []
        for ch in out:
            cp = ord(ch)
            if 0xC0 <= cp <= 0xFF and cp in codepoint2name:
                buf.append("&%s;" % codepoint2name[cp])
            else:
                buf.append(ch)
        out = "".join(buf)
    return out


def attr(s):
    return html.escape(nfc(s), quote=True)


# ---------------------------------------------------------------- slugs
def _strip_marks(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s, drop_d=False, sep="-", keep_case=False):
    """ASCII slug. drop_d: Liferay style, 'đ' vanishes ('Đắk Lắk' -> 'ak-lak')."""
    s = nfc(s)
    if drop_d:
        s = s.replace("đ", "").replace("Đ", "")
    else:
        s = s.replace("đ", "d").replace("Đ", "D")
    s = _strip_marks(s)
    if not keep_case:
        s = s.lower()
    s = re.sub(r"[^A-Za-z0-9]+", sep, s).strip(sep)
    return s


def joomla_slug(s):
    """Joomla without a transliterator: Latin-1 letters lose their accent,
    other Vietnamese letters become a hyphen ('quy chế làm việc' -> 'quy-ch-lam-vi-c')."""
    out = []
    for ch in nfc(s).lower():
        if ch.isascii():
            out.append(ch if ch.isalnum() else "-")
        elif ord(ch) <= 0xFF:
            out.append(_strip_marks(ch))
        else:
            out.append("-")
    return re.sub(r"-+", "-", "".join(out)).strip("-")


# ---------------------------------------------------------------- encodings
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Encode NFC text as windows-1258 the way Word does: base letters with
    circumflex/breve/horn precomposed when the code page has them, tone marks
    as combining characters."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0] + "".join(m for m in d[1:] if m not in _TONES)
        tones = "".join(m for m in d[1:] if m in _TONES)
        piece = unicodedata.normalize("NFC", base) + tones
        out += piece.encode("cp1258")  # raises if impossible: good
    return bytes(out)


# ---------------------------------------------------------------- articles
class Article:
    def __init__(self, path, title, published, paras, must, lead=None,
                 table=None, table_cell=None, alt_paths=(), captions=()):
        self.path = path
        self.title = nfc(title)
        self.published = published
        self.lead = nfc(lead) if lead else None
        self.paras = [nfc(p) for p in paras]
        self.must = [nfc(m) for m in must]
        self.table = [[nfc(c) for c in r] for r in table] if table else None
        self.table_cell = nfc(table_cell) if table_cell else None
        self.alt_paths = list(alt_paths)
        self.captions = [nfc(c) for c in captions]
        if self.table:
            assert self.table_cell and any(self.table_cell == c for r in self.table for c in r), path
            if self.table_cell not in self.must:
                self.must.append(self.table_cell)

    @property
    def texts(self):
        t = ([self.lead] if self.lead else []) + self.paras + self.captions
        if self.table:
            t += [c for r in self.table for c in r]
        return t

    def gold(self):
        first = (self.lead or self.paras[0])[:60].strip()
        last = self.paras[-1][-60:].strip()
        return {"title": self.title, "published": self.published,
                "text_first": first, "text_last": last, "must_contain": self.must}


# ---------------------------------------------------------------- page text
def decode_page(raw, content_type=""):
    m = re.search(r"charset=([\w-]+)", content_type or "")
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
        cs = m.group(1).decode() if m else "utf-8"
    return raw.decode(cs)


def page_text(raw, content_type=""):
    return nfc(html.unescape(decode_page(raw, content_type)))


def visible_text(raw, content_type=""):
    s = decode_page(raw, content_type)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return nfc(html.unescape(s))


HREF_RE = re.compile(r"""<(a|link|area)\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)


def links_of(raw, content_type=""):
    s = decode_page(raw, content_type)
    out = []
    for tag, h in HREF_RE.findall(s):
        if tag.lower() == "link":
            continue
        h = html.unescape(h).split("#")[0]
        if h.startswith("/"):
            out.append(h)
    return out


def absolute_link_problems(raw, content_type=""):
    s = decode_page(raw, content_type)
    bad = []
    for m in re.finditer(r"""<[^>]+?\b(href|src|action|content)\s*=\s*["']\s*((?:https?:)?//[^"']*)["'][^>]*>""", s, re.I):
        tag, val = m.group(0), m.group(2)
        canon = re.match(r"<link\b", tag, re.I) and re.search(r"rel\s*=\s*[\"']canonical", tag, re.I)
        og = re.match(r"<meta\b", tag, re.I) and re.search(r"og:url", tag, re.I)
        if (canon or og) and val.startswith(HOST):
            continue
        bad.append(val)
    return bad


# ---------------------------------------------------------------- portal
class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid = pid
        self.dir = os.path.join(ROOT, pid)
        self.site = {"name": name, "district": district, "province": province,
                     "platform": platform, "start_url": "/", "pages": {}}
        self.articles = {}
        self.non_articles = []
        self.furn = []
        self.raw = {}
        self.ctype = {}
        self.n = 0
        if os.path.isdir(self.dir):
            shutil.rmtree(self.dir)
        os.makedirs(os.path.join(self.dir, "pages"))

    def page(self, path, markup, kind=None, article=None, encoding="utf-8", status=200, name=None):
        assert path not in self.site["pages"], path
        self.n += 1
        fname = "%02d-%s.html" % (self.n, name or (slug(path.split("?")[0].strip("/").split("/")[-1]) or "home")[:50])
        if encoding.lower() in ("windows-1258", "cp1258"):
            raw = to_cp1258(markup)
            ct = "text/html; charset=windows-1258"
        else:
            raw = markup.encode("utf-8")
            ct = "text/html; charset=utf-8"
        with open(os.path.join(self.dir, "pages", fname), "wb") as f:
            f.write(raw)
        self.site["pages"][path] = {"file": "pages/" + fname, "status": status, "content_type": ct}
        self.raw[path] = raw
        self.ctype[path] = ct
        if kind == "article":
            self.articles[path] = article
        elif kind == "non_article":
            self.non_articles.append(path)

    def furniture(self, items):
        self.furn += [nfc(x) for x in items]

    def finish(self):
        gold = {"articles": {p: a.gold() for p, a in self.articles.items()},
                "non_articles": self.non_articles, "furniture": self.furn}
        with open(os.path.join(self.dir, "site.json"), "w", encoding="utf-8") as f:
            json.dump(self.site, f, ensure_ascii=False, indent=1)
        with open(os.path.join(self.dir, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        self.check(gold)
        print("%s: %d pages, %d articles, %d non-articles, %d furniture" % (
            self.pid, len(self.site["pages"]), len(self.articles), len(self.non_articles), len(self.furn)))

    def check(self, gold):
        errs = []
        texts = {p: page_text(r, self.ctype[p]) for p, r in self.raw.items()}
        for p, a in self.articles.items():
            g = gold["articles"][p]
            t = texts[p]
            for k in ("title", "text_first", "text_last"):
                if g[k] not in t:
                    errs.append("%s: %s not on page: %r" % (p, k, g[k]))
            if not 3 <= len(g["must_contain"]) <= 5:
                errs.append("%s: %d must_contain" % (p, len(g["must_contain"])))
            for m in g["must_contain"]:
                if m not in t:
                    errs.append("%s: must_contain not on page: %r" % (p, m))
                if not any(m in x for x in a.texts):
                    errs.append("%s: must_contain not from the text: %r" % (p, m))
            if g["text_first"] not in (a.lead or a.paras[0]):
                errs.append(p + ": text_first")
        titles = [a.title.lower() for a in self.articles.values()]
        for p, a in self.articles.items():
            for m in a.must:
                if any(m.lower() in t for t in titles):
                    errs.append("%s: must_contain %r inside a headline" % (p, m))
        allpages_low = " ".join(texts.values()).lower() + " ".join(
            re.sub(r"\s+", " ", visible_text(r, self.ctype[p])) for p, r in self.raw.items()).lower()
        gold_strings = []
        for p, a in self.articles.items():
            g = gold["articles"][p]
            gold_strings += [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + a.texts
        for fu in self.furn:
            if fu.lower() not in allpages_low:
                errs.append("furniture nowhere on the pages: %r" % fu)
            for s in gold_strings:
                if fu.lower() in s.lower():
                    errs.append("furniture %r inside article text %r" % (fu, s[:80]))
        # reachability
        seen, q = {"/"}, deque(["/"])
        while q:
            p = q.popleft()
            if p not in self.raw or self.site["pages"][p]["status"] != 200:
                continue
            for l in links_of(self.raw[p], self.ctype[p]):
                if l not in seen:
                    seen.add(l)
                    q.append(l)
        for p in list(self.articles) + self.non_articles:
            if p not in seen:
                errs.append("not reachable from /: " + p)
        for p, r in self.raw.items():
            bad = absolute_link_problems(r, self.ctype[p])
            if bad:
                errs.append("%s: absolute links %s" % (p, bad[:3]))
        for s in gold_strings:
            if s != nfc(s) or re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", s, re.I):
                errs.append("gold string not NFC/entity-free: %r" % s)
        if errs:
            raise SystemExit(self.pid + " FAILED:\n  " + "\n  ".join(errs))
