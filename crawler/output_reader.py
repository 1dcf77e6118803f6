"""Reading the crawler's JSON Lines back: the input side of `export` and `report`.

Inputs are any mix of `.jsonl` files and folders (searched recursively for
`*.jsonl`). Every run writes a new file, so one article usually appears in
several files: records are de-duplicated by URL and the newest `fetched_at`
wins (on a tie, the one read last, i.e. from the later file in path order).

A broken line — truncated by a killed run, not JSON, not an object, without a
URL — is skipped and reported as a `SkippedLine`; it never stops the read. So
is a record that breaks `crawler/data/read.schema.json` (a period of year
9999, a district that is not a string, warnings that are not a list), holds
a number that is not finite (NaN, Infinity, 1e999) or no float holds
(10**400), a lone surrogate ("\\ud800", not text), or nests deeper than the
parser recurses: one such record used to crash `report`, `export` or `merge`
for everyone.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jsonschema

from crawler import settings
from crawler.years import FIRST_YEAR, LAST_YEAR, in_record_years

DEFAULT_INPUT = Path(settings.OUTPUT_DIR)
# The text is by far the largest field and neither tables nor the report use it.
DROPPED_BY_DEFAULT = ("text",)
OLDEST = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
READ_SCHEMA = Path(__file__).parent / "data" / "read.schema.json"


class InputError(Exception):
    """Nothing to read (no files, a path that does not exist): one line, exit 2."""


@dataclass(frozen=True)
class SkippedLine:
    path: Path
    line_number: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line_number}: skipped, {self.reason}"


@dataclass
class ReadResult:
    records: list[dict]
    files: list[Path]
    lines_read: int = 0
    duplicates: int = 0  # older copies of a URL that a newer record replaced
    skipped: list[SkippedLine] = field(default_factory=list)


def find_input_files(inputs: list[Path] | None = None) -> list[Path]:
    """The `.jsonl` files named or found under the folders named, in path order."""
    inputs = list(inputs) if inputs else [DEFAULT_INPUT]
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.jsonl") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder; give JSON Lines files or "
                             "folders of them (the crawl writes to output/)")
    if not files:
        named = ", ".join(str(p) for p in inputs)
        raise InputError(f"no input files found: no *.jsonl under {named}; run "
                         "`python -m crawler crawl` first or name the files to read")
    return _without_repeats(files)


def _without_repeats(files: list[Path]) -> list[Path]:
    """The same file named twice (or inside two named folders) is read once."""
    seen: set[Path] = set()
    unique = []
    for path in files:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique


def read_records(inputs: list[Path] | None = None,
                 drop_fields: tuple[str, ...] = DROPPED_BY_DEFAULT) -> ReadResult:
    """Every article in the inputs once, the newest fetch of each URL winning."""
    files = find_input_files(inputs)
    result = ReadResult(records=[], files=files)
    newest: dict[str, tuple[dt.datetime, dict]] = {}
    for path in files:
        for record in _records_in_file(path, result):
            for name in drop_fields:
                record.pop(name, None)
            fetched = _fetched_at(record)
            previous = newest.get(record["url"])
            if previous is not None:
                result.duplicates += 1
                if previous[0] > fetched:
                    continue
            newest[record["url"]] = (fetched, record)
    result.records = [record for _, record in newest.values()]
    return result


def _records_in_file(path: Path, result: ReadResult):
    """The good records of one file; broken lines go to `result.skipped`."""
    with path.open("rb") as handle:
        for line_number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue  # a blank line is harmless, not broken
            result.lines_read += 1
            record, reason = parse_line(raw)
            if record is None:
                result.skipped.append(SkippedLine(path, line_number, reason))
            else:
                yield record


class _NotFinite(ValueError):
    pass


class _OutOfRange(ValueError):
    pass


class _NotText(ValueError):
    pass


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def _no_constant(name: str):
    raise _NotFinite(name)  # NaN, Infinity, -Infinity: Python's json takes them, JSON does not


def _float_sized(text: str) -> int:
    """An integer a float holds: 10**400 is valid JSON, and every reader
    turns values into floats (Parquet, the report's formatting). Over 4300
    digits Python refuses even to make the int, with a plain ValueError."""
    try:
        value = int(text)
        float(value)
    except (ValueError, OverflowError):
        raise _OutOfRange(f"a {len(text.lstrip('-'))}-digit integer") from None
    return value


def parse_line(raw: bytes) -> tuple[dict | None, str]:
    """The record of one line and "", or None and why it is not one that
    every reader can use. Recovery of killed runs (crawler/state.py) takes
    its lines through here too, so that it never chokes on one."""
    try:
        record = _decoded(raw)
    except UnicodeDecodeError:
        return None, "not UTF-8"
    except _NotFinite as exc:
        return None, f"a number that is not finite ({exc})"
    except _OutOfRange as exc:
        return None, f"a number out of range ({exc})"
    except _NotText:
        return None, "a lone surrogate (half of a UTF-16 pair, escaped), not text"
    except RecursionError:
        return None, "nested too deeply to read"
    except json.JSONDecodeError as exc:
        truncated = not raw.endswith(b"\n") or exc.pos >= len(raw.rstrip())
        return None, ("truncated JSON" if truncated else f"not JSON ({exc.msg})")
    if not isinstance(record, dict):
        return None, f"a JSON {type(record).__name__}, not a record"
    if not isinstance(record.get("url"), str) or not record["url"]:
        return None, "a record without a url"
    error = next(iter(sorted(_read_validator().iter_errors(record), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(map(str, error.path)) or "(record)"
        return None, f"breaks the schema at {where}: {_short(error.message)}"
    late = _period_outside_record_years(record)
    return (None, f"breaks the schema at {late}") if late else (record, "")


def _period_outside_record_years(record: dict) -> str | None:
    """"metrics/k/period: …" for the first period of a year the crawler never
    writes (year 0, 9999), which the report cannot place; the schema has
    checked the shape ("2024-Q1"), so the year is the first four digits."""
    for k, metric in enumerate(record.get("metrics") or []):
        period = metric.get("period")
        if period and not in_record_years(int(period[:4])):
            return f"metrics/{k}/period: {period!r} is outside the years {FIRST_YEAR}-{LAST_YEAR}"
    return None


def _decoded(raw: bytes) -> object:
    """The line's JSON value. Raises one of the ValueErrors above, or
    RecursionError for nesting deeper than the parser goes, for a line that
    is JSON but that some reader could not use."""
    value = json.loads(raw.decode("utf-8"), parse_float=_finite, parse_int=_float_sized,
                       parse_constant=_no_constant)
    # JSON may escape half of a UTF-16 pair ("\\ud800", json.dumps's default
    # output for it); Python reads that into a str no UTF-8 file, CSV, Parquet
    # or chart can hold. Only a line with such an escape is encoded again.
    if b"\\ud" in raw.lower():
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise _NotText() from None
    return value


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[:limit] + "…"


@lru_cache(maxsize=1)
def _read_validator():
    schema = json.loads(READ_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _fetched_at(record: dict) -> dt.datetime:
    """The download time; a missing or unreadable one counts as oldest."""
    value = record.get("fetched_at")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return OLDEST
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class TailRepair:
    """What `end_cleanly` did to a file's last line: cut off a fragment of
    `cut_bytes`, or gave a whole line its missing newline."""

    cut_bytes: int = 0
    newline_added: bool = False


def end_cleanly(path: Path) -> TailRepair:
    """Makes `path` end in a newline, before a writer appends to it or
    recovery reads it: a last line without one is cut off if it is a
    fragment (a write cut short by a kill or a full disk), and ended with
    its newline if it is a whole line (a hand edit, an editor that adds
    none), which cutting would lose. The one rule of the output writer and
    of the recovery of killed runs (SQLite and Redis)."""
    with open(path, "rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        if end == 0:
            return TailRepair()
        handle.seek(end - 1)
        if handle.read(1) == b"\n":
            return TailRepair()
        start = _last_line_start(handle, end)
        handle.seek(start)
        if _is_whole_line(handle.read(end - start)):
            handle.seek(end)
            handle.write(b"\n")
            repair = TailRepair(newline_added=True)
        else:
            handle.truncate(start)
            repair = TailRepair(cut_bytes=end - start)
        handle.flush()
        os.fsync(handle.fileno())
        return repair


def _last_line_start(handle, end: int, block: int = 64 * 1024) -> int:
    """Where the last line begins: after the last newline, found reading
    backwards a block at a time (an output file may be large)."""
    position = end
    while position > 0:
        start = max(0, position - block)
        handle.seek(start)
        newline = handle.read(position - start).rfind(b"\n")
        if newline >= 0:
            return start + newline + 1
        position = start
    return 0


def _is_whole_line(line: bytes) -> bool:
    """Whether a last line without its newline is whole: JSON. Every writer
    writes one JSON object a line, and no cut-short object is JSON (its
    closing brace is missing). A whole line that no reader takes (NaN, no
    url) is still kept: the readers skip it with a warning."""
    try:
        json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return True


def skipped_warnings(result: ReadResult, limit: int = 20) -> list[str]:
    """One `warning:` line per skipped line, at most `limit` of them and a count."""
    lines = [f"warning: {skipped}" for skipped in result.skipped[:limit]]
    if len(result.skipped) > limit:
        lines.append(f"warning: … and {len(result.skipped) - limit} more broken lines skipped")
    return lines


def read_summary(result: ReadResult) -> str:
    """"36 articles from 2 files (3 older copies replaced, 1 broken line skipped)"."""
    notes = []
    if result.duplicates:
        notes.append(f"{result.duplicates} older {_plural(result.duplicates, 'copy', 'copies')} replaced")
    if result.skipped:
        notes.append(f"{len(result.skipped)} broken {_plural(len(result.skipped), 'line')} skipped")
    text = (f"{len(result.records)} {_plural(len(result.records), 'article')} from "
            f"{len(result.files)} {_plural(len(result.files), 'file')}")
    return text + (f" ({', '.join(notes)})" if notes else "")


def _plural(count: int, one: str, many: str | None = None) -> str:
    return one if count == 1 else (many or one + "s")
