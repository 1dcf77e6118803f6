"""Common helpers for the holdout21 portal generators (blind set, see ../README.md).

Each pN.py builds a Portal, renders pages from strings, and derives gold from the very same
strings; Portal.write() writes the folder and runs ../validate_holdout21.py on it.
"""
import html, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import validate_holdout21  # noqa: E402


def e(s):
    return html.escape(s, quote=True)


def ents(s):
    """Escape with named entities for letters that have one (mixed with raw UTF-8)."""
    out = []
    for ch in html.escape(s, quote=False):
        name = {'â': 'acirc', 'à': 'agrave', 'ê': 'ecirc', 'á': 'aacute', 'ô': 'ocirc',
                'é': 'eacute', 'ó': 'oacute', 'Đ': '#272', 'đ': '#273', 'í': 'iacute'}.get(ch)
        out.append(f'&{name};' if name else ch)
    return ''.join(out)


def to_cp1258(text):
    """Encode to windows-1258 the way Word does: precomposed base letters, combining tones."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base, marks = d[0], list(d[1:])
        # try to fold one non-tone mark (circumflex/breve/horn) into the base
        for m in list(marks):
            c = unicodedata.normalize('NFC', base + m)
            if len(c) == 1:
                try:
                    c.encode('cp1258'); base = c; marks.remove(m); break
                except UnicodeEncodeError:
                    pass
        out += base.encode('cp1258')
        for m in marks:
            out += m.encode('cp1258', errors='xmlcharrefreplace')
    return bytes(out)


def table(header, rows, attrs=''):
    h = ''.join(f'<td><b>{e(c)}</b></td>' if attrs == 'legacy' else f'<th>{e(c)}</th>' for c in header)
    body = ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in rows)
    a = '' if attrs == 'legacy' else attrs
    return f'<table{a}><tr>{h}</tr>{body}</table>'


class Portal:
    def __init__(self, pid, name, district, province, platform, encoding='utf-8', nfd=False):
        self.pid, self.encoding, self.nfd = pid, encoding, nfd
        self.site = {'name': name, 'district': district, 'province': province,
                     'platform': platform, 'start_url': '/', 'pages': {}}
        self.gold = {'articles': {}, 'non_articles': [], 'furniture': []}
        self.bodies = {}
        self.files = {}

    def page(self, path, text, status=200, ctype='text/html'):
        n = len(self.files) + 1
        fn = f'pages/{n:02d}.html'
        if self.encoding == 'windows-1258':
            raw = to_cp1258(text)
            ct = ctype + '; charset=windows-1258'
        else:
            if self.nfd:
                text = unicodedata.normalize('NFD', text)
            raw = text.encode('utf-8')
            ct = ctype + '; charset=utf-8'
        self.files[fn] = raw
        self.site['pages'][path] = {'file': fn, 'status': status, 'content_type': ct}
        return fn

    def article(self, path, text, title, published, paras, must, cells=()):
        """paras: body paragraphs in order (lead first) exactly as rendered; cells: table cells."""
        self.page(path, text)
        self.gold['articles'][path] = {
            'title': title, 'published': published,
            'text_first': paras[0][:60], 'text_last': paras[-1][-60:],
            'must_contain': list(must)}
        self.bodies[path] = list(paras) + list(cells)

    def non_article(self, path, text):
        self.page(path, text)
        self.gold['non_articles'].append(path)

    def furniture(self, *strings):
        for s in strings:
            if s not in self.gold['furniture']:
                self.gold['furniture'].append(s)

    def write(self):
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, 'pages'), exist_ok=True)
        for f in os.listdir(os.path.join(d, 'pages')):
            os.remove(os.path.join(d, 'pages', f))
        for fn, raw in self.files.items():
            open(os.path.join(d, fn), 'wb').write(raw)
        with open(os.path.join(d, 'site.json'), 'w', encoding='utf-8') as f:
            json.dump(self.site, f, ensure_ascii=False, indent=1)
        with open(os.path.join(d, 'gold.json'), 'w', encoding='utf-8') as f:
            json.dump(self.gold, f, ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(HERE, 'out'), exist_ok=True)
        with open(os.path.join(HERE, 'out', self.pid + '.bodies.json'), 'w', encoding='utf-8') as f:
            json.dump(self.bodies, f, ensure_ascii=False, indent=1)
        errs, a, n, p = validate_holdout21.check_portal(d)
        for x in errs:
            print('SELF-CHECK FAILED:', x)
        print(f'{self.pid}: {a} articles, {n} non-articles, {p} pages')
        if errs:
            sys.exit(1)


def cut(s, n):
    """A must_contain phrase: the first <= n characters of s, cut at a word boundary."""
    if len(s) <= n:
        return s
    s = s[:n + 1]
    return s[:s.rfind(' ')].rstrip(',;:')
