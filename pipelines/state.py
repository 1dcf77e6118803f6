"""Last stage: remember in the state store what was written and what was not."""

from __future__ import annotations

from scrapy import signals

from crawler.items import ArticleRecord, FetchedPage
from crawler.clock import utc_now
from crawler.store import store_of
from pipelines.changes import ClaimedElsewhere, Unchanged
from pipelines.dedupe import Duplicate
from pipelines.text import NotAnArticle


class RememberPipeline:
    """Records every written article (after the writer, so that a crash in
    between is repaired from the output file by the next run) and every page
    that turned out not to be an article, so incremental runs skip them.

    An alias (a duplicate in this run, or a text an earlier run wrote) is
    remembered only once the record it points to is written: items pass the
    pipelines interleaved, so a duplicate can be dropped while its original
    has not reached the writer yet, and a run killed in between must not
    leave the article known but never written. Likewise a record another
    worker claimed (distributed mode) is not proof of a write."""

    def __init__(self, crawler):
        self.store = store_of(crawler)
        # Record URLs of this run, and the URL each is written under.
        self.written_as: dict[str, str] = {}
        # Duplicates whose original has not been written yet, by original URL.
        self.waiting: dict[str, list[ArticleRecord]] = {}
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if isinstance(item, ArticleRecord) and self.store is not None:
            self.store.remember_record(fetched_url=item.fetched_url or item.url, record_url=item.url,
                                       portal=item.portal, content_hash=item.content_hash,
                                       when=item.fetched_at)
            self._resolved(item.url, item.url)
        return item

    def item_dropped(self, item, response, exception, spider):
        """`item` is what the spider yielded (a FetchedPage), whatever stage dropped it."""
        if self.store is None:
            return
        if isinstance(item, FetchedPage) and isinstance(exception, NotAnArticle):
            self.store.remember_not_article(url=item.url, portal=item.portal,
                                            reason=exception.reason, when=utc_now())
        elif isinstance(exception, Unchanged):  # an earlier run wrote it
            self._remember_alias(exception.record, exception.original_url)
            self._resolved(exception.record.url, exception.original_url)
        elif isinstance(exception, Duplicate):
            written_as = self.written_as.get(exception.original_url)
            if written_as is None:
                self.waiting.setdefault(exception.original_url, []).append(exception.record)
            else:
                self._remember_alias(exception.record, written_as)
        elif isinstance(exception, ClaimedElsewhere):
            self.waiting.pop(exception.record.url, None)  # nothing of it is known to be written

    def _resolved(self, record_url: str, written_as: str) -> None:
        self.written_as[record_url] = written_as
        for duplicate in self.waiting.pop(record_url, []):
            self._remember_alias(duplicate, written_as)

    def _remember_alias(self, record: ArticleRecord, written_as: str) -> None:
        for url in dict.fromkeys(filter(None, (record.fetched_url, record.url))):
            self.store.remember_record(fetched_url=url, record_url=written_as, portal=record.portal,
                                       content_hash=record.content_hash, when=record.fetched_at)
