"""`python -m crawler …`: the commands the data team and cron use."""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from crawler.registry import DEFAULT_REGISTRY, RegistryError, load_registry

EXIT_OK = 0           # the run completed
EXIT_FAILED = 1       # the crawl stopped before finishing (signal, error)
EXIT_USAGE = 2        # bad input: registry, arguments, a page that cannot be read
EXIT_UNREACHABLE = 3  # the run completed, but at least one portal could not be reached at all
EXIT_LOCKED = 4       # refused: another run holds the state directory

CRAWL_EXAMPLES = """examples:
  python -m crawler crawl                         # every portal in portals.toml
  python -m crawler crawl --portal vuquang        # one portal
  python -m crawler crawl --portal vuquang --since 2024-01-01 --limit 5 --no-state   # a quick look
  python -m crawler crawl --portals my.toml --out /data/cchc
  python -m crawler crawl --since 2024-01-01      # a backfill of this year's articles
  python -m crawler crawl --refresh               # re-check known articles (ETag / Last-Modified)

exit codes: 0 completed, 1 stopped before finishing, 2 bad input,
            3 completed but a portal could not be reached, 4 another run holds the state
"""
EXTRACT_EXAMPLES = """examples:
  python -m crawler extract saved-page.html --url https://vuquang.hatinh.gov.vn/portal/Pages/...
  python -m crawler extract https://tienlu.hungyen.gov.vn/portal/Pages/2022-4-14/....aspx --pretty
"""


class CommandError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


# Commands that parse their own arguments (their modules have a main(argv)).
DELEGATED = {
    "evaluate": "score the metric extractor against a gold file",
    "export": "flatten JSON Lines output into one CSV or Parquet table",
    "report": "write a self-contained HTML report of the latest figures",
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in DELEGATED:
        import importlib

        return importlib.import_module(f"crawler.{argv[0]}").main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except (CommandError, RegistryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m crawler",
        description="Crawl Vietnamese district portals for administrative-reform figures.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    crawl = commands.add_parser(
        "crawl", help="crawl the portals of a registry and write JSON Lines",
        epilog=CRAWL_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    crawl.add_argument("--portals", type=Path, default=DEFAULT_REGISTRY,
                       help="portal registry (TOML); default: %(default)s")
    crawl.add_argument("--portal", action="append", metavar="ID", default=[],
                       help="crawl only this portal id (repeatable)")
    crawl.add_argument("--out", type=Path, help="output folder; default: the OUTPUT_DIR setting (output/)")
    crawl.add_argument("--state", type=Path, default=Path(".state"),
                       help="state directory: what earlier runs saw, the lock, the HTTP cache; "
                            "default: %(default)s")
    crawl.add_argument("--no-state", action="store_true",
                       help="a stateless crawl: everything is fetched and emitted, nothing remembered")
    crawl.add_argument("--refresh", action="store_true",
                       help="re-check known articles with conditional requests; changed ones are emitted as updated")
    crawl.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD",
                       help="keep only articles published on or after this day (undated ones are kept)")
    crawl.add_argument("--limit", type=int, metavar="N",
                       help="stop after N articles are written (a quick look)")
    crawl.add_argument("--set", action="append", metavar="NAME=VALUE", default=[],
                       help="override a Scrapy/crawler setting (repeatable)")
    crawl.add_argument("--loglevel", default=None, help="DEBUG, INFO, WARNING or ERROR")
    crawl.set_defaults(handler=run_crawl)

    extract = commands.add_parser(
        "extract", help="print the record of one saved page or one URL",
        epilog=EXTRACT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    extract.add_argument("source", metavar="FILE_OR_URL")
    extract.add_argument("--url", help="the page's URL, when SOURCE is a saved file")
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.add_argument("--timeout", type=float, default=20.0, help="seconds, for a URL")
    extract.set_defaults(handler=run_extract)

    for name, help_text in DELEGATED.items():  # listed in --help; main() dispatches them
        commands.add_parser(name, help=help_text, add_help=False)
    return parser


# -- crawl -------------------------------------------------------------------

def run_crawl(args: argparse.Namespace) -> int:
    from crawler.state import LockHeld, RunLock

    registry = load_registry(args.portals)  # fail before Scrapy starts
    portals = registry.select(args.portal)
    for warning in registry.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    settings = crawl_settings(args)
    if args.no_state:
        return crawl_portals(settings, args.portals, [p.id for p in portals])
    try:
        with RunLock(args.state):
            return crawl_portals(settings, args.portals, [p.id for p in portals])
    except LockHeld as exc:
        print(f"error: {exc}; this run did nothing", file=sys.stderr)
        return EXIT_LOCKED


def crawl_settings(args: argparse.Namespace):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("PORTALS_FILE", str(args.portals), priority="cmdline")
    settings.set("STATE_DIR", None if args.no_state else str(args.state), priority="cmdline")
    settings.set("REFRESH", args.refresh, priority="cmdline")
    settings.set("SINCE", args.since, priority="cmdline")
    if args.limit is not None:
        if args.limit <= 0:
            raise CommandError(f"--limit takes a positive number, got {args.limit}")
        settings.set("RECORD_LIMIT", args.limit, priority="cmdline")
    if args.out:
        settings.set("OUTPUT_DIR", str(args.out), priority="cmdline")
    if args.loglevel:
        settings.set("LOG_LEVEL", args.loglevel.upper(), priority="cmdline")
    elif sys.stderr.isatty():
        settings.set("LOG_LEVEL", "WARNING", priority="cmdline")  # the progress line says the rest
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise CommandError(f"--set takes NAME=VALUE, got {item!r}")
        settings.set(name.strip(), value, priority="cmdline")
    return settings


def crawl_portals(settings, registry: Path, portal_ids: list[str]) -> int:
    from scrapy.crawler import CrawlerProcess

    from crawler.run_report import build_report, format_table, write_report
    from spiders.portal import PortalSpider

    started = time.monotonic()
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(PortalSpider)
    process.crawl(crawler, portal=",".join(portal_ids), portals=str(registry))
    process.start()
    stats = crawler.stats.get_stats()
    seconds = time.monotonic() - started
    report = build_report(stats, portal_ids, crawler.spider.run_id, seconds)
    print(format_table(report))
    print_summary(stats, portal_ids, seconds)
    if stats.get("output/path"):
        report_path = write_report(report, Path(stats["output/path"]).with_suffix(".report.json"))
        print(f"report:   {report_path}")
    if stats.get("finish_reason") not in ("finished", "record_limit"):
        return EXIT_FAILED
    unreachable = [p["portal"] for p in report["portals"] if p["status"] == "unreachable"]
    if unreachable:
        print(f"error: could not reach {', '.join(unreachable)}", file=sys.stderr)
        return EXIT_UNREACHABLE
    return EXIT_OK


def iso_date(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def print_summary(stats: dict, portal_ids: list[str], seconds: float) -> None:
    lines = [
        f"portals:  {len(portal_ids)} ({', '.join(portal_ids)})",
        f"pages:    {stats.get('response_received_count', 0)} fetched, "
        f"{stats.get('downloader/request_count', 0)} requests",
        f"articles: {stats.get('records/written', 0)} written, "
        f"{stats.get('metrics/written', 0)} metrics, {stats.get('metrics/warnings_written', 0)} warnings",
        f"time:     {seconds:.1f} s ({stats.get('finish_reason', '?')})",
        f"output:   {stats.get('output/path', '(nothing written)')}",
    ]
    errors = {k: v for k, v in stats.items() if k.startswith(("spider_exceptions/", "log_count/ERROR"))}
    if errors:
        lines.append("errors:   " + ", ".join(f"{k}={v}" for k, v in sorted(errors.items())))
    print("\n".join(lines))


# -- extract -----------------------------------------------------------------

def run_extract(args: argparse.Namespace) -> int:
    from crawler.extraction import NotHtmlError, extract_page
    from crawler.items import record_dict
    from crawler.metrics import extract_metrics
    from crawler.records import build_record, utc_now

    source = args.source
    if source.startswith(("http://", "https://")):
        html, url = fetch_page(source, args.timeout), source
    else:
        html, url = read_page(Path(source)), args.url or Path(source).resolve().as_uri()
    try:
        page = extract_page(html, url=url)
    except NotHtmlError as exc:
        raise CommandError(f"{source}: not an HTML page ({exc})") from None
    if not page.text:
        raise CommandError(f"{source}: no main text found on the page")
    record = build_record(url=url, portal="adhoc", district=None, province=None,
                          page=page, fetched_at=utc_now())
    result = extract_metrics(record.text, title=record.title, published=record.published)
    record.metrics, record.warnings = list(result.metrics), list(result.warnings)
    print(json.dumps(record_dict(record), ensure_ascii=False, indent=2 if args.pretty else None))
    return EXIT_OK


MAX_PAGE_BYTES = 16 * 1024 * 1024


def read_page(path: Path) -> str:
    if not path.exists():
        raise CommandError(f"{path}: no such file")
    if path.is_dir():
        raise CommandError(f"{path}: is a directory; give one saved HTML page")
    size = path.stat().st_size
    if size == 0:
        raise CommandError(f"{path}: empty file")
    if size > MAX_PAGE_BYTES:
        raise CommandError(f"{path}: {size} bytes, larger than the {MAX_PAGE_BYTES} bytes a page may have")
    return decode_html(path.read_bytes(), str(path), content_type=None)


def fetch_page(url: str, timeout: float) -> str:
    from crawler import settings

    request = urllib.request.Request(url, headers={"User-Agent": settings.USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_PAGE_BYTES + 1)
            content_type = response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise CommandError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise CommandError(f"{url}: could not fetch the page ({reason})") from None
    if len(body) > MAX_PAGE_BYTES:
        raise CommandError(f"{url}: larger than {MAX_PAGE_BYTES} bytes")
    return decode_html(body, url, content_type)


def decode_html(body: bytes, source: str, content_type: str | None) -> str:
    """Decode with the charset of the header, the BOM or the <meta> tag, and
    refuse what is not HTML (PDF, images, Word files …)."""
    from w3lib.encoding import html_to_unicode

    if content_type and not any(t in content_type.lower() for t in ("html", "xml", "text/plain")):
        raise CommandError(f"{source}: not an HTML page (Content-Type {content_type})")
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"\x00" in body[:4096] or not head.startswith(b"<"):
        raise CommandError(f"{source}: not an HTML page")
    _, text = html_to_unicode(content_type, body)
    return text
