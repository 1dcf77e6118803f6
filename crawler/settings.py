"""Every knob of the crawler. Scrapy reads this module (see scrapy.cfg);
`python -m crawler crawl --set NAME=VALUE` overrides any of them."""

import os

BOT_NAME = "vn-cchc-crawler"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- our own settings ------------------------------------------------------
# The portal registry (TOML, one [[portals]] table per portal).
PORTALS_FILE = "portals.toml"
# Where the JSON Lines writer puts its files: OUTPUT_DIR/YYYY-MM-DD/<run>.jsonl
OUTPUT_DIR = "output"
# A page counts as an article only with a headline and at least this much text …
ARTICLE_MIN_TEXT_CHARS = 120
# … and when less than this share of its main region is link text (listings).
ARTICLE_MAX_LINK_DENSITY = 0.5
# Seconds the first pages of a portal wait, learned but not yet extracted,
# for its template (crawler/template.py) to be known (0: never wait).
TEMPLATE_WAIT = 5.0
# Stop the crawl after this many records are written (0: no limit).
RECORD_LIMIT = 0
# Drop records whose text is identical to one already written in this run.
DEDUPLICATE_BY_CONTENT = True
# The incremental store (crawler/store.py): what earlier runs saw. This
# class, built by the StateStoreExtension; the distributed mode names
# crawler.redis_state.RedisStateStore.
STATE_STORE = "crawler.state.SqliteStateStore"
# The SQLite store, its lock and the HTTP cache live here; empty or None
# for a stateless crawl. See crawler/state.py.
STATE_DIR = ".state"
# `scrapy crawl` refuses a held or unusable state as `python -m crawler crawl` does.
COMMANDS_MODULE = "crawler.scrapy_commands"
# A page that failed in a way that may pass (an empty or cut-short body, a
# bad byte) is fetched again by a later run this long after the first
# failure, doubling after each next one; after this many failures in a row
# it is given up (crawler/state.py:RetryPolicy).
TRANSIENT_RETRY_SECONDS = 12 * 3600.0
TRANSIENT_RETRY_MAX_ATTEMPTS = 5
# Re-check known articles with conditional requests (ETag / Last-Modified).
REFRESH = False
# Keep only articles published on or after this day (YYYY-MM-DD).
SINCE = None

# --- distributed mode (crawler/distributed.py, `seed` and `worker`) -----------
# A Redis URL (redis://host:6379/0) turns the crawl into a worker of the
# crawl CRAWL_ID that `python -m crawler seed` defined there.
REDIS_URL = None
CRAWL_ID = None
# Every key lives under this prefix, so that crawls can share a server.
REDIS_PREFIX = "vncchc"
# A worker stops after the shared queue has been empty this long.
WORKER_IDLE_SECONDS = 30.0
# How often an idle worker looks for requests other workers queued.
WORKER_POLL_SECONDS = 0.5
# A worker refreshes its "alive" key this often; three missed beats and the
# others count it as killed and repair what it left (crawler/redis_state.py).
REDIS_HEARTBEAT_SECONDS = 10.0
# How long a worker rides out a Redis outage (one warning line per attempt)
# before it stops with exit code 1 and its run counts as failed.
REDIS_RETRY_SECONDS = 60.0

# Where portal operators can reach whoever runs the crawl (a web page or a
# mailto: URL), named in the User-Agent: set VNCCHC_CONTACT_URL in the
# environment (crawler/contact.py). Without it the User-Agent names the
# project's page, and a crawl of real portals warns once at start.
CONTACT_URL = os.environ.get("VNCCHC_CONTACT_URL") or None
PROJECT_URL = "https://github.com/vn-cchc-crawler/vn-cchc-crawler"

# --- politeness ------------------------------------------------------------
# USER_AGENT is set from CONTACT_URL by crawler.contact.ContactUrl (unless given with --set).
ROBOTSTXT_OBEY = True
# A robots.txt Crawl-delay is honoured per host up to this many seconds (a
# longer one is capped, with a warning: 3600 s would take a portal a month).
ROBOTSTXT_CRAWL_DELAY_MAX = 10.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# What one response's callback gives is processed by this many asyncio
# workers, each a task Scrapy starts per response (100 by default): the
# spider gives a few new links and at most one page.
CONCURRENT_ITEMS = 4
DOWNLOAD_DELAY = 0.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# Portal pages are small; a huge answer is a mistake or a trap (`extract`
# holds a saved page or a URL to the same bound).
MAX_PAGE_BYTES = 16 * 1024 * 1024
DOWNLOAD_MAXSIZE = MAX_PAGE_BYTES
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote-control server: like the telnet console, nothing a crawl needs.
REMOTE_CONTROL_ENABLED = False
# Portals are public sites: requests to private, loopback and link-local
# addresses (by literal IP or by what a name resolves to) are refused
# (crawler/middlewares.py). The sample portals and the tests run on loopback
# and set it to True.
ALLOW_PRIVATE_ADDRESSES = False
# Breadth-first: listing pages before the deep end of the archive.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# On a terminal, a one-line progress display instead of log lines.
PROGRESS_DISPLAY = True
PROGRESS_INTERVAL = 1.0
EXTENSIONS = {
    # The operator's contact in the User-Agent, and a warning without one.
    "crawler.contact.ContactUrl": 50,
    # Builds, repairs, opens and closes the STATE_STORE (off for a stateless crawl).
    "crawler.store.StateStoreExtension": 100,
    "crawler.progress.ProgressDisplay": 500,
    # Only with REDIS_URL; otherwise they stay off (NotConfigured).
    "crawler.distributed.StopWhenQueueEmpty": 510,
    "crawler.distributed.SharedQueuePoller": 515,
    "crawler.distributed.WorkerHeartbeat": 520,
    "crawler.logformatter.PageErrors": 530,
}
# Log lines about items name the URL, never the item (whose HTML is the whole page).
LOG_FORMATTER = "crawler.logformatter.PortalLogFormatter"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.AddressGuardMiddleware": 40,
    "crawler.middlewares.PortalHostsMiddleware": 50,
    # Scrapy's, with a fix for requests that wait for robots.txt together.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.SharedRobotsTxtMiddleware": 100,
    # robots.txt Crawl-delay and the portal's crawl_delay, kept under AutoThrottle.
    "crawler.middlewares.CrawlDelayMiddleware": 110,
    # Scrapy's retries with exponential backoff, in the stock retry slot.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Scrapy's meta refresh, which fails a page whose <base href> is no URL.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.LenientMetaRefreshMiddleware": 580,
}
RETRY_BACKOFF_BASE = 1.0   # seconds before the first retry; doubled for each next one
RETRY_BACKOFF_MAX = 30.0
ITEM_PIPELINES = {
    "pipelines.text.ExtractTextPipeline": 100,
    "pipelines.filters.PublishedSincePipeline": 150,
    # Duplicates go before the metric extractor: a portal's copies of one
    # article (a quarter of the pages on some) would each be read for nothing.
    "pipelines.dedupe.DeduplicatePipeline": 200,
    "pipelines.metrics.MetricsPipeline": 300,
    "pipelines.changes.ChangeDetectionPipeline": 400,
    "pipelines.jsonlines.JsonLinesWriterPipeline": 900,
    "pipelines.state.RememberPipeline": 950,
}

# The HTTP cache is what makes --refresh cheap: every request revalidates
# (crawler/plan.py sends Cache-Control: max-age=0), so a known page costs a
# 304. Its folder is STATE_DIR/httpcache (set by crawler/store.py).
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
HTTPCACHE_STORAGE = "crawler.httpcache.WholeEntryCacheStorage"   # a killed run's half-written entry is a miss
HTTPCACHE_GZIP = True
HTTPCACHE_IGNORE_HTTP_CODES = [301, 302, 303, 307, 308, 404, 500, 502, 503, 504]

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
