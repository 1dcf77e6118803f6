"""The five seed pages against their gold (tests/data/gold/seeds.json), scored
by the same code as `python -m crawler evaluate`."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.evaluate import GoldDocument, load_gold, score_document
from crawler.metrics import extract_metrics

DATA = Path(__file__).parent / "data"
GOLD = load_gold(DATA / "gold" / "seeds.json")
# What the consistency checks must say about each seed: only 001 does not add up.
WARNINGS = {
    "001_db22db6686b1e0a7.txt": [
        "dossiers_carried_over 1098 + dossiers_received_new 5611 = 6709 ≠ "
        "dossiers_received 6708 (2021-Q1)"],
}


def _run(gold: GoldDocument):
    text = (DATA / "seeds" / gold.seed).read_text(encoding="utf-8")
    return text, extract_metrics(text, gold.title, gold.published)


@pytest.mark.parametrize("gold", GOLD, ids=[g.seed[:3] for g in GOLD])
def test_seed_scores_perfectly(gold: GoldDocument) -> None:
    _, result = _run(gold)
    score = score_document(gold, result.metrics)
    assert score.missed == []
    assert score.false_positives == []
    assert score.found == len(gold.metrics)
    assert score.wrong == []     # level, period, approximate, delta
    assert score.checked["level"] > 0 and score.checked["period"] > 0
    assert score.right == score.checked


@pytest.mark.parametrize("gold", GOLD, ids=[g.seed[:3] for g in GOLD])
def test_seed_warnings(gold: GoldDocument) -> None:
    _, result = _run(gold)
    assert result.warnings == WARNINGS.get(gold.seed, [])


@pytest.mark.parametrize("gold", GOLD, ids=[g.seed[:3] for g in GOLD])
def test_seed_offsets_and_evidence(gold: GoldDocument) -> None:
    text, result = _run(gold)
    for metric in result.metrics:
        number = text[metric.start:metric.end]
        assert number and number == number.strip()
        assert number.replace("\u00a0", " ") in metric.evidence \
            or metric.value == 0
        assert metric.evidence in text.replace("\u00a0", " ")


@pytest.mark.parametrize("seed, name, written, value", [
    ("000", "dossiers_received", "3.440", 3440),
    ("000", "on_time_rate", "99,9", 99.9),
    ("000", "dossiers_overdue", "08", 8),
    ("002", "par_index_rank", "02", -2),          # "giảm 02 thứ hạng"
    ("002", "dossiers_overdue", "không có", 0),   # "không có hồ sơ trễ hẹn"
    ("003", "dossiers_resolved_early", "7768", 7768),
    ("004", "dossiers_received", "1 nghìn 800", 1800),
    ("004", "on_time_rate", "100", 100),
])
def test_seed_numbers_read_as_written(seed: str, name: str, written: str, value) -> None:
    gold = next(g for g in GOLD if g.seed.startswith(seed))
    text, result = _run(gold)
    found = [m for m in result.metrics if m.name == name
             and text[m.start:m.end] == written]
    assert [m.value for m in found] == [value]
    assert type(found[0].value) is type(value)
