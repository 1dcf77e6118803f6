"""Common helpers for the holdout18 blind portal fixtures.

Every portal script builds its pages from Python strings and derives gold.json from the very
same strings, then runs self-checks (see Portal.finish)."""
import html
import json
import os
import re
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def esc(s):
    return html.escape(s, quote=False)


def nfd(s):
    return unicodedata.normalize('NFD', s)


def nfc(s):
    return unicodedata.normalize('NFC', s)


def to_cp1258_form(s):
    """Windows-1258 keeps base letters with shape marks precomposed and tone marks combining."""
    out = []
    for ch in s:
        try:
            ch.encode('cp1258')
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = nfd(ch)
        base = ''.join(c for c in d if c not in TONES)
        tones = ''.join(c for c in d if c in TONES)
        out.append(nfc(base) + tones)
    return ''.join(out)


def mixed_entities(s):
    """Escape, then write some letters as named entities (as old editors do)."""
    s = esc(s)
    table = {'â': '&acirc;', 'à': '&agrave;', 'ê': '&ecirc;', 'ô': '&ocirc;', 'á': '&aacute;',
             'é': '&eacute;', 'í': '&iacute;', 'ó': '&oacute;', 'ú': '&uacute;', 'ý': '&yacute;',
             'ò': '&ograve;', 'ì': '&igrave;', 'ù': '&ugrave;', 'ã': '&atilde;', 'õ': '&otilde;',
             'Đ': '&#272;', 'đ': '&#273;'}
    return ''.join(table.get(c, c) for c in s)


class Article:
    def __init__(self, path, title, published, body, must, lead=None, canonical=None):
        self.path = path
        self.title = title
        self.published = published
        self.body = body          # list of str (paragraph) | ('table', rows) | ('img', src, caption)
        self.must = must
        self.lead = lead
        self.canonical = canonical or path

    def paragraphs(self):
        out = []
        if self.lead:
            out.append(self.lead)
        for b in self.body:
            if isinstance(b, str):
                out.append(b)
            elif b[0] == 'table':
                for row in b[1]:
                    out.extend(row)
            elif b[0] == 'img':
                out.append(b[2])
        return out

    def text_first(self):
        first = self.lead if self.lead else next(b for b in self.body if isinstance(b, str))
        return first[:60].rstrip()

    def text_last(self):
        last = self.body[-1]
        assert isinstance(last, str), self.path
        return last[-60:].lstrip()


def body_html(body, p_open='<p>', p_close='</p>', escf=esc, table_attrs='border="1"'):
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f'{p_open}{escf(b)}{p_close}')
        elif b[0] == 'table':
            rows = ''.join('<tr>' + ''.join(f'<td>{escf(c)}</td>' for c in r) + '</tr>' for r in b[1])
            out.append(f'<table {table_attrs}>{rows}</table>')
        elif b[0] == 'img':
            out.append(f'<p style="text-align:center"><img src="{b[1]}" alt=""></p>'
                       f'<p style="text-align:center"><em>{escf(b[2])}</em></p>')
    return '\n'.join(out)


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.abs = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ('href', 'src', 'action'):
            v = a.get(key)
            if v is None:
                continue
            if re.match(r'^[a-z]+:', v, re.I) or v.startswith('//'):
                ok = (v.startswith('http://{{HOST}}') and
                      ((tag == 'link' and a.get('rel') == 'canonical') or
                       (tag == 'meta')))
                if v.startswith('mailto:') or v.startswith('javascript:'):
                    ok = True
                if not ok:
                    self.abs.append(v)
            elif tag == 'a' and key == 'href':
                self.links.append(v)
        if tag == 'meta' and a.get('property') == 'og:url':
            if not a.get('content', '').startswith('http://{{HOST}}'):
                self.abs.append(a.get('content'))


class Portal:
    def __init__(self, pid, name, district, province, platform, encoding='utf-8'):
        self.pid = pid
        self.name = name
        self.district = district
        self.province = province
        self.platform = platform
        self.encoding = encoding
        self.dir = os.path.join(ROOT, pid)
        self.pages = {}
        self.articles = []
        self.non_articles = []
        self.furniture = []
        self.n = 0
        os.makedirs(os.path.join(self.dir, 'pages'), exist_ok=True)
        for f in os.listdir(os.path.join(self.dir, 'pages')):
            os.remove(os.path.join(self.dir, 'pages', f))

    def add_page(self, path, text, status=200, encoding=None):
        enc = encoding or self.encoding
        assert path not in self.pages, path
        self.n += 1
        fname = f'pages/{self.n:02d}.html'
        if enc == 'cp1258':
            data = to_cp1258_form(text).encode('cp1258')
        else:
            data = text.encode(enc)
        with open(os.path.join(self.dir, fname), 'wb') as fh:
            fh.write(data)
        self.pages[path] = {'file': fname, 'status': status,
                            'content_type': f'text/html; charset={"windows-1258" if enc == "cp1258" else enc}'}

    def article(self, art, text):
        self.add_page(art.path, text)
        if art.canonical == art.path:
            self.articles.append(art)

    def alias(self, path, text):
        self.add_page(path, text)

    def notice(self, path, text):
        self.add_page(path, text)
        self.non_articles.append(path)

    def page_text(self, path):
        info = self.pages[path]
        raw = open(os.path.join(self.dir, info['file']), 'rb').read()
        enc = info['content_type'].split('charset=')[1]
        return nfc(html.unescape(raw.decode(enc)))

    def finish(self):
        gold = {'articles': {}, 'non_articles': self.non_articles, 'furniture': self.furniture}
        for a in self.articles:
            gold['articles'][a.path] = {'title': a.title, 'published': a.published,
                                        'text_first': a.text_first(), 'text_last': a.text_last(),
                                        'must_contain': a.must}
        site = {'name': self.name, 'district': self.district, 'province': self.province,
                'platform': self.platform, 'start_url': '/', 'pages': self.pages}
        with open(os.path.join(self.dir, 'site.json'), 'w', encoding='utf-8') as fh:
            json.dump(site, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(self.dir, 'gold.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        self.check(gold)
        print(f'{self.pid}: {len(self.pages)} pages, {len(self.articles)} articles, '
              f'{len(self.non_articles)} non-articles, {len(self.furniture)} furniture: OK')

    def check(self, gold):
        errs = []
        texts = {p: self.page_text(p) for p in self.pages}
        # reachability and absolute links
        seen, todo = {'/'}, ['/']
        for p in self.pages:
            lp = LinkParser()
            lp.feed(texts_raw := open(os.path.join(self.dir, self.pages[p]['file']), 'rb').read()
                    .decode(self.pages[p]['content_type'].split('charset=')[1]))
            if lp.abs:
                errs.append(f'absolute links on {p}: {lp.abs[:3]}')
            if re.search(r'href="[^"]*&(?!amp;)', texts_raw):
                errs.append(f'raw & in href on {p}')
        while todo:
            p = todo.pop()
            if p not in self.pages or self.pages[p]['status'] != 200:
                continue
            lp = LinkParser()
            lp.feed(open(os.path.join(self.dir, self.pages[p]['file']), 'rb').read()
                    .decode(self.pages[p]['content_type'].split('charset=')[1]))
            for l in lp.links:
                l = l.split('#')[0]
                if l and l not in seen:
                    seen.add(l)
                    todo.append(l)
        for a in self.articles:
            if a.path not in seen:
                errs.append(f'unreachable {a.path}')
            t = texts[a.path]
            for s in [a.title, a.text_first(), a.text_last()] + a.must:
                if nfc(s) not in t:
                    errs.append(f'{a.path}: snippet not on page: {s!r}')
            if not 3 <= len(a.must) <= 5:
                errs.append(f'{a.path}: must_contain count')
            if any(isinstance(b, tuple) and b[0] == 'table' for b in a.body):
                cells = {c for b in a.body if isinstance(b, tuple) and b[0] == 'table' for r in b[1] for c in r}
                if not any(m in cells for m in a.must):
                    errs.append(f'{a.path}: no table cell in must_contain')
        for p in self.non_articles:
            if p not in seen:
                errs.append(f'unreachable non-article {p}')
        alltext = '\n'.join(texts.values()).lower()
        for f in self.furniture:
            if f.lower() not in alltext:
                errs.append(f'furniture not on any page: {f!r}')
            for a in self.articles:
                for s in [a.title, a.text_first(), a.text_last()] + a.must + a.paragraphs():
                    if f.lower() in s.lower():
                        errs.append(f'furniture {f!r} inside gold text of {a.path}')
        for a in self.articles:
            for s in [a.title, a.text_first(), a.text_last()] + a.must:
                if nfc(s) != s or html.unescape(s) != s:
                    errs.append(f'{a.path}: gold string not NFC/entity-free: {s!r}')
        if errs:
            raise SystemExit(f'{self.pid} self-check FAILED:\n' + '\n'.join(errs))
