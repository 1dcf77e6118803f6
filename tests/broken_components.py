"""Components with a bug, for tests only: each fails on the one page whose
URL holds FAIL_ON_URL_PART (a setting), as any component might on a page
nobody foresaw. Added to a real crawl with --set ITEM_PIPELINES={...} (or the
middleware settings), so what is tested is the crawl's own handling of an
error in its code: one line, the page counted, exit code 1."""

from __future__ import annotations

from itemadapter import ItemAdapter

BUG = "a bug that only this page reaches"


class _FailsOnOnePage:
    def __init__(self, url_part: str):
        self.url_part = url_part

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("FAIL_ON_URL_PART", ""))

    def check(self, url: str) -> None:
        if self.url_part and self.url_part in url:
            raise KeyError(BUG)


class FailingPipeline(_FailsOnOnePage):
    def process_item(self, item):
        self.check(ItemAdapter(item).get("url") or "")
        return item


class FailingDownloaderMiddleware(_FailsOnOnePage):
    def process_response(self, request, response, spider=None):
        self.check(response.url)
        return response


class FailingSpiderMiddleware(_FailsOnOnePage):
    def process_spider_output(self, response, result, spider=None):
        self.check(response.url)
        yield from result

    async def process_spider_output_async(self, response, result, spider=None):
        self.check(response.url)
        async for item in result:
            yield item
