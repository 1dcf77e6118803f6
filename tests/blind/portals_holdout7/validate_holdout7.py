#!/usr/bin/env python3
"""Validate the holdout7 blind portal fixtures (not the crawler).

Checks per portal: site.json / gold.json load and have the FORMAT.md keys; every page file exists;
"/" is served; every gold article and non-article is served with status 200; every article is
reachable by following root-relative links from "/"; title, text_first, text_last and must_contain
snippets occur on their page after charset decoding (incl. windows-1258) + HTML unescape + NFC;
gold strings are NFC and entity-free; snippet lengths (<=60) and must_contain size (3-5); dates are
YYYY-MM-DD or null; a canonical link on an article names that article's own URL; no absolute
links except canonical / og:url on http://{{HOST}}; every furniture string occurs on some page of
the portal and inside no gold title or snippet (case-insensitive); portal has 5-6 articles and at
least one non-article. With --regen, also re-runs the generators and checks the bytes are identical.
Usage: python3 validate_holdout7.py [--regen]"""
import hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '_generator'))
from common import check_dir  # noqa: E402


def portals():
    return sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, 'site.json')))


def digest():
    h = hashlib.sha256()
    for p in portals():
        for root, _, files in sorted(os.walk(os.path.join(HERE, p))):
            for f in sorted(files):
                h.update(f.encode())
                h.update(open(os.path.join(root, f), 'rb').read())
    return h.hexdigest()


def main():
    errs, n_art, n_non, n_pages = [], 0, 0, 0
    ps = portals()
    for p in ps:
        d = os.path.join(HERE, p)
        site = json.load(open(os.path.join(d, 'site.json'), encoding='utf-8'))
        gold = json.load(open(os.path.join(d, 'gold.json'), encoding='utf-8'))
        for k in ('name', 'district', 'province', 'platform', 'start_url', 'pages'):
            if k not in site:
                errs.append(f'{p}: site.json lacks {k}')
        for path, m in site['pages'].items():
            if set(m) != {'file', 'status', 'content_type'} or not m['file'].startswith('pages/'):
                errs.append(f'{p}: bad page entry {path}')
        for k in ('articles', 'non_articles', 'furniture'):
            if k not in gold:
                errs.append(f'{p}: gold.json lacks {k}')
        for path, g in gold['articles'].items():
            if set(g) != {'title', 'published', 'text_first', 'text_last', 'must_contain'}:
                errs.append(f'{p}: bad gold keys on {path}')
        if not 5 <= len(gold['articles']) <= 6:
            errs.append(f'{p}: {len(gold["articles"])} articles')
        if not gold['non_articles']:
            errs.append(f'{p}: no non-article')
        errs += [f'{p}: {e}' for e in check_dir(d)]
        n_art += len(gold['articles'])
        n_non += len(gold['non_articles'])
        n_pages += len(site['pages'])
        print(f'{p:16s} {site["platform"]:22s} pages={len(site["pages"]):2d} articles={len(gold["articles"])} '
              f'non_articles={len(gold["non_articles"])} furniture={len(gold["furniture"])}')
    if len(ps) < 8:
        errs.append(f'only {len(ps)} portals')
    if n_art < 45:
        errs.append(f'only {n_art} articles')
    if '--regen' in sys.argv:
        before = digest()
        gen = os.path.join(HERE, '_generator')
        for f in sorted(os.listdir(gen)):
            if f.startswith('p') and f.endswith('.py'):
                subprocess.run([sys.executable, f], cwd=gen, check=True, stdout=subprocess.DEVNULL)
        if digest() != before:
            errs.append('regenerated fixtures differ from the committed ones')
    print(f'{len(ps)} portals, {n_pages} pages, {n_art} articles, {n_non} non-articles')
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else f'{len(errs)} errors')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
