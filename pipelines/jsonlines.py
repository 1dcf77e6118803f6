"""Stage 4: write records as JSON Lines."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler import stats as keys
from crawler.items import ArticleRecord, record_dict
from crawler.records import schema_errors, to_json_line

logger = logging.getLogger(__name__)


def write_line(fd: int, data: bytes) -> None:
    """Append one whole line or nothing: a partial write is cut back off."""
    start = os.lseek(fd, 0, os.SEEK_END)
    written = 0
    try:
        while written < len(data):
            written += os.write(fd, data[written:])
    except OSError:
        if written:
            os.ftruncate(fd, start)
        raise


class JsonLinesWriterPipeline:
    """Appends each record to OUTPUT_DIR/YYYY-MM-DD/<run id>.jsonl.

    A line is serialised and checked against the schema first, then written
    with unbuffered os.write() calls, so a killed run leaves only whole
    lines. If the disk fills up, the partial line is cut off again, the
    error is logged and the crawl is stopped (finish reason
    "output_error"): every line already written stays valid. A record that
    breaks the schema is logged with its URL and not written.
    """

    def __init__(self, crawler, output_dir: Path, output_file: str | None):
        self.crawler = crawler
        self.stats = crawler.stats
        self.output_dir = output_dir
        self.output_file = output_file
        self.path: Path | None = None
        self._fd: int | None = None
        self.failed = False
        self.limit = 0  # RECORD_LIMIT: at most this many records, then stop

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(crawler, Path(settings.get("OUTPUT_DIR")), settings.get("OUTPUT_FILE"))
        pipeline.limit = settings.getint("RECORD_LIMIT", 0)
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
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.stats.set_value(keys.OUTPUT_PATH, str(self.path))

    def spider_closed(self, spider):
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None

    def process_item(self, item):
        if not isinstance(item, ArticleRecord):
            return item
        record = record_dict(item)
        errors = schema_errors(record)
        if errors:
            keys.count(self.stats, keys.INVALID, item.portal)
            logger.error("record for %s breaks the schema, not written: %s", item.url, "; ".join(errors))
            raise DropItem(f"invalid record: {item.url}", log_level="DEBUG")
        if self.failed:
            raise DropItem(f"output closed after a write error: {item.url}", log_level="DEBUG")
        if self.limit and self.stats.get_value(keys.WRITTEN, 0) >= self.limit:
            raise DropItem(f"over RECORD_LIMIT: {item.url}", log_level="DEBUG")
        try:
            write_line(self._fd, to_json_line(record).encode("utf-8"))
        except OSError as exc:
            self.failed = True
            keys.count(self.stats, keys.WRITE_FAILED, item.portal)
            logger.error("cannot write %s (%s): stopping the crawl; the %d records written before "
                         "are intact", self.path, exc.strerror or exc, self.stats.get_value(keys.WRITTEN, 0))
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="output_error"))
            raise DropItem(f"not written ({exc.strerror or exc}): {item.url}", log_level="DEBUG") from exc
        keys.count(self.stats, keys.WRITTEN, item.portal)
        if self.limit and self.stats.get_value(keys.WRITTEN) == self.limit:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="record_limit"))
        # What the output holds (metrics/found also counts dropped duplicates).
        keys.count(self.stats, keys.METRICS_WRITTEN, item.portal, n=len(item.metrics))
        keys.count(self.stats, keys.WARNINGS_WRITTEN, item.portal, n=len(item.warnings))
        return item
