"""Extraction speed and quality, ours against plain trafilatura, in one run.

    .venv/bin/python bench/bench_extraction.py [--repeat 5] [--zyte DIR]

1. Portal pages (the bundled sample portals, fetched from the local server):
   mean milliseconds per page for `trafilatura.extract(html, with_metadata=True)`
   on the whole page ("before pruning") and for our extractor, which parses
   once, prunes the furniture and hands trafilatura only the article region
   ("after pruning"); and how many counter strings each leaves in the text.
2. Real portal pages (shared/real-pages, 30 saved pages of Liferay and
   SharePoint portals): the same two timings, each the best of --repeat
   passes taken in turn, and their ratio.
3. Ordinary news pages (the Zyte article-extraction benchmark, 181 pages with
   their true text): precision, recall and F1 of both, with the benchmark's
   own metric (4-token shingles), to show the pruning does no harm there.
4. trafilatura's own evaluation set (990 pages, its snippet metric, see
   bench/trafilatura_eval.py): ours beside plain `trafilatura.extract(html)`.

Figures are printed, never asserted: absolute times vary between machines,
so compare the ratio measured in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import tomllib
import urllib.request
from collections import Counter
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.extraction import PageExtractor  # noqa: E402
from tests.portal_server import PortalServer  # noqa: E402

# shared/ sits beside the clone (or beside the folder of worktrees).
SHARED = next((base / "shared" for base in (ROOT.parent, ROOT.parent.parent) if (base / "shared").is_dir()),
              ROOT.parent / "shared")
DEFAULT_ZYTE = SHARED / "benchmarks" / "article-extraction-benchmark"
DEFAULT_REAL = SHARED / "real-pages" / "pages"


def portal_pages() -> list[tuple[str, str, list[str]]]:
    """(url, html, counter strings of its portal) for every sample article."""
    manifest = tomllib.loads((ROOT / "tests" / "sample_portals" / "manifest.toml").read_text("utf-8"))
    pages = []
    with PortalServer() as server:
        for portal in manifest["portals"]:
            base = server.base_urls[portal["id"]]
            for article in portal["articles"]:
                url = base + article["path"]
                with urllib.request.urlopen(url, timeout=10) as response:
                    html = response.read().decode("utf-8")
                pages.append((url, html, list(portal.get("counters", []))))
    return pages


def time_per_page(function, pages: list[str], repeat: int) -> float:
    """Mean milliseconds per page over `repeat` passes (the first pass warms up)."""
    for html in pages:
        function(html)
    started = time.perf_counter()
    for _ in range(repeat):
        for html in pages:
            function(html)
    return (time.perf_counter() - started) * 1000 / (repeat * len(pages))


def best_of_turns(functions: dict, pages: list[str], repeat: int) -> dict[str, float]:
    """Milliseconds per page of each function: the best of `repeat` passes,
    taken in turn so that a slow spell of a shared machine falls on both."""
    best = {name: float("inf") for name in functions}
    for function in functions.values():  # warm-up
        for html in pages[:5]:
            function(html)
    for _ in range(repeat):
        for name, function in functions.items():
            started = time.perf_counter()
            for html in pages:
                function(html)
            best[name] = min(best[name], (time.perf_counter() - started) * 1000 / len(pages))
    return best


def trafilatura_text(html: str) -> str:
    return trafilatura.extract(html, with_metadata=True) or ""


# -- the Zyte benchmark's metric (see its README) -------------------------------

def shingles(text: str) -> Counter:
    tokens = re.findall(r"\w+", text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def page_scores(predicted: str, truth: str) -> tuple[float | None, float]:
    got, want = shingles(predicted), shingles(truth)
    tp = sum((got & want).values())
    fp = sum(got.values()) - tp
    fn = sum(want.values()) - tp
    precision = tp / (tp + fp) if got else None
    recall = tp / (tp + fn) if (tp + fn) else 1.0
    return precision, recall


def zyte_quality(directory: Path, extractors: dict) -> dict[str, tuple[float, float, float]]:
    truth = json.loads((directory / "ground-truth.json").read_text("utf-8"))
    results = {}
    for name, extract in extractors.items():
        precisions, recalls = [], []
        for page_id, expected in truth.items():
            html = gzip.decompress((directory / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
            precision, recall = page_scores(extract(html), expected["articleBody"])
            if precision is not None:
                precisions.append(precision)
            recalls.append(recall)
        p, r = statistics.mean(precisions), statistics.mean(recalls)
        results[name] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--zyte", type=Path, default=DEFAULT_ZYTE, help="benchmark folder (default: %(default)s)")
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL, help="saved portal pages (default: %(default)s)")
    parser.add_argument("--no-eval-set", action="store_true", help="skip trafilatura's evaluation set (slow)")
    args = parser.parse_args()

    extractor = PageExtractor()
    ours = lambda html: extractor.extract(html).text  # noqa: E731

    pages = portal_pages()
    htmls = [html for _, html, _ in pages]
    before = time_per_page(trafilatura_text, htmls, args.repeat)
    after = time_per_page(ours, htmls, args.repeat)
    sizes = [len(h.encode("utf-8")) for h in htmls]
    print(f"sample portal article pages: {len(pages)} (median {statistics.median(sizes) / 1024:.0f} KB)")
    print(f"  trafilatura.extract(html, with_metadata=True), whole page: {before:7.2f} ms/page")
    print(f"  ours (parse once, prune, trafilatura on the article):     {after:7.2f} ms/page")
    print(f"  speed-up: {before / after:.1f}x")
    leaks = {"trafilatura": 0, "ours": 0}
    for _, html, counters in pages:
        for name, text in (("trafilatura", trafilatura_text(html)), ("ours", ours(html))):
            leaks[name] += sum(1 for c in counters if c in text)
    print(f"  counter strings left in the text: trafilatura {leaks['trafilatura']}, ours {leaks['ours']}")

    real = sorted(args.real.glob("*.html")) if args.real.is_dir() else []
    if real:
        htmls = [p.read_bytes().decode("utf-8", "replace") for p in real]
        times = best_of_turns({"trafilatura": trafilatura_text, "ours": ours}, htmls, args.repeat)
        print(f"real portal pages: {len(real)} ({args.real})")
        print(f"  trafilatura.extract(html, with_metadata=True): {times['trafilatura']:7.2f} ms/page")
        print(f"  ours:                                          {times['ours']:7.2f} ms/page")
        print(f"  speed-up: {times['trafilatura'] / times['ours']:.1f}x")
    else:
        print(f"real pages not found at {args.real}; pass --real DIR")

    if args.zyte.is_dir():
        quality = zyte_quality(args.zyte, {"trafilatura": lambda h: trafilatura.extract(h) or "",
                                           "ours": ours})
        print("Zyte article-extraction benchmark (181 ordinary news pages):")
        for name, (p, r, f1) in quality.items():
            print(f"  {name:12s} precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    else:
        print(f"Zyte benchmark not found at {args.zyte}; pass --zyte DIR")
    if not args.no_eval_set:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import trafilatura_eval
        trafilatura_eval.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
