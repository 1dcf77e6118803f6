"""`scrapy crawl`, refusing and ending as `python -m crawler crawl` does.

Scrapy's own command exits 0 whatever became of the crawl, and it met a held
or broken state or an unusable output only once started, with a traceback.
Here the same checks run first (one line, exit 2 or 4) and the crawl ends
with the same verdict (crawler.cli.verdict: exit 1 for a crawl cut short or
pages lost to a bug, 3 for a portal never reached).
"""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from crawler import exit_codes
from crawler.cli import verdict
from crawler.run_report import build_report
from crawler.state import LockHeld, StateError, preflight
from pipelines.jsonlines import OutputError, check_output


class Command(ScrapyCrawlCommand):
    crawler = None

    def run(self, args: list[str], opts) -> None:
        refusal = self._refusal()
        if refusal is not None:
            code, message = refusal
            print(f"error: {message}", file=sys.stderr)
            self.exitcode = code
            return
        super().run(args, opts)
        if self.exitcode or self.crawler is None or self.crawler.spider is None:
            return
        stats = self.crawler.stats.get_stats()
        spider = self.crawler.spider
        report = build_report(stats, [p.id for p in spider.portals], spider.run_id, 0.0)
        self.exitcode, message = verdict(stats, report)
        if message:
            print(f"error: {message}", file=sys.stderr)

    def _create_crawler(self, spider_name: str):
        self.crawler = super()._create_crawler(spider_name)
        return self.crawler

    def _refusal(self) -> tuple[int, str] | None:
        """What stops the crawl before it starts, as (exit code, message): the
        state first, so that a run refused for its lock touches nothing."""
        state_dir = self.settings.get("STATE_DIR")
        try:
            if state_dir:
                preflight(Path(state_dir))
            check_output(self.settings.get("OUTPUT_DIR"), self.settings.get("OUTPUT_FILE"))
        except LockHeld as exc:
            return exit_codes.LOCKED, str(exc)
        except (StateError, OutputError) as exc:
            return exit_codes.USAGE, str(exc)
        return None
