"""`python -m crawler …`: the commands the data team and cron use."""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from crawler import exit_codes
from crawler import settings as project
from crawler import stats as stat_keys
from crawler.registry import DEFAULT_REGISTRY, RegistryError, check_addresses, load_registry

CRAWL_EXAMPLES = """examples:
  python -m crawler crawl                         # every portal in portals.toml
  python -m crawler crawl --portal vuquang        # one portal
  python -m crawler crawl --portal vuquang --since 2024-01-01 --limit 5 --no-state   # a quick look
  python -m crawler crawl --portals my.toml --out /data/cchc
  python -m crawler crawl --since 2024-01-01      # a backfill of this year's articles
  python -m crawler crawl --refresh               # re-check known articles (ETag / Last-Modified)
  python -m crawler crawl --workers 2             # two processes, the portals split between them
  python -m crawler crawl --workers 2 --redis redis://localhost:6379/0   # two workers on one shared crawl

exit codes: 0 completed, 1 stopped before finishing, 2 bad input,
            3 completed but a portal could not be reached, 4 another run holds the state
"""
DISTRIBUTED_EXAMPLES = """examples (one Redis, any number of machines):
  python -m crawler seed --portals portals.toml --redis redis://queue.example:6379/0
  python -m crawler worker --redis redis://queue.example:6379/0 --out /data/cchc    # on each machine, N times
  python -m crawler merge /data/cchc --out cchc.jsonl                                # one view of the shards
"""
EXTRACT_EXAMPLES = """examples:
  python -m crawler extract saved-page.html --url https://vuquang.hatinh.gov.vn/portal/Pages/...
  python -m crawler extract https://tienlu.hungyen.gov.vn/portal/Pages/2022-4-14/....aspx --pretty
  python -m crawler extract saved-pages/ > records.jsonl        # every .html file of a folder
  cut -f1,2 list.tsv | python -m crawler extract                # 'PATH_OR_URL [URL]' lines on stdin
"""


# Seconds a worker of `crawl --workers N --redis` waits on an empty queue.
LOCAL_WORKER_IDLE = 5.0


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
    parser = build_parser(program_name())
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return exit_codes.USAGE
    try:
        return args.handler(args)
    except (CommandError, RegistryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exit_codes.USAGE


def program_name() -> str:
    """`vncchc` when run as the installed command, else `python -m crawler`."""
    name = Path(sys.argv[0]).name
    return "python -m crawler" if name in ("__main__.py", "-m", "") else name


def build_parser(prog: str = "python -m crawler") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Crawl Vietnamese district portals for administrative-reform figures.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    crawl = commands.add_parser(
        "crawl", help="crawl the portals of a registry and write JSON Lines",
        epilog=CRAWL_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_registry_arguments(crawl)
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
    crawl.add_argument("--workers", type=int, default=1, metavar="N",
                       help="run N crawl processes: workers of a shared crawl with --redis, "
                            "otherwise the portals split between them")
    add_redis_arguments(crawl, required=False)
    crawl.set_defaults(handler=run_crawl)

    seed = commands.add_parser(
        "seed", help="define a shared crawl in Redis and queue its start URLs",
        epilog=DISTRIBUTED_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_registry_arguments(seed)
    seed.add_argument("--refresh", action="store_true", help="as for crawl")
    seed.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="as for crawl")
    seed.add_argument("--force", action="store_true",
                      help="seed even though workers of the current crawl are still alive")
    add_redis_arguments(seed, required=True)
    seed.set_defaults(handler=run_seed)

    worker = commands.add_parser(
        "worker", help="work on the shared crawl in Redis until its queue stays empty",
        epilog=DISTRIBUTED_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    worker.add_argument("--out", type=Path, help="output folder for this worker's shard; "
                                                 "default: the OUTPUT_DIR setting (output/)")
    worker.add_argument("--idle", type=float, metavar="SECONDS",
                        help="stop after the queue has been empty this long; default: the "
                             "WORKER_IDLE_SECONDS setting (30)")
    worker.add_argument("--set", action="append", metavar="NAME=VALUE", default=[],
                        help="override a Scrapy/crawler setting (repeatable)")
    worker.add_argument("--loglevel", default=None, help="DEBUG, INFO, WARNING or ERROR")
    add_redis_arguments(worker, required=True)
    worker.set_defaults(handler=run_worker)

    merge = commands.add_parser(
        "merge", help="merge output shards (files or folders) into one JSON Lines file")
    merge.add_argument("inputs", nargs="*", type=Path, metavar="PATH",
                       help="JSON Lines files or folders; default: output/")
    merge.add_argument("--out", type=Path, required=True, help="the merged file")
    merge.set_defaults(handler=run_merge)

    extract = commands.add_parser(
        "extract", help="print the records of saved pages, folders or URLs (JSON Lines)",
        epilog=EXTRACT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    extract.add_argument("sources", nargs="*", metavar="PATH_OR_URL",
                         help="files, folders or URLs; none or '-': 'PATH_OR_URL [URL]' lines on stdin")
    extract.add_argument("--url", help="the page's URL, when the one source is a saved file")
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.add_argument("--timeout", type=float, default=20.0, help="seconds, for a URL")
    extract.add_argument("--no-siblings", action="store_true",
                         help="for a URL, do not fetch sibling pages to learn the portal's template")
    extract.set_defaults(handler=run_extract)

    for name, help_text in DELEGATED.items():  # listed in --help; main() dispatches them
        commands.add_parser(name, help=help_text, add_help=False)
    return parser


# -- crawl -------------------------------------------------------------------

def add_registry_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--portals", type=Path, default=DEFAULT_REGISTRY,
                        help="portal registry (TOML); default: %(default)s")
    parser.add_argument("--portal", action="append", metavar="ID", default=[],
                        help="only this portal id (repeatable)")


def add_redis_arguments(parser: argparse.ArgumentParser, required: bool) -> None:
    default = os.environ.get("REDIS_URL")
    parser.add_argument("--redis", metavar="URL", default=default,
                        required=required and default is None,
                        help="the Redis server of a shared crawl, e.g. redis://host:6379/0; "
                             "default: $REDIS_URL" + ("" if required else " (none: a local crawl)"))
    parser.add_argument("--redis-prefix", metavar="NAME", default=os.environ.get("REDIS_PREFIX"),
                        help="prefix of every Redis key, to keep crawls apart on one server; "
                             f"default: $REDIS_PREFIX or {project.REDIS_PREFIX}")


def run_crawl(args: argparse.Namespace) -> int:
    registry = load_registry(args.portals)  # fail before Scrapy starts
    portals = registry.select(args.portal)
    for warning in registry.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    settings = crawl_settings(args)
    check_addresses(portals, settings.getbool("ALLOW_PRIVATE_ADDRESSES"))
    if args.workers < 1:
        raise CommandError(f"--workers takes a positive number, got {args.workers}")
    if args.redis:
        return crawl_with_redis(args)
    if args.workers > 1:
        return crawl_with_processes(args, [p.id for p in portals])
    if not args.no_state:
        from crawler.state import LockHeld, StateError, preflight

        try:
            preflight(args.state)
        except StateError as exc:
            raise CommandError(str(exc)) from None
        except LockHeld as exc:
            print(f"error: {exc}; this run did nothing", file=sys.stderr)
            return exit_codes.LOCKED
    # The state store's extension (crawler/store.py) takes the lock and repairs the state.
    return crawl_portals(settings, args.portals, [p.id for p in portals])


def crawl_with_processes(args: argparse.Namespace, portal_ids: list[str]) -> int:
    """N local processes, each crawling its share of the portals with the
    same state directory (SQLite takes one writer at a time) and writing
    its own output file. This process holds the state's lock and hands it to
    them; each repairs what killed runs left, one at a time."""
    from crawler.state import LockHeld, RunLock, StateError, check_directory, open_database
    from crawler.workers import python_command, run_processes, split_portals

    if args.limit is not None:
        raise CommandError("--limit and --workers do not go together: --limit is for a quick look")
    groups = split_portals(portal_ids, args.workers)
    common = ["--portals", str(args.portals), *passed_on_options(args)]
    commands = [python_command("crawl", *common, *[f"--portal={p}" for p in group]) for group in groups]
    print(f"workers:  {len(groups)} processes: " + "; ".join(", ".join(g) for g in groups), flush=True)
    if args.no_state:
        return exit_codes.worst(run_processes(commands))
    try:
        check_directory(args.state)
        with RunLock(args.state) as lock:
            # The database exists before the workers start: opening a new one
            # together, one of them found the other's empty file and took the
            # state for lost.
            open_database(args.state).close()
            env, fds = lock.handed_over()
            return exit_codes.worst(run_processes(commands, dict(os.environ, **env), pass_fds=fds))
    except StateError as exc:
        raise CommandError(str(exc)) from None
    except LockHeld as exc:
        print(f"error: {exc}; this run did nothing", file=sys.stderr)
        return exit_codes.LOCKED


def passed_on_options(args: argparse.Namespace) -> list[str]:
    """The options of this crawl that its child processes repeat."""
    options = ["--state", str(args.state)]
    for flag in ("no_state", "refresh"):
        if getattr(args, flag):
            options.append("--" + flag.replace("_", "-"))
    if args.since:
        options.append(f"--since={args.since}")
    return options + output_options(args)


def output_options(args: argparse.Namespace) -> list[str]:
    """--out, --loglevel and --set, as child processes (crawls or workers) take them."""
    options = [f"--out={args.out}"] if args.out else []
    if args.loglevel:
        options.append(f"--loglevel={args.loglevel}")
    return options + [f"--set={item}" for item in args.set]


def crawl_with_redis(args: argparse.Namespace) -> int:
    """`seed`, then N local workers on the shared crawl, then the crawl's
    verdict: the worst exit code of the workers, or 3 if a portal was
    reached by none of them."""
    import redis

    from crawler.workers import python_command, run_processes

    if args.no_state:
        raise CommandError("the distributed mode keeps its state in Redis; for a throwaway "
                           "crawl give a fresh --redis-prefix instead of --no-state")
    if args.limit is not None:
        raise CommandError("--limit and --redis do not go together: --limit is for a quick look")
    client, keys = redis_client(args)
    result = seed(args, client, keys)
    # The queue is seeded before the workers start: they need not wait long.
    # The URL goes to the workers in their environment: a password in it
    # would show in every `ps` listing.
    worker = ["worker", *redis_prefix_option(args), f"--idle={LOCAL_WORKER_IDLE}", *output_options(args)]
    codes = run_processes([python_command(*worker) for _ in range(args.workers)],
                          dict(os.environ, REDIS_URL=args.redis))
    try:
        reached = client.smembers(keys.reached(result.crawl.crawl_id))
    except redis.RedisError as exc:
        print(f"error: cannot read the crawl's verdict from Redis ({exc}); exit codes "
              f"{' '.join(map(str, codes))}", file=sys.stderr)
        return exit_codes.worst([*codes, exit_codes.FAILED])
    unreachable = [p for p in result.crawl.portal_ids if p not in reached]
    code = exit_codes.worst(codes)
    print(f"crawl:    {result.crawl.crawl_id}: {args.workers} worker(s), exit codes "
          f"{' '.join(map(str, codes))}")
    if code == exit_codes.OK and unreachable:
        print(f"error: could not reach {', '.join(unreachable)}", file=sys.stderr)
        return exit_codes.UNREACHABLE
    return code


def redis_client(args: argparse.Namespace, timeout: float | None = None):
    from crawler.shared_crawl import DistributedError, RedisKeys, connect

    try:
        client = connect(args.redis, timeout=timeout)
    except DistributedError as exc:
        raise CommandError(str(exc)) from None
    return client, RedisKeys(args.redis_prefix or RedisKeys.prefix)


def redis_prefix_option(args: argparse.Namespace) -> list[str]:
    return [f"--redis-prefix={args.redis_prefix}"] if args.redis_prefix else []


def seed(args: argparse.Namespace, client, keys):
    from crawler.workers import CrawlInProgress, seed_crawl

    try:
        result = seed_crawl(client, keys, args.portals, args.portal, refresh=args.refresh,
                            since=args.since, force=getattr(args, "force", False))
    except CrawlInProgress as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(exit_codes.LOCKED) from None
    previous = {None: "none", True: "complete", False: "incomplete"}[result.previous_complete]
    print(f"seeded:   {result.crawl.crawl_id}: {len(result.crawl.portal_ids)} portal(s), "
          f"{result.start_requests} start request(s) queued; previous crawl {previous}"
          + (f"; recovered {result.recovered_runs} killed worker run(s)" if result.recovered_runs else ""),
          flush=True)
    return result


def run_seed(args: argparse.Namespace) -> int:
    registry = load_registry(args.portals)
    registry.select(args.portal)  # unknown ids fail here, before Redis is touched
    for warning in registry.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    client, keys = redis_client(args)
    seed(args, client, keys)
    return exit_codes.OK


def run_worker(args: argparse.Namespace) -> int:
    import redis

    from crawler.distributed import distributed_settings
    from crawler.redis_guard import attempt_timeout, mask_text, mask_url
    from crawler.shared_crawl import current_crawl

    # Before the crawl (and its RedisGuard), Redis gets one attempt per call, as long as one of the guard's.
    client, keys = redis_client(args, timeout=attempt_timeout(worker_retry_seconds(args)))
    try:
        crawl = current_crawl(client, keys)
    except redis.RedisError as exc:
        raise CommandError(f"cannot use Redis at {mask_url(args.redis)}: {mask_text(str(exc))}") from None
    finally:
        client.close()
    if crawl is None:
        raise CommandError(f"no crawl in Redis at {mask_url(args.redis)} (prefix {keys.prefix}); "
                           "run `python -m crawler seed` first")
    settings = base_settings(args)
    settings.setdict(distributed_settings(args.redis, crawl.crawl_id), priority="cmdline")
    settings.set("REDIS_PREFIX", keys.prefix, priority="cmdline")
    settings.set("STATE_DIR", None, priority="cmdline")
    settings.set("SINCE", crawl.since, priority="cmdline")
    if args.idle is not None:
        settings.set("WORKER_IDLE_SECONDS", args.idle, priority="cmdline")
    apply_overrides(settings, args.set)
    return crawl_portals(settings, None, list(crawl.portal_ids), worker=True)


def worker_retry_seconds(args: argparse.Namespace) -> float:
    """REDIS_RETRY_SECONDS as the worker's --set leave it (checked here, before
    Redis is touched)."""
    settings = base_settings(args)
    apply_overrides(settings, args.set)
    return settings.getfloat("REDIS_RETRY_SECONDS")


def run_merge(args: argparse.Namespace) -> int:
    from crawler.output_reader import InputError, read_summary, skipped_warnings
    from crawler.workers import merge_outputs

    try:
        result = merge_outputs(args.inputs, args.out)
    except (InputError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    for line in skipped_warnings(result):
        print(line, file=sys.stderr)
    print(f"merged:   {read_summary(result)} -> {args.out}")
    return exit_codes.OK


def base_settings(args: argparse.Namespace):
    """The project's settings with --out and --loglevel."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    if args.out:
        settings.set("OUTPUT_DIR", str(args.out), priority="cmdline")
    if args.loglevel:
        settings.set("LOG_LEVEL", args.loglevel.upper(), priority="cmdline")
    elif sys.stderr.isatty():
        settings.set("LOG_LEVEL", "WARNING", priority="cmdline")  # the progress line says the rest
    return settings


def apply_overrides(settings, items: list[str]) -> None:
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise CommandError(f"--set takes NAME=VALUE, got {item!r}")
        check_setting(name.strip(), value, setting_default(name.strip()))
        settings.set(name.strip(), value, priority="cmdline")


def setting_default(name: str):
    """The value a setting has before any --set: ours, else Scrapy's."""
    from scrapy.settings import default_settings

    from crawler import settings as project_settings

    return getattr(project_settings, name, getattr(default_settings, name, None))


def _is_log_level(value: str) -> bool:
    import logging

    return value.isdigit() or isinstance(logging.getLevelName(value.upper()), int)


def _is_iso_date(value: str) -> bool:
    try:
        iso_date(value)
    except argparse.ArgumentTypeError:
        return False
    return True


def _is_json_object(value: str) -> bool:
    try:
        return isinstance(json.loads(value), dict)
    except ValueError:
        return False


# Settings whose default does not tell what they take (None, a string).
SETTING_FORMS = {
    "LOG_LEVEL": (_is_log_level, "a log level (DEBUG, INFO, WARNING, ERROR)"),
    "SINCE": (_is_iso_date, "a date in YYYY-MM-DD form"),
}


def check_setting(name: str, value: str, default) -> None:
    """A value Scrapy would fail on mid-crawl (DOWNLOAD_TIMEOUT=abc) is refused
    here, judged by the type of the setting's default (or SETTING_FORMS)."""
    from scrapy.settings import Settings

    form = SETTING_FORMS.get(name)
    if form is None and isinstance(default, dict):
        form = (_is_json_object, 'a JSON object ({"name": value})')
    if form is not None:
        accepts, wanted = form
        if not accepts(value.strip()):
            raise CommandError(f"--set {name}={value}: {name} takes {wanted}")
        return
    getter = next((getter for kind, getter in ((bool, "getbool"), (int, "getint"), (float, "getfloat"))
                   if isinstance(default, kind)), None)
    if getter is None:
        return
    try:
        getattr(Settings({name: value}), getter)(name)
        if getter != "getbool":
            float(value)  # getint("1e9") passes through float; "nan" and "inf" do not belong here
            if not math.isfinite(float(value)):
                raise ValueError
    except ValueError:
        wanted = {"getbool": "true or false", "getint": "a whole number", "getfloat": "a number"}[getter]
        raise CommandError(f"--set {name}={value}: {name} takes {wanted} (default {default!r})") from None


def crawl_settings(args: argparse.Namespace):
    settings = base_settings(args)
    settings.set("PORTALS_FILE", str(args.portals), priority="cmdline")
    settings.set("STATE_DIR", None if args.no_state else str(args.state), priority="cmdline")
    settings.set("REFRESH", args.refresh, priority="cmdline")
    settings.set("SINCE", args.since, priority="cmdline")
    if args.limit is not None:
        if args.limit <= 0:
            raise CommandError(f"--limit takes a positive number, got {args.limit}")
        settings.set("RECORD_LIMIT", args.limit, priority="cmdline")
    apply_overrides(settings, args.set)
    return settings


GC_THRESHOLDS = (10_000, 20, 20)  # the collector's, during a crawl (Python's: 700, 10, 10)


def crawl_portals(settings, registry: Path | None, portal_ids: list[str], worker: bool = False) -> int:
    """One Scrapy crawl in this process. A worker of a shared crawl reports
    only the portals it fetched from; whether a portal was reached at all is
    the whole crawl's question (`crawl --workers N --redis`)."""
    from scrapy.crawler import CrawlerProcess

    from crawler import stats as keys
    from crawler.shared_crawl import DistributedError
    from crawler.run_report import build_report, format_table, write_report
    from crawler.state import LockHeld, StateError
    from pipelines.jsonlines import OutputError, check_output

    try:  # before the first request: a crawl that can write nothing must not run
        check_output(settings.get("OUTPUT_DIR"), settings.get("OUTPUT_FILE"))
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    started = time.monotonic()
    # Each page makes thousands of short-lived objects (lxml proxies, strings)
    # beside a large heap of long-lived ones (frontier, templates): at the
    # default thresholds the collector rescans that heap far more often than
    # it finds cycles. 12% more pages a second on the bench site, 4% more memory.
    gc.set_threshold(*GC_THRESHOLDS)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler("portal")
    failures = []
    process.crawl(crawler, portal=",".join(portal_ids), portals=str(registry) if registry else None) \
        .addErrback(failures.append)
    process.start()
    if failures:  # the crawl could not start: the lock, the state, Redis
        if failures[0].check(LockHeld):
            print(f"error: {failures[0].value}; this run did nothing", file=sys.stderr)
            return exit_codes.LOCKED
        if failures[0].check(StateError, DistributedError):
            raise CommandError(str(failures[0].value))
        failures[0].raiseException()
    stats = crawler.stats.get_stats()
    seconds = time.monotonic() - started
    if worker:
        portal_ids = [p for p in portal_ids if p in stat_keys.portals_counted(stats)]
    report = build_report(stats, portal_ids, crawler.spider.run_id, seconds)
    print(format_table(report))
    print_summary(stats, portal_ids, seconds)
    if stats.get(stat_keys.OUTPUT_PATH):
        report_path = write_report(report, Path(stats[stat_keys.OUTPUT_PATH]).with_suffix(".report.json"))
        print(f"report:   {report_path}")
    code, message = verdict(stats, report, worker)
    if message:
        print(f"error: {message}", file=sys.stderr)
    return code


def verdict(stats: dict, report: dict, worker: bool = False) -> tuple[int, str | None]:
    """The exit code of one crawl (README's table) and what to say of it:
    from its statistics and its run report. `scrapy crawl` ends the same way."""
    if stats.get("finish_reason") not in ("finished", "record_limit"):
        return exit_codes.FAILED, None  # the log's last lines say why
    if stats.get(stat_keys.PIPELINE_ERRORS):
        return exit_codes.FAILED, (f"{stats[stat_keys.PIPELINE_ERRORS]} page(s) failed in the pipelines and "
                                   "were not written (the log names them)")
    if stats.get(stat_keys.CRAWLER_ERRORS):
        return exit_codes.FAILED, (f"{stats[stat_keys.CRAWLER_ERRORS]} page(s) failed in the crawler's own code "
                                   "and were not processed (the log names them)")
    internal = [p["portal"] for p in report["portals"] if p["errors"].get("private_address")]
    if internal:  # the registry (or DNS) points at someone's internal network: bad input
        return exit_codes.USAGE, (f"{', '.join(internal)}: refused, a host resolves to a private, loopback or "
                                  "link-local address (ALLOW_PRIVATE_ADDRESSES allows it)")
    if worker:
        return exit_codes.OK, None
    unreachable = [p["portal"] for p in report["portals"] if p["status"] == "unreachable"]
    if unreachable:
        return exit_codes.UNREACHABLE, f"could not reach {', '.join(unreachable)}"
    return exit_codes.OK, None


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
        f"articles: {stats.get(stat_keys.WRITTEN, 0)} written, "
        f"{stats.get(stat_keys.METRICS_WRITTEN, 0)} metrics, {stats.get(stat_keys.WARNINGS_WRITTEN, 0)} warnings",
        f"time:     {seconds:.1f} s ({stats.get('finish_reason', '?')})",
        f"output:   {stats.get(stat_keys.OUTPUT_PATH, '(nothing written)')}",
    ]
    errors = {k: v for k, v in stats.items() if k.startswith(("spider_exceptions/", "log_count/ERROR"))}
    if errors:
        lines.append("errors:   " + ", ".join(f"{k}={v}" for k, v in sorted(errors.items())))
    print("\n".join(lines))


# -- extract -----------------------------------------------------------------

def run_extract(args: argparse.Namespace) -> int:
    from crawler.extract_command import run
    return run(args, read_page=read_page, fetch_page=fetch_page)


MAX_PAGE_BYTES = project.MAX_PAGE_BYTES


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
    from crawler.contact import user_agent

    agent = user_agent(project.CONTACT_URL, project.PROJECT_URL)
    request = urllib.request.Request(url, headers={"User-Agent": agent})
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
