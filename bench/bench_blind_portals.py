"""Score the crawl's page understanding on the blind portals of issue 12.

    .venv/bin/python bench/bench_blind_portals.py [--root tests/blind/portals] [--failures] [--set NAME=VALUE ...]

The blind portals were written by someone who saw the markup reference and
real pages, never the extraction code or its tables: they measure whether
the page understanding generalises.  A scored benchmark, not a test to
tune against; after looking at its failures (--failures), have a new set
written.

Each portal folder holds site.json (path -> file) and gold.json (articles:
title, published, first and last words of the text, phrases it must hold;
non_articles; furniture strings no text may hold).  Every portal is served
on its own loopback port ({{HOST}} in pages becomes host:port) and crawled
with the real command, `python -m crawler crawl`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.portal_server import route_key  # noqa: E402

BLIND = ROOT / "tests" / "blind" / "portals"
# Loopback portals answer at once, and are private addresses the crawl refuses by default.
FAST = ["AUTOTHROTTLE_START_DELAY=0", "AUTOTHROTTLE_MAX_DELAY=0.5", "DOWNLOAD_DELAY=0",
        "ALLOW_PRIVATE_ADDRESSES=true"]
EDGE = 40   # characters of slack around the gold's first and last words


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@dataclass
class Site:
    id: str
    directory: Path
    meta: dict
    gold: dict
    routes: dict = field(default_factory=dict)
    base: str = ""

    @classmethod
    def load(cls, directory: Path) -> "Site":
        meta = json.loads((directory / "site.json").read_text(encoding="utf-8"))
        gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
        site = cls(directory.name, directory, meta, gold)
        site.routes = {route_key(path): page for path, page in meta["pages"].items()}
        return site


def serve(site: Site) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = site.routes.get(route_key(self.path))
            if page is None:
                self.send_error(404)
                return
            body = (site.directory / page["file"]).read_bytes()
            body = body.replace(b"{{HOST}}", site.base.removeprefix("http://").encode())
            self.send_response(page.get("status", 200))
            self.send_header("Content-Type", page.get("content_type", "text/html; charset=utf-8"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def toml_str(value) -> str:
    return json.dumps(value, ensure_ascii=False) if value is not None else '""'


def write_registry(sites: list[Site], path: Path) -> None:
    lines = []
    for site in sites:
        lines += ["[[portals]]", f"id = {toml_str(site.id.replace('.', '-'))}",
                  f"name = {toml_str(site.meta.get('name', site.id))}",
                  f"district = {toml_str(site.meta.get('district') or '')}",
                  f"province = {toml_str(site.meta.get('province') or '')}",
                  f"start_urls = [{toml_str(site.base + site.meta.get('start_url', '/'))}]", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


@dataclass
class Score:
    articles: int = 0
    found: int = 0
    non_articles_written: int = 0
    titles: int = 0
    dates: int = 0
    starts: int = 0
    ends: int = 0
    phrases: int = 0
    phrases_found: int = 0
    furniture_hits: int = 0
    failures: list = field(default_factory=list)


def score_site(site: Site, records: list[dict], score: Score) -> None:
    by_key = {}
    for record in records:
        parts = urlsplit(record["url"])
        by_key[route_key(parts.path + ("?" + parts.query if parts.query else ""))] = record
    articles = {route_key(path): (path, gold) for path, gold in site.gold["articles"].items()}
    for key, record in by_key.items():
        if key not in articles:
            score.non_articles_written += 1
            score.failures.append(f"{site.id}: non-article written: {record['url']} ({record.get('title')!r})")
    furniture = [norm(s) for s in site.gold.get("furniture", []) if norm(s)]
    for key, (path, gold) in articles.items():
        score.articles += 1
        record = by_key.get(key)
        if record is None:
            score.failures.append(f"{site.id}: article not written: {path}")
            continue
        score.found += 1
        text = norm(record.get("text"))
        checks = {
            "title": norm(record.get("title")) == norm(gold["title"]),
            "date": record.get("published") == gold.get("published"),
            "start": norm(gold.get("text_first"))[:EDGE] in text[: len(norm(gold.get("text_first"))) + EDGE],
            "end": norm(gold.get("text_last"))[-EDGE:] in text[-(len(norm(gold.get("text_last"))) + EDGE):],
        }
        score.titles += checks["title"]
        score.dates += checks["date"]
        score.starts += checks["start"]
        score.ends += checks["end"]
        for phrase in gold.get("must_contain", []):
            score.phrases += 1
            if norm(phrase) in text:
                score.phrases_found += 1
            else:
                score.failures.append(f"{site.id}: {path}: phrase missing: {phrase!r}")
        hits = [s for s in furniture if s in text]
        score.furniture_hits += len(hits)
        if hits:
            score.failures.append(f"{site.id}: {path}: furniture in text: {hits}")
        if not checks["title"]:
            score.failures.append(f"{site.id}: {path}: title {record.get('title')!r}, want {gold['title']!r}")
        if not checks["date"]:
            score.failures.append(f"{site.id}: {path}: date {record.get('published')!r}, want {gold.get('published')!r}")
        for edge in ("start", "end"):
            if not checks[edge]:
                shown = text[:120] if edge == "start" else text[-120:]
                score.failures.append(f"{site.id}: {path}: text {edge} wrong: ...{shown!r}")


def crawl(sites: list[Site], extra: list[str]) -> tuple[list[dict], str]:
    with tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "blind.toml"
        write_registry(sites, registry)
        out = Path(tmp) / "out"
        settings = [arg for value in FAST + extra for arg in ("--set", value)]
        result = subprocess.run(
            [sys.executable, "-m", "crawler", "crawl", "--portals", str(registry), "--out", str(out),
             "--no-state", "--loglevel", "WARNING", *settings],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=900)
        records = [json.loads(line) for path in sorted(out.rglob("*.jsonl"))
                   for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return records, f"exit {result.returncode}; " + result.stderr[-2000:]


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=BLIND)
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a crawler setting passed on to the crawl")
    args = parser.parse_args()
    sites = [Site.load(d) for d in sorted(args.root.iterdir()) if (d / "site.json").exists()]
    servers = [serve(site) for site in sites]
    try:
        records, log = crawl(sites, args.set)
    finally:
        for httpd in servers:
            httpd.shutdown()
    score = Score()
    for site in sites:
        prefix = site.id.replace(".", "-")
        score_site(site, [r for r in records if r.get("portal") == prefix], score)
    print(f"blind portals: {len(sites)} portals, {score.articles} articles; crawl {log.split(';')[0]}")
    print(f"articles written {ratio(score.found, score.articles)}; non-articles written {score.non_articles_written}")
    print(f"titles right {ratio(score.titles, score.articles)}; dates right {ratio(score.dates, score.articles)}")
    print(f"text start right {ratio(score.starts, score.articles)}; end right {ratio(score.ends, score.articles)}; "
          f"phrases kept {ratio(score.phrases_found, score.phrases)}")
    print(f"furniture strings in texts: {score.furniture_hits}")
    if args.failures:
        print("\n".join(score.failures))
        print(log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
