"""The one timestamp format of records, the state and the run report."""

from __future__ import annotations

import datetime as dt


def utc_now() -> str:
    """Now, UTC, to the second: "2024-05-01T08:00:00Z" (sorts as it reads)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def utc_after(when: str, seconds: float) -> str:
    """`when` (as utc_now gives it) plus `seconds`, in the same format."""
    moment = dt.datetime.fromisoformat(when.replace("Z", "+00:00")) + dt.timedelta(seconds=seconds)
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
