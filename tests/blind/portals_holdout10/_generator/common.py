"""Shared helpers: a Portal collects rendered pages and derives gold from the same strings."""
import html, json, os, re, unicodedata
from collections import deque

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANON = "http://{{HOST}}"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return html.escape(s, quote=False)


def ent(s):
    """Escape text and turn a few letters into named entities (as Word/FCKeditor bodies do)."""
    s = esc(s)
    for ch, name in (("â", "&acirc;"), ("à", "&agrave;"), ("ê", "&ecirc;"), ("ô", "&ocirc;"), ("á", "&aacute;")):
        s = s.replace(ch, name)
    return s


def cp1258(s):
    """Encode NFC text to windows-1258 the way Word does: base letter plus combining tone mark."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in TONES)
        tones = "".join(c for c in d if c in TONES)
        out += unicodedata.normalize("NFC", base).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def page_text(raw, enc):
    t = raw.decode(enc)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return nfc(html.unescape(t))


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid, self.meta = pid, dict(name=name, district=district, province=province, platform=platform)
        self.pages, self.articles, self.non_articles, self.furniture = {}, {}, [], []
        self.bodies = {}
        self.n = 0

    def add(self, path, doc, status=200, enc="utf-8", nfd=False):
        self.n += 1
        if nfd:
            doc = unicodedata.normalize("NFD", doc)
        raw = cp1258(doc) if enc == "windows-1258" else doc.encode(enc)
        self.pages[path] = dict(file="pages/%02d.html" % self.n, status=status,
                                content_type="text/html; charset=%s" % enc, raw=raw, enc=enc)

    def gold_article(self, path, a):
        paras = ([a["lead"]] if a.get("lead") else []) + a["paras"]
        must = a.get("must") or []
        if not must:
            for p in (a["paras"][0], a["paras"][len(a["paras"]) // 2], a["paras"][-1]):
                w = p.split()
                must.append(" ".join(w[1:6]) if len(w) > 6 else p)
            for p in a["paras"] + ([a["lead"]] if a.get("lead") else []):
                w = p.split()
                if len(w) > 12:
                    must.append(" ".join(w[-6:-1]))
                    must.append(" ".join(w[6:11]))
            must = list(dict.fromkeys(must))[:4]
        if a.get("table"):
            must.append(a["table"][1][1])
        self.articles[path] = dict(title=a["title"], published=a.get("date"),
                                   text_first=paras[0][:60], text_last=a["paras"][-1][-60:],
                                   must_contain=list(dict.fromkeys(must))[:5])
        self.bodies[path] = paras + [c for r in a.get("table") or [] for c in r]

    def check(self):
        texts = {p: page_text(v["raw"], v["enc"]) for p, v in self.pages.items()}
        for path, g in self.articles.items():
            t = texts[path]
            for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"]:
                assert nfc(s) in t, (self.pid, path, s)
        allt = "\n".join(texts.values())
        for f in self.furniture:
            assert f in allt, (self.pid, "furniture missing", f)
            for path, g in self.articles.items():
                for s in [g["title"], g["text_first"], g["text_last"]] + g["must_contain"] + self.bodies[path]:
                    assert f.lower() not in s.lower(), (self.pid, "furniture in gold", f, path)
        # reachability and links
        seen, q = {"/"}, deque(["/"])
        while q:
            p = q.popleft()
            v = self.pages.get(p)
            if not v or v["status"] != 200:
                continue
            doc = v["raw"].decode(v["enc"])
            for m in re.finditer(r'<(a|link|meta|img)\b[^>]*>', doc, re.I):
                tag = m.group(0)
                for u in re.findall(r'(?:href|src|content)="([^"]*)"', tag):
                    if re.match(r"(?i)(https?:)?//", u):
                        ok = u.startswith(CANON) and ('rel="canonical"' in tag or 'og:url' in tag)
                        assert ok, (self.pid, p, "absolute link", u)
                for u in re.findall(r'href="(/[^"]*)"', tag):
                    u = html.unescape(u).split("#")[0]
                    if m.group(1).lower() == "a" and u not in seen:
                        seen.add(u); q.append(u)
        for path in list(self.articles) + self.non_articles:
            assert path in seen, (self.pid, "unreachable", path)
            if path in self.articles:
                assert 3 <= len(self.articles[path]["must_contain"]) <= 5, (self.pid, path)
            assert self.pages[path]["status"] == 200

    def write(self):
        self.check()
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, "pages"), exist_ok=True)
        for v in self.pages.values():
            with open(os.path.join(d, v["file"]), "wb") as fh:
                fh.write(v["raw"])
        site = dict(self.meta, start_url="/", pages={p: dict(file=v["file"], status=v["status"], content_type=v["content_type"]) for p, v in self.pages.items()})
        with open(os.path.join(d, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        gold = dict(articles=self.articles, non_articles=self.non_articles, furniture=self.furniture)
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        print(self.pid, len(self.pages), "pages", len(self.articles), "articles", len(self.non_articles), "non-articles")
