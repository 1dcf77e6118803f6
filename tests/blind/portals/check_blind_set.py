"""Consistency check of the blind portal set (not a crawler test).

Every site.json / gold.json loads; every page file exists; every gold path is served;
every article is reachable from start_url; gold snippets occur in the decoded page text;
furniture strings occur on some page but in no gold snippet.
Run: python tests/blind/portals/check_blind_set.py
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urljoin, urlsplit

HERE = Path(__file__).resolve().parent
HREF = re.compile(r'''href\s*=\s*["']([^"']+)["']''', re.I)


def page_text(raw, ctype):
    m = re.search(r'charset=([\w-]+)', ctype)
    s = raw.decode(m.group(1) if m else 'utf-8')
    s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
    glued = unicodedata.normalize('NFC', html.unescape(re.sub(r'<[^>]+>', '', s)))
    s = re.sub(r'<[^>]+>', ' ', s)
    s = unicodedata.normalize('NFC', html.unescape(s))
    return re.sub(r'\s+', ' ', s), glued


def check_portal(d):
    errors = []
    site = json.loads((d / 'site.json').read_text(encoding='utf-8'))
    gold = json.loads((d / 'gold.json').read_text(encoding='utf-8'))
    pages = site['pages']
    texts, raws, glued = {}, {}, {}
    for path, spec in pages.items():
        f = d / spec['file']
        if not f.is_file():
            errors.append('missing file %s' % f)
            continue
        raw = f.read_bytes()
        raws[path] = raw.decode(re.search(r'charset=([\w-]+)', spec['content_type'] + ' charset=utf-8').group(1), errors='replace')
        texts[path], glued[path] = page_text(raw, spec['content_type'])
    for path in list(gold['articles']) + gold['non_articles']:
        if path not in pages:
            errors.append('gold path not served: %s' % path)
    # reachability
    seen, todo = set(), [site['start_url']]
    while todo:
        p = todo.pop()
        if p in seen or p not in pages:
            continue
        seen.add(p)
        if not pages[p]['content_type'].startswith('text/html'):
            continue
        for h in HREF.findall(raws.get(p, '')):
            h = html.unescape(h)
            if h.startswith(('javascript:', 'mailto:', '#')):
                continue
            u = urlsplit(urljoin('http://portal.test' + p, h))
            if u.netloc != 'portal.test':
                continue
            todo.append(u.path + ('?' + u.query if u.query else ''))
    for path in gold['articles']:
        if path not in seen:
            errors.append('article not reachable: %s' % path)
    furniture = gold['furniture']
    alltext = ' '.join(texts.values()) + ' '.join(glued.values())
    for f in furniture:
        if f not in alltext:
            errors.append('furniture not on any page: %r' % f)
    for path, g in gold['articles'].items():
        t = texts.get(path, '')
        if g['title'] not in t:
            errors.append('%s: title not on page' % path)
        for key in ('text_first', 'text_last'):
            if g[key] not in t:
                errors.append('%s: %s not on page: %r' % (path, key, g[key]))
        for m in g['must_contain']:
            if m not in t:
                errors.append('%s: must_contain not on page: %r' % (path, m))
        snippets = ' '.join([g['text_first'], g['text_last']] + g['must_contain']).lower()
        for f in furniture:
            if f.lower() in snippets:
                errors.append('%s: furniture %r inside gold text' % (path, f))
        if g['published'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', g['published']):
            errors.append('%s: bad date' % path)
    return site, gold, errors


def main():
    total_err = 0
    for d in sorted(p for p in HERE.iterdir() if (p / 'site.json').is_file()):
        site, gold, errors = check_portal(d)
        print('%-22s %3d pages %3d articles %3d non-articles %s' % (
            d.name, len(site['pages']), len(gold['articles']), len(gold['non_articles']),
            'OK' if not errors else '%d ERRORS' % len(errors)))
        for e in errors:
            print('   ', e)
        total_err += len(errors)
    return 1 if total_err else 0


if __name__ == '__main__':
    sys.exit(main())
