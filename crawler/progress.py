"""A one-line progress display for crawls run on a terminal."""

from __future__ import annotations

import sys

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler import stats as keys


class ProgressDisplay:
    """Rewrites one status line on stderr every PROGRESS_INTERVAL seconds.
    Only on a terminal: under cron the log stays plain lines."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PROGRESS_DISPLAY") or not sys.stderr.isatty():
            raise NotConfigured
        extension = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL", 1.0))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        self.loop = task.LoopingCall(self.show)
        self.loop.start(self.interval, now=False)

    def show(self):
        stats = self.crawler.stats
        line = (f"pages {stats.get_value('response_received_count', 0)}"
                f" · articles {stats.get_value(keys.WRITTEN, 0)}"
                f" · metrics {stats.get_value(keys.METRICS_FOUND, 0)}"
                f" · queued {stats.get_value('scheduler/enqueued', 0) - stats.get_value('scheduler/dequeued', 0)}")
        sys.stderr.write("\r\033[K" + line)
        sys.stderr.flush()

    def spider_closed(self, spider):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
