"""A worker's Redis clients: every one goes through the worker's one
RedisGuard (crawler/redis_guard.py), and :class:`RedisOutage` says what the
worker does when the guard gives up or sees Redis again. Here, below the
store and the Scrapy components, because both take their client from
:func:`worker_client` (the store of crawler/redis_state.py, the scheduler
and extensions of crawler/distributed.py)."""

from __future__ import annotations

import logging

import redis
from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from crawler.redis_guard import REASON as REDIS_UNAVAILABLE
from crawler.redis_guard import RedisGuard, mask_log_passwords
from crawler.shared_crawl import connect, keys_from_settings, mark_alive

logger = logging.getLogger(__name__)

REDIS_DATA_LOST = "redis_data_lost"  # finish reason: Redis came back without the crawl


def worker_guard(crawler) -> RedisGuard:
    """The one RedisGuard of a worker's crawler, shared by all its clients
    (the outage is counted once, and given up once). Kept on the crawler,
    like its stats: one per crawl, no module state."""
    guard = getattr(crawler, "redis_guard", None)
    if guard is None:
        outage = crawler.redis_outage = RedisOutage(crawler)
        guard = RedisGuard(crawler.settings.get("REDIS_URL"), crawler.settings.getfloat("REDIS_RETRY_SECONDS"),
                           on_give_up=outage.give_up, on_reconnect=outage.reconnected)
        crawler.redis_guard = guard
        # Scrapy installs its log handler anew as the crawl starts: after that.
        crawler.signals.connect(mask_log_passwords, signal=signals.spider_opened)
    return guard


def outage_of(crawler) -> "RedisOutage":
    worker_guard(crawler)
    return crawler.redis_outage


def worker_client(crawler, *, decode: bool = True) -> redis.Redis:
    """A worker's client: guarded, see crawler/redis_guard.py."""
    return connect(crawler.settings.get("REDIS_URL"), decode=decode, guard=worker_guard(crawler))


class RedisOutage:
    """What a worker does when its RedisGuard gives up (close the spider:
    finish reason ``redis_unavailable``, exit code 1) or sees Redis again
    (beat at once, so that no other worker takes it for dead). And whether
    Redis still holds the crawl: a server restarted without persistence has
    lost the queue (redis-py reconnects to it without a word), and a worker
    that went on would end in a false success; it stops with finish reason
    ``redis_data_lost`` instead. Built by worker_guard()."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.closing = False

    def close(self, reason: str) -> None:
        engine = self.crawler.engine
        if self.closing or engine is None or engine.spider is None:
            return
        self.closing = True
        deferred_from_coro(engine.close_spider_async(reason=reason))

    def give_up(self) -> None:
        self.close(REDIS_UNAVAILABLE)

    def crawl_is_gone(self, client: redis.Redis) -> bool:
        """Whether Redis lost the crawl; if so, the worker stops (once)."""
        settings = self.crawler.settings
        crawl_id = settings.get("CRAWL_ID")
        if client.exists(keys_from_settings(settings).crawl(crawl_id)):
            return False
        if not self.closing:
            logger.error("Redis no longer holds crawl %s (restarted without persistence?): its queue is "
                         "lost; stopping this worker, its run counts as failed", crawl_id)
            self.close(REDIS_DATA_LOST)
        return True

    def reconnected(self) -> None:
        spider = self.crawler.spider
        if spider is None or worker_guard(self.crawler).gave_up:
            return
        client = worker_client(self.crawler)
        try:
            if not self.crawl_is_gone(client):
                mark_alive(client, keys_from_settings(self.crawler.settings), spider.run_id,
                           ttl=3 * self.crawler.settings.getfloat("REDIS_HEARTBEAT_SECONDS"))
        finally:
            client.close()
