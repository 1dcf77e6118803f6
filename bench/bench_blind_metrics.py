"""Score the metric extractor on the blind set of issue 13.

    .venv/bin/python bench/bench_blind_metrics.py [--cases tests/blind/metrics/cases.json] [--failures]

The blind set was written by someone who saw record.md and the seeds, never
the extractor or its vocabulary: it measures whether the reading
generalises.  It is a scored benchmark, not a test to tune against: after
looking at its failures (--failures), have a new one written.

A figure matches when name and value agree (the first unmatched emitted
metric of that name and value, in text order).  Printed: precision, recall
and F1 over figures; among matched figures the share with the right level,
period and entity; and the metrics emitted from cases whose expectation is
empty (plans, targets, methodology, other indices, counters).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.metrics import extract_metrics  # noqa: E402

CASES = ROOT / "tests" / "blind" / "metrics" / "cases.json"
# Tier words before a unit's name: "huyện Bảo Lâm" and "Bảo Lâm" name one unit.
TIER_WORDS = ("ủy ban nhân dân", "ubnd", "thành phố", "thị trấn", "thị xã", "tp.", "tp", "huyện",
              "quận", "phường", "xã", "tỉnh")


def field(metric, name: str):
    if isinstance(metric, dict):
        return metric.get(name)
    return getattr(metric, name, None)


def same_value(a, b) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def entity_key(name) -> str | None:
    if not name:
        return None
    key = unicodedata.normalize("NFC", str(name)).casefold().strip()
    changed = True
    while changed:
        changed = False
        for word in TIER_WORDS:
            if key.startswith(word + " "):
                key = key[len(word) + 1:].strip()
                changed = True
    return key or None


def match(expected: list[dict], emitted: list) -> list[tuple[dict, object]]:
    used: set[int] = set()
    pairs = []
    for want in expected:
        for index, metric in enumerate(emitted):
            if index in used:
                continue
            if field(metric, "name") == want["name"] and same_value(field(metric, "value"), want["value"]):
                used.add(index)
                pairs.append((want, metric))
                break
    return pairs


def score(cases: list[dict], show_failures: bool = False) -> dict:
    totals = defaultdict(int)
    by_group: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seconds = 0.0
    for case in cases:
        started = time.perf_counter()
        result = extract_metrics(case["text"], case.get("title"), case.get("published"))
        seconds += time.perf_counter() - started
        emitted = list(result.metrics)
        expected = case["expected"]
        pairs = match(expected, emitted)
        group = by_group[case.get("group", "?")]
        for bucket in (totals, group):
            bucket["expected"] += len(expected)
            bucket["emitted"] += len(emitted)
            bucket["matched"] += len(pairs)
            bucket["cases"] += 1
        if not expected:
            totals["empty_cases"] += 1
            totals["false_in_empty"] += len(emitted)
        wrong = []
        for want, got in pairs:
            for key in ("level", "period"):
                if key in want:
                    totals[f"{key}_checked"] += 1
                    if want[key] == field(got, key):
                        totals[f"{key}_right"] += 1
                    else:
                        wrong.append(f"{want['name']} {key}: want {want[key]!r}, got {field(got, key)!r}")
            if "entity" in want:
                totals["entity_checked"] += 1
                if entity_key(want["entity"]) == entity_key(field(got, "entity")):
                    totals["entity_right"] += 1
                else:
                    wrong.append(f"{want['name']} entity: want {want['entity']!r}, got {field(got, 'entity')!r}")
        if show_failures and (len(pairs) != len(expected) or len(pairs) != len(emitted) or wrong):
            matched_ids = {id(got) for _, got in pairs}
            print(f"--- {case['id']} [{case.get('group')}] {case.get('note', '')}")
            print(f"    {case['text'][:300]!r}")
            missing = [w for w in expected if not any(w is p for p, _ in pairs)]
            for want in missing:
                print(f"    missed: {want['name']} {want['value']}")
            for metric in emitted:
                if id(metric) not in matched_ids:
                    print(f"    false:  {field(metric, 'name')} {field(metric, 'value')}  "
                          f"({(field(metric, 'evidence') or '')[:80]!r})")
            for line in wrong:
                print(f"    {line}")
    totals["seconds"] = seconds
    return {"totals": dict(totals), "groups": {name: dict(values) for name, values in by_group.items()}}


def prf(bucket: dict) -> tuple[float, float, float]:
    precision = bucket["matched"] / bucket["emitted"] if bucket["emitted"] else 1.0
    recall = bucket["matched"] / bucket["expected"] if bucket["expected"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def share(totals: dict, key: str) -> str:
    checked = totals.get(f"{key}_checked", 0)
    return f"{totals.get(f'{key}_right', 0)}/{checked} = {totals.get(f'{key}_right', 0) / checked:.3f}" if checked else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--failures", action="store_true", help="print every case that is not exactly right")
    args = parser.parse_args()
    cases = json.loads(args.cases.read_text(encoding="utf-8"))
    result = score(cases, args.failures)
    totals = result["totals"]
    precision, recall, f1 = prf(totals)
    print(f"blind metric set: {len(cases)} cases, {totals['expected']} expected figures, "
          f"{totals['emitted']} emitted, {totals['matched']} matched")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"level right {share(totals, 'level')}; period right {share(totals, 'period')}; "
          f"entity right {share(totals, 'entity')}")
    print(f"metrics emitted from the {totals.get('empty_cases', 0)} cases that state none: "
          f"{totals.get('false_in_empty', 0)}")
    print(f"time: {totals['seconds'] * 1000 / len(cases):.2f} ms per case")
    print("by group:            cases  expected  emitted  matched     P      R     F1")
    for name, bucket in sorted(result["groups"].items()):
        p, r, f = prf(bucket)
        print(f"  {name:<18} {bucket['cases']:>6} {bucket['expected']:>9} {bucket['emitted']:>8} "
              f"{bucket['matched']:>8}  {p:.3f}  {r:.3f}  {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
