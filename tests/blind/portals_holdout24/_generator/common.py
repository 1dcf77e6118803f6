"""Common helpers for the holdout24 portals (helper-35, written blind to the crawler).

Every portal script builds a list of pages from plain Python strings; gold.json is
derived from the very same strings, so the gold and the HTML cannot drift apart.
"""
import html
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
HOST = "http://{{HOST}}"

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTH_WORDS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
               "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một",
               "Tháng Mười Hai"]


def e(s):
    """HTML-escape text (quotes kept readable)."""
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def ymd(d):
    y, m, dd = (int(x) for x in d.split("-"))
    return y, m, dd


def weekday(d):
    import datetime
    y, m, dd = ymd(d)
    return WEEKDAYS[datetime.date(y, m, dd).weekday()]


def dmy(d, sep="/"):
    y, m, dd = ymd(d)
    return f"{dd:02d}{sep}{m:02d}{sep}{y}"


def entityize(s):
    """Write letters that have a named HTML entity as entities (as Word/CKEditor bodies do)."""
    out = []
    for ch in s:
        name = html.entities.codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else e(ch))
    return "".join(out)


import html.entities  # noqa: E402


def body_paragraphs(a):
    """The article text as gold sees it: lead, paragraphs (table rows are not paragraphs)."""
    out = []
    if a.get("lead"):
        out.append(a["lead"])
    out.extend(a["paras"])
    return out


def table_cells(a):
    cells = []
    for row in a.get("table") or []:
        cells.extend(row)
    return cells


def render_table(rows, cls="MsoTableGrid", border=True):
    b = ' border="1" cellspacing="0" cellpadding="4"' if border else ""
    h = [f'<table class="{cls}"{b} style="width:100%;border-collapse:collapse">', "<tbody>"]
    for i, row in enumerate(rows):
        if i == 0:
            cells = "".join(f'<td style="text-align:center"><strong>{e(c)}</strong></td>' for c in row)
        else:
            cells = "".join(f"<td>{e(c)}</td>" for c in row)
        h.append(f"<tr>{cells}</tr>")
    h.append("</tbody></table>")
    return "\n".join(h)


def render_body(a, p_open="<p>", p_close="</p>", enc=e, img=None, caption=None):
    """Render the paragraphs (not the lead) with the table after paragraph table_after."""
    parts = []
    ta = a.get("table_after")
    for i, p in enumerate(a["paras"]):
        if img and i == img[0]:
            parts.append(img[1])
        parts.append(f"{p_open}{enc(p)}{p_close}")
        if a.get("table") and ta == i:
            parts.append(render_table(a["table"]))
    return "\n".join(parts)


def _phrase(p, start_word=2, n=8):
    w = p.split()
    if len(w) <= n:
        return p.strip(" .,;:")
    s = min(start_word, len(w) - n)
    return " ".join(w[s:s + n]).strip(" ,;:")


def gold_for(a):
    paras = body_paragraphs(a)
    first = paras[0][:60]
    last = paras[-1][-60:]
    mc = list(a.get("must_contain") or [])
    if not mc:
        want = 3 if a.get("table") else 4
        long_paras = [p for p in paras if len(p.split()) >= 8]
        order = []
        if long_paras:
            for p in [long_paras[0], long_paras[len(long_paras) // 2], long_paras[-1]] + long_paras:
                if p not in order:
                    order.append(p)
        for k in range(4):
            for p in order:
                if len(mc) >= want:
                    break
                w = p.split()
                start = 2 + k * 8
                if start + 5 > len(w):
                    continue
                ph = " ".join(w[start:start + 6]).strip(" ,;:.")
                if ph and ph not in mc:
                    mc.append(ph)
        if a.get("table"):
            mc.append(a.get("table_cell") or a["table"][1][0])
    return {
        "title": nfc(a["title"]),
        "published": a.get("date") if not a.get("no_date") else None,
        "text_first": nfc(first),
        "text_last": nfc(last),
        "must_contain": [nfc(x) for x in mc[:5]],
    }


def nfc(s):
    return unicodedata.normalize("NFC", s)


class Portal:
    def __init__(self, pid, name, district, province, platform, charset="utf-8"):
        self.pid, self.name, self.district, self.province = pid, name, district, province
        self.platform = platform
        self.charset = charset
        self.pages = {}
        self.articles = []
        self.non_articles = []
        self.furniture = []
        self.counter = 0

    def add(self, path, html_text, kind, article=None, status=200, ctype=None, fname=None,
            encoding=None):
        self.counter += 1
        fname = fname or f"{self.counter:02d}.html"
        enc = encoding or self.charset
        self.pages[path] = {
            "file": f"pages/{fname}", "status": status,
            "content_type": ctype or f"text/html; charset={enc}",
            "_bytes": html_text.encode(enc, errors="strict") if enc != "utf-8-nfd" else
            unicodedata.normalize("NFD", html_text).encode("utf-8"),
        }
        if enc == "utf-8-nfd":
            self.pages[path]["content_type"] = "text/html; charset=utf-8"
        if kind == "article":
            self.articles.append((path, article))
        elif kind == "non_article":
            self.non_articles.append(path)

    def write(self):
        out = os.path.join(SET_DIR, self.pid)
        os.makedirs(os.path.join(out, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(out, "pages")):
            os.remove(os.path.join(out, "pages", f))
        site_pages = {}
        for path, p in self.pages.items():
            with open(os.path.join(out, p["file"]), "wb") as fh:
                fh.write(p["_bytes"])
            site_pages[path] = {k: p[k] for k in ("file", "status", "content_type")}
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": site_pages}
        gold = {"articles": {path: gold_for(a) for path, a in self.articles},
                "non_articles": list(self.non_articles),
                "furniture": [nfc(f) for f in self.furniture]}
        with open(os.path.join(out, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        print(f"{self.pid}: {len(self.articles)} articles, {len(self.non_articles)} non-articles, "
              f"{len(self.pages)} pages")
