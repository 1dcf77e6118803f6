"""Shared helpers for the holdout16 generators: page registry, encodings, gold derivation, self-checks.

Every gold string is taken from the very Python strings that are rendered into the pages, so the
gold cannot drift from the HTML.  ``Portal.finish()`` writes site.json / gold.json and then runs the
same checks as ../validate_holdout16.py.
"""
import html
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import validate_holdout16 as V  # noqa: E402

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Encode Vietnamese to windows-1258 the way Word does: base letter (with hat/horn/breve) + tone mark."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", d[0] + "".join(c for c in d[1:] if c not in TONES))
        out.append(base + "".join(c for c in d[1:] if c in TONES))
    return "".join(out).encode("cp1258")


ENT = {"â": "&acirc;", "à": "&agrave;", "ê": "&ecirc;", "ô": "&ocirc;", "á": "&aacute;", "é": "&eacute;",
       "ó": "&oacute;", "í": "&iacute;", "ú": "&uacute;", "ì": "&igrave;", "ò": "&ograve;", "ã": "&atilde;"}


def entities(text):
    """Named entities for letters that have one, raw UTF-8 for the rest (as CMS editors of the 2000s do)."""
    text = html.escape(text, quote=False)
    return "".join(ENT.get(c, c) for c in text)


def esc(text):
    return html.escape(text, quote=False)


def href(path):
    return html.escape(path, quote=True)


class Portal:
    def __init__(self, pid, name, district, province, platform):
        self.pid = pid
        self.dir = os.path.join(ROOT, pid)
        os.makedirs(os.path.join(self.dir, "pages"), exist_ok=True)
        for f in os.listdir(os.path.join(self.dir, "pages")):
            os.remove(os.path.join(self.dir, "pages", f))
        self.site = {"name": name, "district": district, "province": province, "platform": platform,
                     "start_url": "/", "pages": {}}
        self.gold = {"articles": {}, "non_articles": [], "furniture": []}
        self.n = 0

    def add(self, path, page, status=200, encoding="utf-8", nfd=False, non_article=False):
        self.n += 1
        fn = "pages/%02d.html" % self.n
        if nfd:
            page = unicodedata.normalize("NFD", page)
        data = to_cp1258(page) if encoding == "windows-1258" else page.encode(encoding)
        with open(os.path.join(self.dir, fn), "wb") as fh:
            fh.write(data)
        self.site["pages"][path] = {"file": fn, "status": status,
                                    "content_type": "text/html; charset=%s" % encoding}
        if non_article:
            self.gold["non_articles"].append(path)
        return fn

    def article(self, path, title, published, paras, must, cells=()):
        """paras: the text paragraphs in reading order (lead first, byline last if inside the body)."""
        for m in must:
            assert any(m in p for p in list(paras) + list(cells)), (path, m)
        assert 3 <= len(must) <= 5, path
        if cells:
            assert any(m in cells for m in must), ("table cell missing from must_contain", path)
        self.gold["articles"][path] = {
            "title": title, "published": published,
            "text_first": paras[0][:60].strip(), "text_last": paras[-1][-60:].strip(),
            "must_contain": list(must)}
        self._bodies = getattr(self, "_bodies", {})
        self._bodies[path] = list(paras) + list(cells)

    def furniture(self, *items):
        self.gold["furniture"].extend(items)

    def finish(self):
        with open(os.path.join(self.dir, "site.json"), "w", encoding="utf-8") as fh:
            json.dump(self.site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(self.dir, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(self.gold, fh, ensure_ascii=False, indent=1)
        errs = V.check_portal(self.dir)
        # generator-only check: furniture must not occur in any full body paragraph either
        for path, bodies in self._bodies.items():
            for f in self.gold["furniture"]:
                for b in bodies:
                    if f.lower() in b.lower():
                        errs.append("furniture %r inside body paragraph of %s" % (f, path))
        if errs:
            print("\n".join(errs))
            sys.exit("%s: %d errors" % (self.pid, len(errs)))
        print("%s ok: %d pages, %d articles, %d non-articles" % (
            self.pid, len(self.site["pages"]), len(self.gold["articles"]), len(self.gold["non_articles"])))
