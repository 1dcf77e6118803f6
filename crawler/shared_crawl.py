"""A crawl shared through Redis: its definition, every key it uses, and
the client. No Scrapy and no scrapy-redis here: the store
(crawler/redis_state.py), the crawl plan and `seed` need only these; the
Scrapy side is crawler/distributed.py, a worker's guarded client
crawler/worker_redis.py."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import asdict, dataclass

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from crawler.redis_guard import RedisGuard, guarded_client, mask_text, mask_url
from crawler.settings import REDIS_PREFIX

DEFAULT_PREFIX = REDIS_PREFIX


class DistributedError(RuntimeError):
    """Redis cannot be reached, or holds no crawl to work on: one line, exit 2."""


@dataclass(frozen=True)
class RedisKeys:
    """Every key this project uses, under one prefix (REDIS_PREFIX), so that
    several projects or test runs can share a server."""

    prefix: str = DEFAULT_PREFIX

    # -- the crawl: its definition and scrapy-redis' queue and dupefilter --
    @property
    def current_crawl(self) -> str:
        return f"{self.prefix}:crawl"

    def crawl(self, crawl_id: str) -> str:
        return f"{self.prefix}:crawl:{crawl_id}"

    def requests(self, crawl_id: str) -> str:
        return f"{self.prefix}:crawl:{crawl_id}:requests"

    def dupefilter(self, crawl_id: str) -> str:
        return f"{self.prefix}:crawl:{crawl_id}:dupefilter"

    def reached(self, crawl_id: str) -> str:
        """Portals of which a worker of this crawl fetched at least one page."""
        return f"{self.prefix}:crawl:{crawl_id}:reached"

    def workers(self, crawl_id: str) -> str:
        """Run ids of the workers that joined this crawl."""
        return f"{self.prefix}:crawl:{crawl_id}:workers"

    def processing(self, crawl_id: str, run_id: str) -> str:
        """The requests a worker popped and has not finished (crawler/reliable_queue.py)."""
        return f"{self.prefix}:crawl:{crawl_id}:processing:{run_id}"

    def learning(self, crawl_id: str, portal: str, part: str) -> str:
        """The portal's template as the workers of this crawl learn it:
        part "counts" (signature counts), "meta" (pages, URL patterns),
        "fingerprints" (pages learned)."""
        return f"{self.prefix}:crawl:{crawl_id}:template:{portal}:{part}"

    def next_send(self, crawl_id: str, host: str) -> str:
        """When the workers of this crawl may next send a request to `host`
        (host:port): see HostPace."""
        return f"{self.prefix}:crawl:{crawl_id}:next_send:{host}"

    # -- the incremental store (crawler/redis_state.py) ---------------------
    @property
    def pages(self) -> str:
        return f"{self.prefix}:pages"

    @property
    def first_seen(self) -> str:
        return f"{self.prefix}:first_seen"

    def hashes(self, portal: str) -> str:
        return f"{self.prefix}:hashes:{portal}"

    @property
    def claims(self) -> str:
        return f"{self.prefix}:claims"

    def hash_claims(self, portal: str) -> str:
        return f"{self.prefix}:hash_claims:{portal}"

    def claims_of(self, run_id: str) -> str:
        return f"{self.prefix}:claims_of:{run_id}"

    @property
    def complete_portals(self) -> str:
        return f"{self.prefix}:complete_portals"

    @property
    def runs(self) -> str:
        return f"{self.prefix}:runs"

    def alive(self, run_id: str) -> str:
        return f"{self.prefix}:alive:{run_id}"

    def recovering(self, run_id: str) -> str:
        return f"{self.prefix}:recovering:{run_id}"

    @property
    def templates(self) -> str:
        return f"{self.prefix}:templates"


@dataclass(frozen=True)
class CrawlDefinition:
    crawl_id: str
    registry_toml: str
    portal_ids: tuple[str, ...]
    refresh: bool = False
    since: str | None = None
    previous: str | None = None   # the crawl seeded before this one
    seeded_at: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "CrawlDefinition":
        data = json.loads(text)
        data["portal_ids"] = tuple(data["portal_ids"])
        return cls(**data)


def connect(url: str, *, decode: bool = True, guard: RedisGuard | None = None,
            timeout: float | None = None) -> redis.Redis:
    """A client for `url` that has answered a PING, or a DistributedError.
    With a guard (a worker's), its commands ride out a Redis outage. With a
    `timeout` (a worker before its crawl starts), each command is tried once
    and given that long to connect and to answer: a stalled Redis must not
    hold a worker longer than its REDIS_RETRY_SECONDS say."""
    try:
        if guard is not None:
            client = guarded_client(url, guard, decode=decode)
        elif timeout is not None:
            client = redis.Redis.from_url(url, decode_responses=decode, socket_connect_timeout=timeout,
                                          socket_timeout=timeout, retry=Retry(NoBackoff(), 0))
        else:
            client = redis.Redis.from_url(url, decode_responses=decode, socket_connect_timeout=10,
                                          socket_timeout=30, retry_on_timeout=True)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise DistributedError(f"cannot use Redis at {mask_url(url)}: {mask_text(str(exc))}") from None
    return client


# Reserves a host's next send time for one request: the later of now and
# the time the previous reservation left free, then frees it DELAY later.
# Now is Redis' own TIME, so that the workers' clocks do not matter, in
# microseconds; the key expires with the delay. Returns the microseconds to
# wait. (Redis before 5 needs replicate_commands() to write after TIME.)
_RESERVE_SEND = """
if redis.replicate_commands then redis.replicate_commands() end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local free = at + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', free), 'PX', math.ceil((free - now) / 1000) + 1000)
return at - now
"""


class HostPace:
    """The delay a host asks for, kept by every worker of a crawl together:
    each request reserves the host's next free send time in Redis, one
    atomic script, and waits for it. Kept by each worker alone, two workers
    sent two requests per delay."""

    def __init__(self, client: redis.Redis, keys: RedisKeys, crawl_id: str):
        self.keys = keys
        self.crawl_id = crawl_id
        self._reserve = client.register_script(_RESERVE_SEND)

    def reserve(self, host: str, delay: float) -> float:
        """Seconds to wait before a request to `host` (host:port) goes out,
        `delay` seconds after the one reserved before it by any worker."""
        wait = self._reserve(keys=[self.keys.next_send(self.crawl_id, host)], args=[round(delay * 1_000_000)])
        return int(wait) / 1_000_000


def keys_from_settings(settings) -> RedisKeys:
    return RedisKeys(settings.get("REDIS_PREFIX") or DEFAULT_PREFIX)


def load_crawl(client: redis.Redis, keys: RedisKeys, crawl_id: str | None) -> CrawlDefinition | None:
    text = client.get(keys.crawl(crawl_id)) if crawl_id else None
    return CrawlDefinition.from_json(text) if text else None


def current_crawl(client: redis.Redis, keys: RedisKeys) -> CrawlDefinition | None:
    """The crawl `seed` defined last."""
    return load_crawl(client, keys, client.get(keys.current_crawl))


def worker_run_id(now: dt.datetime | None = None) -> str:
    """A run id no other worker can have: time, host and process."""
    now = now or dt.datetime.now(dt.timezone.utc)
    host = "".join(c if c.isalnum() or c == "-" else "-" for c in socket.gethostname())[:40]
    return f"{now.strftime('run-%Y%m%dT%H%M%S%fZ')}-{host}-{os.getpid()}"


def mark_alive(client: redis.Redis, keys: RedisKeys, run_id: str, ttl: float) -> None:
    """A worker's heartbeat: its `alive` key, expiring after `ttl` seconds."""
    client.set(keys.alive(run_id), "1", px=max(1, int(ttl * 1000)))


def in_processing(client: redis.Redis, keys: RedisKeys, crawl_id: str, run_ids) -> int:
    """How many requests the given workers of a crawl hold in processing."""
    run_ids = list(run_ids)
    if not run_ids:
        return 0
    with client.pipeline(transaction=False) as pipe:
        for run_id in run_ids:
            pipe.zcard(keys.processing(crawl_id, run_id))
        return sum(pipe.execute())


def held_by_workers(client: redis.Redis, keys: RedisKeys, crawl_id: str, exclude: str | None = None) -> int:
    """Requests that workers of a crawl popped and have not finished."""
    run_ids = [r for r in client.smembers(keys.workers(crawl_id)) if r != exclude]
    return in_processing(client, keys, crawl_id, run_ids)


def drop_crawl_queue(client: redis.Redis, keys: RedisKeys, crawl_id: str) -> None:
    """Delete a crawl's queue, fingerprints and processing sets (`seed`
    does, once the crawl is settled)."""
    run_ids = client.smembers(keys.workers(crawl_id))
    client.delete(keys.requests(crawl_id), keys.dupefilter(crawl_id), keys.workers(crawl_id),
                  *(keys.processing(crawl_id, run_id) for run_id in run_ids))
