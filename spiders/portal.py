"""The one spider: crawls any portal of the registry from its table alone."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from urllib.parse import urldefrag

import scrapy
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

from crawler.items import FetchedPage
from crawler.records import utc_now
from crawler.registry import Portal, load_registry
from crawler.urls import UrlKind, load_shapes


class PortalSpider(scrapy.Spider):
    """Follows listing pages and their pagination on each portal's hosts and
    hands every page that may be an article to the pipelines.

    Arguments (``-a``): ``portal`` — comma-separated ids (default: all);
    ``portals`` — the registry file (default: the PORTALS_FILE setting).
    """

    name = "portal"

    def __init__(self, portal: str | None = None, portals: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.portal_ids = [p.strip() for p in portal.split(",") if p.strip()] if portal else []
        self.registry_path = portals
        self.portals: list[Portal] = []
        self.portals_by_id: dict[str, Portal] = {}
        self.shapes = load_shapes()
        self.links = LinkExtractor(tags=("a", "area"), attrs=("href",), deny_extensions=[],
                                   canonicalize=False, unique=True)
        self.requested: Counter[str] = Counter()  # new URLs scheduled per portal
        self.seen_urls: set[str] = set()
        self.run_id = dt.datetime.now(dt.timezone.utc).strftime("run-%Y%m%dT%H%M%SZ")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.registry_path or crawler.settings.get("PORTALS_FILE")
        registry = load_registry(path)  # raises RegistryError before any request
        for warning in registry.warnings:
            spider.logger.warning(warning)
        spider.portals = registry.select(spider.portal_ids)
        spider.portals_by_id = {p.id: p for p in spider.portals}
        spider.run_id = crawler.settings.get("RUN_ID") or spider.run_id
        # One download slot per portal, with the portal's own delay if it sets one.
        slots = dict(crawler.settings.getdict("DOWNLOAD_SLOTS"))
        for p in spider.portals:
            if p.crawl_delay is not None:
                slots.setdefault(p.id, {})["delay"] = p.crawl_delay
        crawler.settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        return spider

    async def start(self):
        for portal in self.portals:
            for url in portal.start_urls:
                request = self._request(portal, url, depth=0)
                if request is not None:
                    yield request

    def parse(self, response):
        portal = self.portals_by_id[response.meta["portal"]]
        self.crawler.stats.inc_value(f"pages/fetched/{portal.id}")
        if not isinstance(response, HtmlResponse):
            self.crawler.stats.inc_value("pages/skipped/not_html")
            self.logger.info("skipped, not HTML (%s): %s",
                             response.headers.get("Content-Type", b"?").decode("latin-1"), response.url)
            return
        kind = self.shapes.classify(response.url, portal)
        if kind in (UrlKind.ARTICLE, UrlKind.OTHER):
            yield FetchedPage(
                url=response.url, portal=portal.id, district=portal.district,
                province=portal.province, html=response.text, url_kind=kind.value,
                fetched_at=utc_now(), content_selector=portal.content_selector,
            )
        depth = response.meta.get("portal_depth", 0)
        if depth >= portal.max_depth:
            return
        for link in self.links.extract_links(response):
            request = self._request(portal, link.url, depth=depth + 1)
            if request is not None:
                yield request

    def _request(self, portal: Portal, url: str, depth: int) -> scrapy.Request | None:
        url = urldefrag(url)[0]
        stats = self.crawler.stats
        if url in self.seen_urls:
            return None
        if not portal.allows(url):
            stats.inc_value("links/offsite")
            return None
        # A start URL is the operator's choice; only discovered links are judged.
        if depth > 0 and self.shapes.classify(url, portal) is UrlKind.SKIP:
            stats.inc_value("links/skipped")
            return None
        if self.requested[portal.id] >= portal.max_pages:
            stats.inc_value(f"links/over_page_limit/{portal.id}")
            return None
        self.seen_urls.add(url)
        self.requested[portal.id] += 1
        return scrapy.Request(url, callback=self.parse, meta={
            "portal": portal.id, "portal_depth": depth, "download_slot": portal.id,
        })
