"""Never lose data: the JSON Lines writer on a full disk and with a record
that breaks the schema; the extractors on hostile input."""

from __future__ import annotations

import json
import logging
import os
import resource
import signal
import subprocess
import sys
import time

from hypothesis import HealthCheck, given, settings, strategies as st
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

import pytest

from crawler.extraction import NotHtmlError, extract_page
from crawler.items import SCHEMA_VERSION, ArticleRecord
from pipelines.jsonlines import JsonLinesWriterPipeline
from tests.conftest import FAST, ROOT

FILE_LIMIT = 24 * 1024  # bytes: the "disk" fills after a handful of records


def limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed


def test_a_full_disk_stops_the_run_cleanly_and_keeps_every_written_line(sample_registry, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "crawl", "--portals", str(sample_registry), "--out", str(out),
         "--no-state", *FAST],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True,
        timeout=300, preexec_fn=limit_file_size)
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "stopping the crawl" in result.stderr
    assert "output_error" in result.stdout
    [path] = list(out.rglob("*.jsonl"))
    data = path.read_bytes()
    assert 0 < len(data) <= FILE_LIMIT and data.endswith(b"\n")
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert records and all(r["text"] for r in records)


class _Spider:
    run_id = "run-test"


def test_a_record_that_breaks_the_schema_is_logged_and_not_written(tmp_path, caplog):
    crawler = get_crawler(settings_dict={"OUTPUT_FILE": str(tmp_path / "out.jsonl"), "OUTPUT_DIR": str(tmp_path)})
    crawler.stats.open_spider(_Spider())
    writer = JsonLinesWriterPipeline.from_crawler(crawler)
    writer.spider_opened(_Spider())
    good = dict(schema_version=SCHEMA_VERSION, url="http://x.gov.vn/tin-tuc/a-1.html", portal="x", district="X",
                province="Y", title="Tin", published="2024-03-14", author=None, text="Nội dung.",
                content_hash="0" * 64, fetched_at="2024-03-14T01:02:03Z")
    writer.process_item(ArticleRecord(**good))
    bad = ArticleRecord(**{**good, "url": "http://x.gov.vn/tin-tuc/b-2.html", "published": "14/03/2024"})
    with caplog.at_level(logging.ERROR), pytest.raises(DropItem):
        writer.process_item(bad)
    writer.spider_closed(_Spider())
    lines = (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["url"] for line in lines] == [good["url"]]
    assert "http://x.gov.vn/tin-tuc/b-2.html" in caplog.text and "published" in caplog.text
    assert crawler.stats.get_value("records/invalid") == 1


# -- the text extraction under fuzzing ------------------------------------------

TAGS = st.sampled_from(["div", "p", "span", "table", "tr", "td", "ul", "li", "h1", "a", "b", "script",
                        "style", "form", "iframe", "br", "img", "!--", "html", "body", "head", "title"])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def html_soup(draw):
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(TAGS)
        attrs = draw(st.sampled_from(["", " class='counter'", " id='news-bodyhtml'", " class='bodytext'",
                                      " style='display:none'", " class=\"", " href='/tin-tuc/a-1.html'"]))
        parts.append(draw(st.sampled_from([f"<{tag}{attrs}>", f"</{tag}>", f"<{tag}{attrs}/>"])))
        parts.append(draw(TEXT))
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup())
def test_extraction_never_raises_on_random_markup(html):
    try:
        page = extract_page(html, url="http://x.gov.vn/tin-tuc/a-1.html")
    except NotHtmlError:
        return
    assert isinstance(page.text, str)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_extraction_never_raises_on_random_bytes(data):
    try:
        extract_page(data)
    except NotHtmlError:
        pass


@pytest.mark.parametrize("html", [
    "<div>" * 5000 + "<p>Sâu.</p>" + "</div>" * 5000,                  # deep nesting
    "<p>" + "Cải cách hành chính " * 260_000 + "</p>",                  # a 5 MB single line
    "<p>" + " ".join(f"{i}.{i % 1000:03d} hồ sơ" for i in range(20_000)) + "</p>",  # many numbers
    "<table>" + "<tr><td>1</td><td>2</td></tr>" * 20_000 + "</table>",  # a huge table
])
def test_extraction_stays_fast_on_pathological_pages(html):
    started = time.perf_counter()
    try:
        extract_page(html)
    except NotHtmlError:
        pass
    assert time.perf_counter() - started < 20
