"""Shared helpers for the holdout22 portal generators (written blind to the crawler).

Each portal script builds article dicts (title, date, lead, paras, table, must) and
HTML templates; build() writes pages/, site.json and gold.json from the SAME strings
that are rendered, then self-checks the result."""
import html, json, os, re, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENTS = {"â": "&acirc;", "à": "&agrave;", "ê": "&ecirc;", "á": "&aacute;", "ô": "&ocirc;",
        "é": "&eacute;", "ó": "&oacute;", "í": "&iacute;", "Đ": "&#272;", "đ": "&#273;"}


def esc(s):
    return html.escape(s, quote=False)


def ent(s):
    """Escape and replace some letters by named/numeric entities (legacy editors)."""
    s = esc(s)
    return "".join(ENTS.get(c, c) for c in s)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def table_html(header, rows, cls="", enc=esc):
    h = "".join(f"<td><strong>{enc(c)}</strong></td>" for c in header)
    b = "".join("<tr>" + "".join(f"<td>{enc(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table{" class=%s" % chr(34) + cls + chr(34) if cls else ""} border="1"><tbody><tr>{h}</tr>{b}</tbody></table>'


def body_html(a, enc=esc, ptag="p"):
    out = []
    for p in a["paras"]:
        if isinstance(p, tuple):
            out.append(table_html(p[1], p[2], enc=enc))
        else:
            out.append(f"<{ptag}>{enc(p)}</{ptag}>")
    return "\n".join(out)


def text_paras(a):
    t = ([a["lead"]] if a.get("lead") else [])
    for p in a["paras"]:
        if isinstance(p, tuple):
            for r in [p[1]] + [list(map(str, x)) for x in p[2]]:
                t.extend(r)
        else:
            t.append(p)
    return t


def series_table(header, names, figs):
    return ("table", header, [[n] + list(f) for n, f in zip(names, figs)])


def dmy(iso, sep="/"):
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def weekday(iso):
    import datetime
    return WEEKDAY[datetime.date.fromisoformat(iso).weekday()]


class Portal:
    def __init__(self, pid, name, district, province, platform, charset="utf-8"):
        self.pid, self.charset = pid, charset
        self.meta = dict(name=name, district=district, province=province, platform=platform,
                         start_url="/")
        self.pages, self.articles, self.non_articles, self.furniture = {}, {}, [], []
        self.bodies = {}
        self.n = 0
        self.dir = os.path.join(ROOT, pid)
        os.makedirs(os.path.join(self.dir, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(self.dir, "pages")):
            os.remove(os.path.join(self.dir, "pages", f))

    def page(self, path, markup, status=200, kind=None, article=None):
        self.n += 1
        fn = f"pages/{self.n:02d}.html"
        data = enc1258(markup) if self.charset == "windows-1258" else markup.encode(self.charset)
        with open(os.path.join(self.dir, fn), "wb") as fh:
            fh.write(data)
        ctype = f"text/html; charset={self.charset}"
        self.pages[path] = {"file": fn, "status": status, "content_type": ctype}
        if kind == "non":
            self.non_articles.append(path)
        if article is not None:
            a = article
            paras = text_paras(a)
            last = [p for p in a["paras"] if not isinstance(p, tuple)][-1]
            first = a["lead"] if a.get("lead") else paras[0]
            self.articles[path] = {"title": a["title"], "published": a.get("date"),
                                   "text_first": first[:60].strip(),
                                   "text_last": last[-60:].strip(),
                                   "must_contain": a["must"]}
            self.bodies[path] = paras

    def build(self, furniture):
        self.furniture = furniture
        site = dict(self.meta, pages=self.pages)
        gold = {"articles": self.articles, "non_articles": self.non_articles, "furniture": furniture}
        json.dump(site, open(os.path.join(self.dir, "site.json"), "w"), ensure_ascii=False, indent=1)
        json.dump(gold, open(os.path.join(self.dir, "gold.json"), "w"), ensure_ascii=False, indent=1)
        self.check()
        print(self.pid, "ok:", len(self.articles), "articles,", len(self.non_articles), "non-articles,",
              len(self.pages), "pages")

    def check(self):
        texts = {}
        for path, p in self.pages.items():
            raw = open(os.path.join(self.dir, p["file"]), "rb").read().decode(self.charset)
            texts[path] = page_text(raw)
            check_links(raw, path)
        for path, g in self.articles.items():
            t = texts[path]
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                assert norm(s) in t, (self.pid, path, s)
            assert 3 <= len(g["must_contain"]) <= 5
        alltext = " ".join(texts.values()).lower()
        for f in self.furniture:
            assert norm(f).lower() in alltext, ("furniture missing", f)
            for path, g in self.articles.items():
                for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[path]:
                    assert norm(f).lower() not in norm(s).lower(), ("furniture in text", f, path, s)
        reach = crawl(self.dir, self.pages, self.charset)
        for path in list(self.articles) + self.non_articles:
            assert path in reach, ("unreachable", path)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", html.unescape(s))).strip()


def page_text(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    t = re.sub(r"<[^>]+>", " ", raw)
    return norm(t)


def links(raw):
    out = []
    for m in re.finditer(r'<a\b[^>]*href="([^"#]*)', raw):
        u = html.unescape(m.group(1))
        if u.startswith("/"):
            out.append(u)
    return out


def crawl(d, pages, charset):
    seen, todo = {"/"}, ["/"]
    while todo:
        p = todo.pop()
        if p not in pages or pages[p]["status"] != 200:
            continue
        raw = open(os.path.join(d, pages[p]["file"]), "rb").read().decode(charset)
        for u in links(raw):
            if u not in seen:
                seen.add(u)
                todo.append(u)
    return seen


def check_links(raw, path):
    """No absolute links except canonical / og:url on http://{{HOST}}."""
    for m in re.finditer(r"<[^>]*(?:https?:)?//[^>]*>", raw):
        tag = m.group(0)
        if re.match(r"<(a|img|script|link|form|iframe|meta)\b", tag, re.I) is None:
            continue
        ok = (re.search(r'rel="canonical"', tag) or re.search(r'property="og:url"', tag))
        assert ok and re.search(r'"http://\{\{HOST\}\}/', tag), (path, tag[:120])


def enc1258(s):
    """Encode to windows-1258 the way Word does: precomposed base letters where the code page
    has them, tone marks as combining characters (so the decoded text is not NFC)."""
    out = []
    for c in s:
        try:
            out.append(c.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        base, marks = d[0], list(d[1:])
        for m in ("\u0302", "\u0306", "\u031b"):
            if m in marks:
                comp = unicodedata.normalize("NFC", base + m)
                if len(comp) == 1:
                    base = comp
                    marks.remove(m)
        out.append((base + "".join(marks)).encode("cp1258"))
    return b"".join(out)
