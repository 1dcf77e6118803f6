#!/usr/bin/env python3
"""Validate the holdout21 fixtures (written blind to the crawler).

Checks per portal: JSON loads; every listed file exists; every gold path is served (status 200);
articles and non-articles are disjoint; every article is reachable by links from "/";
gold strings are NFC and entity-free; title/text_first/text_last/must_contain occur on the
article page after charset decoding + HTML unescape + NFC; text_first/text_last are <= 60 chars;
furniture strings occur on some page of the portal and in no gold string nor body paragraph
(case-insensitively; body paragraphs come from _generator/out/<portal>.bodies.json);
no absolute links except canonical / og:url using http://{{HOST}}.
Usage: python3 validate_holdout21.py [portal ...]
"""
import html, json, os, re, sys, unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))


def decode(raw):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    cs = m.group(1).decode().lower() if m else 'utf-8'
    return raw.decode(cs)


def norm(s):
    return unicodedata.normalize('NFC', html.unescape(s))


HREF = re.compile(r'''(?:href|src|action)\s*=\s*["']([^"']*)["']''', re.I)


def check_portal(d):
    errs = []
    pid = os.path.basename(d.rstrip('/'))
    site = json.load(open(os.path.join(d, 'site.json'), encoding='utf-8'))
    gold = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
    for k in ('name', 'district', 'province', 'platform', 'start_url', 'pages'):
        if k not in site:
            errs.append(f'{pid}: site.json lacks {k}')
    texts = {}
    for path, p in site['pages'].items():
        f = os.path.join(d, p['file'])
        if not os.path.exists(f):
            errs.append(f'{pid}: missing file {p["file"]}')
            continue
        raw = open(f, 'rb').read()
        t = decode(raw)
        texts[path] = t
        # absolute links
        for tag in re.findall(r'<[^>]+>', t):
            for u in HREF.findall(tag):
                if re.match(r'(?i)(https?:)?//', u):
                    low = tag.lower()
                    if not (('rel="canonical"' in low or 'og:url' in low) and u.startswith('http://{{HOST}}')):
                        errs.append(f'{pid}: absolute link {u} on {path}')
            if 'og:url' in tag.lower():
                for u in re.findall(r'content="([^"]*)"', tag):
                    if not u.startswith('http://{{HOST}}'):
                        errs.append(f'{pid}: og:url not on {{HOST}}: {u}')
    arts = gold['articles']
    nons = gold['non_articles']
    if set(arts) & set(nons):
        errs.append(f'{pid}: path both article and non-article')
    for path in list(arts) + nons:
        if path not in site['pages'] or site['pages'][path].get('status', 200) != 200:
            errs.append(f'{pid}: gold path not served: {path}')
    # reachability
    seen, q = {'/'}, deque(['/'])
    while q:
        cur = q.popleft()
        t = texts.get(cur)
        if t is None or site['pages'][cur].get('status', 200) != 200:
            continue
        for u in re.findall(r'''href\s*=\s*["']([^"'#]*)''', t, re.I):
            u = html.unescape(u)
            if u.startswith('/') and not u.startswith('//') and u not in seen:
                seen.add(u)
                q.append(u)
    for path in list(arts) + nons:
        if path not in seen:
            errs.append(f'{pid}: not reachable from /: {path}')
    # snippets
    bodies = {}
    bf = os.path.join(HERE, '_generator', 'out', pid + '.bodies.json')
    if os.path.exists(bf):
        bodies = json.load(open(bf, encoding='utf-8'))
    goldstrings = []
    for path, a in arts.items():
        for k in ('title', 'published', 'text_first', 'text_last', 'must_contain'):
            if k not in a:
                errs.append(f'{pid}: {path} lacks {k}')
        if a.get('published') is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', a['published']):
            errs.append(f'{pid}: bad date {a["published"]}')
        if len(a['text_first']) > 60 or len(a['text_last']) > 60:
            errs.append(f'{pid}: {path} text_first/last longer than 60')
        if not 3 <= len(a['must_contain']) <= 5:
            errs.append(f'{pid}: {path} must_contain count {len(a["must_contain"])}')
        page = norm(texts.get(path, ''))
        snips = [a['title'], a['text_first'], a['text_last']] + a['must_contain']
        for s in snips:
            if s != unicodedata.normalize('NFC', s) or html.unescape(s) != s:
                errs.append(f'{pid}: gold string not NFC/entity-free: {s!r}')
            if s not in page:
                errs.append(f'{pid}: snippet not on page {path}: {s!r}')
        goldstrings += snips + bodies.get(path, [])
        if bodies and path not in bodies:
            errs.append(f'{pid}: no body record for {path}')
    allpages = '\n'.join(norm(t) for t in texts.values()).lower()
    for fu in gold['furniture']:
        if fu.lower() not in allpages:
            errs.append(f'{pid}: furniture not on any page: {fu!r}')
        for s in goldstrings:
            if fu.lower() in s.lower():
                errs.append(f'{pid}: furniture {fu!r} inside gold string {s[:50]!r}')
    return errs, len(arts), len(nons), len(site['pages'])


def main(argv):
    dirs = argv or sorted(x for x in os.listdir(HERE)
                          if os.path.isfile(os.path.join(HERE, x, 'site.json')))
    allerr, na, nn, np_ = [], 0, 0, 0
    for x in dirs:
        e, a, n, p = check_portal(os.path.join(HERE, x))
        allerr += e; na += a; nn += n; np_ += p
        print(f'{x}: {a} articles, {n} non-articles, {p} pages, {len(e)} errors')
    for e in allerr:
        print('ERROR', e)
    print(f'TOTAL portals={len(dirs)} articles={na} non_articles={nn} pages={np_} errors={len(allerr)}')
    return 1 if allerr else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
