"""Generic portal assembly: every skin supplies URLs and templates; this wires links and gold."""
from common import Site, esc, dmy, weekday, TODAY
import content as C


def build(skin, arts):
    """arts: list of dicts {title, date, blocks, cat?}. Returns Site after writing."""
    s = Site(skin.PID, skin.NAME, skin.DISTRICT, skin.PROVINCE, skin.PLATFORM)
    for i, a in enumerate(arts):
        a['url'] = skin.art_url(i, a)
    n1 = skin.PER_PAGE
    p1, p2 = arts[:n1], arts[n1:]
    l1, l2 = skin.list_url(1), skin.list_url(2)
    # articles
    for i, a in enumerate(arts):
        others = [b for b in arts if b is not a][:5]
        h = skin.article(a, others)
        s.add(a['url'], h, encoding=getattr(skin, 'ENCODING', 'utf-8'))
        s.gold_article(a['url'], a)
    # listings
    enc = getattr(skin, 'ENCODING', 'utf-8')
    s.add(l1, skin.listing(p1, 1, l2), encoding=enc)
    s.add(l2, skin.listing(p2, 2, l1), encoding=enc)
    intro, contact, doc = skin.INTRO_URL, skin.CONTACT_URL, skin.DOC_URL
    s.add(intro, skin.simple('Giới thiệu chung', skin.intro_html()), encoding=enc)
    s.add(contact, skin.simple('Liên hệ', skin.contact_html()), encoding=enc)
    s.add(doc, skin.simple(skin.DOC_TITLE, skin.doc_html()), encoding=enc)
    s.add_file(skin.DOC_FILE, b'%PDF-1.4\n% holdout23 placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'application/pdf')
    s.add('/', skin.home(arts[:6], l1), encoding=enc)
    s.non_articles = ['/', l1, l2, intro, contact, doc]
    s.furniture = skin.FURNITURE
    s.write()
    return s
