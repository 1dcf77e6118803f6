"""Shared helpers for the portals_holdout19 generators.

Each portal script builds its pages from Python strings and derives gold.json from the very
strings it renders. Portal.write() writes site.json, pages/*.html, gold.json and then runs
self-checks (the fixture validator plus a body-paragraph furniture check).
"""
import html, json, os, random, re, shutil, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import validate_holdout19 as V  # noqa: E402

NFC = lambda s: unicodedata.normalize("NFC", s)
NFD = lambda s: unicodedata.normalize("NFD", s)


def esc(s):
    return html.escape(s, quote=False)


def href(path):
    """Attribute form of a root-relative path (& -> &amp;)."""
    return html.escape(path, quote=True)


NAMED = {"â": "&acirc;", "à": "&agrave;", "á": "&aacute;", "ê": "&ecirc;", "é": "&eacute;",
         "ô": "&ocirc;", "ó": "&oacute;", "í": "&iacute;", "ú": "&uacute;", "ã": "&atilde;",
         "Â": "&Acirc;", "Đ": "&#272;", "đ": "&#273;"}


def entities(s):
    """Escape, then write some letters as named/numeric entities (Word/CKEditor style)."""
    s = esc(s)
    return "".join(NAMED.get(c, c) for c in s)


def cp1258(s):
    """Encode NFC text to windows-1258 the way legacy tools do: base letter + combining tone."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = NFD(ch)
        keep = "".join(c for c in d[1:] if c in "\u0302\u0306\u031b")
        tones = "".join(c for c in d[1:] if c not in "\u0302\u0306\u031b")
        base = NFC(d[0] + keep)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def vn(n):
    """Vietnamese thousands separator."""
    return "{:,}".format(n).replace(",", ".")


def pct(x):
    return ("%.1f" % x).replace(".", ",") + "%"


def series_rows(names, seed, lo=40, hi=400):
    """Figures for a recurring one-stop-shop report: received, on time, overdue per unit."""
    r = random.Random(seed)
    rows = []
    for n in names:
        rec = r.randint(lo, hi)
        late = r.choice([0, 0, 1, 2, 3])
        rows.append([n, vn(rec), vn(rec - late), str(late)])
    return rows


class Portal:
    def __init__(self, pid, name, district, province, platform,
                 ctype="text/html; charset=utf-8"):
        self.pid, self.ctype = pid, ctype
        self.site = {"name": name, "district": district, "province": province,
                     "platform": platform, "start_url": "/", "pages": {}}
        self.files = []
        self.articles, self.non_articles, self.furniture = {}, [], []
        self.bodies = {}

    def page(self, path, content, kind="non", status=200, ctype=None, encode=None):
        fn = "pages/%02d.html" % (len(self.files) + 1)
        data = encode(content) if encode else content.encode("utf-8")
        self.files.append((fn, data))
        self.site["pages"][path] = {"file": fn, "status": status, "content_type": ctype or self.ctype}
        if kind == "non":
            self.non_articles.append(path)

    def article(self, path, content, title, published, texts, must, extra=(), **kw):
        """texts: the article's text paragraphs in order (lead first); extra: other body strings
        (table cells, captions) used only for the furniture check."""
        self.page(path, content, kind="art", **kw)
        self.articles[path] = {"title": title, "published": published,
                               "text_first": texts[0][:60].rstrip(),
                               "text_last": texts[-1][-60:].lstrip(),
                               "must_contain": list(must)}
        self.bodies[path] = list(texts) + list(extra) + [title]

    def write(self):
        d = os.path.join(ROOT, self.pid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(os.path.join(d, "pages"))
        for fn, data in self.files:
            open(os.path.join(d, fn), "wb").write(data)
        json.dump(self.site, open(os.path.join(d, "site.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        gold = {"articles": self.articles, "non_articles": self.non_articles,
                "furniture": self.furniture}
        json.dump(gold, open(os.path.join(d, "gold.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        errs = V.check_portal(d)
        for path, strs in self.bodies.items():
            for s in strs:
                for f in self.furniture:
                    if f.lower() in s.lower():
                        errs.append("furniture %r inside body of %s" % (f, path))
        for path, a in self.articles.items():
            if not (3 <= len(a["must_contain"]) <= 5):
                errs.append("must_contain size %s" % path)
        if errs:
            print("\n".join(errs))
            raise SystemExit("%s: %d self-check errors" % (self.pid, len(errs)))
        print("%s: OK, %d articles, %d non-articles, %d pages" % (
            self.pid, len(self.articles), len(self.non_articles), len(self.files)))


def table_html(header, rows, cls="", head_tag="th", attrs=""):
    c = ' class="%s"' % cls if cls else ""
    h = "<tr>" + "".join("<%s>%s</%s>" % (head_tag, esc(x), head_tag) for x in header) + "</tr>"
    b = "".join("<tr>" + "".join("<td>%s</td>" % esc(x) for x in r) + "</tr>" for r in rows)
    return "<table%s%s>%s%s</table>" % (c, attrs, h, b)


def cells(header, rows):
    return list(header) + [x for r in rows for x in r]


def ph(s, a, b=None):
    """Words a..b of s joined: a clean exact phrase for must_contain."""
    w = s.split()
    return " ".join(w[a:b])


def liferay_slug(s):
    """Liferay URL title: lower case, đ dropped, diacritics stripped."""
    s = s.lower().replace("đ", "")
    s = "".join(c for c in NFD(s) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def ascii_slug(s):
    s = s.lower().replace("đ", "d")
    s = "".join(c for c in NFD(s) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")
