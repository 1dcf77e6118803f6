"""Shared helpers for portals_holdout5: render pages, derive gold from the rendered strings, self-check.

Written blind: only the markup catalogue, the record spec, the real pages and FORMAT.md were read.
"""
import html, json, os, re, unicodedata
from collections import deque

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return html.escape(s, quote=True)


def ent(s):
    """Named entities for letters that have one, raw UTF-8 for the rest (as real bodies mix them)."""
    out = []
    for ch in s:
        name = html.entities.codepoint2name.get(ord(ch))
        if name and ord(ch) > 127:
            out.append("&%s;" % name)
        elif ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        else:
            out.append(ch)
    return "".join(out)


import html.entities  # noqa: E402


class Article:
    def __init__(self, path, title, published, paras, must, lead=None, table=None, cell=None,
                 table_after=1, extra_must=()):
        self.path, self.title, self.published = path, title, published
        self.paras, self.lead, self.table, self.cell = paras, lead, table, cell
        self.table_after = table_after
        self.must = list(must) + ([cell] if cell else []) + list(extra_must)

    def gold(self):
        first = self.lead if self.lead else self.paras[0]
        return {"title": self.title, "published": self.published,
                "text_first": first[:60], "text_last": self.paras[-1][-60:],
                "must_contain": self.must}


def table_html(rows, cls=None, enc=esc):
    c = ' class="%s"' % cls if cls else ""
    out = ["<table%s border=\"1\" cellpadding=\"4\">" % c]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, enc(x), tag) for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def body_html(a, enc=esc, ptag="p", table_cls=None):
    out = []
    for i, p in enumerate(a.paras):
        out.append("<%s>%s</%s>" % (ptag, enc(p), ptag))
        if a.table and i == a.table_after - 1:
            out.append(table_html(a.table, table_cls, enc))
    return "\n".join(out)


def decode(raw, ctype):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
        cs = m.group(1).decode() if m else "utf-8"
    return raw.decode(cs)


def norm_text(raw, ctype):
    return nfc(html.unescape(decode(raw, ctype)))


def write_portal(pid, meta, pages, articles, non_articles, furniture):
    """pages: list of (path, html_str, status, content_type, encoding)."""
    d = os.path.join(ROOT, pid)
    os.makedirs(os.path.join(d, "pages"), exist_ok=True)
    for f in os.listdir(os.path.join(d, "pages")):
        os.remove(os.path.join(d, "pages", f))
    site = dict(meta)
    site["start_url"] = "/"
    site["pages"] = {}
    raw_by_path = {}
    for i, (path, doc, status, ctype, encoding) in enumerate(pages, 1):
        fn = "pages/%02d.html" % i
        raw = doc.encode(encoding)
        with open(os.path.join(d, fn), "wb") as fh:
            fh.write(raw)
        site["pages"][path] = {"file": fn, "status": status, "content_type": ctype}
        raw_by_path[path] = (raw, ctype)
    gold = {"articles": {a.path: a.gold() for a in articles}, "non_articles": non_articles,
            "furniture": furniture}
    with open(os.path.join(d, "site.json"), "w", encoding="utf-8") as fh:
        json.dump(site, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    check(pid, raw_by_path, gold, articles)
    print(pid, "ok:", len(pages), "pages,", len(articles), "articles,", len(non_articles), "non-articles")


HREF = re.compile(r'(?:href|src|action)\s*=\s*["\']([^"\']*)["\']', re.I)


def check(pid, raw_by_path, gold, articles):
    texts = {p: norm_text(r, c) for p, (r, c) in raw_by_path.items()}
    # snippets on their page
    for path, g in gold["articles"].items():
        assert path in texts, (pid, "gold path not served", path)
        t = texts[path]
        for k in ("title", "text_first", "text_last"):
            assert g[k] and nfc(g[k]) == g[k] and g[k] in t, (pid, path, k, g[k])
        assert 3 <= len(g["must_contain"]) <= 5, (pid, path, "must_contain count")
        for m in g["must_contain"]:
            assert nfc(m) == m and m in t, (pid, path, "must", m)
        if g["published"]:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"])
    for p in gold["non_articles"]:
        assert p in texts, (pid, "non-article not served", p)
    # furniture: present somewhere, absent from gold strings and article paragraphs
    alltext = "\n".join(texts.values()).casefold()
    golds = []
    for g in gold["articles"].values():
        golds += [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]
    for a in articles:
        golds += a.paras + ([a.lead] if a.lead else []) + [c for r in (a.table or []) for c in r]
    gl = [x.casefold() for x in golds]
    for f in gold["furniture"]:
        assert f.casefold() in alltext, (pid, "furniture not on pages", f)
        for x in gl:
            assert f.casefold() not in x, (pid, "furniture in article text", f, x[:80])
    # links: reachability and no absolute links
    seen, q = {"/"}, deque(["/"])
    while q:
        p = q.popleft()
        if p not in raw_by_path:
            continue
        raw, ctype = raw_by_path[p]
        doc = decode(raw, ctype)
        for m in re.finditer(r'<link[^>]*rel="canonical"[^>]*>|<meta[^>]*og:url[^>]*>', doc):
            assert "http://{{HOST}}/" in m.group(0), (pid, p, m.group(0))
        stripped = re.sub(r'<link[^>]*rel="canonical"[^>]*>|<meta[^>]*og:url[^>]*>', "", doc)
        for m in HREF.finditer(stripped):
            u = html.unescape(m.group(1))
            assert not re.match(r"(?i)(https?:)?//", u), (pid, p, "absolute link", u)
            if u.startswith("/") and not u.startswith("//"):
                u = u.split("#")[0]
                if u not in seen:
                    seen.add(u)
                    q.append(u)
    for path in gold["articles"]:
        assert path in seen, (pid, "article unreachable", path)


def to1258(s):
    """Re-spell NFC text so that it encodes in windows-1258: base letters with circumflex/breve/horn stay
    precomposed, tone marks become combining characters (as Word's windows-1258 export does)."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        for i, m in enumerate(marks):
            c = unicodedata.normalize("NFC", base + m)
            if len(c) == 1:
                try:
                    c.encode("cp1258")
                    base, marks = c, marks[:i] + marks[i + 1:]
                    break
                except UnicodeEncodeError:
                    pass
        out.append(base + marks)
    return "".join(out)
