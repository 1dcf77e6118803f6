"""`python -m crawler report`: the HTML report of the sample crawl, opened in a real
headless Chromium that must load nothing from the network, plus the rules that
pick the "latest" figure.

The screenshot in docs/ is made here: UPDATE_SCREENSHOT=1 .venv/bin/python -m pytest tests/test_report.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socketserver
import struct
import subprocess
import tempfile
import threading
import urllib.parse
import warnings
from pathlib import Path

import lxml.html
import pytest

from crawler.output_reader import read_records
from crawler.report import collect_areas, format_number, main, period_order, render_report

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "report-screenshot.png"
CHROMIUM = Path("/usr/bin/chromium")
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
# As the machine docs say: no sandbox (root in a container), no first-run UI or background sync.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Chromium calls its own services whatever page is open, and no flag stops all of
# them (the sign-in ListAccounts call, the updater, network time). They are the
# browser's, not the page's: a report can have no reason to load from these hosts.
# Each Chromium release adds its own (150 calls www.google.com even for a blank
# page): the `proxy` fixture adds the hosts a blank page makes it call.
BROWSER_SERVICE_HOSTS = {"accounts.google.com", "update.googleapis.com", "clients2.google.com",
                         "redirector.gvt1.com"}
DISTRICTS = {"Bảo Lâm", "Vũ Quang", "Thanh Bình", "Chợ Đồn", "Tiên Lữ", "Lục Yên", "Thuận Châu", "Tiên Yên"}


# -- fixtures ----------------------------------------------------------------

@pytest.fixture(scope="module")
def report_file(crawl_output, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main([str(crawl_output), "--out", str(out)]) == 0
    return out


class LoggingProxy:
    """A proxy that answers nothing and writes down every request it is asked to make."""

    def __init__(self) -> None:
        log = self.requests = []
        self.service_hosts = set(BROWSER_SERVICE_HOSTS)

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                log.append(self.rfile.readline(65536).decode("latin-1").strip())
                self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page_requests(self) -> list[str]:
        return [line for line in self.requests if request_host(line) not in self.service_hosts]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def request_host(request_line: str) -> str | None:
    """The host of "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1"."""
    parts = request_line.split()
    if len(parts) < 2:
        return None
    target = parts[1] if "://" in parts[1] else "//" + parts[1]
    return urllib.parse.urlsplit(target).hostname


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    server = LoggingProxy()
    blank = tmp_path_factory.mktemp("blank") / "blank.html"
    blank.write_text("<!DOCTYPE html><title>x</title><p>x</p>", encoding="utf-8")
    chromium(server, "--dump-dom", blank.as_uri())
    server.service_hosts |= {request_host(line) for line in server.requests}
    yield server
    server.close()


def chromium(proxy: LoggingProxy, *args: str) -> subprocess.CompletedProcess:
    """Headless Chromium with a fresh profile, every request sent to `proxy`
    (`<-loopback>`: even 127.0.0.1, which Chromium otherwise never proxies)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the report test needs Debian's Chromium "
                    "(apt-get update && apt-get install -y chromium)")
    proxy.requests.clear()
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        result = subprocess.run(
            [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
             f"--proxy-server=http://127.0.0.1:{proxy.port}", "--proxy-bypass-list=<-loopback>", *args],
            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


# -- the page in a real browser ---------------------------------------------

def test_the_proxy_sees_what_a_page_loads(proxy, tmp_path):
    """The no-network check below can fail: a page that does load something is caught."""
    page = tmp_path / "leaky.html"
    page.write_text('<p>x</p><img src="http://cdn.example.invalid/a.png">'
                    '<link rel="stylesheet" href="https://fonts.example.org/f.css">', encoding="utf-8")
    chromium(proxy, "--dump-dom", page.as_uri())
    hosts = {request_host(line) for line in proxy.page_requests()}
    assert {"cdn.example.invalid", "fonts.example.org"} <= hosts, proxy.requests


def test_report_in_chromium_shows_table_and_charts_and_loads_nothing(report_file, proxy):
    result = chromium(proxy, "--dump-dom", report_file.as_uri())
    assert proxy.page_requests() == [], f"the report made network requests: {proxy.page_requests()}"
    dom = lxml.html.fromstring(result.stdout)
    rows = dom.xpath('//table[@id="latest"]/tbody/tr')
    assert {row.xpath("string(th)").strip() for row in rows} == DISTRICTS
    assert dom.xpath('//table[@id="latest"]/tbody/tr/td/a'), "figures link to their articles"
    charts = dom.xpath('//*[local-name()="svg"][contains(@class, "chart")]')
    assert len(charts) >= 1 + len(DISTRICTS)
    assert all(chart.xpath('.//*[local-name()="path"]') for chart in charts)
    assert "Cảnh báo nhất quán" in result.stdout


def test_screenshot_of_the_report(report_file, proxy, tmp_path):
    shot = tmp_path / "report.png"
    chromium(proxy, f"--screenshot={shot}", "--window-size=1280,2000", "--hide-scrollbars",
             report_file.as_uri())
    assert proxy.page_requests() == []
    assert png_size(shot) == (1280, 2000)
    assert shot.stat().st_size > 50_000, "a blank page compresses to almost nothing"
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, SCREENSHOT)


def test_table_sorts_in_the_browser(report_file, proxy, tmp_path):
    # A copy of the report that clicks the on-time rate header twice (descending) once loaded.
    clicks = """<script>
    var header = Array.prototype.find.call(document.querySelectorAll("#latest thead th"),
        function (th) { return th.textContent.indexOf("Tỷ lệ đúng hạn") >= 0; });
    header.querySelector("button").click(); header.querySelector("button").click();
    </script></body>"""
    page = tmp_path / "sorted.html"
    page.write_text(report_file.read_text(encoding="utf-8").replace("</body>", clicks), encoding="utf-8")
    dom = lxml.html.fromstring(chromium(proxy, "--dump-dom", page.as_uri()).stdout)
    headers = [th.text_content() for th in dom.xpath('//table[@id="latest"]/thead/tr/th')]
    column = next(i for i, text in enumerate(headers) if "Tỷ lệ đúng hạn" in text)
    assert dom.xpath('//table[@id="latest"]/thead/tr/th')[column].get("aria-sort") == "descending"
    keys = [row.xpath("td|th")[column].get("data-sort") for row in dom.xpath('//table[@id="latest"]/tbody/tr')]
    stated = [float(key) for key in keys if key]
    assert len(stated) >= 4 and stated == sorted(stated, reverse=True)
    assert keys == [k for k in keys if k] + [k for k in keys if not k], "empty cells sort last"


# -- the file itself ---------------------------------------------------------

def test_report_is_one_self_contained_file(report_file):
    text = report_file.read_text(encoding="utf-8")
    page = lxml.html.fromstring(text)
    assert page.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content') == [CSP]
    assert not page.xpath("//script[@src] | //link[@rel='stylesheet'] | //iframe | //object | //embed")
    loaded = page.xpath("//img/@src | //link/@href | //*[local-name()='image']/@href | //source/@src")
    assert all(url.startswith("data:") for url in loaded), loaded
    assert not re.search(r"@import|@font-face|url\((?!#)", "".join(page.xpath("//style/text()")))
    assert not re.search(r'(?:xlink:)?href="(?!#)', "".join(
        lxml.html.tostring(svg, encoding="unicode") for svg in page.xpath('//*[local-name()="svg"]')))
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids)), "ids of the inline charts collide"


def test_report_has_the_figures_with_their_articles(report_file, full_crawl):
    page = lxml.html.fromstring(report_file.read_text(encoding="utf-8"))
    sections = page.xpath('//article[@class="area"]')
    assert {s.xpath("string(header/h3)").strip() for s in sections} == DISTRICTS
    urls = {r["url"] for r in full_crawl.records}
    linked = page.xpath('//table[@id="latest"]//td/a[@target="_blank"]/@href')
    assert linked and set(linked) <= urls
    thanhbinh = page.xpath('//table[@id="latest"]/tbody/tr[th/a="Thanh Bình"]')[0].text_content()
    assert "18.342" in thanhbinh and "99,78%" in thanhbinh and "86,12 điểm" in thanhbinh
    warning = next(w for r in full_crawl.records for w in r["warnings"])
    assert warning in page.text_content()


def test_charts_render_every_vietnamese_letter(crawl_output):
    """matplotlib warns about each glyph its font lacks; here a warning fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        page = render_report(read_records([crawl_output]), dt.datetime(2024, 5, 1, 8, 0))
    assert len(re.findall(r'<svg [^>]*class="chart', page)) >= 1 + len(DISTRICTS)


# -- choosing the latest figure ---------------------------------------------

def metric(name: str, value: float, period: str | None, level: str | None = None, **extra) -> dict:
    unit = "percent" if name.endswith("rate") else "rank" if name.endswith("rank") else "dossier"
    return {"name": name, "value": value, "unit": unit, "level": level, "period": period,
            "approximate": False, "delta": False, "evidence": f"{name} {value}", "start": 0, "end": 1,
            **extra}


def article(url: str, published: str, *metrics: dict) -> dict:
    return {"url": url, "portal": "tienlu", "district": "Tiên Lữ", "province": "Hưng Yên",
            "title": url, "published": published, "fetched_at": "2024-05-01T00:00:00Z",
            "metrics": list(metrics), "warnings": []}


def latest_value(records: list[dict], name: str):
    (area,) = collect_areas(records)
    figure = area.latest(name)
    return figure and figure.value


@pytest.mark.parametrize("older, newer", [
    ("2023", "2024-Q1"),
    ("2023-Q4", "2023"),  # same last day: the whole year is the fuller figure
    ("2023-12", "2023-Q4"),
    ("2023-H1", "2023-Q3"),
    ("2023-Q3", "2023-H2"),
    (None, "2019"),
])
def test_period_order(older, newer):
    assert period_order(older) < period_order(newer)


@pytest.mark.parametrize("records, name, expected", [
    # a newer period beats a newer article
    ([article("a", "2024-06-01", metric("dossiers_received", 100, "2023")),
      article("b", "2024-04-01", metric("dossiers_received", 200, "2024-Q1"))], "dossiers_received", 200),
    # same period: the district's own figure beats a later article about the communes
    ([article("a", "2022-04-08", metric("dossiers_received", 1486, "2022-Q1", "district")),
      article("b", "2022-04-14", metric("dossiers_received", 1800, "2022-Q1", "commune"))],
     "dossiers_received", 1486),
    # same period and tier: the newer article wins
    ([article("a", "2022-04-08", metric("on_time_rate", 99.1, "2022-Q1")),
      article("b", "2022-04-20", metric("on_time_rate", 99.5, "2022-Q1"))], "on_time_rate", 99.5),
    # a commune-tier figure stands in when nothing else is there
    ([article("a", "2022-04-08", metric("on_time_rate", 100, "2022-Q1", "commune"))], "on_time_rate", 100),
    # changes, province figures and communes' PAR ranks are never the district's
    ([article("a", "2024-03-01", metric("par_index_rank", 5, "2023", "district"),
              metric("par_index_rank", -2, "2024", "district", delta=True),
              metric("par_index_rank", 1, "2024", "commune"),
              metric("par_index_rank", 9, "2024", "province"))], "par_index_rank", 5),
    # no rate is derived from counts
    ([article("a", "2024-03-01", metric("dossiers_received", 100, "2023"),
              metric("dossiers_resolved_on_time", 99, "2023"))], "on_time_rate", None),
])
def test_latest_figure(records, name, expected):
    assert latest_value(records, name) == expected


@pytest.mark.parametrize("value, text", [(3126, "3.126"), (113468, "113.468"), (99.77, "99,77"),
                                         (96.0, "96"), (1.5, "1,5")])
def test_numbers_are_written_the_vietnamese_way(value, text):
    assert format_number(value) == text


# -- help and errors ---------------------------------------------------------

def test_help_has_examples(capsys):
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "examples:" in text and "python -m crawler report --out report.html" in text


def test_no_input_files_is_one_line_and_exit_2(tmp_path, capsys):
    assert main([str(tmp_path), "--out", str(tmp_path / "r.html")]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no input files found")
    assert not (tmp_path / "r.html").exists()


# -- entities (schema 2): units are never merged with the district or each other --

def unit_metric(name: str, value: float, period: str, entity: str | None, level: str | None = None) -> dict:
    unit = {"par_index_score": "point", "par_index_rank": "rank"}.get(name, "percent")
    return {**metric(name, value, period, level), "unit": unit, "entity": entity}


def test_figures_of_named_units_stay_apart_and_a_ranking_is_one_table(tmp_path):
    ranking = {**article("https://tienlu.hungyen.gov.vn/xep-hang-2023", "2024-02-01",
                         unit_metric("par_index_score", 86.5, "2023", None),
                         unit_metric("par_index_score", 91.25, "2023", "xã Cương Chính", "commune"),
                         unit_metric("par_index_rank", 1, "2023", "xã Cương Chính", "commune"),
                         unit_metric("par_index_score", 84.1, "2023", "xã Đức Thắng", "commune"),
                         unit_metric("par_index_rank", 3, "2023", "xã Đức Thắng", "commune"),
                         unit_metric("par_index_score", 88.0, "2023", "thị trấn Vương", "commune"),
                         unit_metric("par_index_rank", 2, "2023", "thị trấn Vương", "commune")),
               "schema_version": 2}
    # A later article names two wards' on-time rates without a tier, and the district by name.
    wards = {**article("https://tienlu.hungyen.gov.vn/mot-cua-q1", "2024-04-10",
                       unit_metric("on_time_rate", 97.0, "2024-Q1", "huyện Tiên Lữ"),
                       unit_metric("on_time_rate", 100.0, "2024-Q1", "xã Thủ Sỹ"),
                       unit_metric("on_time_rate", 95.5, "2024-Q1", "xã Hải Triều")),
             "schema_version": 2}
    old = article("https://tienlu.hungyen.gov.vn/q4", "2024-01-05", metric("on_time_rate", 98.0, "2023-Q4"))
    # One unit per article: no ranking, each unit its own row, never summed into the district.
    one = {**article("https://tienlu.hungyen.gov.vn/thu-sy", "2024-04-11",
                     unit_metric("dossiers_received", 120, "2024-Q1", "xã Thủ Sỹ")), "schema_version": 2}
    other = {**article("https://tienlu.hungyen.gov.vn/hai-trieu", "2024-04-12",
                       unit_metric("dossiers_received", 80, "2024-Q1", "xã  Hải Triều")), "schema_version": 2}
    for record in (one, other):
        record["metrics"][0]["unit"] = "dossier"
    run = tmp_path / "run.jsonl"
    run.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                           for r in (ranking, wards, old, one, other)), "utf-8")
    out = tmp_path / "r.html"
    assert main([str(run), "--out", str(out)]) == 0
    page = lxml.html.fromstring(out.read_text(encoding="utf-8"))

    [row] = page.xpath('//table[@id="latest"]/tbody/tr')
    cells = {header.text_content().strip(): cell for header, cell in
             zip(page.xpath('//table[@id="latest"]/thead/tr/th'), row.xpath("td|th"))}
    # The district's own figures: its score (no entity) and its named on-time rate, not a unit's.
    assert cells["Điểm PAR Index"].get("data-sort") == "86.5"
    assert cells["Tỷ lệ đúng hạn"].get("data-sort") == "97.0"
    assert cells["Xếp hạng PAR Index"].get("data-sort") == ""

    assert cells["Hồ sơ tiếp nhận"].get("data-sort") == ""

    tables = page.xpath('//table[contains(@class, "ranking")]')
    rows = [[[cell.text_content().strip() for cell in tr.xpath("th|td")] for tr in table.xpath("tbody/tr")]
            for table in tables]
    assert rows == [[["xã Cương Chính", "1", "91,25 điểm"], ["thị trấn Vương", "2", "88 điểm"],
                     ["xã Đức Thắng", "3", "84,1 điểm"]],
                    [["xã Thủ Sỹ", "100%"], ["xã Hải Triều", "95,5%"]]]
    assert [table.getprevious().getprevious().text_content() for table in tables] == \
        ["Bảng xếp hạng: Năm 2023", "Bảng xếp hạng: Quý I/2024"]

    units = page.xpath('//table[contains(@class, "unit-figures")]/tbody/tr')
    by_unit = {tr.xpath("string(th)").strip(): tr.xpath("td/@data-sort") for tr in units}
    assert by_unit == {"xã Hải Triều": ["80"], "xã Thủ Sỹ": ["120"]}


def test_schema_1_records_have_no_unit_tables(crawl_output, tmp_path):
    # Records written before entities existed (schema 1): no metric names a unit.
    old = tmp_path / "schema1.jsonl"
    with old.open("w", encoding="utf-8") as f:
        for line in "".join(p.read_text(encoding="utf-8") for p in crawl_output.rglob("*.jsonl")).splitlines():
            record = json.loads(line)
            record["schema_version"] = 1
            for metric in record["metrics"]:
                metric.pop("entity", None)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    out = tmp_path / "r.html"
    assert main([str(old), "--out", str(out)]) == 0
    page = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    assert not page.xpath('//section[@class="units"]')
