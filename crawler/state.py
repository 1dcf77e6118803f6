"""What earlier runs saw, so that scheduled runs are incremental and safe.

A SQLite database in the state directory (default ``.state/``) keeps:

- ``pages``: every URL fetched or emitted, with the record URL it gave, its
  content_hash and first/last seen times, or why it was not an article;
- ``runs``: every run, its output file and whether it finished;
- ``portals``: when each portal last had a run that finished cleanly.

Writes are committed at once (WAL mode), so a run killed with SIGKILL loses
at most the page in flight. The output line is written *before* the page
is remembered; a run that died between the two is reconciled by the next
run from its output file (:meth:`StateStore.recover`), so a record is never
lost and never emitted twice.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,          -- the URL as fetched (or as written, for records)
    portal TEXT NOT NULL,
    record_url TEXT,               -- the URL of the record it gave, if any
    content_hash TEXT,             -- of the record it gave, if any
    not_article TEXT,              -- why it is not an article, if it is not
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_record ON pages (record_url);
CREATE INDEX IF NOT EXISTS pages_hash ON pages (portal, content_hash);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    output TEXT,
    started TEXT NOT NULL,
    status TEXT NOT NULL           -- running | finished | failed | recovered
);
CREATE TABLE IF NOT EXISTS portals (
    portal TEXT PRIMARY KEY,
    last_complete_run TEXT,
    last_complete_at TEXT
);
"""

# Pages that are not articles for these reasons are not fetched again by an
# incremental run; listings ("listing", "link_list") are, since they change.
STABLE_NOT_ARTICLE = frozenset({"no_date", "no_title", "too_little_text", "not_html", "blocked",
                                "empty", "bad_encoding"})


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


class StateStore:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.directory / "state.sqlite3", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # -- pages -------------------------------------------------------------
    def should_refetch(self, url: str) -> bool:
        """Whether an incremental run needs to download `url` again."""
        row = self.db.execute("SELECT content_hash, not_article FROM pages WHERE url = ?",
                              (url,)).fetchone()
        if row is None:
            return True
        content_hash, not_article = row
        return content_hash is None and not_article not in STABLE_NOT_ARTICLE

    def is_known(self, url: str) -> bool:
        return self.db.execute("SELECT 1 FROM pages WHERE url = ? OR record_url = ?",
                               (url, url)).fetchone() is not None

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
                "not_article = NULL, last_seen = excluded.last_seen",
                (url, portal, record_url, content_hash, when, when))

    def remember_not_article(self, *, url: str, portal: str, reason: str, when: str) -> None:
        self.db.execute(
            "INSERT INTO pages (url, portal, not_article, first_seen, last_seen) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET not_article = excluded.not_article, last_seen = excluded.last_seen "
            "WHERE pages.content_hash IS NULL",
            (url, portal, reason, when, when))

    # -- runs and portals ----------------------------------------------------
    def start_run(self, run_id: str, output: Path, when: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO runs (run_id, output, started, status) VALUES (?, ?, ?, 'running')",
                        (run_id, str(output), when))

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

    def had_complete_run(self, portal: str) -> bool:
        return self.db.execute("SELECT 1 FROM portals WHERE portal = ? AND last_complete_run IS NOT NULL",
                               (portal,)).fetchone() is not None

    def recover(self) -> Recovery:
        """Reconcile the state with the output of runs that did not finish:
        drop a torn last line, and remember every record they wrote."""
        runs = records = torn = 0
        for run_id, output in self.db.execute(
                "SELECT run_id, output FROM runs WHERE status = 'running'").fetchall():
            path = Path(output) if output else None
            if path is not None and path.exists():
                torn += truncate_torn_line(path)
                records += remember_output(self, path)
            self.finish_run(run_id, "recovered")
            runs += 1
        if runs:
            # Which portals the killed run held is not recorded: none counts
            # as complete, and the next run pages every portal to the end.
            self.db.execute("UPDATE portals SET last_complete_run = NULL")
        return Recovery(runs, records, torn)


def truncate_torn_line(path: Path) -> int:
    """Cut a last line that has no newline (a write cut short); 1 if cut."""
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return 0
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        data = path.read_bytes()
        fh.truncate(data.rfind(b"\n") + 1)
        return 1


def remember_output(store, path: Path) -> int:
    """Remember every whole record of an output file in `store` (a
    StateStore or RedisStateStore); how many there were."""
    count = 0
    for record in read_records(path):
        store.remember_record(fetched_url=record.get("fetched_url", record["url"]), record_url=record["url"],
                              portal=record["portal"], content_hash=record["content_hash"],
                              when=record["fetched_at"])
        count += 1
    return count


def read_records(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.endswith("\n"):
                yield json.loads(line)


class LockHeld(RuntimeError):
    """Another run holds the state directory."""


class RunLock:
    """An exclusive, non-blocking lock on the state directory (flock: the
    kernel releases it when the holder dies, even by SIGKILL)."""

    def __init__(self, directory: Path):
        self.path = Path(directory) / "crawl.lock"
        self._fh = None

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
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

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
