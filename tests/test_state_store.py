"""The state store as a component: its lock, its repairs and its refusals,
in real crawls of the sample portals against real SQLite files (and a real
Redis for the shared store)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis

from crawler.shared_crawl import CrawlDefinition, RedisKeys
from crawler.redis_state import RedisStateStore
from crawler.state import RetryPolicy, SqliteStateStore
from tests.conftest import ROOT, crawl, wait_for
from tests.test_scheduled import output_lines, route_file, start_crawl

ARTICLE = "/2022/02/10/cho-don-nhieu-no-luc-trong-cai-cach-hanh-chinh/"


def report_of(out: Path) -> dict:
    return json.loads(next(out.rglob("*.report.json")).read_text("utf-8"))


def portal_row(report: dict, portal: str) -> dict:
    return next(p for p in report["portals"] if p["portal"] == portal)


def runs_of(state: Path) -> dict[str, str]:
    db = sqlite3.connect(state / "state.sqlite3")
    try:
        return dict(db.execute("SELECT run_id, status FROM runs"))
    finally:
        db.close()


def complete_portals(state: Path) -> set[str]:
    db = sqlite3.connect(state / "state.sqlite3")
    try:
        return {p for (p,) in db.execute("SELECT portal FROM portals WHERE last_complete_run IS NOT NULL")}
    finally:
        db.close()


def missing_explained(state: Path, clean_records: list[dict], got: set) -> str:
    """For a failed comparison: what the state says of each article the
    clean run wrote and this one did not (the row of its URL, if any)."""
    db = sqlite3.connect(state / "state.sqlite3")
    try:
        lines = []
        for record in clean_records:
            if (record["portal"], record["content_hash"]) not in got:
                path = urlsplit(record["url"]).path
                rows = db.execute("SELECT url, record_url, content_hash, not_article, attempts FROM pages "
                                  "WHERE url LIKE ? OR record_url LIKE ?", (f"%{path}%", f"%{path}%")).fetchall()
                lines.append(f"{record['url']}: {rows or 'not in the state'}")
        return "\n".join(lines)
    finally:
        db.close()


# -- templates: a blob per portal, kept across runs ------------------------------

def test_sqlite_store_keeps_a_template_per_portal_across_runs(tmp_path):
    store = SqliteStateStore(tmp_path / "state")
    assert store.load_template("chodon") is None
    store.save_template("chodon", b"\x00layout v1\xff")
    store.save_template("tienlu", b"")
    store.close()
    reopened = SqliteStateStore(tmp_path / "state")
    assert reopened.load_template("chodon") == b"\x00layout v1\xff"
    assert reopened.load_template("tienlu") == b""
    reopened.save_template("chodon", b"layout v2")
    assert reopened.load_template("chodon") == b"layout v2"
    assert reopened.load_template("baolam") is None
    reopened.close()


def test_redis_store_keeps_a_template_per_portal_across_runs(redis_url):
    keys = RedisKeys("templates-test")
    crawl_def = CrawlDefinition("crawl-1", "", ("chodon",))
    store = RedisStateStore(redis.Redis.from_url(redis_url, decode_responses=True), keys, crawl_def)
    assert store.load_template("chodon") is None
    store.save_template("chodon", b"\x00layout v1\xff")
    store.close()
    other = RedisStateStore(redis.Redis.from_url(redis_url, decode_responses=True), keys, None)
    assert other.load_template("chodon") == b"\x00layout v1\xff"
    other.save_template("chodon", b"layout v2")
    assert other.load_template("chodon") == b"layout v2"
    assert other.load_template("tienlu") is None
    other.close()


# -- 14.6: a state that cannot be read stops the run ---------------------------------

def assert_refused_with_one_line(run, out: Path) -> None:
    assert run.returncode == 2, run.stderr[-2000:]
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and "move" in last and "aside" in last, last
    assert run.records == [] and not list(out.rglob("*.jsonl"))


def test_a_zero_length_state_file_stops_the_run(portals, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    (state / "state.sqlite3").write_bytes(b"")
    run = crawl(portals, portals.registry, tmp_path / "out", state=state)
    assert_refused_with_one_line(run, tmp_path / "out")
    assert len(run.stderr.strip().splitlines()) == 1
    assert run.requests == []
    assert (state / "state.sqlite3").stat().st_size == 0  # left as it was, for the operator


def test_a_truncated_state_file_stops_the_run(portals, tmp_path):
    state = tmp_path / "state"
    first = crawl(portals, portals.registry, tmp_path / "out1", state=state)
    assert first.returncode == 0 and first.records
    db = state / "state.sqlite3"
    assert not (state / "state.sqlite3-wal").exists() or (state / "state.sqlite3-wal").stat().st_size == 0
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.truncate(size // 2)
    run = crawl(portals, portals.registry, tmp_path / "out2", state=state)
    assert_refused_with_one_line(run, tmp_path / "out2")
    assert "Traceback" not in run.stderr
    assert run.requests == []


def _foreign_database(state: Path) -> None:
    db = sqlite3.connect(state / "state.sqlite3")
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    db.commit()
    db.close()


def _garbage_inside(state: Path) -> None:
    db = state / "state.sqlite3"
    data = bytearray(db.read_bytes())
    for at in (len(data) * 3 // 10, len(data) * 6 // 10, len(data) * 9 // 10):
        data[at:at + 512] = os.urandom(512)
    db.write_bytes(bytes(data))


def _database_a_directory(state: Path) -> None:
    (state / "state.sqlite3").unlink()
    (state / "state.sqlite3").mkdir()


@pytest.mark.parametrize("spoil, words", [
    (_foreign_database, "no state tables; it holds notes"),
    (_garbage_inside, "is corrupt"),
    (_database_a_directory, "a directory where the state database belongs"),
])
def test_a_spoilt_state_database_is_one_line_before_anything_starts(portals, tmp_path, spoil, words):
    """Another program's SQLite file was taken for an empty state (every
    article written again, exit 0); a corrupt one was said after Scrapy's
    start-up, in a message SQLite's report split over lines; a directory in
    its place was called locked."""
    state = tmp_path / "state"
    if spoil is _foreign_database:
        state.mkdir()
    else:
        first = crawl(portals, portals.registry, tmp_path / "out1", state=state)
        assert first.returncode == 0 and first.records
    spoil(state)
    run = crawl(portals, portals.registry, tmp_path / "out", state=state)
    assert_refused_with_one_line(run, tmp_path / "out")
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], run.stderr[-3000:]
    assert run.requests == []


def test_scrapy_crawl_on_an_empty_state_file_is_one_line_and_exit_2(portals, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    (state / "state.sqlite3").write_bytes(b"")
    beside = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"portals={portals.registry}",
         "-s", f"OUTPUT_FILE={tmp_path / 'out.jsonl'}", "-s", f"STATE_DIR={state}"],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
    assert beside.returncode == 2, beside.stderr[-3000:]
    assert "Traceback" not in beside.stderr
    assert beside.stderr.strip().splitlines()[-1].startswith(f"error: {state / 'state.sqlite3'} is empty")


def test_state_pointing_at_a_file_is_one_line(portals, tmp_path):
    state = tmp_path / "state-file"
    state.write_text("not a directory")
    run = crawl(portals, portals.registry, tmp_path / "out", state=state)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"error: {state}: not a directory; --state names the state directory (default .state)"]


def _dangling(tmp_path: Path) -> Path:
    (tmp_path / "state").symlink_to(tmp_path / "nowhere")
    return tmp_path / "state"


def _file_in_place_of(name: str):
    def make(tmp_path: Path) -> Path:
        state = tmp_path / "state"
        (state / "state.sqlite3").parent.mkdir()
        SqliteStateStore(state).close()  # a state earlier runs left
        if (state / name).is_dir():
            (state / name).rmdir()
        (state / name).write_text("")
        return state
    return make


@pytest.mark.parametrize("make_state, words", [
    (_dangling, "a symbolic link to nothing"),
    (lambda tmp_path: Path("/proc/cchc-state"), "cannot keep the state there"),
    (_file_in_place_of("runs"), "runs: not a directory"),
    (_file_in_place_of("httpcache"), "httpcache: not a directory"),
])
def test_a_state_place_that_cannot_be_used_is_one_line_and_exit_2(portals, tmp_path, make_state, words):
    """Each of these gave a traceback; a `runs` file in the state let the crawl
    run with exit 0 and no liveness lock, an `httpcache` file made a live
    portal look unreachable (exit 3)."""
    state = make_state(tmp_path)
    run = crawl(portals, portals.registry, tmp_path / "out", state=state)
    assert run.returncode == 2, run.stderr[-3000:]
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], run.stderr[-3000:]
    assert run.requests == [] and run.records == []


def test_a_missing_state_directory_is_a_fresh_start(portals, tmp_path):
    state = tmp_path / "new" / "state"
    run = crawl(portals, portals.registry, tmp_path / "out", state=state)
    assert run.returncode == 0 and run.records
    assert set(runs_of(state).values()) == {"finished"}


# -- 14.7: a killed run's output with lines that are not records ---------------------

def killed_mid_crawl(portals, out: Path, state: Path) -> Path:
    """A crawl SIGKILLed once it has written three records; its output file."""
    portals.delay = 0.1
    process = start_crawl(portals, out, state)
    try:
        wait_for(lambda: len(output_lines(out)) >= 3)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    return next(out.rglob("*.jsonl"))


def test_recovery_skips_and_counts_lines_that_are_not_records(portals, tmp_path):
    out, state = tmp_path / "out", tmp_path / "state"
    shard = killed_mid_crawl(portals, out, state)
    kept = [json.loads(line) for line in output_lines(out) if line.endswith("\n")]  # not a torn last line
    with open(shard, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps({"url": "http://x/1", "text": "no portal"}) + "\n")
        fh.write("[1, 2]\n")
        # JSON objects with url, portal, content_hash and fetched_at as text,
        # and still nothing a store can keep: a URL that is a list, a URL
        # with half of a UTF-16 pair (no UTF-8 text, so no SQLite text).
        fh.write(json.dumps({**kept[0], "fetched_url": [kept[0]["url"]]}) + "\n")
        fh.write(json.dumps({**kept[0], "url": kept[0]["url"] + "\ud800"}) + "\n")
    assert list(runs_of(state).values()) == ["running"]

    portals.delay = 0.0
    resumed = crawl(portals, portals.registry, tmp_path / "out2", state=state)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "Traceback" not in resumed.stderr
    assert "5 line(s) that are not records skipped" in resumed.stderr
    assert sorted(runs_of(state).values()) == ["finished", "recovered"]
    # What the killed run wrote was remembered, not written again.
    again = {(r["portal"], r["content_hash"]) for r in resumed.records}
    assert not again & {(r["portal"], r["content_hash"]) for r in kept}


# -- 14.10: `scrapy crawl portal` takes the same lock ----------------------------------

def test_scrapy_crawl_beside_crawl_is_refused_and_touches_nothing(portals, tmp_path):
    state = tmp_path / "state"
    first = crawl(portals, portals.registry, tmp_path / "out0", state=state)
    assert first.returncode == 0
    complete = complete_portals(state)
    assert complete

    portals.delay = 1.0  # the incremental run must outlast Scrapy's start-up beside it
    running = start_crawl(portals, tmp_path / "out1", state)
    try:
        wait_for(lambda: "running" in runs_of(state).values())
        out = tmp_path / "beside.jsonl"
        beside = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"portals={portals.registry}",
             "-s", f"OUTPUT_FILE={out}", "-s", f"STATE_DIR={state}", "-s", "LOG_LEVEL=INFO"],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
        # Refused as `crawl` refuses: one line (after Scrapy's start-up banner), exit code 4.
        assert beside.returncode == 4, beside.stderr[-3000:]
        assert "Traceback" not in beside.stderr, beside.stderr[-3000:]
        assert beside.stderr.strip().splitlines()[-1] == \
            f"error: another crawl is running on {state} (pid {running.pid})", beside.stderr[-3000:]
        assert not out.exists()
        # The live run was not "recovered", and completeness was not reset.
        assert list(runs_of(state).values()).count("running") == 1
        assert "recovered" not in runs_of(state).values()
        assert complete_portals(state) == complete
    finally:
        running.send_signal(signal.SIGTERM)
        running.communicate(timeout=120)


# -- the close reason decides: anything but "finished" is a failed run ------------------

def test_a_run_closed_for_any_other_reason_fails_and_leaves_portals_incomplete(portals, tmp_path):
    state = tmp_path / "state"
    assert crawl(portals, portals.registry, tmp_path / "out0", state=state).returncode == 0
    assert complete_portals(state)
    stopped = crawl(portals, portals.registry, tmp_path / "out1", "--refresh",
                    "--set", "CLOSESPIDER_PAGECOUNT=3", state=state)
    assert stopped.returncode == 1, stopped.stderr[-2000:]
    assert report_of(tmp_path / "out1")["finish_reason"] == "closespider_pagecount"
    assert sorted(runs_of(state).values()) == ["failed", "finished"]
    assert complete_portals(state) == set()


# -- 14.1: a page bad once is fetched again by a later run -------------------------------

@pytest.mark.parametrize("bad, counted_as", [
    (lambda good: b"", "empty"),
    # An empty skeleton, and a body cut off in its head: no headline, no
    # text. They were judged "no title" for good and never asked for again.
    (lambda good: b"<html><head></head><body></body></html>", "not_article:too_little_text"),
    (lambda good: good[:good.index(b"<title>")], "not_article:too_little_text"),
])
def test_a_page_empty_once_is_fetched_again_after_its_back_off(portals, tmp_path, bad, counted_as):
    state = tmp_path / "state"
    page = route_file(portals.root, "chodon", ARTICLE)
    good = page.read_bytes()
    page.write_bytes(bad(good))
    first = crawl(portals, portals.registry, tmp_path / "out1", state=state)
    assert first.returncode == 0, first.stderr[-2000:]
    assert ARTICLE not in {urlsplit(r["url"]).path for r in first.records}
    assert portal_row(report_of(tmp_path / "out1"), "chodon")["skipped"].get(counted_as, 0) >= 1
    url = portals.base_urls["chodon"] + ARTICLE
    store = SqliteStateStore(state)
    assert store.attempts(url) == 1
    store.close()

    page.write_bytes(good)
    # Within the back-off (12 h by default) the page waits …
    second = crawl(portals, portals.registry, tmp_path / "out2", state=state)
    assert second.returncode == 0
    assert ("chodon", ARTICLE) not in {(r.portal, r.path_with_query) for r in second.requests}
    assert second.records == []
    # … and once it is due, it is fetched and written.
    third = crawl(portals, portals.registry, tmp_path / "out3", "--set", "TRANSIENT_RETRY_SECONDS=0", state=state)
    assert third.returncode == 0, third.stderr[-2000:]
    assert [(urlsplit(r["url"]).path, r["change"]) for r in third.records] == [(ARTICLE, "new")]
    store = SqliteStateStore(state)
    assert store.attempts(url) == 0 and not store.should_refetch(url)
    store.close()


def test_a_transient_failure_is_given_up_after_its_attempts(tmp_path):
    store = SqliteStateStore(tmp_path / "state", RetryPolicy(base_seconds=0, max_attempts=3))
    url = "http://portal/a"
    for attempt in range(1, 4):
        assert store.should_refetch(url)
        store.remember_not_article(url=url, portal="p", reason="too_little_text", when="2024-05-01T00:00:00Z")
        assert store.attempts(url) == attempt
    assert not store.should_refetch(url, now="2030-01-01T00:00:00Z")
    store.close()


def test_one_invalid_byte_in_a_utf8_page_is_replaced_and_counted(portals, tmp_path):
    page = route_file(portals.root, "chodon", ARTICLE)
    text = portals.substitute(page.read_text("utf-8"), "chodon")
    assert "12.309 hồ sơ" in text
    # One stray byte inside the article text; served as bytes, as a portal would.
    page.write_bytes(text.encode("utf-8").replace("12.309 hồ sơ".encode(), b"12.309 h\xff\xc3\xb4 s\xc6\xa1"))
    routes = portals.root / "chodon" / "routes.toml"
    entry = f'url = "{ARTICLE}"\nfile = "pages/{page.name}"\ntype = "text/html; charset=utf-8"'
    assert entry in routes.read_text("utf-8")
    routes.write_text(routes.read_text("utf-8").replace(
        entry, entry.replace("text/html", "application/xhtml+xml")), "utf-8")
    portals.reload_routes()

    run = crawl(portals, portals.registry, tmp_path / "out", state=tmp_path / "state")
    assert run.returncode == 0, run.stderr[-2000:]
    record = next(r for r in run.records if urlsplit(r["url"]).path == ARTICLE)
    assert "12.309 h\ufffdô sơ" in record["text"]
    assert "replaced by U+FFFD" in run.stderr
    assert portal_row(report_of(tmp_path / "out"), "chodon")["decoded_with_replacement"] == 1


def test_crawl_with_workers_repairs_a_killed_run_once(portals, tmp_path):
    """`crawl --workers 2` hands its lock to its children; each repairs what
    killed runs left, one at a time, and neither takes the other's live run
    for a dead one."""
    clean = crawl(portals, portals.registry, tmp_path / "clean", state=tmp_path / "clean-state")
    assert clean.returncode == 0 and clean.records
    out, state = tmp_path / "out", tmp_path / "state"
    portals.delay = 0.1
    process = start_crawl(portals, out, state)
    try:
        wait_for(lambda: len(output_lines(out)) >= 5)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()

    portals.delay = 0.0
    resumed = crawl(portals, portals.registry, out, "--workers", "2", state=state)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert resumed.stderr.count("repaired the state from 1 unfinished run(s)") == 1
    assert sorted(runs_of(state).values()) == ["finished", "finished", "recovered"]
    records = [json.loads(line) for line in output_lines(out) if line.endswith("\n")]
    articles = [(r["portal"], r["content_hash"]) for r in records]
    assert len(articles) == len(set(articles))
    assert set(articles) == {(r["portal"], r["content_hash"]) for r in clean.records}, \
        missing_explained(state, clean.records, set(articles)) + "\n" + resumed.stderr[-3000:]
    assert not list(state.glob("runs/*.lock"))  # every run's liveness lock is gone


# -- 14.2: a killed run's output whose last line is whole but lacks its newline ----------

def test_recovery_keeps_a_whole_last_record_that_lacks_only_its_newline(portals, tmp_path):
    """The repair of a killed run follows the writer's rule: only a fragment is
    cut. A whole last record without its newline was cut off the killed
    run's output (and fetched and written again by the next run)."""
    from crawler.output_reader import read_records

    out, state = tmp_path / "out", tmp_path / "state"
    shard = killed_mid_crawl(portals, out, state)
    whole = [line for line in output_lines(out) if line.endswith("\n")]
    kept = [json.loads(line) for line in whole]
    shard.write_text("".join(whole)[:-1], encoding="utf-8")  # the last record without its newline

    portals.delay = 0.0
    resumed = crawl(portals, portals.registry, tmp_path / "out2", state=state)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert shard.read_bytes().endswith(b"\n")
    assert [r["url"] for r in read_records([shard]).records] == [r["url"] for r in kept]
    # Its last record was remembered too, not written again.
    again = {(r["portal"], r["content_hash"]) for r in resumed.records}
    assert not again & {(r["portal"], r["content_hash"]) for r in kept}
    assert "0 torn line(s) cut, 1 whole last line(s) given their newline" in resumed.stderr
