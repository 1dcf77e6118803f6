"""Stage 3: the administrative-reform figures of an article."""

from __future__ import annotations

from crawler import stats as keys
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
        keys.count(self.stats, keys.METRICS_FOUND, item.portal, n=len(item.metrics))
        keys.count(self.stats, keys.WARNINGS_FOUND, item.portal, n=len(item.warnings))
        if item.metrics:
            keys.count(self.stats, keys.WITH_METRICS, item.portal)
        return item
