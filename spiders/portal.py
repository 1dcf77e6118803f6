"""The one spider: crawls any portal of the registry from its table alone."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

from crawler.decoding import Decoded, decode_body
from crawler.items import FetchedPage
from crawler.records import utc_now
from crawler.registry import Portal, load_registry
from crawler.state import StateStore
from crawler.urls import UrlKind, load_shapes

# Requests revalidate what the HTTP cache holds (ETag / Last-Modified), so a
# listing page is always current and --refresh costs a 304 per known article.
REVALIDATE = {"Cache-Control": "max-age=0"}
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
        self.links = LinkExtractor(tags=("a", "area"), attrs=("href",), deny_extensions=[],
                                   canonicalize=False, unique=True)
        self.requested: Counter[str] = Counter()  # new URLs scheduled per portal
        self.seen_urls: set[str] = set()
        self.run_id = dt.datetime.now(dt.timezone.utc).strftime("run-%Y%m%dT%H%M%S%fZ")
        self.store: StateStore | None = None
        self.refresh = False
        self.incremental_portals: set[str] = set()  # portals whose last run completed

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        registry = load_registry(spider.registry_path or settings.get("PORTALS_FILE"))
        for warning in registry.warnings:
            spider.logger.warning(warning)
        spider.portals = registry.select(spider.portal_ids)
        spider.portals_by_id = {p.id: p for p in spider.portals}
        spider.run_id = settings.get("RUN_ID") or spider.run_id
        spider.refresh = settings.getbool("REFRESH")
        # One download slot per portal, with the portal's own delay if it sets one.
        slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
        for p in spider.portals:
            if p.crawl_delay is not None:
                slots.setdefault(p.id, {})["delay"] = p.crawl_delay
        settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        if settings.get("STATE_DIR"):
            state_dir = Path(settings.get("STATE_DIR")).resolve()
            settings.set("HTTPCACHE_DIR", str(state_dir / "httpcache"), priority="spider")
            spider.open_state(state_dir)
        else:
            settings.set("HTTPCACHE_ENABLED", False, priority="spider")
        return spider

    def open_state(self, directory: Path) -> None:
        self.store = StateStore(directory)
        recovery = self.store.recover()
        if recovery.runs:
            self.logger.warning("repaired the state from %d unfinished run(s): %d record(s), %d torn line(s)",
                                recovery.runs, recovery.records, recovery.truncated_lines)
        self.incremental_portals = {p.id for p in self.portals if self.store.had_complete_run(p.id)}

    async def start(self):
        if self.store is not None:
            self.store.start_run(self.run_id, self.crawler.stats.get_value("output/path"), utc_now())
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
        kind = self.shapes.classify(response.url, portal)
        if kind in (UrlKind.ARTICLE, UrlKind.OTHER):
            yield FetchedPage(
                url=response.url, portal=portal.id, district=portal.district,
                province=portal.province, html=decoded.text, url_kind=kind.value,
                fetched_at=utc_now(), content_selector=portal.content_selector,
            )
        depth = response.meta.get("portal_depth", 0)
        if depth >= portal.max_depth:
            return
        links = list(dict.fromkeys(self.shapes.clean(link.url)
                                   for link in self.links.extract_links(response)))
        follow_pages = self._shows_unseen_article(portal, links)
        for url in links:
            if not follow_pages and self.shapes.is_pagination(url):
                self.crawler.stats.inc_value(f"links/pagination_stopped/{portal.id}")
                continue
            request = self._request(portal, url, depth=depth + 1)
            if request is not None:
                yield request

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
        if depth > 0:
            if self.shapes.classify(url, portal) is UrlKind.SKIP:
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
        return scrapy.Request(url, callback=self.parse, errback=self.failed, headers=REVALIDATE, meta={
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
        now = utc_now()
        unreachable = set(self.unreachable_portals())
        if reason == "finished":
            for portal in self.portals:
                if portal.id not in unreachable:
                    self.store.mark_portal_complete(portal.id, self.run_id, now)
        self.store.finish_run(self.run_id, "finished" if reason == "finished" else "failed")
        self.store.close()
