"""Redis as a worker uses it: passwords masked wherever a URL is shown, and
an outage retried for a bounded time, then a clean failure.

- :func:`mask_url` is the one place that turns a Redis URL into text fit
  for a log line, an error or a report; :class:`MaskPasswords` applies it
  to every log record (Scrapy logs its overridden settings, REDIS_URL
  among them).
- :class:`RedisGuard` runs every command of a worker's clients. A
  connection error or a timeout is retried with a growing pause, one
  warning line per attempt, for REDIS_RETRY_SECONDS of outage in all,
  counted from the start of the first failed attempt; then it gives up for
  good: the spider is closed with the finish reason ``redis_unavailable``
  (exit code 1), and every later command fails at once as
  :class:`RedisUnavailable`, without going to Redis. While the guard
  retries, the worker waits (the clients are synchronous): no page is
  fetched that could not be recorded, and nothing fetched before is dropped.
- Each attempt is bounded by :func:`attempt_timeout` (connect and read), a
  share of REDIS_RETRY_SECONDS: a Redis that hangs (a stalled server, a
  network that drops packets) answers nothing and refuses nothing, and
  with redis-py's usual 30 s timeouts one attempt outlasted the whole
  retry time, and the shutdown waited as long again for every command.
"""

from __future__ import annotations

import logging
import re
import time
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import redis
from redis.backoff import NoBackoff
from redis.client import Pipeline
from redis.retry import Retry

logger = logging.getLogger(__name__)

REASON = "redis_unavailable"
MASK = "***"
# A URL with credentials anywhere in a text: scheme://[user]:password@host
_URL_WITH_PASSWORD = re.compile(r"\b([a-z][a-z0-9+.-]*://[^\s/@:'\"]*):([^\s@/'\"]*)@", re.IGNORECASE)
_URL_PASSWORD_QUERY = re.compile(r"([?&]password=)[^&\s'\"]*", re.IGNORECASE)
CONNECTION_ERRORS = (redis.ConnectionError, redis.TimeoutError, ConnectionError, TimeoutError, OSError)
# One attempt (connect, or a command and its answer) may take this share of
# REDIS_RETRY_SECONDS, within these bounds: several attempts fit in the
# retry time, and a healthy Redis on a busy machine is not taken for down.
ATTEMPT_SHARE = 0.25
ATTEMPT_TIMEOUT_BOUNDS = (1.0, 10.0)


def attempt_timeout(retry_seconds: float) -> float:
    """Seconds one Redis attempt may take (socket connect and read timeout)
    when an outage is given up after `retry_seconds`."""
    low, high = ATTEMPT_TIMEOUT_BOUNDS
    return min(high, max(low, retry_seconds * ATTEMPT_SHARE))


def mask_url(url: str | None) -> str:
    """`url` with its password (in the user part or a ``password=`` query
    parameter) replaced by ***; the rest is left as it was given."""
    if not url:
        return str(url)
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if parts.password is not None:
            userinfo, _, host = netloc.rpartition("@")
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}:{MASK}@{host}"
        query = parts.query
        if query and "password=" in query.lower():
            query = urlencode([(k, MASK if k.lower() == "password" else v)
                               for k, v in parse_qsl(query, keep_blank_values=True)], safe="*")
        return urlunsplit(parts._replace(netloc=netloc, query=query))
    except ValueError:  # not a URL we can parse: mask by pattern
        return mask_text(url)


def mask_text(text: str) -> str:
    """Every URL password in a free text masked (a log message, an error)."""
    text = _URL_WITH_PASSWORD.sub(lambda m: f"{m.group(1)}:{MASK}@", text)
    return _URL_PASSWORD_QUERY.sub(lambda m: m.group(1) + MASK, text)


class MaskPasswords(logging.Filter):
    """Masks URL passwords in a log record, and turns the traceback of a
    RedisUnavailable into one line: the guard has said why already."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        message = record.getMessage()
        if isinstance(exc, RedisUnavailable):
            # Scrapy's message may hold a whole item (its HTML): its start says enough.
            message = f"{message[:160]}{'…' if len(message) > 160 else ''}: {exc}"
            record.exc_info = None
            record.exc_text = None
        masked = mask_text(message)
        if masked != message or exc is not None and record.exc_info is None:
            record.msg, record.args = masked, ()
        return True


def mask_log_passwords() -> None:
    """Put MaskPasswords on every handler of the root logger (where Scrapy
    installs its own). Idempotent."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, MaskPasswords) for f in handler.filters):
            handler.addFilter(MaskPasswords())


class RedisUnavailable(redis.ConnectionError):
    """Redis could not be reached for REDIS_RETRY_SECONDS: the worker stops."""


class RedisGuard:
    """Runs Redis commands through an outage of at most `retry_seconds`
    (counted from the start of the first failed attempt, across all
    commands), then gives up once and for all. `on_give_up` is called once,
    when it does; `on_reconnect` each time Redis answers again after a
    failure. `timeout` is what its clients give one attempt."""

    def __init__(self, url: str, retry_seconds: float, *, max_pause: float = 5.0,
                 on_give_up=None, on_reconnect=None, clock=time.monotonic, sleep=time.sleep):
        self.url = mask_url(url)
        self.retry_seconds = retry_seconds
        self.timeout = attempt_timeout(retry_seconds)
        self.max_pause = max_pause
        self.on_give_up = on_give_up
        self.on_reconnect = on_reconnect
        self.clock = clock
        self.sleep = sleep
        self.down_since: float | None = None
        self.back_at: float | None = None   # when Redis last answered again after an outage
        self.attempts = 0
        self.gave_up = False

    def call(self, function, *args, **kwargs):
        while True:
            if self.gave_up:
                # Shutting down: a stalled Redis would hold every command for the timeout.
                raise RedisUnavailable(f"Redis at {self.url} is unavailable")
            started = self.clock()
            try:
                result = function(*args, **kwargs)
            except RedisUnavailable:
                raise
            except CONNECTION_ERRORS as exc:
                self._failed(exc, started)
            else:
                if self.down_since is not None:
                    self._reconnected()
                return result

    def _failed(self, exc: Exception, started: float) -> None:
        now = self.clock()
        if self.down_since is None:
            # From the start of the attempt: a timeout is known only when it has passed.
            self.down_since = started
            self.attempts = 0
        self.attempts += 1
        down = now - self.down_since
        if down >= self.retry_seconds:
            self.gave_up = True
            logger.error("Redis at %s unreachable for %.0f s (%d attempts, REDIS_RETRY_SECONDS=%g): "
                         "stopping this worker; its run counts as failed", self.url, down, self.attempts,
                         self.retry_seconds)
            if self.on_give_up is not None:
                self.on_give_up()
            raise RedisUnavailable(f"Redis at {self.url} unreachable for {down:.0f} s") from None
        pause = min(self.max_pause, 0.25 * 2 ** (self.attempts - 1), self.retry_seconds - down)
        logger.warning("Redis at %s unreachable (%s); attempt %d, next in %.1f s, giving up after %g s",
                       self.url, mask_text(str(exc)) or type(exc).__name__, self.attempts, pause,
                       self.retry_seconds)
        self.sleep(pause)

    def _reconnected(self) -> None:
        down = self.clock() - self.down_since
        self.down_since = None
        self.back_at = self.clock()
        logger.warning("Redis at %s answers again after %.1f s", self.url, down)
        if self.on_reconnect is not None:
            try:
                self.on_reconnect()
            except Exception as exc:  # the command that succeeded must not fail for it
                logger.warning("after Redis came back: %s", mask_text(repr(exc)))

    def recently_down(self, within: float) -> bool:
        """Whether Redis was unreachable at any time in the last `within` s
        (then other workers' heartbeats may have lapsed for the same reason)."""
        return self.down_since is not None or (self.back_at is not None and self.clock() - self.back_at < within)


class _GuardedPipeline(Pipeline):
    """A pipeline whose execute() the guard retries. redis-py empties the
    command stack when execute() fails, so each attempt puts it back.
    (Not for WATCH: the project's pipelines do not use it.)"""

    guard: RedisGuard

    def execute(self, raise_on_error: bool = True):
        stack, explicit = list(self.command_stack), self.explicit_transaction

        def attempt():
            self.command_stack, self.explicit_transaction = list(stack), explicit
            return Pipeline.execute(self, raise_on_error)

        return self.guard.call(attempt)


class GuardedRedis(redis.Redis):
    """A redis.Redis whose every command (scripts included) and pipeline
    runs through a RedisGuard; redis-py's own retries are off."""

    guard: RedisGuard

    def execute_command(self, *args, **options):
        return self.guard.call(super().execute_command, *args, **options)

    def pipeline(self, transaction: bool = True, shard_hint=None) -> Pipeline:
        pipe = _GuardedPipeline(self.connection_pool, self.response_callbacks, transaction, shard_hint)
        pipe.guard = self.guard
        return pipe


def guarded_client(url: str, guard: RedisGuard, *, decode: bool = True) -> GuardedRedis:
    client = GuardedRedis.from_url(url, decode_responses=decode, socket_connect_timeout=guard.timeout,
                                   socket_timeout=guard.timeout, retry=Retry(NoBackoff(), 0))
    client.guard = guard
    return client
