"""Filters chosen for a run by the operator."""

from __future__ import annotations

import datetime as dt

from scrapy.exceptions import DropItem, NotConfigured

from crawler import stats as keys
from crawler.items import ArticleRecord


class PublishedSincePipeline:
    """With the SINCE setting (YYYY-MM-DD), keeps only articles published on
    or after that day. Articles that state no date are kept and counted:
    dropping them would hide whole portals that never print a date."""

    def __init__(self, stats, since: str):
        self.stats = stats
        self.since = dt.date.fromisoformat(since).isoformat()

    @classmethod
    def from_crawler(cls, crawler):
        since = crawler.settings.get("SINCE")
        if not since:
            raise NotConfigured
        return cls(crawler.stats, since)

    def process_item(self, item):
        if not isinstance(item, ArticleRecord):
            return item
        if item.published is None:
            keys.count(self.stats, keys.SINCE, item.portal, "undated_kept")
            return item
        if item.published < self.since:
            keys.count(self.stats, keys.SINCE, item.portal, "older")
            raise DropItem(f"published {item.published}, before {self.since}: {item.url}", log_level="DEBUG")
        return item
