"""Stage 4: write records as JSON Lines."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import DropItem

from crawler.items import ArticleRecord, record_dict
from crawler.records import schema_errors, to_json_line

logger = logging.getLogger(__name__)


class JsonLinesWriterPipeline:
    """Appends each record to OUTPUT_DIR/YYYY-MM-DD/<run id>.jsonl.

    A line is serialised and checked against the schema first, then written
    with one write() and flushed, so a killed run leaves only whole lines.
    A record that breaks the schema is logged with its URL and not written.
    """

    def __init__(self, crawler, output_dir: Path, output_file: str | None):
        self.crawler = crawler
        self.stats = crawler.stats
        self.output_dir = output_dir
        self.output_file = output_file
        self.path: Path | None = None
        self._fh = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(crawler, Path(settings.get("OUTPUT_DIR")), settings.get("OUTPUT_FILE"))
        crawler.signals.connect(pipeline.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def spider_opened(self, spider):
        if self.output_file:
            self.path = Path(self.output_file)
        else:
            now = dt.datetime.now(dt.timezone.utc)
            self.path = self.output_dir / now.strftime("%Y-%m-%d") / f"{spider.run_id}.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Line-buffered append: every record reaches the OS as soon as written.
        self._fh = open(self.path, "a", encoding="utf-8", buffering=1)
        self.stats.set_value("output/path", str(self.path))

    def spider_closed(self, spider):
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None

    def process_item(self, item):
        if not isinstance(item, ArticleRecord):
            return item
        record = record_dict(item)
        errors = schema_errors(record)
        if errors:
            self.stats.inc_value("records/invalid")
            logger.error("record for %s breaks the schema, not written: %s", item.url, "; ".join(errors))
            raise DropItem(f"invalid record: {item.url}", log_level="DEBUG")
        self._fh.write(to_json_line(record))
        self.stats.inc_value("records/written")
        self.stats.inc_value(f"records/written/{item.portal}")
        return item
