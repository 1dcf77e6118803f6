"""Scheduled runs: incremental, resumable after SIGKILL, locked, with exit
codes and a report — real crawls against the sample portals."""

from __future__ import annotations

import gzip
import json
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.urls import load_shapes
from tests.conftest import FAST, ROOT, crawl, wait_for
from tests.portal_server import PortalServer

NEW_ARTICLE = "/2022/04/20/cho-don-kiem-tra-cong-tac-mot-cua-tai-xa-ban-thi/"


def paths(requests) -> set[tuple[str, str]]:
    return {(r.portal, r.path_with_query) for r in requests}


def article_paths(manifest: dict) -> set[tuple[str, str]]:
    return {(p["id"], path) for p in manifest["portals"] for a in p["articles"]
            for path in [a["path"], *a.get("aliases", [])]}


def route_file(root: Path, portal: str, url: str) -> Path:
    routes = tomllib.loads((root / portal / "routes.toml").read_text("utf-8"))
    entry = next(r for r in routes["routes"] if r["url"] == url)
    return root / portal / entry["file"]


def add_article(server: PortalServer) -> None:
    """Publish a new article on the Chợ Đồn portal and list it first."""
    root = server.root
    old_path = "/2022/02/10/cho-don-nhieu-no-luc-trong-cai-cach-hanh-chinh/"
    template = route_file(root, "chodon", old_path)
    html = template.read_text("utf-8").replace(old_path, NEW_ARTICLE).replace(
        "Chợ Đồn nhiều nỗ lực trong cải cách hành chính",
        "Chợ Đồn kiểm tra công tác một cửa tại xã Bản Thi").replace(
        "12.309 hồ sơ", "12.412 hồ sơ")
    (root / "chodon" / "pages" / "new-article.html").write_text(html, "utf-8")
    with open(root / "chodon" / "routes.toml", "a", encoding="utf-8") as fh:
        fh.write(f'\n[[routes]]\nurl = "{NEW_ARTICLE}"\nfile = "pages/new-article.html"\n'
                 'type = "text/html; charset=utf-8"\n')
    listing = route_file(root, "chodon", "/category/tin-tuc/")
    text = listing.read_text("utf-8")
    marker = '<a href="/2022/04/12/'
    assert marker in text
    listing.write_text(text.replace(marker, f'<a href="{NEW_ARTICLE}">Chợ Đồn kiểm tra một cửa</a> '
                                            + marker, 1), "utf-8")
    server.reload_routes()


def test_second_run_emits_nothing_and_reads_only_first_listing_pages(portals, manifest, tmp_path):
    state = tmp_path / "state"
    first = crawl(portals, portals.registry, tmp_path / "out1", state=state)
    assert first.returncode == 0, first.stderr[-2000:]
    assert first.records and {r["change"] for r in first.records} == {"new"}

    second = crawl(portals, portals.registry, tmp_path / "out2", state=state)
    assert second.returncode == 0, second.stderr[-2000:]
    assert second.records == []
    requested = paths(second.requests)
    assert not requested & article_paths(manifest), "a known article was fetched again"
    shapes = load_shapes()
    assert not [p for p in requested if shapes.is_pagination(p[1])], "paged past a page with nothing new"
    assert len(second.requests) < len(first.requests) / 2
    report = json.loads(next((tmp_path / "out2").rglob("*.report.json")).read_text("utf-8"))
    assert sum(p["unchanged"] + p["new"] + p["updated"] for p in report["portals"]) == 0
    assert {p["status"] for p in report["portals"]} == {"ok"}


def test_a_new_article_is_the_only_record_of_the_next_run(portals, tmp_path):
    state = tmp_path / "state"
    assert crawl(portals, portals.registry, tmp_path / "out1", state=state).returncode == 0
    add_article(portals)
    second = crawl(portals, portals.registry, tmp_path / "out2", state=state)
    assert second.returncode == 0, second.stderr[-2000:]
    assert [(urlsplit(r["url"]).path, r["change"]) for r in second.records] == [(NEW_ARTICLE, "new")]
    assert "12.412 hồ sơ" in second.records[0]["text"]


def test_refresh_revalidates_and_emits_a_changed_article_as_updated(portals, tmp_path):
    state = tmp_path / "state"
    first = crawl(portals, portals.registry, tmp_path / "out1", state=state)
    assert first.returncode == 0
    path = "/2022/02/10/cho-don-nhieu-no-luc-trong-cai-cach-hanh-chinh/"
    page = route_file(portals.root, "chodon", path)
    page.write_text(page.read_text("utf-8").replace("12.309 hồ sơ", "12.310 hồ sơ"), "utf-8")
    time.sleep(0.01)

    second = crawl(portals, portals.registry, tmp_path / "out2", "--refresh", state=state)
    assert second.returncode == 0, second.stderr[-2000:]
    assert [(urlsplit(r["url"]).path, r["change"]) for r in second.records] == [(path, "updated")]
    assert "12.310 hồ sơ" in second.records[0]["text"]
    old = next(r for r in first.records if urlsplit(r["url"]).path == path)
    assert second.records[0]["fetched_at"] >= old["fetched_at"]
    assert second.records[0]["content_hash"] != old["content_hash"]
    # Known pages were asked for conditionally and most answered 304.
    statuses = Counter(r.status for r in second.requests)
    assert statuses[304] > 20
    assert all("If-None-Match" in r.headers for r in second.requests if r.status == 304)


def cache_entry(state: Path, url_path: str) -> Path:
    """The HTTP cache's folder for the page at `url_path`."""
    for meta in (state / "httpcache").rglob("pickled_meta"):
        with gzip.open(meta, "rb") as fh:
            if urlsplit(pickle.load(fh)["url"]).path == url_path:  # (the test's own cache)
                return meta.parent
    raise AssertionError(f"no cache entry for {url_path}")


def test_a_cache_entry_a_killed_run_left_half_written_is_fetched_again_in_full(portals, tmp_path):
    """A run killed while storing a response leaves its headers (and ETag)
    with an empty body. The next run must not take that body for the page
    on a 304: the page is fetched in full and read as it is."""
    state = tmp_path / "state"
    first = crawl(portals, portals.registry, tmp_path / "out1", state=state)
    assert first.returncode == 0
    path = "/2022/02/10/cho-don-nhieu-no-luc-trong-cai-cach-hanh-chinh/"
    entry = cache_entry(state, path)
    # What the kill leaves: the files before the body, the body begun, nothing after it.
    with gzip.open(entry / "response_body", "wb"):
        pass
    for name in ("response_data", "request_headers", "request_body", "complete"):
        (entry / name).unlink(missing_ok=True)

    second = crawl(portals, portals.registry, tmp_path / "out2", "--refresh", state=state)
    assert second.returncode == 0, second.stderr[-2000:]
    assert "skipped (empty)" not in second.stderr
    fetched = [r for r in second.requests if r.path_with_query == path]
    assert [r.status for r in fetched] == [200] and "If-None-Match" not in fetched[0].headers
    assert second.records == []  # read in full: the same text as the first run's, so unchanged
    # and the entry is whole again: the next run revalidates it
    third = crawl(portals, portals.registry, tmp_path / "out3", "--refresh", state=state)
    assert [r.status for r in third.requests if r.path_with_query == path] == [304]


def start_crawl(server: PortalServer, out: Path, state: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "crawl", "--portals", str(server.registry), "--out", str(out),
         "--state", str(state), *FAST, "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=2"],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def output_lines(out: Path) -> list[str]:
    return [line for path in sorted(out.rglob("*.jsonl"))
            for line in path.read_text("utf-8").splitlines(keepends=True)]



def test_a_run_killed_with_sigkill_is_finished_by_the_next(portals, tmp_path):
    clean = crawl(portals, portals.registry, tmp_path / "clean", state=tmp_path / "clean-state")
    assert clean.returncode == 0 and clean.records

    out, state = tmp_path / "out", tmp_path / "state"
    portals.delay = 0.1  # slow portals, so the kill lands mid-crawl
    process = start_crawl(portals, out, state)
    try:
        wait_for(lambda: len(output_lines(out)) >= 5)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    killed_lines = output_lines(out)
    assert 5 <= len(killed_lines) < len(clean.records)

    portals.delay = 0.0
    resumed = crawl(portals, portals.registry, out, state=state)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    lines = output_lines(out)
    assert all(line.endswith("\n") for line in lines)
    records = [json.loads(line) for line in lines]
    # An article is its portal and text: a portal without canonical links
    # serves one article under several URLs, and which one a run meets first
    # depends on timing.
    articles = Counter((r["portal"], r["content_hash"]) for r in records)
    assert [a for a, n in articles.items() if n > 1] == []
    assert len({r["url"] for r in records}) == len(records)
    assert set(articles) == {(r["portal"], r["content_hash"]) for r in clean.records}


def test_a_second_run_started_meanwhile_is_refused(portals, tmp_path):
    state = tmp_path / "state"
    portals.delay = 0.1
    first = start_crawl(portals, tmp_path / "out1", state)
    try:
        wait_for(lambda: (state / "crawl.lock").exists() and "pid" in (state / "crawl.lock").read_text())
        started = time.monotonic()
        second = crawl(portals, portals.registry, tmp_path / "out2", state=state)
        assert second.returncode == 4
        assert "another crawl is running" in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
        assert time.monotonic() - started < 10
        assert not (tmp_path / "out2").exists()
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_portal_that_is_down_does_not_stop_the_others(portals, tmp_path):
    registry = tmp_path / "with-dead.toml"
    registry.write_text(portals.registry.read_text("utf-8") + (
        '\n[[portals]]\nid = "dead"\nname = "Cổng đã đóng"\ndistrict = "Không"\nprovince = "Không"\n'
        f'start_urls = ["http://127.0.0.1:{free_port()}/"]\n'), "utf-8")
    run = crawl(portals, registry, tmp_path / "out", "--set", "RETRY_TIMES=0")
    assert run.returncode == 3, run.stderr[-2000:]
    assert "could not reach dead" in run.stderr
    assert {r["portal"] for r in run.records} == set(portals.base_urls)
    report = json.loads(next((tmp_path / "out").rglob("*.report.json")).read_text("utf-8"))
    dead = next(p for p in report["portals"] if p["portal"] == "dead")
    assert dead["status"] == "unreachable" and dead["errors"]
    assert "unreachable" in run.stdout
