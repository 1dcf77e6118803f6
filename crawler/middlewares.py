"""Downloader middlewares."""

from __future__ import annotations

import ipaddress
import logging
import socket

from scrapy import Request, signals
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater
from twisted.internet.threads import deferToThread

from crawler import stats as keys
from crawler.redis_guard import RedisUnavailable
from crawler.registry import refused_address
from crawler.shared_crawl import DistributedError, HostPace, keys_from_settings
from crawler.worker_redis import worker_client

logger = logging.getLogger(__name__)


class AddressGuardMiddleware:
    """Refuses every request whose host is, or resolves to, an address a portal
    never has: private, loopback, link-local (169.254.169.254, the cloud
    metadata service), reserved — unless ALLOW_PRIVATE_ADDRESSES (the sample
    portals and the tests, on loopback). The registry refuses literal
    addresses when it is loaded; this catches the rest: host names that
    resolve there, redirects, and registries that come from Redis, which
    whoever can write to Redis could point anywhere.

    Names are resolved once per host and run; a host that changes its answer
    between this check and the connection (DNS rebinding) is not caught."""

    def __init__(self, crawler, allow_private: bool):
        self.stats = crawler.stats
        self.allow_private = allow_private
        self.verdicts: dict[str, str | None] = {}  # host -> why it is refused, or None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getbool("ALLOW_PRIVATE_ADDRESSES"))

    async def process_request(self, request: Request, spider=None):
        if self.allow_private:
            return None
        host = urlparse_cached(request).hostname or ""
        if host not in self.verdicts:
            self.verdicts[host] = await self._verdict(host)
            if self.verdicts[host]:
                logger.warning("refused host %s: %s", host, self.verdicts[host])
        reason = self.verdicts[host]
        if reason is None:
            return None
        portal = request.meta.get("portal", "?")
        self.stats.inc_value(keys.ADDRESSES_REFUSED)
        keys.count(self.stats, keys.ERRORS, portal, "private_address")
        raise IgnoreRequest(f"refused, {reason}: {request.url}")

    async def _verdict(self, host: str) -> str | None:
        reason = refused_address(host)
        if reason or _is_ip(host):
            return reason
        try:
            infos = await maybe_deferred_to_future(deferToThread(socket.getaddrinfo, host, None))
        except OSError:
            return None  # the download fails on its own, with the usual DNS error
        for info in infos:
            reason = refused_address(info[4][0])
            if reason:
                return f"{host} resolves to {reason}"
        return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


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
        if request.meta.get("allow_offsite"):
            return None
        if portal_id is None:
            # robots.txt (and where it redirects to) stays on the hosts of some portal
            if any(p.allows(request.url) for p in getattr(self.crawler.spider, "portals", ())):
                return None
            self.stats.inc_value(keys.OFFSITE_FILTERED)
            logger.debug("Filtered a request off every portal's hosts: %s", request.url)
            raise IgnoreRequest(f"off the hosts of every portal: {request.url}")
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
    And a robots.txt that cannot be fetched (the portal is down) is one
    warning line, its traceback only at DEBUG.
    """

    async def robot_parser(self, request: Request):
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            await self._fetch(request, netloc)
        pending = self._parsers.get(netloc)
        if not isinstance(pending, Deferred):
            return pending
        waiter: Deferred = Deferred()

        def pass_on(parser):
            waiter.callback(parser)
            return parser  # for the next waiter

        pending.addCallback(pass_on)
        return await maybe_deferred_to_future(waiter)

    async def _fetch(self, request: Request, netloc: str) -> None:
        """Scrapy's fetch of a host's robots.txt, but a failure is one line
        (a portal that is down logged some 70 lines of traceback per host,
        under the URL of the page that asked, not of robots.txt)."""
        self._parsers[netloc] = Deferred()
        url = urlparse_cached(request)
        robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                         meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
        try:
            response = await self.crawler.engine.download_async(robots)
            await self._parse_robots(response, netloc, request)
        except Exception as exc:
            if not isinstance(exc, IgnoreRequest):
                logger.warning("robots.txt %s could not be fetched (%s: %s); the host is crawled as if it "
                               "had none", robots.url, type(exc).__name__, exc)
                logger.debug("robots.txt %s could not be fetched", robots.url, exc_info=True)
            self._robots_error(exc, netloc)
        self._stats.inc_value("robotstxt/request_count")


class CrawlDelayMiddleware:
    """Keeps at least the delay a host asks for between requests to it: the
    robots.txt `Crawl-delay` for our user agent (capped by
    ROBOTSTXT_CRAWL_DELAY_MAX, with a warning when capped) and the portal's
    own `crawl_delay` from the registry, whichever is longer.

    Scrapy reads neither on its own terms: it ignores Crawl-delay, and
    AutoThrottle lowers a slot's delay down to DOWNLOAD_DELAY after each
    response, a portal's configured delay included. So the floor is put back
    on the request's download slot every time a request to that host passes,
    and AutoThrottle is told to keep off those requests.

    A worker of a shared crawl (REDIS_URL) cannot keep it alone: N workers
    each keeping the delay send N requests per delay. There each request
    reserves the host's next send time in Redis (crawler/shared_crawl.py:
    HostPace) and waits for it here, and the slot's own delay is set to 0:
    on top, it would push a request past its reserved time, towards the
    next one's, which another worker may send on time."""

    def __init__(self, crawler, cap: float, user_agent: str, shared: bool = False):
        self.crawler = crawler
        self.stats = crawler.stats
        self.cap = cap
        self.user_agent = user_agent
        self.shared = shared
        self.robots_delays: dict[str, float] = {}  # netloc -> seconds (after the cap)
        self._pace: HostPace | None = None  # made at the first delayed request of a shared crawl

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT") or "*"
        shared = bool(settings.get("REDIS_URL") and settings.get("CRAWL_ID"))
        middleware = cls(crawler, settings.getfloat("ROBOTSTXT_CRAWL_DELAY_MAX"), user_agent, shared)
        crawler.signals.connect(middleware.robots_parsed, signal=signals.robots_parsed)
        return middleware

    def robots_parsed(self, robotparser, request):
        try:
            asked = robotparser.crawl_delay(self.user_agent)
        except (AttributeError, NotImplementedError, ValueError, TypeError):
            return  # a parser without Crawl-delay support
        if asked is None or not asked > 0:
            return
        netloc = urlparse_cached(request).netloc
        delay = min(float(asked), self.cap)
        if asked > self.cap:
            self.stats.inc_value(keys.CRAWL_DELAY_CAPPED)
            logger.warning("robots.txt of %s asks for a Crawl-delay of %gs; using %gs "
                           "(ROBOTSTXT_CRAWL_DELAY_MAX)", netloc, asked, delay)
        else:
            logger.info("robots.txt of %s asks for a Crawl-delay of %gs", netloc, asked)
        self.robots_delays[netloc] = delay

    async def process_request(self, request: Request, spider=None):
        netloc = urlparse_cached(request).netloc
        floor = self._floor(request, netloc)
        if floor <= 0:
            return None
        request.meta["autothrottle_dont_adjust_delay"] = True
        slot = self._slot_of(request)
        # RANDOMIZE_DOWNLOAD_DELAY's jitter would take the delay below the floor half
        # the time: a host that states its delay gets exactly that, or more.
        slot.jitter = 0.0
        if not self.shared:
            slot.delay = max(slot.delay, floor)
            return None
        slot.delay = 0.0
        await self._wait_turn(netloc, floor)
        return None

    def _floor(self, request: Request, netloc: str) -> float:
        floor = self.robots_delays.get(netloc, 0.0)
        portal = getattr(self.crawler.spider, "portals_by_id", {}).get(request.meta.get("portal"))
        if portal is not None and portal.crawl_delay:
            floor = max(floor, portal.crawl_delay)
        return floor

    def _slot_of(self, request: Request):
        # The slot is made when the request is queued, after the middlewares; make it
        # now (with its configured settings) so that the first requests wait too.
        _, slot = self.crawler.engine.downloader._get_slot(request)
        return slot

    async def _wait_turn(self, netloc: str, delay: float) -> None:
        """Waits for this request's turn at `netloc` among all the workers."""
        try:
            if self._pace is None:
                settings = self.crawler.settings
                self._pace = HostPace(worker_client(self.crawler), keys_from_settings(settings),
                                      settings.get("CRAWL_ID"))
            wait = self._pace.reserve(netloc, delay)
        except (RedisUnavailable, DistributedError) as exc:
            # Redis was given up (RedisGuard; connect() words it as a DistributedError):
            # the worker is stopping as redis_unavailable, and nothing more goes out.
            raise IgnoreRequest(f"no turn at {netloc}: {exc}") from None
        if wait > 0:
            from twisted.internet import reactor  # the one Scrapy installed

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))

class LenientMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, for pages whose <base href> or refresh
    target is no URL ("http://[::1/"): Scrapy raises there and the page is
    lost; a browser ignores such a tag, and so does this."""

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except ValueError as error:
            logger.info("meta refresh or <base href> that is no URL ignored (%s): %s", error, response.url)
            return response
