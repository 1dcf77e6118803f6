"""Last stage: remember in the state store what was written and what was not."""

from __future__ import annotations

from scrapy import signals

from crawler.items import ArticleRecord, FetchedPage
from crawler.records import utc_now
from pipelines.changes import Unchanged
from pipelines.dedupe import Duplicate
from pipelines.text import NotAnArticle


class RememberPipeline:
    """Records every written article (after the writer, so that a crash in
    between is repaired from the output file by the next run) and every page
    that turned out not to be an article, so incremental runs skip them."""

    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self):
        return getattr(self.crawler.spider, "store", None)

    def process_item(self, item):
        if isinstance(item, ArticleRecord) and self.store is not None:
            self.store.remember_record(fetched_url=item.fetched_url or item.url, record_url=item.url,
                                       portal=item.portal, content_hash=item.content_hash,
                                       when=item.fetched_at)
        return item

    def item_dropped(self, item, response, exception, spider):
        """`item` is what the spider yielded (a FetchedPage), whatever stage dropped it."""
        if self.store is None:
            return
        if isinstance(item, FetchedPage) and isinstance(exception, NotAnArticle):
            self.store.remember_not_article(url=item.url, portal=item.portal,
                                            reason=exception.reason, when=utc_now())
        elif isinstance(exception, (Duplicate, Unchanged)):
            # Its URLs are aliases of a record written in this run or an earlier one.
            record = exception.record
            written_as = exception.original_url
            for url in dict.fromkeys(filter(None, (record.fetched_url, record.url))):
                self.store.remember_record(fetched_url=url, record_url=written_as, portal=record.portal,
                                           content_hash=record.content_hash, when=record.fetched_at)
