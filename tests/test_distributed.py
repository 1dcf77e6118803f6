"""Distributed mode: workers share one crawl through a real redis-server
(the `redis_url` fixture) and crawl the sample portals over loopback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import redis

from crawler.distributed import CrawlDefinition, RedisKeys
from crawler.redis_state import RedisStateStore
from crawler.state import Change

from tests.conftest import FAST, ROOT, run_cli, wait_for

# Short waits, so that a test does not sit out the production defaults.
WORKER_SETTINGS = [*FAST, "--set", "WORKER_IDLE_SECONDS=2", "--set", "REDIS_HEARTBEAT_SECONDS=0.5"]


def shards(out: Path) -> dict[Path, list[dict]]:
    return {path: [json.loads(line) for line in path.read_text("utf-8").splitlines()]
            for path in sorted(out.rglob("*.jsonl"))}


def articles(records) -> Counter:
    """An article is its portal and its text: a portal without canonical
    links serves one article under several URLs, and which one a crawl
    meets first depends on timing."""
    return Counter((r["portal"], r["content_hash"]) for r in records)


def distributed_crawl(registry: Path, redis_url: str, prefix: str, out: Path, workers: int, *extra: str):
    return run_cli("crawl", "--portals", str(registry), "--redis", redis_url, "--redis-prefix", prefix,
                   "--workers", str(workers), "--out", str(out), *WORKER_SETTINGS, *extra)


def all_records(out: Path) -> list[dict]:
    return [record for records in shards(out).values() for record in records]


def test_three_workers_write_what_one_process_writes(full_crawl, portal_server, sample_registry,
                                                     redis_url, tmp_path):
    out = tmp_path / "out"
    result = distributed_crawl(sample_registry, redis_url, "three", out, 3)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "3 worker(s), exit codes 0 0 0" in result.stdout
    written = shards(out)
    records = all_records(out)
    assert len(written) == 3  # one shard per worker, no file shared
    assert sum(1 for shard in written.values() if shard) >= 2, "the work was not shared"
    assert [a for a, n in articles(records).items() if n > 1] == []
    assert len({r["url"] for r in records}) == len(records)
    assert set(articles(records)) == set(articles(full_crawl.records))
    assert sum(len(r["metrics"]) for r in records) == sum(len(r["metrics"]) for r in full_crawl.records)

    # The incremental store is shared: the next distributed run emits nothing
    # and fetches no article again.
    portal_server.clear_log()
    again = distributed_crawl(sample_registry, redis_url, "three", tmp_path / "again", 3)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "previous crawl complete" in again.stdout
    assert all_records(tmp_path / "again") == []
    fetched = {r.path_with_query for r in portal_server.request_log}
    known = {r["url"].split("/", 3)[3] for r in records}
    assert not {"/" + path for path in known} & fetched


def test_merge_gives_one_view_of_the_shards(full_crawl, portal_server, sample_registry, redis_url, tmp_path):
    out = tmp_path / "out"
    assert distributed_crawl(sample_registry, redis_url, "merge", out, 2).returncode == 0
    merged = tmp_path / "all.jsonl"
    result = run_cli("merge", str(out), "--out", str(merged))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in merged.read_text("utf-8").splitlines()]
    assert sorted(records, key=lambda r: r["url"]) == sorted(all_records(out), key=lambda r: r["url"])
    assert set(articles(records)) == set(articles(full_crawl.records))
    # Refused: writing the merge over one of its inputs.
    shard = next(out.rglob("*.jsonl"))
    assert run_cli("merge", str(out), "--out", str(shard)).returncode == 2


def test_local_processes_split_the_portals_without_redis(full_crawl, sample_registry, tmp_path):
    out = tmp_path / "out"
    result = run_cli("crawl", "--portals", str(sample_registry), "--workers", "2", "--out", str(out),
                     "--state", str(tmp_path / "state"), *FAST)
    assert result.returncode == 0, "\n".join(
        line for line in result.stderr.splitlines()
        if "ERROR" in line or "error:" in line or "Error" in line or "WARNING" in line)[-4000:]
    written = shards(out)
    assert len(written) == 2
    portals_per_shard = [{r["portal"] for r in shard} for shard in written.values()]
    assert not portals_per_shard[0] & portals_per_shard[1]  # each portal crawled by one process
    records = all_records(out)
    assert articles(records) == articles(full_crawl.records)
    # Both processes used the one state directory: the next run has nothing new.
    again = run_cli("crawl", "--portals", str(sample_registry), "--workers", "2", "--out",
                    str(tmp_path / "again"), "--state", str(tmp_path / "state"), *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    assert all_records(tmp_path / "again") == []


def children_of(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def test_a_local_process_killed_by_a_signal_fails_the_run_and_the_next_run_completes(full_crawl, portals,
                                                                                      tmp_path):
    """`crawl --workers 2` without Redis, one child SIGKILLed (as the OOM
    killer does): its code is -9, which the verdict took for success (exit 0
    with half the articles missing). Now exit 1; the next run repairs the
    state and writes what was missing, nothing twice."""
    out, state = tmp_path / "out", tmp_path / "state"
    portals.delay = 0.15
    parent = subprocess.Popen(
        [sys.executable, "-m", "crawler", "crawl", "--portals", str(portals.registry), "--out", str(out),
         "--state", str(state), *FAST, "--workers", "2"],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    try:
        wait_for(lambda: len(children_of(parent.pid)) == 2 and len(all_records(out)) >= 3, timeout=120)
        os.kill(children_of(parent.pid)[0], signal.SIGKILL)
    finally:
        portals.delay = 0.0
        _, stderr = parent.communicate(timeout=300)
    assert parent.returncode == 1, stderr[-3000:]
    first = all_records(out)
    assert set(articles(first)) < set(articles(full_crawl.records)), "the kill cut nothing: no test"
    again = run_cli("crawl", "--portals", str(portals.registry), "--out", str(tmp_path / "again"),
                    "--state", str(state), *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    records = first + all_records(tmp_path / "again")
    assert [a for a, n in articles(records).items() if n > 1] == []
    assert set(articles(records)) == set(articles(full_crawl.records))


def start_worker(redis_url: str, prefix: str, out: Path, *settings: str) -> subprocess.Popen:
    """A worker process; `settings` are more NAME=VALUE overrides."""
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "worker", "--redis", redis_url, "--redis-prefix", prefix,
         "--out", str(out), *WORKER_SETTINGS, "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
         *(f"--set={item}" for item in settings)],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def shard_of(out: Path, worker: subprocess.Popen) -> list[str]:
    """The lines of a worker's shard (its run id ends with its pid)."""
    return [line for path in out.rglob(f"*-{worker.pid}.jsonl")
            for line in path.read_text("utf-8").splitlines(keepends=True)]



def runs_of(client: redis.Redis, prefix: str) -> dict[str, dict]:
    return {run_id: json.loads(info) for run_id, info in client.hgetall(f"{prefix}:runs").items()}


def test_a_worker_killed_mid_crawl_is_completed_in_the_same_crawl(full_crawl, portals, redis_url, tmp_path):
    """SIGKILL one of three workers mid-crawl: the other two put back what it
    held and finish the crawl. Its shard and theirs hold every article once,
    with no second seed; the next seed finds the crawl complete."""
    prefix, out = "killed", tmp_path / "out"
    seeded = run_cli("seed", "--portals", str(portals.registry), "--redis", redis_url, "--redis-prefix", prefix)
    assert seeded.returncode == 0, seeded.stderr
    portals.delay = 0.1  # slow portals, so the kill lands mid-crawl
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    # Pages arrive slowly: a page waits for its portal's template as long
    # as in production, or it is extracted with less of it than full_crawl had.
    workers = [start_worker(redis_url, prefix, out, "TEMPLATE_WAIT=5") for _ in range(3)]
    victim, others = workers[0], workers[1:]
    try:
        wait_for(lambda: len(shard_of(out, victim)) >= 1)
        held = client.keys(f"{prefix}:crawl:*:processing:*-{victim.pid}")
        in_flight = sum(client.zcard(key) for key in held)
    finally:
        victim.send_signal(signal.SIGKILL)
        victim.communicate()
    assert in_flight > 0, "the victim held no request when it was killed: the test shows nothing"
    stderrs = []
    for worker in others:
        _, stderr = worker.communicate(timeout=240)
        assert worker.returncode == 0, stderr[-3000:]
        stderrs.append(stderr)
    assert any("stopped beating" in stderr for stderr in stderrs)
    lines = [line for path in out.rglob("*.jsonl") for line in path.read_text("utf-8").splitlines(keepends=True)]
    assert all(line.endswith("\n") for line in lines)
    records = all_records(out)
    # Every article exactly once, in this one crawl: what the killed worker
    # wrote is kept and not written again; what it held, the others wrote.
    assert [a for a, n in articles(records).items() if n > 1] == []
    assert set(articles(records)) == set(articles(full_crawl.records))
    killed = [run_id for run_id in runs_of(client, prefix) if run_id.endswith(f"-{victim.pid}")]
    assert [runs_of(client, prefix)[run_id]["status"] for run_id in killed] == ["requeued"]
    assert not client.keys(f"{prefix}:crawl:*:processing:*")  # nothing left unacknowledged

    # The crawl was complete: the next one may stop paging early, and
    # writes nothing new.
    portals.delay = 0.0
    following = distributed_crawl(portals.registry, redis_url, prefix, tmp_path / "again", 2)
    assert following.returncode == 0, following.stderr[-3000:]
    assert "previous crawl complete" in following.stdout
    assert all_records(tmp_path / "again") == []


def test_seed_is_refused_while_workers_are_alive_and_worker_needs_a_crawl(portals, redis_url, tmp_path):
    prefix = "refuse"
    no_crawl = run_cli("worker", "--redis", redis_url, "--redis-prefix", prefix)
    assert no_crawl.returncode == 2 and "run `python -m crawler seed` first" in no_crawl.stderr
    assert run_cli("seed", "--portals", str(portals.registry), "--redis", redis_url,
                   "--redis-prefix", prefix).returncode == 0
    portals.delay = 0.2
    worker = start_worker(redis_url, prefix, tmp_path / "out")
    try:
        client = redis.Redis.from_url(redis_url, decode_responses=True)
        wait_for(lambda: client.keys(f"{prefix}:alive:*"))
        refused = run_cli("seed", "--portals", str(portals.registry), "--redis", redis_url,
                          "--redis-prefix", prefix)
        assert refused.returncode == 4 and "live worker" in refused.stderr
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.communicate(timeout=120)
    unreachable = run_cli("seed", "--portals", str(portals.registry), "--redis", "redis://127.0.0.1:1/0")
    assert unreachable.returncode == 2 and "cannot use Redis" in unreachable.stderr


def test_a_claim_is_not_a_written_record(redis_url):
    """A worker that dies between claiming a record and writing it leaves
    the article unknown: the other workers drop it without remembering it,
    and once the dead run is recovered the next crawl may write it."""
    keys = RedisKeys("claims")
    crawl = CrawlDefinition("crawl-1", "", ("baolam",))
    holder, other, later = (RedisStateStore(redis.Redis.from_url(redis_url, decode_responses=True), keys, crawl)
                            for _ in range(3))
    holder.start_run("run-holder", None, "2024-05-01T00:00:00+00:00", alive_seconds=0.2)
    other.start_run("run-other", None, "2024-05-01T00:00:00+00:00")
    url, alias = "http://127.0.0.1/vi/bai-viet", "http://127.0.0.1/index.php?id=314"
    assert holder.change_of("baolam", url, "h1") == (Change.NEW, url)
    assert other.change_of("baolam", url, "h1") == (Change.CLAIMED, url)
    assert other.change_of("baolam", alias, "h1") == (Change.CLAIMED, url)  # same text, other URL
    assert not other.is_known(url) and not other.is_known(alias)

    time.sleep(0.3)  # the holder's heartbeat expires: it was killed
    assert later.recover().runs == 1
    later.start_run("run-later", None, "2024-05-01T01:00:00+00:00")
    assert later.change_of("baolam", url, "h1") == (Change.NEW, url)


def test_workers_learn_a_portal_template_together(redis_url):
    """Two workers that each fetch two of a portal's four pages extract with
    the template of all four, as one process does: alone, neither has the
    three pages a template needs, and each would write other text."""
    from crawler.extraction import parse_html
    from crawler.template import TemplateLearner, page_blocks
    from tests.test_page_understanding import PORTAL_PAGES

    pages = [page_blocks(parse_html(html)) for _, html in PORTAL_PAGES[2:6]]
    keys, crawl = RedisKeys("learning"), CrawlDefinition("crawl-1", "", ("unseen",))
    first, second = (TemplateLearner(RedisStateStore(redis.Redis.from_url(redis_url, decode_responses=True),
                                                     keys, crawl)) for _ in range(2))
    one_process = TemplateLearner()
    for index, blocks in enumerate(pages):
        (first if index % 2 else second).learn("unseen", blocks, "item")
        one_process.learn("unseen", blocks, "item")
    assert not first.learn("unseen", pages[0], "item")  # met by the other worker: learned once
    for worker in (first, second):
        worker.refresh("unseen")
        template = worker.usable("unseen")
        assert template is not None and template.portal.pages == 4
        assert template.portal.signatures() == one_process.usable("unseen").portal.signatures() != frozenset()
        assert worker.pages_alike("unseen", "item") == 5

    later = TemplateLearner(RedisStateStore(redis.Redis.from_url(redis_url, decode_responses=True), keys,
                                            CrawlDefinition("crawl-2", "", ("unseen",))))
    assert later.usable("unseen") is None  # each crawl learns anew
