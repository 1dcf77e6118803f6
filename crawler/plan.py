"""What a crawl covers: its portals, whether it re-checks known articles,
and its run id — from the registry file, or, for a worker, from the crawl
`seed` defined in Redis (crawler/distributed.py)."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass

from scrapy import Request

from crawler.registry import Portal, load_registry, parse_registry
from crawler.redis_guard import attempt_timeout
from crawler.shared_crawl import DistributedError, connect, keys_from_settings, load_crawl, worker_run_id

# Requests revalidate what the HTTP cache holds (ETag / Last-Modified), so a
# listing page is always current and --refresh costs a 304 per known article.
REVALIDATE = {"Cache-Control": "max-age=0"}
# Above any article's priority (DEPTH_PRIORITY lowers it by 1 a level).
LISTING_PRIORITY = 100


@dataclass(frozen=True)
class CrawlPlan:
    portals: list[Portal]
    run_id: str
    refresh: bool
    shared: bool  # a worker of a crawl shared through Redis: `seed` queued its start
    warnings: list[str]

    def download_slots(self, slots: dict) -> dict:
        """DOWNLOAD_SLOTS with one slot per portal, with the portal's own delay if it sets one."""
        slots = dict(slots)
        for portal in self.portals:
            if portal.crawl_delay is not None:
                slots.setdefault(portal.id, {})["delay"] = portal.crawl_delay
        return slots


def new_run_id(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.timezone.utc)).strftime("run-%Y%m%dT%H%M%S%fZ")


def plan_crawl(settings, portal_ids: list[str], registry_path: str | None = None) -> CrawlPlan:
    """The portals `portal_ids` (all if empty) of the registry file (default
    PORTALS_FILE), or with REDIS_URL those of the shared crawl CRAWL_ID."""
    if settings.get("REDIS_URL"):
        # One bounded try, as the worker's own first look: a hung Redis must not hold it.
        timeout = attempt_timeout(settings.getfloat("REDIS_RETRY_SECONDS"))
        client = connect(settings.get("REDIS_URL"), timeout=timeout)
        try:
            crawl = load_crawl(client, keys_from_settings(settings), settings.get("CRAWL_ID"))
        finally:
            client.close()
        if crawl is None:
            raise DistributedError(f"no crawl {settings.get('CRAWL_ID')!r} in Redis; run `seed` first")
        registry = parse_registry(tomllib.loads(crawl.registry_toml), source=f"crawl {crawl.crawl_id}")
        return CrawlPlan(registry.select(list(crawl.portal_ids)), settings.get("RUN_ID") or worker_run_id(),
                         crawl.refresh, True, registry.warnings)
    registry = load_registry(registry_path or settings.get("PORTALS_FILE"))
    return CrawlPlan(registry.select(portal_ids), settings.get("RUN_ID") or new_run_id(),
                     settings.getbool("REFRESH"), False, registry.warnings)


def page_request(portal: Portal, url: str, depth: int, listing: bool, *, callback, errback) -> Request:
    """The request for a page of `portal`, `depth` link hops from a start URL.
    Listings and their next pages go before articles: the frontier grows
    from them, and behind every queued article a pagination chain left
    parallel workers idle."""
    return Request(url, callback=callback, errback=errback, headers=REVALIDATE,
                   priority=LISTING_PRIORITY if listing else 0,
                   meta={"portal": portal.id, "portal_depth": depth, "download_slot": portal.id})
