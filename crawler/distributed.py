"""Distributed mode: many worker processes, on any number of machines, share
one crawl through a Redis server.

scrapy-redis (0.9.1) provides the shared parts: its Scheduler keeps the
request queue in Redis and its dupefilter keeps the request fingerprints
there. What this module adds is thin, and each piece says why:

- ``RedisScheduler``: scrapy-redis' scheduler with the keys of the current
  crawl (so every crawl starts with an empty dupefilter and listing pages
  are fetched again on every run), a JSON codec instead of pickle (whoever
  can write to Redis must not be able to run code in the workers), and the
  stats calls without the ``spider=`` argument Scrapy 2.14 deprecated.
- ``RedisDupeFilter``: scrapy-redis' dupefilter, fingerprinting with
  Scrapy's own request fingerprinter, like the single-process crawl.
- ``StopWhenQueueEmpty``, ``SharedQueuePoller`` and ``WorkerHeartbeat``:
  extensions. A worker stops by itself once the shared queue has stayed
  empty for WORKER_IDLE_SECONDS; an idle worker looks at the queue twice a
  second, not every 5 s as Scrapy would; while it lives it refreshes a key
  with a short expiry, by which the others tell a killed worker from a
  slow one.

Our spider starts the crawl through its own ``start()`` (scrapy-redis'
RedisSpider relies on ``start_requests()``, which Scrapy 2.16 removed):
``seed`` puts the start requests in the queue, the workers' ``start()``
yields nothing and the engine takes everything from the scheduler.

A crawl is defined in Redis by ``seed`` (:class:`CrawlDefinition`): the
registry text, the portals, --refresh and --since. Workers read it, so
they need no registry file of their own.
"""

from __future__ import annotations

import base64
import json
import time

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler.shared_crawl import (DEFAULT_PREFIX, CrawlDefinition, DistributedError, RedisKeys,  # noqa: F401
                                  connect, current_crawl, keys_from_settings, load_crawl, worker_run_id)
from crawler.store import store_of

QUEUE_CLASS = "scrapy_redis.queue.PriorityQueue"


# -- the scheduler's queue, shared --------------------------------------------------

class JsonRequestCodec:
    """Requests as JSON in the queue (scrapy-redis pickles by default).
    Bytes (header names and values, bodies) are tagged and base64-encoded;
    a dict with bytes keys (the headers) becomes a tagged list of pairs."""

    @staticmethod
    def dumps(request_dict: dict) -> str:
        return json.dumps(_tagged(request_dict), ensure_ascii=False)

    @staticmethod
    def loads(data: bytes | str) -> dict:
        return json.loads(data, object_hook=_untagged)


def _tagged(value):
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if any(not isinstance(key, str) for key in value):
            return {"__pairs__": [[_tagged(k), _tagged(v)] for k, v in value.items()]}
        return {key: _tagged(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_tagged(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot put {type(value).__name__} in a queued request")


def _untagged(obj: dict):
    if len(obj) == 1 and "__bytes__" in obj:
        return base64.b64decode(obj["__bytes__"])
    if len(obj) == 1 and "__pairs__" in obj:
        return {key: value for key, value in obj["__pairs__"]}
    return obj


class RedisDupeFilter(RFPDupeFilter):
    """scrapy-redis' shared fingerprint set, with Scrapy's fingerprints."""

    def __init__(self, server, key: str, fingerprinter, debug: bool = False):
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    def request_fingerprint(self, request) -> str:
        return self.fingerprinter.fingerprint(request).hex()


class RedisScheduler(Scheduler):
    """scrapy-redis' scheduler on the current crawl's keys (see the module
    docstring). The queue persists when a worker closes: the others, or a
    later worker, go on with it."""

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        crawl_id = settings.get("CRAWL_ID")
        if not settings.get("REDIS_URL") or not crawl_id:
            raise NotConfigured("RedisScheduler needs REDIS_URL and CRAWL_ID")
        keys = keys_from_settings(settings)
        server = connect(settings.get("REDIS_URL"), decode=False)
        dupefilter = RedisDupeFilter(server, keys.dupefilter(crawl_id), crawler.request_fingerprinter,
                                     debug=settings.getbool("DUPEFILTER_DEBUG"))
        scheduler = cls(server=server, persist=True, queue_key=keys.requests(crawl_id),
                        queue_cls=QUEUE_CLASS, dupefilter=dupefilter, idle_before_close=0,
                        serializer=JsonRequestCodec)
        scheduler.stats = crawler.stats
        return scheduler

    def enqueue_request(self, request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        request = self.queue.pop(0)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


def queue_for(server: redis.Redis, keys: RedisKeys, crawl_id: str, spider):
    """The crawl's request queue, as the scheduler sees it (for `seed`)."""
    from scrapy_redis.queue import PriorityQueue

    return PriorityQueue(server=server, spider=spider, key=keys.requests(crawl_id),
                         serializer=JsonRequestCodec)


def dupefilter_for(server: redis.Redis, keys: RedisKeys, crawl_id: str) -> RedisDupeFilter:
    from scrapy.utils.request import RequestFingerprinter

    return RedisDupeFilter(server, keys.dupefilter(crawl_id), RequestFingerprinter())


# -- worker life --------------------------------------------------------------------

class StopWhenQueueEmpty:
    """Keeps an idle worker open until the shared queue has stayed empty for
    WORKER_IDLE_SECONDS: another worker may still be reading a listing page
    that will fill it again. (Scrapy asks an idle spider about every 5 s.)"""

    def __init__(self, crawler, idle_seconds: float):
        self.crawler = crawler
        self.idle_seconds = idle_seconds
        self.idle_since: float | None = None
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.busy, signal=signals.request_scheduled)
        crawler.signals.connect(self.busy, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler, crawler.settings.getfloat("WORKER_IDLE_SECONDS"))

    def busy(self, *args, **kwargs) -> None:
        self.idle_since = None

    def spider_idle(self, spider) -> None:
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_seconds:
            raise DontCloseSpider


class SharedQueuePoller:
    """Wakes the engine every WORKER_POLL_SECONDS. Scrapy polls an idle
    engine only every 5 s (its slot heartbeat), which suits a local queue
    that only this process fills; here other workers fill it, and an idle
    worker would sit out most of a short crawl, then wait 5 s more before
    it notices that it may stop. (It calls the engine's private
    ``_slot.nextcall``: Scrapy has no public way to wake the engine;
    tests/test_distributed.py fails if the work is no longer shared.)"""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler, crawler.settings.getfloat("WORKER_POLL_SECONDS"))

    def poll(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()  # pops from Redis, or finds the spider idle

    def spider_opened(self, spider) -> None:
        self.loop = task.LoopingCall(self.poll)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()


class WorkerHeartbeat:
    """While the worker runs, its `alive` key is refreshed every
    REDIS_HEARTBEAT_SECONDS and expires after three missed beats: a worker
    killed with SIGKILL is then known to be dead (crawler/redis_state.py)."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler, crawler.settings.getfloat("REDIS_HEARTBEAT_SECONDS"))

    def beat(self) -> None:
        store = store_of(self.crawler)
        if store is not None:
            store.heartbeat(self.crawler.spider.run_id, ttl=3 * self.interval)

    def spider_opened(self, spider) -> None:
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(self.interval, now=True)

    def spider_closed(self, spider) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()


# -- settings -----------------------------------------------------------------------

def distributed_settings(redis_url: str, crawl_id: str) -> dict:
    """The settings that turn a crawl into a worker of crawl `crawl_id`."""
    return {
        "REDIS_URL": redis_url,
        "CRAWL_ID": crawl_id,
        "SCHEDULER": "crawler.distributed.RedisScheduler",
        "STATE_STORE": "crawler.redis_state.RedisStateStore",
    }
