"""`make bench`: our crawl against its baselines, on one generated site, in one run.

    .venv/bin/python bench/run_all.py [--articles-per-portal 255] [--trafilatura-pages 1000]
                                      [--extract-pages 30] [--keep DIR]

1. Generates the benchmark site (bench/site_generator.py: the eight sample
   portals' templates, 2,000+ generated articles of 40–100 KB pages) in a
   temporary folder and serves it on loopback (tests/portal_server.py).
2. Crawls it three ways, each a fresh child process timed from start to
   exit (imports included) and measured for peak RSS (os.wait4):
   - the download-only Scrapy spider (bench/download_spider.py): the
     ceiling, what Scrapy itself costs on this machine;
   - our crawl, the real `python -m crawler crawl` (fetch, extract,
     metrics, write), robots.txt obeyed, AutoThrottle off;
   - trafilatura's own command line fed with the page URLs the crawl
     reaches (a sample of them, so the run stays short: its rate is
     what is compared), extracting with its defaults; its politeness
     delay (SLEEP_TIME, 5 s per host) is set to 0 like our AutoThrottle,
     and its SSRF guard, which refuses loopback, is off.
   It then crawls again with CLOSESPIDER_PAGECOUNT=500, for the peak RSS of
   a short crawl against that of the whole site.
3. Extraction alone (bench/extraction_compare.py: each extractor in fresh
   processes, alternately, best time kept), on a sample of the article
   pages as served: our extractor against
   `trafilatura.extract(html, with_metadata=True)`, per page, with
   precision, recall and F1 against the articles' true text (the Zyte
   benchmark's shingle metric; the metadata header trafilatura prints is
   cut before scoring).

Ratios are against the baselines of the same run: absolute figures depend
on the machine. Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import trafilatura  # noqa: E402

from site_generator import DEFAULT_ARTICLES_PER_PORTAL, generate  # noqa: E402
from tests.portal_server import PortalServer  # noqa: E402

PYTHON = sys.executable
# trafilatura's command line, installed beside this interpreter (the virtualenv).
TRAFILATURA_CLI = Path(sys.executable).with_name("trafilatura")
if not TRAFILATURA_CLI.exists():
    TRAFILATURA_CLI = Path(shutil.which("trafilatura") or "trafilatura")
# Settings every crawl of this benchmark shares (the command line).
# The generated site is served on loopback, which a crawl refuses by default.
CRAWL_SETTINGS = ["AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "ALLOW_PRIVATE_ADDRESSES=true"]
SHORT_CRAWL_PAGES = 500
# Fresh processes per extractor, alternately; each one's best time is kept.
EXTRACTION_ROUNDS = 3

GOALS = {
    "extraction_speedup": 10.0,      # ours vs trafilatura.extract(with_metadata=True), per page
    "crawl_vs_trafilatura": 5.0,     # pages per second
    "crawl_vs_ceiling": 0.40,        # share of the download-only rate
    "memory_growth": 0.20,           # peak RSS, whole site against 500 pages
}


@dataclass(frozen=True)
class Run:
    """One child process: wall time from start to exit and peak RSS."""
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    cpu_seconds: float = 0.0  # of the command and the children it waited for


def run_child(command: list[str], log: Path, timeout: float = 900) -> Run:
    """Run `command` (stderr into `log`) under bench/peak_rss.py, which
    measures that command alone; on timeout its whole session is killed."""
    result = log.with_suffix(".rusage.json")
    with open(log, "wb") as err, tempfile.TemporaryFile() as out:
        wrapper = subprocess.Popen([PYTHON, str(BENCH / "peak_rss.py"), str(result), "--", *command],
                                   stdout=out, stderr=err, cwd=ROOT, start_new_session=True)
        try:
            wrapper.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(wrapper.pid, signal.SIGKILL)
            wrapper.wait()
            raise SystemExit(f"{command[1] if len(command) > 1 else command[0]} ran over {timeout:.0f} s; see {log}")
        out.seek(0)
        stdout = out.read().decode("utf-8", "replace")
    figures = json.loads(result.read_text("utf-8"))
    return Run(figures["seconds"], figures["peak_rss_kb"] / 1024, figures["returncode"], stdout,
               figures["cpu_seconds"])


# -- the site -----------------------------------------------------------------------

def write_registry(server: PortalServer, path: Path) -> Path:
    lines = ["# The benchmark site (bench/run_all.py); ports change per run", ""]
    for portal in server.portals.values():
        base = server.base_urls[portal.id]
        meta = portal.meta
        lines += ["[[portals]]"] + [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in (
            ("id", portal.id), ("name", meta["name"]), ("district", meta["district"]),
            ("province", meta["province"]), ("start_urls", [base + u for u in meta["start_urls"]]),
            ("allowed_hosts", [base.removeprefix("http://")]), ("max_pages", 10_000), ("max_depth", 10),
        )] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def served_page(server: PortalServer, portal_id: str, path: str) -> str:
    """The page exactly as the server sends it."""
    route = server.portals[portal_id].find(path)
    return server.substitute(route.file.read_text("utf-8"), portal_id)


# -- the crawls ---------------------------------------------------------------------

@dataclass(frozen=True)
class CrawlFigures:
    pages: int
    articles: int | None
    run: Run

    @property
    def rate(self) -> float:
        return self.pages / self.run.seconds


def crawl_ours(registry: Path, work: Path, name: str, extra: list[str] = (), workers: int = 1) -> CrawlFigures:
    out = work / name
    command = [PYTHON, "-m", "crawler", "crawl", "--portals", str(registry), "--no-state",
               "--out", str(out), "--workers", str(workers)]
    for setting in CRAWL_SETTINGS + list(extra):
        command += ["--set", setting]
    run = run_child(command, work / f"{name}.log")
    reports = sorted(out.glob("*/*.report.json"))
    # Exit code 1 is expected when CLOSESPIDER_PAGECOUNT stops the crawl.
    if run.returncode not in (0, 1) or (run.returncode == 1 and not extra) or not reports:
        raise SystemExit(f"our crawl ({name}) failed (exit code {run.returncode}); see {work / (name + '.log')}")
    reports = [json.loads(path.read_text("utf-8")) for path in reports]  # one per process
    return CrawlFigures(pages=sum(p["pages"] for report in reports for p in report["portals"]),
                        articles=sum(report["records_written"] for report in reports), run=run)


def crawl_download_only(registry: Path, work: Path) -> tuple[CrawlFigures, list[str]]:
    urls_file = work / "fetched-urls.txt"
    command = [PYTHON, str(BENCH / "download_spider.py"), "--portals", str(registry),
               "--urls-out", str(urls_file)]
    for setting in CRAWL_SETTINGS:
        command += ["--set", setting]
    run = run_child(command, work / "download-only.log")
    if run.returncode != 0:
        raise SystemExit(f"the download-only crawl failed; see {work / 'download-only.log'}")
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    return CrawlFigures(pages=figures["pages"], articles=None, run=run), \
        urls_file.read_text("utf-8").split()


def crawl_trafilatura(urls: list[str], work: Path) -> CrawlFigures:
    """trafilatura's command line on `urls`, extraction with its defaults."""
    config = work / "trafilatura.cfg"
    defaults = (Path(trafilatura.__file__).parent / "settings.cfg").read_text("utf-8")
    config.write_text(_set_options(defaults, {"SLEEP_TIME": "0", "SSRF_PROTECTION": "off"}), encoding="utf-8")
    url_file = work / "trafilatura-urls.txt"
    url_file.write_text("".join(u + "\n" for u in urls), encoding="utf-8")
    out = work / "trafilatura-out"
    run = run_child([str(TRAFILATURA_CLI), "--input-file", str(url_file), "--config-file", str(config),
                     "--output-dir", str(out)], work / "trafilatura.log")
    written = sum(1 for f in out.rglob("*") if f.is_file()) if out.exists() else 0
    return CrawlFigures(pages=len(urls), articles=written, run=run)


def _set_options(config: str, values: dict[str, str]) -> str:
    lines = []
    for line in config.splitlines():
        key = line.split("=", 1)[0].strip()
        lines.append(f"{key} = {values[key]}" if "=" in line and key in values else line)
    return "\n".join(lines) + "\n"


def spread(items: list, count: int) -> list:
    """`count` items taken evenly across `items` (so the sample keeps their mix)."""
    if count >= len(items):
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


# -- extraction alone ---------------------------------------------------------------

@dataclass(frozen=True)
class ExtractionFigures:
    ms_per_page: float
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def extraction_alone(pages: list[tuple[str, str, str]], work: Path) -> dict[str, ExtractionFigures]:
    """`pages`: (url, html, true text), saved and compared in a fresh process
    (bench/extraction_compare.py)."""
    folder = work / "extraction-sample"
    folder.mkdir(exist_ok=True)
    listing = []
    for number, (url, html, text) in enumerate(pages):
        name = f"{number:04d}.html"
        (folder / name).write_text(html, encoding="utf-8")
        listing.append({"url": url, "file": name, "text": text})
    (folder / "pages.json").write_text(json.dumps(listing, ensure_ascii=False), encoding="utf-8")
    best: dict[str, ExtractionFigures] = {}
    for round_ in range(EXTRACTION_ROUNDS):
        for name in ("ours", "trafilatura"):  # one pass each per round: the same chances
            log = work / f"extraction-{name}-{round_}.log"
            run = run_child([PYTHON, str(BENCH / "extraction_compare.py"), str(folder), name], log)
            if run.returncode != 0:
                raise SystemExit(f"the extraction comparison failed; see {log}")
            figures = ExtractionFigures(**json.loads(run.stdout.strip().splitlines()[-1])[name])
            if name not in best or figures.ms_per_page < best[name].ms_per_page:
                best[name] = figures
    return best


# -- the report ---------------------------------------------------------------------

def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal"))
        ram = f"{mem_kb / 1024 ** 2:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        ram = "RAM unknown"
    return (f"{os.cpu_count()} CPUs ({cpu}), {ram}; Python {platform.python_version()}, "
            f"trafilatura {trafilatura.__version__}")


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles-per-portal", type=int, default=DEFAULT_ARTICLES_PER_PORTAL,
                        help="generated articles per portal, besides the bundled ones (default: %(default)s)")
    parser.add_argument("--trafilatura-pages", type=int, default=1000,
                        help="page URLs fed to trafilatura's command line (default: %(default)s)")
    parser.add_argument("--extract-pages", type=int, default=30,
                        help="article pages per portal for the extraction comparison (default: %(default)s)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (site, logs, outputs)")
    args = parser.parse_args(argv)

    work = Path(args.keep or tempfile.mkdtemp(prefix="cchc-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        return benchmark(args, work, started)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def benchmark(args, work: Path, started: float) -> int:
    print(f"machine: {machine()}", flush=True)
    site = generate(work / "site", args.articles_per_portal)
    low, median, high = (n / 1024 for n in site.article_bytes)
    print(f"site: {site.articles} articles on 8 portals, {site.pages} HTML routes; article pages "
          f"{low:.0f}–{high:.0f} KB (median {median:.0f} KB, {site.article_links} links)", flush=True)
    truth = json.loads((site.root / "truth.json").read_text("utf-8"))

    with PortalServer(root=site.root) as server:
        registry = write_registry(server, work / "portals.toml")
        hosts = list(server.base_urls.values())
        step("download-only crawl", started)
        ceiling, fetched = crawl_download_only(registry, work)
        step("our crawl, whole site", started)
        ours = crawl_ours(registry, work, "ours-full")
        step("our crawl, two processes", started)
        ours_two = crawl_ours(registry, work, "ours-two", workers=2)
        step(f"our crawl, {SHORT_CRAWL_PAGES} pages", started)
        short = crawl_ours(registry, work, "ours-short", [f"CLOSESPIDER_PAGECOUNT={SHORT_CRAWL_PAGES}"])
        step("trafilatura command line", started)
        traf = crawl_trafilatura(spread(fetched, args.trafilatura_pages), work)
        step("extraction alone", started)
        sample = []
        for portal_id, articles in truth.items():
            paths = sorted(articles)
            random.Random(portal_id).shuffle(paths)
            base = server.base_urls[portal_id]
            sample += [(base + path, served_page(server, portal_id, path), articles[path]["text"])
                       for path in paths[:args.extract_pages]]
    extraction = extraction_alone(sample, work)

    report(site, ours, ours_two, short, ceiling, traf, extraction, len(sample), hosts)
    print(f"\n(the whole benchmark took {time.monotonic() - started:.0f} s)")
    return 0


def step(what: str, started: float) -> None:
    print(f"  [{time.monotonic() - started:5.0f} s] {what} …", file=sys.stderr, flush=True)


def report(site, ours: CrawlFigures, ours_two: CrawlFigures, short: CrawlFigures, ceiling: CrawlFigures, traf: CrawlFigures,
           extraction: dict[str, ExtractionFigures], sample_size: int, hosts: list[str]) -> None:
    print()
    print("End to end, same site over loopback         pages  seconds  pages/s  of ceiling  vs trafilatura  peak RSS")
    rows = [("Scrapy download only (the I/O ceiling)", ceiling),
            ("our crawl: fetch, extract, metrics, write", ours),
            ("  the same, 2 processes (--workers 2)", ours_two),
            ("trafilatura CLI (--input-file)", traf)]
    for label, figures in rows:
        print(f"  {label:41s} {figures.pages:6d} {figures.run.seconds:8.1f} {figures.rate:8.1f} "
              f"{figures.rate / ceiling.rate:10.0%} {figures.rate / traf.rate:14.1f}x "
              f"{figures.run.peak_rss_mb:7.0f} MB")
    print(f"  (our crawl wrote {ours.articles} article records; trafilatura got {traf.pages} of the "
          f"{ceiling.pages} URLs the crawl reaches and wrote {traf.articles} texts; with its default "
          f"SLEEP_TIME of 5 s per host it could not pass {len(hosts)} hosts / 5 s = {len(hosts) / 5:.1f} pages/s)")

    t, o = extraction["trafilatura"], extraction["ours"]
    print()
    print(f"Extraction alone, {sample_size} saved article pages       ms/page  speed-up  precision  recall     F1")
    print(f"  trafilatura.extract(html, with_metadata=True) {t.ms_per_page:8.2f} {1:8.1f}x "
          f"{t.precision:10.3f} {t.recall:7.3f} {t.f1:6.3f}")
    print(f"  ours (parse once, prune, trafilatura on body) {o.ms_per_page:8.2f} {t.ms_per_page / o.ms_per_page:8.1f}x "
          f"{o.precision:10.3f} {o.recall:7.3f} {o.f1:6.3f}")

    growth = ours.run.peak_rss_mb / short.run.peak_rss_mb - 1
    print()
    print("Peak memory (RSS) of our crawl             pages  peak RSS")
    print(f"  CLOSESPIDER_PAGECOUNT={SHORT_CRAWL_PAGES:<19d} {short.pages:6d} {short.run.peak_rss_mb:8.0f} MB")
    print(f"  whole site                               {ours.pages:6d} {ours.run.peak_rss_mb:8.0f} MB  ({growth:+.0%})")

    speedup = t.ms_per_page / o.ms_per_page
    print()
    print("Goals")
    print(f"  extraction >= {GOALS['extraction_speedup']:.0f}x trafilatura per page, precision and recall not worse: "
          f"{speedup:.1f}x, P {o.precision:.3f} vs {t.precision:.3f}, R {o.recall:.3f} vs {t.recall:.3f} -> "
          f"{verdict(speedup >= GOALS['extraction_speedup'] and o.precision >= t.precision and o.recall >= t.recall)}")
    print(f"  crawl >= {GOALS['crawl_vs_trafilatura']:.0f}x trafilatura's pages/s: "
          f"{ours.rate / traf.rate:.1f}x -> {verdict(ours.rate / traf.rate >= GOALS['crawl_vs_trafilatura'])}")
    print(f"    with 2 processes (both cores; trafilatura's command line extracts in one): "
          f"{ours_two.rate / traf.rate:.1f}x -> {verdict(ours_two.rate / traf.rate >= GOALS['crawl_vs_trafilatura'])}")
    print(f"  crawl >= {GOALS['crawl_vs_ceiling']:.0%} of the download-only pages/s: "
          f"{ours.rate / ceiling.rate:.0%} -> {verdict(ours.rate / ceiling.rate >= GOALS['crawl_vs_ceiling'])}")
    print(f"  peak RSS at {ours.pages} pages within {GOALS['memory_growth']:.0%} of {short.pages} pages: "
          f"{growth:+.0%} -> {verdict(growth <= GOALS['memory_growth'])}")


if __name__ == "__main__":
    sys.exit(main())
