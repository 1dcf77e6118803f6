#!/usr/bin/env python3
"""Check the holdout18 fixtures themselves (not the crawler).

For every portal folder: site.json and gold.json load and have the FORMAT.md keys; every page
file exists; gold paths are served with status 200 and articles/non-articles do not overlap;
every article and non-article is reachable by links from '/'; no absolute links except
canonical / og:url on http://{{HOST}}; '&' in hrefs is written '&amp;'; title, text_first,
text_last and every must_contain string occur on the article page after charset decoding +
HTML unescape + NFC; gold strings are NFC and entity-free; text_first/text_last are at most 60
characters; must_contain has 3-5 items; published is YYYY-MM-DD or null; furniture strings occur
on some page of the portal and in no gold title/snippet (case-insensitive).
Totals: at least 8 portals and 45 articles. Exit status 1 on any error."""
import html
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ('href', 'src', 'action'):
            v = a.get(k)
            if v is None:
                continue
            if re.match(r'^[a-z][a-z0-9+.-]*:', v, re.I) or v.startswith('//'):
                if v.startswith(('mailto:', 'javascript:')):
                    continue
                if tag == 'link' and a.get('rel') == 'canonical' and v.startswith('http://{{HOST}}'):
                    continue
                self.bad.append(v)
            elif tag == 'a' and k == 'href':
                self.links.append(v)
        if tag == 'meta' and a.get('property') == 'og:url' and not a.get('content', '').startswith('http://{{HOST}}'):
            self.bad.append(a.get('content'))


def charset(info):
    m = re.search(r'charset=([\w-]+)', info.get('content_type', ''))
    return m.group(1) if m else 'utf-8'


def main():
    errs = []
    n_portals = n_articles = n_non = n_furn = 0
    for pid in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, pid)
        if not os.path.isfile(os.path.join(d, 'site.json')):
            continue
        n_portals += 1
        e = lambda m: errs.append(f'{pid}: {m}')
        site = json.load(open(os.path.join(d, 'site.json'), encoding='utf-8'))
        gold = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
        for k in ('name', 'district', 'province', 'platform', 'start_url', 'pages'):
            if k not in site:
                e(f'site.json lacks {k}')
        for k in ('articles', 'non_articles', 'furniture'):
            if k not in gold:
                e(f'gold.json lacks {k}')
        pages = site['pages']
        raw, text = {}, {}
        for p, info in pages.items():
            f = os.path.join(d, info['file'])
            if not os.path.isfile(f):
                e(f'missing file {info["file"]}')
                continue
            raw[p] = open(f, 'rb').read().decode(charset(info))
            text[p] = unicodedata.normalize('NFC', html.unescape(raw[p]))
            if re.search(r'href="[^"]*&(?!amp;|#)', raw[p]):
                e(f'{p}: raw & in an href')
        if '/' not in pages:
            e('no home page')
        seen, todo, graph = {'/'}, ['/'], {}
        for p, r in raw.items():
            lp = Links()
            lp.feed(r)
            graph[p] = [l.split('#')[0] for l in lp.links]
            if lp.bad:
                e(f'{p}: absolute links {lp.bad[:3]}')
        while todo:
            p = todo.pop()
            if p not in graph or pages[p]['status'] != 200:
                continue
            for l in graph[p]:
                if l and l not in seen:
                    seen.add(l)
                    todo.append(l)
        arts, non = gold['articles'], gold['non_articles']
        if set(arts) & set(non):
            e('paths both article and non-article')
        for p in list(arts) + non:
            if p not in pages or pages[p]['status'] != 200:
                e(f'{p}: gold path not served')
            elif p not in seen:
                e(f'{p}: not reachable from /')
        snippets = []
        for p, g in arts.items():
            for k in ('title', 'published', 'text_first', 'text_last', 'must_contain'):
                if k not in g:
                    e(f'{p}: lacks {k}')
            if g['published'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', g['published']):
                e(f'{p}: bad published {g["published"]}')
            if len(g['text_first']) > 60 or len(g['text_last']) > 60:
                e(f'{p}: text_first/text_last over 60 characters')
            if not 3 <= len(g['must_contain']) <= 5:
                e(f'{p}: must_contain has {len(g["must_contain"])} items')
            ss = [g['title'], g['text_first'], g['text_last']] + g['must_contain']
            snippets += ss
            for s in ss:
                if unicodedata.normalize('NFC', s) != s or html.unescape(s) != s:
                    e(f'{p}: gold string not NFC or has entities: {s!r}')
                if p in text and s not in text[p]:
                    e(f'{p}: not on page: {s!r}')
        alltext = '\n'.join(text.values()).lower()
        for f in gold['furniture']:
            if f.lower() not in alltext:
                e(f'furniture not on any page: {f!r}')
            for s in snippets:
                if f.lower() in s.lower():
                    e(f'furniture {f!r} inside gold string {s!r}')
        n_articles += len(arts)
        n_non += len(non)
        n_furn += len(gold['furniture'])
        print(f'{pid:16} {site["platform"]:34} pages {len(pages):2}  articles {len(arts)}  non-articles {len(non)}  furniture {len(gold["furniture"])}')
    if n_portals < 8:
        errs.append(f'only {n_portals} portals')
    if n_articles < 45:
        errs.append(f'only {n_articles} articles')
    print(f'total: {n_portals} portals, {n_articles} articles, {n_non} non-articles, {n_furn} furniture strings')
    if errs:
        print('\n'.join('ERROR ' + x for x in errs))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
