"""Downloader middlewares."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

from crawler import stats as keys

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
        keys.count(self.stats, keys.OFFSITE_FILTERED, portal_id)
        logger.debug("Filtered request off portal %s's hosts: %s", portal_id, request.url)
        raise IgnoreRequest(f"off the hosts of portal {portal_id!r}: {request.url}")


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but each one waits RETRY_BACKOFF_BASE * 2**n seconds
    (capped by RETRY_BACKOFF_MAX) first: a district portal that answers 503
    is usually overloaded, and an immediate retry only adds to it. Only this
    request waits; the rest of the crawl goes on."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)

    async def process_response(self, request, response, spider=None):
        result = super().process_response(request, response)
        if result is not response:
            await self._wait(request)
        return result

    async def process_exception(self, request, exception, spider=None):
        result = super().process_exception(request, exception)
        if result is not None:
            await self._wait(request)
        return result

    async def _wait(self, request) -> None:
        attempt = request.meta.get("retry_times", 0)
        delay = min(self.backoff_max, self.backoff_base * 2 ** attempt)
        if delay > 0:
            from twisted.internet import reactor  # the one Scrapy installed

            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every request that waits for a
    host's robots.txt checked against it.

    Scrapy 2.19 makes the requests that arrive while a host's robots.txt is
    being fetched wait on one Deferred through ``maybe_deferred_to_future``;
    under the asyncio reactor that hands the parser to the first waiter and
    None (= allowed) to the others, so they are fetched unchecked
    (tests/test_faults.py shows it). Each waiter gets its own Deferred here.
    """

    async def robot_parser(self, request: Request):
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        waiter: Deferred = Deferred()

        def pass_on(parser):
            waiter.callback(parser)
            return parser  # for the next waiter

        pending.addCallback(pass_on)
        return await maybe_deferred_to_future(waiter)
