"""Stage 2: one record per article within a run."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler import stats as keys
from crawler.items import ArticleRecord


class Duplicate(DropItem):
    """`record` repeats one already passed on in this run (`original_url`).
    (Scrapy's item_dropped signal carries the spider's item, not the record,
    so the exception carries it.)"""

    def __init__(self, message: str, record: ArticleRecord, original_url: str):
        super().__init__(message, log_level="DEBUG")
        self.record = record
        self.original_url = original_url


class DeduplicatePipeline:
    """Drops a record whose URL, or whose text (content_hash), was already
    seen in this run: portals publish one article under several URLs
    (category paths, tracking parameters, print views)."""

    def __init__(self, stats, by_content: bool):
        self.stats = stats
        self.by_content = by_content
        self.urls: set[str] = set()
        self.hashes: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler.settings.getbool("DEDUPLICATE_BY_CONTENT"))

    def process_item(self, item):
        if not isinstance(item, ArticleRecord):
            return item
        if item.url in self.urls:
            keys.count(self.stats, keys.DUPLICATES, item.portal, "url")
            raise Duplicate(f"duplicate URL: {item.url}", item, original_url=item.url)
        if self.by_content and item.content_hash in self.hashes:
            keys.count(self.stats, keys.DUPLICATES, item.portal, "content")
            original = self.hashes[item.content_hash]
            raise Duplicate(f"same text as {original}: {item.url}", item, original_url=original)
        self.urls.add(item.url)
        self.hashes[item.content_hash] = item.url
        return item
