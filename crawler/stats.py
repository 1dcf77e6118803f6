"""The statistics keys of a crawl: written here, read back here.

Every counter that has a portal is kept twice in one call: the total under
its name (``errors/http_404``) and the portal's share under
``portal/<id>/<name>`` (``portal/vuquang/errors/http_404``). A name may
carry a kind (``errors`` + ``http_404``); the run report asks a portal's
counts by name and kind and never parses keys itself.
"""

from __future__ import annotations

from dataclasses import dataclass

# Pages: fetched, and why one was not made into a record.
FETCHED = "pages/fetched"
SKIPPED = "pages/skipped"              # kind: empty, bad_encoding, not_html …
NOT_ARTICLE = "pages/not_article"      # kind: no_title, too_little_text, listing …
BLOCKED = "pages/blocked"              # robots.txt forbids it
REPLACED_CHARACTERS = "pages/decoded_with_replacement"  # almost-UTF-8, a few U+FFFD
NO_ARTICLE_REGION = "pages/no_article_region"  # no block of the page stood out from the template
# Templates: a portal whose learned template differs from the last run's (a value of 1).
TEMPLATE_CHANGED = "templates/changed"
# Requests that failed for good (after retries); kind: http_404, too_large …
ERRORS = "errors"
START_FAILED = "start_urls/failed"
# Links not followed (each link once per portal).
PAGINATION_STOPPED = "links/pagination_stopped"
KNOWN = "links/known"
OVER_PAGE_LIMIT = "links/over_page_limit"
OFFSITE_LINKS = "links/offsite"
SKIPPED_LINKS = "links/skipped"
OFFSITE_FILTERED = "offsite/filtered"  # redirects and requests off the portal's hosts
ADDRESSES_REFUSED = "addresses/refused"  # private, loopback or link-local (ALLOW_PRIVATE_ADDRESSES)
CRAWL_DELAY_CAPPED = "robotstxt/crawl_delay_capped"
# Records: against earlier runs (kind: new, updated, unchanged, claimed), written.
ARTICLES = "articles"
EXTRACTED = "articles/extracted"       # pages the text stage kept as articles
WITH_METRICS = "articles/with_metrics"
DUPLICATES = "articles/duplicate"      # kind: url, content (within the run)
SINCE = "articles/since"               # kind: older (dropped), undated_kept
WRITTEN = "records/written"
INVALID = "records/invalid"            # broke the schema, not written
WRITE_FAILED = "records/write_failed"
OUTPUT_PATH = "output/path"            # a value, not a counter: the run's JSON Lines file
TORN_LINES_CUT = "output/torn_lines_cut"  # a partial last line of an existing file, cut
TORN_BYTES_CUT = "output/torn_bytes_cut"
PIPELINE_ERRORS = "pipeline/errors"    # pages a pipeline failed on: not written, exit 1
CRAWLER_ERRORS = "crawler/errors"      # pages the spider or a middleware failed on (a bug): exit 1
# Distributed mode: the shared queue (crawler/distributed.py), not per portal.
REDIS_ENQUEUED = "scheduler/enqueued/redis"
REDIS_DEQUEUED = "scheduler/dequeued/redis"
REDIS_ACKNOWLEDGED = "scheduler/acknowledged/redis"     # popped requests done, out of processing
REQUEUED_FROM_DEAD = "scheduler/requeued_from_dead/redis"  # a killed worker's unfinished requests
WORKERS_RECOVERED = "workers/recovered"                 # killed workers of the crawl this one repaired
METRICS_FOUND = "metrics/found"
WARNINGS_FOUND = "metrics/warnings"
METRICS_WRITTEN = "metrics/written"
WARNINGS_WRITTEN = "metrics/warnings_written"

PER_PORTAL = "portal"


def key(name: str, kind: str | None = None) -> str:
    return f"{name}/{kind}" if kind else name


def portal_key(portal: str, name: str, kind: str | None = None) -> str:
    return f"{PER_PORTAL}/{portal}/{key(name, kind)}"


def count(stats, name: str, portal: str | None = None, kind: str | None = None, n: int = 1) -> None:
    """Add `n` to the total of `name` (and `kind`) and to `portal`'s share."""
    stats.inc_value(key(name, kind), n)
    if portal is not None:
        stats.inc_value(portal_key(portal, name, kind), n)


@dataclass(frozen=True)
class PortalCounts:
    """One portal's counters out of a crawl's stats."""

    counts: dict[str, int]

    def get(self, name: str, kind: str | None = None) -> int:
        return self.counts.get(key(name, kind), 0)

    def kinds(self, name: str) -> dict[str, int]:
        """{kind: count} of every kind counted under `name`, sorted by kind."""
        prefix = name + "/"
        return {k[len(prefix):]: v for k, v in sorted(self.counts.items()) if k.startswith(prefix)}


def portal_counts(stats: dict, portal: str) -> PortalCounts:
    prefix = f"{PER_PORTAL}/{portal}/"
    return PortalCounts({k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix)})


def portals_counted(stats: dict) -> set[str]:
    """The portals that have any counter at all (a worker's share of a crawl)."""
    return {k.split("/", 2)[1] for k in stats if k.startswith(PER_PORTAL + "/") and k.count("/") >= 2}
