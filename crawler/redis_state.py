"""The incremental store of crawler/state.py, in Redis, for workers that
share one crawl (crawler/distributed.py). Same questions, same answers:
what earlier runs saw, which records are new, which portals had a complete
crawl. What changes with many writers:

- A record is *claimed* before it is written (atomically, in a Lua script):
  two workers that fetch one article under two URLs, or a canonical URL
  and its alias, cannot both write it. The claim is released once the
  record is remembered.
- A worker refreshes an ``alive`` key while it runs. A run still marked
  running whose key has expired was killed: :meth:`recover` reads what its
  shard holds (when the shard is on this machine), remembers it, cuts a
  torn last line (the writer's rule: end_cleanly) and releases the claims
  it held, so its articles are written by a later run, once. A worker of the same crawl does this while
  the crawl runs (:meth:`recover_run`, from crawler/distributed.py's
  WorkerHeartbeat) and puts the killed worker's unfinished requests back
  in the queue, so they are crawled in that crawl.
- Whether a crawl was complete is settled by the next ``seed``
  (:meth:`settle_crawl`), when every worker of it has ended: only a crawl
  whose every worker finished lets the next one stop paging early.
"""

from __future__ import annotations

import base64
import json
import socket
from pathlib import Path

import redis

from crawler.clock import utc_now
from crawler.output_reader import TailRepair, end_cleanly
from crawler.redis_guard import RedisUnavailable
from crawler.shared_crawl import (CrawlDefinition, DistributedError, RedisKeys, held_by_workers, keys_from_settings,
                                  load_crawl, mark_alive)
from crawler.state import TRANSIENT_NOT_ARTICLE, Change, Recovery, RetryPolicy, remember_output
from crawler.template import MAX_SIGNATURES

# Claim a record unless another worker holds it; report what earlier runs wrote.
CHANGE_OF = """
local pages, hashes, claims, hash_claims, claims_of = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local url, hash, run, portal = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local claimant = redis.call('HGET', claims, url)
if claimant and claimant ~= run then return {'claimed', url} end
local claimed_as = redis.call('HGET', hash_claims, hash)
if claimed_as and claimed_as ~= url then return {'claimed', claimed_as} end
local change = 'new'
local written_as = url
local page = redis.call('HGET', pages, url)
if page then
  local known = cjson.decode(page)
  if type(known.content_hash) == 'string' then
    if known.content_hash == hash then return {'unchanged', known.record_url} end
    change, written_as = 'updated', known.record_url
  end
end
if change == 'new' then
  local alias = redis.call('HGET', hashes, hash)
  if alias then return {'unchanged', alias} end
end
redis.call('HSET', claims, url, run)
redis.call('HSET', hash_claims, hash, url)
redis.call('SADD', claims_of, portal .. '\\t' .. hash .. '\\t' .. url)
return {change, written_as}
"""

# Release a claim only if it is this run's (or nobody's).
RELEASE = """
local claims, hash_claims, claims_of = KEYS[1], KEYS[2], KEYS[3]
local url, hash, run, portal = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if redis.call('HGET', claims, url) == run then redis.call('HDEL', claims, url) end
if redis.call('HGET', hash_claims, hash) == url then redis.call('HDEL', hash_claims, hash) end
redis.call('SREM', claims_of, portal .. '\\t' .. hash .. '\\t' .. url)
return 1
"""

# One page learned into the crawl's shared template (crawler/template.py):
# a page met before (same prose fingerprint) counts for its URL pattern only.
# Past ARGV[3] signatures, those seen on one page only are forgotten, as a
# worker's own template does.
LEARN_PAGE = """
local counts, meta, fingerprints = KEYS[1], KEYS[2], KEYS[3]
local fingerprint, pattern, most, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local added = 1
if pattern ~= '' then redis.call('HINCRBY', meta, 'pattern:' .. pattern, 1) end
if fingerprint ~= '' and redis.call('SADD', fingerprints, fingerprint) == 0 then
  added = 0
else
  redis.call('HINCRBY', meta, 'pages', 1)
  for i = 5, #ARGV do redis.call('HINCRBY', counts, ARGV[i], 1) end
  if redis.call('HLEN', counts) > most then
    local all = redis.call('HGETALL', counts)
    for i = 1, #all, 2 do
      if all[i + 1] == '1' then redis.call('HDEL', counts, all[i]) end
    end
  end
end
for _, key in ipairs(KEYS) do redis.call('EXPIRE', key, ttl) end
return added
"""
# The shared template outlives an idle crawl by this long.
LEARNING_TTL_SECONDS = 7 * 24 * 3600


class RedisStateStore:
    """The state store of one worker run (crawler/store.py names what every
    store answers)."""

    # Workers on many machines share no disk: no HTTP cache.
    http_cache_dir = None

    def __init__(self, client: redis.Redis, keys: RedisKeys, crawl: CrawlDefinition | None,
                 retry: RetryPolicy = RetryPolicy()):
        self.client = client
        self.keys = keys
        self.crawl = crawl
        self.retry = retry
        self.run_id: str | None = None
        self._change_of = client.register_script(CHANGE_OF)
        self._release = client.register_script(RELEASE)
        self._learn_page = client.register_script(LEARN_PAGE)

    @classmethod
    def from_crawler(cls, crawler):
        """The store of the crawl CRAWL_ID that `seed` defined in REDIS_URL."""
        from scrapy.exceptions import NotConfigured

        from crawler.worker_redis import worker_client

        settings = crawler.settings
        if not settings.get("REDIS_URL"):
            raise NotConfigured  # not a worker of a shared crawl
        keys = keys_from_settings(settings)
        client = worker_client(crawler)  # rides out a Redis outage (crawler/redis_guard.py)
        crawl = load_crawl(client, keys, settings.get("CRAWL_ID"))
        if crawl is None:
            raise DistributedError(f"no crawl {settings.get('CRAWL_ID')!r} in Redis; run `seed` first")
        return cls(client, keys, crawl, RetryPolicy.from_settings(settings))

    def close(self) -> None:
        self.client.close()

    # -- pages -------------------------------------------------------------
    def _page(self, url: str) -> dict | None:
        raw = self.client.hget(self.keys.pages, url)
        return json.loads(raw) if raw else None

    def should_refetch(self, url: str, now: str | None = None) -> bool:
        page = self._page(url)
        if page is None:
            return True
        return page["content_hash"] is None and self.retry.due(
            page["not_article"], page.get("attempts", 0), page["last_seen"], now or utc_now())

    def attempts(self, url: str) -> int:
        page = self._page(url)
        return page.get("attempts", 0) if page else 0

    def is_known(self, url: str, now: str | None = None) -> bool:
        page = self._page(url)
        return page is not None and not self.retry.due_again(
            page["not_article"], page.get("attempts", 0), page["last_seen"], now or utc_now())

    def change_of(self, portal: str, record_url: str, content_hash: str) -> tuple[Change, str]:
        """As StateStore.change_of, or CLAIMED: another worker is writing this
        record right now."""
        keys = self.keys
        change, written_as = self._change_of(
            keys=[keys.pages, keys.hashes(portal), keys.claims, keys.hash_claims(portal),
                  keys.claims_of(self.run_id)],
            args=[record_url, content_hash, self.run_id, portal])
        return Change(change), written_as

    def remember_record(self, *, fetched_url: str, record_url: str, portal: str,
                        content_hash: str, when: str) -> None:
        keys = self.keys
        with self.client.pipeline() as pipe:
            for url in dict.fromkeys((fetched_url, record_url)):
                pipe.hset(keys.pages, url, json.dumps({
                    "portal": portal, "record_url": record_url, "content_hash": content_hash,
                    "not_article": None, "last_seen": when}))
                pipe.hsetnx(keys.first_seen, url, when)
            pipe.hsetnx(keys.hashes(portal), content_hash, record_url)
            pipe.execute()
        if self.run_id is not None:  # recovery remembers before its run starts
            self._release(keys=[keys.claims, keys.hash_claims(portal), keys.claims_of(self.run_id)],
                          args=[record_url, content_hash, self.run_id, portal])

    def remember_not_article(self, *, url: str, portal: str, reason: str, when: str) -> None:
        page = self._page(url)
        if page is not None and page["content_hash"] is not None:
            return  # a record was written for it: that wins, as in SqliteStateStore
        attempts = (page.get("attempts", 0) if page else 0) + 1 if reason in TRANSIENT_NOT_ARTICLE else 0
        self.client.hset(self.keys.pages, url, json.dumps({
            "portal": portal, "record_url": None, "content_hash": None,
            "not_article": reason, "last_seen": when, "attempts": attempts}))
        self.client.hsetnx(self.keys.first_seen, url, when)

    # -- templates -------------------------------------------------------------
    def load_template(self, portal: str) -> bytes | None:
        data = self.client.hget(self.keys.templates, portal)
        return base64.b64decode(data) if data is not None else None

    def save_template(self, portal: str, data: bytes) -> None:
        # The client decodes replies as text: the blob goes in as base64.
        self.client.hset(self.keys.templates, portal, base64.b64encode(data).decode("ascii"))

    # The workers of one crawl learn each portal's template together: a
    # worker that met two of a portal's pages would otherwise extract its
    # articles with a template the others never had, and write other text.
    def add_template_page(self, portal: str, fingerprint: int | None, signatures: frozenset[int],
                          pattern: str | None) -> bool:
        """Adds one page (crawler.template.page_summary) to the crawl's
        template of `portal`; False when the page was learned already, or
        Redis is gone (the worker is stopping: crawler/redis_guard.py)."""
        try:
            added = self._learn_page(
                keys=[self._learning(portal, part) for part in ("counts", "meta", "fingerprints")],
                args=[format(fingerprint, "x") if fingerprint is not None else "", pattern or "",
                      MAX_SIGNATURES, LEARNING_TTL_SECONDS, *(format(s, "x") for s in signatures)])
        except RedisUnavailable:
            return False
        return bool(added)

    def learned_template(self, portal: str) -> tuple[int, dict[int, int], dict[str, int]] | None:
        """The crawl's template of `portal` so far: pages learned, signature
        counts, and pages learned per URL pattern; None when Redis is gone."""
        try:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.hgetall(self._learning(portal, "counts"))
                pipe.hgetall(self._learning(portal, "meta"))
                counts, meta = pipe.execute()
        except RedisUnavailable:
            return None
        patterns = {field.removeprefix("pattern:"): int(n) for field, n in meta.items()
                    if field.startswith("pattern:")}
        return int(meta.get("pages", 0)), {int(s, 16): int(c) for s, c in counts.items()}, patterns

    def _learning(self, portal: str, part: str) -> str:
        if self.crawl is None:
            raise DistributedError("no crawl to learn templates in")
        return self.keys.learning(self.crawl.crawl_id, portal, part)

    # -- runs and portals ----------------------------------------------------
    def start_run(self, run_id: str, output: Path | str | None, when: str, *, alive_seconds: float = 30) -> None:
        self.run_id = run_id
        self._set_run(run_id, {"crawl": self.crawl.crawl_id, "output": str(output) if output else None,
                               "host": socket.gethostname(), "started": when, "status": "running"})
        self.heartbeat(run_id, ttl=alive_seconds)

    def heartbeat(self, run_id: str, ttl: float) -> None:
        mark_alive(self.client, self.keys, run_id, ttl)

    def _set_run(self, run_id: str, info: dict) -> None:
        self.client.hset(self.keys.runs, run_id, json.dumps(info))

    def run(self, run_id: str) -> dict | None:
        raw = self.client.hget(self.keys.runs, run_id)
        return json.loads(raw) if raw else None

    def runs(self) -> dict[str, dict]:
        return {run_id: json.loads(info) for run_id, info in self.client.hgetall(self.keys.runs).items()}

    def close_run(self, run_id: str, reason: str, reached: list[str], portals: list[str], when: str) -> None:
        """The worker's end: its status, and the portals it reached. Whether
        the crawl was complete is decided later, by settle_crawl."""
        info = self.run(run_id) or {}
        info.update(status="finished" if reason == "finished" else "failed", ended=when)
        if reached:
            self.client.sadd(self.keys.reached(self.crawl.crawl_id), *reached)
        self._set_run(run_id, info)
        self.client.delete(self.keys.alive(run_id))

    def had_complete_run(self, portal: str) -> bool:
        return bool(self.client.hexists(self.keys.complete_portals, portal))

    def live_runs(self, crawl_id: str) -> list[str]:
        return [run_id for run_id, info in self.runs().items()
                if info.get("crawl") == crawl_id and info["status"] == "running"
                and self.client.exists(self.keys.alive(run_id))]

    def settle_crawl(self, crawl: CrawlDefinition) -> bool:
        """Mark the portals of an ended crawl complete if every worker of it
        finished (or was killed and its requests re-queued) and its queue and
        processing sets are empty; otherwise make sure none of its
        portals counts as complete, so the next crawl pages to the end."""
        runs = [info for info in self.runs().values() if info.get("crawl") == crawl.crawl_id]
        queued = self.client.zcard(self.keys.requests(crawl.crawl_id))
        held = held_by_workers(self.client, self.keys, crawl.crawl_id)
        # "requeued": killed, its unfinished requests crawled by the others
        complete = bool(runs) and queued == 0 and held == 0 \
            and all(r["status"] in ("finished", "requeued") for r in runs)
        if complete:
            reached = self.client.smembers(self.keys.reached(crawl.crawl_id))
            if reached:
                self.client.hset(self.keys.complete_portals,
                                 mapping={portal: crawl.crawl_id for portal in reached})
        else:
            self.client.hdel(self.keys.complete_portals, *crawl.portal_ids)
        return complete

    def recover(self) -> Recovery:
        """Reconcile the state with runs that were killed (still marked
        running, heartbeat expired): remember what their shard holds, when
        it is readable from here, and release the claims they held."""
        total = Recovery()
        for run_id, info in self.runs().items():
            if info["status"] != "running" or self.client.exists(self.keys.alive(run_id)):
                continue
            recovery = self.recover_run(run_id, info)
            if recovery is not None:
                total += recovery
        return total

    def recover_run(self, run_id: str, info: dict, requeue=None) -> Recovery | None:
        """Recover one killed run (None if another process is at it). With
        `requeue` (a worker of the same crawl, while it runs), the run's
        unfinished requests go back to the queue, after its records are
        remembered and its claims released: status "requeued", which lets
        the crawl count as complete (settle_crawl)."""
        # Two workers at once must not both recover one run.
        if not self.client.set(self.keys.recovering(run_id), "1", nx=True, ex=300):
            return None
        path = Path(info["output"]) if info.get("output") else None
        readable = path is not None and path.exists()
        tail, records, bad = TailRepair(), 0, 0
        if readable:
            tail = end_cleanly(path)
            remembered = remember_output(self, path)
            records, bad = remembered.records, len(remembered.skipped)
        self._release_claims_of(run_id)
        if requeue is not None:
            requeue()
        info.update(status=("requeued" if requeue is not None else "recovered") if readable else "lost")
        self._set_run(run_id, info)
        return Recovery(1, records, int(bool(tail.cut_bytes)), bad, int(tail.newline_added))

    def _release_claims_of(self, run_id: str) -> None:
        keys = self.keys
        for member in self.client.smembers(keys.claims_of(run_id)):
            portal, content_hash, url = member.split("\t", 2)
            self._release(keys=[keys.claims, keys.hash_claims(portal), keys.claims_of(run_id)],
                          args=[url, content_hash, run_id, portal])
        self.client.delete(keys.claims_of(run_id))
