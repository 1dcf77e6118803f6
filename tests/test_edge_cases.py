"""Issue 14's edge cases, each through the real command against a real server
(tests/fault_server.py) or real files: one line and the right exit code where
a traceback, a hang or a silent exit 0 used to be."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.broken_components import BUG
from tests.conftest import run_cli
from tests.fault_server import FaultyPortal
from tests.test_faults import SETTINGS

PORTAL = ('[[portals]]\nid = "faulty"\nname = "Cổng thử lỗi"\ndistrict = "Thử"\nprovince = "Thử"\n'
          'max_depth = 1\nmax_pages = 20\n')


def write_registry(tmp_path, start_url: str, extra: str = "", bom: bool = False):
    path = tmp_path / "portals.toml"
    text = PORTAL + f'start_urls = ["{start_url}"]\n' + extra
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def crawl(tmp_path, registry, *extra: str):
    return run_cli("crawl", "--portals", str(registry), "--out", str(tmp_path / "out"),
                   "--state", str(tmp_path / "state"), *SETTINGS, *extra, timeout=120)


def assert_one_line_error(result, *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr[-2000:]
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in result.stdout + result.stderr


# -- 9: one line where a traceback was ----------------------------------------

@pytest.mark.parametrize("start_url, extra, words", [
    ("http://127.0.0.1:99999/", "", ["start_urls", "port"]),
    ("http://[::1:8/", "", ["start_urls", "IPv6"]),
    ("http://127.0.0.1:8/", 'content_selector = "div[["\n', ["content_selector", "div[["]),
    # XPath that compiles but fails on every page: a variable, a prefix, a function lxml does not know
    ("http://127.0.0.1:8/", "content_selector = '//div[@id=$x]'\n", ["content_selector", "Undefined variable"]),
    ("http://127.0.0.1:8/", "content_selector = '//foo:div'\n", ["content_selector", "namespace prefix"]),
    ("http://127.0.0.1:8/", "content_selector = '//div[unknown-fn()]'\n", ["content_selector", "function"]),
    ("http://127.0.0.1:8/", "crawl_delay = inf\n", ["crawl_delay"]),
    ("http://127.0.0.1:8/", "crawl_delay = nan\n", ["crawl_delay"]),
])
def test_a_bad_registry_value_is_one_line_and_exit_2(tmp_path, start_url, extra, words):
    result = crawl(tmp_path, write_registry(tmp_path, start_url, extra))
    assert_one_line_error(result, *words)
    assert not (tmp_path / "out").exists() and not (tmp_path / "state").exists()


@pytest.mark.parametrize("setting, words", [
    ("DOWNLOAD_TIMEOUT=abc", ["DOWNLOAD_TIMEOUT", "a whole number"]),
    ("DOWNLOAD_DELAY=soon", ["DOWNLOAD_DELAY", "a number"]),
    ("AUTOTHROTTLE_MAX_DELAY=inf", ["AUTOTHROTTLE_MAX_DELAY", "a number"]),
    ("ROBOTSTXT_OBEY=maybe", ["ROBOTSTXT_OBEY", "true or false"]),
    ("SINCE=notadate", ["SINCE", "YYYY-MM-DD"]),
    ("LOG_LEVEL=LOUD", ["LOG_LEVEL", "a log level"]),
    ("DOWNLOAD_SLOTS=abc", ["DOWNLOAD_SLOTS", "a JSON object"]),
    ("ITEM_PIPELINES=abc", ["ITEM_PIPELINES", "a JSON object"]),
])
def test_a_setting_of_the_wrong_type_is_one_line_and_exit_2(tmp_path, setting, words):
    registry = write_registry(tmp_path, "http://127.0.0.1:8/")
    assert_one_line_error(crawl(tmp_path, registry, "--set", setting), *words)


def test_a_registry_saved_with_a_byte_order_mark_is_crawled(tmp_path):
    with FaultyPortal() as portal:
        registry = write_registry(tmp_path, portal.base_url + "/tin-tuc/binh-thuong-1001.html", bom=True)
        result = crawl(tmp_path, registry)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "articles: 1 written" in result.stdout


def test_a_registry_saved_with_a_byte_order_mark_reaches_the_workers_of_a_shared_crawl(redis_url, tmp_path):
    """`seed` stored the registry's text with its byte-order mark in Redis:
    it checked fine, and then every worker failed on it with a traceback."""
    with FaultyPortal() as portal:
        registry = write_registry(tmp_path, portal.base_url + "/tin-tuc/binh-thuong-1001.html", bom=True)
        seeded = run_cli("seed", "--portals", str(registry), "--redis", redis_url, "--redis-prefix", "bom")
        assert seeded.returncode == 0, seeded.stderr
        worker = run_cli("worker", "--redis", redis_url, "--redis-prefix", "bom", "--out", str(tmp_path / "out"),
                         "--idle", "1", *SETTINGS, timeout=120)
    assert worker.returncode == 0 and "Traceback" not in worker.stderr, worker.stderr[-3000:]
    assert "articles: 1 written" in worker.stdout, worker.stdout


# -- 9: a malformed link inside an article -------------------------------------

def test_a_malformed_link_inside_an_article_costs_the_link_not_the_article(tmp_path):
    """An article with links no URL parser takes (port 99999, an unclosed IPv6
    bracket, a space in the host) was dropped, with the page's HTML and a
    traceback in the log, and the run said it succeeded. The article is
    written, the crawl is clean."""
    with FaultyPortal() as portal:
        page = portal.base_url + "/tin-tuc/lien-ket-hong-1009.html"
        result = crawl(tmp_path, write_registry(tmp_path, page), "--set", "LOG_LEVEL=INFO")
    log = result.stdout + result.stderr
    assert "Traceback" not in log and "<html" not in log and "] ERROR: " not in log, log[-3000:]
    assert result.returncode == 0, log[-3000:]
    [record] = [json.loads(line) for path in (tmp_path / "out").rglob("*.jsonl")
                for line in path.read_text("utf-8").splitlines()]
    assert record["url"] == page and "Xem chi tiết, tại đây và đây." in record["text"]


def test_a_base_href_that_is_no_url_is_ignored_as_a_browser_does(tmp_path):
    """`<base href='http://[::1/'>` made Scrapy's meta-refresh check raise: the
    page was counted as a failed download and lost, and the run exited 0."""
    with FaultyPortal() as portal:
        page = portal.base_url + "/tin-tuc/the-base-hong-1025.html"
        result = crawl(tmp_path, write_registry(tmp_path, page))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "articles: 1 written" in result.stdout, result.stdout


# -- 14 (and 9): a page our own code fails on ----------------------------------

@pytest.mark.parametrize("setting, component, priority, counted, said", [
    ("ITEM_PIPELINES", "FailingPipeline", 250, "pipeline_error", "1 page(s) failed in the pipelines"),
    ("DOWNLOADER_MIDDLEWARES", "FailingDownloaderMiddleware", 590, "crawler_error",
     "1 page(s) failed in the crawler's own code"),
    ("SPIDER_MIDDLEWARES", "FailingSpiderMiddleware", 950, "crawler_error",
     "1 page(s) failed in the crawler's own code"),
])
def test_a_page_our_code_fails_on_is_one_log_line_with_its_url_and_not_a_silent_exit_0(
        tmp_path, setting, component, priority, counted, said):
    """A component with a bug (tests/broken_components.py, in the real chain:
    a pipeline, a downloader middleware, a spider middleware) fails on one of
    two articles. Scrapy logged the whole page's HTML (a pipeline) or a
    traceback, and the run exited 0 with the article lost. Now: one ERROR
    line naming the URL and the error, counted, the other article written,
    exit code 1; and the next run writes the lost article."""
    from crawler import settings as ours

    components = json.dumps({**getattr(ours, setting, {}), f"tests.broken_components.{component}": priority})
    with FaultyPortal() as portal:
        good, bad = (portal.base_url + path for path in ("/tin-tuc/binh-thuong-1001.html",
                                                          "/tin-tuc/van-ban-nfd-1004.html"))
        registry = tmp_path / "portals.toml"
        registry.write_text(PORTAL + f'start_urls = ["{good}", "{bad}"]\n', encoding="utf-8")
        result = crawl(tmp_path, registry, "--set", "LOG_LEVEL=INFO", "--set", f"{setting}={components}",
                       "--set", "FAIL_ON_URL_PART=van-ban-nfd")
        first = {path: path.read_text("utf-8") for path in (tmp_path / "out").rglob("*.jsonl")}
        again = crawl(tmp_path, registry)  # the bug fixed: the next run writes what was lost
    log = result.stdout + result.stderr
    assert "Traceback" not in log and "<html" not in log and "bodytext" not in log, log[-3000:]
    errors = [line for line in log.splitlines() if "] ERROR: " in line]
    assert len(errors) == 1, errors
    assert bad in errors[0] and "KeyError" in errors[0] and BUG in errors[0], errors
    assert result.returncode == 1, log[-3000:]
    assert said in result.stderr
    assert [json.loads(line)["url"] for text in first.values() for line in text.splitlines()] == [good]
    [report] = (path.with_suffix(".report.json") for path in first)
    assert json.loads(report.read_text("utf-8"))["portals"][0]["errors"][counted] == 1
    assert again.returncode == 0, again.stderr[-3000:]
    later = [json.loads(line)["url"] for path in (tmp_path / "out").rglob("*.jsonl") if path not in first
             for line in path.read_text("utf-8").splitlines()]
    assert later == [bad]


# -- 13: addresses a portal never has ------------------------------------------

WITHOUT_PRIVATE = [word for name, value in zip(SETTINGS[::2], SETTINGS[1::2])
                   if value != "ALLOW_PRIVATE_ADDRESSES=true" for word in (name, value)]


def crawl_public_only(tmp_path, registry, *extra: str):
    """A crawl with the default ALLOW_PRIVATE_ADDRESSES=False, as in production."""
    assert len(WITHOUT_PRIVATE) == len(SETTINGS) - 2
    return run_cli("crawl", "--portals", str(registry), "--out", str(tmp_path / "out"),
                   "--state", str(tmp_path / "state"), *WITHOUT_PRIVATE, *extra, timeout=120)


@pytest.mark.parametrize("start_url, words", [
    ("http://169.254.169.254/latest/meta-data/", ["169.254.169.254 is a link-local address"]),
    ("http://10.0.0.1/", ["10.0.0.1 is a private address"]),
    ("http://[::ffff:192.168.1.1]/", ["192.168.1.1 is a private address"]),
    ("http://127.0.0.1:8/", ["127.0.0.1 is a loopback address", "ALLOW_PRIVATE_ADDRESSES"]),
    ("http://127.1:8/", ["127.0.0.1 is a loopback address"]),
    ("http://2130706433:8/", ["127.0.0.1 is a loopback address"]),
    ("http://[64:ff9b::a9fe:a9fe]/", ["169.254.169.254 is a link-local address"]),
])
def test_a_registry_pointing_at_an_internal_address_is_refused_before_any_request(tmp_path, start_url, words):
    """Refused while the registry is checked: no connection is ever tried."""
    result = crawl_public_only(tmp_path, write_registry(tmp_path, start_url))
    assert_one_line_error(result, "portal 'faulty'", *words)


def test_credentials_in_a_start_url_are_refused(tmp_path):
    result = crawl(tmp_path, write_registry(tmp_path, "http://admin:secret@127.0.0.1:8/"))
    assert_one_line_error(result, "credentials in a start URL")
    assert "secret" not in result.stderr


def test_a_name_that_resolves_to_a_loopback_address_is_refused_at_request_time(tmp_path):
    """`localhost` passes the registry (it is a name); the downloader middleware
    resolves it and refuses the request: the portal sees no request at all, not
    even for robots.txt, and the run ends as bad input (exit 2), naming it."""
    with FaultyPortal() as portal:
        port = portal.base_url.rsplit(":", 1)[1]
        result = crawl_public_only(tmp_path, write_registry(tmp_path, f"http://localhost:{port}/"))
        hits = sum(portal.hits.values())
    assert hits == 0
    assert result.returncode == 2, result.stderr[-2000:]
    assert "refused host localhost: localhost resolves to 127.0.0.1 is a loopback address" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: faulty: refused, a host resolves to")
    [report] = (tmp_path / "out").rglob("*.report.json")
    assert json.loads(report.read_text("utf-8"))["portals"][0]["errors"]["private_address"] >= 1


def test_robots_txt_redirected_off_the_portal_is_not_followed(tmp_path):
    with FaultyPortal(robots="offsite") as portal:
        result = crawl(tmp_path, write_registry(tmp_path, portal.base_url + "/tin-tuc/binh-thuong-1001.html"),
                       "--set", "LOG_LEVEL=INFO")
        assert portal.hits["/robots.txt"] == 1
        assert portal.neighbour_hits == 0
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Enabled extensions" in result.stderr and "RemoteControl" not in result.stderr


# -- 2: an output file that ends in a torn line --------------------------------

def earlier_record(n: int) -> dict:
    """A record an earlier run wrote to OUTPUT_FILE."""
    return {"schema_version": 1, "url": f"http://thu.gov.vn/tin-tuc/cu-{n}.html", "portal": "faulty",
            "district": "Thử", "province": "Thử", "title": f"Bài cũ {n}", "published": "2024-01-02",
            "author": None, "text": "Bài cũ.", "content_hash": str(n) * 64,
            "fetched_at": "2024-01-02T00:00:00Z", "metrics": [], "warnings": [], "change": "new"}


def crawl_into(tmp_path, target):
    """One article of the faulty portal appended to OUTPUT_FILE `target`: its URL and the run."""
    with FaultyPortal() as portal:
        article = portal.base_url + "/tin-tuc/binh-thuong-1001.html"
        result = crawl(tmp_path, write_registry(tmp_path, article), "--set", f"OUTPUT_FILE={target}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "articles: 1 written" in result.stdout
    return article, result


def test_a_torn_last_line_in_an_existing_output_file_is_cut_before_appending(tmp_path):
    """OUTPUT_FILE ends in a fragment (a killed run's): the first record of the
    next run was glued to it, counted as written and lost to every reader."""
    from crawler.output_reader import read_records

    earlier = earlier_record(1)
    target = tmp_path / "all.jsonl"
    fragment = '{"schema_version":1,"url":"http://thu.gov.vn/tin-tuc/bi-cat-2.html","portal":"fau'
    target.write_text(json.dumps(earlier, ensure_ascii=False) + "\n" + fragment, encoding="utf-8")
    article, result = crawl_into(tmp_path, target)
    assert "ended in a partial line (" in result.stderr
    lines = target.read_text("utf-8").splitlines()
    assert [json.loads(line)["url"] for line in lines] == [earlier["url"], article]
    read = read_records([target])
    assert len(read.records) == 2 and read.skipped == []


def test_a_whole_last_record_without_its_newline_is_kept_and_ended(tmp_path):
    """OUTPUT_FILE's last line is a whole record that lacks only its final
    newline (a hand edit, an editor set to add none): it was cut off as a
    partial line, a record lost with exit 0. Only a fragment is cut."""
    from crawler.output_reader import read_records

    earlier = [earlier_record(1), earlier_record(2)]
    target = tmp_path / "all.jsonl"
    target.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in earlier), encoding="utf-8")
    article, result = crawl_into(tmp_path, target)
    lines = target.read_text("utf-8").splitlines()
    assert [json.loads(line)["url"] for line in lines] == [earlier[0]["url"], earlier[1]["url"], article]
    read = read_records([target])
    assert len(read.records) == 3 and read.skipped == []
    assert "ended in a whole line without its newline: newline added" in result.stderr
    assert "partial line" not in result.stderr


# -- 5: an --out that cannot be written ----------------------------------------

def _todays_folder_a_file(out: Path) -> Path:
    """--out whose folder for today's run (YYYY-MM-DD, UTC) is a file."""
    out.mkdir()
    (out / dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")).write_text("x")
    return out


@pytest.mark.parametrize("make_out, words", [
    (lambda tmp: (tmp / "a-file").write_text("x") and tmp / "a-file", ["not a folder"]),
    (lambda tmp: (tmp / "dangling").symlink_to(tmp / "nowhere") or tmp / "dangling",
     ["a symbolic link to nothing"]),
    (lambda tmp: "/proc/cchc-output", ["cannot write there"]),
    # today's folder under --out is a file: the crawl started and stopped with exit 1 and its whole log
    (lambda tmp: _todays_folder_a_file(tmp / "out"), ["is not a folder"]),
])
def test_an_unusable_out_is_one_line_and_exit_2_before_any_request(tmp_path, make_out, words):
    out = make_out(tmp_path)
    with FaultyPortal() as portal:
        registry = write_registry(tmp_path, portal.base_url + "/tin-tuc/binh-thuong-1001.html")
        result = run_cli("crawl", "--portals", str(registry), "--out", str(out),
                         "--state", str(tmp_path / "state"), *SETTINGS, timeout=120)
        assert sum(portal.hits.values()) == 0
        assert_one_line_error(result, f"--out {out}", *words)
        # the portal is not marked as crawled: the next run fetches its article
        again = run_cli("crawl", "--portals", str(registry), "--out", str(tmp_path / "again"),
                        "--state", str(tmp_path / "state"), *SETTINGS, timeout=120)
    assert again.returncode == 0 and "articles: 1 written" in again.stdout, again.stdout


@pytest.mark.parametrize("make_out, words", [
    (lambda tmp: Path("/proc/cchc-merged.jsonl"), "cannot write there"),
    (lambda tmp: (tmp / "a-file").write_text("x") and tmp / "a-file" / "m.jsonl", "cannot write there"),
])
def test_merge_to_an_unusable_out_is_one_line_and_exit_2(tmp_path, make_out, words):
    """merge gave a 16-line traceback and exit 1 here."""
    run = tmp_path / "run.jsonl"
    run.write_text(json.dumps(good_record("http://thu.gov.vn/a-1"), ensure_ascii=False) + "\n", "utf-8")
    out = make_out(tmp_path)
    result = run_cli("merge", str(run), "--out", str(out), timeout=120)
    assert_one_line_error(result, f"--out {out}", words)
    assert not list(tmp_path.rglob("*.partial"))


# -- 12: robots.txt Crawl-delay ----------------------------------------------

def test_robots_txt_crawl_delay_is_kept_per_host_up_to_the_cap(tmp_path):
    """robots.txt asks for 3600 s between requests; the crawl waits the cap
    (ROBOTSTXT_CRAWL_DELAY_MAX, 0.6 s here) between pages and says it capped."""
    paths = ["/tin-tuc/binh-thuong-1001.html", "/tin-tuc/van-ban-nfd-1004.html",
             "/tin-tuc/html-hong-1005.html", "/tin-tuc/windows-1258-khai-bao-1002.html"]
    registry = tmp_path / "portals.toml"
    with FaultyPortal(robots="slow") as portal:
        urls = ", ".join(f'"{portal.base_url}{path}"' for path in paths)
        registry.write_text(PORTAL.replace("max_pages = 20", "max_pages = 4") + f"start_urls = [{urls}]\n",
                            encoding="utf-8")
        result = crawl(tmp_path, registry, "--set", "ROBOTSTXT_CRAWL_DELAY_MAX=0.6")
        pages = [at for at, path in portal.times if path != "/robots.txt"]
    assert result.returncode == 0, result.stderr[-2000:]
    assert "articles: 4 written" in result.stdout
    assert len(pages) == 4
    gaps = [later - earlier for earlier, later in zip(pages, pages[1:])]
    assert min(gaps) >= 0.55, gaps
    assert "asks for a Crawl-delay of 3600s; using 0.6s" in result.stderr


# -- 8: one record must not crash report or export ---------------------------

def good_record(url: str, **changes) -> dict:
    metric = {"name": "on_time_rate", "value": 99.5, "unit": "percent", "level": None, "period": "2024-Q1",
              "approximate": False, "delta": False, "evidence": "đúng hạn 99,5%", "start": 0, "end": 5}
    record = {"schema_version": 1, "url": url, "portal": "thu", "district": "Thử", "province": "Thử",
              "title": "Kết quả quý I", "published": "2024-04-02", "author": None, "text": "…",
              "content_hash": "0" * 64, "fetched_at": "2024-04-02T00:00:00Z", "metrics": [metric],
              "warnings": [], "change": "new"}
    for key, value in changes.items():
        if key.startswith("metric_"):
            metric[key.removeprefix("metric_")] = value
        else:
            record[key] = value
    return record


BAD_RECORDS = [
    (good_record("http://thu.gov.vn/a-1", metric_period="9999-Q4"), "metrics/0/period"),
    (good_record("http://thu.gov.vn/a-2", metric_period="0000"), "metrics/0/period"),
    (good_record("http://thu.gov.vn/a-3", district=5), "district"),
    (good_record("http://thu.gov.vn/a-4", warnings="không cộng lại"), "warnings"),
    (good_record("http://thu.gov.vn/a-5", metrics={"name": "on_time_rate"}), "metrics"),
]
NOT_FINITE = [json.dumps(good_record(f"http://thu.gov.vn/b-{n}", metric_value=0.5)).replace("0.5", raw)
              for n, raw in enumerate(["NaN", "Infinity", "-Infinity", "1e999"])]
# Lines json.loads takes or chokes on in ways the schema never sees: an integer
# no float holds (10**400; over 4300 digits Python refuses to convert it), a
# lone surrogate as json.dumps escapes it by default (no UTF-8 writer, CSV,
# Parquet or matplotlib takes it), and nesting deeper than the parser recurses.
UNREADABLE = [
    (json.dumps(good_record("http://thu.gov.vn/c-1", metric_value=10 ** 400)), "a number out of range"),
    (json.dumps(good_record("http://thu.gov.vn/c-2", metric_value=0.5)).replace("0.5", "9" * 5000),
     "a number out of range"),
    (json.dumps(good_record("http://thu.gov.vn/c-3", title="\ud800 x")), "a lone surrogate"),
    (json.dumps(good_record("http://thu.gov.vn/c-4", district="\udc80")), "a lone surrogate"),
    ('{"url": "http://thu.gov.vn/c-5", "extra": ' + "[" * 200_000 + "]" * 200_000 + "}", "nested too deeply"),
]


def test_a_record_that_would_crash_report_or_export_is_skipped_with_a_warning(tmp_path):
    run = tmp_path / "run.jsonl"
    lines = [json.dumps(good_record("http://thu.gov.vn/tot-1"), ensure_ascii=False),
             *(json.dumps(record, ensure_ascii=False) for record, _ in BAD_RECORDS), *NOT_FINITE,
             *(line for line, _ in UNREADABLE)]
    run.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad = len(BAD_RECORDS) + len(NOT_FINITE) + len(UNREADABLE)

    report = run_cli("report", str(run), "--out", str(tmp_path / "r.html"), timeout=120)
    export = run_cli("export", str(run), "--to", str(tmp_path / "t.csv"), timeout=120)
    articles = run_cli("export", str(run), "--articles", "--to", str(tmp_path / "a.csv"), timeout=120)
    parquet = run_cli("export", str(run), "--to", str(tmp_path / "t.parquet"), timeout=120)
    merge = run_cli("merge", str(run), "--out", str(tmp_path / "m.jsonl"), timeout=120)
    for result in (report, export, articles, parquet, merge):
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Traceback" not in result.stderr
        warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
        assert len(warnings) == bad, warnings
        assert f"1 article from 1 file ({bad} broken lines skipped)" in result.stdout + result.stderr
    warnings = "\n".join(report.stderr.splitlines())
    for number, (_, where) in enumerate(BAD_RECORDS, start=2):
        assert f"{run}:{number}: skipped, breaks the schema at {where}:" in warnings
    assert warnings.count("a number that is not finite") == len(NOT_FINITE)
    first = 2 + len(BAD_RECORDS) + len(NOT_FINITE)
    for number, (_, reason) in enumerate(UNREADABLE, start=first):
        assert f"{run}:{number}: skipped, {reason}" in warnings
    assert "99,5%" in (tmp_path / "r.html").read_text("utf-8")
    assert [json.loads(line)["url"] for line in (tmp_path / "m.jsonl").read_text("utf-8").splitlines()] == [
        "http://thu.gov.vn/tot-1"]
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob(".*.partial"))


PAGE_OF_YEAR = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kết quả CCHC {period}</title></head>
<body><div class='menu'><a href='/'>Trang nhất</a> <a href='/tin-tuc'>Tin tức</a></div>
<div class='news_column'><h1 class='title'>Kết quả CCHC {period}</h1>
<span class='h5'>Thứ năm - {dated} 09:15</span>
<div id='news-bodyhtml' class='bodytext'><p>Trong {period}, Bộ phận một cửa huyện đã tiếp nhận 2.146 hồ sơ,
giải quyết đúng hạn 2.101 hồ sơ. Ủy ban nhân dân huyện yêu cầu các phòng, ban tiếp tục đẩy mạnh cải
cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn.</p></div></div>
<div class='footer'>UBND huyện Thử Nghiệm</div></body></html>"""


@pytest.mark.parametrize("dated, period", [
    ("14/12/2100", "quý IV năm 2100"),   # a date the page parser took
    ("31/12/2099", "quý I năm 2100"),    # a period the year after publication allowed
])
def test_what_the_extractor_writes_about_late_years_export_reads(tmp_path, dated, period):
    """The writer's years and the reader's are one definition: a page of 2100
    used to give a period of 2100, which export then skipped, article and all."""
    page = tmp_path / "page.html"
    page.write_text(PAGE_OF_YEAR.format(dated=dated, period=period), encoding="utf-8")
    extracted = run_cli("extract", str(page), "--url", "http://thu.example.gov.vn/tin-tuc/a-1.html")
    assert extracted.returncode == 0, extracted.stderr[-2000:]
    (tmp_path / "run.jsonl").write_text(extracted.stdout, encoding="utf-8")
    assert "2.146 hồ sơ" in json.loads(extracted.stdout)["text"]

    export = run_cli("export", str(tmp_path / "run.jsonl"), "--to", str(tmp_path / "t.csv"), timeout=120)
    assert export.returncode == 0, export.stderr[-2000:]
    assert "warning: " not in export.stderr
    assert "1 article from 1 file" in export.stderr
    assert "2146" in (tmp_path / "t.csv").read_text("utf-8-sig")


def test_a_worker_refuses_a_registry_from_redis_that_points_at_an_internal_address(redis_url, tmp_path):
    """In distributed mode the registry lives in Redis: whoever can write there
    can point the workers anywhere. The worker, not only `crawl`, refuses: a
    name resolving to loopback gets no request at all."""
    with FaultyPortal() as portal:
        port = portal.base_url.rsplit(":", 1)[1]
        registry = write_registry(tmp_path, f"http://localhost:{port}/tin-tuc/binh-thuong-1001.html")
        seeded = run_cli("seed", "--portals", str(registry), "--redis", redis_url, "--redis-prefix", "internal")
        assert seeded.returncode == 0, seeded.stderr
        worker = run_cli("worker", "--redis", redis_url, "--redis-prefix", "internal", "--out",
                         str(tmp_path / "out"), "--idle", "1", *WITHOUT_PRIVATE, timeout=120)
        hits = sum(portal.hits.values())
    assert hits == 0
    assert "refused host localhost: localhost resolves to 127.0.0.1" in worker.stderr, worker.stderr[-2000:]
    assert worker.returncode == 2, worker.stderr[-2000:]
    assert not [line for path in (tmp_path / "out").rglob("*.jsonl") for line in path.read_text("utf-8").splitlines()]
