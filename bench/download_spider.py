"""The I/O ceiling: a Scrapy crawl that only downloads and follows links.

    .venv/bin/python bench/download_spider.py --portals REGISTRY [--urls-out FILE] [--set NAME=VALUE ...]

It is the crawler's own spider with its own settings (User-Agent, robots.txt,
download slots, retries), following exactly the same links found by the same
code (crawler/links.py, URL cleaning, skip rules, hosts, depth and page
limits: a faster link discovery lifts this ceiling as much as our crawl, so
the comparison stays fair), but its parse() only counts the page and
schedules the links: no decoding, no text extraction, no metrics, no
output. What it measures is what Scrapy itself
costs on this machine against the same server. Prints one line of JSON:
{"pages": …, "seconds": …} (pages = responses received, robots.txt excluded);
--urls-out writes the URLs of the HTML pages it fetched, one a line, in
the order they arrived.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402
from scrapy.settings import Settings  # noqa: E402

from spiders.portal import PortalSpider  # noqa: E402


class DownloadOnlySpider(PortalSpider):
    name = "download_only"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.html_urls: list[str] = []

    def parse(self, response):
        portal = self.portals_by_id[response.meta["portal"]]
        self.crawler.stats.inc_value("pages/fetched")
        if not isinstance(response, HtmlResponse):  # the crawler follows no links from files either
            return
        self.html_urls.append(response.url)
        depth = response.meta.get("portal_depth", 0)
        if depth >= portal.max_depth:
            return
        for url in self.links.links_of(response):
            request = self._request(portal, url, depth=depth + 1)
            if request is not None:
                yield request


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--portals", type=Path, required=True)
    parser.add_argument("--urls-out", type=Path, help="write the fetched HTML pages' URLs here")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("STATE_DIR", None, priority="cmdline")
    settings.set("PROGRESS_DISPLAY", False, priority="cmdline")
    settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
    for item in args.set:
        name, _, value = item.partition("=")
        settings.set(name.strip(), value, priority="cmdline")

    started = time.monotonic()
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(DownloadOnlySpider)
    process.crawl(crawler, portals=str(args.portals))
    process.start()
    stats = crawler.stats.get_stats()
    if args.urls_out:
        args.urls_out.write_text("".join(url + "\n" for url in crawler.spider.html_urls), encoding="utf-8")
    print(json.dumps({"pages": stats.get("pages/fetched", 0), "seconds": time.monotonic() - started,
                      "finish_reason": stats.get("finish_reason")}))
    return 0 if stats.get("finish_reason") == "finished" else 1


if __name__ == "__main__":
    sys.exit(main())
