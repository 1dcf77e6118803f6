"""Stage 1: turn a fetched page into an article record, or drop it
(crawler/pages.py, the path `extract` takes too)."""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import DropItem

from crawler.extraction import NotHtmlError
from crawler.items import FetchedPage
from crawler.page_kind import PageKind
from crawler.pages import page_processor, record_url  # noqa: F401  (record_url: the pipeline's rule, re-exported)

logger = logging.getLogger(__name__)


class NotAnArticle(DropItem):
    """A fetched page that is not an article; `reason` says why."""

    def __init__(self, message: str, reason: str, log_level: str):
        super().__init__(message, log_level=log_level)
        self.reason = reason


class ExtractTextPipeline:
    """Extracts title, date, author and counter-free main text, and decides
    from the page itself whether it is an article at all. Learns each
    portal's template from its pages as they arrive."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.processor = page_processor(crawler)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        # The state store keeps each portal's template between runs, when it
        # can (load_template / save_template); without one, templates live
        # for the run only.
        store = getattr(spider or self.crawler.spider, "store", None)
        if store is not None and hasattr(store, "load_template"):
            self.processor.templates.store = store

    def process_item(self, item):
        if not isinstance(item, FetchedPage):
            return item
        try:
            outcome = self.processor.process(
                item.html, item.url, portal=item.portal, district=item.district, province=item.province,
                url_kind=item.url_kind, content_selector=item.content_selector, fetched_at=item.fetched_at)
        except NotHtmlError as exc:
            self._drop(item, "not_html", str(exc))
        if not outcome.page.has_region:
            self.stats.inc_value(f"pages/no_article_region/{item.portal}")
        if outcome.record is None:
            self._drop(item, outcome.verdict.reason or outcome.verdict.kind.value,
                       listing=outcome.verdict.kind is PageKind.LISTING)
        self.stats.inc_value("articles/extracted")
        return outcome.record

    def spider_closed(self, spider, reason):
        templates = self.processor.templates
        for portal in templates.changed_portals():
            self.stats.set_value(f"templates/changed/{portal}", 1)
            logger.warning("the template of portal %s changed since the last run", portal)
        templates.save()

    def _drop(self, item: FetchedPage, reason: str, detail: str = "", listing: bool = False) -> None:
        self.stats.inc_value(f"pages/not_article/{reason}")
        self.stats.inc_value(f"pages/not_article/{reason}/{item.portal}")
        message = f"not an article ({reason}{': ' + detail if detail else ''}): {item.url}"
        raise NotAnArticle(message, reason,
                           log_level="DEBUG" if item.url_kind != "article" or listing else "INFO")
