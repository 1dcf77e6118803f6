"""Extraction alone, on saved pages with known text: our extractor against
`trafilatura.extract(html, with_metadata=True)`.

    .venv/bin/python bench/extraction_compare.py SAMPLE_DIR {ours|trafilatura} [PASSES]

SAMPLE_DIR/pages.json lists {"url", "file", "text"} (the page's address,
its saved HTML beside the list, its true text). Prints one JSON object:
for the extractor named, milliseconds per page (after a warm-up; the best
of PASSES passes over the sample, default 1) and mean precision and recall with the Zyte benchmark's shingle metric
(bench/bench_extraction.py). trafilatura's text output with metadata opens
with a "---" header block (title, date, URL …); it is cut before scoring,
so only the text is judged. bench/run_all.py runs each extractor in fresh
processes of its own, alternately, and keeps each one's best time: neither
is timed on a heap the other (or the benchmark) has grown, and a slow
spell of a shared machine does not fall on one of them only.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura  # noqa: E402

from bench_extraction import page_scores  # noqa: E402
from crawler.extraction import PageExtractor  # noqa: E402

WARM_UP_PAGES = 10


def without_metadata(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


def contenders() -> dict:
    extractor = PageExtractor()
    return {
        "trafilatura": lambda url, html: without_metadata(trafilatura.extract(html, with_metadata=True) or ""),
        "ours": lambda url, html: extractor.extract(html, url=url).text,
    }


def measure(pages: list[tuple[str, str, str]], name: str, passes: int) -> dict[str, float]:
    """`pages`: (url, html, true text). Milliseconds per page: the best of
    `passes` passes, the usual estimate of the undisturbed cost on a shared
    machine (timeit does the same); quality from the texts (deterministic)."""
    extract = contenders()[name]
    for url, html, _ in pages[:WARM_UP_PAGES]:
        extract(url, html)
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        texts = [extract(url, html) for url, html, _ in pages]
        best = min(best, time.perf_counter() - started)
    scores = [page_scores(text, truth) for text, (_, _, truth) in zip(texts, pages)]
    precisions = [p for p, _ in scores if p is not None]
    return {"ms_per_page": best * 1000 / len(pages),
            "precision": statistics.mean(precisions) if precisions else 0.0,
            "recall": statistics.mean(r for _, r in scores)}


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[1] not in ("ours", "trafilatura"):
        print(__doc__, file=sys.stderr)
        return 2
    folder, name, passes = Path(argv[0]), argv[1], int(argv[2]) if len(argv) == 3 else 1
    listing = json.loads((folder / "pages.json").read_text("utf-8"))
    pages = [(p["url"], (folder / p["file"]).read_text("utf-8"), p["text"]) for p in listing]
    print(json.dumps({name: measure(pages, name, passes)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
