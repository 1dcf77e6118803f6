"""The exit codes of every command: one table, read by cron jobs (README)."""

from __future__ import annotations

OK = 0           # the run completed
FAILED = 1       # the crawl stopped before finishing (signal, error, data not written)
USAGE = 2        # bad input: registry, arguments, state, a page that cannot be read
UNREACHABLE = 3  # the run completed, but at least one portal could not be reached at all
LOCKED = 4       # refused: another run holds the state directory

# The most serious first: the verdict of several processes is the worst of theirs.
SEVERITY = (FAILED, USAGE, LOCKED, UNREACHABLE, OK)


def worst(codes: list[int]) -> int:
    """The one exit code that stands for several processes' codes. A code
    that is none of ours (a process killed by a signal gives -9) failed."""
    if any(code not in SEVERITY for code in codes):
        return FAILED
    return next((code for code in SEVERITY if code in codes), OK)
