"""trafilatura's own evaluation set, scored with its metric
(/work/shared/benchmarks/trafilatura-eval/README.md): snippets that must be
kept ("with") and must be dropped ("without") in the extracted text.

    .venv/bin/python bench/trafilatura_eval.py [--dir DIR] [--only ours|trafilatura] [--limit N]

Prints precision, recall, accuracy and F1 for our extractor and for plain
`trafilatura.extract(html)` (with include_comments=False, include_tables=True,
as trafilatura's own evaluation calls it), and the pages where ours loses
snippets that trafilatura keeps (--misses FILE).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from crawler.extraction import PageExtractor  # noqa: E402

# shared/ sits beside the clone (or beside the folder of worktrees).
DEFAULT_DIR = next((base / "shared" / "benchmarks" / "trafilatura-eval" for base in (ROOT.parent, ROOT.parent.parent)
                    if (base / "shared").is_dir()), ROOT.parent / "shared" / "benchmarks" / "trafilatura-eval")
_SPACE = re.compile(r"\s+")


def load_pages(directory: Path, limit: int | None = None) -> list[tuple[str, bytes, dict]]:
    data = json.loads((directory / "evaldata.json").read_text("utf-8"))
    pages = []
    for url, entry in list(data.items())[:limit]:
        path = directory / "html" / (entry["file"] + ".gz")
        if not path.exists():
            path = directory / "html" / entry["file"]
        raw = path.read_bytes()
        pages.append((url, gzip.decompress(raw) if path.suffix == ".gz" else raw, entry))
    return pages


def decoded(raw: bytes) -> str:
    from trafilatura.utils import decode_file
    return decode_file(raw)


def score(text: str, entry: dict) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of one page."""
    text = _SPACE.sub(" ", text or "").strip()
    tp = fn = fp = tn = 0
    for snippet in entry.get("with", []):
        if text and _SPACE.sub(" ", snippet).strip() in text:
            tp += 1
        else:
            fn += 1
    for snippet in entry.get("without", []):
        if text and _SPACE.sub(" ", snippet).strip() in text:
            fp += 1
        else:
            tn += 1
    return tp, fn, fp, tn


def summary(counts: list[tuple[int, int, int, int]]) -> dict[str, float]:
    tp, fn, fp, tn = (sum(c[i] for c in counts) for i in range(4))
    return {"precision": tp / (tp + fp), "recall": tp / (tp + fn),
            "accuracy": (tp + tn) / (tp + fn + fp + tn), "f1": 2 * tp / (2 * tp + fp + fn)}


def contenders() -> dict:
    extractor = PageExtractor()
    return {
        "trafilatura": lambda url, html: trafilatura.extract(
            html, include_comments=False, include_tables=True, include_formatting=False) or "",
        "ours": lambda url, html: extractor.extract(html, url=url).text,
    }


def evaluate(pages, name: str) -> tuple[dict[str, float], list, float]:
    extract = contenders()[name]
    counts, texts = [], []
    started = time.perf_counter()
    for url, html, entry in pages:
        try:
            text = extract(url, html)
        except Exception:  # a crash finds nothing, as in trafilatura's scorer
            text = ""
        texts.append(text)
        counts.append(score(text, entry))
    seconds = time.perf_counter() - started
    return summary(counts), counts, seconds * 1000 / len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--only", choices=("ours", "trafilatura"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--misses", type=Path, help="write the pages where ours scores worse (JSON)")
    args = parser.parse_args(argv)
    if not args.dir.is_dir():
        print(f"trafilatura's evaluation set not found at {args.dir}; pass --dir DIR", file=sys.stderr)
        return 2
    pages = [(url, decoded(raw), entry) for url, raw, entry in load_pages(args.dir, args.limit)]
    names = [args.only] if args.only else ["trafilatura", "ours"]
    results = {}
    print(f"trafilatura's evaluation set: {len(pages)} pages")
    for name in names:
        result, counts, ms = evaluate(pages, name)
        results[name] = counts
        print(f"  {name:12s} precision {result['precision']:.4f}  recall {result['recall']:.4f}  "
              f"accuracy {result['accuracy']:.4f}  F1 {result['f1']:.4f}  ({ms:.1f} ms/page)")
    if args.misses and len(results) == 2:
        worse = [{"url": url, "file": entry["file"], "ours": o, "trafilatura": t}
                 for (url, _, entry), o, t in zip(pages, results["ours"], results["trafilatura"])
                 if (o[0] - o[2]) < (t[0] - t[2])]
        args.misses.write_text(json.dumps(worse, indent=1), "utf-8")
        print(f"  {len(worse)} pages where ours scores worse: {args.misses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
