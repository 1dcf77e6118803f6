"""Bad input and faults: every case is counted, the crawl goes on, nothing
leaks into the output (a real crawl of tests/fault_server.py)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from urllib.parse import urlsplit

import pytest

from crawler.export import main as export_main
from tests.conftest import ROOT, run_cli
from tests.fault_server import CASES, FORMULA_TITLE, MAX_BODY, FaultyPortal

SETTINGS = ["--set", "AUTOTHROTTLE_START_DELAY=0", "--set", "DOWNLOAD_DELAY=0", "--set", "ALLOW_PRIVATE_ADDRESSES=true",
            "--set", f"DOWNLOAD_MAXSIZE={MAX_BODY}", "--set", f"DOWNLOAD_WARNSIZE={MAX_BODY // 2}",
            "--set", "DOWNLOAD_TIMEOUT=3", "--set", "RETRY_TIMES=2", "--set", "RETRY_BACKOFF_BASE=0.2",
            "--set", "REDIRECT_MAX_TIMES=5", "--set", "TEMPLATE_WAIT=1"]


def registry(tmp_path, base_url: str, max_depth: int = 3, start_paths: tuple[str, ...] = ("/",)) -> str:
    path = tmp_path / "faulty.toml"
    start_urls = ", ".join(f'"{base_url}{p}"' for p in start_paths)
    path.write_text(f'[[portals]]\nid = "faulty"\nname = "Cổng thử lỗi"\ndistrict = "Thử"\n'
                    f'province = "Thử"\nstart_urls = [{start_urls}]\nmax_depth = {max_depth}\n'
                    'max_pages = 80\n', "utf-8")
    return str(path)


def crawl_faulty(tmp_path, portal: FaultyPortal, start_paths: tuple[str, ...] = ("/",)):
    out = tmp_path / "out"
    result = run_cli("crawl", "--portals", registry(tmp_path, portal.base_url, start_paths=start_paths),
                     "--out", str(out),
                     "--state", str(tmp_path / "state"), *SETTINGS)
    records = [json.loads(line) for path in out.rglob("*.jsonl")
               for line in path.read_text("utf-8").splitlines()]
    reports = list(out.rglob("*.report.json"))
    report = json.loads(reports[0].read_text("utf-8"))["portals"][0] if reports else None
    return result, records, report


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    with FaultyPortal() as portal:
        result, records, report = crawl_faulty(tmp_path_factory.mktemp("faults"), portal)
        yield portal, result, records, report


def test_the_crawl_finishes_and_emits_exactly_the_readable_articles(faulty_crawl):
    portal, result, records, report = faulty_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    emitted = sorted(urlsplit(r["url"]).path for r in records)
    assert emitted == sorted(path for path, outcome in CASES.items() if outcome == "emit")


def test_every_encoding_comes_out_as_nfc_vietnamese(faulty_crawl):
    _, _, records, _ = faulty_crawl
    for record in records:
        assert unicodedata.is_normalized("NFC", record["text"]), record["url"]
        assert "tiếp nhận 2.146 hồ sơ" in record["text"], record["url"]
        assert "\ufffd" not in record["text"] and "Ã" not in record["text"]


@pytest.mark.parametrize("path, outcome", [(p, o) for p, o in CASES.items() if o != "emit"])
def test_each_fault_is_counted_by_kind_in_the_report(faulty_crawl, path, outcome):
    _, _, _, report = faulty_crawl
    counted = {**report["errors"], **{k.removeprefix("not_article:"): v for k, v in report["skipped"].items()}}
    assert counted.get(outcome, 0) >= 1, (path, outcome, counted)


def test_retries_back_off_and_then_succeed(faulty_crawl):
    portal, *_ = faulty_crawl
    assert portal.hits["/tin-tuc/loi-503-roi-duoc-1006.html"] == 3
    assert portal.hits["/tin-tuc/loi-500-1020.html"] == 3   # retried, then given up
    assert portal.hits["/tin-tuc/loi-404-1019.html"] == 1   # a 404 is not retried


def test_traps_are_bounded_and_aliases_collapse(faulty_crawl):
    portal, _, records, _ = faulty_crawl
    assert not [p for p in portal.hits if p.startswith("/lich-cong-tac")]  # calendar: never entered
    assert len([p for p in portal.hits if p.startswith("/tin-tuc/page-")]) <= 3  # max_depth
    assert portal.neighbour_hits == 0                                       # redirect off the host
    assert len([p for p in portal.hits if p.startswith("/tin-tuc/vong-lap")]) <= 6  # REDIRECT_MAX_TIMES
    one = [r for r in records if "binh-thuong-1001" in r["url"]]
    assert len(one) == 1 and "utm_" not in one[0]["url"] and "jsessionid" not in one[0]["url"]
    assert not [p for p in portal.hits if "utm_" in p or "jsessionid" in p or "fbclid" in p]


@pytest.mark.parametrize("robots, emits", [("missing", True), ("broken", True), ("forbid_all", False)])
def test_robots_txt_missing_broken_or_forbidding_everything(tmp_path, robots, emits):
    with FaultyPortal(robots=robots) as portal:
        result, records, report = crawl_faulty(tmp_path, portal)
    assert result.returncode == 0, result.stderr[-3000:]
    assert bool(records) is emits
    if not emits:
        assert set(portal.hits) == {"/robots.txt"}
        assert report["status"] == "blocked" and report["blocked_by_robots"] >= 1


def test_robots_txt_holds_for_every_request_that_waited_for_it(tmp_path):
    """Requests to a host that arrive while its robots.txt is being fetched
    all wait for it; Scrapy 2.19's middleware let all but the first through
    unchecked (crawler/middlewares.py). A distributed worker meets a host
    this way all the time: many queued requests of it at once."""
    forbidden = tuple(f"/quan-tri/bai-{n}.html" for n in range(6))
    with FaultyPortal() as portal:
        result, _, report = crawl_faulty(tmp_path, portal, start_paths=(*forbidden, "/"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [p for p in portal.hits if p.startswith("/quan-tri/")]
    assert report["blocked_by_robots"] == len(forbidden)


def test_a_title_that_is_a_formula_reaches_the_csv_as_text(faulty_crawl, tmp_path):
    """CSV injection: a portal's title `=HYPERLINK(…)` must not run in a spreadsheet.
    Text cells starting with = + - @ tab or CR get a leading apostrophe (OWASP);
    numbers, negative ones included, stay numbers."""
    _, _, records, _ = faulty_crawl
    [source] = [r for r in records if r["title"] == FORMULA_TITLE]
    assert source["metrics"], "the article has figures, so it gives metric rows"
    fall = {**source["metrics"][0], "name": "par_index_rank", "value": -2, "unit": "rank", "delta": True}
    crafted = {**source, "url": source["url"] + "?b", "district": "@Thử", "metrics": [fall],
               "warnings": ["-1 hồ sơ", "x"]}
    run = tmp_path / "run.jsonl"
    run.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (source, crafted)), "utf-8")

    guarded, raw = tmp_path / "guarded.csv", tmp_path / "raw.csv"
    assert export_main([str(run), "--to", str(guarded)]) == 0
    assert export_main([str(run), "--to", str(raw), "--no-formula-guard"]) == 0
    rows = read_csv(guarded)
    assert {row["title"] for row in rows} == {"'" + FORMULA_TITLE}
    [row] = [row for row in rows if row["url"].endswith("?b")]
    assert (row["district"], row["value"], row["warnings"]) == ("'@Thử", "-2", "'-1 hồ sơ | x")
    assert not [cell for row in rows for cell in row.values() if cell[:1] in ("=", "+", "@", "\t", "\r")]
    assert {row["title"] for row in read_csv(raw)} == {FORMULA_TITLE}


def read_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
