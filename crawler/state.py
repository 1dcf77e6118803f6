"""What earlier runs saw, so that scheduled runs are incremental and safe.

A SQLite database in the state directory (default ``.state/``) keeps:

- ``pages``: every URL fetched or emitted, with the record URL it gave, its
  content_hash and first/last seen times, or why it was not an article (and,
  for a failure that may pass, how often it failed and when to try again);
- ``runs``: every run, its output file and whether it finished;
- ``portals``: when each portal last had a run that finished cleanly;
- ``templates``: one blob per portal that later runs read back.

Writes are committed at once (WAL mode), so a run killed with SIGKILL loses
at most the page in flight. The output line is written *before* the page
is remembered; a run that died between the two is reconciled by the next
run from its output file (:meth:`SqliteStateStore.recover`), so a record is
never lost and never emitted twice.

A run holds the state directory's lock (``crawl.lock``) from start to end,
and its own liveness lock (``runs/<run id>.lock``) while it is marked
running: a run marked running whose liveness lock is free was killed. The
kernel releases both when the holder dies, even by SIGKILL.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sqlite3
import time
from dataclasses import astuple, dataclass
from enum import Enum
from pathlib import Path

from crawler.clock import utc_after, utc_now
from crawler.output_reader import SkippedLine, end_cleanly, parse_line

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,          -- the URL as fetched (or as written, for records)
    portal TEXT NOT NULL,
    record_url TEXT,               -- the URL of the record it gave, if any
    content_hash TEXT,             -- of the record it gave, if any
    not_article TEXT,              -- why it is not an article, if it is not
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0  -- transient failures in a row (the last at last_seen)
);
CREATE INDEX IF NOT EXISTS pages_record ON pages (record_url);
CREATE INDEX IF NOT EXISTS pages_hash ON pages (portal, content_hash);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    output TEXT,
    started TEXT NOT NULL,
    status TEXT NOT NULL           -- running | finished | failed | recovered | lost
);
CREATE TABLE IF NOT EXISTS portals (
    portal TEXT PRIMARY KEY,
    last_complete_run TEXT,
    last_complete_at TEXT
);
CREATE TABLE IF NOT EXISTS templates (
    portal TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    saved TEXT NOT NULL
);
"""
# Columns added after the first release: (table, column, definition).
ADDED_COLUMNS = (("pages", "attempts", "INTEGER NOT NULL DEFAULT 0"),)

DB_NAME = "state.sqlite3"
LOCK_NAME = "crawl.lock"
RUNS_DIR = "runs"  # each live run's liveness lock
HTTP_CACHE_DIR = "httpcache"  # Scrapy's HTTP cache (crawler/httpcache.py)
SUBDIRECTORIES = (RUNS_DIR, HTTP_CACHE_DIR)
# `crawl --workers N` holds the lock and hands its open file to its children
# under this variable; a child checks that it is the same file.
INHERITED_LOCK_ENV = "VNCCHC_STATE_LOCK_FD"

# Pages that are not articles for these reasons are not fetched again by an
# incremental run; listings ("listing", "link_list") are, since they change.
STABLE_NOT_ARTICLE = frozenset({"no_date", "no_title", "not_html", "blocked"})
# What one bad answer gives (an empty or truncated body, a stray byte): the
# page is fetched again by a later run, after a back-off (RetryPolicy).
TRANSIENT_NOT_ARTICLE = frozenset({"empty", "too_little_text", "bad_encoding"})


class Change(str, Enum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    # Distributed mode: another worker has claimed this record and is writing
    # it. Not a written record yet: if that worker dies first, a later crawl
    # must still find the article unknown.
    CLAIMED = "claimed"


@dataclass(frozen=True)
class Recovery:
    runs: int = 0
    records: int = 0
    truncated_lines: int = 0
    bad_lines: int = 0
    lines_ended: int = 0  # a whole last line that lacked only its newline

    def __add__(self, other: "Recovery") -> "Recovery":
        return Recovery(*(a + b for a, b in zip(astuple(self), astuple(other))))


@dataclass(frozen=True)
class RetryPolicy:
    """When a page that failed transiently is fetched again: `base_seconds`
    after the first failure, doubling after each next one; after
    `max_attempts` failures in a row it counts as not an article for good."""

    base_seconds: float = 12 * 3600
    max_attempts: int = 5

    @classmethod
    def from_settings(cls, settings) -> "RetryPolicy":
        return cls(settings.getfloat("TRANSIENT_RETRY_SECONDS"), settings.getint("TRANSIENT_RETRY_MAX_ATTEMPTS"))

    def next_try(self, attempts: int, last_failed: str) -> str | None:
        """When a page that failed `attempts` times in a row, the last at
        `last_failed`, may be fetched again; None: given up."""
        if attempts >= self.max_attempts:
            return None
        return utc_after(last_failed, self.base_seconds * 2 ** (attempts - 1))

    def due_again(self, not_article: str | None, attempts: int, last_seen: str, now: str) -> bool:
        """Whether a transient failure is due for another try now."""
        return not_article in TRANSIENT_NOT_ARTICLE and self.due(not_article, attempts, last_seen, now)

    def due(self, not_article: str | None, attempts: int, last_seen: str, now: str) -> bool:
        """Whether a page that gave no record is fetched again now."""
        if not_article in STABLE_NOT_ARTICLE:
            return False
        if not_article in TRANSIENT_NOT_ARTICLE and attempts > 0:
            next_try = self.next_try(attempts, last_seen)
            return next_try is not None and next_try <= now
        return True


# How long opening the database waits for another process that holds it.
OPEN_LOCKED_SECONDS = 30.0


class StateError(Exception):
    """The state directory cannot be used (not a directory, an empty or
    corrupt database): one line saying what to do, exit code 2."""


class SqliteStateStore:
    """The incremental store of a run on one machine (crawler/store.py names
    what every store answers)."""

    def __init__(self, directory: Path, retry: RetryPolicy = RetryPolicy(), lock: "RunLock | None" = None):
        self.directory = Path(directory)
        self.http_cache_dir = self.directory / HTTP_CACHE_DIR
        self.retry = retry
        self.lock = lock
        self._alive: RunLock | None = None
        self.db = open_database(self.directory)

    @classmethod
    def from_crawler(cls, crawler):
        """The store of STATE_DIR, its lock taken; NotConfigured without one."""
        from scrapy.exceptions import NotConfigured

        state_dir = crawler.settings.get("STATE_DIR")
        if not state_dir:
            raise NotConfigured  # a stateless crawl; no message, so Scrapy logs it quietly
        directory = Path(state_dir)
        check_directory(directory)
        lock = RunLock(directory).acquire()
        try:
            return cls(directory, RetryPolicy.from_settings(crawler.settings), lock)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        self.db.close()
        if self._alive is not None:
            self._alive.release()
        if self.lock is not None:
            self.lock.release()

    # -- pages -------------------------------------------------------------
    def should_refetch(self, url: str, now: str | None = None) -> bool:
        """Whether an incremental run needs to download `url` again."""
        row = self.db.execute("SELECT content_hash, not_article, attempts, last_seen FROM pages WHERE url = ?",
                              (url,)).fetchone()
        if row is None:
            return True
        content_hash, not_article, attempts, last_seen = row
        return content_hash is None and self.retry.due(not_article, attempts, last_seen, now or utc_now())

    def is_known(self, url: str, now: str | None = None) -> bool:
        """Whether an earlier run settled `url`; a transient failure due for
        another try is not settled, so the listing that links it is paged."""
        rows = self.db.execute("SELECT not_article, attempts, last_seen FROM pages "
                               "WHERE url = ? OR record_url = ?", (url, url)).fetchall()
        return any(not self.retry.due_again(*row, now or utc_now()) for row in rows)

    def change_of(self, portal: str, record_url: str, content_hash: str) -> tuple[Change, str]:
        """Whether a record is new, updated or unchanged against earlier runs,
        and the URL it was written under. The same text under another URL of
        the same portal is an alias of that record (a portal without
        canonical links serves one article under several URLs)."""
        row = self.db.execute(
            "SELECT content_hash, record_url FROM pages WHERE (record_url = ? OR url = ?) "
            "AND content_hash IS NOT NULL ORDER BY last_seen DESC LIMIT 1",
            (record_url, record_url)).fetchone()
        if row is not None:
            return (Change.UNCHANGED if row[0] == content_hash else Change.UPDATED), row[1]
        row = self.db.execute("SELECT record_url FROM pages WHERE portal = ? AND content_hash = ? LIMIT 1",
                              (portal, content_hash)).fetchone()
        if row is not None:
            return Change.UNCHANGED, row[0]
        return Change.NEW, record_url

    def remember_record(self, *, fetched_url: str, record_url: str, portal: str,
                        content_hash: str, when: str) -> None:
        for url in dict.fromkeys((fetched_url, record_url)):
            self.db.execute(
                "INSERT INTO pages (url, portal, record_url, content_hash, not_article, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "record_url = excluded.record_url, content_hash = excluded.content_hash, "
                "not_article = NULL, attempts = 0, last_seen = excluded.last_seen",
                (url, portal, record_url, content_hash, when, when))

    def remember_not_article(self, *, url: str, portal: str, reason: str, when: str) -> None:
        row = self.db.execute("SELECT content_hash, attempts FROM pages WHERE url = ?", (url,)).fetchone()
        if row is not None and row[0] is not None:
            return  # a record was written for it: that wins
        attempts = (row[1] if row else 0) + 1 if reason in TRANSIENT_NOT_ARTICLE else 0
        self.db.execute(
            "INSERT INTO pages (url, portal, not_article, first_seen, last_seen, attempts) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET not_article = excluded.not_article, "
            "last_seen = excluded.last_seen, attempts = excluded.attempts",
            (url, portal, reason, when, when, attempts))

    def attempts(self, url: str) -> int:
        """Transient failures of `url` in a row (0: none, or it is fine)."""
        row = self.db.execute("SELECT attempts FROM pages WHERE url = ?", (url,)).fetchone()
        return row[0] if row else 0

    # -- templates -------------------------------------------------------------
    def load_template(self, portal: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM templates WHERE portal = ?", (portal,)).fetchone()
        return bytes(row[0]) if row else None

    def save_template(self, portal: str, data: bytes) -> None:
        self.db.execute("INSERT INTO templates (portal, data, saved) VALUES (?, ?, ?) ON CONFLICT(portal) "
                        "DO UPDATE SET data = excluded.data, saved = excluded.saved",
                        (portal, sqlite3.Binary(data), utc_now()))

    # -- runs and portals ----------------------------------------------------
    def start_run(self, run_id: str, output: Path | str | None, when: str) -> None:
        # Alive before it is marked running: recovery must never take a live run for a dead one.
        self._alive = RunLock(self.directory / RUNS_DIR, f"{run_id}.lock").acquire()
        self.db.execute("INSERT OR REPLACE INTO runs (run_id, output, started, status) VALUES (?, ?, ?, 'running')",
                        (run_id, str(output) if output else None, when))

    def finish_run(self, run_id: str, status: str) -> None:
        self.db.execute("UPDATE runs SET status = ? WHERE run_id = ?", (status, run_id))

    def mark_portal_complete(self, portal: str, run_id: str, when: str) -> None:
        self.db.execute(
            "INSERT INTO portals (portal, last_complete_run, last_complete_at) VALUES (?, ?, ?) "
            "ON CONFLICT(portal) DO UPDATE SET last_complete_run = excluded.last_complete_run, "
            "last_complete_at = excluded.last_complete_at", (portal, run_id, when))

    def close_run(self, run_id: str, reason: str, reached: list[str], portals: list[str], when: str) -> None:
        """A run's end. A finished run makes the portals it reached complete;
        any other end makes all its portals incomplete, so that the next run
        pages to the end instead of stopping at the first known listing."""
        if reason == "finished":
            for portal in reached:
                self.mark_portal_complete(portal, run_id, when)
        else:
            self.db.executemany("UPDATE portals SET last_complete_run = NULL WHERE portal = ?",
                                [(p,) for p in portals])
        self.finish_run(run_id, "finished" if reason == "finished" else "failed")
        if self._alive is not None:
            self._alive.release(unlink=True)
            self._alive = None

    def _status(self, run_id: str) -> str | None:
        row = self.db.execute("SELECT status FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return row[0] if row else None

    def had_complete_run(self, portal: str) -> bool:
        return self.db.execute("SELECT 1 FROM portals WHERE portal = ? AND last_complete_run IS NOT NULL",
                               (portal,)).fetchone() is not None

    def recover(self) -> Recovery:
        """Reconcile the state with the output of runs that were killed
        (marked running, liveness lock free): end the output cleanly (a
        torn last line cut, a whole one given its newline: end_cleanly),
        and remember every record they wrote. Processes sharing the directory
        (`crawl --workers N`) recover one at a time, each skipping the
        others' live runs."""
        runs = records = torn = bad = ended = 0
        with RunLock(self.directory, "recover.lock", wait=True):
            for run_id, output in self.db.execute(
                    "SELECT run_id, output FROM runs WHERE status = 'running'").fetchall():
                try:
                    alive = RunLock(self.directory / RUNS_DIR, f"{run_id}.lock").acquire()
                except LockHeld:
                    continue  # a live run of a sibling process
                if self._status(run_id) != "running":  # it ended while we looked
                    alive.release()
                    continue
                path = Path(output) if output else None
                status = "recovered"
                try:
                    if path is not None and path.exists():
                        tail = end_cleanly(path)
                        torn, ended = torn + bool(tail.cut_bytes), ended + tail.newline_added
                        remembered = remember_output(self, path)
                        records += remembered.records
                        bad += len(remembered.skipped)
                except OSError:
                    # Unreadable (moved, permissions): its records may be written
                    # again, but it must not block every later run.
                    status = "lost"
                self.finish_run(run_id, status)
                alive.release(unlink=True)
                runs += 1
            if runs:
                # Which portals the killed run held is not recorded: none counts
                # as complete, and the next run pages every portal to the end.
                self.db.execute("UPDATE portals SET last_complete_run = NULL")
        return Recovery(runs, records, torn, bad, ended)


def check_directory(directory: Path) -> None:
    """Only a missing state directory is a fresh start; a directory holding
    something but no database, an empty database, or a file where the
    directory should be is an error the operator must look at."""
    if directory.is_symlink() and not directory.exists():
        raise StateError(f"{directory}: a symbolic link to nothing; --state names the state directory "
                         "(default .state)")
    if directory.exists() and not directory.is_dir():
        raise StateError(f"{directory}: not a directory; --state names the state directory (default .state)")
    db = directory / DB_NAME
    if not directory.exists():
        return
    for name in SUBDIRECTORIES:
        if (directory / name).exists() and not (directory / name).is_dir():
            raise StateError(f"{directory / name}: not a directory, where the state keeps its {name}; move "
                             f"{directory} aside (mv {directory} {directory}.broken) to start afresh")
    if db.is_dir():
        raise StateError(f"{db}: a directory where the state database belongs; move {directory} aside "
                         f"(mv {directory} {directory}.broken) to start afresh")
    if db.exists() and db.stat().st_size == 0:
        raise StateError(f"{db} is empty (0 bytes): what earlier runs saw is lost; move {directory} aside "
                         f"(mv {directory} {directory}.broken) to start afresh, which fetches and writes "
                         "every article again")
    leftovers = [p.name for p in directory.iterdir() if p.name not in (LOCK_NAME, DB_NAME)
                 and not (p.name in SUBDIRECTORIES and p.is_dir() and not any(p.iterdir()))]
    if not db.exists() and leftovers:
        raise StateError(f"{directory} holds {', '.join(sorted(leftovers))} but no {DB_NAME}: move {directory} "
                         f"aside (mv {directory} {directory}.broken) to start afresh")


def preflight(directory: Path) -> None:
    """What refuses a run at once, before Scrapy starts and logs: a state
    directory that cannot be used (StateError) or that another run holds
    (LockHeld). The store takes the lock itself when the crawl opens it."""
    check_directory(directory)
    if (directory / LOCK_NAME).exists():
        RunLock(directory).acquire().release()
    # Makes the directory and its folders, and opens the database: a place that
    # cannot hold them, or a corrupt or foreign database, is said now, not after Scrapy's start-up.
    open_database(directory).close()


def make_directory(directory: Path) -> None:
    """The state directory and its folders, made if missing: a place that
    cannot hold them (/proc, a read-only disk) is one StateError, before the
    crawl starts, not a traceback from wherever the first write happens."""
    try:
        for path in (directory, *(directory / name for name in SUBDIRECTORIES)):
            path.mkdir(parents=True, exist_ok=True)
            if not os.access(path, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, "not writable")
    except OSError as exc:
        raise StateError(f"--state {directory}: cannot keep the state there ({exc.strerror or exc})") from None


def open_database(directory: Path) -> sqlite3.Connection:
    check_directory(directory)
    make_directory(directory)
    path = directory / DB_NAME
    deadline = time.monotonic() + OPEN_LOCKED_SECONDS
    while True:
        try:
            return _open(path)
        except sqlite3.OperationalError as exc:
            # The processes of one `crawl --workers N` open one new database
            # at once: its creation (the switch to WAL, the tables) holds a
            # lock the others wait for. Locked is not corrupt.
            if not _is_locked(exc) or time.monotonic() > deadline:
                raise StateError(f"{path} could not be opened ({exc}): another process holds it; "
                                 "try again when it has finished") from None
            time.sleep(0.1)
        except sqlite3.DatabaseError as exc:
            found = " ".join(str(exc).split())  # SQLite's integrity report spans lines; the error is one
            raise StateError(f"{path} is corrupt ({found}): move {directory} aside (mv {directory} "
                             f"{directory}.broken) to start afresh, which fetches and writes every article "
                             "again") from None


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, timeout=OPEN_LOCKED_SECONDS)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # A truncated or overwritten file opens fine and fails mid-crawl: look now.
        verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(verdict)
        # Another program's database in its place would be taken for an empty
        # state: every article fetched and written again with exit 0.
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "pages" not in tables:
            raise sqlite3.DatabaseError(f"no state tables; it holds {', '.join(sorted(tables))}")
        db.executescript(SCHEMA)
        for table, column, definition in ADDED_COLUMNS:
            if column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
    except BaseException:
        db.close()
        raise
    return db


@dataclass
class Remembered:
    records: int
    skipped: list[SkippedLine]


# What recovery reads of a record and hands to the store, each as text.
REQUIRED_TEXT = ("url", "portal", "content_hash", "fetched_at")
# The crawler does not write `fetched_url` (the record's `url` stands for
# it), but a line that has one must give a URL, not a list or a number.
OPTIONAL_TEXT = ("fetched_url",)


def remember_output(store, path: Path) -> Remembered:
    """Remember every whole record of an output file in `store`; a line
    that is not a record (not JSON, a field missing) is skipped and counted,
    as the output reader does, and never stops the recovery."""
    remembered = Remembered(0, [])
    with open(path, "rb") as fh:
        for line_number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            record, reason = record_to_remember(raw)
            if record is None:
                remembered.skipped.append(SkippedLine(path, line_number, reason))
                continue
            store.remember_record(fetched_url=record.get("fetched_url") or record["url"],
                                  record_url=record["url"], portal=record["portal"],
                                  content_hash=record["content_hash"], when=record["fetched_at"])
            remembered.records += 1
    return remembered


def record_to_remember(raw: bytes) -> tuple[dict | None, str]:
    """The record of an output line that either store can remember, or None
    and why not. First a record every reader takes (the output reader's own
    check: UTF-8 JSON, no lone surrogate that SQLite or Redis could not
    encode, the read schema), then every field recovery reads as text. A
    line skipped here is not remembered, so its article is written again by
    a later run: what a reader would skip is not lost."""
    record, reason = parse_line(raw)
    if record is None:
        return None, reason
    unusable = [name for name in REQUIRED_TEXT if not _is_text(record.get(name))]
    unusable += [name for name in OPTIONAL_TEXT if record.get(name) is not None and not _is_text(record[name])]
    return (None, f"a record without {', '.join(unusable)} as text") if unusable else (record, "")


def _is_text(value) -> bool:
    return isinstance(value, str) and value != ""


class LockHeld(RuntimeError):
    """Another run holds the state directory."""


class RunLock:
    """An exclusive lock on a file of the state directory (flock: the kernel
    releases it when the holder dies, even by SIGKILL). Non-blocking unless
    `wait`."""

    def __init__(self, directory: Path, name: str = LOCK_NAME, wait: bool = False):
        self.path = Path(directory) / name
        self.wait = wait
        self._fh = None
        self._inherited = False

    def acquire(self) -> "RunLock":
        if self._take_inherited():
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            fh.close()
            raise LockHeld(f"another crawl is running on {self.path.parent} ({holder})") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        self._fh = fh
        return self

    def _take_inherited(self) -> bool:
        """The lock of the parent process (`crawl --workers N`), if it handed
        this very file over: the parent's lock is this process's too."""
        fd = os.environ.get(INHERITED_LOCK_ENV)
        if self.path.name != LOCK_NAME or not fd or not fd.isdigit():
            return False
        try:
            if not os.path.samestat(os.fstat(int(fd)), os.stat(self.path)):
                return False
            fcntl.flock(int(fd), fcntl.LOCK_EX | fcntl.LOCK_NB)  # held by the shared open file: no-op
        except OSError:
            return False
        self._inherited = True
        return True

    def handed_over(self) -> tuple[dict, tuple[int, ...]]:
        """The environment and file descriptors that let child processes share this lock."""
        fd = self._fh.fileno()
        return {INHERITED_LOCK_ENV: str(fd)}, (fd,)

    def release(self, unlink: bool = False) -> None:
        if self._fh is not None:
            if unlink:
                self.path.unlink(missing_ok=True)
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
        self._inherited = False  # the parent's lock stays the parent's

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
