"""The typed values the extractor hands out: a reporting period and a metric.

Both are plain frozen dataclasses; `Metric.to_dict()` is the record's JSON
form (record.schema.json, schema version 2), `Period` the one reading of the
period strings ("2021", "2021-Q1", "2021-H2", "2021-05") shared by the
extractor, the schema check and whoever orders or labels periods.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields

from crawler.years import FIRST_YEAR, LAST_YEAR

PERIOD_SHAPE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")


def last_plausible_year(published: str | None = None) -> int:
    """The latest year a period may name: publication year + 1 (a plan for
    next year still names it), else this year + 1; never past LAST_YEAR,
    the last year the readers take."""
    if isinstance(published, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.strip()):
        return min(int(published.strip()[:4]) + 1, LAST_YEAR)
    return min(dt.date.today().year + 1, LAST_YEAR)


def plausible_year(year: int, published: str | None = None, latest: int | None = None) -> bool:
    last = last_plausible_year(published) if latest is None else min(latest, LAST_YEAR)
    return FIRST_YEAR <= year <= last


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period: a year, or one of its quarters, halves or months.

    kind is "year", "quarter", "half" or "month"; part the quarter, half or
    month number (None for a year)."""
    year: int
    kind: str = "year"
    part: int | None = None

    def __post_init__(self) -> None:
        limits = {"year": None, "quarter": 4, "half": 2, "month": 12}
        if self.kind not in limits:
            raise ValueError(f"unknown period kind {self.kind!r}")
        top = limits[self.kind]
        if (top is None) != (self.part is None) or (top is not None and not 1 <= self.part <= top):
            raise ValueError(f"bad {self.kind} number {self.part!r}")

    @classmethod
    def parse(cls, text: str) -> Period:
        """"2021", "2021-Q1", "2021-H2", "2021-05"; ValueError otherwise."""
        match = PERIOD_SHAPE.match(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not a period: {text!r}")
        year, part = int(match.group(1)), match.group(2)
        if part is None:
            return cls(year)
        if part[0] == "Q":
            return cls(year, "quarter", int(part[1]))
        if part[0] == "H":
            return cls(year, "half", int(part[1]))
        return cls(year, "month", int(part))

    def __str__(self) -> str:
        if self.kind == "year":
            return str(self.year)
        if self.kind == "month":
            return f"{self.year}-{self.part:02d}"
        return f"{self.year}-{'Q' if self.kind == 'quarter' else 'H'}{self.part}"

    @property
    def months(self) -> tuple[int, int]:
        """(first month, number of months)."""
        if self.kind == "year":
            return 1, 12
        size = {"quarter": 3, "half": 6, "month": 1}[self.kind]
        return size * (self.part - 1) + 1, size

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and the last day."""
        first, count = self.months
        last = first + count - 1
        after = dt.date(self.year + last // 12, last % 12 + 1, 1)
        return dt.date(self.year, first, 1), after - dt.timedelta(days=1)

    def label(self) -> str:
        """A short neutral label: "2021", "Q1 2021", "H2 2021", "May 2021"."""
        if self.kind == "year":
            return str(self.year)
        if self.kind == "month":
            return f"{_MONTH_NAMES[self.part - 1]} {self.year}"
        return f"{'Q' if self.kind == 'quarter' else 'H'}{self.part} {self.year}"


@dataclass(frozen=True)
class Metric:
    """One figure of an article, with the fields of the record's metric
    (schema version 2).  entity is the named unit the figure is about (the
    bare name: "Bảo Lâm"), None for the portal's own unit when unnamed."""
    name: str
    value: int | float
    unit: str
    level: str | None
    period: str | None
    approximate: bool
    delta: bool
    entity: str | None
    evidence: str
    start: int
    end: int

    def to_dict(self) -> dict:
        """The record's JSON object, keys in the schema's order."""
        # Its fields are plain values: asdict's deep copy of each (a third of
        # the metrics pipeline's time) would change nothing.
        return {name: getattr(self, name) for name in METRIC_FIELDS}


METRIC_FIELDS = tuple(f.name for f in fields(Metric))
