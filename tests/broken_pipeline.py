"""A pipeline with a bug, for tests only: it fails on the one page whose URL
holds FAIL_ON_URL_PART (a setting), as any pipeline might on a page nobody
foresaw. Added to a real crawl with --set ITEM_PIPELINES={...}, so what is
tested is the crawl's own handling of a pipeline error."""

from __future__ import annotations

from itemadapter import ItemAdapter


class FailOnOnePage:
    def __init__(self, url_part: str):
        self.url_part = url_part

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("FAIL_ON_URL_PART", ""))

    def process_item(self, item):
        url = ItemAdapter(item).get("url") or ""
        if self.url_part and self.url_part in url:
            raise KeyError("a bug that only this page reaches")
        return item
