"""Stage 2: the administrative-reform figures of an article."""

from __future__ import annotations

from crawler.items import ArticleRecord
from crawler.metrics import extract_metrics


class MetricsPipeline:
    """Fills `metrics` and `warnings` with the metric extractor."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if not isinstance(item, ArticleRecord):
            return item
        result = extract_metrics(item.text, title=item.title, published=item.published)
        item.metrics = [metric.to_dict() for metric in result.metrics]
        item.warnings = list(result.warnings)
        self.stats.inc_value("metrics/found", len(item.metrics))
        self.stats.inc_value("metrics/warnings", len(item.warnings))
        self.stats.inc_value(f"metrics/found/{item.portal}", len(item.metrics))
        self.stats.inc_value(f"metrics/warnings/{item.portal}", len(item.warnings))
        if item.metrics:
            self.stats.inc_value("articles/with_metrics")
        return item
