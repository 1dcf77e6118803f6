"""Run every row of the table in tests/metric_cases.py through extract_metrics."""

from __future__ import annotations

import math

import pytest

from crawler.metrics import extract_metrics
from crawler.metrics.phrases import expand
from crawler.metrics.vocabulary import (VOCABULARY, VOCABULARY_FILE, VocabularyError,
                                        load_vocabulary)
from tests.metric_cases import ALL, ANY, Example

# The vocabulary of record.md, in its order.
RECORD_NAMES = [
    "dossiers_received", "dossiers_received_new", "dossiers_carried_over", "dossiers_resolved",
    "dossiers_resolved_early", "dossiers_resolved_on_time", "dossiers_overdue",
    "dossiers_pending", "dossiers_online", "dossiers_postal", "dossiers_other", "on_time_rate",
    "online_rate", "satisfaction_rate", "par_index_score", "par_index_rank", "ddci_score",
    "ddci_rank",
]
UNITS = {"dossier", "percent", "point", "rank"}
KEYS = ["name", "value", "unit", "level", "period", "approximate", "delta", "entity", "evidence",
        "start", "end"]
CASES = [pytest.param(example, id=f"{group}-{k}")
         for group, examples in ALL.items() for k, example in enumerate(examples)]


@pytest.mark.parametrize("example", CASES)
def test_case(example: Example) -> None:
    result = extract_metrics(example.text, example.title, example.published)
    emitted = [(m.name, m.value) for m in result.metrics]
    assert emitted == [(e.name, e.value) for e in example.expected]
    for metric, expected in zip(result.metrics, example.expected):
        for key in ("level", "period", "approximate", "delta", "entity"):
            wanted = getattr(expected, key)
            if wanted is not ANY:
                assert getattr(metric, key) == wanted, f"{metric.name} {metric.value}: {key}"
    if example.warnings is not None:
        assert result.warnings == example.warnings


@pytest.mark.parametrize("example", CASES)
def test_records_are_well_formed(example: Example) -> None:
    result = extract_metrics(example.text, example.title, example.published)
    for metric in result.metrics:
        assert list(metric.to_dict()) == KEYS
        assert metric.name in RECORD_NAMES
        assert metric.unit in UNITS
        assert metric.unit in VOCABULARY.metrics[metric.name].units
        assert metric.level in (None, "province", "district", "commune")
        value = metric.value
        # Whole numbers are ints (3440, 8, -2, 100), the rest floats.
        assert isinstance(value, int) or (isinstance(value, float) and not value.is_integer())
        assert not math.isnan(value) and not math.isinf(value)
        assert isinstance(metric.approximate, bool) and isinstance(metric.delta, bool)
        assert 0 <= metric.start < metric.end <= len(example.text)
        assert metric.evidence and metric.evidence == metric.evidence.strip()
    assert isinstance(result.warnings, list)


def test_the_vocabulary_is_the_record_vocabulary() -> None:
    assert list(VOCABULARY.metrics) == RECORD_NAMES


def test_every_name_has_a_case() -> None:
    named = {m.name for examples in ALL.values() for e in examples for m in e.expected}
    assert named == set(RECORD_NAMES)


def test_the_table_is_large_enough() -> None:
    assert sum(len(examples) for examples in ALL.values()) >= 100
    assert len(ALL["nothing"]) >= 12
    assert all(not e.expected for e in ALL["nothing"])


@pytest.mark.parametrize("pattern, literals", [
    ("giải quyết", ["giải quyết"]),
    ("(trong|rong) kỳ", ["trong kỳ", "rong kỳ"]),
    ("tồn (từ )?kỳ trước", ["tồn từ kỳ trước", "tồn kỳ trước"]),
    ("Mức  Độ (3|4)", ["mức độ 3", "mức độ 4"]),
])
def test_phrase_syntax(pattern: str, literals: list[str]) -> None:
    assert expand(pattern) == literals


@pytest.mark.parametrize("edit, message", [
    (("schema = 1", "schema = 2"), "schema"),
    (('unit = "dossier"\nmeans = "dossiers received', 'unit = "dossiers"\nmeans = "dossiers received'),
     "unknown unit"),
    (('"tiếp nhận", "tiếp nhận giải quyết"', '"tiếp (nhận", "tiếp nhận giải quyết"'), "unclosed"),
    (('rate = "on_time_rate"', 'rate = "on_time"'), "unknown rate"),
    (("[[exclusion]]\nname = \"date written out", "[[exclusion]]\nname = \"x\"\n"
      "pattern = '(?<=a)b'\n\n[[exclusion]]\nname = \"date written out"), "start the pattern"),
])
def test_a_broken_vocabulary_is_refused(tmp_path, edit, message) -> None:
    text = VOCABULARY_FILE.read_text(encoding="utf-8")
    assert edit[0] in text
    broken = tmp_path / "vocabulary.toml"
    broken.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(VocabularyError, match=message):
        load_vocabulary(broken)
