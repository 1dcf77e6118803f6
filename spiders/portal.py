"""The one spider: crawls any portal of the registry from its table alone."""

from __future__ import annotations

from collections import Counter

import scrapy

from crawler import stats as keys
from crawler.clock import utc_now
from crawler.decoding import decode_response
from crawler.extraction import NotHtmlError, parse_html
from crawler.failures import failure_kind, is_crawler_bug
from crawler.items import FetchedPage
from crawler.links import LinkFinder
from crawler.pages import page_processor, wants_page
from crawler.plan import page_request, plan_crawl
from crawler.registry import Portal
from crawler.store import store_of
from crawler.urls import UrlKind, load_shapes


class PortalSpider(scrapy.Spider):
    """Follows listings and their pagination on each portal's hosts and hands
    every page that may be an article to the pipelines. ``-a portal=`` ids
    (default: all), ``-a portals=`` the registry file (default: PORTALS_FILE).
    With a state store (crawler/store.py) known articles are not fetched again
    (unless REFRESH), and a listing page with no unseen article ends its paging."""

    name = "portal"

    def __init__(self, portal: str | None = None, portals: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.portal_ids = [p.strip() for p in portal.split(",") if p.strip()] if portal else []
        self.registry_path = portals
        self.portals: list[Portal] = []
        self.portals_by_id: dict[str, Portal] = {}
        self.shapes = load_shapes()
        self.links = LinkFinder(clean=self.shapes.clean)  # what Scrapy's LinkExtractor gives, cleaned
        self.requested: Counter[str] = Counter()  # new URLs scheduled per portal
        self.seen_urls: set[str] = set()
        # Links refused for good (off the portal, never fetched, known, over
        # the page limit): judged once, not again on every page that shows them.
        self.refused_urls: set[tuple[str, str]] = set()  # (portal id, URL)
        self.run_id, self.refresh, self.shared = "", False, False  # from the plan (crawler/plan.py)
        self.history = None  # the state store, if the crawl has one (crawler/store.py)
        self.incremental_portals: set[str] = set()  # portals whose last run completed

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        plan = plan_crawl(crawler.settings, spider.portal_ids, spider.registry_path)
        for warning in plan.warnings:
            spider.logger.warning(warning)
        spider.portals, spider.run_id = plan.portals, plan.run_id
        spider.refresh, spider.shared = plan.refresh, plan.shared
        spider.portals_by_id = {p.id: p for p in spider.portals}
        slots = plan.download_slots(crawler.settings.getdict("DOWNLOAD_SLOTS"))
        crawler.settings.set("DOWNLOAD_SLOTS", slots, priority="spider")
        spider.pages = page_processor(crawler)  # URL patterns the portal's pages taught
        return spider

    async def start(self):
        self.history = store_of(self.crawler)
        if self.history is not None:
            self.incremental_portals = {p.id for p in self.portals if self.history.had_complete_run(p.id)}
        if self.shared:
            return  # `seed` queued the start URLs; the scheduler hands out the rest
        for portal in self.portals:
            for url in portal.start_urls:
                request = self._request(portal, url, depth=0)
                if request is not None:
                    yield request

    def parse(self, response):
        portal = self.portals_by_id[response.meta["portal"]]
        keys.count(self.crawler.stats, keys.FETCHED, portal.id)
        decoded = decode_response(response)
        if decoded.skip_reason:
            self._remember_failure(portal, response.url, keys.SKIPPED, decoded.skip_reason)
            return
        if decoded.replaced:
            keys.count(self.crawler.stats, keys.REPLACED_CHARACTERS, portal.id)
            self.logger.warning("%d byte(s) that are not %s replaced by U+FFFD: %s",
                                decoded.replaced, decoded.encoding, response.url)
        kind = self.pages.url_kind(response.url, portal)
        depth = response.meta.get("portal_depth", 0)
        try:
            # One parse for the links and the text pipeline.
            tree = parse_html(decoded.text)
        except NotHtmlError:
            tree = None  # no links; the text pipeline tells why
        if depth < portal.max_depth and tree is not None:
            links = self.links.links_of(response, tree)
            self.pages.links.saw(portal.id, links)
            follow_pages = self._shows_unseen_article(portal, links)
            for url in links:
                if url in self.seen_urls or (portal.id, url) in self.refused_urls:  # (most: menus, sidebars)
                    continue
                if not follow_pages and self.shapes.is_pagination(url):
                    keys.count(self.crawler.stats, keys.PAGINATION_STOPPED, portal.id)
                    continue
                request = self._request(portal, url, depth=depth + 1)
                if request is not None:
                    yield request
        # After its links: the page's text may wait for the portal's template, the frontier not.
        if wants_page(self.pages, portal.id, response.url, kind, self.shapes):
            yield FetchedPage(url=response.url, portal=portal.id, district=portal.district,
                              province=portal.province, html=decoded.text, url_kind=kind.value,
                              fetched_at=utc_now(), content_selector=portal.content_selector, tree=tree)

    def _remember_failure(self, portal: Portal, url: str, counter: str, reason: str) -> None:
        """A page that gave no text (unreadable, blocked): counted, logged, remembered."""
        kind = reason.split(":")[0]
        keys.count(self.crawler.stats, counter, portal.id, kind if counter == keys.SKIPPED else None)
        self.logger.info("skipped (%s): %s", reason, url)
        if self.history is not None:
            self.history.remember_not_article(url=url, portal=portal.id, reason=kind, when=utc_now())

    def _shows_unseen_article(self, portal: Portal, links: list[str]) -> bool:
        """Whether a page links to an article no earlier run has seen. Only after a completed
        run may a portal stop paging on this: an interrupted one may have left deeper pages."""
        if self.history is None or portal.id not in self.incremental_portals:
            return True
        return any(portal.allows(url) and not self.history.is_known(url)
                   and self.shapes.classify(url, portal) in (UrlKind.ARTICLE, UrlKind.OTHER) for url in links)

    def _refuse(self, portal: Portal, url: str, counter: str, portal_id: str | None = None) -> None:
        """Counts a link not followed (each link once) and remembers it."""
        self.refused_urls.add((portal.id, url))
        keys.count(self.crawler.stats, counter, portal_id)

    def _request(self, portal: Portal, url: str, depth: int) -> scrapy.Request | None:
        url = self.shapes.clean(url)
        if url in self.seen_urls:
            return None
        if not portal.allows(url):
            return self._refuse(portal, url, keys.OFFSITE_LINKS)
        # A start URL is the operator's choice; only discovered links are judged.
        kind = UrlKind.LISTING
        if depth > 0:
            kind = self.pages.url_kind(url, portal)
            if kind is UrlKind.SKIP:
                return self._refuse(portal, url, keys.SKIPPED_LINKS)
            if self.history is not None and not self.refresh and not self.history.should_refetch(url):
                return self._refuse(portal, url, keys.KNOWN, portal.id)
        if self.requested[portal.id] >= portal.max_pages:
            return self._refuse(portal, url, keys.OVER_PAGE_LIMIT, portal.id)
        self.seen_urls.add(url)
        self.requested[portal.id] += 1
        listing = kind is UrlKind.LISTING or self.shapes.is_pagination(url)
        return page_request(portal, url, depth, listing, callback=self.parse, errback=self.failed)

    def failed(self, failure):
        """Counts a request that failed for good (after retries), by portal and kind."""
        request = failure.request
        portal = self.portals_by_id.get(request.meta.get("portal"))
        kind = failure_kind(failure)
        if kind == "blocked" and portal is not None:  # robots.txt: not an error, not worth asking again
            return self._remember_failure(portal, request.url, keys.BLOCKED, kind)
        portal_id = portal.id if portal else request.meta.get("portal", "?")
        if is_crawler_bug(failure):  # not the portal's doing: the run must not pass as complete
            self.crawler.stats.inc_value(keys.CRAWLER_ERRORS)
            keys.count(self.crawler.stats, keys.ERRORS, portal_id, "crawler_error")
            self.logger.error("crawler error, page not processed: %s: %s: %s", request.url, kind, failure.value)
            return
        keys.count(self.crawler.stats, keys.ERRORS, portal_id, kind)
        if request.meta.get("portal_depth") == 0:
            keys.count(self.crawler.stats, keys.START_FAILED, portal_id)
        self.logger.warning("failed (%s): %s", kind, request.url)
