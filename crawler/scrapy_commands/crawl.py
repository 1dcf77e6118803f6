"""`scrapy crawl`, refusing what `python -m crawler crawl` refuses, the same way.

The state store takes the run lock in either entry point; without this, a
`scrapy crawl portal` beside a running crawl was refused only once Scrapy had
started, with a traceback and exit code 1 where cron expects one line and 4.
"""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from crawler import exit_codes
from crawler.state import LockHeld, StateError, preflight


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts) -> None:
        state_dir = self.settings.get("STATE_DIR")
        if state_dir:
            try:
                preflight(Path(state_dir))
            except LockHeld as exc:
                print(f"error: {exc}", file=sys.stderr)
                self.exitcode = exit_codes.LOCKED
                return
            except StateError as exc:
                print(f"error: {exc}", file=sys.stderr)
                self.exitcode = exit_codes.USAGE
                return
        super().run(args, opts)
