"""The one spider: crawls any portal of the registry from its table alone."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from pathlib import Path

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

from crawler.decoding import Decoded, decode_body
from crawler.distributed import DistributedError, connect, keys_from_settings, load_crawl, worker_run_id
from crawler.items import FetchedPage
from crawler.links import LinkFinder
from crawler.pages import page_processor, wants_page
from crawler.records import utc_now
from crawler.redis_state import RedisStateStore
from crawler.registry import Portal, Registry, load_registry, parse_registry
from crawler.state import StateStore
from crawler.urls import UrlKind, load_shapes

# Requests revalidate what the HTTP cache holds (ETag / Last-Modified), so a
# listing page is always current and --refresh costs a 304 per known article.
REVALIDATE = {"Cache-Control": "max-age=0"}
# Above any article's priority (DEPTH_PRIORITY lowers it by 1 a level).
LISTING_PRIORITY = 100
# Why Scrapy ignored a request, from its message, as the report names it.
IGNORED_KINDS = (("DOWNLOAD_MAXSIZE", "too_large"), ("max redirections", "redirect_loop"),
                 ("off the hosts", "offsite"))


class PortalSpider(scrapy.Spider):
    """Follows listing pages and their pagination on each portal's hosts and
    hands every page that may be an article to the pipelines.

    Arguments (``-a``): ``portal`` — comma-separated ids (default: all);
    ``portals`` — the registry file (default: the PORTALS_FILE setting).
    With the STATE_DIR setting the crawl is incremental: known articles are
    not fetched again (unless REFRESH), and a listing page with no unseen
    article does not lead to its next pages.
    """

    name = "portal"

    def __init__(self, portal: str | None = None, portals: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.portal_ids = [p.strip() for p in portal.split(",") if p.strip()] if portal else []
        self.registry_path = portals
        self.portals: list[Portal] = []
        self.portals_by_id: dict[str, Portal] = {}
        self.shapes = load_shapes()
        # The links Scrapy's LinkExtractor would give, cleaned (crawler/links.py).
        self.links = LinkFinder(clean=self.shapes.clean)
        self.requested: Counter[str] = Counter()  # new URLs scheduled per portal
        self.seen_urls: set[str] = set()
        self.run_id = dt.datetime.now(dt.timezone.utc).strftime("run-%Y%m%dT%H%M%S%fZ")
        self.store: StateStore | RedisStateStore | None = None
        self.refresh = False
        self.incremental_portals: set[str] = set()  # portals whose last run completed
        self.distributed = False  # a worker of a crawl shared through Redis

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if settings.get("REDIS_URL"):
            registry = spider.join_shared_crawl(settings)
        else:
            registry = load_registry(spider.registry_path or settings.get("PORTALS_FILE"))
        for warning in registry.warnings:
            spider.logger.warning(warning)
        spider.portals = registry.select(spider.portal_ids)
        spider.portals_by_id = {p.id: p for p in spider.portals}
        spider.pages = page_processor(crawler)  # URL patterns the portal's pages taught
        spider.run_id = settings.get("RUN_ID") or spider.run_id
        spider.refresh = settings.getbool("REFRESH")
        # One download slot per portal, with the portal's own delay if it sets one.
        slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
        for p in spider.portals:
            if p.crawl_delay is not None:
                slots.setdefault(p.id, {})["delay"] = p.crawl_delay
        settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        if spider.distributed:
            # Workers on many machines share no disk: no HTTP cache.
            settings.set("HTTPCACHE_ENABLED", False, priority="spider")
            spider.open_state(spider.store)
        elif settings.get("STATE_DIR"):
            state_dir = Path(settings.get("STATE_DIR")).resolve()
            settings.set("HTTPCACHE_DIR", str(state_dir / "httpcache"), priority="spider")
            spider.open_state(StateStore(state_dir), recover=settings.getbool("STATE_RECOVER"))
        else:
            settings.set("HTTPCACHE_ENABLED", False, priority="spider")
        return spider

    def join_shared_crawl(self, settings) -> Registry:
        """Distributed mode: the crawl CRAWL_ID that `seed` defined in Redis
        gives the portals, --refresh and the incremental store."""
        keys = keys_from_settings(settings)
        client = connect(settings.get("REDIS_URL"))
        crawl = load_crawl(client, keys, settings.get("CRAWL_ID"))
        if crawl is None:
            raise DistributedError(f"no crawl {settings.get('CRAWL_ID')!r} in Redis; run `seed` first")
        self.distributed = True
        self.portal_ids = list(crawl.portal_ids)
        self.refresh = crawl.refresh
        self.run_id = settings.get("RUN_ID") or worker_run_id()
        self.store = RedisStateStore(client, keys, crawl)
        return parse_registry(tomllib.loads(crawl.registry_toml), source=f"crawl {crawl.crawl_id}")

    def open_state(self, store, recover: bool = True) -> None:
        self.store = store
        recovery = self.store.recover() if recover else None
        if recovery and recovery.runs:
            self.logger.warning("repaired the state from %d unfinished run(s): %d record(s), %d torn line(s)",
                                recovery.runs, recovery.records, recovery.truncated_lines)
        self.incremental_portals = {p.id for p in self.portals if self.store.had_complete_run(p.id)}

    async def start(self):
        if self.store is not None:
            self.store.start_run(self.run_id, self.crawler.stats.get_value("output/path"), utc_now())
        if self.distributed:
            return  # `seed` queued the start URLs; the scheduler hands out the rest
        for portal in self.portals:
            for url in portal.start_urls:
                request = self._request(portal, url, depth=0)
                if request is not None:
                    yield request

    def parse(self, response):
        portal = self.portals_by_id[response.meta["portal"]]
        self.crawler.stats.inc_value(f"pages/fetched/{portal.id}")
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        decoded = decode_body(response.body, content_type) if isinstance(response, HtmlResponse) \
            else Decoded(None, None, f"not_html: {content_type or 'no type'}")
        if decoded.skip_reason:
            self._skip(portal, response.url, decoded.skip_reason)
            return
        kind = self.pages.url_kind(response.url, portal)
        depth = response.meta.get("portal_depth", 0)
        if depth < portal.max_depth:
            links = self.links.links_of(response)
            follow_pages = self._shows_unseen_article(portal, links)
            for url in links:
                if not follow_pages and self.shapes.is_pagination(url):
                    self.crawler.stats.inc_value(f"links/pagination_stopped/{portal.id}")
                    continue
                request = self._request(portal, url, depth=depth + 1)
                if request is not None:
                    yield request
        # The page itself after its links: its text may wait in the pipeline
        # for the portal's template, the frontier should not.
        if wants_page(self.pages, portal.id, response.url, kind, self.shapes):
            yield FetchedPage(
                url=response.url, portal=portal.id, district=portal.district,
                province=portal.province, html=decoded.text, url_kind=kind.value,
                fetched_at=utc_now(), content_selector=portal.content_selector,
            )

    def _skip(self, portal: Portal, url: str, reason: str) -> None:
        """A page that cannot be read as text: counted, logged, remembered."""
        kind = reason.split(":")[0]
        self.crawler.stats.inc_value(f"pages/skipped/{kind}")
        self.crawler.stats.inc_value(f"pages/skipped/{kind}/{portal.id}")
        self.logger.info("skipped (%s): %s", reason, url)
        if self.store is not None:
            self.store.remember_not_article(url=url, portal=portal.id, reason=kind, when=utc_now())

    def _shows_unseen_article(self, portal: Portal, links: list[str]) -> bool:
        """Whether a page links to an article no earlier run has seen. Only a
        portal whose last run completed may stop paging on this: after an
        interrupted run the deeper pages may hold articles never fetched."""
        if self.store is None or portal.id not in self.incremental_portals:
            return True
        for url in links:
            if portal.allows(url) and not self.store.is_known(url) \
                    and self.shapes.classify(url, portal) in (UrlKind.ARTICLE, UrlKind.OTHER):
                return True
        return False

    def _request(self, portal: Portal, url: str, depth: int) -> scrapy.Request | None:
        stats = self.crawler.stats
        url = self.shapes.clean(url)
        if url in self.seen_urls:
            return None
        if not portal.allows(url):
            stats.inc_value("links/offsite")
            return None
        # A start URL is the operator's choice; only discovered links are judged.
        kind = UrlKind.LISTING
        if depth > 0:
            kind = self.pages.url_kind(url, portal)
            if kind is UrlKind.SKIP:
                stats.inc_value("links/skipped")
                return None
            if self.store is not None and not self.refresh and not self.store.should_refetch(url):
                stats.inc_value(f"links/known/{portal.id}")
                return None
        if self.requested[portal.id] >= portal.max_pages:
            stats.inc_value(f"links/over_page_limit/{portal.id}")
            return None
        self.seen_urls.add(url)
        self.requested[portal.id] += 1
        listing = kind is UrlKind.LISTING or self.shapes.is_pagination(url)
        return self.page_request(portal, url, depth, listing)

    def page_request(self, portal: Portal, url: str, depth: int, listing: bool = True) -> scrapy.Request:
        # Listings and their next pages before articles: the crawl's frontier
        # grows from them. Fetched last (breadth-first priority puts each
        # next page behind every article queued), a pagination chain made the
        # crawl wait on it, and left parallel workers idle.
        return scrapy.Request(url, callback=self.parse, errback=self.failed, headers=REVALIDATE,
                              priority=LISTING_PRIORITY if listing else 0, meta={
                                  "portal": portal.id, "portal_depth": depth, "download_slot": portal.id,
                              })

    def failed(self, failure):
        """Counts a request that failed for good (after retries), by portal and kind."""
        request = failure.request
        portal_id = request.meta.get("portal", "?")
        # HttpError is an IgnoreRequest too: ask for it first.
        ignored = str(failure.value) if failure.check(IgnoreRequest) and not failure.check(HttpError) \
            else None
        if ignored is not None and "robots.txt" in ignored:
            # Not an error, and not worth asking again on every run.
            self.crawler.stats.inc_value(f"pages/blocked/{portal_id}")
            if self.store is not None:
                self.store.remember_not_article(url=request.url, portal=portal_id,
                                                reason="blocked", when=utc_now())
            return
        if ignored is not None:
            kind = next((kind for phrase, kind in IGNORED_KINDS if phrase in ignored), "ignored")
        elif failure.check(HttpError):
            kind = f"http_{failure.value.response.status}"
        elif failure.check(CancelledError) or "Cancelled" in failure.type.__name__:
            kind = "too_large"  # Content-Length over DOWNLOAD_MAXSIZE
        else:
            kind = failure.type.__name__
        self.crawler.stats.inc_value(f"errors/{portal_id}/{kind}")
        if request.meta.get("portal_depth") == 0:
            self.crawler.stats.inc_value(f"errors/{portal_id}/start_url_failed")
        self.logger.warning("failed (%s): %s", kind, request.url)

    def unreachable_portals(self) -> list[str]:
        """Portals of which not a single page could be fetched."""
        stats = self.crawler.stats
        return [p.id for p in self.portals if not stats.get_value(f"pages/fetched/{p.id}")]

    def closed(self, reason: str) -> None:
        if self.store is None:
            return
        unreachable = set(self.unreachable_portals())
        self.store.close_run(self.run_id, reason, reached=[p.id for p in self.portals if p.id not in unreachable],
                             portals=[p.id for p in self.portals], when=utc_now())
        self.store.close()
