#!/usr/bin/env python3
"""Validate the holdout23 fixtures (helper-34). Usage: python3 validate_holdout23.py"""
import html, json, os, re, sys, unicodedata
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []


def err(m):
    errors.append(m)


def nfc(s):
    return unicodedata.normalize('NFC', s)


def page_text(raw, ctype):
    m = re.search(r'charset=([\w-]+)', ctype or '')
    cs = (m.group(1) if m else 'utf-8').lower()
    cs = {'windows-1258': 'cp1258'}.get(cs, cs)
    s = raw.decode(cs)
    return s


def strip(s):
    s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = nfc(html.unescape(s))
    return re.sub(r'\s+', ' ', s)


bodies = {}
bp = os.path.join(HERE, '_generator', '_bodies.json')
if os.path.exists(bp):
    bodies = json.load(open(bp, encoding='utf-8'))
else:
    warnings.append('_generator/_bodies.json missing: body-paragraph furniture check skipped')

portals = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, 'site.json')))
n_art = n_non = n_pages = 0
for pid in portals:
    d = os.path.join(HERE, pid)
    try:
        site = json.load(open(os.path.join(d, 'site.json'), encoding='utf-8'))
        gold = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
    except Exception as e:
        err('%s: JSON does not load: %s' % (pid, e)); continue
    for k in ('name', 'district', 'province', 'platform', 'start_url', 'pages'):
        if k not in site:
            err('%s: site.json lacks %s' % (pid, k))
    pages = site['pages']
    texts, raws = {}, {}
    for path, meta in pages.items():
        fp = os.path.join(d, meta['file'])
        if not os.path.isfile(fp):
            err('%s: missing file %s' % (pid, meta['file'])); continue
        raw = open(fp, 'rb').read()
        if 'html' not in meta['content_type']:
            continue
        try:
            s = page_text(raw, meta['content_type'])
        except Exception as e:
            err('%s: %s does not decode: %s' % (pid, path, e)); continue
        raws[path] = s
        texts[path] = strip(s)
        # absolute links
        for m in re.finditer(r'<(link|meta|a|img|script|form|iframe)\b[^>]*?(href|src|action|content)\s*=\s*"((?:https?:)?//[^"]*)"[^>]*>', s, re.I):
            tag, url = m.group(0), m.group(3)
            ok = (re.search(r'rel="canonical"', tag) or re.search(r'property="og:url"', tag)) and url.startswith('http://{{HOST}}')
            if not ok:
                err('%s: absolute link on %s: %s' % (pid, path, url))
        if '<link rel="canonical"' in s and 'http://{{HOST}}' not in s:
            err('%s: canonical without {{HOST}} on %s' % (pid, path))
    # reachability
    seen, q = {'/'}, deque(['/'])
    while q:
        p = q.popleft()
        if p not in raws:
            continue
        for m in re.finditer(r'href="([^"]*)"', raws[p]):
            u = html.unescape(m.group(1)).split('#')[0]
            if not u.startswith('/') or u.startswith('//'):
                continue
            if u in pages and u not in seen:
                seen.add(u); q.append(u)
    arts = gold.get('articles', {})
    for path, g in arts.items():
        if path not in pages or pages[path]['status'] != 200:
            err('%s: gold article not served: %s' % (pid, path)); continue
        if path not in seen:
            err('%s: article not reachable from /: %s' % (pid, path))
        t = texts.get(path, '')
        if g['published'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', g['published']):
            err('%s: bad date %s' % (pid, g['published']))
        if len(g['text_first']) > 60 or len(g['text_last']) > 60:
            err('%s: text_first/last too long on %s' % (pid, path))
        if not 3 <= len(g['must_contain']) <= 5:
            err('%s: must_contain has %d items on %s' % (pid, len(g['must_contain']), path))
        for key in ['title', 'text_first', 'text_last'] + ['must_contain'] * len(g['must_contain']):
            pass
        snippets = [g['title'], g['text_first'], g['text_last']] + g['must_contain']
        for sn in snippets:
            if sn != nfc(sn) or html.unescape(sn) != sn:
                err('%s: gold string not NFC/entity-free: %r' % (pid, sn))
            if re.sub(r'\s+', ' ', sn) not in t:
                err('%s: snippet not on page %s: %r' % (pid, path, sn))
    for p in gold.get('non_articles', []):
        if p not in pages:
            err('%s: non-article not served: %s' % (pid, p))
        elif p not in seen:
            err('%s: non-article not reachable: %s' % (pid, p))
        if p in arts:
            err('%s: %s both article and non-article' % (pid, p))
    fur = gold.get('furniture', [])
    if not 6 <= len(fur) <= 12:
        err('%s: %d furniture strings' % (pid, len(fur)))
    alltext = ' '.join(texts.values())
    for f in fur:
        if f not in alltext:
            err('%s: furniture not on any page: %r' % (pid, f))
        fl = f.lower()
        for path, g in arts.items():
            for sn in [g['title'], g['text_first'], g['text_last']] + g['must_contain']:
                if fl in sn.lower():
                    err('%s: furniture %r inside gold snippet %r' % (pid, f, sn))
            for unit in bodies.get(pid, {}).get(path, []):
                if fl in unit.lower():
                    err('%s: furniture %r inside body text of %s: %r' % (pid, f, path, unit[:60]))
    n_art += len(arts); n_non += len(gold.get('non_articles', [])); n_pages += len(pages)

if len(portals) < 7:
    err('only %d portals' % len(portals))
if n_art < 45:
    err('only %d articles' % n_art)
for w in warnings:
    print('WARNING', w)
for e in errors:
    print('ERROR', e)
print('portals=%d articles=%d non_articles=%d pages=%d errors=%d' % (len(portals), n_art, n_non, n_pages, len(errors)))
sys.exit(1 if errors else 0)
