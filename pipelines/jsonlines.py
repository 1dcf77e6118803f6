"""Stage 4: write records as JSON Lines."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler import stats as keys
from crawler.items import ArticleRecord, record_dict
from crawler.output_reader import end_cleanly
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


class OutputError(Exception):
    """The output cannot be written where it was asked for: one line, exit code 2."""


def day_folder(output_dir: Path, now: dt.datetime | None = None) -> Path:
    """Where a run of `now` (UTC) writes under OUTPUT_DIR: one folder a day."""
    return Path(output_dir) / (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%d")


def check_output(output_dir: Path | str, output_file: Path | str | None = None) -> None:
    """Makes sure records can be written where the settings say, before the
    first request: an --out that is a file, a dangling symlink or a place like
    /proc used to give a whole crawl that wrote nothing and exited 0."""
    target = Path(output_file) if output_file else Path(output_dir)
    option = "OUTPUT_FILE" if output_file else "--out"
    if target.is_symlink() and not target.exists():
        raise OutputError(f"{option} {target}: a symbolic link to nothing ({os.readlink(target)})")
    try:
        if output_file:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists() and not target.is_file():
                raise OutputError(f"{option} {target}: not a regular file")
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644))
        else:
            if target.exists() and not target.is_dir():
                raise OutputError(f"{option} {target}: not a folder (the crawl writes "
                                  f"{target}/YYYY-MM-DD/run-….jsonl)")
            target.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=target, prefix=".probe-"):
                pass
            day = day_folder(target)
            if day.exists() and not day.is_dir():
                raise OutputError(f"{option} {target}: {day} is not a folder (the crawl writes {day}/run-….jsonl)")
    except OSError as exc:
        raise OutputError(f"{option} {target}: cannot write there ({exc.strerror or exc})") from None


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
            self.path = day_folder(self.output_dir) / f"{spider.run_id}.jsonl"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            tail = end_cleanly(self.path)
        except OSError as exc:
            # `crawl` checks the output first (exit 2); `scrapy crawl` stops here.
            self.failed = True
            self.stats.inc_value(keys.WRITE_FAILED)
            logger.error("cannot write %s (%s): stopping the crawl", self.path, exc.strerror or exc)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="output_error"))
            return
        self._log_tail(tail)
        self.stats.set_value(keys.OUTPUT_PATH, str(self.path))

    def _log_tail(self, tail) -> None:
        """What ending the existing file cleanly did, if anything: the next
        record must start on a line of its own, not be glued to the last."""
        if tail.cut_bytes:
            self.stats.inc_value(keys.TORN_LINES_CUT)
            self.stats.inc_value(keys.TORN_BYTES_CUT, tail.cut_bytes)
            logger.warning("%s ended in a partial line (%d bytes, a killed run's): cut off before "
                           "appending", self.path, tail.cut_bytes)
        elif tail.newline_added:
            logger.warning("%s ended in a whole line without its newline: newline added before "
                           "appending", self.path)

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
