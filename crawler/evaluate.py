"""`python -m crawler evaluate GOLD.json [--pages DIR]`: score the metric
extractor against a gold file (the format of tests/data/gold/seeds.json).

For each gold document the page text comes from DIR/<seed> when that file
exists (a .txt seed, read as-is; title and published come from the gold
document), else from DIR/<seed stem>.html run through
crawler.extraction.extract_page.  Scoring follows the gold file's "about":
every gold "metrics" entry must be found, an "optional" entry may be, any
other emitted metric is a false positive; a list in "name" accepts any of
its names; level, period and entity are scored on matched metrics where
the gold gives a value other than "*" (so are approximate/delta where it
gives one; an entity of null is scored: the portal's own unit).  Emitted
metrics may be crawler.metrics Metric values or the record's dicts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crawler import exit_codes
from crawler.metrics import extract_metrics

PROG = "python -m crawler evaluate"
ANY = "*"
EXIT_OK = exit_codes.OK
EXIT_BAD_INPUT = exit_codes.USAGE
_FLAGS = ("approximate", "delta")
_SCORED = ("level", "period", "entity", *_FLAGS)
# Gold files of schema 1 (no entity) and 2 (with entity) are read alike.
GOLD_SCHEMAS = (1, 2)
EVIDENCE_SHOWN = 100   # characters of evidence on a false-positive line


_BUCKETS = ("level", "period", "entity", "flags")


class GoldError(ValueError):
    """The gold file or a page it names cannot be used."""


@dataclass(frozen=True)
class GoldMetric:
    names: tuple[str, ...]
    value: int | float
    level: object = ANY        # ANY when the gold does not score it
    period: object = ANY
    entity: object = ANY
    approximate: object = ANY
    delta: object = ANY

    def accepts(self, metric: dict) -> bool:
        return metric.get("name") in self.names and _same_number(metric.get("value"), self.value)

    @property
    def label(self) -> str:
        return f"{'|'.join(self.names)} {self.value}"

    def describe(self) -> str:
        entity = "" if self.entity == ANY else f", entity {_show(self.entity)}"
        return f"{self.label} (level {_show(self.level)}, period {_show(self.period)}{entity})"


@dataclass(frozen=True)
class GoldDocument:
    seed: str
    title: str | None
    published: str | None
    metrics: tuple[GoldMetric, ...]
    optional: tuple[GoldMetric, ...] = ()
    text_includes: tuple[str, ...] = ()
    text_excludes: tuple[str, ...] = ()


@dataclass
class DocumentScore:
    seed: str
    expected: int = 0
    found: int = 0
    missed: list[GoldMetric] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_BUCKETS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_BUCKETS, 0))
    wrong: list[str] = field(default_factory=list)     # level, period and flag mismatches
    text_problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        head = (f"{self.seed}: {self.expected} expected, {self.found} found, "
                f"{len(self.missed)} missed, {len(self.false_positives)} false positive(s)")
        body = [f"MISS {self.seed}: {g.describe()}" for g in self.missed]
        body += [f"FALSE POSITIVE {self.seed}: {_describe_emitted(m)}"
                 for m in self.false_positives]
        return [head, *body, *self.wrong, *self.text_problems]


@dataclass
class Totals:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_BUCKETS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_BUCKETS, 0))

    def add(self, score: DocumentScore) -> None:
        self.true_positives += score.found
        self.false_positives += len(score.false_positives)
        self.false_negatives += len(score.missed)
        for key in self.checked:
            self.checked[key] += score.checked[key]
            self.right[key] += score.right[key]

    @property
    def precision(self) -> float:
        emitted = self.true_positives + self.false_positives
        return self.true_positives / emitted if emitted else float(self.false_negatives == 0)

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, key: str) -> float | None:
        return self.right[key] / self.checked[key] if self.checked[key] else None

    def lines(self) -> list[str]:
        return [f"precision = {self.precision:.3f}  recall = {self.recall:.3f}  F1 = {self.f1:.3f}",
                "  ".join(f"{label} accuracy = {_ratio(self, key)}" for key, label in
                          (("level", "level"), ("period", "period"), ("entity", "entity"),
                           ("flags", "flag")))]


# -- gold ---------------------------------------------------------------------

def load_gold(path: Path) -> list[GoldDocument]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path} is not JSON: {exc}") from exc
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, list):
        raise GoldError(f"{path} has no \"documents\" list")
    if data.get("schema_version", 1) not in GOLD_SCHEMAS:
        raise GoldError(f"{path}: schema_version {data.get('schema_version')!r}, "
                        f"expected one of {GOLD_SCHEMAS}")
    return [_gold_document(doc, k) for k, doc in enumerate(documents)]


def _gold_document(doc: object, position: int) -> GoldDocument:
    if not isinstance(doc, dict) or not isinstance(doc.get("seed"), str):
        raise GoldError(f"document {position} has no \"seed\" name")
    seed = doc["seed"]
    return GoldDocument(
        seed=seed, title=doc.get("title"), published=doc.get("published"),
        metrics=tuple(_gold_metric(m, seed) for m in _list(doc, "metrics", seed)),
        optional=tuple(_gold_metric(m, seed) for m in _list(doc, "optional", seed)),
        text_includes=tuple(_list(doc, "text_includes", seed)),
        text_excludes=tuple(_list(doc, "text_excludes", seed)))


def _list(doc: dict, key: str, seed: str) -> list:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise GoldError(f"{seed}: \"{key}\" is not a list")
    return value


def _gold_metric(entry: object, seed: str) -> GoldMetric:
    if not isinstance(entry, dict):
        raise GoldError(f"{seed}: a metric is not an object: {entry!r}")
    names = entry.get("name")
    names = (names,) if isinstance(names, str) else names
    value = entry.get("value")
    if (not isinstance(names, (list, tuple)) or not names
            or not all(isinstance(n, str) for n in names)):
        raise GoldError(f"{seed}: metric without a name: {entry!r}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise GoldError(f"{seed}: metric without a numeric value: {entry!r}")
    return GoldMetric(tuple(names), value, *(entry.get(k, ANY) for k in _SCORED))


# -- scoring ------------------------------------------------------------------

def score_document(gold: GoldDocument, emitted: Sequence) -> DocumentScore:
    """Match emitted metrics to the gold one to one, best matches first."""
    emitted = [m.to_dict() if hasattr(m, "to_dict") else m for m in emitted]
    score = DocumentScore(gold.seed, expected=len(gold.metrics))
    unused = list(range(len(emitted)))
    pairs: dict[int, int] = {}
    for strict in (True, False):
        for g, wanted in enumerate(gold.metrics):
            if g in pairs:
                continue
            chosen = next((e for e in unused if wanted.accepts(emitted[e])
                           and (not strict or _attributes_agree(wanted, emitted[e]))), None)
            if chosen is not None:
                pairs[g] = chosen
                unused.remove(chosen)
    optional = list(gold.optional)
    for e in list(unused):
        spare = next((o for o in optional if o.accepts(emitted[e])), None)
        if spare is not None:
            optional.remove(spare)
            unused.remove(e)
    score.found = len(pairs)
    score.missed = [g for k, g in enumerate(gold.metrics) if k not in pairs]
    score.false_positives = [emitted[e] for e in unused]
    for g, e in sorted(pairs.items()):
        _score_attributes(score, gold.metrics[g], emitted[e])
    return score


def _attributes_agree(wanted: GoldMetric, metric: dict) -> bool:
    return all(getattr(wanted, key) == ANY or getattr(wanted, key) == metric.get(key)
               for key in _SCORED)


def _score_attributes(score: DocumentScore, wanted: GoldMetric, metric: dict) -> None:
    for key, bucket in (("level", "level"), ("period", "period"), ("entity", "entity"),
                        ("approximate", "flags"), ("delta", "flags")):
        expected = getattr(wanted, key)
        if expected == ANY:
            continue
        score.checked[bucket] += 1
        if expected == metric.get(key):
            score.right[bucket] += 1
        else:
            score.wrong.append(f"{key.upper()} {score.seed}: {wanted.label}: expected "
                               f"{_show(expected)}, got {_show(metric.get(key))}")


def check_text(score: DocumentScore, gold: GoldDocument, text: str) -> None:
    """For pages run through text extraction: the gold's text_includes/excludes."""
    score.text_problems += [f"TEXT MISSING {gold.seed}: {s!r}"
                            for s in gold.text_includes if s not in text]
    score.text_problems += [f"TEXT UNWANTED {gold.seed}: {s!r}"
                            for s in gold.text_excludes if s in text]


# -- pages --------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: str | None
    extracted: bool     # run through text extraction (from HTML)


def load_page(pages: Path, gold: GoldDocument) -> Page:
    """DIR/<seed> as-is when it exists, else DIR/<seed stem>.html extracted."""
    seed = pages / gold.seed
    if seed.is_file() and seed.suffix.lower() not in (".html", ".htm"):
        return Page(_read(seed), gold.title, gold.published, extracted=False)
    html = seed if seed.suffix.lower() in (".html", ".htm") else seed.with_suffix(".html")
    if not html.is_file():
        raise GoldError(f"no page for {gold.seed} in {pages} (looked for {seed.name} "
                        f"and {html.name})")
    page = _extract_html(html)
    return Page(page.text, page.title or gold.title, page.published or gold.published,
                extracted=True)


def _extract_html(path: Path):
    """crawler.extraction.extract_page on a saved page (imported here, so that
    scoring seed texts works without it)."""
    try:
        from crawler.extraction import extract_page
    except ImportError as exc:
        raise GoldError(f"cannot extract HTML pages: {exc}") from exc
    try:
        return extract_page(_read(path, errors="replace"), url=None)
    except ValueError as exc:   # not a page it can read
        raise GoldError(f"cannot extract {path}: {exc}") from exc


def _read(path: Path, errors: str = "strict") -> str:
    try:
        return path.read_text(encoding="utf-8", errors=errors)
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read {path}: {exc}") from exc


def default_pages(gold_path: Path) -> Path:
    """tests/data/gold/seeds.json -> tests/data/seeds."""
    candidate = Path(gold_path).resolve().parent.parent / "seeds"
    if not candidate.is_dir():
        raise GoldError(f"no pages folder {candidate}; pass --pages DIR")
    return candidate


def evaluate(documents: Iterable[GoldDocument], pages: Path
             ) -> tuple[list[DocumentScore], Totals]:
    """Run the extractor on every page and score it against its gold."""
    scores, totals = [], Totals()
    for gold in documents:
        page = load_page(pages, gold)
        result = extract_metrics(page.text, page.title, page.published)
        score = score_document(gold, result.metrics)
        if page.extracted:
            check_text(score, gold, page.text)
        scores.append(score)
        totals.add(score)
    return scores, totals


# -- command line -----------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message: str):   # one line, exit code 2, through main()
        raise GoldError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Score the metric extractor against a gold file.")
    parser.add_argument("gold", type=Path, metavar="GOLD.json",
                        help="gold file in the format of tests/data/gold/seeds.json")
    parser.add_argument("--pages", type=Path, metavar="DIR",
                        help="folder of seed .txt files or saved .html pages; default: the "
                             "'seeds' folder beside the gold file's folder")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        documents = load_gold(args.gold)
        pages = args.pages if args.pages is not None else default_pages(args.gold)
        if not pages.is_dir():
            raise GoldError(f"pages folder {pages} does not exist")
        scores, totals = evaluate(documents, pages)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for score in scores:
        print("\n".join(score.lines()))
    print("\n".join(totals.lines()))
    return EXIT_OK


def _same_number(a: object, b: object) -> bool:
    if isinstance(a, bool) or not isinstance(a, (int, float)):
        return False
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _show(value: object) -> str:
    return "null" if value is None else str(value)


def _describe_emitted(metric: dict) -> str:
    evidence = str(metric.get("evidence", ""))
    if len(evidence) > EVIDENCE_SHOWN:
        evidence = evidence[:EVIDENCE_SHOWN - 1] + "…"
    return (f"{metric.get('name')} {metric.get('value')} (level {_show(metric.get('level'))}, "
            f"period {_show(metric.get('period'))}, entity {_show(metric.get('entity'))}) "
            f"«{evidence}»")


def _ratio(totals: Totals, key: str) -> str:
    accuracy = totals.accuracy(key)
    shown = "n/a" if accuracy is None else f"{accuracy:.3f}"
    return f"{shown} ({totals.right[key]}/{totals.checked[key]})"


if __name__ == "__main__":   # pragma: no cover
    sys.exit(main())
