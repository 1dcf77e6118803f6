"""Shared machinery for the holdout4 portal generators.

Each pN.py builds a Portal: it renders pages from plain NFC strings and
registers every article with the same strings, so the gold is derived from
what is rendered, never typed twice.  Portal.write() writes site.json,
pages/*.html and gold.json and then runs the self-checks; any failure
raises, so a generator that exits 0 wrote a consistent portal.
"""
import html
import json
import os
import re
import shutil
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------- text helpers


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    """Plain text -> HTML text (only &, <, > and quotes)."""
    return html.escape(s, quote=True)


_NAMED = {"â": "&acirc;", "à": "&agrave;", "á": "&aacute;", "ê": "&ecirc;",
          "ô": "&ocirc;", "é": "&eacute;", "ó": "&oacute;", "í": "&iacute;",
          "ú": "&uacute;", "ã": "&atilde;", "õ": "&otilde;", "è": "&egrave;",
          "ò": "&ograve;", "ì": "&igrave;", "ù": "&ugrave;", "ý": "&yacute;",
          "Đ": "&#272;", "đ": "&#273;", "Ô": "&Ocirc;", "Â": "&Acirc;"}


def ent(s):
    """HTML text with named entities for letters that have one and raw UTF-8
    for the rest (ư, ơ, ạ ...), as Word-pasted bodies look."""
    out = []
    for ch in esc(s):
        out.append(_NAMED.get(ch, ch))
    return "".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", esc(s))


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(s):
    """Encode NFC text as windows-1258: letters with a tone mark that the code
    page has no precomposed form for become base letter + combining tone."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in _TONES)
        tones = "".join(c for c in d if c in _TONES)
        out += unicodedata.normalize("NFC", base).encode("cp1258")
        out += tones.encode("cp1258")
    return bytes(out)


def slug(s, drop_d=False, drop_letters=False):
    """ASCII slug.  drop_d: Liferay drops đ/Đ.  drop_letters: Joomla 1.5 drops
    every letter with a diacritic outright."""
    s = nfc(s).lower()
    out = []
    for ch in s:
        if ch == "đ":
            if drop_d or drop_letters:
                continue
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)
        if drop_letters and len(base) > 1:
            continue
        base = "".join(c for c in base if not unicodedata.combining(c))
        out.append(base if base.isascii() else "")
    s = "".join(out)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def text_of(html_text):
    """Decoded HTML -> the string the checks search in: entities unescaped,
    NFC, whitespace collapsed (tags left in place)."""
    return re.sub(r"\s+", " ", nfc(html.unescape(html_text)))


def decode(data, content_type):
    m = re.search(r"charset=([\w-]+)", content_type or "", re.I)
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb"charset=[\"']?([\w-]+)", data[:2000], re.I)
        cs = m.group(1).decode() if m else "utf-8"
    return data.decode(cs)


# ---------------------------------------------------------------- articles


class Article:
    def __init__(self, key, title, published, paras, must, table=None,
                 cchc=False, lead=None, table_at=1, byline=None):
        """paras: body paragraphs (plain NFC text).  lead: a lead paragraph
        rendered outside the body element (counts as text).  table: list of
        rows (list of cells) rendered after paras[table_at-1].  byline: a
        closing name/source paragraph (counts as text, last)."""
        self.key = key
        self.title = nfc(title)
        self.published = published
        self.lead = nfc(lead) if lead else None
        self.paras = [nfc(p) for p in paras]
        self.byline = nfc(byline) if byline else None
        self.must = [nfc(m) for m in must]
        self.table = [[nfc(c) for c in r] for r in table] if table else None
        self.table_at = table_at
        self.cchc = cchc
        self.path = None

    @property
    def all_paras(self):
        ps = ([self.lead] if self.lead else []) + list(self.paras)
        if self.byline:
            ps.append(self.byline)
        return ps

    @property
    def text_first(self):
        return self.all_paras[0][:60]

    @property
    def text_last(self):
        return self.all_paras[-1][-60:]

    def body_strings(self):
        out = list(self.all_paras)
        if self.table:
            out += [c for r in self.table for c in r]
        return out

    def date_dmy(self, sep="/"):
        y, m, d = self.published.split("-")
        return f"{d}{sep}{m}{sep}{y}"


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def weekday(iso):
    import datetime
    return WEEKDAYS[datetime.date.fromisoformat(iso).weekday()]


def render_paras(paras, tag="p", enc=esc, attrs=""):
    return "\n".join(f"<{tag}{attrs}>{enc(p)}</{tag}>" for p in paras)


def render_table(rows, enc=esc, attrs=' border="1" cellpadding="4" cellspacing="0"'):
    out = [f"<table{attrs}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{enc(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_body(a, enc=esc, ptag="p", pattrs="", tattrs=None):
    """The body paragraphs with the table (if any) in place; no lead, no byline."""
    parts = []
    for i, p in enumerate(a.paras):
        parts.append(f"<{ptag}{pattrs}>{enc(p)}</{ptag}>")
        if a.table and i + 1 == a.table_at:
            parts.append(render_table(a.table, enc) if tattrs is None
                         else render_table(a.table, enc, tattrs))
    return "\n".join(parts)


# ---------------------------------------------------------------- the portal


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid = pid
        self.name = name
        self.district = district
        self.province = province
        self.platform = platform
        self.pages = {}      # path -> (file, status, ctype, bytes)
        self.articles = {}   # path -> Article
        self.non_articles = []
        self.furniture = []
        self.headlines = []  # every headline shown on the portal
        self._n = 0

    def page(self, path, html_text, status=200, charset="utf-8", fname=None):
        self._n += 1
        if fname is None:
            fname = f"{self._n:02d}.html"
        data = to_cp1258(html_text) if charset == "windows-1258" else html_text.encode(charset)
        ctype = f"text/html; charset={charset}"
        assert path not in self.pages, path
        self.pages[path] = (fname, status, ctype, data)

    def article(self, path, a):
        a.path = path
        self.articles[path] = a

    def non_article(self, path):
        self.non_articles.append(path)

    # ------------------------------------------------------------ writing

    def write(self):
        out = os.path.join(ROOT, self.pid)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(os.path.join(out, "pages"))
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": {}}
        for path, (fname, status, ctype, data) in self.pages.items():
            with open(os.path.join(out, "pages", fname), "wb") as f:
                f.write(data)
            site["pages"][path] = {"file": "pages/" + fname, "status": status, "content_type": ctype}
        gold = {"articles": {}, "non_articles": self.non_articles, "furniture": self.furniture}
        for path, a in self.articles.items():
            gold["articles"][path] = {"title": a.title, "published": a.published,
                                      "text_first": a.text_first, "text_last": a.text_last,
                                      "must_contain": a.must}
        with open(os.path.join(out, "site.json"), "w", encoding="utf-8") as f:
            json.dump(site, f, ensure_ascii=False, indent=1)
        with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        self.check()
        print(f"{self.pid}: {len(self.pages)} pages, {len(self.articles)} articles, "
              f"{len(self.non_articles)} non-articles, {len(self.furniture)} furniture strings")

    # ------------------------------------------------------------ self-checks

    def decoded(self, path):
        fname, status, ctype, data = self.pages[path]
        return decode(data, ctype)

    def check(self):
        errs = []
        texts = {p: text_of(self.decoded(p)) for p in self.pages}
        # 1. snippets on their page
        for path, a in self.articles.items():
            if path not in self.pages or self.pages[path][1] != 200:
                errs.append(f"article not served: {path}")
                continue
            t = texts[path]
            for s in [a.title, a.text_first, a.text_last] + a.must:
                if s not in t:
                    errs.append(f"{path}: snippet missing: {s!r}")
            if not 3 <= len(a.must) <= 5:
                errs.append(f"{path}: must_contain has {len(a.must)}")
            if a.table and not any(m == c for m in a.must for r in a.table[1:] for c in r):
                errs.append(f"{path}: no table cell in must_contain")
            for m in a.must:
                if not any(m in b for b in a.body_strings()):
                    errs.append(f"{path}: must phrase not in body: {m!r}")
                for h in self.headlines + [x.title for x in self.articles.values()]:
                    if m.lower() in h.lower():
                        errs.append(f"{path}: must phrase inside a headline: {m!r}")
        for p in self.non_articles:
            if p not in self.pages:
                errs.append(f"non-article not served: {p}")
        # 2. furniture
        gold_strings = []
        for a in self.articles.values():
            gold_strings += [a.title, a.text_first, a.text_last] + a.must + a.body_strings()
        for fu in self.furniture:
            if fu != nfc(fu):
                errs.append(f"furniture not NFC: {fu!r}")
            if not any(fu in t for t in texts.values()):
                errs.append(f"furniture not on any page: {fu!r}")
            for g in gold_strings:
                if fu.lower() in g.lower():
                    errs.append(f"furniture {fu!r} inside gold/body string {g[:50]!r}")
        # 3. reachability and absolute links
        seen, q = {"/"}, deque(["/"])
        while q:
            p = q.popleft()
            if p not in self.pages or self.pages[p][1] != 200:
                continue
            for link in links(self.decoded(p)):
                if link not in seen:
                    seen.add(link)
                    q.append(link)
        for p in self.articles:
            if p not in seen:
                errs.append(f"article not reachable from /: {p}")
        for p in self.non_articles:
            if p not in seen:
                errs.append(f"non-article not reachable from /: {p}")
        for p in self.pages:
            for bad in absolute_links(self.decoded(p)):
                errs.append(f"{p}: absolute link {bad}")
        # 4. composition
        if sum(a.cchc for a in self.articles.values()) < 2:
            errs.append("fewer than two CCHC reports")
        if not any(a.table for a in self.articles.values()):
            errs.append("no article with a table")
        if errs:
            raise SystemExit(f"{self.pid}: self-check failed:\n  " + "\n  ".join(errs))


HREF = re.compile(r"""<(a|link|area|iframe|frame|form|img|script)\b[^>]*?\b(href|src|action)\s*=\s*["']([^"']*)["']""", re.I)


def links(html_text):
    out = []
    for m in re.finditer(r"""<(?:a|area|frame|iframe)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"'#]*)""", html_text, re.I):
        u = html.unescape(m.group(1)).strip()
        if not u or u.startswith(("javascript:", "mailto:")):
            continue
        if u.startswith("http"):
            continue
        u = urljoin("http://h/", u)
        sp = urlsplit(u)
        out.append(sp.path + ("?" + sp.query if sp.query else ""))
    return out


def absolute_links(html_text):
    bad = []
    for m in re.finditer(r"""<([a-z]+)\b([^>]*)>""", html_text, re.I):
        tag, attrs = m.group(1).lower(), m.group(2)
        for am in re.finditer(r"""\b(href|src|action|content)\s*=\s*["']([^"']*)["']""", attrs, re.I):
            v = am.group(2).strip()
            if not re.match(r"(https?:)?//", v, re.I):
                continue
            ok = False
            if v.startswith("http://{{HOST}}"):
                if tag == "link" and re.search(r"rel\s*=\s*[\"']canonical", attrs, re.I):
                    ok = True
                if tag == "meta" and re.search(r"property\s*=\s*[\"']og:url", attrs, re.I):
                    ok = True
            if not ok:
                bad.append(v)
    return bad
