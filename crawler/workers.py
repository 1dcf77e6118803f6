"""Several crawl processes at once: seeding a shared crawl, running local
worker processes, and merging their output shards.

The Scrapy side of the distributed mode is crawler/distributed.py; this is
what the `seed`, `worker`, `crawl --workers N` and `merge` commands do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import redis

from crawler.clock import utc_now
from crawler.distributed import dupefilter_for, queue_for
from crawler.output_reader import ReadResult, read_records
from crawler.plan import page_request
from crawler.records import to_json_line
from crawler.redis_state import RedisStateStore
from crawler.registry import load_registry, registry_text
from crawler.shared_crawl import CrawlDefinition, RedisKeys, current_crawl, drop_crawl_queue
from crawler.store import recover

# The project's spider, by name: the queue names its callbacks.
SPIDER = "portal"


class CrawlInProgress(RuntimeError):
    """`seed` found live workers on the current crawl."""


@dataclass(frozen=True)
class SeedResult:
    crawl: CrawlDefinition
    start_requests: int
    previous_complete: bool | None   # None: there was no previous crawl
    recovered_runs: int


def seed_crawl(client: redis.Redis, keys: RedisKeys, registry_path: Path, portal_ids: list[str], *,
               refresh: bool = False, since: str | None = None, force: bool = False) -> SeedResult:
    """Define a new crawl in Redis and queue its portals' start URLs.

    The crawl before it is settled first: its killed workers are recovered,
    its portals marked complete only if every worker finished, and what it
    left in its queue is dropped (the new crawl finds those pages again from
    the listings, since it starts with an empty dupefilter). Refused while
    workers of it are alive, unless `force`."""
    registry = load_registry(registry_path)
    portals = registry.select(portal_ids)
    store = RedisStateStore(client, keys, crawl=None)
    recovery = recover(store)
    previous = current_crawl(client, keys)
    previous_complete = None
    if previous is not None:
        live = store.live_runs(previous.crawl_id)
        if live and not force:
            raise CrawlInProgress(
                f"crawl {previous.crawl_id} still has {len(live)} live worker(s) and "
                f"{client.zcard(keys.requests(previous.crawl_id))} queued request(s); "
                "wait for them, or seed with --force to abandon it")
        previous_complete = store.settle_crawl(previous)
        drop_crawl_queue(client, keys, previous.crawl_id)
    now = dt.datetime.now(dt.timezone.utc)
    crawl = CrawlDefinition(
        crawl_id=now.strftime("crawl-%Y%m%dT%H%M%S%fZ"),
        registry_toml=registry_text(registry_path),
        portal_ids=tuple(p.id for p in portals), refresh=refresh, since=since,
        previous=previous.crawl_id if previous else None, seeded_at=utc_now())
    client.set(keys.crawl(crawl.crawl_id), crawl.to_json())
    spider = project_spider(SPIDER)()
    queue = queue_for(client, keys, crawl.crawl_id, spider)
    seen = dupefilter_for(client, keys, crawl.crawl_id)
    queued = 0
    for portal in portals:
        for url in portal.start_urls:
            request = page_request(portal, spider.shapes.clean(url), 0, True,
                                   callback=spider.parse, errback=spider.failed)
            if not seen.request_seen(request):
                queue.push(request)
                queued += 1
    # Last, so that no worker ever joins a crawl whose start is half queued.
    client.set(keys.current_crawl, crawl.crawl_id)
    return SeedResult(crawl, queued, previous_complete, recovery.runs)


def project_spider(name: str):
    """The spider class `name` of the project's SPIDER_MODULES (found, not imported by name)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import get_spider_loader

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return get_spider_loader(settings).load(name)


def split_portals(portal_ids: list[str], parts: int) -> list[list[str]]:
    """Portals dealt round-robin into at most `parts` non-empty groups."""
    groups = [portal_ids[i::parts] for i in range(parts)]
    return [group for group in groups if group]


def run_processes(commands: list[list[str]], env: dict | None = None, pass_fds: tuple[int, ...] = ()) -> list[int]:
    """Run the commands side by side and wait for all of them. SIGINT and
    SIGTERM sent to this process are passed on, so every child closes its
    output cleanly."""
    children = [subprocess.Popen(command, env=env, pass_fds=pass_fds) for command in commands]

    def pass_on(signum, frame):
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    previous = {sig: signal.signal(sig, pass_on) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return [child.wait() for child in children]
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def python_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler", *args]


def merge_outputs(inputs: list[Path], out: Path) -> ReadResult:
    """Every article of the shards once (newest fetch of a URL wins), in
    one JSON Lines file, written to a temporary name and renamed."""
    result = read_records(inputs, drop_fields=())
    out = Path(out)
    if out.resolve() in {path.resolve() for path in result.files}:
        raise ValueError(f"{out} is one of the inputs; write the merge elsewhere")
    records = sorted(result.records, key=lambda r: (r.get("portal") or "", r["url"]))
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "w", encoding="utf-8") as fh:
            for record in records:
                fh.write(to_json_line(record))
        os.replace(partial, out)
    except OSError as exc:  # a place that cannot hold it, the disk full: nothing half-written stays
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ValueError(f"--out {out}: cannot write there ({exc.strerror or exc})") from None
    return result
