"""What Scrapy logs about items and spider errors: the URL and the error, never the page.

Scrapy's own formatter writes the whole item into the log line, and an item
of the first pipeline stage holds the page's HTML: one failing page filled
the cron log with a page of markup and a traceback. Here a failing page is
one ERROR line (its URL and the error), counted per portal; the traceback is
kept for LOG_LEVEL=DEBUG, where someone is looking for the bug.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.logformatter import LogFormatter

from crawler import stats as keys

PIPELINE_ERROR = "pipeline error, not written: %(url)s: %(error)s"
SPIDER_ERROR = "crawler error, page not processed: %(url)s: %(error)s"
SCRAPER_LOGGER = "scrapy.core.scraper"


def item_url(item: object) -> str:
    return str(getattr(item, "url", None) or "(an item without a URL)")


def describe(exception: BaseException) -> str:
    return f"{type(exception).__name__}: {exception}"


class PortalLogFormatter(LogFormatter):
    """Scrapy's messages about items, with the item's URL in place of the item."""

    def item_error(self, item, exception, response, spider):
        return {"level": logging.ERROR, "msg": PIPELINE_ERROR,
                "args": {"url": item_url(item), "error": describe(exception)}}

    def spider_error(self, failure, request, response, spider):
        return {"level": logging.ERROR, "msg": SPIDER_ERROR,
                "args": {"url": request.url, "error": describe(failure.value)}}

    def dropped(self, item, exception, response, spider):
        result = super().dropped(item, exception, response, spider)
        return {**result, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}

    def scraped(self, item, response, spider):
        return {"level": logging.DEBUG, "msg": "Scraped %(url)s", "args": {"url": item_url(item)}}


class _NoTraceback(logging.Filter):
    """Scrapy logs an item error with exc_info=True whatever the formatter says."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg in (PIPELINE_ERROR, SPIDER_ERROR):
            record.exc_info = record.exc_text = None
        return True


class PageErrors:
    """Counts pages our own code failed on: in a pipeline (`errors/pipeline_error`
    per portal, `pipeline/errors`) or in the spider (`errors/crawler_error`,
    `crawler/errors`; the spider counts those raised under its errback). Their
    articles are not written, so the run must not look complete (the crawl
    command exits 1), and the run report names them."""

    def __init__(self, stats, tracebacks: bool = False):
        self.stats = stats
        self.filter = None if tracebacks else _NoTraceback()

    @classmethod
    def from_crawler(cls, crawler):
        level = crawler.settings.get("LOG_LEVEL")
        extension = cls(crawler.stats, tracebacks=str(level).upper() in ("DEBUG", "10"))
        crawler.signals.connect(extension.item_error, signal=signals.item_error)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        if self.filter is not None:
            logging.getLogger(SCRAPER_LOGGER).addFilter(self.filter)

    def spider_closed(self, spider):
        if self.filter is not None:
            logging.getLogger(SCRAPER_LOGGER).removeFilter(self.filter)

    def item_error(self, item, response, spider, failure):
        portal = getattr(item, "portal", None) or "?"
        self.stats.inc_value(keys.PIPELINE_ERRORS)
        keys.count(self.stats, keys.ERRORS, portal, "pipeline_error")

    def spider_error(self, failure, response, spider):
        request = getattr(response, "request", None)
        portal = (request.meta.get("portal") if request is not None else None) or "?"
        self.stats.inc_value(keys.CRAWLER_ERRORS)
        keys.count(self.stats, keys.ERRORS, portal, "crawler_error")
