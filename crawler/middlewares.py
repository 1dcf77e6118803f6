"""Downloader middlewares."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)


class PortalHostsMiddleware:
    """Keeps every request on its portal's hosts (host *and* port), including
    requests made by redirects. Scrapy's OffsiteMiddleware works on host
    names for the whole spider; one crawl here spans many portals, each with
    its own hosts, and sample portals differ only by port."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request):
        portal_id = request.meta.get("portal")
        if portal_id is None or request.meta.get("allow_offsite"):
            return None  # robots.txt and other framework requests
        portal = self.crawler.spider.portals_by_id.get(portal_id)
        if portal is not None and portal.allows(request.url):
            return None
        self.stats.inc_value("offsite/filtered")
        self.stats.inc_value(f"offsite/filtered/{portal_id}")
        logger.debug("Filtered request off portal %s's hosts: %s", portal_id, request.url)
        raise IgnoreRequest(f"off the hosts of portal {portal_id!r}: {request.url}")
