"""Shared helpers for the holdout23 portal generators (helper-34, written blind to the crawler)."""
import html, json, os, re, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def esc(s):
    return html.escape(s, quote=False)


NAMED = {'â': '&acirc;', 'à': '&agrave;', 'á': '&aacute;', 'ê': '&ecirc;', 'é': '&eacute;',
         'è': '&egrave;', 'ô': '&ocirc;', 'ó': '&oacute;', 'ò': '&ograve;', 'í': '&iacute;',
         'ì': '&igrave;', 'ú': '&uacute;', 'ù': '&ugrave;', 'ã': '&atilde;', 'õ': '&otilde;',
         'ý': '&yacute;', 'Đ': '&#272;', 'đ': '&#273;', 'Ô': '&Ocirc;', 'Â': '&Acirc;'}


def esc_ent(s):
    """Word-export style: named entities where they exist, raw UTF-8 for ư, ơ, ạ ..."""
    s = esc(s)
    return ''.join(NAMED.get(c, c) for c in s)


def nfd(s):
    return unicodedata.normalize('NFD', s)


def cut_words(s, n=60, tail=False):
    if len(s) <= n:
        return s
    if tail:
        t = s[-n:]
        i = t.find(' ')
        return t[i + 1:] if 0 <= i < 20 else t
    t = s[:n]
    i = t.rfind(' ')
    return t[:i] if i > 20 else t


def block_texts(blocks):
    """Text units of a body in reading order: paragraphs, table cells, list items, signature lines."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'lead', 'byline', 'src', 'cap'):
            out.append(b[1])
        elif k == 'table':
            for r in b[1]:
                out.extend(r)
        elif k in ('list', 'sig'):
            out.extend(b[1])
    return out


class Site:
    def __init__(self, pid, name, district, province, platform):
        self.pid, self.name, self.district, self.province, self.platform = pid, name, district, province, platform
        self.pages, self.articles, self.non_articles, self.furniture, self.bodies = {}, {}, [], [], {}
        self.n = 0

    def fname(self, path):
        self.n += 1
        slug = re.sub(r'[^A-Za-z0-9]+', '-', path).strip('-')[:50] or 'index'
        return 'pages/%03d-%s.html' % (self.n, slug)

    def add(self, path, text, encoding='utf-8', ctype=None, status=200):
        fn = self.fname(path)
        self.pages[path] = {'file': fn, 'status': status,
                            'content_type': ctype or 'text/html; charset=%s' % encoding}
        self._files = getattr(self, '_files', {})
        if encoding == 'windows-1258':
            self._files[fn] = to1258(text).encode('cp1258')
        else:
            self._files[fn] = text.encode(encoding)
        return fn

    def add_file(self, path, data, ctype):
        fn = 'pages/%03d-%s' % (self.n + 1, os.path.basename(path))
        self.n += 1
        self.pages[path] = {'file': fn, 'status': 200, 'content_type': ctype}
        self._files = getattr(self, '_files', {})
        self._files[fn] = data

    def gold_article(self, path, a):
        blocks = a['blocks']
        texts = block_texts(blocks)
        first = texts[0]
        last_b = blocks[-1]
        last = block_texts([last_b])[-1]
        mc = a.get('must')
        if not mc:
            mc = []
            paras = [b[1] for b in blocks if b[0] == 'p']
            if len(paras) > 1:
                mc.append(cut_words(paras[1], 48))
            tabs = [b for b in blocks if b[0] == 'table']
            if tabs:
                rows = tabs[0][1]
                cell = max((c for r in rows[1:] for c in r), key=len)
                mc.append(cell)
                nums = [c for c in rows[-1] if re.fullmatch(r'[0-9.,]+', c) and ('.' in c or ',' in c)]
                if nums:
                    mc.append(max(nums, key=len))
            lists = [b for b in blocks if b[0] == 'list']
            if lists:
                mc.append(cut_words(lists[0][1][0], 45))
            if len(paras) > 2:
                p = paras[-1]
                mid = p[len(p) // 3:]
                mid = mid[mid.find(' ') + 1:]
                mc.append(cut_words(mid, 40))
            for p in paras + [blocks[0][1]]:
                if len(mc) >= 3:
                    break
                mid = p[len(p) // 2:]
                mid = mid[mid.find(' ') + 1:]
                c = cut_words(mid, 40).strip()
                if c and c not in mc:
                    mc.append(c)
            mc = [m for i, m in enumerate(mc) if m and m not in mc[:i]][:5]
        self.articles[path] = {'title': a['title'], 'published': a['date'],
                               'text_first': cut_words(first, 60),
                               'text_last': cut_words(last, 60, tail=True),
                               'must_contain': mc}
        self.bodies[path] = texts

    def write(self):
        d = os.path.join(ROOT, self.pid)
        os.makedirs(os.path.join(d, 'pages'), exist_ok=True)
        for f in os.listdir(os.path.join(d, 'pages')):
            os.remove(os.path.join(d, 'pages', f))
        for fn, data in self._files.items():
            with open(os.path.join(d, fn), 'wb') as fh:
                fh.write(data)
        site = {'name': self.name, 'district': self.district, 'province': self.province,
                'platform': self.platform, 'start_url': '/', 'pages': self.pages}
        json.dump(site, open(os.path.join(d, 'site.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        gold = {'articles': self.articles, 'non_articles': self.non_articles, 'furniture': self.furniture}
        json.dump(gold, open(os.path.join(d, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        bpath = os.path.join(ROOT, '_generator', '_bodies.json')
        allb = json.load(open(bpath, encoding='utf-8')) if os.path.exists(bpath) else {}
        allb[self.pid] = self.bodies
        json.dump(allb, open(bpath, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        print(self.pid, len(self.articles), 'articles', len(self.non_articles), 'non-articles', len(self.pages), 'pages')


def render_blocks(blocks, e=esc, p='<p>%s</p>', table_attrs='border="1" cellpadding="3" cellspacing="0" style="width:100%;border-collapse:collapse"',
                  byline='<p style="text-align:right"><strong>%s</strong></p>', src='<p style="text-align:right"><em>%s</em></p>',
                  cap='<p style="text-align:center"><em>%s</em></p>', img=None, sig=None):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'lead'):
            out.append(p % e(b[1]))
        elif k == 'cap':
            if img:
                out.append(img)
            out.append(cap % e(b[1]))
        elif k == 'byline':
            out.append(byline % e(b[1]))
        elif k == 'src':
            out.append(src % e(b[1]))
        elif k == 'table':
            rows = b[1]
            h = ['<table %s><tbody>' % table_attrs]
            for i, r in enumerate(rows):
                tag = 'td'
                cells = ''.join('<%s>%s%s%s</%s>' % (tag, '<strong>' if i == 0 else '', e(c), '</strong>' if i == 0 else '', tag) for c in r)
                h.append('<tr>%s</tr>' % cells)
            h.append('</tbody></table>')
            out.append('\n'.join(h))
        elif k == 'list':
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % e(x) for x in b[1]))
        elif k == 'sig':
            if sig:
                out.append(sig(b[1], e))
            else:
                out.append('<p style="text-align:right">%s</p>' % '<br/>'.join(
                    '<strong>%s</strong>' % e(x) if i in (0, 1, len(b[1]) - 1) else e(x) for i, x in enumerate(b[1])))
    return '\n'.join(out)


WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']


def weekday(iso):
    import datetime
    y, m, d = map(int, iso.split('-'))
    return WD[datetime.date(y, m, d).weekday()]


def dmy(iso, sep='/'):
    y, m, d = iso.split('-')
    return sep.join([d, m, y])


TODAY = '2025-06-12'


def slug(s, drop_d=False):
    s = s.lower()
    if drop_d:
        s = s.replace('đ', '')
    else:
        s = s.replace('đ', 'd')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def to1258(s):
    """windows-1258 keeps the five tone marks as combining characters after the base letter."""
    out = []
    for ch in s:
        d = unicodedata.normalize('NFD', ch)
        base = ''.join(c for c in d if c not in TONES)
        tone = ''.join(c for c in d if c in TONES)
        out.append(unicodedata.normalize('NFC', base) + tone)
    return ''.join(out)
