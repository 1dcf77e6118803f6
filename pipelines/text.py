"""Stage 1: turn a fetched page into an article record, or drop it."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy.exceptions import DropItem

from crawler import stats as keys
from crawler.extraction import NotHtmlError, PageExtractor, PageText
from crawler.items import FetchedPage
from crawler.records import build_record
from crawler.urls import UrlKind, load_shapes

logger = logging.getLogger(__name__)


class NotAnArticle(DropItem):
    """A fetched page that is not an article; `reason` says why."""

    def __init__(self, message: str, reason: str, log_level: str):
        super().__init__(message, log_level=log_level)
        self.reason = reason

# A page of unknown URL shape whose main region links to this many articles
# is a category or home page, however much teaser text it has.
LISTING_MIN_ARTICLE_LINKS = 3


def record_url(fetched_url: str, canonical_url: str | None) -> str:
    """The page's canonical URL when it declares one on its own host: one
    article reached through tracking parameters, Liferay's ?redirect= or a
    second category path is then one record under one URL."""
    if canonical_url and urlsplit(canonical_url)[:2] == urlsplit(fetched_url)[:2]:
        return canonical_url
    return fetched_url


class ExtractTextPipeline:
    """Extracts title, date, author and counter-free main text, and decides
    from the page itself whether it is an article at all."""

    def __init__(self, stats, min_text_chars: int, max_link_density: float):
        self.stats = stats
        self.min_text_chars = min_text_chars
        self.max_link_density = max_link_density
        self.extractor = PageExtractor()
        self.shapes = load_shapes()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(crawler.stats,
                   min_text_chars=settings.getint("ARTICLE_MIN_TEXT_CHARS"),
                   max_link_density=settings.getfloat("ARTICLE_MAX_LINK_DENSITY"))

    def process_item(self, item):
        if not isinstance(item, FetchedPage):
            return item
        try:
            page = self.extractor.extract(item.html, url=item.url,
                                          content_selector=item.content_selector)
        except NotHtmlError as exc:
            self._drop(item, "not_html", str(exc))
        reason = self.not_article_reason(page, UrlKind(item.url_kind))
        if reason:
            self._drop(item, reason)
        keys.count(self.stats, keys.EXTRACTED, item.portal)
        return build_record(url=record_url(item.url, page.canonical_url), portal=item.portal,
                            district=item.district, province=item.province, page=page,
                            fetched_at=item.fetched_at, fetched_url=item.url)

    def not_article_reason(self, page: PageText, kind: UrlKind) -> str | None:
        """Why a page is not an article, or None when it is one.

        A URL of a known article shape needs a headline and enough text; a
        page of unknown shape must also state a publication date or carry
        article markup, which is what tells a news item from an "about us"
        page, and must not be a list of links to articles (a category or
        home page)."""
        if not page.title:
            return "no_title"
        if len(page.text) < self.min_text_chars:
            return "too_little_text"
        if page.link_density > self.max_link_density:
            return "link_list"
        if kind is UrlKind.ARTICLE:
            return None
        if not page.published and not page.article_markup:
            return "no_date"
        article_links = {u for u in page.region_links
                         if self.shapes.classify(u) is UrlKind.ARTICLE and u != page.canonical_url}
        if len(article_links) >= LISTING_MIN_ARTICLE_LINKS or page.teaser_titles \
                or page.headline_link:
            return "listing"
        return None

    def _drop(self, item: FetchedPage, reason: str, detail: str = "") -> None:
        keys.count(self.stats, keys.NOT_ARTICLE, item.portal, reason)
        message = f"not an article ({reason}{': ' + detail if detail else ''}): {item.url}"
        raise NotAnArticle(message, reason,
                           log_level="DEBUG" if item.url_kind != UrlKind.ARTICLE else "INFO")
