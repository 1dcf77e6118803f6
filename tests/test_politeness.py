"""Politeness towards a portal, through the real command against a real
server: robots.txt when the portal does not answer, and robots.txt
Crawl-delay kept by the workers of a shared crawl together (issue 14, points
9 and 12)."""

from __future__ import annotations

import pytest

from tests.fault_server import FaultyPortal
from tests.test_distributed import distributed_crawl, shards
from tests.test_edge_cases import PORTAL, crawl, write_registry
from tests.test_scheduled import free_port


def test_a_robots_txt_that_cannot_be_fetched_is_one_line(tmp_path):
    """A portal that is down: Scrapy logged the failed robots.txt with two
    chained tracebacks (~70 lines) under the page's URL; it is one line
    naming robots.txt, and the traceback only at DEBUG."""
    base = f"http://127.0.0.1:{free_port()}"
    result = crawl(tmp_path, write_registry(tmp_path, base + "/"), "--set", "RETRY_TIMES=0")
    assert result.returncode == 3, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-4000:]
    said = [line for line in result.stderr.splitlines()
            if "[scrapy.downloadermiddlewares.robotstxt]" in line
            or "[crawler.middlewares]" in line and "robots.txt" in line]
    assert len(said) == 1, said
    assert f"robots.txt {base}/robots.txt could not be fetched" in said[0]
    assert "Connection" in said[0] and "crawled as if it had none" in said[0]


# Articles of the faulty portal that each make a record.
ARTICLES = ["/tin-tuc/binh-thuong-1001.html", "/tin-tuc/windows-1258-khai-bao-1002.html",
            "/tin-tuc/windows-1258-khong-khai-bao-1003.html", "/tin-tuc/van-ban-nfd-1004.html",
            "/tin-tuc/html-hong-1005.html", "/tin-tuc/tieu-de-cong-thuc-1008.html"]


@pytest.mark.parametrize("robots, delay", [
    ("slow", ""),                   # robots.txt: Crawl-delay 3600, capped to 0.6 s
    ("ok", "crawl_delay = 0.6\n"),  # the portal's own crawl_delay in the registry
])
def test_the_workers_of_a_shared_crawl_keep_a_crawl_delay_together(redis_url, tmp_path, robots, delay):
    """With two workers each kept the delay on its own, and the portal got
    two requests per delay (gaps of 0.09, 0.51, 0.09, …). The workers
    reserve each host's next send time in Redis, so the portal sees one
    request per delay, from either worker. One request at a time per
    worker: each holds one page, and the two share the six."""
    with FaultyPortal(robots=robots) as portal:
        urls = ", ".join(f'"{portal.base_url}{path}"' for path in ARTICLES)
        registry = tmp_path / "portals.toml"
        registry.write_text(PORTAL + delay + f"start_urls = [{urls}]\n", encoding="utf-8")
        result = distributed_crawl(registry, redis_url, f"politeness-{robots}", tmp_path / "out", 2,
                                   "--set", "ROBOTSTXT_CRAWL_DELAY_MAX=0.6", "--set", "CONCURRENT_REQUESTS=1")
        pages = [at for at, path in portal.times if path != "/robots.txt"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert {path for _, path in portal.times} >= set(ARTICLES)
    gaps = [later - earlier for earlier, later in zip(pages, pages[1:])]
    assert min(gaps) >= 0.55, [round(gap, 2) for gap in gaps]
    written = [records for records in shards(tmp_path / "out").values()]
    assert len(written) == 2 and all(written), "one worker fetched every page: the test shows nothing"
    assert sum(len(records) for records in written) == len(ARTICLES)
