"""Politeness towards a portal, through the real command against a real
server: robots.txt when the portal does not answer, and robots.txt
Crawl-delay kept by the workers of a shared crawl together (issue 14, points
9 and 12)."""

from __future__ import annotations

from tests.test_edge_cases import crawl, write_registry
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
