"""Real crawls through Scrapy of the sample portals served on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.records import schema_errors
from tests.conftest import FAST, ROOT, crawl, run_cli

GOLD = json.loads((Path(__file__).parent / "data" / "gold" / "seeds.json").read_text("utf-8"))
GOLD_BY_SEED = {doc["seed"]: doc for doc in GOLD["documents"]}

# Furniture no text may contain, whatever the portal (see crawler/data/furniture.toml).
FURNITURE = ["Đang online", "Thống kê truy cập", "Lượt truy cập", "lượt đánh giá", "Mã xác thực",
             "Mã bảo mật", "Tin liên quan", "Tin mới nhất", "Bài trước", "Bài tiếp theo",
             "Những tin mới hơn", "Những tin cũ hơn", "phiếu bầu", "Đăng nhập", "Your IP"]


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def articles(manifest):
    return [(portal["id"], article) for portal in manifest["portals"] for article in portal["articles"]]


def article_key(manifest) -> dict:
    """(portal, path) -> (portal, main path), for every URL an article has:
    a portal may publish one article under several URLs (aliases)."""
    keys = {}
    for portal_id, article in articles(manifest):
        for path in [article["path"], *article.get("aliases", [])]:
            keys[(portal_id, path)] = (portal_id, article["path"])
    return keys


def records_by_article(records, manifest) -> dict:
    keys = article_key(manifest)
    return {keys.get((r["portal"], path_of(r["url"])), (r["portal"], path_of(r["url"]))): r
            for r in records}


def test_every_article_is_emitted_exactly_once(full_crawl, manifest):
    keys = article_key(manifest)
    emitted = Counter(keys.get((r["portal"], path_of(r["url"])), ("not an article", r["url"]))
                      for r in full_crawl.records)
    expected = {(portal_id, a["path"]) for portal_id, a in articles(manifest)}
    assert {key for key, n in emitted.items() if n > 1} == set()
    assert set(emitted) == expected


def test_no_page_that_is_not_an_article_is_emitted(full_crawl, manifest):
    emitted = {(r["portal"], path_of(r["url"])) for r in full_crawl.records}
    for portal in manifest["portals"]:
        for path in portal["non_articles"]:
            assert (portal["id"], path) not in emitted


def test_records_follow_the_schema_and_the_registry(full_crawl, manifest):
    by_id = {p["id"]: p for p in manifest["portals"]}
    for line, record in zip(full_crawl.lines, full_crawl.records):
        assert line.endswith("\n")
        assert "\\u" not in line  # Vietnamese as-is
        assert schema_errors(record) == [], record["url"]
        assert list(record) == ["schema_version", "url", "portal", "district", "province", "title",
                                "published", "author", "text", "content_hash", "fetched_at",
                                "metrics", "warnings", "change"]
        assert record["district"] == by_id[record["portal"]]["district"]
        assert record["province"] == by_id[record["portal"]]["province"]


def test_no_counter_or_furniture_in_any_text(full_crawl, manifest):
    counters = {p["id"]: p.get("counters", []) for p in manifest["portals"]}
    for record in full_crawl.records:
        text = record["text"]
        for leak in counters[record["portal"]] + FURNITURE:
            assert leak.lower() not in text.lower(), (record["url"], leak)
        assert "null" not in text.split(), record["url"]


def test_each_article_text_title_and_date(full_crawl, manifest):
    by_key = records_by_article(full_crawl.records, manifest)
    for portal_id, article in articles(manifest):
        record = by_key[(portal_id, article["path"])]
        for phrase in article.get("text_includes", []):
            assert phrase in record["text"], (article["path"], phrase)
        for phrase in article.get("text_excludes", []):
            assert phrase not in record["text"], (article["path"], phrase)
        assert record["title"] == article["title"], article["path"]
        assert record["published"] == article.get("published"), article["path"]


def test_seed_pages_keep_the_gold_phrases(full_crawl, manifest):
    by_key = records_by_article(full_crawl.records, manifest)
    seeds = [(pid, a) for pid, a in articles(manifest) if a.get("seed")]
    assert {a["seed"] for _, a in seeds} == set(GOLD_BY_SEED)
    for portal_id, article in seeds:
        gold = GOLD_BY_SEED[article["seed"]]
        text = by_key[(portal_id, article["path"])]["text"]
        for phrase in gold["text_includes"]:
            assert phrase in text, (article["seed"], phrase)
        for phrase in gold["text_excludes"]:
            assert phrase not in text, (article["seed"], phrase)


def test_robots_txt_is_obeyed(full_crawl, manifest):
    forbidden = [(p["id"], path) for p in manifest["portals"] for path in p["robots_forbidden"]]
    assert forbidden
    for request in full_crawl.requests:
        for portal_id, prefix in forbidden:
            assert not (request.portal == portal_id and request.path_with_query.startswith(prefix)), \
                request.path_with_query
    assert {p["id"] for p in manifest["portals"]} <= {r.portal for r in full_crawl.requests
                                                     if r.path_with_query == "/robots.txt"}


def test_requests_never_cross_from_one_portal_to_another(full_crawl, portal_server):
    port_of = {pid: urlsplit(base).port for pid, base in portal_server.base_urls.items()}
    for request in full_crawl.requests:
        referer = request.headers.get("Referer")
        if referer:
            assert urlsplit(referer).port == port_of[request.portal], (request.path_with_query, referer)


def test_user_agent_names_the_project_and_a_contact(full_crawl):
    agents = {r.headers.get("User-Agent") for r in full_crawl.requests}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("vn-cchc-crawler/") and "+http" in agent


def test_one_portal_only_touches_its_own_host(portal_server, sample_registry, tmp_path):
    run = crawl(portal_server, sample_registry, tmp_path, "--portal", "vuquang")
    assert run.returncode == 0, run.stderr[-2000:]
    assert {r.portal for r in run.requests} == {"vuquang"}
    assert run.records and {r["portal"] for r in run.records} == {"vuquang"}
    assert "portals:  1 (vuquang)" in run.stdout
    assert "output:" in run.stdout


@pytest.mark.parametrize("registry_text, expected", [
    ('[[portals]]\nid = "a"\nname = "A"\ndistrict = "A"\nprovince = "B"\n', "missing required key 'start_urls'"),
    ('[[portals]]\nid = "../x"\nname = "A"\ndistrict = "A"\nprovince = "B"\nstart_urls = ["{base}/"]\n',
     "key 'id'"),
    ('[[portals]]\nid = "a"\nname = "A"\ndistrict = "A"\nprovince = "B"\nstart_urls = ["ftp://x/"]\n',
     "key 'start_urls'"),
])
def test_a_malformed_registry_stops_the_run_before_any_request(portal_server, tmp_path,
                                                                registry_text, expected):
    registry = tmp_path / "bad.toml"
    registry.write_text(registry_text.replace("{base}", portal_server.base_urls["vuquang"]), "utf-8")
    portal_server.clear_log()
    result = run_cli("crawl", "--portals", str(registry), "--out", str(tmp_path / "out"), *FAST)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "[[portals]] #1" in result.stderr
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # one line, no traceback
    assert portal_server.request_log == []
    assert not (tmp_path / "out").exists()


def test_scrapy_crawl_command_works_too(portal_server, sample_registry, tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT
    portal_server.clear_log()
    out = tmp_path / "one.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "portal=tienlu",
         "-a", f"portals={sample_registry}", "-s", f"OUTPUT_FILE={out}", "-s", f"STATE_DIR={tmp_path / 'state'}",
         "-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "LOG_LEVEL=WARNING", "-s", "ALLOW_PRIVATE_ADDRESSES=true"],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records and {r["portal"] for r in records} == {"tienlu"}


def scrapy_crawl(registry: Path, *settings: str) -> subprocess.CompletedProcess:
    options = [item for setting in ("AUTOTHROTTLE_START_DELAY=0", "ALLOW_PRIVATE_ADDRESSES=true", *settings)
               for item in ("-s", setting)]
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", "portal", "-a", "portal=tienlu",
                           "-a", f"portals={registry}", *options],
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True,
                          timeout=300)


def test_scrapy_crawl_cut_short_exits_1_as_crawl_does(portal_server, sample_registry, tmp_path):
    """Scrapy's command exited 0 whatever became of the crawl: a page bound
    (or a signal, the disk full) that stopped it before the end looked done."""
    result = scrapy_crawl(sample_registry, f"OUTPUT_FILE={tmp_path / 'one.jsonl'}",
                          f"STATE_DIR={tmp_path / 'state'}", "CLOSESPIDER_PAGECOUNT=2")
    assert "Spider closed (closespider_pagecount)" in result.stderr
    assert result.returncode == 1, result.stderr[-2000:]


@pytest.mark.parametrize("setting, words", [
    ("OUTPUT_FILE=/proc/cchc.jsonl", "cannot write there"),
    ("OUTPUT_DIR={tmp}/a-file", "not a folder"),
])
def test_scrapy_crawl_with_an_unusable_output_is_one_line_and_exit_2(portal_server, sample_registry, tmp_path,
                                                                     setting, words):
    """It gave a traceback ('Cannot operate on a closed database') and exit 0."""
    (tmp_path / "a-file").write_text("x")
    portal_server.clear_log()
    result = scrapy_crawl(sample_registry, setting.format(tmp=tmp_path), f"STATE_DIR={tmp_path / 'state'}")
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and words in last, last
    assert portal_server.request_log == []
