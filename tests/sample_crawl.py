"""`make run`: serve the bundled sample portals on loopback and crawl them.

    .venv/bin/python tests/sample_crawl.py [--out DIR]

The portals run in this process (one port each); the crawl is the real
command, `python -m crawler crawl`, pointed at a registry of their ports.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.cli import main as crawler_main  # noqa: E402
from tests.portal_server import PortalServer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "output"), help="output folder (default: %(default)s)")
    args = parser.parse_args()
    with PortalServer() as server:
        (ROOT / "build").mkdir(exist_ok=True)
        registry = server.write_registry(ROOT / "build" / "sample-portals.toml")
        print(f"sample portals: {len(server.base_urls)} on loopback, registry {registry.relative_to(ROOT)}")
        # --no-state: the ports, hence the URLs, are new on every run.
        return crawler_main(["crawl", "--portals", str(registry), "--out", args.out, "--no-state",
                             "--set", "AUTOTHROTTLE_START_DELAY=0", "--set", "DOWNLOAD_DELAY=0",
                             "--set", "ALLOW_PRIVATE_ADDRESSES=true",  # the sample portals are on loopback
                             "--loglevel", "WARNING"])


if __name__ == "__main__":
    sys.exit(main())
