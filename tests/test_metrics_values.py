"""The typed values of crawler.metrics: Period and Metric, and the record's
schema check that uses them."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.items import SCHEMA_VERSION
from crawler.metrics import extract_metrics
from crawler.metrics.values import METRIC_FIELDS, Metric, Period
from crawler.records import schema_errors


@pytest.mark.parametrize("text, first, last, label", [
    ("2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31), "2021"),
    ("2021-Q1", dt.date(2021, 1, 1), dt.date(2021, 3, 31), "Q1 2021"),
    ("2024-Q4", dt.date(2024, 10, 1), dt.date(2024, 12, 31), "Q4 2024"),
    ("2022-H2", dt.date(2022, 7, 1), dt.date(2022, 12, 31), "H2 2022"),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "Feb 2024"),
])
def test_a_period_parses_bounds_and_labels(text, first, last, label) -> None:
    period = Period.parse(text)
    assert str(period) == text
    assert period.bounds() == (first, last)
    assert period.label() == label


@pytest.mark.parametrize("text", ["2021-Q5", "2021-H3", "2021-13", "21", "2021-q1", "", None])
def test_a_malformed_period_is_refused(text) -> None:
    with pytest.raises(ValueError):
        Period.parse(text)


def test_an_implausible_year_gives_no_period() -> None:
    result = extract_metrics("Trong quý IV năm 9999, huyện tiếp nhận 410 hồ sơ.")
    assert [(m.name, m.value, m.period) for m in result.metrics] == [
        ("dossiers_received", 410, None)]
    dated = extract_metrics("Năm 2031, xã tiếp nhận 120 hồ sơ.", published="2024-05-02")
    assert [m.period for m in dated.metrics] == [None]
    plan = extract_metrics("Năm 2025, xã tiếp nhận 120 hồ sơ.", published="2024-05-02")
    assert [m.period for m in plan.metrics] == ["2025"]
    late = extract_metrics("Năm 2100, xã tiếp nhận 120 hồ sơ.", published="2099-12-31")
    assert [m.period for m in late.metrics] == [None]


def test_metrics_are_typed_values_with_the_record_fields() -> None:
    result = extract_metrics("Huyện Bảo Lâm tiếp nhận 3.440 hồ sơ trong năm 2021.")
    metric = result.metrics[0]
    assert isinstance(metric, Metric)
    assert metric.to_dict() == {
        # The tier word of the unit named gives the level (issue 13, kind 3).
        "name": "dossiers_received", "value": 3440, "unit": "dossier", "level": "district",
        "period": "2021", "approximate": False, "delta": False, "entity": "Bảo Lâm",
        "evidence": "Huyện Bảo Lâm tiếp nhận 3.440 hồ sơ trong năm 2021.", "start": 24,
        "end": 29}
    assert tuple(metric.to_dict()) == METRIC_FIELDS
    with pytest.raises(AttributeError):
        metric.value = 1   # frozen


def _record(metrics: list[dict], published: str | None = "2024-03-14") -> dict:
    return dict(schema_version=SCHEMA_VERSION, url="http://x.gov.vn/tin-tuc/a-1.html",
                portal="x", district="X", province="Y", title="Tin", published=published,
                author=None, text="Tiếp nhận 12 hồ sơ.", content_hash="0" * 64,
                fetched_at="2024-03-14T01:02:03Z", metrics=metrics, warnings=[], change="new")


def test_the_schema_check_takes_extracted_metrics_and_refuses_implausible_periods() -> None:
    metric = extract_metrics("Năm 2023, xã tiếp nhận 12 hồ sơ.").metrics[0].to_dict()
    assert schema_errors(_record([metric])) == []
    assert schema_errors(_record([{**metric, "period": "2026"}])) == [
        "metrics/0/period: '2026' is not a plausible year for an article published 2024-03-14"]
    assert schema_errors(_record([{**metric, "period": "1989"}], published=None))
    # The year after publication, but past the last year a reader takes (crawler/years.py).
    assert schema_errors(_record([{**metric, "period": "2100-Q1"}], published="2099-12-31")) == [
        "metrics/0/period: '2100-Q1' is not a plausible year for an article published 2099-12-31"]
    assert any("entity" in e for e in schema_errors(_record([{**metric, "entity": ""}])))
    missing = {k: v for k, v in metric.items() if k != "entity"}
    assert any("entity" in e for e in schema_errors(_record([missing])))



def _broken_records() -> list[dict]:
    """A valid record broken in each way the schema forbids, one at a time."""
    metric = extract_metrics("Năm 2023, xã tiếp nhận 12 hồ sơ.").metrics[0].to_dict()
    good = _record([metric])
    record_changes = {"schema_version": 1, "url": "ftp://x", "portal": "X Y", "district": 3, "title": "",
                      "published": "14/03/2024", "text": "", "content_hash": "abc", "fetched_at": "2024-03-14",
                      "metrics": {}, "warnings": [3], "change": "old", "extra": 1}
    metric_changes = {"name": "dossiers", "value": "12", "unit": "hồ sơ", "level": "ward", "period": "2023-Q5",
                      "approximate": "no", "delta": None, "entity": "", "evidence": "", "start": -1, "end": 0,
                      "extra": 1}
    broken = [{**good, key: value} for key, value in record_changes.items()]
    broken += [{**good, "metrics": [{**metric, key: value}]} for key, value in metric_changes.items()]
    broken += [{k: v for k, v in good.items() if k != key} for key in good]
    broken += [{**good, "metrics": [{k: v for k, v in metric.items() if k != key}]} for key in metric]
    return broken


def test_every_way_of_breaking_a_record_is_caught_by_the_compiled_check_too() -> None:
    """schema_errors trusts the compiled schema for a valid record: it must
    refuse whatever jsonschema refuses."""
    from crawler.records import _record_check, record_validator
    import fastjsonschema

    for record in _broken_records():
        assert list(record_validator().iter_errors(record)), record
        with pytest.raises(fastjsonschema.JsonSchemaException):
            _record_check()(record)
        assert schema_errors(record)
