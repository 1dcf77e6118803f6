"""Distributed mode when Redis itself fails: a real redis-server (with
persistence, as in production) is killed mid-crawl and started again, and
the workers must either finish the crawl with nothing lost or stop with
exit code 1 and leave the crawl marked incomplete. Never a false success.
And a Redis password never shows in what the commands print or write."""

from __future__ import annotations

import json
import re
import signal
import time

import pytest
import redis

from crawler.redis_guard import RedisGuard, RedisUnavailable, mask_text, mask_url
from tests.conftest import run_cli, wait_for
from tests.redis_server import RedisServer
from tests.test_distributed import (all_records, articles, distributed_crawl, runs_of, shard_of,
                                    start_worker)


SECRET = "s3cr3t-pw"


@pytest.fixture
def persistent_redis():
    """A redis-server of this test's own, that keeps its data across a kill
    (and wants a password, which no message may show)."""
    with RedisServer(persistent=True, password=SECRET) as server:
        yield server


def seed(registry, url: str, prefix: str) -> None:
    seeded = run_cli("seed", "--portals", str(registry), "--redis", url, "--redis-prefix", prefix)
    assert seeded.returncode == 0, seeded.stderr


def no_traceback(stderr: str) -> str:
    """The first traceback of a worker's log, for the assertion message."""
    at = stderr.find("Traceback")
    return "" if at < 0 else stderr[max(0, at - 500):at + 6000]


def outage_lines(stderr: str) -> list[str]:
    """What the worker said about Redis being down."""
    return [line for line in stderr.splitlines() if "[crawler.redis_guard]" in line and "unreachable" in line]


def test_a_long_redis_outage_stops_the_workers_with_exit_1(full_crawl, portals, persistent_redis, tmp_path):
    """Redis stays down longer than REDIS_RETRY_SECONDS: each worker logs one
    line per attempt, no traceback, stops with exit code 1; the next seed
    finds the crawl incomplete, and the next crawl writes what was missing."""
    prefix, out, url = "outage", tmp_path / "out", persistent_redis.url
    seed(portals.registry, url, prefix)
    portals.delay = 0.1
    workers = [start_worker(url, prefix, out, "REDIS_RETRY_SECONDS=3") for _ in range(2)]
    try:
        wait_for(lambda: any(shard_of(out, worker) for worker in workers))
        persistent_redis.kill()
        killed_at = time.monotonic()
        # Down for 10 s at most; the workers must have given up by then.
        wait_for(lambda: all(w.poll() is not None for w in workers) or time.monotonic() - killed_at > 10,
                 timeout=30)
    finally:
        persistent_redis.restart()
    results = [worker.communicate(timeout=120) for worker in workers]
    for worker, (_, stderr) in zip(workers, results):
        assert worker.returncode == 1, stderr[-3000:]
        assert "Traceback" not in stderr, no_traceback(stderr)
        lines = outage_lines(stderr)
        # One line per attempt: a growing pause, not a spin.
        assert 2 <= len(lines) <= 12, "\n".join(lines)
        assert "stopping this worker" in lines[-1]
        assert all("redis://:***@127.0.0.1" in line for line in lines)
        assert SECRET not in stderr
        assert "redis_unavailable" in stderr
    first = all_records(out)
    assert set(articles(first)) < set(articles(full_crawl.records)), "the outage cut nothing: no test"

    # A worker that gave up while Redis was down could not clear its
    # heartbeat; until that expires the next crawl refuses (exit 4), as it
    # should. The next cron run comes later than that.
    client = redis.Redis.from_url(url)
    wait_for(lambda: not client.keys(f"{prefix}:alive:*"), timeout=60)
    portals.delay = 0.0
    following = distributed_crawl(portals.registry, url, prefix, tmp_path / "again", 2)
    assert following.returncode == 0, following.stderr[-3000:]
    assert "previous crawl incomplete" in following.stdout
    client = redis.Redis.from_url(url, decode_responses=True)
    statuses = [info["status"] for run_id, info in runs_of(client, prefix).items()
                if any(run_id.endswith(f"-{w.pid}") for w in workers)]
    assert statuses and all(status in ("failed", "recovered") for status in statuses), statuses
    records = first + all_records(tmp_path / "again")
    assert [a for a, n in articles(records).items() if n > 1] == []
    assert set(articles(records)) == set(articles(full_crawl.records))


def test_a_short_redis_outage_loses_nothing(full_crawl, portals, persistent_redis, tmp_path):
    """Redis comes back within REDIS_RETRY_SECONDS: the workers wait for it
    and finish the crawl with exit code 0 and every article written once."""
    prefix, out, url = "blip", tmp_path / "out", persistent_redis.url
    seed(portals.registry, url, prefix)
    portals.delay = 0.1
    workers = [start_worker(url, prefix, out, "REDIS_RETRY_SECONDS=30") for _ in range(2)]
    wait_for(lambda: any(shard_of(out, worker) for worker in workers))
    persistent_redis.kill()
    time.sleep(2.5)  # longer than a heartbeat's lifetime (1.5 s)
    persistent_redis.restart()
    for worker in workers:
        _, stderr = worker.communicate(timeout=240)
        assert worker.returncode == 0, "\n".join(line for line in stderr.splitlines() if "ERROR" in line)
        assert "Traceback" not in stderr, no_traceback(stderr)
        assert "answers again" in stderr
    records = all_records(out)
    assert [a for a, n in articles(records).items() if n > 1] == []
    assert set(articles(records)) == set(articles(full_crawl.records))
    again = run_cli("seed", "--portals", str(portals.registry), "--redis", url, "--redis-prefix", prefix)
    assert "previous crawl complete" in again.stdout, again.stdout + again.stderr


def test_a_redis_restarted_without_its_data_fails_the_worker(portals, tmp_path):
    """A Redis restarted without persistence has lost the queue: a worker
    that went on would idle out with exit code 0 and most pages unfetched."""
    with RedisServer() as server:
        prefix, out = "amnesia", tmp_path / "out"
        seed(portals.registry, server.url, prefix)
        portals.delay = 0.1
        worker = start_worker(server.url, prefix, out, "REDIS_RETRY_SECONDS=30")
        wait_for(lambda: shard_of(out, worker))
        server.kill()
        server.restart()  # empty
        _, stderr = worker.communicate(timeout=120)
    assert worker.returncode == 1, stderr[-3000:]
    assert "no longer holds crawl" in stderr and "redis_data_lost" in stderr
    assert "Traceback" not in stderr, no_traceback(stderr)


def test_redis_passwords_are_masked_everywhere(portals, tmp_path):
    secret = SECRET
    with RedisServer(password=secret) as server:
        assert secret in server.url
        prefix, out = "masked", tmp_path / "out"
        crawl = distributed_crawl(portals.registry, server.url, prefix, out, 1, "--loglevel", "DEBUG")
        assert crawl.returncode == 0, crawl.stderr[-3000:]
        reports = [path.read_text("utf-8") for path in out.rglob("*.report.json")]
        assert reports
        worker = run_cli("worker", "--redis", server.url, "--redis-prefix", "nothing-here")
        assert worker.returncode == 2 and "no crawl in Redis at redis://:***@" in worker.stderr
        refused = run_cli("seed", "--portals", str(portals.registry), "--redis",
                          server.url.replace(secret, "wrong-" + secret))
        assert refused.returncode == 2
    unreachable = run_cli("seed", "--portals", str(portals.registry), "--redis",
                          f"redis://user:{secret}@127.0.0.1:1/0")
    assert unreachable.returncode == 2 and "redis://user:***@127.0.0.1:1/0" in unreachable.stderr
    for text in (crawl.stdout, crawl.stderr, *reports, worker.stderr, refused.stdout, refused.stderr,
                 unreachable.stderr):
        assert secret not in text


@pytest.mark.parametrize("url, masked", [
    ("redis://:pw@host:6379/0", "redis://:***@host:6379/0"),
    ("rediss://user:p%40ss@host/1", "rediss://user:***@host/1"),
    ("redis://host:6379/0?password=pw&db=2", "redis://host:6379/0?password=***&db=2"),
    ("redis://host:6379/0", "redis://host:6379/0"),
    ("unix://:pw@/run/redis.sock?db=0", "unix://:***@/run/redis.sock?db=0"),
])
def test_mask_url(url, masked):
    assert mask_url(url) == masked
    assert mask_text(f"cannot use {url}: refused") == f"cannot use {masked}: refused"


class FakeClock:
    """Time that passes only when the guard sleeps: the retry schedule
    without the wait."""

    def __init__(self):
        self.now = 0.0
        self.pauses: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


def refused():
    raise redis.ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


def test_the_guard_gives_up_once_after_its_retry_time(caplog):
    clock, given_up = FakeClock(), []
    guard = RedisGuard(f"redis://:{SECRET}@127.0.0.1:6379/0", 60, clock=clock, sleep=clock.sleep,
                       on_give_up=lambda: given_up.append(True))
    with pytest.raises(RedisUnavailable):
        guard.call(refused)
    assert given_up == [True] and guard.gave_up
    assert 59 <= sum(clock.pauses) <= 60 and max(clock.pauses) <= 5
    growing = clock.pauses[:-1]  # the last is cut to the time left
    assert all(b >= a for a, b in zip(growing, growing[1:]))
    warnings = [r for r in caplog.records if r.name == "crawler.redis_guard"]
    assert len(warnings) == len(clock.pauses) + 1  # one line per attempt, and the verdict
    assert all(SECRET not in r.getMessage() and "redis://:***@" in r.getMessage() for r in warnings)
    # From now on: one try, no wait, no second verdict.
    with pytest.raises(RedisUnavailable):
        guard.call(refused)
    assert given_up == [True] and len(clock.pauses) == len(warnings) - 1


def test_the_guard_rides_out_a_short_outage():
    clock, reconnects, answers = FakeClock(), [], iter([refused, refused, refused, lambda: "PONG"])
    guard = RedisGuard("redis://127.0.0.1:6379/0", 60, clock=clock, sleep=clock.sleep,
                       on_reconnect=lambda: reconnects.append(clock.now))
    assert guard.call(lambda: next(answers)()) == "PONG"
    assert reconnects == [sum(clock.pauses)] and not guard.gave_up
    assert guard.recently_down(within=1) and not guard.recently_down(within=0)


def test_a_popped_request_is_held_until_acknowledged_or_requeued(redis_url):
    from scrapy import Request, Spider

    from crawler.distributed import JsonRequestCodec, RedisKeys
    from crawler.reliable_queue import ReliableQueue, requeue
    from crawler.shared_crawl import in_processing

    keys, server = RedisKeys("reliable"), redis.Redis.from_url(redis_url)
    spider = Spider(name="test")
    worker = ReliableQueue(server, spider, keys.requests("c1"), JsonRequestCodec,
                           processing_key=keys.processing("c1", "run-a"))
    for n, priority in ((1, 0), (2, 100), (3, 0)):
        assert worker.push_unseen(Request(f"http://127.0.0.1/{n}", priority=priority), f"fp{n}",
                                  keys.dupefilter("c1"))
    assert not worker.push_unseen(Request("http://127.0.0.1/1"), "fp1", keys.dupefilter("c1"))  # seen
    first, entry = worker.pop_entry()
    second, _ = worker.pop_entry()
    assert first.url == "http://127.0.0.1/2"  # the highest priority first, as before
    assert len(worker) == 1 and in_processing(server, keys, "c1", ["run-a"]) == 2
    worker.acknowledge([entry])
    assert in_processing(server, keys, "c1", ["run-a"]) == 1
    # The worker dies: its one unfinished request goes back, once.
    assert requeue(server, keys.processing("c1", "run-a"), keys.requests("c1")) == 1
    assert requeue(server, keys.processing("c1", "run-a"), keys.requests("c1")) == 0
    assert len(worker) == 2 and in_processing(server, keys, "c1", ["run-a"]) == 0
    assert {worker.pop_entry()[0].url for _ in range(2)} == {second.url, "http://127.0.0.1/3"}


def test_a_stalled_redis_stops_the_workers_with_exit_1_in_bounded_time(portals, persistent_redis, tmp_path):
    """Redis hangs (SIGSTOP: a stalled server, a network that drops packets)
    instead of refusing connections. Every Redis call of a worker is bounded
    by timeouts derived from REDIS_RETRY_SECONDS: the workers give up after
    about that long, shut down without waiting on Redis again, and end with
    exit code 1; once Redis is back, the next seed finds the crawl
    incomplete. (Redis' 30 s socket timeout once set the pace, and the
    shutdown waited on it call after call: the workers ran for minutes.)"""
    prefix, out, url, retry = "stalled", tmp_path / "out", persistent_redis.url, 3
    seed(portals.registry, url, prefix)
    portals.delay = 0.1
    workers = [start_worker(url, prefix, out, f"REDIS_RETRY_SECONDS={retry}") for _ in range(2)]
    try:
        wait_for(lambda: any(shard_of(out, worker) for worker in workers))
        persistent_redis.stall()
        stalled_at = time.monotonic()
        try:
            wait_for(lambda: all(w.poll() is not None for w in workers), timeout=retry + 10)
        except AssertionError:
            still = [round(time.monotonic() - stalled_at) for w in workers if w.poll() is None]
            pytest.fail(f"{len(still)} worker(s) still running {still} s after Redis stalled "
                        f"(REDIS_RETRY_SECONDS={retry})")
    finally:
        persistent_redis.resume()
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    for worker in workers:
        _, stderr = worker.communicate(timeout=30)
        assert worker.returncode == 1, stderr[-3000:]
        assert "Traceback" not in stderr, no_traceback(stderr)
        lines = outage_lines(stderr)
        assert 2 <= len(lines) <= 12, "\n".join(lines)
        assert "stopping this worker" in lines[-1]
        # The setting sets the pace: one attempt may take a second of it here, not 30 s.
        down = int(re.search(r"unreachable for (\d+) s", lines[-1]).group(1))
        assert down <= retry + 2, lines[-1]
        assert f"REDIS_RETRY_SECONDS={retry}" in lines[-1]
        assert SECRET not in stderr
        assert "redis_unavailable" in stderr

    client = redis.Redis.from_url(url)
    # A worker still starting when Redis stalled marks itself alive for 30 s
    # (start_run); that command, sent before the stall, runs at the resume.
    wait_for(lambda: not client.keys(f"{prefix}:alive:*"), timeout=60)
    again = run_cli("seed", "--portals", str(portals.registry), "--redis", url, "--redis-prefix", prefix)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "previous crawl incomplete" in again.stdout, again.stdout + again.stderr


def test_a_worker_that_starts_on_a_stalled_redis_gives_up_in_bounded_time(portals, persistent_redis):
    """Before its crawl starts (and its RedisGuard with it), a worker asks
    Redis for the current crawl: on a stalled Redis that took redis-py's
    30 s socket timeout, retried. One attempt as long as the guard gives
    one, then one line and exit code 2."""
    url, retry = persistent_redis.url, 3
    seed(portals.registry, url, "stalled-start")
    persistent_redis.stall()
    try:
        started = time.monotonic()
        worker = run_cli("worker", "--redis", url, "--redis-prefix", "stalled-start",
                         "--set", f"REDIS_RETRY_SECONDS={retry}", timeout=retry + 10)
        took = time.monotonic() - started
    finally:
        persistent_redis.resume()
    assert worker.returncode == 2, worker.stderr[-3000:]
    assert took < retry + 5, took
    assert "Traceback" not in worker.stderr, no_traceback(worker.stderr)
    assert "cannot use Redis at redis://:***@127.0.0.1" in worker.stderr
    assert SECRET not in worker.stderr


def test_a_hung_redis_is_given_up_within_the_retry_time_and_not_asked_again():
    """Each attempt on a hung Redis takes its whole timeout before it fails:
    the outage counts from the start of the first, so the guard gives up
    after REDIS_RETRY_SECONDS and one attempt more, not a timeout later. Then
    no command goes to Redis again: each would take the timeout once more."""
    clock, tries, timeout = FakeClock(), [], 1.0
    guard = RedisGuard("redis://127.0.0.1:6379/0", 3, clock=clock, sleep=clock.sleep)

    def hangs():
        tries.append(clock.now)
        clock.now += timeout
        raise redis.TimeoutError("Timeout reading from socket")

    with pytest.raises(RedisUnavailable):
        guard.call(hangs)
    assert guard.gave_up and clock.now <= 3 + timeout
    asked = len(tries)
    with pytest.raises(RedisUnavailable):
        guard.call(hangs)
    assert len(tries) == asked and clock.now <= 3 + timeout


# -- 14.7: a killed worker's shard holds a line that no store can keep ------------------

def test_a_line_of_a_killed_workers_shard_that_is_no_record_to_remember_is_skipped(portals, redis_url, tmp_path):
    """JSON objects with url, portal, content_hash and fetched_at as text but a
    URL that is a list, or half of a UTF-16 pair, in a killed worker's shard:
    the live worker's heartbeat recovery died on them (an unhandled error),
    the dead worker's requests stayed held and the live one waited for them
    for ever; every later seed failed with a traceback."""
    prefix, out = "unrememberable", tmp_path / "out"
    seed(portals.registry, redis_url, prefix)
    portals.delay = 0.1  # slow portals, so the kill lands mid-crawl
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    victim, survivor = [start_worker(redis_url, prefix, out) for _ in range(2)]
    try:
        try:
            wait_for(lambda: any(line.endswith("\n") for line in shard_of(out, victim)))
            in_flight = sum(client.zcard(key) for key in client.keys(f"{prefix}:crawl:*:processing:*-{victim.pid}"))
        finally:
            victim.send_signal(signal.SIGKILL)
            victim.communicate()
        assert in_flight > 0, "the victim held no request when it was killed: the test shows nothing"
        shard = next(out.rglob(f"*-{victim.pid}.jsonl"))
        written = json.loads(shard.read_text("utf-8").splitlines()[0])
        with open(shard, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({**written, "fetched_url": [written["url"]]}) + "\n")
            fh.write(json.dumps({**written, "url": written["url"] + "\ud800"}) + "\n")
        portals.delay = 0.0
        _, stderr = survivor.communicate(timeout=90)
    finally:
        if survivor.poll() is None:
            survivor.kill()
            survivor.communicate()
    assert survivor.returncode == 0, no_traceback(stderr) or stderr[-3000:]
    assert "Traceback" not in stderr and "Unhandled error" not in stderr, no_traceback(stderr)
    assert "stopped beating" in stderr
    killed = [info["status"] for run_id, info in runs_of(client, prefix).items() if run_id.endswith(f"-{victim.pid}")]
    assert killed == ["requeued"]
    assert not client.keys(f"{prefix}:crawl:*:processing:*")  # what the dead worker held was crawled

    following = run_cli("seed", "--portals", str(portals.registry), "--redis", redis_url, "--redis-prefix", prefix)
    assert following.returncode == 0, following.stderr[-3000:]
    assert "previous crawl complete" in following.stdout
