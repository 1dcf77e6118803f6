"""Shared helpers for the holdout11 portal generators.

Each portal script builds its pages from the same Python strings that go into
gold.json, then calls Portal.write(), which writes site.json, pages/*.html and
gold.json and runs the self-checks (the same checks validate_holdout11.py runs,
plus: furniture absent from every body paragraph the script rendered).
"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import validate_holdout11 as V  # noqa: E402

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return html.escape(s, quote=True)


def ent(s):
    """Escape, then write every letter that has a named entity as that entity
    (as old editors do: &acirc; &agrave; ... while ư, ơ, ạ stay raw)."""
    out = []
    for ch in esc(s):
        cp = ord(ch)
        if cp > 127 and cp in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[cp])
        else:
            out.append(ch)
    return "".join(out)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def cp1258(s):
    """Encode NFC text to windows-1258 the way Word does: base letter (with
    circumflex/breve/horn precomposed where the code page has it) + tone mark."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = [m for m in d if m in TONES]
        rest = nfc("".join(m for m in d if m not in TONES))
        out += rest.encode("cp1258") + "".join(tones).encode("cp1258")
    return bytes(out)


def href(path):
    return esc(path)


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid = pid
        self.name = name
        self.district = district
        self.province = province
        self.platform = platform
        self.pages = {}      # path -> dict(file, status, content_type, data)
        self.articles = {}   # path -> gold
        self.bodies = {}     # path -> list of all rendered text strings of the article
        self.non_articles = []
        self.alternates = []
        self.furniture = []
        self._n = 0

    def add(self, path, text, status=200, ctype="text/html; charset=utf-8",
            encoding="utf-8", kind=None):
        self._n += 1
        fn = "pages/%02d.html" % self._n
        data = cp1258(text) if encoding == "cp1258" else text.encode(encoding)
        assert path not in self.pages, path
        self.pages[path] = {"file": fn, "status": status, "content_type": ctype, "data": data}
        if kind == "non_article":
            self.non_articles.append(path)
        elif kind == "alternate":
            self.alternates.append(path)
        return fn

    def article(self, path, a):
        """a: dict with title, published, lead (opt, '' if none), paras,
        table (opt list of rows), tail (opt list of strings that are text after
        the last paragraph, e.g. byline), must."""
        texts = ([a["lead"]] if a.get("lead") else []) + list(a["paras"])
        if a.get("tail"):
            texts += list(a["tail"])
        first = texts[0]
        last = texts[-1]
        gold = {
            "title": nfc(a["title"]),
            "published": a.get("published"),
            "text_first": nfc(first[:60]).strip(),
            "text_last": nfc(last[-60:]).strip(),
            "must_contain": [nfc(m) for m in a["must"]],
        }
        assert 3 <= len(gold["must_contain"]) <= 5, (path, gold["must_contain"])
        cells = [c for r in a.get("table") or [] for c in r]
        if cells:
            assert any(m in cells for m in a["must"]), ("table cell missing in must", path)
        alltext = texts + cells
        for m in a["must"]:
            assert any(m in t for t in alltext), ("must not in body", path, m)
        self.articles[path] = gold
        self.bodies[path] = [nfc(t) for t in alltext]

    def write(self):
        out = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(out, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(out, "pages")):
            os.remove(os.path.join(out, "pages", f))
        site = {"name": self.name, "district": self.district, "province": self.province,
                "platform": self.platform, "start_url": "/", "pages": {}}
        for p, d in self.pages.items():
            with open(os.path.join(out, d["file"]), "wb") as fh:
                fh.write(d["data"])
            site["pages"][p] = {"file": d["file"], "status": d["status"],
                                "content_type": d["content_type"]}
        gold = {"articles": self.articles, "non_articles": self.non_articles,
                "furniture": [nfc(f) for f in self.furniture]}
        with open(os.path.join(out, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        errs = V.check_portal(out)
        # generator-only check: furniture never inside any rendered article text
        for f in gold["furniture"]:
            for p, texts in self.bodies.items():
                for t in texts:
                    if f.lower() in t.lower():
                        errs.append("furniture %r inside body of %s" % (f, p))
        for p in self.alternates:
            if p in self.articles or p in self.non_articles:
                errs.append("alternate URL listed: " + p)
        if errs:
            print("\n".join(errs))
            sys.exit("%s: %d errors" % (self.pid, len(errs)))
        print("%s: ok, %d pages, %d articles, %d non-articles" % (
            self.pid, len(self.pages), len(self.articles), len(self.non_articles)))
