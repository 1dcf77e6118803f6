"""Distributed mode: many worker processes, on any number of machines, share
one crawl through a Redis server.

scrapy-redis (0.9.1) provides the shared parts: its Scheduler keeps the
request queue in Redis and its dupefilter keeps the request fingerprints
there. What this module adds is thin, and each piece says why:

- ``RedisScheduler``: scrapy-redis' scheduler with the keys of the current
  crawl (so every crawl starts with an empty dupefilter and listing pages
  are fetched again on every run), a JSON codec instead of pickle (whoever
  can write to Redis must not be able to run code in the workers), the
  stats calls without the ``spider=`` argument Scrapy 2.14 deprecated, and
  a queue whose pops are acknowledged (crawler/reliable_queue.py), so that
  a killed worker's requests are crawled by the others.
- ``RedisDupeFilter``: scrapy-redis' dupefilter, fingerprinting with
  Scrapy's own request fingerprinter, like the single-process crawl.
- ``StopWhenQueueEmpty``, ``SharedQueuePoller`` and ``WorkerHeartbeat``:
  extensions. A worker stops by itself once the shared queue has stayed
  empty for WORKER_IDLE_SECONDS; an idle worker looks at the queue twice a
  second, not every 5 s as Scrapy would; while it lives it refreshes a key
  with a short expiry, by which the others tell a killed worker from a
  slow one, and recover a killed one.
- Every Redis client of a worker goes through its ``RedisGuard``
  (crawler/redis_guard.py, built by crawler/worker_redis.py): an outage
  is waited out for REDIS_RETRY_SECONDS, then the worker stops as
  ``redis_unavailable`` (``RedisOutage``).

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
import logging
import time

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler import reliable_queue
from crawler import stats as stat_keys
from crawler.redis_guard import RedisUnavailable, mask_text
from crawler.shared_crawl import (DEFAULT_PREFIX, CrawlDefinition, DistributedError, RedisKeys,  # noqa: F401
                                  connect, current_crawl, held_by_workers, keys_from_settings, load_crawl,
                                  worker_run_id)
from crawler.store import store_of
from crawler.worker_redis import outage_of, worker_client, worker_guard

logger = logging.getLogger(__name__)

QUEUE_CLASS = "crawler.reliable_queue.ReliableQueue"


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
    docstring), with the reliable queue of crawler/reliable_queue.py. The
    queue persists when a worker closes: the others, or a later worker, go
    on with it.

    A popped request is acknowledged (removed from this worker's processing
    set) once the engine is done with it: Scrapy keeps a request in its
    slot's ``inprogress`` set from the pop until its response went through
    the spider callback and every item and request of it was handled (or
    the request that replaced it — a retry, a redirect — was queued). That
    is the engine's private state (as for SharedQueuePoller); the killed-
    worker test of tests/test_distributed.py fails if it stops working."""

    def __init__(self, *args, crawler=None, keys: RedisKeys | None = None, crawl_id: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.crawler = crawler
        self.keys = keys
        self.crawl_id = crawl_id
        self.in_flight: dict = {}  # popped requests (by identity) -> their queue entry

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        crawl_id = settings.get("CRAWL_ID")
        if not settings.get("REDIS_URL") or not crawl_id:
            raise NotConfigured("RedisScheduler needs REDIS_URL and CRAWL_ID")
        keys = keys_from_settings(settings)
        server = worker_client(crawler, decode=False)
        dupefilter = RedisDupeFilter(server, keys.dupefilter(crawl_id), crawler.request_fingerprinter,
                                     debug=settings.getbool("DUPEFILTER_DEBUG"))
        scheduler = cls(server=server, persist=True, queue_key=keys.requests(crawl_id),
                        queue_cls=QUEUE_CLASS, dupefilter=dupefilter, idle_before_close=0,
                        serializer=JsonRequestCodec, crawler=crawler, keys=keys, crawl_id=crawl_id)
        scheduler.stats = crawler.stats
        return scheduler

    def open(self, spider):
        self.spider = spider
        self.queue = reliable_queue.ReliableQueue(
            server=self.server, spider=spider, key=self.queue_key, serializer=self.serializer,
            processing_key=self.keys.processing(self.crawl_id, spider.run_id))
        self.server.sadd(self.keys.workers(self.crawl_id), spider.run_id)

    def close(self, reason):
        """Acknowledge what is done; what this worker popped and did not
        finish (a shutdown) goes back to the queue for the others."""
        if self.server.guard.gave_up:
            return  # Redis is gone: the entries stay in processing, the crawl counts as incomplete
        try:
            self.acknowledge_done()
            left = reliable_queue.requeue(self.server, self.queue.processing_key, self.queue_key)
        except RedisUnavailable:
            return
        if left:
            logger.warning("put %d unfinished request(s) back in the shared queue", left)

    def _in_progress(self) -> set:
        slot = getattr(self.crawler.engine, "_slot", None)
        return slot.inprogress if slot is not None else set()

    def acknowledge_done(self) -> None:
        # After Redis was given up, a request's items may have failed for
        # want of it: nothing more is acknowledged.
        if not self.in_flight or self.server.guard.gave_up:
            return
        in_progress = self._in_progress()
        done = [request for request in self.in_flight if request not in in_progress]
        if done:
            self.queue.acknowledge([self.in_flight.pop(request) for request in done])
            self.stats.inc_value(stat_keys.REDIS_ACKNOWLEDGED, len(done))

    def enqueue_request(self, request) -> bool:
        try:
            queued = self.queue.push_unseen(request, self.df.request_fingerprint(request), self.df.key)
        except RedisUnavailable:
            return False  # the run has failed already (finish reason redis_unavailable)
        if not queued:
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value(stat_keys.REDIS_ENQUEUED)
        return True

    def next_request(self):
        try:
            self.acknowledge_done()
            request, entry = self.queue.pop_entry()
        except RedisUnavailable:
            return None
        if request is not None:
            self.in_flight[request] = entry
            self.stats.inc_value(stat_keys.REDIS_DEQUEUED)
        return request

    def has_pending_requests(self) -> bool:
        try:
            self.acknowledge_done()
            if not self.in_flight and self.server.zcard(self.queue.processing_key):
                # Entries this worker holds but is not working on: a pop
                # whose answer was lost with the connection. Back they go.
                orphans = reliable_queue.requeue(self.server, self.queue.processing_key, self.queue_key)
                logger.warning("put %d orphaned request(s) back in the shared queue", orphans)
            return len(self) > 0
        except RedisUnavailable:
            return False


def queue_for(server: redis.Redis, keys: RedisKeys, crawl_id: str, spider):
    """The crawl's request queue, as the scheduler sees it (for `seed`)."""
    return reliable_queue.ReliableQueue(server=server, spider=spider, key=keys.requests(crawl_id),
                                        serializer=JsonRequestCodec)


def dupefilter_for(server: redis.Redis, keys: RedisKeys, crawl_id: str) -> RedisDupeFilter:
    from scrapy.utils.request import RequestFingerprinter

    return RedisDupeFilter(server, keys.dupefilter(crawl_id), RequestFingerprinter())


# -- worker life --------------------------------------------------------------------

class StopWhenQueueEmpty:
    """Keeps an idle worker open until the shared queue has stayed empty for
    WORKER_IDLE_SECONDS: another worker may still be reading a listing page
    that will fill it again. While other workers hold popped requests, it
    waits for them however long: they may queue more, and if one of them
    was killed its requests come back to the queue (WorkerHeartbeat), to be
    crawled in this crawl. (Scrapy asks an idle spider about every 5 s.)"""

    def __init__(self, crawler, idle_seconds: float):
        self.crawler = crawler
        self.idle_seconds = idle_seconds
        self.idle_since: float | None = None
        self._client: redis.Redis | None = None
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

    def others_hold_requests(self, spider) -> bool:
        if self._client is None:
            self._client = worker_client(self.crawler)
        settings = self.crawler.settings
        return held_by_workers(self._client, keys_from_settings(settings), settings.get("CRAWL_ID"),
                               exclude=spider.run_id) > 0

    def spider_idle(self, spider) -> None:
        if worker_guard(self.crawler).gave_up:
            return  # closing: Redis is gone
        try:
            if self.others_hold_requests(spider):
                self.idle_since = None
                raise DontCloseSpider
        except RedisUnavailable:
            return
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_seconds:
            raise DontCloseSpider
        try:
            # An empty queue on a Redis that lost the crawl is no end of it.
            if outage_of(self.crawler).crawl_is_gone(self._client):
                raise DontCloseSpider  # closing already, with its own reason
        except RedisUnavailable:
            return


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
    killed with SIGKILL is then known to be dead. At each beat the worker
    also looks for such dead workers of its crawl and recovers them
    (crawler/redis_state.py: ``recover_run``): their shard remembered,
    their claims released, their unfinished requests back in the queue —
    unless Redis itself was down lately, which stops every heartbeat alike.
    And it adds the portals it fetched from to the crawl's `reached` set as
    it goes, so that a killed worker's portals are not lost from it."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None
        self.fetched: set[str] = set()
        self.reported: set[str] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler, crawler.settings.getfloat("REDIS_HEARTBEAT_SECONDS"))

    @property
    def ttl(self) -> float:
        return 3 * self.interval

    @property
    def store(self):
        """The worker's RedisStateStore (its client guarded: crawler/worker_redis.py)."""
        return store_of(self.crawler)

    def response_received(self, response, request, spider) -> None:
        portal = request.meta.get("portal")
        if portal:
            self.fetched.add(portal)

    def beat(self) -> None:
        if worker_guard(self.crawler).gave_up or self.store is None:
            return
        try:
            if outage_of(self.crawler).crawl_is_gone(self.store.client):
                return
            self.store.heartbeat(self.crawler.spider.run_id, ttl=self.ttl)
            new = self.fetched - self.reported
            if new:
                self.store.client.sadd(self.store.keys.reached(self.crawler.settings.get("CRAWL_ID")), *new)
                self.reported |= new
            self.recover_dead_workers()
        except RedisUnavailable:
            pass  # the guard has logged it and closes the spider
        except redis.RedisError as exc:
            # Not fatal, and the loop must go on: a worker that stops beating
            # is taken for dead by the others.
            logger.warning("heartbeat: %s", mask_text(repr(exc)))
        except Exception as exc:  # a bug (in recovering a dead worker): said and counted, never the loop's end
            self.crawler.stats.inc_value(stat_keys.CRAWLER_ERRORS)
            logger.error("heartbeat: %s: %s", type(exc).__name__, mask_text(str(exc)))

    def recover_dead_workers(self) -> int:
        if worker_guard(self.crawler).recently_down(within=self.ttl):
            return 0
        store, keys = self.store, self.store.keys
        crawl_id, own = self.crawler.settings.get("CRAWL_ID"), self.crawler.spider.run_id
        recovered = 0
        for run_id in store.client.smembers(keys.workers(crawl_id)) - {own}:
            if store.client.exists(keys.alive(run_id)):
                continue
            info = store.run(run_id)
            if info is None:
                continue

            def requeue(run_id=run_id) -> None:
                moved = reliable_queue.requeue(store.client, keys.processing(crawl_id, run_id),
                                               keys.requests(crawl_id))
                logger.warning("worker %s stopped beating: %d unfinished request(s) put back in the "
                               "queue", run_id, moved)
                self.crawler.stats.inc_value(stat_keys.WORKERS_RECOVERED)
                self.crawler.stats.inc_value(stat_keys.REQUEUED_FROM_DEAD, moved)

            if info.get("status") == "running":  # killed
                if store.recover_run(run_id, info, requeue=requeue) is not None:
                    recovered += 1
            elif store.client.zcard(keys.processing(crawl_id, run_id)):
                # It ended without handing back what it held (it lost Redis):
                # its run stays failed, its requests are crawled all the same.
                requeue()
        return recovered

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

