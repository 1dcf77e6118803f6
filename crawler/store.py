"""The incremental store as a Scrapy component.

What earlier runs saw lives in a store named by the STATE_STORE setting:
``crawler.state.SqliteStateStore`` (a state directory, one machine) or
``crawler.redis_state.RedisStateStore`` (workers sharing a crawl). Like the
HTTP cache middleware owns its storage, :class:`StateStoreExtension` builds
the store, takes its lock, repairs what killed runs left, opens and closes
the run, and hands the store to the components that ask the crawler for it
(:func:`store_of`). A crawl without a store (STATE_DIR empty) has none.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler, load_object

from crawler import stats as keys
from crawler.clock import utc_now
from crawler.state import Change, Recovery

logger = logging.getLogger(__name__)


class StateStore(Protocol):
    """What every store answers (SqliteStateStore, RedisStateStore)."""

    http_cache_dir: Path | None  # where Scrapy's HTTP cache goes; None: no cache

    def should_refetch(self, url: str, now: str | None = None) -> bool:
        """Whether an incremental run downloads `url` again."""

    def is_known(self, url: str, now: str | None = None) -> bool:
        """Whether an earlier run settled `url` (as fetched or as a record's URL)."""

    def change_of(self, portal: str, record_url: str, content_hash: str) -> tuple[Change, str]:
        """New, updated, unchanged (or claimed by another worker), and the URL it was written under."""

    def remember_record(self, *, fetched_url: str, record_url: str, portal: str,
                        content_hash: str, when: str) -> None: ...

    def remember_not_article(self, *, url: str, portal: str, reason: str, when: str) -> None: ...

    def load_template(self, portal: str) -> bytes | None:
        """The blob `save_template` kept for `portal` in an earlier run, if any."""

    def save_template(self, portal: str, data: bytes) -> None: ...

    def start_run(self, run_id: str, output: Path | str | None, when: str) -> None: ...

    def close_run(self, run_id: str, reason: str, reached: list[str], portals: list[str], when: str) -> None:
        """Any reason but "finished" marks the run failed and its portals incomplete."""

    def had_complete_run(self, portal: str) -> bool: ...

    def recover(self) -> Recovery:
        """Repair what killed runs left: remember the records of their output."""

    def close(self) -> None: ...


def recover(store: StateStore) -> Recovery:
    """The one place killed runs are repaired (a crawl opening its store, and
    `seed` before it settles the previous shared crawl)."""
    recovery = store.recover()
    if recovery.runs:
        logger.warning("repaired the state from %d unfinished run(s): %d record(s), %d torn line(s) cut, "
                       "%d whole last line(s) given their newline, %d line(s) that are not records skipped",
                       recovery.runs, recovery.records, recovery.truncated_lines, recovery.lines_ended,
                       recovery.bad_lines)
    return recovery


class StateStoreExtension:
    """Builds the STATE_STORE store (which takes its lock), repairs it, and
    opens the run once the output file is named and closes it with the
    spider. Exceptions of the store (LockHeld, StateError) stop the crawl
    before anything is fetched or written."""

    def __init__(self, crawler, store: StateStore):
        self.crawler = crawler
        self.store = store
        self.run_id: str | None = None
        self.recovery = recover(store)
        # The output writer names its file on spider_opened, after the
        # extensions' handlers run: the run is opened when the engine starts.
        crawler.signals.connect(self.engine_started, signal=signals.engine_started)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        try:
            store = build_from_crawler(load_object(settings["STATE_STORE"]), crawler)
        except NotConfigured:
            settings.set("HTTPCACHE_ENABLED", False, priority="spider")  # a stateless crawl keeps nothing
            raise
        # The HTTP cache (what makes --refresh cost a 304) lives beside the
        # store, when the store has a disk: workers on many machines have none.
        if store.http_cache_dir is None:
            settings.set("HTTPCACHE_ENABLED", False, priority="spider")
        else:
            settings.set("HTTPCACHE_DIR", str(Path(store.http_cache_dir).resolve()), priority="spider")
        return cls(crawler, store)

    def engine_started(self) -> None:
        self.run_id = self.crawler.spider.run_id
        self.store.start_run(self.run_id, self.crawler.stats.get_value(keys.OUTPUT_PATH), utc_now())

    def spider_closed(self, spider, reason: str) -> None:
        try:
            if self.run_id is not None:
                portals = [p.id for p in spider.portals]
                stats = self.crawler.stats.get_stats()
                reached = [p for p in portals if keys.portal_counts(stats, p).get(keys.FETCHED)]
                self.store.close_run(self.run_id, reason, reached=reached, portals=portals, when=utc_now())
        finally:
            self.store.close()


def store_of(crawler) -> StateStore | None:
    """The crawl's store, or None for a stateless crawl (ask after the
    extensions are built: in a component's from_crawler, or later)."""
    extension = crawler.get_extension(StateStoreExtension)
    return extension.store if extension is not None else None
