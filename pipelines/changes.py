"""Stage 4: against earlier runs, is this record new, updated or unchanged?"""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.items import ArticleRecord
from crawler import stats as keys
from crawler.state import Change
from crawler.store import store_of


class Unchanged(DropItem):
    """An earlier run already wrote `record`'s text, under `original_url`."""

    def __init__(self, message: str, record: ArticleRecord, original_url: str):
        super().__init__(message, log_level="DEBUG")
        self.record = record
        self.original_url = original_url


class ClaimedElsewhere(DropItem):
    """Another worker of a distributed crawl is writing `record`. Not
    remembered as written (RememberPipeline ignores it): should that worker
    die before writing, the next crawl fetches the article again."""

    def __init__(self, message: str, record: ArticleRecord):
        super().__init__(message, log_level="DEBUG")
        self.record = record


class ChangeDetectionPipeline:
    """Marks a record "new" or "updated" from the state store, and drops it
    when an earlier run already wrote the same text under the same URL."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        self.store = store_of(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if not isinstance(item, ArticleRecord):
            return item
        if self.store is None:  # a stateless run: everything it writes is new to it
            keys.count(self.stats, keys.ARTICLES, item.portal, Change.NEW.value)
            return item
        change, written_as = self.store.change_of(item.portal, item.url, item.content_hash)
        keys.count(self.stats, keys.ARTICLES, item.portal, change.value)
        if change is Change.CLAIMED:
            raise ClaimedElsewhere(f"being written by another worker: {item.url}", item)
        if change is Change.UNCHANGED:
            raise Unchanged(f"unchanged since an earlier run: {item.url}", item, written_as)
        item.change = change.value
        return item
