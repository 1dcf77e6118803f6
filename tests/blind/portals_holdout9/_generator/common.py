"""Shared writer for holdout9 portals: renders pages, derives gold from the same strings, self-checks."""
import html, json, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import validate_holdout9 as V

def e(s):
    return html.escape(s, quote=False)

def nfc(s):
    return unicodedata.normalize("NFC", s)

class Art:
    """paras: list of str, or ('table', [[cells]]) items. lead: optional lead paragraph (text)."""
    def __init__(self, path, title, date, paras, lead=None, must=None, canonical=None):
        self.path, self.title, self.date, self.paras, self.lead = path, title, date, paras, lead
        self.must, self.canonical = must or [], canonical
    def texts(self):
        out = [self.lead] if self.lead else []
        for p in self.paras:
            if isinstance(p, tuple):
                out += [c for row in p[1] for c in row]
            else:
                out.append(p)
        return out
    def body(self, ent=False):
        h = []
        for p in self.paras:
            if isinstance(p, tuple):
                rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in p[1])
                h.append(f'<table border="1" cellpadding="3">{rows}</table>')
            else:
                h.append(f"<p>{ent_esc(p) if ent else e(p)}</p>")
        return "\n".join(h)
    def gold(self):
        strs = [p for p in self.paras if isinstance(p, str)]
        first = self.lead or (strs[0] if not isinstance(self.paras[0], tuple) else self.paras[0][1][0][0])
        last = strs[-1] if not isinstance(self.paras[-1], tuple) else self.paras[-1][1][-1][-1]
        must = list(self.must)
        import re
        frags = [f.strip() for t in self.texts() for f in re.split(r"[,.;:]\s", t)]
        frags = [f for f in frags if 15 <= len(f) <= 70 and f not in must]
        step = max(1, len(frags) // 3)
        for f in frags[1::step] + frags:
            if len(must) >= 3: break
            if f not in must: must.append(f)
        for t in strs:  # fallback for very short articles: 4-word windows, never across paragraphs
            words, k = t.split(), 0
            while len(must) < 3 and k + 4 <= len(words):
                w = " ".join(words[k:k+4]).strip(",.;:")
                if not any(w in m for m in must): must.append(w)
                k += 4
        tabs = [p for p in self.paras if isinstance(p, tuple)]
        if tabs and not any(m in [c for r in tabs[0][1] for c in r] for m in must):
            must.append(tabs[0][1][-1][1])
        return {"title": self.title, "published": self.date, "text_first": first[:60].rstrip(),
                "text_last": last[-60:].lstrip(), "must_contain": must[:5], "_paras": self.texts()}

def ent_esc(s):
    # numeric entities for every non-ASCII letter: tests unescaping
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else html.escape(c, quote=False) for c in s)

def write_portal(pid, meta, pages, arts, non_articles, furniture):
    """pages: {path: (html_text, encoding, status)}; arts: [Art]."""
    d = os.path.join(ROOT, pid)
    os.makedirs(os.path.join(d, "pages"), exist_ok=True)
    site = dict(meta); site["start_url"] = "/"; site["pages"] = {}
    for i, (path, (txt, enc, st)) in enumerate(pages.items(), 1):
        fn = f"pages/{i:02d}.html"
        with open(os.path.join(d, fn), "wb") as f:
            f.write(txt.encode(enc))
        site["pages"][path] = {"file": fn, "status": st, "content_type": f"text/html; charset={enc}"}
    gold = {"articles": {}, "non_articles": non_articles, "furniture": furniture}
    for a in arts:
        gold["articles"][a.path] = a.gold()
    json.dump(site, open(os.path.join(d, "site.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    # self-check uses _paras, then strip them
    json.dump(gold, open(os.path.join(d, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    errs = V.check_portal(pid)[0]
    for g in gold["articles"].values(): g.pop("_paras")
    json.dump(gold, open(os.path.join(d, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for x in errs: print("SELF-CHECK", x)
    print(pid, "written", len(pages), "pages", len(arts), "articles", "OK" if not errs else "FAILED")
    if errs: sys.exit(1)

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
def for_1258(s):
    """Word-style windows-1258 form: base letter (with hat/horn/breve) + separate combining tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base + tones)
    return "".join(out)
