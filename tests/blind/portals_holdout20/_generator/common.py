"""Shared helpers for the holdout20 generators.

Each portal script builds its pages from Python strings and registers, for every
article, the very strings it rendered (title, paragraphs, table cells).  The gold
is derived from those strings, then self-checked against the written bytes.
"""
import html
import json
import os
import random
import re
import unicodedata
from collections import deque
from html.entities import codepoint2name

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOST = "http://{{HOST}}"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    """Plain HTML escaping, UTF-8 letters kept."""
    return html.escape(s, quote=False)


def ent(s):
    """Named entities for every Latin-1 letter that has one (as exported by old editors);
    ư, ơ, ạ ... stay raw because they have no named entity."""
    out = []
    for ch in s:
        if ch in "<>&":
            out.append(html.escape(ch, quote=False))
        elif ord(ch) > 127 and ord(ch) in codepoint2name:
            out.append("&%s;" % codepoint2name[ord(ch)])
        else:
            out.append(ch)
    return "".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", esc(s))


SHAPE = {"\u0302", "\u0306", "\u031b"}


def to_cp1258(s):
    """Encode text as windows-1258 the way Word does: base letter (with circumflex,
    breve or horn precomposed when the code page has it) followed by a combining tone mark."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        shape = "".join(m for m in marks if m in SHAPE)
        tone = "".join(m for m in marks if m not in SHAPE)
        out += unicodedata.normalize("NFC", base + shape).encode("cp1258")
        out += tone.encode("cp1258")
    return bytes(out)


def table_html(header, rows, enc=esc, attrs=' border="1"', head_tag="td"):
    h = "".join("<%s>%s</%s>" % (head_tag, enc(c), head_tag) for c in header)
    body = "".join("<tr>" + "".join("<td>%s</td>" % enc(c) for c in r) + "</tr>" for r in rows)
    return "<table%s><tbody><tr>%s</tr>%s</tbody></table>" % (attrs, h, body)


def vn_int(n):
    """Vietnamese thousands separator."""
    return "{:,}".format(n).replace(",", ".")


def vn_pct(x):
    return ("%.1f" % x).replace(".", ",").replace(",0", "") + "%"


def split(rnd, total, n):
    """Split total into n non-negative integers."""
    cuts = sorted(rnd.randint(0, total) for _ in range(n - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def series_rows(seed, names, ncols, lo=40, hi=480, late_total=0, total=None, pend_max=25):
    """Figures of a one-stop-shop report table: received, resolved, on time, late.
    late_total is spread over the rows so that the table agrees with the prose;
    total (when given) makes the received column add up to it."""
    rnd = random.Random(seed)
    if total is not None:
        recs = [lo + x for x in split(rnd, total - lo * len(names), len(names))]
    else:
        recs = [rnd.randint(lo, hi) for _ in names]
    lates = split(rnd, late_total, len(names)) if late_total else [0] * len(names)
    rows = []
    for name, rec, late in zip(names, recs, lates):
        done = max(rec - rnd.randint(0, pend_max), late)
        vals = [rec, done, done - late, late][:ncols]
        rows.append([name] + [vn_int(v) for v in vals])
    return rows


class Portal:
    def __init__(self, pid, name, district, province, platform, charset="utf-8"):
        self.pid, self.name, self.district, self.province = pid, name, district, province
        self.platform, self.charset = platform, charset
        self.pages = {}          # path -> (file, status, ctype)
        self.bytes = {}          # path -> bytes
        self.articles = {}       # path -> gold
        self.bodies = {}         # path -> list of body strings (for furniture check)
        self.non_articles = []
        self.furniture = []
        self.n = 0

    def _put(self, path, html_text, status=200):
        self.n += 1
        f = "pages/%02d.html" % self.n
        if self.charset.lower() in ("windows-1258", "cp1258"):
            data = to_cp1258(html_text)
        else:
            data = html_text.encode("utf-8")
        self.pages[path] = {"file": f, "status": status,
                            "content_type": "text/html; charset=%s" % self.charset}
        self.bytes[path] = data

    def page(self, path, html_text, non_article=True, status=200):
        self._put(path, html_text, status)
        if non_article:
            self.non_articles.append(path)

    def article(self, path, html_text, title, published, paras, must, cells=()):
        """paras: the text paragraphs in order (lead first when there is one);
        cells: table cell strings of the body; must: phrases from paras or cells."""
        self._put(path, html_text)
        for m in must:
            assert any(m in p for p in list(paras) + list(cells)), (path, m)
        assert 3 <= len(must) <= 5, path
        self.articles[path] = {
            "title": nfc(title), "published": published,
            "text_first": nfc(paras[0])[:60].strip(),
            "text_last": nfc(paras[-1])[-60:].strip(),
            "must_contain": [nfc(m) for m in must],
        }
        self.bodies[path] = [nfc(x) for x in list(paras) + list(cells)]

    def alias(self, path, html_text):
        """A second URL serving an article; listed in neither gold list."""
        self._put(path, html_text)

    # ---------------------------------------------------------------- checks
    def text_of(self, path):
        return nfc(html.unescape(self.bytes[path].decode(self.charset)))

    def check(self):
        errs = []
        for path, g in self.articles.items():
            t = self.text_of(path)
            for k in ("title", "text_first", "text_last"):
                if g[k] not in t:
                    errs.append("%s: %s not on page: %r" % (path, k, g[k]))
            for m in g["must_contain"]:
                if m not in t:
                    errs.append("%s: must_contain not on page: %r" % (path, m))
        alltext = "\n".join(self.text_of(p) for p in self.bytes).lower()
        for f in self.furniture:
            if nfc(f).lower() not in alltext:
                errs.append("furniture absent from pages: %r" % f)
            for path, g in self.articles.items():
                pool = [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[path]
                for s in pool:
                    if nfc(f).lower() in s.lower():
                        errs.append("%s: furniture %r inside gold/body %r" % (path, f, s[:50]))
        errs += check_links(self.pages, {p: self.text_of(p) for p in self.bytes}, raw=True)
        seen = reachable(self.pages, {p: self.bytes[p].decode(self.charset) for p in self.bytes})
        for p in self.articles:
            if p not in seen:
                errs.append("article not reachable from /: %s" % p)
        if len(set(self.articles) & set(self.non_articles)):
            errs.append("path in both lists")
        if errs:
            raise SystemExit("\n".join(errs))

    def write(self):
        self.check()
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        for p, meta in self.pages.items():
            with open(os.path.join(d, meta["file"]), "wb") as fh:
                fh.write(self.bytes[p])
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": self.pages}
        gold = {"articles": self.articles, "non_articles": self.non_articles,
                "furniture": self.furniture}
        for fn, obj in (("site.json", site), ("gold.json", gold)):
            with open(os.path.join(d, fn), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        print("%s: %d pages, %d articles, %d non-articles" % (
            self.pid, len(self.pages), len(self.articles), len(self.non_articles)))


HREF = re.compile(r'''(?:href|src|action)\s*=\s*["']([^"']*)["']''', re.I)
CANON = re.compile(r'''<link[^>]+rel=["']canonical["'][^>]*>|<meta[^>]+property=["']og:url["'][^>]*>''', re.I)


def links(raw):
    stripped = CANON.sub("", raw)
    return [html.unescape(u) for u in HREF.findall(stripped)]


def check_links(pages, texts, raw=False):
    errs = []
    for p, t in texts.items():
        for tag in CANON.findall(t):
            m = re.search(r'''(?:href|content)=["']([^"']*)["']''', tag)
            if not m or not m.group(1).startswith(HOST + "/"):
                errs.append("%s: bad canonical/og:url %s" % (p, tag))
        for u in links(t):
            if re.match(r"^[a-z][a-z0-9+.-]*:", u, re.I) and not u.lower().startswith(("mailto:", "javascript:")):
                errs.append("%s: absolute link %s" % (p, u))
            if u.startswith("//"):
                errs.append("%s: protocol-relative link %s" % (p, u))
    return errs


def reachable(pages, raws):
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        if p not in raws or pages[p]["status"] != 200:
            continue
        for u in links(raws[p]):
            u = u.split("#")[0]
            if u.startswith("/") and u not in seen and u in pages:
                seen.add(u)
                q.append(u)
    return seen


def series_must(header, rows, hcol=1, name_row=1, fig_row=None, fig_col=2):
    """Header cell + a name of one row + a figure of another row."""
    if fig_row is None:
        fig_row = len(rows) - 1
    return [header[hcol], rows[name_row][0], rows[fig_row][fig_col]]


def slug(s, drop_d=False):
    """ASCII slug; Liferay-style drop_d removes đ/Đ instead of mapping it to d."""
    s = s.lower()
    s = s.replace("đ", "" if drop_d else "d")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")
