"""Shared helpers for the holdout15 portal generators.

Every generator builds its pages from the same Python strings that go into
gold.json, then calls Portal.write(), which runs the self-checks.
"""
import html
import json
import os
import re
import shutil
import unicodedata
from collections import deque
from urllib.parse import urldefrag

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


NAMED = {"â": "&acirc;", "à": "&agrave;", "á": "&aacute;", "ê": "&ecirc;", "é": "&eacute;",
         "ô": "&ocirc;", "ó": "&oacute;", "í": "&iacute;", "ú": "&uacute;", "ã": "&atilde;",
         "Đ": "&#272;", "đ": "&#273;", "ò": "&ograve;", "è": "&egrave;"}


def ent(s):
    """Escape, then spell some letters as named/numeric entities (mixed page)."""
    s = esc(s)
    return "".join(NAMED.get(c, c) for c in s)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def cp1258(s):
    """Encode NFC text to windows-1258, precomposing where the code page allows."""
    out = bytearray()
    for c in s:
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = nfd(c)
        base, marks = d[0], list(d[1:])
        done = False
        for k in list(marks):
            pre = nfc(base + k)
            if len(pre) == 1:
                try:
                    b = pre.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                rest = [m for m in marks if m != k]
                try:
                    out += b + "".join(rest).encode("cp1258")
                    done = True
                    break
                except UnicodeEncodeError:
                    continue
        if not done:
            out += d.encode("cp1258")
    return bytes(out)


def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")


def weekday(d):
    return WEEKDAYS[d.weekday()]


def phrase(p, start, n):
    w = p.split()
    return " ".join(w[start:start + n])


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid, self.name, self.district, self.province, self.platform = pid, name, district, province, platform
        self.pages = {}      # path -> dict(file, status, content_type)
        self.bytes = {}      # file -> bytes
        self.articles = {}   # path -> gold
        self.bodies = {}     # path -> list of paragraphs (for self-check)
        self.non_articles = []
        self.furniture = []
        self.n = 0

    def add_page(self, path, text, encoding="utf-8", status=200):
        self.n += 1
        f = "pages/%02d.html" % self.n
        ctype = "text/html; charset=%s" % encoding
        data = cp1258(text) if encoding == "windows-1258" else text.encode(encoding)
        self.pages[path] = {"file": f, "status": status, "content_type": ctype}
        self.bytes[f] = data
        return f

    def gold_article(self, path, title, published, paras, must=None, table_cell=None):
        """paras: the article text paragraphs in order (lead first if any)."""
        paras = [nfc(p) for p in paras]
        if must is None:
            must = []
            picks = [paras[0]] + ([paras[len(paras) // 2]] if len(paras) > 2 else []) + [paras[-1]]
            for p in picks:
                w = p.split()
                s = 1 if len(w) > 7 else 0
                ph = " ".join(w[s:s + 6]).strip(",.;:")
                if ph and ph not in must:
                    must.append(ph)
            longest = max(paras, key=len).split()
            off = 7
            while len(must) < 3 and off + 4 <= len(longest):
                ph = " ".join(longest[off:off + 4]).strip(",.;:")
                if ph not in must:
                    must.append(ph)
                off += 5
        if table_cell:
            must = list(must) + [table_cell]
        self.articles[path] = {
            "title": nfc(title),
            "published": published.isoformat() if published else None,
            "text_first": paras[0][:60],
            "text_last": paras[-1][-60:],
            "must_contain": must[:5],
        }
        self.bodies[path] = paras

    def write(self):
        out = os.path.join(ROOT, self.pid)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(os.path.join(out, "pages"))
        for f, b in self.bytes.items():
            with open(os.path.join(out, f), "wb") as fh:
                fh.write(b)
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": self.pages}
        gold = {"articles": self.articles, "non_articles": self.non_articles,
                "furniture": self.furniture}
        with open(os.path.join(out, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        self.check()
        print("%s: %d pages, %d articles, %d non-articles, %d furniture" % (
            self.pid, len(self.pages), len(self.articles), len(self.non_articles), len(self.furniture)))

    # ---- self-checks -------------------------------------------------
    def text_of(self, path):
        meta = self.pages[path]
        enc = meta["content_type"].split("charset=")[1]
        return nfc(html.unescape(self.bytes[meta["file"]].decode(enc)))

    def check(self):
        errs = []
        for p in list(self.articles) + self.non_articles:
            if p not in self.pages or self.pages[p]["status"] != 200:
                errs.append("gold path not served: " + p)
        assert not set(self.articles) & set(self.non_articles)
        for p, g in self.articles.items():
            t = self.text_of(p)
            for k in ["title", "text_first", "text_last"] + ["must_contain"]:
                vals = g[k] if isinstance(g[k], list) else [g[k]]
                for v in vals:
                    if v not in t:
                        errs.append("%s: %s %r not on page" % (p, k, v))
            if not 3 <= len(g["must_contain"]) <= 5:
                errs.append("%s: must_contain size %d" % (p, len(g["must_contain"])))
        alltext = "\n".join(self.text_of(p) for p in self.pages).lower()
        for f in self.furniture:
            if nfc(f).lower() not in alltext:
                errs.append("furniture not on any page: %r" % f)
            for p, g in self.articles.items():
                hay = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[p]
                for h in hay:
                    if nfc(f).lower() in h.lower():
                        errs.append("furniture %r inside gold/body of %s: %r" % (f, p, h[:80]))
        # links
        seen, q = {"/"}, deque(["/"])
        for path in self.pages:
            raw = self.bytes[self.pages[path]["file"]].decode(self.pages[path]["content_type"].split("charset=")[1])
            for tag in re.findall(r"<(?:a|link|meta|img|script|form)\b[^>]*>", raw, re.I):
                for m in re.findall(r'(?:href|src|content|action)="([^"]*)"', tag):
                    if re.match(r"(?i)https?:|//", m):
                        ok = m.startswith("http://{{HOST}}/") and ('rel="canonical"' in tag or 'og:url' in tag)
                        if not ok:
                            errs.append("absolute link on %s: %s" % (path, m))
        while q:
            cur = q.popleft()
            if cur not in self.pages or self.pages[cur]["status"] != 200:
                continue
            meta = self.pages[cur]
            raw = self.bytes[meta["file"]].decode(meta["content_type"].split("charset=")[1])
            for h in re.findall(r'<a\b[^>]*href="([^"]*)"', raw, re.I):
                h = urldefrag(html.unescape(h))[0]
                if h.startswith("/") and h not in seen:
                    seen.add(h)
                    q.append(h)
        for p in self.articles:
            if p not in seen:
                errs.append("article not reachable from /: " + p)
        if errs:
            raise SystemExit("SELF-CHECK FAILED for %s:\n  " % self.pid + "\n  ".join(errs))


def slug(s, drop_d=False, drop_letters=False):
    """URL alias. drop_d: Liferay drops đ/Đ; drop_letters: Joomla drops every accented letter."""
    out = []
    for c in nfc(s).lower():
        if c == "đ":
            out.append("" if (drop_d or drop_letters) else "d")
            continue
        d = nfd(c)
        if drop_letters and len(d) > 1:
            continue
        out.append(d[0])
    return re.sub(r"[^a-z0-9]+", "-", "".join(out)).strip("-")
