"""Shared fixtures: the sample portals on loopback and one real crawl of them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.portal_server import PortalServer  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402

SAMPLES = ROOT / "tests" / "sample_portals"
MANIFEST = SAMPLES / "manifest.toml"
# Local portals answer in a millisecond: no politeness delay in tests.
FAST = ["--set", "AUTOTHROTTLE_START_DELAY=0", "--set", "AUTOTHROTTLE_MAX_DELAY=0.5",
        "--set", "ALLOW_PRIVATE_ADDRESSES=true",
        "--set", "DOWNLOAD_DELAY=0", "--set", "TEMPLATE_WAIT=1"]


@dataclass
class CrawlRun:
    returncode: int
    stdout: str
    stderr: str
    records: list[dict]
    lines: list[str]
    requests: list  # the server's LoggedRequest entries made during the run


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "crawler", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def crawl(server: PortalServer, registry: Path, out: Path, *extra: str,
          state: Path | None = None) -> CrawlRun:
    """`python -m crawler crawl` against the sample portals; the state
    directory defaults to one beside `out`, new for each `out`."""
    server.clear_log()
    state = state or out.with_name(out.name + "-state")
    result = run_cli("crawl", "--portals", str(registry), "--out", str(out), "--state", str(state),
                     *FAST, *extra)
    lines = [line for path in sorted(out.rglob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines(keepends=True)]
    return CrawlRun(result.returncode, result.stdout, result.stderr,
                    [json.loads(line) for line in lines], lines, list(server.request_log))


def wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture(scope="session")
def manifest() -> dict:
    return tomllib.loads(MANIFEST.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def portal_server():
    with PortalServer() as server:
        yield server


@pytest.fixture(scope="session")
def sample_registry(portal_server, tmp_path_factory) -> Path:
    return portal_server.write_registry(tmp_path_factory.mktemp("registry") / "portals.toml")


@pytest.fixture(scope="session")
def full_crawl(portal_server, sample_registry, tmp_path_factory) -> CrawlRun:
    """One crawl of every sample portal, shared by the tests that read it."""
    run = crawl(portal_server, sample_registry, tmp_path_factory.mktemp("out"))
    assert run.returncode == 0, run.stderr[-3000:]
    return run


@pytest.fixture(scope="session")
def crawl_output(full_crawl, tmp_path_factory) -> Path:
    """The sample crawl's lines as the crawler lays them out: output/<day>/<run>.jsonl."""
    folder = tmp_path_factory.mktemp("output")
    run_file = folder / "2024-05-01" / "run-20240501T000000Z.jsonl"
    run_file.parent.mkdir()
    run_file.write_text("".join(full_crawl.lines), encoding="utf-8")
    return folder


@pytest.fixture
def portals(tmp_path):
    """A private, editable copy of the sample portals, served on loopback."""
    root = tmp_path / "portals"
    shutil.copytree(SAMPLES, root, ignore=shutil.ignore_patterns("_generator"))
    with PortalServer(root=root) as server:
        server.registry = server.write_registry(tmp_path / "portals.toml")
        yield server


@pytest.fixture(scope="session")
def redis_url():
    """A real redis-server on a free loopback port, for this test session."""
    try:
        server = RedisServer().start()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield server.url
    finally:
        server.stop()
