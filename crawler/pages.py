"""One page path: the crawl's text stage and `extract` both turn a page into
a record (or a reason it is none) here, so `extract URL` reproduces what the
crawl writes.

    processor = PageProcessor()
    outcome = processor.process(html, url, portal="adhoc")
    outcome.record      # an ArticleRecord, or None
    outcome.verdict     # article / listing / other, and why not an article
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from urllib.parse import urldefrag, urlsplit

from crawler import settings as default_settings
from crawler.extraction import PageExtractor, PageText, parse_html
from crawler.items import ArticleRecord
from crawler.page_kind import LinkTally, PageKind, PortalPatterns, Verdict, judge, url_pattern
from crawler.clock import utc_now
from crawler.records import build_record
from crawler.textnorm import nfc
from crawler.template import PageTemplate, TemplateLearner, page_blocks
from crawler.urls import UrlKind, UrlShapes, absolute_url, load_shapes


# A headline this long is no menu item (see _links_by_headline).
HEADLINE_WORDS = 5


def record_url(fetched_url: str, canonical_url: str | None, redirected_from: str | None = None) -> str:
    """The URL a record is written under, by a rule that does not depend on
    crawl order: the canonical URL the page declares on its own host; else
    the URL fetched (the redirect target, when the request was redirected).
    One article reached through tracking parameters, Liferay's ?redirect= or
    a second category path is then one record under one URL."""
    if canonical_url and urlsplit(canonical_url)[:2] == urlsplit(fetched_url)[:2]:
        return canonical_url
    return fetched_url


def shortest_url(urls) -> str:
    """Among URLs of one article with no canonical or redirect to tell, the
    shortest (then the first in sort order): the same whichever came first."""
    return min(urls, key=lambda u: (len(u), u))


@dataclass
class PageOutcome:
    page: PageText
    verdict: Verdict
    record: ArticleRecord | None
    # An undated page of a URL pattern the portal's pages have not decided
    # yet: judged again once they have (pipelines/text.py), not counted now.
    pending: bool = False


class PageProcessor:
    """Extraction, page kind and record for one page. Holds the tables, and
    during a crawl the portals' templates and URL patterns (one instance
    per crawl, no state shared between crawls)."""

    def __init__(self, extractor: PageExtractor | None = None, shapes: UrlShapes | None = None,
                 min_text_chars: int = default_settings.ARTICLE_MIN_TEXT_CHARS,
                 max_link_density: float = default_settings.ARTICLE_MAX_LINK_DENSITY,
                 templates: TemplateLearner | None = None, patterns: PortalPatterns | None = None,
                 links: LinkTally | None = None):
        self.extractor = extractor or PageExtractor()
        self.shapes = shapes or load_shapes()
        self.min_text_chars = min_text_chars
        self.max_link_density = max_link_density
        self.templates = templates if templates is not None else TemplateLearner()
        self.patterns = patterns if patterns is not None else PortalPatterns()
        self.links = links if links is not None else LinkTally()  # the spider counts the links of pages

    def url_kind(self, url: str, portal=None) -> UrlKind:
        """The URL's shape, corrected by what the portal's pages taught."""
        prior = self.shapes.classify(url, portal)
        return self.patterns.kind_of(getattr(portal, "id", "adhoc"), url, prior)

    def learn(self, html: str | bytes, portal: str, pattern: str | None = None, tree=None) -> bool:
        """Adds a page to the portal's template ahead of its extraction;
        whether an earlier run's template fits it (it need not wait for
        this run's). `pattern`: the page's URL pattern
        (TemplateLearner.pages_alike). Raises NotHtmlError."""
        blocks = page_blocks(tree if tree is not None else parse_html(html))
        self.templates.learn(portal, blocks, pattern)
        return self.templates.fits_stored(portal, blocks)

    def process(self, html: str | bytes, url: str, *, portal: str = "adhoc", district: str | None = None,
                province: str | None = None, url_kind: UrlKind | str | None = None,
                content_selector: str | None = None, fetched_at: str | None = None,
                template: PageTemplate | None = None, learn: bool = True,
                final: bool = True, tree=None) -> PageOutcome:
        """Raises crawler.extraction.NotHtmlError on what is not HTML.

        `template`: extract with this one instead of the portal's learned one
        (extract's siblings); `learn`: add the page to the portal's template;
        `final`: False to get a pending outcome instead of a verdict for an
        undated page whose URL pattern the portal has not decided yet;
        `tree`: the page parsed already (PageExtractor.extract)."""
        # The kind the spider saw, corrected by what the portal's pages have
        # taught since (a page may wait a while for its template).
        kind = self.patterns.kind_of(portal, url, UrlKind(url_kind)) if url_kind is not None \
            else self.url_kind(url)
        shape = self.shapes.classify(url)
        # An article kind learned from the pattern's earlier pages, not said
        # by the URL: a category or section page may share its articles'
        # pattern (Joomla's /vi/<slug>), so the page is judged by its URL's
        # shape, whichever came first; the pattern stands in only for a
        # missing date (for a one-sentence item, the date that vouches for it).
        learned = kind is UrlKind.ARTICLE and shape not in (UrlKind.ARTICLE, UrlKind.SKIP) \
            and self.patterns.known_article(portal, url)
        pattern = url_pattern(url)
        use = template if template is not None else self.templates.usable(portal, pattern)
        page = self.extractor.extract(html, url=url, content_selector=content_selector, template=use, tree=tree,
                                      learn=partial(self.templates.learn, portal, pattern=pattern)
                                      if learn else None,
                                      listing_checks=kind is not UrlKind.ARTICLE or learned)
        # (a listing shape the pattern's pages contradict says nothing either way)
        judged_as = (UrlKind.OTHER if shape is UrlKind.LISTING else shape) if learned else kind
        # (rarely asked: an undated page the portal's pages nearly all link
        # to. On a small portal every article's list of related news may
        # link an article so: one of a URL pattern of articles is no
        # standing page unless it links to itself, as a menu does from the
        # page it leads to.)
        navigation = not page.published and self.links.in_navigation(portal, url) \
            and self._standing_page(html, url, page.title, portal)
        verdict = judge(page, judged_as, self.shapes, self.min_text_chars, self.max_link_density,
                        in_navigation=navigation)
        if verdict.undated and not navigation and self.patterns.known_article(portal, url):
            verdict = Verdict(PageKind.ARTICLE)  # as the other pages of its URL pattern
        if not final and not self.settled(portal, url, page, verdict):
            return PageOutcome(page, verdict, None, pending=True)
        self.patterns.record(portal, url, verdict.kind)
        record = None
        if verdict.kind is PageKind.ARTICLE:
            record = build_record(url=record_url(url, page.canonical_url), portal=portal,
                                  district=district, province=province, page=page,
                                  fetched_at=fetched_at or utc_now(), fetched_url=url)
        return PageOutcome(page, verdict, record)

    def _standing_page(self, html: str | bytes, url: str, title: str | None, portal: str) -> bool:
        """Whether a page the portal's pages nearly all link to is reached
        by a menu, not a list of news (parsed again: rarely asked)."""
        links = parse_html(html).xpath("//a")
        return not _links_by_headline(links, title) \
            and (not self.patterns.known_article(portal, url) or _links_to_itself(links, url))

    def settled(self, portal: str, url: str, page: PageText, verdict: Verdict) -> bool:
        """Whether what the verdict on an undated page rests on is known:
        what the other pages of its URL pattern were, and which pages of the
        portal its menus lead to (enough of them counted). A dated page's is."""
        if page.published:
            return True
        if verdict.undated and not self.patterns.decided(portal, url):
            return False
        return verdict.kind is not PageKind.ARTICLE or self.links.counted(portal)


def _links_by_headline(links: list, title: str | None) -> bool:
    """Whether the page holds a link whose words are its own headline (a
    headline of five words or more: "» Mùa hạt dẻ trên vùng cao Bảo Lạc",
    with the list's marks or date around it). A list of latest news on every
    page lists an article so; a menu names its section in a word or two
    ("Giới thiệu" for "Giới thiệu huyện Quan Sơn")."""
    wanted = " ".join(nfc(title or "").split()).casefold()
    if len(wanted.split()) < HEADLINE_WORDS:
        return False
    return any(wanted in " ".join(nfc(link.text_content()).split()).casefold() for link in links)


def _links_to_itself(links: list, url: str) -> bool:
    """Whether one of the page's links leads to its own URL (not to a part of it)."""
    own = urldefrag(url)[0]
    hrefs = (link.get("href") for link in links)
    targets = (absolute_url(href, url) for href in hrefs if href and href.strip() and not href.startswith("#"))
    return any(target is not None and urldefrag(target)[0] == own for target in targets)


def page_processor(crawler) -> PageProcessor:
    """The crawl's one PageProcessor, shared by the spider (URL patterns, for
    ordering requests and skipping known listings) and the text pipeline."""
    processor = getattr(crawler, "page_processor", None)
    if processor is None:
        settings = crawler.settings
        processor = PageProcessor(min_text_chars=settings.getint("ARTICLE_MIN_TEXT_CHARS"),
                                  max_link_density=settings.getfloat("ARTICLE_MAX_LINK_DENSITY"))
        crawler.page_processor = processor
    return processor


def wants_page(processor: PageProcessor, portal: str, url: str, kind: UrlKind, shapes: UrlShapes) -> bool:
    """Whether the spider hands a fetched page to the pipelines: every page
    that may be an article, a listing-shaped one included (SharePoint serves
    articles from one page with the item's id in the query), except the next
    pages of a listing and pages of a pattern known to hold listings only."""
    if kind is UrlKind.SKIP:
        return False
    if kind is UrlKind.LISTING:
        return not shapes.is_pagination(url) and not processor.patterns.known_listing(portal, url)
    return True
