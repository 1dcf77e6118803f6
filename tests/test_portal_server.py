"""Checks of the offline sample portals and their server (stdlib urllib only)."""
from __future__ import annotations

import html
import json
import re
import signal
import subprocess
import sys
import tomllib
import unicodedata
import urllib.error
import urllib.request
import urllib.robotparser
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from portal_server import SAMPLE_ROOT, PortalServer, route_key  # noqa: E402

MANIFEST = tomllib.loads((SAMPLE_ROOT / "manifest.toml").read_text(encoding="utf-8"))
PORTALS = {p["id"]: p for p in MANIFEST["portals"]}
GOLD = json.loads((Path(__file__).resolve().parent / "data" / "gold" / "seeds.json").read_text(encoding="utf-8"))
SEED_DIR = Path(__file__).resolve().parent / "data" / "seeds"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_plain = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, method: str = "GET", follow: bool = True) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": "portal-tests/1.0"})
    opener = urllib.request.build_opener() if follow else _plain
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


BLOCK_TAG = re.compile(r"</?(?:address|article|aside|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav"
                       r"|ol|option|p|section|select|table|tbody|td|tfoot|th|thead|title|tr|ul)\b[^>]*>", re.I)


def page_text(markup: str) -> str:
    """Roughly what a reader sees: unescaped NFC text, block tags as line breaks, inline tags dropped."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", "", BLOCK_TAG.sub(" ", text))
    return " ".join(unicodedata.normalize("NFC", html.unescape(text)).split())


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.base: str | None = None
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "base" and attrs.get("href"):
            self.base = attrs["href"]
        elif tag in ("a", "area") and attrs.get("href"):
            self.links.append(attrs["href"])


def routes_of(portal_id: str) -> list[dict]:
    return tomllib.loads((SAMPLE_ROOT / portal_id / "routes.toml").read_text(encoding="utf-8"))["routes"]


@pytest.fixture(scope="module")
def server():
    with PortalServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def site_pages(server):
    """portal id -> {route url: (status, headers, body)} for every route, fetched once."""
    pages = {}
    for portal_id in PORTALS:
        base = server.base_urls[portal_id]
        pages[portal_id] = {r["url"]: fetch(base + r["url"]) for r in routes_of(portal_id)}
    return pages


def html_pages(site_pages, portal_id):
    for url, (status, headers, body) in site_pages[portal_id].items():
        if headers.get("Content-Type", "").startswith("text/html"):
            yield url, body.decode("utf-8")


def test_every_route_answers_with_its_content_type(site_pages):
    for portal_id in PORTALS:
        for route in routes_of(portal_id):
            status, headers, body = site_pages[portal_id][route["url"]]
            assert status == 200, (portal_id, route["url"], status)
            expected = route.get("type", "text/html; charset=utf-8")
            assert headers["Content-Type"] == expected, (portal_id, route["url"])
            assert int(headers["Content-Length"]) == len(body) > 0
            if expected.startswith("application/pdf"):
                assert body.startswith(b"%PDF-")
            if expected.startswith("image/jpeg"):
                assert body.startswith(b"\xff\xd8")


def test_html_pages_are_utf8_and_placeholders_are_substituted(server, site_pages):
    other_links = 0
    for portal_id in PORTALS:
        for url, markup in html_pages(site_pages, portal_id):
            assert "{{base" not in markup, (portal_id, url)
            other_links += sum(markup.count(b) for p, b in server.base_urls.items() if p != portal_id)
        status, headers, body = site_pages[portal_id]["/robots.txt"]
        assert b"{{base" not in body
    assert other_links > 0


def test_redirects_point_at_the_portal_itself(server):
    for portal_id in PORTALS:
        for route in routes_of(portal_id):
            if "redirect" in route:
                status, headers, _ = fetch(server.base_urls[portal_id] + route["url"], follow=False)
                assert status == route.get("status", 302)
                assert headers["Location"].startswith(server.base_urls[portal_id] + "/")


def test_unknown_path_is_a_404_page(server):
    for portal_id, base in server.base_urls.items():
        status, headers, body = fetch(base + "/khong-co-trang-nay.html")
        assert status == 404
        assert headers["Content-Type"].startswith("text/html")
        assert "Không tìm thấy trang" in html.unescape(body.decode("utf-8"))


def test_head_and_post(server):
    base = server.base_urls["baolam"]
    status, headers, body = fetch(base + "/vi/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 10_000
    status, _, _ = fetch(base + "/vi/lien-he", method="POST")
    assert status == 405


def test_robots_txt_forbids_exactly_what_the_manifest_says(server, site_pages):
    for portal_id, portal in PORTALS.items():
        base = server.base_urls[portal_id]
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(site_pages[portal_id]["/robots.txt"][2].decode("utf-8").splitlines())
        assert portal["robots_forbidden"], portal_id
        for path in portal["robots_forbidden"]:
            assert not parser.can_fetch("*", base + path), (portal_id, path)
        allowed = [a["path"] for a in portal["articles"]] + portal["non_articles"] + portal["start_urls"]
        for path in allowed + [alias for a in portal["articles"] for alias in a.get("aliases", [])]:
            assert parser.can_fetch("*", base + path), (portal_id, path)


def test_request_log_records_method_path_status_and_headers(server):
    base = server.base_urls["thanhbinh"]
    server.clear_log()
    fetch(base + "/web/guest/tin-tuc")
    fetch(base + "/nope?x=1", method="HEAD")
    log = [(r.portal, r.method, r.path_with_query, r.status) for r in server.request_log]
    assert log == [("thanhbinh", "GET", "/web/guest/tin-tuc", 200), ("thanhbinh", "HEAD", "/nope?x=1", 404)]
    assert server.request_log[0].headers["User-Agent"] == "portal-tests/1.0"


def test_links_resolve_and_manifest_paths_are_reachable(server, site_pages):
    for portal_id, portal in PORTALS.items():
        base = server.base_urls[portal_id]
        host = urlsplit(base).netloc
        config = tomllib.loads((SAMPLE_ROOT / portal_id / "routes.toml").read_text(encoding="utf-8"))
        ci = config.get("case_insensitive", False)
        known = {route_key(r["url"], ci) for r in config["routes"]}
        linked = set()
        for url, markup in html_pages(site_pages, portal_id):
            parser = LinkParser()
            parser.feed(markup)
            page_base = urljoin(base + url, parser.base) if parser.base else base + url
            for href in parser.links:
                if href.startswith(("javascript:", "mailto:", "tel:")):
                    continue
                target = urlsplit(urljoin(page_base, href))
                if target.netloc != host:
                    continue
                key = route_key(target.path + ("?" + target.query if target.query else ""), ci)
                assert key in known, (portal_id, url, href)
                linked.add(key)
        expected = [a["path"] for a in portal["articles"]] + [x for a in portal["articles"] for x in a.get("aliases", [])]
        expected += portal["non_articles"] + portal["robots_forbidden"]
        for path in expected:
            assert route_key(path, ci) in linked, (portal_id, path)


def test_article_pages_hold_their_phrases_and_furniture(site_pages):
    for portal_id, portal in PORTALS.items():
        assert len(portal["articles"]) >= 3
        for article in portal["articles"]:
            status, headers, body = site_pages[portal_id][article["path"]]
            markup = unicodedata.normalize("NFC", html.unescape(body.decode("utf-8")))
            text = page_text(body.decode("utf-8"))
            assert article["title"] in text
            if "published" in article:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article["published"])
            assert article["text_includes"], article["path"]
            for phrase in article["text_includes"]:
                assert phrase in markup, (portal_id, article["path"], phrase)
            for phrase in article["text_excludes"]:
                assert phrase in text, (portal_id, article["path"], phrase)


def test_seed_articles_carry_the_gold(site_pages):
    gold = {d["seed"]: d for d in GOLD["documents"]}
    seen = set()
    for portal_id, portal in PORTALS.items():
        for article in portal["articles"]:
            if "seed" not in article:
                continue
            seen.add(article["seed"])
            doc = gold[article["seed"]]
            assert set(doc["text_includes"]) <= set(article["text_includes"])
            assert set(doc["text_excludes"]) <= set(article["text_excludes"])
            if doc["title"]:
                assert article["title"] == doc["title"]
            if doc["published"]:
                assert article["published"] == doc["published"]
            markup = unicodedata.normalize("NFC", html.unescape(site_pages[portal_id][article["path"]][2].decode("utf-8")))
            lines = sorted((l.strip() for l in (SEED_DIR / article["seed"]).read_text(encoding="utf-8").splitlines()), key=len)
            for line in lines[-3:]:
                assert line in markup, (article["seed"], line[:60])
    assert seen == set(gold)


def test_counters_appear_on_their_portal(site_pages):
    for portal_id, portal in PORTALS.items():
        texts = [page_text(markup) for _, markup in html_pages(site_pages, portal_id)]
        assert portal["counters"]
        for counter in portal["counters"]:
            assert any(counter in t for t in texts), (portal_id, counter)


def test_write_registry(server, tmp_path):
    registry = tomllib.loads(server.write_registry(tmp_path / "portals.toml").read_text(encoding="utf-8"))
    assert [p["id"] for p in registry["portals"]] == list(PORTALS)
    for entry in registry["portals"]:
        base = server.base_urls[entry["id"]]
        assert entry["start_urls"] == [base + u for u in PORTALS[entry["id"]]["start_urls"]]
        assert entry["allowed_hosts"] == [urlsplit(base).netloc]
        assert entry["district"] and entry["province"] and entry["name"] and entry["platform"]


def test_command_line_serves_and_logs(tmp_path):
    registry, log = tmp_path / "portals.toml", tmp_path / "requests.jsonl"
    proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("portal_server.py")), "--registry-out", str(registry),
                             "--log", str(log)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [proc.stdout.readline() for _ in PORTALS]
        bases = dict(line.split("\t")[:2] for line in lines)
        assert set(bases) == set(PORTALS)
        assert fetch(bases["chodon"] + "/robots.txt")[0] == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    assert proc.returncode == 0 and proc.stderr.read() == ""
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert entries[0]["portal"] == "chodon" and entries[0]["path_with_query"] == "/robots.txt"
    assert tomllib.loads(registry.read_text(encoding="utf-8"))["portals"][0]["id"] == "baolam"
