# -*- coding: utf-8 -*-
import html, json, os, unicodedata, datetime
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
esc = lambda s: html.escape(s, quote=False)
WD = ["Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy","Chủ Nhật"]
def dmy(iso, sep="/"):
    y,m,d = iso.split("-"); return f"{d}{sep}{m}{sep}{y}"
def wd(iso):
    return WD[datetime.date.fromisoformat(iso).weekday()]

def body_html(paras, pcls=None, tcls=None, e=esc):
    out = []
    for p in paras:
        if isinstance(p, dict) and "img" in p:
            if p.get("fig"):
                out.append(f'<figure class="image"><img src="{p["img"]}" alt=""/><figcaption>{e(p["cap"])}</figcaption></figure>')
            else:
                out.append(f'<p style="text-align: center;"><img src="{p["img"]}" alt="" width="600"/></p>\n<p style="text-align: center;"><em>{e(p["cap"])}</em></p>')
            continue
        if isinstance(p, dict):
            rows = p["table"]
            t = [f'<table{(" class=%s" % tcls) if tcls else ""} border="1" cellpadding="4" cellspacing="0">']
            t.append("<tr>" + "".join(f"<td><strong>{e(c)}</strong></td>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        else:
            c = f' class="{pcls}"' if pcls else ""
            out.append(f'<p{c} style="text-align: justify;">{e(p)}</p>')
    return "\n".join(out)

class Site:
    def __init__(self, pid, meta):
        self.pid = pid; self.meta = meta; self.pages = {}; self.gold = {}; self.non = []; self.furn = []
        self.charset = "utf-8"
    def add(self, path, fname, content, article=None, non=False):
        self.pages[path] = (fname, content)
        if article is not None:
            a = article
            blocks = ([a["lead"]] if a.get("lead") else []) + [p for p in a["paras"] if isinstance(p, str)]
            first = blocks[0]; last = [p for p in a["paras"] if isinstance(p, str)][-1]
            self.gold[path] = {"title": a["title"], "published": a["date"],
                "text_first": first[:60].rstrip(), "text_last": last[-60:].lstrip(),
                "must_contain": a["must"]}
        if non: self.non.append(path)
    def write(self):
        d = os.path.join(OUT, self.pid); os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        pages = {}
        for path, (fname, content) in self.pages.items():
            if self.charset == "utf-8":
                data = content.encode("utf-8")
            else:
                data = enc1258(content)
            open(os.path.join(d, "pages", fname), "wb").write(data)
            pages[path] = {"file": "pages/" + fname, "status": 200, "content_type": f"text/html; charset={self.charset}"}
        site = dict(self.meta); site["start_url"] = "/"; site["pages"] = pages
        json.dump(site, open(os.path.join(d, "site.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        json.dump({"articles": self.gold, "non_articles": self.non, "furniture": self.furn},
                  open(os.path.join(d, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
def enc1258(s):
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        if ch in "“”": out += ch.encode("cp1258"); continue
        d = unicodedata.normalize("NFD", ch)
        base = d[0]; marks = d[1:]
        tone = "".join(m for m in marks if m in TONES)
        rest = "".join(m for m in marks if m not in TONES)
        b = unicodedata.normalize("NFC", base + rest)
        try:
            out += b.encode("cp1258") + tone.encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode()
    return bytes(out)

def ent(s):
    """named entities where HTML4 has one, raw UTF-8 otherwise"""
    s = html.escape(s, quote=False)
    return "".join(("&%s;" % html.entities.codepoint2name[ord(c)]) if ord(c) > 127 and ord(c) in html.entities.codepoint2name else c for c in s)
import html.entities
