"""Administrative-reform figures from the text of a Vietnamese news article.

    >>> from crawler.metrics import extract_metrics
    >>> result = extract_metrics("Tiếp nhận và giải quyết đúng hạn 3.440 hồ sơ.")
    >>> [(m["name"], m["value"]) for m in result.metrics]
    [('dossiers_received', 3440), ('dossiers_resolved_on_time', 3440)]

`result.metrics` holds the metric records of record.md in text order (keys:
name, value, unit, level, period, approximate, delta, evidence, start, end;
start/end index the input string); `result.warnings` what the consistency
checks noticed.  The Vietnamese wording lives in vocabulary.toml
(docs/metrics.md explains it).
"""

from __future__ import annotations

from crawler.metrics.extract import Extractor, MetricsResult

__all__ = ["MetricsResult", "extract_metrics"]

_EXTRACTOR = Extractor()


def extract_metrics(text: str, title: str | None = None,
                    published: str | None = None) -> MetricsResult:
    """The metrics and warnings of one article.

    title and published ("YYYY-MM-DD") help to date figures that only say
    "năm nay" or "quý I"; neither is required.
    """
    return _EXTRACTOR.extract(text, title, published)
