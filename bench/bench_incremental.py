"""Cost of a scheduled run when nothing changed, against the first run.

    .venv/bin/python bench/bench_incremental.py

Serves the sample portals on loopback and crawls them three times with one
state directory: a first run, a second run (nothing changed) and a
`--refresh` run; prints requests, 304 answers, records and wall time.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import crawl  # noqa: E402
from tests.portal_server import PortalServer  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, PortalServer() as server:
        tmp = Path(tmp)
        registry = server.write_registry(tmp / "portals.toml")
        print(f"{'run':10s} {'requests':>8s} {'304':>5s} {'records':>8s} {'seconds':>8s}")
        baseline = None
        for name, extra in (("first", ()), ("second", ()), ("refresh", ("--refresh",))):
            started = time.perf_counter()
            run = crawl(server, registry, tmp / f"out-{name}", *extra, state=tmp / "state")
            seconds = time.perf_counter() - started
            if run.returncode != 0:
                print(run.stderr[-2000:])
                return 1
            statuses = Counter(r.status for r in run.requests)
            baseline = baseline or (len(run.requests), seconds)
            print(f"{name:10s} {len(run.requests):8d} {statuses[304]:5d} {len(run.records):8d} {seconds:8.2f}"
                  f"   ({len(run.requests) / baseline[0]:.0%} of the first run's requests)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
