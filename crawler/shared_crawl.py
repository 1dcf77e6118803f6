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


def connect(url: str, *, decode: bool = True, guard: RedisGuard | None = None) -> redis.Redis:
    """A client for `url` that has answered a PING, or a DistributedError.
    With a guard (a worker's), its commands ride out a Redis outage."""
    try:
        if guard is None:
            client = redis.Redis.from_url(url, decode_responses=decode, socket_connect_timeout=10,
                                          socket_timeout=30, retry_on_timeout=True)
        else:
            client = guarded_client(url, guard, decode=decode)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise DistributedError(f"cannot use Redis at {mask_url(url)}: {mask_text(str(exc))}") from None
    return client


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
